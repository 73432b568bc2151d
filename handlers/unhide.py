"""✅ It is the person: unhide. The case's staff, who read what was written from the chat the person hid, judge that
it is her (handlers/hidden.py): the hiding ends, she is told in one message that her messages reached the organisation
and offered what staff wrote meanwhile (handlers/held.py), and what staff write next reaches her as usual."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.runtime.context import BotContext
from handlers.cards import staff_translator
from handlers.common import answer_query, escape, take_button_off
from handlers.delivery import post_to_case_chats, post_to_staff
from handlers.held import offer_after_hiding
from handlers.hidden import UNHIDE
from handlers.staff import button_case

log = logging.getLogger(__name__)


async def end_hiding(update: Update, context: BotContext) -> None:
    found = await button_case(update, context, UNHIDE)  # staff rights, checked where every staff button's are
    user = update.effective_user
    if found is None or user is None:
        return
    scope, case = found
    tr = context.bot_data.catalogs(scope.language)
    storage = context.bot_data.storage
    await take_button_off(update)
    ended = await storage.end_hiding(case.id, user.id)
    if ended is None:
        await answer_query(
            update, tr.gettext("The chat of case #{number} is not hidden.").format(number=case.id)
        )
        return
    await answer_query(update)
    held = await storage.held_count(ended.id)
    who = escape(user.first_name)  # staff read it as HTML

    def notice(chat_id: int | None) -> str:
        staff_tr = staff_translator(context, chat_id)
        if not ended.is_open:
            said = staff_tr.ngettext(
                "✅ Case #{number}: {name} judged it is the person and ended the hiding. The case stays closed; they "
                "were offered the {count} message written to them meanwhile.",
                "✅ Case #{number}: {name} judged it is the person and ended the hiding. The case stays closed; they "
                "were offered the {count} messages written to them meanwhile.",
                held,
            )
        elif held:
            said = staff_tr.ngettext(
                "✅ Case #{number}: {name} judged it is the person and ended the hiding. They were told their "
                "messages reached you and offered the {count} message you wrote meanwhile; what you write now "
                "reaches them.",
                "✅ Case #{number}: {name} judged it is the person and ended the hiding. They were told their "
                "messages reached you and offered the {count} messages you wrote meanwhile; what you write now "
                "reaches them.",
                held,
            )
        else:
            said = staff_tr.gettext(
                "✅ Case #{number}: {name} judged it is the person and ended the hiding. They were told their "
                "messages reached you; what you write now reaches them."
            )
        return said.format(number=ended.id, name=who, count=held)

    if ended.is_open:
        await post_to_case_chats(context, ended, notice)
    else:
        await post_to_staff(context, ended, notice(ended.staff_chat_id))
    log.info("case %s: staff ended the hiding", ended.id)
    await offer_after_hiding(context, ended)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CallbackQueryHandler(end_hiding, pattern=f"^{UNHIDE}")]
