"""Get help and I am in trouble now: the hotline is never more than one tap away."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import BotContext
from handlers.common import MENU_HELP, MENU_SOS, answer_query, hotline_block, menu_button, reply


async def get_help(update: Update, context: BotContext) -> None:
    await answer_query(update)
    text = "\n\n".join(
        [
            hotline_block(context),
            context.gettext(
                "The hotline is confidential. You can call about yourself or about someone else."
            ),
            # Issue #5 (hand-off to NGOs) builds the NGO finder and the request to a person.
            context.gettext("Finding an NGO near you and writing to a person here: coming soon."),
        ]
    )
    await reply(update, context, text, InlineKeyboardMarkup([[menu_button(context)]]))


async def in_trouble(update: Update, context: BotContext) -> None:
    # Numbers first, questions never: this path may be used by someone who has seconds.
    await answer_query(update)
    text = "\n\n".join(
        [
            hotline_block(context),
            context.gettext(
                "If you are in danger right now, call the local emergency number, or ask people nearby "
                "to call the police."
            ),
            context.gettext("If you are abroad, the embassy or consulate of Turkmenistan can also help you."),
        ]
    )
    await reply(update, context, text, InlineKeyboardMarkup([[menu_button(context)]]))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CallbackQueryHandler(get_help, pattern=f"^{MENU_HELP}$"),
        CallbackQueryHandler(in_trouble, pattern=f"^{MENU_SOS}$"),
        CommandHandler("hotline", get_help, filters=private),
        CommandHandler("sos", in_trouble, filters=private),
    ]
