"""A staff reply written while the person had hidden the chat (/hide) is held with the case, not sent: someone may be
checking her phone. When she writes on the case again she is told a reply waits, with a button to read it (on a
borrowed phone, the choice to show it is hers), and staff are told she is back."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import staff_translator
from handlers.casecopies import copy_staff_text, copy_text
from handlers.common import answer_query, reply
from handlers.delivery import post_to_staff
from handlers.toperson import write_signed

log = logging.getLogger(__name__)
SHOW_HELD = "held:"


async def hold_reply(context: BotContext, message: Message, case: Case, staff_user_id: int) -> str:
    """A worker's reply to the person of a hidden chat: held with the case; what staff are told of it."""
    await context.bot_data.storage.hold_reply(
        case.id, message.text or "", message.chat_id, message.message_id, staff_user_id
    )
    return (
        staff_translator(context, message.chat_id)
        .gettext(
            "🙈 Not sent now: the person of case #{number} hid the chat, and someone may be checking their phone. "
            "Your message is kept: when they write again, they get a button to read it, and you are told."
        )
        .format(number=case.id)
    )


async def offer_held(update: Update, context: BotContext, case: Case) -> None:
    """The person wrote on a case whose chat they had hidden (`case` as it was before): if staff replies wait, a
    button to read them, and staff told the person is back."""
    held = await context.bot_data.storage.held_count(case.id)
    if held == 0:
        return
    text = context.ngettext(
        "💬 While this chat was hidden, the team wrote you {count} message. Tap below to read it here.",
        "💬 While this chat was hidden, the team wrote you {count} messages. Tap below to read them here.",
        held,
    ).format(count=held)
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    label = context.pgettext("button", "📩 Show the message")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"{SHOW_HELD}{case.id}")]])
    await reply(update, context, text, markup)

    def notice(chat_id: int | None) -> str:
        return (
            staff_translator(context, chat_id)
            .gettext(
                "🙋 Case #{number}: the person is back and wrote again after hiding the chat. They were offered "
                "what you wrote meanwhile, with a button to read it."
            )
            .format(number=case.id)
        )

    await post_to_staff(context, case, notice(case.staff_chat_id))
    if case.staff_chat_id is not None:
        await copy_text(context, case, case.staff_chat_id, notice)  # the coordinators of an urgent case too


async def show_held(update: Update, context: BotContext) -> None:
    """📩 Show the message: the replies held for the person, signed as staff replies are, sent now."""
    query = update.callback_query
    person = context.person
    case_id = callbacks.numbered(query.data if query is not None else None, SHOW_HELD)
    storage = context.bot_data.storage
    case = await storage.case(case_id) if case_id is not None else None
    if person is None or case is None or case.user_id != person.user_id or not case.is_open:
        await answer_query(update)
        return
    held = await storage.take_held(case.id) if case.hidden_at is None else []
    if not held:
        await answer_query(update, context.gettext("Nothing more is waiting for you."))
        return
    await answer_query(update)
    for one in held:
        await write_signed(context, case, one.staff_chat_id, one.text)
        await copy_staff_text(context, case, (one.staff_chat_id, one.staff_message_id), one.text)
    tr = staff_translator(context, case.staff_chat_id)
    read = tr.gettext("📩 Case #{number}: the person opened what you wrote while the chat was hidden.")
    await post_to_staff(context, case, read.format(number=case.id))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CallbackQueryHandler(show_held, pattern=f"^{SHOW_HELD}")]
