"""A chat the person hid (/hide) stays hidden until staff judge that whoever writes from it is her: anyone holding her
phone may type there. Until then what is written from it reaches the case's staff marked as written from the hidden
chat, the phone is told only that it was passed on (no organisation, no case, nothing staff wrote), nothing can end
the case from it (withdrawing, /forget), and staff are given a button that ends the hiding (handlers/unhide.py)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import post_about_case, staff_translator
from handlers.common import answer_query, escape, reply
from handlers.delivery import hidden_line, passed_on, post_to_case_chats, post_to_staff

log = logging.getLogger(__name__)
# st:unhide:<case>: a staff button, refused to anyone but the case's staff (handlers/staff.py button_case)
UNHIDE = "st:unhide:"


def unhide_markup(tr: Translator, case_id: int) -> InlineKeyboardMarkup:
    # TRANSLATORS: a staff button label; at most 36 characters (a phone cuts a longer one).
    label = tr.pgettext("button", "✅ It is the person: unhide")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"{UNHIDE}{case_id}")]])


async def tell_staff_someone_wrote(context: BotContext, case: Case, closed: bool = False) -> None:
    """Once a hiding, the case's staff are told that someone writes from the hidden chat, what that someone was
    told, and given the button that ends the hiding once what is written shows it is the person."""
    storage = context.bot_data.storage
    if case.hidden_at is None or await storage.hidden_wrote_told(case.id, case.hidden_at):
        return
    tr = staff_translator(context, case.staff_chat_id)
    lines = [
        tr.gettext(
            "🙈 Case #{number}: someone wrote from the chat the person hid. It may not be them: someone else may "
            "hold the phone. The phone was told only “Passed on”: no organisation, no case, nothing you wrote."
        ).format(number=case.id),
        tr.gettext(
            "Do not write names, addresses or times until you are sure. When what is written shows it is the "
            "person, press the button: the hiding ends, what you wrote meanwhile is offered to them, and your next "
            "replies reach them."
        ),
    ]
    if closed:
        lines.insert(1, tr.gettext("The case was closed while the chat was hidden; it stays closed."))
    text = "\n\n".join(lines)
    posted = await post_about_case(context, case, lambda chat_id: text, unhide_markup(tr, case.id))
    if posted is not None:
        await storage.add_case_message(case.id, "hidden-wrote", "", *posted)


async def wrote_after_end(update: Update, context: BotContext, text: str) -> bool:
    """A message from a chat hidden when its case ended, while replies written to her then wait: it reaches the
    case's staff (who alone can end the hiding and so show them), and the phone is told it was passed on. The
    message is answered as any other besides. False when no such case waits."""
    person = context.person
    storage = context.bot_data.storage
    if person is None or await storage.open_case_for(person.user_id) is not None:
        return False  # an open request's messages go to its own staff
    case = await storage.ended_case_with_held(person.user_id)
    if case is None:
        return False

    def relayed(chat_id: int | None) -> str:
        tr = staff_translator(context, chat_id)
        heading = tr.gettext("💬 Case #{number} (closed), the person writes:").format(number=case.id)
        return f"{heading}\n{hidden_line(tr)}\n{escape(text)}"

    await post_to_staff(context, case, relayed(case.staff_chat_id))
    await tell_staff_someone_wrote(context, case, closed=True)
    await reply(update, context, passed_on(context.translator))
    return True


async def refuse_from_hidden(update: Update, context: BotContext, case: Case, tried: str) -> None:
    """Ending the case from a hidden chat (`tried`: "withdraw", "forget"): refused in the words any stale button
    gets, and the case's staff told someone tried, since it may not be the person."""
    await answer_query(update, context.gettext("This button is no longer active."))
    log.info("case %s: %s refused from a hidden chat", case.id, tried)

    def notice(chat_id: int | None) -> str:
        tr = staff_translator(context, chat_id)
        if tried == "forget":
            said = tr.gettext(
                "⚠️ Case #{number}: someone in the hidden chat tried to delete the person's data (/forget). It may "
                "not be the person. Nothing was deleted, and the case stays open."
            )
        else:
            said = tr.gettext(
                "⚠️ Case #{number}: someone in the hidden chat tried to withdraw the request. It may not be the "
                "person. The case stays open."
            )
        return said.format(number=case.id)

    await post_to_case_chats(context, case, notice)
