"""Telegram's HTML subset as the stand-in refuses it: the core's parser (bot/telegram_html.py), its refusal said as
the Bot API says it."""

from bot import telegram_html
from bot.standin.errors import BotApiRefusal
from bot.telegram_text import Entity


def parse_html(text: str) -> tuple[str, list[Entity]]:
    """Return the plain text and entities of an HTML-formatted text, or refuse it as the Bot API would."""
    try:
        return telegram_html.parse_html(text)
    except telegram_html.HtmlRefused as refused:
        raise BotApiRefusal(f"Bad Request: can't parse entities: {refused.reason}") from None
