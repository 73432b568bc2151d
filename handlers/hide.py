"""/hide: the quick exit for a person whose phone someone else may check. It deletes the chat's recent messages on
both sides (Telegram allows it for 48 hours) and sends nothing back, so the chat shows nothing of what it was about.
An open case stays open, and its staff are told; nothing of it is sent to the person until staff judge that whoever
writes from the chat is her (handlers/hidden.py, bot.casework.to_person)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.handoff import REQUEST
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import staff_translator
from handlers.common import answer_query
from handlers.delivery import post_to_case_chats
from handlers.told import forget_told

log = logging.getLogger(__name__)
HIDE = "hide"
DELETABLE_SECONDS = 48 * 3600
BATCH = 100  # deleteMessages takes at most 100 ids


def hide_button(context: BotContext) -> InlineKeyboardButton:
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    return InlineKeyboardButton(context.pgettext("button", "🙈 Hide this chat"), callback_data=HIDE)


async def hide_chat(update: Update, context: BotContext) -> None:
    await answer_query(update)
    chat = update.effective_chat
    if chat is None or context.person is None:
        return
    storage = context.bot_data.storage
    # A little margin: a message exactly at the limit may already be too old when the request arrives.
    ids = await storage.recent_messages(chat.id, storage.now() - DELETABLE_SECONDS + 60)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        try:
            await context.bot.delete_messages(chat.id, batch)
        except TelegramError:
            for message_id in batch:  # one bad id fails the batch: delete the others one by one
                try:
                    await context.bot.delete_message(chat.id, message_id)
                except TelegramError:
                    pass
    await storage.forget_messages(chat.id)
    context.bot_data.places.forget(context.person.user_id)  # nothing of where they are stays, even in memory
    context.bot_data.topics_shown.forget(context.person.user_id)
    context.bot_data.others_named.forget(context.person.user_id)
    forget_told(context, context.person.user_id)
    log.info("a chat was hidden")
    draft = await storage.draft(context.person.user_id)
    if draft is not None and draft.purpose == REQUEST:
        # Its question is gone from the screen: whatever is typed next must not be taken as its answer
        await storage.delete_draft(context.person.user_id)
    await storage.forget_after_close(
        context.person.user_id
    )  # no offer to write to a closed case's staff again
    case = await storage.hide_case(context.person.user_id)
    if case is not None:
        await _tell_staff(context, case)


async def _tell_staff(context: BotContext, case: Case) -> None:
    """Staff of an open case learn the chat was hidden: someone may be looking at the person's phone, so nothing is
    sent to them (a message now would land at once in the chat just cleared) until they write again."""

    def notice(chat_id: int | None) -> str:
        return (
            staff_translator(context, chat_id)
            .gettext(
                "🙈 Case #{number}: the person hid the chat. Someone may be checking their phone, so nothing is sent "
                "to them, not your messages and not the notice if you close the case, until you judge that whoever "
                "writes from the chat is the person and end the hiding."
            )
            .format(number=case.id)
        )

    await post_to_case_chats(context, case, notice)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CommandHandler("hide", hide_chat, filters=filters.ChatType.PRIVATE),
        CallbackQueryHandler(hide_chat, pattern=f"^{HIDE}$"),
    ]
