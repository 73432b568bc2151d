"""Copies of a case's messages for the other staff chats that see the case (bot.casework.chats_seeing): while an
organisation's case is urgent, a coordinator holds it or the coordinators wrote to its person, the person's words
reach the coordinators too, and what either team writes to the person is shown to the other, so that nobody answers
without knowing what the other said. A copy is kept with the case like a notice: a reply to it reaches the person. A
copy that a chat refuses is logged and not retried: the message itself reached its chat and the person."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import Message
from telegram.error import BadRequest, TelegramError

from bot.casework import chats_seeing, copies_for
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import configured_chat_id
from bot.storage import Case, RelayedPiece
from bot.textpieces import MAX_MESSAGE_UNITS, split_text, utf16_units
from handlers.cards import card_in, organisation_name, send_about_case, sender_name, staff_translator
from handlers.common import escape
from handlers.copies import SourceGone, copy_message, kind_label

log = logging.getLogger(__name__)


def seeing(context: BotContext, case: Case) -> tuple[int, ...]:
    """The staff chats that see the case's messages now, as configured. The case of an organisation the directory
    no longer lists is the coordinators' alone (bot.staff.case_chats): nobody in its old chat may act on it."""
    data = context.bot_data
    coordinator = data.config.staff.coordinator_chat_id or None
    removed = case.ngo_id is not None and data.directory.get(case.ngo_id) is None
    if removed or case.staff_chat_id is None:
        case_chat = coordinator if removed else None
    else:
        case_chat = configured_chat_id(case.staff_chat_id, data.storage.migrated_chats)
    return chats_seeing(
        case_chat,
        coordinator,
        held_by_ngo=case.ngo_id is not None and not removed,
        urgent=case.urgent and case.is_open,
        claimed_by_coordinators=case.claimed_by_coordinators and case.is_open,
        coordinators_wrote=case.coordinators_wrote and case.is_open,
    )


async def join_by_writing(context: BotContext, case: Case, message: Message) -> Case:
    """The coordinators writing to the person of an organisation's case they do not see (`message`, in their chat)
    see its messages from then on (bot.casework.chats_seeing), and are told so once, under what they wrote."""
    data = context.bot_data
    coordinator = data.config.staff.coordinator_chat_id or None
    written_in = configured_chat_id(message.chat_id, data.storage.migrated_chats)
    if coordinator is None or written_in != coordinator or coordinator in seeing(context, case):
        return case
    joined = await data.storage.coordinators_joined(case.id)
    if joined is None:
        return case
    tr = staff_translator(context, coordinator)
    note = tr.gettext(
        "👀 Case #{number} is {organisation}'s. From now on the person's messages on it reach this chat too, and "
        "what either chat writes to them is shown to the other."
    ).format(number=case.id, organisation=escape(organisation_name(context, case, tr.language)))
    try:
        sent = await message.reply_text(note)
    except TelegramError as error:
        log.warning("case %s: the coordinators could not be told they see it (%s)", case.id, error)
        return joined
    await data.storage.add_case_message(case.id, "notice", "", sent.chat_id, sent.message_id)
    return joined


def other_chats(context: BotContext, case: Case, chat_id: int) -> tuple[int, ...]:
    """The chats that get a copy of what was written in, or first posted to, `chat_id`."""
    return copies_for(
        seeing(context, case), configured_chat_id(chat_id, context.bot_data.storage.migrated_chats)
    )


async def _reply_to(context: BotContext, case: Case, chat_id: int) -> int | None:
    """What a copy in `chat_id` replies to: the case's card there, or the copy of it the chat was alerted with, so
    that an urgent case's messages follow its one alert in the coordinators' chat."""
    if chat_id == case.staff_chat_id:
        return case.card_message_id
    copy = await card_in(context, chat_id, case)
    return copy[1] if copy is not None else None


async def copy_text(
    context: BotContext,
    case: Case,
    chat_id: int,
    render: Callable[[int], str],
    reply: tuple[int, int] | None = None,
) -> None:
    """`render(chat)` in each other chat that sees the case, kept with the case; a copy of the staff reply `reply`
    (its chat and message) is kept as one, for an edit of the reply to follow."""
    storage = context.bot_data.storage
    for other in other_chats(context, case, chat_id):
        reply_to = await _reply_to(context, case, other)
        try:
            posted = await send_about_case(context, case, other, render(other), reply_to=reply_to)
        except TelegramError as error:
            log.warning("case %s: a copy could not reach chat %s (%s)", case.id, other, error)
            continue
        if reply is None:
            await storage.add_case_message(case.id, "notice", "", *posted)
        else:
            await storage.add_reply_copy(case.id, reply, *posted)


async def copy_media(
    context: BotContext,
    case: Case,
    chat_id: int,
    source: tuple[int, int, str, str],
    heading: Callable[[Translator], str],
) -> None:
    """A media message (`source`: its chat, id, kind and caption) copied under `heading` to each other chat."""
    from_chat, message_id, kind, caption = source
    for other in other_chats(context, case, chat_id):
        tr = staff_translator(context, other)
        pair = (heading(tr), f"{heading(tr)} ⬆️ {kind_label(tr, kind)}")
        reply_to = await _reply_to(context, case, other)
        try:
            copy_id, line_id = await copy_message(
                context, other, from_chat, message_id, kind, pair, caption, reply_to
            )
        except (SourceGone, TelegramError) as error:
            log.warning("case %s: a copy could not reach chat %s (%s)", case.id, other, error)
            continue
        for posted in (copy_id, line_id):
            if posted is not None:
                await context.bot_data.storage.add_case_message(case.id, "notice", "", other, posted)


def staff_heading(
    context: BotContext, case: Case, written_in: int, *, edited: bool = False
) -> Callable[[Translator], str]:
    """The heading of a copy of what staff of `written_in` wrote to the person, in the copy's chat's language;
    `edited`: marked as edited, as the person's copy is."""

    def heading(tr: Translator) -> str:
        sender = escape(sender_name(context, case, written_in, tr.language))
        if edited:
            # TRANSLATORS: above a copy of a staff reply the writer edited after it reached the person.
            text = tr.gettext("💬 Case #{number}: {sender} writes to the person (✏️ edited):")
        else:
            text = tr.gettext("💬 Case #{number}: {sender} writes to the person:")
        return text.format(number=case.id, sender=sender)

    return heading


def _staff_copy(context: BotContext, heading: Callable[[Translator], str], chat: int, text: str) -> str:
    """A copy of a worker's words under `heading` in `chat`'s language, cut to one message if it must be."""
    head = heading(staff_translator(context, chat))
    room = MAX_MESSAGE_UNITS - utf16_units(head) - 2  # the line break, and "…" after words cut
    shown = text if utf16_units(text) <= room else f"{split_text(text, room)[0]}…"
    return f"{head}\n{escape(shown)}"


async def copy_staff_text(context: BotContext, case: Case, reply: tuple[int, int], text: str) -> None:
    """What a worker wrote to the person (`reply`: the chat and message they wrote it as), shown to the other chats
    that see the case."""
    heading = staff_heading(context, case, reply[0])
    await copy_text(context, case, reply[0], lambda chat: _staff_copy(context, heading, chat, text), reply)


async def edit_staff_copies(context: BotContext, case: Case, reply: tuple[int, int], text: str) -> None:
    """A worker's edit of their reply `reply` that reached the person, made in its copies in the other chats too and
    marked as edited, so that nobody there reads words the person no longer has. A copy Telegram will not edit is
    logged: the reply itself and the person's copy have the new words."""
    heading = staff_heading(context, case, reply[0], edited=True)
    for chat_id, message_id in await context.bot_data.storage.reply_copies(*reply):
        try:
            await context.bot.edit_message_text(
                _staff_copy(context, heading, chat_id, text), chat_id=chat_id, message_id=message_id
            )
        except BadRequest as error:
            if "not modified" not in str(error).lower():  # the same edit twice: the copy has it
                log.info("case %s: a copy of a staff reply could not be edited (%s)", case.id, error)
        except TelegramError as error:
            log.warning("case %s: a copy of a staff reply could not be edited (%s)", case.id, error)


async def copy_sent_html(context: BotContext, case: Case, written_in: int, sent: str) -> None:
    """What staff had the bot send the person (a /send answer, `sent`: HTML exactly as the person got it), shown
    to the other chats that see the case. Under a heading longer than the person's, an answer that no longer fits
    one message is shown by its opening paragraphs."""
    heading = staff_heading(context, case, written_in)

    def render(chat: int) -> str:
        whole = f"{heading(staff_translator(context, chat))}\n{sent}"
        if utf16_units(whole) <= MAX_MESSAGE_UNITS:
            return whole
        opening = "\n\n".join(sent.split("\n\n")[:2])
        return f"{heading(staff_translator(context, chat))}\n{opening}\n…"

    await copy_text(context, case, written_in, render)


async def copy_person_media(
    context: BotContext, case: Case, piece: RelayedPiece, posted_in: int, heading: Callable[[Translator], str]
) -> None:
    """A person's media piece, posted to `posted_in`, copied to the other chats that see the case."""
    if case.user_id is None or piece.person_message_id is None or piece.kind is None:
        return
    await copy_media(
        context, case, posted_in, (case.user_id, piece.person_message_id, piece.kind, piece.text), heading
    )
