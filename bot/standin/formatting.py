"""Turn a text and its parse_mode or entities into what Telegram stores: plain text + entities."""

from bot.standin.errors import BotApiRefusal
from bot.standin.html import parse_html
from bot.standin.markdown import parse_markdown, parse_markdown_v2
from bot.standin.text import Entity

_PARSERS = {"html": parse_html, "markdownv2": parse_markdown_v2, "markdown": parse_markdown}


def parse_formatted(
    text: str, parse_mode: object = None, entities: object = None
) -> tuple[str, list[Entity]]:
    """Return the plain text and entities Telegram would make of a text and its options."""
    # Explicit entities win over parse_mode, as in Telegram.
    if isinstance(entities, list) and entities:
        return text, [dict(entity) for entity in entities]
    if parse_mode is None or parse_mode == "":
        return text, []
    # Telegram compares the mode case-insensitively ("html" works as well as "HTML").
    parser = _PARSERS.get(str(parse_mode).lower())
    if parser is None:
        raise BotApiRefusal("Bad Request: unsupported parse_mode")
    return parser(text)
