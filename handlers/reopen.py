"""A case that ended open again: staff reopen a case they closed (the ↩️ Reopen button on its closed card), and a
person who withdrew their request by mistake undoes it when they write again soon after. The person's words are
not relayed on a closed case, so they are told so, and how to reopen it."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.casework import person_hears_news
from bot.nlp.smalltalk import is_small_talk
from bot.runtime.context import BotContext
from handlers.cards import REOPEN, staff_translator
from handlers.casenotices import UNDO_WITHDRAW, reopened_notice
from handlers.common import answer_query, edit_or_send, menu_button, menu_only, refuse_button, reply
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.staff import button_case

# How long after withdrawing a message is read as "that was a mistake" rather than as a new question.
UNDO_SECONDS = 15 * 60
# So many words or fewer just after withdrawing are read as a slip, whatever topic they resemble.
MISTAKE_WORDS = 5


async def reopen(update: Update, context: BotContext) -> None:
    """↩️ Reopen on a closed card: the case is open (or claimed) as before the close; the person is told."""
    found = await button_case(update, context, REOPEN)
    if found is None or update.effective_user is None:
        return
    scope, case = found
    storage = context.bot_data.storage
    tr = context.bot_data.catalogs(scope.language)
    done, updated = await storage.reopen_case(case.id, update.effective_user.id)
    if not done:
        other = await storage.open_case_for(case.user_id) if case.user_id is not None else None
        if other is not None and other.id != case.id:
            text = tr.gettext("The person has another open request, #{other}: case #{number} stays closed.")
            await answer_query(update, text.format(other=other.id, number=case.id))
        else:
            await refuse_button(
                update, context, tr
            )  # already open, or withdrawn: the card is refreshed below
        if updated is not None:
            await deliver_outbox(context, case.id)
        return
    told = (
        tr.gettext("Case #{number} is open again; the person is told.")
        if person_hears_news(hidden=(updated or case).hidden_at is not None)
        else tr.gettext(
            "Case #{number} is open again; the person is not told while they have the chat hidden."
        )
    )
    await answer_query(update, told.format(number=case.id))
    await deliver_outbox(context, case.id)  # the cards and the person's notice, queued with the reopening


async def offer_undo(update: Update, context: BotContext, text: str) -> bool:
    """A message soon after the person withdrew their request, which the knowledge base would not answer ("hello??
    i pressed wrong") or of a few words only: say it reached nobody and offer to undo the withdrawal. Whether the
    message is dealt with (False also when a topic answers it after the offer)."""
    person = context.person
    if person is None:
        return False
    storage = context.bot_data.storage
    case = await storage.withdrawn_since(person.user_id, storage.now() - UNDO_SECONDS)
    if case is None:
        return False
    # A question it answers is answered, as at any other time; but a few words just after withdrawing may as well be
    # "oops, wrong button" (the matcher found a topic in «ой, я нажала не туда»): those get the offer, then the answer
    answered = not is_small_talk(text) and context.bot_data.matcher.match(text).topic is not None
    if answered and len(text.split()) > MISTAKE_WORDS:
        return False
    message = context.gettext(
        "Your request #{number} is withdrawn, so this message reached nobody. If you withdrew it by mistake, you "
        "can keep it open."
    ).format(number=case.id)
    # TRANSLATORS: a button: the person withdrew their request by mistake and reopens it; at most 36 characters.
    undo = context.pgettext("button", "↩️ Undo: keep my request open")
    rows = [[InlineKeyboardButton(undo, callback_data=f"{UNDO_WITHDRAW}{case.id}")], [menu_button(context)]]
    await reply(update, context, message, InlineKeyboardMarkup(rows))
    return not answered


async def undo_withdrawal(update: Update, context: BotContext) -> None:
    """The person's ↩️ Undo: their withdrawn request open again, staff told."""
    query = update.callback_query
    user = update.effective_user
    case_id = callbacks.numbered(query.data if query else None, UNDO_WITHDRAW)
    storage = context.bot_data.storage
    case = await storage.case(case_id) if case_id is not None else None
    if case is None or user is None or case.user_id != user.id:
        await refuse_button(update, context)
        return
    await answer_query(update)
    done, updated = await storage.reopen_case(case.id, user.id, withdrawn_since=storage.now() - UNDO_SECONDS)
    if not done or updated is None:
        text = context.gettext(
            "Request #{number} can no longer be reopened. To ask for help again, choose “Get help” in the menu."
        ).format(number=case.id)
        await edit_or_send(update, context, text, menu_only(context))
        return
    await edit_or_send(update, context, reopened_notice(context, updated), menu_only(context))
    await deliver_outbox(context, case.id)  # the cards show the case open again
    tr = staff_translator(context, updated.staff_chat_id)
    await post_to_staff(
        context,
        updated,
        tr.gettext("Case #{number}: the person withdrew it by mistake; it is open again.").format(
            number=case.id
        ),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(reopen, pattern=f"^{REOPEN}"),
        CallbackQueryHandler(undo_withdrawal, pattern=f"^{UNDO_WITHDRAW}"),
    ]
