"""The last group: whatever no flow took gets a defined outcome, never silence in a private chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.runtime.context import BotContext
from handlers.common import answer_query, main_menu, reply


async def hint(update: Update, context: BotContext) -> None:
    text = context.gettext("I understand text messages and the buttons below. Type your question, or choose:")
    await reply(update, context, text, main_menu(context))


async def stale_button(update: Update, context: BotContext) -> None:
    # Unknown, tampered or outdated callback data never acts; it only shows the menu again.
    await answer_query(update, context.gettext("This button is no longer active."))
    await reply(update, context, context.gettext("What do you need?"), main_menu(context))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        MessageHandler(filters.ChatType.PRIVATE, hint),
        CallbackQueryHandler(stale_button),
    ]
