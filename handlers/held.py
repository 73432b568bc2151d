"""A staff reply written while the person had hidden the chat (/hide) is held with the case, not sent: someone may be
checking her phone. Once staff judge that whoever writes from the chat is her (handlers/unhide.py), she is told a reply
waits, with a button to read it (on a borrowed phone, the choice to show it is hers). A case that ended before she came
back (closed as "no contact", say) still offers her what was written to her, saying it is closed and how to ask again;
words written before a referral go under the name of the organisation that wrote them. Once shown, a reply's copy in
her chat is kept, so that a worker's edit reaches it as for any reply (handlers/staff_edits.py)."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.casework import HOTLINE_TEAM
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import organisation_name, staff_translator
from handlers.casecopies import copy_staff_text
from handlers.common import answer_query, escape, menu_only, reply, sos_button_in, take_button_off
from handlers.delivery import post_to_staff
from handlers.toperson import write_signed, write_to_person

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
            "Your message is kept: once you judge that whoever writes from the chat is the person and end the "
            "hiding, they get a button to read it, and you are told when they do."
        )
        .format(number=case.id)
    )


def show_markup(tr: Translator, case_id: int, count: int) -> InlineKeyboardMarkup:
    """📩 under the offer, its words agreeing with the count of what waits."""
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    label = tr.ngettext("📩 Show the message", "📩 Show the messages", count)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"{SHOW_HELD}{case_id}")]])


async def offer_after_hiding(context: BotContext, case: Case) -> None:
    """Staff ended the hiding of `case` (handlers/unhide.py): the person is told in one message that their messages
    reached the organisation and, when replies wait, offered them behind a button (on a phone just handed back,
    when to show them is hers), else with 🆘 a tap away. A case that ended meanwhile
    says it is closed and how to ask again."""
    storage = context.bot_data.storage
    tr = context.bot_data.catalogs(case.language)
    held = await storage.held_count(case.id)
    organisation = escape(organisation_name(context, case, case.language))
    if not case.is_open:
        if held == 0:
            return
        text = tr.ngettext(
            "💬 While this chat was hidden, you were sent {count} message about your request #{number}. The "
            "request is closed now. Tap below to read it here; to ask for help again, choose “Get help” in the "
            "menu.",
            "💬 While this chat was hidden, you were sent {count} messages about your request #{number}. The "
            "request is closed now. Tap below to read them here; to ask for help again, choose “Get help” in the "
            "menu.",
            held,
        ).format(count=held, number=case.id)
        await write_to_person(context, case, text, show_markup(tr, case.id, held))
        return
    if held == 0:
        text = tr.gettext("Delivered to {organisation}. A person, not the bot, will answer you here.")
        sos = InlineKeyboardMarkup([[sos_button_in(tr)]])
        message_id, _ = await write_to_person(context, case, text.format(organisation=organisation), sos)
    else:
        delivered = tr.gettext("📨 Your messages reached {organisation}.").format(organisation=organisation)
        offer = tr.ngettext(
            "💬 While this chat was hidden, the team wrote you {count} message. Tap below to read it here.",
            "💬 While this chat was hidden, the team wrote you {count} messages. Tap below to read them here.",
            held,
        ).format(count=held)
        message_id, _ = await write_to_person(
            context, case, f"{delivered}\n\n{offer}", show_markup(tr, case.id, held)
        )
    await storage.set_acknowledgement(case.id, message_id, waiting_told=False)


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
    # never to a chat still hidden: staff first judge it is her (handlers/unhide.py)
    held = await storage.take_held(case.id) if case.hidden_at is None else []
    if not held:
        await answer_query(update, context.gettext("Nothing more is waiting for you."))
        return
    await answer_query(update)
    await take_button_off(update)
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
