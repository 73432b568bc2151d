"""Turn a text and its parse_mode or entities into what Telegram stores: plain text + entities."""

from functools import lru_cache

from bot.standin.errors import BotApiRefusal
from bot.standin.html import parse_html
from bot.standin.markdown import parse_markdown, parse_markdown_v2
from bot.telegram_text import Entity

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
    mode = str(parse_mode).lower()
    if mode not in _PARSERS:
        raise BotApiRefusal("Bad Request: unsupported parse_mode")
    plain, entities = _parsed(mode, text)
    return plain, [dict(entity) for entity in entities]


# A bot sends the same few texts over and over, and each is parsed twice (checked, then stored): parse each once.
# Refusals are raised, so never remembered; callers get their own copies of the entities.
@lru_cache(maxsize=2048)
def _parsed(mode: str, text: str) -> tuple[str, tuple[Entity, ...]]:
    plain, entities = _PARSERS[mode](text)
    return plain, tuple(entities)
