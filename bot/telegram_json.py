"""Bot API calls whose answer the bot reads as JSON, for the busiest requests.

Bot.send_message parses Telegram's answer, the whole message with its keyboard, into python-telegram-bot objects,
and turns the keyboard back into a dict for every request. The bot needs only the new message's id, and most of its
keyboards are the same few: under load the parsing and the dicts were a seventh of the bot's time
(bench/README.md). Bot.do_api_request sends the same request through the same bot (its rate limiter and errors
included: Forbidden, BadRequest… are raised exactly as Bot.send_message raises them) and returns the JSON."""

from __future__ import annotations

import json
import warnings
from functools import lru_cache
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, TelegramObject
from telegram.constants import ParseMode
from telegram.warnings import PTBUserWarning

# do_api_request suggests the typed method for a method python-telegram-bot knows; here the JSON is the point.
# (pyproject.toml repeats this filter for the tests, which turn every other warning into an error.)
WARNING = r"Please use 'Bot\.(getUpdates|sendMessage|editMessageText)'"
warnings.filterwarnings("ignore", WARNING, PTBUserWarning)


@lru_cache(maxsize=1024)
def _inline_keyboard_json(markup: InlineKeyboardMarkup) -> str:
    return markup.to_json()


def markup_json(markup: TelegramObject) -> str:
    """The keyboard as the JSON Telegram expects. Equal inline keyboards are serialised once: they compare by their
    buttons' text, link and callback data (the only button fields the bot uses). Other markups compare by less
    than their JSON holds (a ReplyKeyboardMarkup ignores its resize flag), so they are serialised every time."""
    if isinstance(markup, InlineKeyboardMarkup):
        return _inline_keyboard_json(markup)
    return markup.to_json()


async def call(bot: Bot, method: str, parameters: dict[str, Any], **timeouts: Any) -> Any:
    """One Bot API request; returns the answer's `result` as JSON (a dict, a list or True)."""
    return await bot.do_api_request(method, api_kwargs=parameters, **timeouts)


async def send_message(
    bot: Bot, chat_id: int, text: str, markup: TelegramObject | None = None, *, reply_to: int | None = None
) -> int:
    """sendMessage in HTML, as Defaults(parse_mode=HTML) makes Bot.send_message do; returns the message id.
    With `reply_to`, a reply to that message of the chat, or a plain message if it was deleted."""
    parameters: dict[str, Any] = {"chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML.value}
    if markup is not None:
        parameters["reply_markup"] = markup_json(markup)
    if reply_to is not None:
        parameters["reply_parameters"] = json.dumps(
            {"message_id": reply_to, "allow_sending_without_reply": True}
        )
    sent = await call(bot, "sendMessage", parameters)
    return int(sent["message_id"])


async def edit_message_text(
    bot: Bot, chat_id: int, message_id: int, text: str, markup: TelegramObject | None = None
) -> None:
    """editMessageText in HTML; a markup of None removes the keyboard, as Bot.edit_message_text does."""
    parameters: dict[str, Any] = {
        "chat_id": chat_id,
        "message_id": message_id,
        "text": text,
        "parse_mode": ParseMode.HTML.value,
    }
    if markup is not None:
        parameters["reply_markup"] = markup_json(markup)
    await call(bot, "editMessageText", parameters)
