"""Asking the network's specialists for help on a claimed case: from the card's button or `/specialist N [role]`,
staff choose a role, see who fits (nearest first, bot/specialists.py) and ask one; the request is posted to the
specialist's chat, whose Accept and Done buttons move it on. Its state shows on the case's cards and in /case.

The request carries the case number and what staff need to arrange the consultation, nothing that names or reaches
the person: the specialist arranges contact through the staff who asked."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.specialists import (
    ROLES,
    Fit,
    Need,
    fitting,
    left_out_for_language,
    offices,
    velayat_centre,
)
from bot.staff import StaffScope, may_answer_request
from bot.storage import Case, SpecialistRequest
from handlers.cards import SPECIALIST, STAFF, refresh_card, staff_translator
from handlers.common import answer_query, escape
from handlers.delivery import post_to_staff
from handlers.ended import ended_case_text
from handlers.forum import send_in_topic
from handlers.labels import language_label
from handlers.specialist_labels import advanced_toast, role_label, role_name, role_typed, state_label
from handlers.specialist_requests import (
    ACCEPT,
    DONE,
    WITHDRAW,
    ended_toast,
    refuse_here,
    request_keyboard,
    request_text,
    request_translator,
    request_with_state,
)
from handlers.staff import answer_staff, authorised, case_in_scope, command_case
from handlers.staffchats import send_to_staff_chat

log = logging.getLogger(__name__)

# Staff buttons (STAFF, "st:"), so that the staff chats take them; registered before staff.refuse_stale.
ROLES_MENU = SPECIALIST  # st:sr:<case>
LIST = STAFF + "sl:"  # st:sl:<case>:<role>:<home 0|1>
ASK = STAFF + "sa:"  # st:sa:<case>:<specialist id>
MAX_LISTED = 8


async def claimed_case(
    update: Update, context: BotContext, case_id: int, scope: StaffScope | None = None
) -> tuple[StaffScope, Case] | None:
    """The staff scope and the case, if this staff member may ask for a specialist on it: the one check of rights
    (authorised, unless the command did it and gives its `scope`, then the case in the chat's scope), and the case
    must be claimed."""
    if scope is None:
        scope = await authorised(update, context)
        if scope is None:
            return None
    case = await case_in_scope(update, context, scope, case_id)
    if case is None:
        return None
    if case.status != "claimed":
        tr = context.bot_data.catalogs(scope.language)
        text = (
            tr.gettext("Claim case #{number} first, then ask a specialist.").format(number=case.id)
            if case.is_open
            else ended_case_text(tr, case)
        )
        await answer_staff(update, context, scope, text)
        return None
    return scope, case


def roles_keyboard(tr: Translator, case_id: int, waiting: list[SpecialistRequest]) -> InlineKeyboardMarkup:
    """The roles to ask, and under them a button to withdraw each request still waiting for an answer."""
    rows = [
        [InlineKeyboardButton(role_label(tr, role), callback_data=f"{LIST}{case_id}:{role}:0")]
        for role in ROLES
    ]
    for request in waiting:
        # TRANSLATORS: a staff button: take back the request to this specialist, who has not answered; at most 36 characters with the name.
        label = tr.pgettext("button", "↩️ Withdraw: {specialist}").format(specialist=request.specialist_id)
        rows.append([InlineKeyboardButton(label, callback_data=f"{WITHDRAW}{request.id}")])
    return InlineKeyboardMarkup(rows)


async def specialist_command(update: Update, context: BotContext) -> None:
    """/specialist N [role]."""
    scope = await authorised(update, context)
    if scope is None:
        return
    args = context.args or []
    role = role_typed(context.bot_data.catalogs, " ".join(args[1:])) if len(args) > 1 else None
    tr = context.bot_data.catalogs(scope.language)
    usage = tr.gettext("Use /specialist NUMBER [ROLE], e.g. /specialist 12 lawyer. Roles: {roles}.").format(
        roles=", ".join(role_name(tr, each) for each in ROLES)
    )
    # The number, then a role if any: an unknown role gets the usage line too.
    case_id = await command_case(update, context, scope, usage, args[:1] if len(args) < 2 or role else None)
    found = await claimed_case(update, context, case_id, scope) if case_id is not None else None
    if found is None:
        return
    case = found[1]
    if role is None:
        await send_in_topic(
            update,
            context,
            scope.chat_id,
            tr.gettext("Case #{number}: which specialist?").format(number=case.id),
            roles_keyboard(tr, case.id, await context.bot_data.storage.waiting_requests(case.id)),
        )
        return
    await send_in_topic(update, context, scope.chat_id, *_listing(context, tr, case, role, home_visit=False))


async def choose_role(update: Update, context: BotContext) -> None:
    case_id = callbacks.numbered(update.callback_query.data if update.callback_query else None, ROLES_MENU)
    if case_id is None:
        await refuse_here(update, context)
        return
    found = await claimed_case(update, context, case_id)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    await answer_query(update)
    await send_in_topic(
        update,
        context,
        scope.chat_id,
        tr.gettext("Case #{number}: which specialist?").format(number=case.id),
        roles_keyboard(tr, case.id, await context.bot_data.storage.waiting_requests(case.id)),
    )


def fits_for(context: BotContext, case: Case, role: str, home_visit: bool) -> list[Fit]:
    directory = context.bot_data.directory
    need = Need(role, case.language, case.velayat, home_visit)
    return fitting(
        context.bot_data.roster.specialists, need, velayat_centre(directory, case.velayat), offices(directory)
    )


def _left_out_line(context: BotContext, tr: Translator, case: Case, role: str, home_visit: bool) -> list[str]:
    """Why a nearer specialist may be missing from the list: those who fit but do not speak the person's language."""
    need = Need(role, case.language, case.velayat, home_visit)
    count = left_out_for_language(context.bot_data.roster.specialists, need)
    if not count:
        return []
    return [
        tr.ngettext(
            "{count} more specialist fits but does not speak the person's language ({language}): not listed.",
            "{count} more specialists fit but do not speak the person's language ({language}): not listed.",
            count,
        ).format(count=count, language=language_label(case.language))
    ]


def _listing(
    context: BotContext, tr: Translator, case: Case, role: str, home_visit: bool
) -> tuple[str, InlineKeyboardMarkup | None]:
    fits = fits_for(context, case, role, home_visit)[:MAX_LISTED]
    heading = tr.gettext("Case #{number}: {role}").format(number=case.id, role=role_label(tr, role))
    left_out = _left_out_line(context, tr, case, role, home_visit)
    if not fits:
        none = tr.gettext(
            "No specialist in the roster fits this case (role, the person's language, velayat, home visits)."
        )
        return "\n".join([heading, none, *left_out]), None
    lines = [heading]
    rows = []
    for fit in fits:
        lines.append(_describe(context, tr, fit))
        rows.append(
            [InlineKeyboardButton(fit.specialist.id, callback_data=f"{ASK}{case.id}:{fit.specialist.id}")]
        )
    lines += left_out
    if not home_visit:
        rows.append(
            [
                InlineKeyboardButton(
                    # TRANSLATORS: a staff button: list only specialists who can visit the person at home; at most 36 characters.
                    tr.pgettext("button", "🏠 Only home visits"),
                    callback_data=f"{LIST}{case.id}:{role}:1",
                )
            ]
        )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _describe(context: BotContext, tr: Translator, fit: Fit) -> str:
    specialist = fit.specialist
    ngo = context.bot_data.directory.get(specialist.organisation)
    parts = [
        f"• <b>{escape(specialist.id)}</b>",
        escape(ngo.text("name", tr.language) if ngo else specialist.organisation),
    ]
    if fit.distance_km is not None:
        parts.append(tr.gettext("{distance} km").format(distance=round(fit.distance_km)))
    if specialist.home_visits:
        parts.append(tr.gettext("🏠 visits at home"))
    if specialist.contact:
        parts.append(escape(specialist.contact))
    return " · ".join(parts)


async def list_specialists(update: Update, context: BotContext) -> None:
    query = update.callback_query
    parts = callbacks.fields(query.data if query else None, LIST, 3)
    case_id = callbacks.number(parts[0]) if parts else None
    if parts is None or case_id is None or parts[1] not in ROLES or parts[2] not in ("0", "1"):
        await refuse_here(update, context)
        return
    found = await claimed_case(update, context, case_id)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    await answer_query(update)
    await send_in_topic(
        update, context, scope.chat_id, *_listing(context, tr, case, parts[1], home_visit=parts[2] == "1")
    )


async def ask_specialist(update: Update, context: BotContext) -> None:
    query = update.callback_query
    parts = callbacks.fields(query.data if query else None, ASK, 2)
    case_id = callbacks.number(parts[0]) if parts else None
    specialist = context.bot_data.roster.get(parts[1]) if parts else None
    if case_id is None or specialist is None or update.effective_user is None:
        await refuse_here(update, context)
        return
    found = await claimed_case(update, context, case_id)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    storage = context.bot_data.storage
    request, _ = await storage.ask_specialist(
        case.id,
        specialist.id,
        specialist.role,
        specialist.staff_chat_id,
        update.effective_user.id,
        specialist.staff_language,
    )
    if request.message_id is not None:
        # Asked already (a second press, or a colleague): its state, and no second request in their chat.
        await answer_query(update, state_label(tr, request.state))
        return
    their = context.bot_data.catalogs(specialist.staff_language)
    try:
        chat_id, message_id = await send_to_staff_chat(
            context,
            specialist.staff_chat_id,
            request_text(context, their, case, request),
            request_keyboard(their, request),
        )
    except TelegramError as error:
        log.warning(
            "case %s: the request to specialist chat %s failed (%s)", case.id, specialist.staff_chat_id, error
        )
        await answer_query(update)
        await storage.request_unsent(request, update.effective_user.id)
        await send_in_topic(
            update,
            context,
            scope.chat_id,
            tr.gettext(
                "The request for case #{number} could not reach {specialist}'s chat. Reach them another way."
            ).format(number=case.id, specialist=escape(specialist.id)),
        )
    else:
        await storage.set_request_message(request.id, chat_id, message_id)
        await answer_query(
            update, tr.gettext("Request sent to {specialist}.").format(specialist=specialist.id)
        )
    await refresh_card(context, case)


async def _advance(update: Update, context: BotContext, prefix: str, state: str) -> None:
    query = update.callback_query
    request_id = callbacks.numbered(query.data if query else None, prefix)
    storage = context.bot_data.storage
    request = await storage.specialist_request(request_id) if request_id is not None else None
    chat = update.effective_chat
    user = update.effective_user
    if request is None or chat is None or user is None:
        await refuse_here(update, context)
        return
    tr = request_translator(context, request)
    data = context.bot_data
    chat_id, request_chat, user_id = chat.id, request.chat_id, user.id

    def may_press(holder: int | None) -> bool:
        return may_answer_request(
            data.config, chat_id, request_chat, user_id, holder, storage.migrated_chats, data.staff_changes
        )

    if request.ended and may_press(None):
        # The request ended (the case closed, it was declined or withdrawn): its buttons went, an old one does nothing
        await answer_query(update, ended_toast(tr, request))
        return
    if not may_press(await storage.accepted_by(request)):
        if not may_press(None):
            await refuse_here(update, context)  # from another chat: as a button it does not know
        else:
            await answer_query(
                update,
                tr.gettext(
                    "Someone else in this chat accepted this request: only they, or the network's staff, can "
                    "mark it done."
                ),
            )
        return
    changed, request = await storage.advance_request(request.id, state, user.id)
    await answer_query(update, advanced_toast(tr, request.state))
    message = query.message if query else None
    case = await storage.case(request.case_id)
    if changed and isinstance(message, Message) and case is not None:
        text = request_with_state(context, tr, case, request)
        try:
            await message.edit_text(text, reply_markup=request_keyboard(tr, request))
        except TelegramError as error:
            log.warning("request %s: could not edit it (%s)", request.id, error)
    if changed and case is not None:
        await refresh_card(context, case)
        # A card edit makes no sound: the staff who asked are told in their chat.
        theirs = staff_translator(context, case.staff_chat_id)
        name = escape(request.specialist_id)
        notice = (
            theirs.gettext("👍 {specialist} accepted the request for case #{number}.")
            if request.state == "accepted"
            else theirs.gettext("✅ {specialist}: the consultation for case #{number} took place.")
        )
        await post_to_staff(context, case, notice.format(specialist=name, number=case.id))


async def accept(update: Update, context: BotContext) -> None:
    await _advance(update, context, ACCEPT, "accepted")


async def done(update: Update, context: BotContext) -> None:
    await _advance(update, context, DONE, "done")


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(choose_role, pattern=f"^{ROLES_MENU}"),
        CallbackQueryHandler(list_specialists, pattern=f"^{LIST}"),
        CallbackQueryHandler(ask_specialist, pattern=f"^{ASK}"),
        CallbackQueryHandler(accept, pattern=f"^{ACCEPT}"),
        CallbackQueryHandler(done, pattern=f"^{DONE}"),
        CommandHandler("specialist", specialist_command, filters=filters.ChatType.GROUPS),
    ]
