"""A translation checked against its English before the bot serves it: the same placeholders (a translated
"{organisation}" is a KeyError for every person in that language) and HTML that Telegram accepts (an unclosed "<b>"
makes Telegram refuse the whole message). A translation that fails is left out, so the English is shown for it,
with one line naming the file, the line, the message and the fix."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from bot.telegram_html import HtmlRefused, parse_html

# "{organisation}", "{count}", "{when:%H:%M}": the name before any format spec or conversion.
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> list[str]:
    """The names of `text`'s str.format placeholders, sorted, once each."""
    return sorted(set(_PLACEHOLDER.findall(text)))


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse `text` as HTML, or None."""
    # The parser the stand-in refuses messages with, as Telegram would: one parser for the bot and its tests
    try:
        parse_html(text)
    except HtmlRefused as refused:
        return refused.reason
    return None


def translation_problem(english: tuple[str, ...], translated: str) -> str | None:
    """What is wrong with `translated` as a translation of `english` (the msgid, and the msgid_plural of a plural
    message, whose forms may each follow either), with the fix; None when it may be shown."""
    found = placeholders(translated)
    if all(found != placeholders(text) for text in english):
        known = sorted({name for text in english for name in placeholders(text)})
        strange = [name for name in found if name not in known]
        kept = ", ".join(f"{{{name}}}" for name in known) or "no placeholder"
        if strange:
            wrong = ", ".join(f"{{{name}}}" for name in strange)
            return (
                f"placeholder {wrong} is not in the English: the English has {kept}. Copy the placeholders exactly "
                "as the English writes them (the words in braces are filled in by the bot, never translated)"
            )
        lost = ", ".join(f"{{{name}}}" for name in placeholders(english[-1]) if name not in found)
        return f"placeholder {lost} is missing: put it back where it belongs in the sentence, as the English has it"
    # Only where the English is HTML Telegram accepts (a button's label is plain text, never parsed).
    if html_problem(english[0]) is None:
        problem = html_problem(translated)
        if problem is not None:
            return (
                f"Telegram would refuse its HTML ({problem}). Write the tags as the English does: every <b> closed "
                "by </b>, and a < or & that is not a tag written as &lt; or &amp;"
            )
    return None


def check_catalog(catalog: Catalog, path: Path) -> list[str]:
    """Remove every translation of `catalog` that may not be shown (the English is shown instead); a line for each,
    naming the file, its line, the message and the fix."""
    lines = []
    for message in list(catalog):
        problem = _problem(message)
        if problem is not None:
            english = message.id[0] if isinstance(message.id, tuple) else message.id
            lines.append(
                f"{path}:{message.lineno}: msgid {english[:60]!r}: {problem}. Until it is fixed the English is "
                "shown for it."
            )
            catalog.delete(message.id, context=message.context)
    return lines


def _problem(message: Message) -> str | None:
    if not message.id or message.fuzzy:
        return None  # the header, or a guess that is not served anyway
    english = tuple(map(str, message.id)) if isinstance(message.id, tuple) else (str(message.id),)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    for translated in strings:
        problem = translation_problem(english, str(translated)) if translated else None
        if problem is not None:
            return problem
    return None
