"""A request to a specialist that ends before its case: the specialist declines it (👎 under the request: busy, away,
not their field), or the staff who asked withdraw it while it still waits for an answer (a button under the
specialist roles menu). Either way the request loses its buttons, the case's cards say who ended it and when, the
other side is told in one line, and staff may ask another specialist (or the same one again)."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import may_answer_request
from bot.storage import Case, SpecialistRequest
from handlers.cards import refresh_card, staff_translator
from handlers.common import answer_query, escape
from handlers.delivery import post_to_staff
from handlers.specialist_requests import (
    DECLINE,
    WITHDRAW,
    ended_toast,
    refuse_here,
    request_keyboard,
    request_translator,
    request_with_state,
    show_request_ended,
)
from handlers.specialists import claimed_case, roles_keyboard

log = logging.getLogger(__name__)


async def decline(update: Update, context: BotContext) -> None:
    """👎 under a request, in the specialist's chat: by anyone there while it is asked, by who accepted it after."""
    query = update.callback_query
    request_id = callbacks.numbered(query.data if query else None, DECLINE)
    data = context.bot_data
    storage = data.storage
    request = await storage.specialist_request(request_id) if request_id is not None else None
    chat, user = update.effective_chat, update.effective_user
    if request is None or chat is None or user is None:
        await refuse_here(update, context)
        return
    tr = request_translator(context, request)
    chat_id, request_chat, user_id = chat.id, request.chat_id, user.id

    def may_press(holder: int | None) -> bool:
        return may_answer_request(
            data.config, chat_id, request_chat, user_id, holder, storage.migrated_chats, data.staff_changes
        )

    if not may_press(None):
        await refuse_here(update, context)  # from another chat: as a button it does not know
        return
    if request.ended or request.state == "done":
        await answer_query(
            update,
            ended_toast(tr, request)
            if request.ended
            else tr.gettext("This request is already done. Nothing was changed."),
        )
        return
    if not may_press(await storage.accepted_by(request)):
        await answer_query(
            update,
            tr.gettext(
                "Someone else in this chat accepted this request: only they, or the network's staff, can "
                "decline it."
            ),
        )
        return
    changed, request = await storage.end_request(request.id, "declined", user.id)
    if not changed:
        await answer_query(update, ended_toast(tr, request))
        return
    await answer_query(
        update,
        tr.gettext(
            "You have declined this request. The organisation that asked is told, and can ask someone else."
        ),
    )
    case = await storage.case(request.case_id)
    if case is None:
        return
    message = query.message if query else None
    if isinstance(message, Message):
        try:
            await message.edit_text(
                request_with_state(context, tr, case, request, "declined"), reply_markup=None
            )
        except TelegramError as error:
            log.warning("request %s: could not edit it (%s)", request.id, error)
    await refresh_card(context, case)
    # A card edit makes no sound: the staff who hold the case are told in their chat, with what to do next.
    theirs = staff_translator(context, case.staff_chat_id)
    notice = theirs.gettext(
        "👎 {specialist} cannot take the request for case #{number}. Ask another specialist: 🧑‍⚕️ Specialist on "
        "the card."
    )
    await post_to_staff(
        context, case, notice.format(specialist=escape(request.specialist_id), number=case.id)
    )


async def withdraw(update: Update, context: BotContext) -> None:
    """Staff take back a request still waiting for the specialist's answer (the roles menu lists them)."""
    query = update.callback_query
    request_id = callbacks.numbered(query.data if query else None, WITHDRAW)
    storage = context.bot_data.storage
    request = await storage.specialist_request(request_id) if request_id is not None else None
    if request is None or update.effective_user is None:
        await refuse_here(update, context)
        return
    found = await claimed_case(update, context, request.case_id)
    if found is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    changed, request = await storage.end_request(request.id, "withdrawn", update.effective_user.id)
    if not changed:
        await answer_query(
            update,
            tr.gettext("The request to {specialist} is no longer waiting: nothing was changed.").format(
                specialist=request.specialist_id
            ),
        )
        return
    await answer_query(
        update, tr.gettext("Request to {specialist} withdrawn.").format(specialist=request.specialist_id)
    )
    message = query.message if query else None
    if isinstance(message, Message):
        try:
            await message.edit_reply_markup(
                roles_keyboard(tr, case.id, await storage.waiting_requests(case.id))
            )
        except TelegramError as error:
            log.warning("case %s: the roles menu could not be edited (%s)", case.id, error)
    await _tell_specialist(context, case, request)
    await refresh_card(context, case)


async def _tell_specialist(context: BotContext, case: Case, request: SpecialistRequest) -> None:
    """The request in the specialist's chat loses its buttons and says it was withdrawn; one line tells the chat."""
    if request.message_id is None:
        return
    tr: Translator = request_translator(context, request)
    notice = tr.gettext(
        "↩️ The organisation withdrew its request for case #{number}: nothing more is needed."
    ).format(number=case.id)
    await show_request_ended(
        context,
        tr,
        case,
        request,
        "withdrawn",
        notice,
        why="the withdrawal",
        markup=request_keyboard(tr, request),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(decline, pattern=f"^{DECLINE}"),
        CallbackQueryHandler(withdraw, pattern=f"^{WITHDRAW}"),
    ]
