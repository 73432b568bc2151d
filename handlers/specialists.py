"""Asking a specialist of the network's roster from a claimed case: staff choose the role, the bot lists those who
fit (the person's language, those who cover the person's velayat first, 🏠 for home visits), and posts the request
to the specialist's staff chat with the case number and only the case's language, velayat and the help needed (the
person's name and phone stay with the organisation that asked). The specialist's chat accepts it and marks it done;
each step is told to the case's chat as a reply to its card, and audited.

Rights as for every staff action (`authorised`): the case's staff or the coordinators ask; the staff of the
specialist's own chat accept and finish."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot import callbacks
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.specialists import ROLES, Specialist
from bot.staff import StaffScope, configured_chat_id
from bot.storage import Case, SpecialistRequest
from handlers.cards import SPECIALIST, STAFF, post_to_staff, send_to_staff_chat, staff_translator
from handlers.common import answer_query, escape, refuse_button
from handlers.labels import language_label, service_label, velayat_label
from handlers.staff import authorised

log = logging.getLogger(__name__)

PREFIX = STAFF + "sp:"  # under the staff prefix: the only buttons a staff chat takes (handlers/preprocess.py)
START = SPECIALIST  # st:sp:go:<case>: choose the role
ROLE = PREFIX + "r:"  # st:sp:r:<case>:<role>: those who fit
ASK = PREFIX + "a:"  # st:sp:a:<case>:<specialist id>: post the request
ACCEPT = PREFIX + "ok:"  # st:sp:ok:<request>: in the specialist's chat
DONE = PREFIX + "dn:"  # st:sp:dn:<request>: in the specialist's chat


def role_label(tr: Translator, role: str) -> str:
    return {
        # TRANSLATORS: a role in the network's roster of specialists, on a staff button; at most 30 characters.
        "psychologist": tr.pgettext("specialist", "Psychologist"),
        # TRANSLATORS: a role in the network's roster of specialists, on a staff button; at most 30 characters.
        "lawyer": tr.pgettext("specialist", "Lawyer"),
        # TRANSLATORS: a role in the network's roster of specialists, on a staff button; at most 30 characters.
        "doctor": tr.pgettext("specialist", "Doctor"),
        # TRANSLATORS: a role in the network's roster of specialists, on a staff button; at most 30 characters.
        "social_worker": tr.pgettext("specialist", "Social worker"),
    }.get(role, role)


async def _claimed_case(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> Case | None:
    """The case if this chat's staff may ask for it: theirs, and claimed; else None after saying why."""
    case = await context.bot_data.storage.case(case_id)
    tr = context.bot_data.catalogs(scope.language)
    if case is None or not scope.covers(case.ngo_id):
        text = tr.gettext("Case #{number} is not in this chat's queue.").format(number=case_id)
    elif case.status != "claimed":
        text = tr.gettext("A specialist is asked for on a claimed case: claim case #{number} first.").format(
            number=case_id
        )
    else:
        return case
    if update.callback_query:
        await answer_query(update, text)
    else:
        await context.bot.send_message(scope.chat_id, text)
    return None


async def _edit(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.callback_query.message if update.callback_query else None
    if isinstance(message, Message):
        try:
            await message.edit_text(text, reply_markup=markup)
        except (BadRequest, Forbidden):
            pass  # an old message: the action itself is done


async def _choose_role(update: Update, context: BotContext, scope: StaffScope, case_id: int) -> None:
    case = await _claimed_case(update, context, scope, case_id)
    if case is None:
        return
    await answer_query(update)
    tr = context.bot_data.catalogs(scope.language)
    rows = [
        [InlineKeyboardButton(role_label(tr, role), callback_data=f"{ROLE}{case.id}:{role}")]
        for role in ROLES
    ]
    text = tr.gettext("🧑‍⚕️ Which specialist for case #{number}?").format(number=case.id)
    await context.bot.send_message(scope.chat_id, text, reply_markup=InlineKeyboardMarkup(rows))


async def specialist_command(update: Update, context: BotContext) -> None:
    """/specialist N: ask a specialist for case N."""
    scope = await authorised(update, context)
    if scope is None:
        return
    case_id = callbacks.case_argument(context.args)
    if case_id is None:
        tr = context.bot_data.catalogs(scope.language)
        await context.bot.send_message(
            scope.chat_id, tr.gettext("Use /specialist NUMBER, e.g. /specialist 12.")
        )
        return
    await _choose_role(update, context, scope, case_id)


async def specialist_button(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None or update.callback_query is None:
        return
    case_id = callbacks.numbered(update.callback_query.data, START)
    if case_id is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return
    await _choose_role(update, context, scope, case_id)


async def _pressed(update: Update, context: BotContext, prefix: str) -> tuple[StaffScope, Case, str] | None:
    scope = await authorised(update, context)
    if scope is None or update.callback_query is None:
        return None
    parsed = callbacks.numbered_word(update.callback_query.data, prefix)
    if parsed is None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))
        return None
    case = await _claimed_case(update, context, scope, parsed[0])
    return (scope, case, parsed[1]) if case is not None else None


async def list_fitting(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, ROLE)
    if pressed is None:
        return
    scope, case, role = pressed
    tr = context.bot_data.catalogs(scope.language)
    if role not in ROLES:
        await refuse_button(update, context, tr)
        return
    await answer_query(update)
    fitting = context.bot_data.roster.fitting(role, case.language, case.velayat)
    where = velayat_label(tr, case.velayat) if case.velayat else "—"
    if not fitting:
        text = tr.gettext("No specialist of this kind ({role}) in the roster consults in {language}.").format(
            role=role_label(tr, role), language=language_label(case.language)
        )
        await _edit(update, text)
        return
    rows = [
        [
            InlineKeyboardButton(
                specialist.reference + (" · 🏠" if specialist.home_visits else ""),
                callback_data=f"{ASK}{case.id}:{specialist.id}",
            )
        ]
        for specialist in fitting[:10]
    ]
    text = tr.gettext(
        "🧑‍⚕️ {role} for case #{number}: who consults in {language}, those who cover {velayat} first "
        "(🏠 visits at home)."
    ).format(role=role_label(tr, role), number=case.id, language=language_label(case.language), velayat=where)
    await _edit(update, text, InlineKeyboardMarkup(rows))


def _request_text(
    context: BotContext, tr: Translator, case: Case, specialist: Specialist, status: str
) -> str:
    ngo = context.bot_data.directory.get(case.ngo_id) if case.ngo_id else None
    lines = [
        tr.gettext("🧑‍⚕️ <b>Request for {reference}</b> ({role})").format(
            reference=escape(specialist.reference), role=role_label(tr, specialist.role)
        ),
        tr.gettext("From {organisation}, case #{number}").format(
            organisation=escape(ngo.text("name", tr.language)) if ngo else tr.gettext("the hotline team"),
            number=case.id,
        ),
        tr.gettext("Language: {language}").format(language=language_label(case.language)),
        tr.gettext("Velayat: {velayat}").format(
            velayat=velayat_label(tr, case.velayat) if case.velayat else "—"
        ),
        tr.gettext("Help needed: {need}").format(need=service_label(tr, case.need) if case.need else "—"),
        tr.gettext("The person is reached through the organisation that asked."),
    ]
    if status == "accepted":
        lines.append(tr.gettext("✅ Accepted."))
    elif status == "done":
        lines.append(tr.gettext("✔️ Done."))
    return "\n".join(lines)


def _request_keyboard(tr: Translator, request: SpecialistRequest) -> InlineKeyboardMarkup | None:
    if request.status == "done":
        return None
    # TRANSLATORS: a button in a specialist's chat: mark the consultation as given; shares a row: at most 20 characters.
    row = [InlineKeyboardButton(tr.pgettext("button", "✔️ Done"), callback_data=f"{DONE}{request.id}")]
    if request.status == "asked":
        # TRANSLATORS: a button in a specialist's chat: take the request; shares a row: at most 20 characters.
        row.insert(
            0, InlineKeyboardButton(tr.pgettext("button", "✅ Accept"), callback_data=f"{ACCEPT}{request.id}")
        )
    return InlineKeyboardMarkup([row])


async def ask(update: Update, context: BotContext) -> None:
    pressed = await _pressed(update, context, ASK)
    user = update.effective_user
    if pressed is None or user is None:
        return
    scope, case, specialist_id = pressed
    tr = context.bot_data.catalogs(scope.language)
    specialist = context.bot_data.roster.get(specialist_id)
    if specialist is None:
        await refuse_button(update, context, tr)
        return
    await answer_query(update)
    storage = context.bot_data.storage
    request = await storage.ask_specialist(case.id, specialist.id, specialist.role, user.id)
    theirs = staff_translator(context, specialist.staff_chat_id)
    try:
        await send_to_staff_chat(
            context,
            specialist.staff_chat_id,
            _request_text(context, theirs, case, specialist, request.status),
            _request_keyboard(theirs, request),
        )
    except TelegramError as error:
        log.warning("case %s: the specialist's chat refused the request (%s)", case.id, error)
        await storage.withdraw_specialist_request(request.id)
        await _edit(
            update, tr.gettext("The specialist's chat could not be reached: the request was not sent.")
        )
        return
    text = tr.gettext("🧑‍⚕️ Request sent to {reference} ({role}) for case #{number}.").format(
        reference=escape(specialist.reference), role=role_label(tr, specialist.role), number=case.id
    )
    await _edit(update, text)


async def _advance(update: Update, context: BotContext, prefix: str, status: str) -> None:
    scope = await authorised(update, context)
    user = update.effective_user
    if scope is None or update.callback_query is None or user is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    data = context.bot_data
    request_id = callbacks.numbered(update.callback_query.data, prefix)
    request = await data.storage.specialist_request(request_id) if request_id is not None else None
    specialist = data.roster.get(request.specialist_id) if request else None
    chat = configured_chat_id(scope.chat_id, data.storage.migrated_chats)
    if request is None or specialist is None or specialist.staff_chat_id != chat:
        await refuse_button(update, context, tr)  # only the specialist's own chat answers a request
        return
    moved, updated = await data.storage.advance_specialist_request(request.id, status, user.id)
    case = await data.storage.case(request.case_id)
    await answer_query(update)
    if updated is None or case is None:
        return
    await _edit(
        update, _request_text(context, tr, case, specialist, updated.status), _request_keyboard(tr, updated)
    )
    if moved:
        theirs = staff_translator(context, case.staff_chat_id)
        template = (
            theirs.gettext("✅ {reference} ({role}) accepted the request for case #{number}.")
            if status == "accepted"
            else theirs.gettext("✔️ {reference} ({role}) marked the consultation for case #{number} done.")
        )
        text = template.format(
            reference=escape(specialist.reference), role=role_label(theirs, specialist.role), number=case.id
        )
        await post_to_staff(context, case, text)


async def accept(update: Update, context: BotContext) -> None:
    await _advance(update, context, ACCEPT, "accepted")


async def done(update: Update, context: BotContext) -> None:
    await _advance(update, context, DONE, "done")


async def refuse_stale(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is not None:
        await refuse_button(update, context, context.bot_data.catalogs(scope.language))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(specialist_button, pattern=f"^{START}"),
        CallbackQueryHandler(list_fitting, pattern=f"^{ROLE}"),
        CallbackQueryHandler(ask, pattern=f"^{ASK}"),
        CallbackQueryHandler(accept, pattern=f"^{ACCEPT}"),
        CallbackQueryHandler(done, pattern=f"^{DONE}"),
        CallbackQueryHandler(refuse_stale, pattern=f"^{PREFIX}"),
        CommandHandler("specialist", specialist_command, filters=filters.ChatType.GROUPS),
    ]
