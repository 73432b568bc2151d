"""A staff reply written while the person had hidden the chat (/hide) is held with the case, not sent: someone may be
checking her phone. When she writes on the case again she is told a reply waits, with a button to read it (on a
borrowed phone, the choice to show it is hers), and staff are told she is back. A case that ended before she came back
(closed as "no contact", say) still offers her what was written to her, saying it is closed and how to ask again;
words written before a referral go under the name of the organisation that wrote them. Once shown, a reply's copy in
her chat is kept, so that a worker's edit reaches it as for any reply (handlers/staff_edits.py)."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.casework import HOTLINE_TEAM
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import organisation_name, staff_translator
from handlers.casecopies import copy_staff_text, copy_text
from handlers.common import answer_query, escape, menu_only, reply
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


async def offer_held_after_end(update: Update, context: BotContext) -> None:
    """The person wrote again after a case of theirs ended while they had the chat hidden: what staff wrote to them
    meanwhile is still theirs to read, offered with a button (the request is closed, and how to ask again said)."""
    person = context.person
    storage = context.bot_data.storage
    ended = await storage.ended_case_with_held(person.user_id) if person is not None else None
    case = await storage.back_after_end(ended.id) if ended is not None else None
    if case is None:
        return
    held = await storage.held_count(case.id)
    text = context.ngettext(
        "💬 While this chat was hidden, you were sent {count} message about your request #{number}. The request "
        "is closed now. Tap below to read it here; to ask for help again, choose “Get help” in the menu.",
        "💬 While this chat was hidden, you were sent {count} messages about your request #{number}. The request "
        "is closed now. Tap below to read them here; to ask for help again, choose “Get help” in the menu.",
        held,
    ).format(count=held, number=case.id)
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    label = context.pgettext("button", "📩 Show the message")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"{SHOW_HELD}{case.id}")]])
    await reply(update, context, text, markup)


async def show_held(update: Update, context: BotContext) -> None:
    """📩 Show the message: the replies held for the person, signed as staff replies are, sent now."""
    query = update.callback_query
    person = context.person
    case_id = callbacks.numbered(query.data if query is not None else None, SHOW_HELD)
    storage = context.bot_data.storage
    case = await storage.case(case_id) if case_id is not None else None
    if person is None or case is None or case.user_id != person.user_id:
        await answer_query(update)
        return
    held = await storage.take_held(case.id) if case.hidden_at is None else []
    if not held:
        await answer_query(update, context.gettext("Nothing more is waiting for you."))
        return
    await answer_query(update)
    for one in held:
        # under the name of the organisation that wrote it, though the case went to another since
        written_for = replace(case, ngo_id=None if one.written_for == HOTLINE_TEAM else one.written_for)
        sent = await write_signed(context, written_for, one.staff_chat_id, one.text)
        if len(sent) == 1 and sent[0] is not None:
            await storage.note_shown(one.id, sent[0])  # an edit of the reply edits this copy
        await copy_staff_text(context, case, (one.staff_chat_id, one.staff_message_id), one.text)
    tr = staff_translator(context, case.staff_chat_id)
    if case.is_open:
        read = tr.gettext("📩 Case #{number}: the person opened what you wrote while the chat was hidden.")
        await post_to_staff(context, case, read.format(number=case.id))
        return
    read = tr.gettext(
        "📩 Case #{number} (closed): the person came back and opened what was written to them while the chat was "
        "hidden. They were told the request is closed and how to ask for help again."
    )
    await post_to_staff(context, case, read.format(number=case.id))
    closed = context.gettext(
        "Your request #{number} is closed, so a reply here does not reach {organisation}. To ask for help again, "
        "choose “Get help” in the menu."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, context.language)))
    await reply(update, context, closed, menu_only(context))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CallbackQueryHandler(show_held, pattern=f"^{SHOW_HELD}")]
