"""What follows a person's message or a case's change, and must not be lost: the person's words stored first, posted
to a staff chat in order and never reported delivered before one has them; and the outbox of card edits and notices,
written in the same transaction as the change and finished from the database after a crash."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from telegram import InlineKeyboardMarkup
from telegram.constants import ReactionEmoji
from telegram.error import TelegramError

from bot.casework import ToPerson, to_person
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case, RelayedPiece, RelayOrigin
from handlers.cards import organisation_name, post_about_case, refresh_card, staff_translator
from handlers.casecopies import copy_person_media, copy_text
from handlers.casenotices import feedback_question, reopened_notice, taken_notice
from handlers.common import escape, hotline_text, send_private, sos_button_in
from handlers.copies import person_source, post_media_about_case
from handlers.specialist_requests import specialists_left, tell_specialists_closed, tell_specialists_moved
from handlers.staffchats import current_chat_id
from handlers.toperson import write_to_person

log = logging.getLogger(__name__)
# The outbox's notices to the person of a case (the others are staff chats' card edits and notices)
PERSON_NOTICES = ("closed", "taken", "reopened")


# What the person writes on a case -----------------------------------------------------------------------------


@dataclass
class Delivery:
    """What one attempt to post a case's waiting pieces did."""

    delivered: list[RelayedPiece] = field(default_factory=list)
    chats: set[int] = field(default_factory=set)  # the chats that accepted them
    waiting: bool = False  # some piece still waits for a staff chat


def relay_heading(
    tr: Translator, case_id: int, urgent: bool, part: int = 1, parts: int = 1, *, danger: bool = False
) -> str:
    """The heading of a relayed message; a piece of a long one says which ("(2/3)"), so staff read them in order.
    `danger`: words of danger to a worker already writing with the person, marked without a new alarm."""
    if parts > 1 and urgent:
        heading = tr.gettext("🆘 URGENT · Case #{number}, the person writes ({part}/{parts}):")
    elif parts > 1 and danger:
        heading = tr.gettext("⚠️ Case #{number}, the person writes of danger ({part}/{parts}):")
    elif parts > 1:
        heading = tr.gettext("💬 Case #{number}, the person writes ({part}/{parts}):")
    elif urgent:
        heading = tr.gettext("🆘 URGENT · Case #{number}, the person writes:")
    elif danger:
        heading = tr.gettext("⚠️ Case #{number}, the person writes of danger:")
    else:
        heading = tr.gettext("💬 Case #{number}, the person writes:")
    return heading.format(number=case_id, part=part, parts=parts)


def origin_line(tr: Translator, origin: RelayOrigin) -> str | None:
    """What staff must know of a relayed message besides its words: an edit of an earlier one, or whose message the
    person forwarded (the name escaped: Telegram's names are anyone's to choose). None for the person's own new words."""
    if origin.forwarded_from == "":
        return tr.gettext("↪️ Forwarded from a hidden user:")
    if origin.forwarded_from is not None:
        return tr.gettext("↪️ Forwarded from {origin}:").format(origin=escape(origin.forwarded_from))
    if origin.edited:
        return tr.gettext("✏️ Edited an earlier message:")
    return None


def _media_heading(
    tr: Translator, *, case_id: int, urgent: bool, danger: bool, origin: RelayOrigin, hidden: bool
) -> str:
    heading = relay_heading(tr, case_id, urgent, danger=danger)
    lines = [heading, *([hidden_line(tr)] if hidden else []), origin_line(tr, origin)]
    return "\n".join(line for line in lines if line is not None)


def hidden_line(tr: Translator) -> str:
    """Above each message written from a chat the person hid (handlers/hidden.py)."""
    return tr.gettext(
        "🙈 Written from the hidden chat: it may not be the person; someone else may hold the phone."
    )


def passed_on(tr: Translator, *, waiting: bool = False) -> str:
    """All a hidden chat is told of a message it sent on the case: no organisation, no case, no promise."""
    return tr.gettext("✉️ Kept: passed on soon.") if waiting else tr.gettext("✉️ Passed on.")


async def deliver_relayed(context: BotContext, case_id: int) -> Delivery:
    """Post the case's waiting pieces, oldest first, each to its staff chat or the coordinator chat, stopping at
    the first that no chat accepts so that the next try starts there and the order holds. Staff see a case's card
    before its messages, so pieces of a case without a card wait for it (check_cases posts it). Each piece is
    copied to the other chats that see the case (handlers/casecopies.py)."""
    data = context.bot_data
    lock = data.delivery_locks.setdefault(case_id, asyncio.Lock())
    delivery = Delivery()
    async with lock:  # the periodic job and the person's next message must not post the same piece twice
        case = await data.storage.case(case_id)
        pieces = await data.storage.pending_relayed(case_id)
        if case is None or not pieces:
            return delivery
        if case.card_message_id is None:
            delivery.waiting = True
            return delivery
        for piece in pieces:
            if piece.kind is not None:
                # a voice note, photo ...: copied from the person's chat (handlers/copies.py)
                heading = partial(
                    _media_heading,
                    case_id=case_id,
                    urgent=piece.urgent,
                    danger=piece.danger,
                    origin=piece.origin,
                    hidden=case.hidden_at is not None,
                )
                copied = await post_media_about_case(context, case, person_source(case, piece), heading)
                if copied is None:
                    delivery.waiting = True
                    break
                await data.storage.mark_relayed_media(piece.id, *copied)
                delivery.delivered.append(piece)
                delivery.chats.add(copied[0])
                await copy_person_media(context, case, piece, copied[0], heading)
                continue

            def render(chat_id: int, piece: RelayedPiece = piece) -> str:
                tr = staff_translator(context, chat_id)
                heading = relay_heading(
                    tr, case_id, piece.urgent, piece.part, piece.parts, danger=piece.danger
                )
                hidden = hidden_line(tr) if case.hidden_at is not None else None
                lines = [heading, hidden, origin_line(tr, piece.origin), escape(piece.text)]
                return "\n".join(line for line in lines if line is not None)

            posted = await post_about_case(context, case, render)
            if posted is None:
                delivery.waiting = True
                break
            await data.storage.mark_relayed(piece.id, *posted)
            delivery.delivered.append(piece)
            delivery.chats.add(posted[0])
            await copy_text(context, case, posted[0], render)  # an urgent case's words reach both teams
    return delivery


async def acknowledge_relayed(
    context: BotContext,
    case_id: int,
    delivery: Delivery,
    *,
    written: int | None = None,
    keyboard: InlineKeyboardMarkup | None = None,
) -> None:
    """Tell the person the truth about their messages on a case: 👌 on each message a staff chat has, ✍ on the one
    just `written` while it waits; the first acknowledgement on the case (with `keyboard`), a note with the hotline
    when messages start to wait, and one more when the waiting ones arrive. No new buttons under every message."""
    data = context.bot_data
    case = await data.storage.case(case_id)
    if case is None or case.user_id is None:
        return
    waiting_ids = {piece.person_message_id for piece in await data.storage.pending_relayed(case_id)}
    arrived = dict.fromkeys(p.person_message_id for p in delivery.delivered if p.person_message_id)
    for arrived_id in arrived:
        if arrived_id not in waiting_ids:
            await _react(context, case.user_id, arrived_id, ReactionEmoji.OK_HAND_SIGN)
    if delivery.waiting and written is not None:
        await _react(context, case.user_id, written, ReactionEmoji.WRITING_HAND)
    tr = data.catalogs(case.language)
    if case.hidden_at is not None:
        # Whoever holds the phone learns only that it was passed on (handlers/hidden.py): no name, no buttons
        if written is not None:
            try:
                await send_private(context, case.user_id, passed_on(tr, waiting=delivery.waiting))
            except TelegramError as error:
                log.info("case %s: the hidden chat's acknowledgement was not sent (%s)", case.id, error)
        return
    organisation = escape(organisation_name(context, case, case.language))
    coordinator = current_chat_id(context, data.config.staff.coordinator_chat_id)
    if case.ngo_id and not delivery.waiting and delivery.chats == {coordinator}:
        organisation = tr.gettext("the hotline team")  # the NGO's chat refused them: say who really has them
    elif case.status == "claimed" and case.claimed_by_coordinators and case.ngo_id:
        organisation = tr.gettext("the hotline team")  # a coordinator holds the case: they answer
    first = case.ack_message_id is None
    if delivery.waiting:
        if case.waiting_told and not first:
            return
        text = (
            tr.gettext(
                "✍ Your message is saved, but it has not reached {organisation} yet: their chat cannot be reached "
                "right now. I keep trying and will tell you here when it arrives. If you need help now, call "
                "the hotline:"
            ).format(organisation=organisation)
            + "\n\n"
            + hotline_text(tr, data.config.hotline)
        )
        message_id, _ = await write_to_person(context, case, text, keyboard if first else None)
        await data.storage.set_acknowledgement(case_id, message_id if first else None, waiting_told=True)
    elif case.waiting_told:
        text = tr.gettext("👌 Your waiting messages have now reached {organisation}.").format(
            organisation=organisation
        )
        await write_to_person(context, case, text)
        await data.storage.set_acknowledgement(case_id, None, waiting_told=False)
    elif first and delivery.delivered:
        text = tr.gettext("Delivered to {organisation}. A person, not the bot, will answer you here.").format(
            organisation=organisation
        )
        message_id, _ = await write_to_person(context, case, text, keyboard)
        await data.storage.set_acknowledgement(case_id, message_id, waiting_told=False)


async def _react(context: BotContext, chat_id: int, message_id: int, emoji: str) -> None:
    try:
        await context.bot.set_message_reaction(chat_id, message_id, emoji)
    except TelegramError as error:
        log.info("a reaction could not be set (%s)", error)  # the message may be gone (/hide)


# The outbox: what follows a case's change, finished from the database after a crash ---------------------------


def closed_notice(context: BotContext, tr: Translator, case: Case) -> str:
    """The close told to the person, with the days they may write to the same organisation again, where the
    offer is on (handlers/reopen.py)."""
    days = context.bot_data.config.staff.write_again_days
    if days <= 0:
        return tr.gettext(
            "Your request #{number} is now closed. Thank you for trusting us. If you need help again, "
            "choose “Get help” in the menu at any time."
        ).format(number=case.id)
    return tr.ngettext(
        "Your request #{number} is now closed. Thank you for trusting us. If the same matter comes up again "
        "within {days} day, write here: I will offer to send your message to {organisation}. For anything else, "
        "choose “Get help” in the menu at any time.",
        "Your request #{number} is now closed. Thank you for trusting us. If the same matter comes up again "
        "within {days} days, write here: I will offer to send your message to {organisation}. For anything else, "
        "choose “Get help” in the menu at any time.",
        days,
    ).format(number=case.id, days=days, organisation=escape(organisation_name(context, case, case.language)))


def no_contact_notice(tr: Translator, case: Case) -> str:
    return tr.gettext(
        "Your request #{number} is closed: we could not reach you. If you still need help, write here or press 🆘, "
        "and a person will write to you again."
    ).format(number=case.id)


async def deliver_outbox(context: BotContext, case_id: int | None = None) -> None:
    """Send what the outbox holds (of one case, or all): card edits, the person's notice of a closed case, staff
    notices no chat took. Each entry is deleted once done; one that failed for now stays for the next run."""
    data = context.bot_data
    for waiting in dict.fromkeys(entry.case_id for entry in await data.storage.outbox(case_id)):
        async with data.outbox_locks.setdefault(waiting, asyncio.Lock()):
            await _deliver_outbox_of(context, waiting)  # read again inside the lock: what is left of it


async def _deliver_outbox_of(context: BotContext, case_id: int) -> None:
    storage = context.bot_data.storage
    refreshed = False
    # Card edits first: a notice that finds the person blocked refreshes the cards itself, and a card edit queued
    # before it would then repeat that edit word for word (Telegram refuses it)
    for entry in sorted(await storage.outbox(case_id), key=lambda entry: entry.kind != "card"):
        case = await storage.case(entry.case_id)
        if case is None:
            await storage.outbox_done(entry.id)
        elif entry.kind == "card":
            if not refreshed:
                refreshed = True
                await refresh_card(context, case)  # deletes the case's card entries once done
        elif (
            entry.kind in PERSON_NOTICES
            and to_person(hidden=case.hidden_at is not None, by_worker=False) is ToPerson.DROP
        ):
            # The person hid the chat: the news of their case is not sent (the cards show it), nor asked about
            await storage.outbox_done(entry.id)
        elif entry.kind == "closed" and case.outcome == "no_answer":
            # Closed because nobody could reach them: maybe their phone was taken. No thanks and no "how did it
            # help", but the numbers and the way back to a person
            tr = context.bot_data.catalogs(case.language)
            text = f"{no_contact_notice(tr, case)}\n\n{hotline_text(tr, context.bot_data.config.hotline)}"
            _, final = await write_to_person(context, case, text, InlineKeyboardMarkup([[sos_button_in(tr)]]))
            if final:
                await storage.outbox_done(entry.id)
        elif entry.kind == "closed":
            tr = context.bot_data.catalogs(case.language)
            # The optional question after a close rides on the notice: one message, one outbox entry.
            question, answers = feedback_question(tr, case.id)
            await storage.ask_feedback(case.id, case.ngo_id)
            _, final = await write_to_person(
                context, case, f"{closed_notice(context, tr, case)}\n\n{question}", answers
            )
            if final:
                await storage.outbox_done(entry.id)
        elif entry.kind == "taken":
            _, final = await write_to_person(context, case, taken_notice(context, case))
            if final:
                await storage.outbox_done(entry.id)
        elif entry.kind == "reopened":
            _, final = await write_to_person(context, case, reopened_notice(context, case))
            if final:
                await storage.outbox_done(entry.id)
        elif entry.kind == "specialists" and entry.text is not None:
            await tell_specialists_closed(context, case, entry.text)  # a refusal is logged, never retried
            await storage.outbox_done(entry.id)
        elif entry.kind == "specialists-left" and entry.text is not None:
            notice = await specialists_left(context, case, entry.text)
            if notice is not None:
                await post_to_staff(context, case, notice)  # waits in the outbox if no chat takes it
            await storage.outbox_done(entry.id)
        elif entry.kind == "specialists-moved" and entry.text is not None:
            await tell_specialists_moved(context, case, entry.text)  # a refusal is logged, never retried
            await storage.outbox_done(entry.id)
        elif entry.kind == "staff" and entry.text is not None:
            if await post_notice(context, case, entry.text) is not None:
                await storage.outbox_done(entry.id)
        else:
            await storage.outbox_done(entry.id)


async def post_to_staff(context: BotContext, case: Case, text: str, kind: str = "notice") -> int | None:
    """A notice about a case in its staff chat (as a reply to its card so the thread stays together), else in the
    coordinator chat; its message id. When no chat accepts it, it waits in the outbox for the periodic job."""
    posted = await post_notice(context, case, text, kind)
    if posted is None:
        await context.bot_data.storage.add_outbox(case.id, "staff", text)
        return None
    return posted[1]


async def post_to_case_chats(context: BotContext, case: Case, notice: Callable[[int | None], str]) -> None:
    """A notice in the case's staff chat (post_to_staff), and its copy in the coordinator chat when the case is
    theirs to see too (an urgent organisation's case: handlers/casecopies.py), each in its chat's language."""
    await post_to_staff(context, case, notice(case.staff_chat_id))
    if case.staff_chat_id is not None:
        await copy_text(context, case, case.staff_chat_id, notice)


async def post_notice(
    context: BotContext, case: Case, text: str, kind: str = "notice"
) -> tuple[int, int] | None:
    """post_about_case for a notice, kept with the case as `kind` ("alert": an urgent alert), without its text, so
    that a staff reply to it is known to be about the case: it reaches the person as a reply to the card does, or
    staff are told why it cannot."""
    posted = await post_about_case(context, case, lambda chat_id: text)
    if posted is not None:
        await context.bot_data.storage.add_case_message(case.id, kind, "", *posted)
    return posted
