"""Group -1: load (or create) the person once per update, before any flow sees it."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, TypeHandler

from bot.campaign import campaign_from_start
from bot.context import BotContext
from bot.i18n import language_from_telegram


async def load_person(update: Update, context: BotContext) -> None:
    user = update.effective_user
    chat = update.effective_chat
    # Only people in private chats get a row: staff in groups are configured, not stored.
    if user is None or user.is_bot or chat is None or chat.type != ChatType.PRIVATE:
        return
    message = update.message
    campaign = campaign_from_start(message.text) if message else None
    context.person = await context.bot_data.storage.touch_person(
        user.id, language_from_telegram(user.language_code), campaign
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, load_person)]
