"""The languages the bot speaks: one registry entry each. Adding a language is an entry here plus its data (a
catalog started with `python -m bot catalogs --init CODE`, the knowledge base's texts, the matcher's examples and
language profile, the destination packs' and the directory's texts): until the language is marked complete, what is
not yet written in it falls back to English, with one warning per kind of file (docs/translating.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1: the catalog's folder, the key of texts in the data files, Telegram's language_code
    name: str  # in the language itself, as a person looks for their own
    plural_forms: int  # how many plural forms its catalog has (checked by the catalog tests)
    # For a language written only in Latin letters, those of its own (Turkmen since the 1990s; older texts and
    # Russian keyboards give Cyrillic); "" for the others.
    latin_letters: str = ""
    # Every data file has its texts: one missing is an error that stops the bot, as for the shipped languages. A
    # language being added is not complete: its missing texts are shown in English, with a warning.
    complete: bool = False


REGISTRY: tuple[Language, ...] = (
    Language("ru", "Русский", 3, complete=True),
    Language("tk", "Türkmençe", 2, latin_letters="ä, ç, ň, ö, ş, ü, ý, ž", complete=True),
    Language("en", "English", 2, complete=True),
)
LANGUAGES: tuple[str, ...] = tuple(language.code for language in REGISTRY)
# The languages every data file must have texts in (the others fall back to English).
COMPLETE_LANGUAGES: tuple[str, ...] = tuple(language.code for language in REGISTRY if language.complete)
LANGUAGE_NAMES: dict[str, str] = {language.code: language.name for language in REGISTRY}
# The language of the source strings, and what a text missing in another language falls back to.
DEFAULT_LANGUAGE = "en"


def language_of(code: str | None) -> Language | None:
    """The registered language of a code such as Telegram's "ru-RU", or None."""
    base = (code or "").split("-")[0].lower()
    return next((language for language in REGISTRY if language.code == base), None)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def wrong_script(code: str, text: str) -> str | None:
    """For `text` given as the `code` language's, which is written in Latin letters, but which has Cyrillic ones:
    the advice to give whoever wrote it; None when the script is right."""
    language = language_of(code)
    if language is None or not language.latin_letters or _CYRILLIC.search(text) is None:
        return None
    return (
        f"is in Cyrillic letters ({text!r}): {code} is written in Latin letters (with {language.latin_letters}), as "
        f"the bot's own {code} texts are. Rewrite it in them"
    )
