"""A request to a specialist as their chat reads it: its text, its Accept, Done and Decline buttons, and its end when
the case closes before it is done (migration 0038): the request is edited to say so, without buttons, and the chat is
told in one line, from the outbox written with the close."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.specialists import Specialist
from bot.storage import Case, SpecialistRequest
from handlers.cards import STAFF
from handlers.common import escape
from handlers.labels import language_label, service_label, velayat_label
from handlers.specialist_labels import role_label, state_label
from handlers.staffchats import current_chat_id, send_to_staff_chat

log = logging.getLogger(__name__)

ACCEPT = STAFF + "sy:"  # st:sy:<request>
DONE = STAFF + "sd:"  # st:sd:<request>
DECLINE = STAFF + "sn:"  # st:sn:<request>
WITHDRAW = STAFF + "sw:"  # st:sw:<request>: staff take back a request still waiting for an answer


def request_text(context: BotContext, tr: Translator, case: Case, specialist: Specialist) -> str:
    """The request as the specialist's chat reads it: the case number and what arranging it needs, no contact."""
    asking = context.bot_data.directory.get(case.ngo_id) if case.ngo_id else None
    who = asking.text("name", tr.language) if asking else tr.gettext("the hotline team")
    lines = [
        tr.gettext("🧑‍⚕️ <b>Request for {role} {specialist}: case #{number}</b>").format(
            role=role_label(tr, specialist.role), specialist=escape(specialist.id), number=case.id
        ),
        tr.gettext("Language: {language}").format(language=language_label(case.language)),
        tr.gettext("Velayat: {velayat}").format(
            velayat=velayat_label(tr, case.velayat) if case.velayat else "—"
        ),
        tr.gettext("Help needed: {need}").format(need=service_label(tr, case.need) if case.need else "—"),
        tr.gettext("Asked by: {organisation}. Arrange the contact with the person through them.").format(
            organisation=escape(who)
        ),
    ]
    return "\n".join(lines)


def request_with_state(
    context: BotContext, tr: Translator, case: Case, specialist: Specialist, state: str
) -> str:
    return (
        request_text(context, tr, case, specialist)
        + "\n"
        + tr.gettext("State: {state}").format(state=state_label(tr, state))
    )


def request_keyboard(tr: Translator, request: SpecialistRequest) -> InlineKeyboardMarkup | None:
    if request.state == "done" or request.ended:
        return None
    # TRANSLATORS: a button for a specialist: the consultation took place; shares a row: at most 20 characters.
    row = [InlineKeyboardButton(tr.pgettext("button", "✅ Done"), callback_data=f"{DONE}{request.id}")]
    if request.state == "asked":
        # TRANSLATORS: a button for a specialist: I take this request; shares a row: at most 20 characters.
        row.insert(
            0, InlineKeyboardButton(tr.pgettext("button", "👍 Accept"), callback_data=f"{ACCEPT}{request.id}")
        )
    decline = InlineKeyboardButton(
        # TRANSLATORS: a button for a specialist: I cannot take this request (busy, away, not my field); at most 36 characters.
        tr.pgettext("button", "👎 I can't take it"),
        callback_data=f"{DECLINE}{request.id}",
    )
    return InlineKeyboardMarkup([row, [decline]])


def ended_toast(tr: Translator, request: SpecialistRequest) -> str:
    """What a press on an ended request's old button is answered."""
    if request.end_reason == "declined":
        return tr.gettext("This request for case #{number} was declined. Nothing was changed.").format(
            number=request.case_id
        )
    if request.end_reason == "withdrawn":
        return tr.gettext(
            "The organisation withdrew this request for case #{number}. Nothing was changed."
        ).format(number=request.case_id)
    return tr.gettext("Case #{number} is closed: this request ended with it. Nothing was changed.").format(
        number=request.case_id
    )


async def tell_specialists_closed(context: BotContext, case: Case, request_ids: str) -> None:
    """The outbox's 'specialists' entry: each request the close ended is edited (no buttons left) and its chat told
    in one line, as a reply to it. A chat that refuses is logged: the request's card line already says it ended."""
    storage = context.bot_data.storage
    for each in request_ids.split(","):
        request = await storage.specialist_request(int(each)) if each.isdigit() else None
        specialist = context.bot_data.roster.get(request.specialist_id) if request else None
        if request is None or request.message_id is None or specialist is None or not request.ended:
            continue
        tr = context.bot_data.catalogs(specialist.staff_language)
        notice = tr.gettext("🔒 Case #{number} has been closed, so your request for it has ended.")
        await show_request_ended(context, tr, case, specialist, request, "ended", notice, why="the close")


async def show_request_ended(
    context: BotContext,
    tr: Translator,
    case: Case,
    specialist: Specialist,
    request: SpecialistRequest,
    state: str,
    notice: str,
    *,
    why: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """The request's message edited to show how it ended (`state`), and its chat told so in one line (`notice`,
    translated, with {number}) as a reply to it. A chat that refuses is logged: the case's card already says it."""
    try:
        await context.bot.edit_message_text(
            request_with_state(context, tr, case, specialist, state),
            chat_id=current_chat_id(context, request.chat_id),
            message_id=request.message_id,
            reply_markup=markup,
        )
    except TelegramError as error:
        log.warning("request %s: could not edit it after %s (%s)", request.id, why, error)
    try:
        chat_id, message_id = await send_to_staff_chat(
            context, request.chat_id, notice.format(number=case.id), reply_to=request.message_id
        )
    except TelegramError as error:
        log.warning("request %s: its chat was not told of %s (%s)", request.id, why, error)
    else:
        await context.bot_data.storage.add_request_message(request.id, chat_id, message_id)
