"""/privacy says what is kept; /forget deletes it, after one confirmation."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import BotContext
from handlers.cards import post_to_staff, refresh_card, staff_translator
from handlers.common import answer_query, edit_or_send, menu_only, reply

FORGET = "forget:"
FORGET_YES = FORGET + "yes"
FORGET_NO = FORGET + "no"


async def show_privacy(update: Update, context: BotContext) -> None:
    days = context.bot_data.config.privacy.retention_days
    text = "\n".join(
        [
            context.gettext("<b>What I keep, and for how long</b>"),
            context.gettext(
                "• Your Telegram user id, your language, when you first and last wrote, and the campaign link you "
                "came from, if any."
            ),
            context.gettext("• Your checklist answers, so you can continue later."),
            context.gettext("• The country you are in, only if you agreed that I remember it."),
            context.ngettext(
                "• If you ask for help: the request with only what you agreed to share, and the messages of the "
                "request. Their texts are deleted {days} day after the request is closed.",
                "• If you ask for help: the request with only what you agreed to share, and the messages of the "
                "request. Their texts are deleted {days} days after the request is closed.",
                days,
            ).format(days=days),
            context.ngettext(
                "• Questions I could not answer, with phone numbers hidden, for {days} day.",
                "• Questions I could not answer, with phone numbers hidden, for {days} days.",
                days,
            ).format(days=days),
            "",
            context.gettext(
                "Staff of the organisation you ask for help see your request. They see your Telegram name only if "
                "you agree. Reports for the network's partners contain only counts, never names or messages."
            ),
            context.gettext("I never write to the logs what you write."),
            "",
            context.gettext("/forget deletes everything I hold about you."),
        ]
    )
    await reply(update, context, text, menu_only(context))


async def ask_forget(update: Update, context: BotContext) -> None:
    text = context.gettext(
        "This deletes everything I hold about you: your language, your checklist, your questions and the texts of "
        "your requests. An open request will be closed. This cannot be undone. Delete everything?"
    )
    rows = [
        [
            InlineKeyboardButton(
                context.pgettext("button", "Yes, delete everything"), callback_data=FORGET_YES
            )
        ],
        [InlineKeyboardButton(context.pgettext("button", "No, keep it"), callback_data=FORGET_NO)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def forget(update: Update, context: BotContext) -> None:
    await answer_query(update)
    user = update.effective_user
    if user is None:
        return
    done = context.gettext("Done. Everything I held about you is deleted. /start begins again.")
    closed = await context.bot_data.storage.forget_person(user.id)
    context.person = None
    await edit_or_send(update, context, done)
    if closed is not None:
        await refresh_card(context, closed)
        tr = staff_translator(context, closed.staff_chat_id)
        await post_to_staff(
            context,
            closed,
            tr.gettext("Case #{number} was closed: the person asked the bot to delete their data.").format(
                number=closed.id
            ),
        )


async def keep(update: Update, context: BotContext) -> None:
    await answer_query(update)
    await edit_or_send(
        update,
        context,
        context.gettext("Nothing was deleted."),
        menu_only(context),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("privacy", show_privacy, filters=private),
        CommandHandler("forget", ask_forget, filters=private),
        CallbackQueryHandler(forget, pattern=f"^{FORGET_YES}$"),
        CallbackQueryHandler(keep, pattern=f"^{FORGET_NO}$"),
    ]
