"""A request to a specialist as their chat reads it: its text, its Accept, Done and Decline buttons, and the news
the outbox brings it: its end when the case closes before it is done (migration 0038), or when the specialist is no
longer on the roster the bot started with (0047), and the case's referral to another organisation (0047). The
request is edited to say so (without buttons once it ended), and the chat is told in one line."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.casework import HOTLINE_TEAM
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case, SpecialistRequest
from handlers.cards import STAFF, ngo_name, staff_translator
from handlers.common import escape, refuse_button
from handlers.labels import language_label, service_label, velayat_label
from handlers.specialist_labels import role_label, state_label
from handlers.staffchats import current_chat_id, send_to_staff_chat

log = logging.getLogger(__name__)

ACCEPT = STAFF + "sy:"  # st:sy:<request>
DONE = STAFF + "sd:"  # st:sd:<request>
DECLINE = STAFF + "sn:"  # st:sn:<request>
WITHDRAW = STAFF + "sw:"  # st:sw:<request>: staff take back a request still waiting for an answer


def request_translator(context: BotContext, request: SpecialistRequest) -> Translator:
    """The specialist's language: the roster's; for one no longer on it, the one they were asked in (else their
    chat's, as configured)."""
    specialist = context.bot_data.roster.get(request.specialist_id)
    if specialist is not None:
        return context.bot_data.catalogs(specialist.staff_language)
    if request.language is not None:
        return context.bot_data.catalogs(request.language)
    return staff_translator(context, request.chat_id)


async def refuse_here(update: Update, context: BotContext) -> None:
    """A forged or outdated request button: refused in the language of the chat it was pressed in."""
    chat = update.effective_chat
    await refuse_button(update, context, staff_translator(context, chat.id if chat else None))


def request_text(context: BotContext, tr: Translator, case: Case, request: SpecialistRequest) -> str:
    """The request as the specialist's chat reads it: the case number and what arranging it needs, no contact; after
    a referral, who asked and who has the case now."""
    holder = case.ngo_id or HOTLINE_TEAM
    asked_for = request.asked_for or holder
    lines = [
        tr.gettext("🧑‍⚕️ <b>Request for {role} {specialist}: case #{number}</b>").format(
            role=role_label(tr, request.role), specialist=escape(request.specialist_id), number=case.id
        ),
        tr.gettext("Language: {language}").format(language=language_label(case.language)),
        tr.gettext("Velayat: {velayat}").format(
            velayat=velayat_label(tr, case.velayat) if case.velayat else "—"
        ),
        tr.gettext("Help needed: {need}").format(need=service_label(tr, case.need) if case.need else "—"),
    ]
    if asked_for == holder:
        lines.append(
            tr.gettext("Asked by: {organisation}. Arrange the contact with the person through them.").format(
                organisation=escape(ngo_name(context, holder, tr.language))
            )
        )
    else:
        lines.append(
            tr.gettext(
                "Asked by: {asker}. The case has since been referred to {organisation}: arrange the contact with "
                "the person through them."
            ).format(
                asker=escape(ngo_name(context, asked_for, tr.language)),
                organisation=escape(ngo_name(context, holder, tr.language)),
            )
        )
    return "\n".join(lines)


def request_with_state(
    context: BotContext, tr: Translator, case: Case, request: SpecialistRequest, state: str | None = None
) -> str:
    """The request with its state (`state`, else the request's own)."""
    return (
        request_text(context, tr, case, request)
        + "\n"
        + tr.gettext("State: {state}").format(state=state_label(tr, state or request.state))
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
    if request.end_reason == "left":
        return left_roster_line(tr)
    return tr.gettext("Case #{number} is closed: this request ended with it. Nothing was changed.").format(
        number=request.case_id
    )


def left_roster_line(tr: Translator) -> str:
    """What a specialist no longer on the roster is answered, whatever they press or write about a request."""
    return tr.gettext(
        "You are no longer on the network's roster of specialists, so your requests have ended: nothing was sent "
        "or changed. To help on a case again, ask the network's coordinators."
    )


async def tell_specialists_closed(context: BotContext, case: Case, request_ids: str) -> None:
    """The outbox's 'specialists' entry: each request the close ended is edited (no buttons left) and its chat told
    in one line, as a reply to it. A chat that refuses is logged: the request's card line already says it ended."""
    for request in await _requests(context, request_ids):
        if request.message_id is None or not request.ended:
            continue
        tr = request_translator(context, request)
        notice = tr.gettext("🔒 Case #{number} has been closed, so your request for it has ended.").format(
            number=case.id
        )
        await show_request_ended(context, tr, case, request, "ended", notice, why="the close")


async def specialists_left(context: BotContext, case: Case, request_ids: str) -> str | None:
    """The outbox's 'specialists-left' entry: each request that ended because its specialist is no longer on the
    roster loses its buttons in their chat and says why; returns the notice for the case's staff (None: none)."""
    requests = [request for request in await _requests(context, request_ids) if request.end_reason == "left"]
    for request in requests:
        if request.message_id is None:
            continue
        tr = request_translator(context, request)
        try:
            await context.bot.edit_message_text(
                request_with_state(context, tr, case, request, "left"),
                chat_id=current_chat_id(context, request.chat_id),
                message_id=request.message_id,
                reply_markup=None,
            )
        except TelegramError as error:
            log.warning(
                "request %s: could not edit it after its specialist left the roster (%s)", request.id, error
            )
    if not requests:
        return None
    theirs = staff_translator(context, case.staff_chat_id)
    names = ", ".join(escape(request.specialist_id) for request in requests)
    return theirs.ngettext(
        "⚠️ Case #{number}: {specialists} is no longer on the network's roster of specialists, so the request to "
        "them has ended. Ask another specialist: 🧑‍⚕️ Specialist on the card.",
        "⚠️ Case #{number}: {specialists} are no longer on the network's roster of specialists, so the requests to "
        "them have ended. Ask other specialists: 🧑‍⚕️ Specialist on the card.",
        len(requests),
    ).format(number=case.id, specialists=names)


async def tell_specialists_moved(context: BotContext, case: Case, request_ids: str) -> None:
    """The outbox's 'specialists-moved' entry: the case was referred; each request still open says who has it now,
    and its chat is told in one line whom to arrange the contact with."""
    for request in await _requests(context, request_ids):
        if request.message_id is None or request.ended or request.state == "done":
            continue
        tr = request_translator(context, request)
        organisation = escape(ngo_name(context, case.ngo_id or HOTLINE_TEAM, tr.language))
        notice = tr.gettext(
            "↪️ Case #{number} was referred to {organisation}: your request stands, and its staff now arrange the "
            "contact with you. Replies here reach them."
        ).format(number=case.id, organisation=organisation)
        await show_request_ended(
            context,
            tr,
            case,
            request,
            request.state,
            notice,
            why="the referral",
            markup=request_keyboard(tr, request),
        )


async def _requests(context: BotContext, request_ids: str) -> list[SpecialistRequest]:
    storage = context.bot_data.storage
    found = [await storage.specialist_request(int(each)) for each in request_ids.split(",") if each.isdigit()]
    return [request for request in found if request is not None]


async def show_request_ended(
    context: BotContext,
    tr: Translator,
    case: Case,
    request: SpecialistRequest,
    state: str,
    notice: str,
    *,
    why: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """The request's message edited to show how it ended (`state`), and its chat told so in one line (`notice`,
    translated) as a reply to it. A chat that refuses is logged: the case's card already says it."""
    try:
        await context.bot.edit_message_text(
            request_with_state(context, tr, case, request, state),
            chat_id=current_chat_id(context, request.chat_id),
            message_id=request.message_id,
            reply_markup=markup,
        )
    except TelegramError as error:
        log.warning("request %s: could not edit it after %s (%s)", request.id, why, error)
    try:
        chat_id, message_id = await send_to_staff_chat(
            context, request.chat_id, notice, reply_to=request.message_id
        )
    except TelegramError as error:
        log.warning("request %s: its chat was not told of %s (%s)", request.id, why, error)
    else:
        await context.bot_data.storage.add_request_message(request.id, chat_id, message_id)
