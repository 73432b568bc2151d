"""A case that ended open again: staff reopen a case they closed (the ↩️ Reopen button on its closed card); a
person who withdrew their request by mistake undoes it when they write again soon after; and a person who writes
in the days after staff closed their case ([staff] write_again_days) is offered, beside the answer to each message,
to send all they wrote since the close to the same organisation. The
person's words are not relayed on a closed case: they are told so, and how to reopen it, and nothing goes to staff
without their tap."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.casework import person_hears_news
from bot.i18n import Translator
from bot.nlp.smalltalk import SmallTalk, acknowledges, is_small_talk, small_talk
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import REOPEN, organisation_name, staff_translator
from handlers.casenotices import UNDO_WITHDRAW, WRITE_AGAIN, reopened_notice
from handlers.common import (
    answer_query,
    edit_or_send,
    escape,
    menu_button,
    menu_only,
    refuse_button,
    reply,
    send_private,
)
from handlers.delivery import (
    acknowledge_relayed,
    deliver_outbox,
    deliver_relayed,
    post_to_case_chats,
    post_to_staff,
)
from handlers.labels import format_time
from handlers.opencase import case_keyboard, tell_existing_case
from handlers.sos import escalate
from handlers.staff import button_case

log = logging.getLogger(__name__)

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
    done, updated = await storage.reopen_case(
        case.id, update.effective_user.id, name=update.effective_user.first_name
    )
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


async def _own_case(update: Update, context: BotContext, prefix: str) -> tuple[Case, int] | None:
    """The case a person's button names and the person, when it is theirs (the press answered); None, the press
    refused, if not."""
    query = update.callback_query
    user = update.effective_user
    case_id = callbacks.numbered(query.data if query else None, prefix)
    case = await context.bot_data.storage.case(case_id) if case_id is not None else None
    if case is None or user is None or case.user_id != user.id:
        await refuse_button(update, context)
        return None
    await answer_query(update)
    return case, user.id


async def undo_withdrawal(update: Update, context: BotContext) -> None:
    """The person's ↩️ Undo: their withdrawn request open again, staff told."""
    own = await _own_case(update, context, UNDO_WITHDRAW)
    if own is None:
        return
    case, user_id = own
    storage = context.bot_data.storage
    done, updated = await storage.reopen_case(case.id, user_id, withdrawn_since=storage.now() - UNDO_SECONDS)
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


# A button's label longer than this is cut on a phone: the organisation is then named in the message only.
BUTTON_CHARS = 36


def write_again_label(tr: Translator, organisation: str) -> str:
    """The offer's button, naming the organisation when the label still fits on a phone."""
    # TRANSLATORS: a button: send the message to the organisation of the person's closed request, which opens
    # again; at most 36 characters with the name (a longer one is replaced by “✉️ Write to them again”).
    label = tr.pgettext("button", "✉️ Write to {organisation} again").format(organisation=organisation)
    if len(label) <= BUTTON_CHARS:
        return label
    # TRANSLATORS: a button, as "✉️ Write to {organisation} again" when the name is too long; at most 36 characters.
    return tr.pgettext("button", "✉️ Write to them again")


def write_again_window(context: BotContext) -> int | None:
    """The earliest close a person may still write again after, or None when the offer is off."""
    days = context.bot_data.config.staff.write_again_days
    return context.bot_data.storage.now() - days * 86400 if days > 0 else None


async def offer_write_again(
    update: Update, context: BotContext, text: str, *, quiet: bool = False, danger: bool = False
) -> None:
    """After the answer to a message written in the days after staff closed the person's case, whatever answered it
    (the knowledge base, a short reply, danger above all): the message is held, and the offer to send to the case's
    organisation everything held since the close, which waits until they tap. Not for "ok" and thanks, which need
    nothing more. `quiet`: held, with no offer on the screen now ("он рядом": hide first); the next offer sends it."""
    person, message = context.person, update.message
    since = write_again_window(context)
    if person is None or message is None or since is None:
        return
    storage = context.bot_data.storage
    case = await storage.closed_case_to_write_again(person.user_id, since)
    if case is None or acknowledges(text) or small_talk(text) is SmallTalk.THANKS:
        return
    held, kept = await storage.hold_written_again(
        person.user_id, case.id, message.message_id, text, danger=danger
    )
    if quiet:
        return
    organisation = organisation_name(context, case, context.language)
    offer = context.ngettext(
        "📨 Is this about your request #{number}? It is closed, but I can send what you wrote since it was closed "
        "({count} message) to {organisation}: the request opens again, and they see it with the request. Nothing is "
        "sent unless you tap the button.",
        "📨 Is this about your request #{number}? It is closed, but I can send what you wrote since it was closed "
        "({count} messages) to {organisation}: the request opens again, and they see them with the request. Nothing "
        "is sent unless you tap the button.",
        held,
    ).format(number=case.id, count=held, organisation=escape(organisation))
    if not kept:
        # the hold is full: this message is not among those sent, and the person must know to write it again
        offer += "\n\n" + context.gettext(
            "This last message is not among them: I keep {count} at most. Once the request is open again, write it "
            "once more and it reaches them."
        ).format(count=held)
    label = write_again_label(context.translator, organisation)
    rows = [[InlineKeyboardButton(label, callback_data=f"{WRITE_AGAIN}{case.id}")], [menu_button(context)]]
    shown = await send_private(
        context, message.chat_id, offer, InlineKeyboardMarkup(rows), reply_to=message.message_id
    )
    earlier = await storage.note_offer(person.user_id, case.id, shown)
    if earlier is not None and earlier != shown:
        await _take_down(context, message.chat_id, earlier)


async def _take_down(context: BotContext, chat_id: int, message_id: int) -> None:
    """An earlier offer, now that a newer one sends all that is held: deleted, or (too old to delete) its buttons
    gone, so that one offer is on the screen."""
    try:
        await context.bot.delete_message(chat_id, message_id)
    except TelegramError:
        try:
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        except TelegramError:
            log.info("an earlier offer to write again could not be taken down")


async def write_again(update: Update, context: BotContext) -> None:
    """The person's ✉️ Write to … again: their closed case open again, staff told, and what they wrote relayed."""
    own = await _own_case(update, context, WRITE_AGAIN)
    if own is None:
        return
    case, user_id = own
    storage = context.bot_data.storage
    since = write_again_window(context)
    written = await storage.write_again(case.id, user_id, since) if since is not None else None
    if written is None or not written.done or written.case is None:
        if not await tell_existing_case(update, context, user_id):
            text = context.gettext(
                "Request #{number} can no longer be reopened. To ask for help again, choose “Get help” in the menu."
            ).format(number=case.id)
            await edit_or_send(update, context, text, menu_only(context))
        return
    updated = written.case
    await deliver_outbox(context, case.id)  # the cards show the case open again (and its topic reopens)
    await _tell_staff(context, updated, case, written.written_at or storage.now())
    delivery = await deliver_relayed(context, case.id)
    # The offer becomes the news; the case's buttons come with the word that what they wrote arrived, if anything
    words = bool(delivery.delivered) or delivery.waiting
    await edit_or_send(
        update, context, reopened_notice(context, updated), None if words else case_keyboard(context)
    )
    await acknowledge_relayed(context, case.id, delivery, keyboard=case_keyboard(context))
    if written.danger:
        # Danger written after the close (answered as danger then): the reopened case is urgent and the coordinators
        # are alerted, as for danger written on an open case
        await escalate(update, context, updated, reason="message")


async def reopen_unreached(update: Update, context: BotContext) -> Case | None:
    """A message from a person whose case staff closed for no answer, in the days after: the answer they waited
    for. The close told the person that writing here is enough (delivery.no_contact_notice), so the case opens
    again with its organisation at once, with no offer to tap, staff and person are told, and the message goes on
    as any on an open case (returned; None when there is no such case)."""
    person = context.person
    since = write_again_window(context)
    if person is None or update.message is None or since is None:
        return None
    storage = context.bot_data.storage
    case = await storage.closed_case_to_write_again(person.user_id, since)
    if case is None or case.outcome != "no_answer":
        return None
    written = await storage.write_again(case.id, person.user_id, since, unreached=True)
    if not written.done or written.case is None:
        return None
    await deliver_outbox(context, case.id)  # the cards show the case open again (and its topic reopens)
    await _tell_staff(context, written.case, case, storage.now(), unreached=True)
    await deliver_relayed(context, case.id)  # anything held before, ahead of this message
    await reply(update, context, reopened_notice(context, written.case))
    return written.case


async def _tell_staff(
    context: BotContext, case: Case, closed: Case, written_at: int, *, unreached: bool = False
) -> None:
    """The case's chat (and the coordinators, where they see it) learn why it is open again, before its messages:
    when the person wrote again (`written_at`, their first message since the close) and when it was closed."""

    def notice(chat_id: int | None) -> str:
        # Named, not "you": the coordinators read this too, and the person chose the organisation, not them
        tr = staff_translator(context, chat_id)
        if unreached:
            return tr.gettext(
                "↩️ Case #{number} is open again: it was closed on {closed} because the person could not be "
                "reached, and they wrote on {written}. What they wrote follows."
            ).format(
                number=case.id,
                written=format_time(written_at),
                closed=format_time(closed.closed_at or case.created_at),
            )
        return tr.gettext(
            "↩️ Case #{number} is open again: the person wrote again on {written}; it was closed on {closed}. They "
            "chose to write to {organisation} again. What they wrote follows."
        ).format(
            number=case.id,
            written=format_time(written_at),
            closed=format_time(closed.closed_at or case.created_at),
            organisation=escape(organisation_name(context, case, tr.language)),
        )

    await post_to_case_chats(context, case, notice)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(reopen, pattern=f"^{REOPEN}"),
        CallbackQueryHandler(undo_withdrawal, pattern=f"^{UNDO_WITHDRAW}"),
        CallbackQueryHandler(write_again, pattern=f"^{WRITE_AGAIN}"),
    ]
