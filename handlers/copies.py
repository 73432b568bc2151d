"""Media both ways, with copyMessage: a person's voice note, photo, document ... copied into the case's staff chat
under a heading with the case number, and a staff member's copied to the person signed with the organisation's
name. A copy never shows who sent the original, so staff accounts stay hidden from the person.

A kind with a caption gets the heading (or signature) as its caption when both fit in Telegram's 1024 characters;
any other copy keeps its own caption and gets a short line after it, as a reply to the copy."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import Message, ReplyParameters
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import case_chats
from bot.storage import Case, RelayedPiece
from bot.textpieces import has_visible, utf16_units
from handlers.cards import staff_translator, topic_lost
from handlers.common import escape
from handlers.forum import case_thread, thread_not_found
from handlers.staffchats import chat_migrated, current_chat_id, send_to_staff_chat
from handlers.toperson import person_blocked

log = logging.getLogger(__name__)

# The kinds a person or staff member may send on a case, and those of them Telegram shows with a caption.
MEDIA_KINDS = ("voice", "audio", "photo", "video", "video_note", "document", "location", "contact")
CAPTIONED_KINDS = frozenset({"voice", "audio", "photo", "video", "document"})
MAX_CAPTION_UNITS = 1024
_SOURCE_GONE = "message to copy not found"


def message_kind(message: Message) -> tuple[str, str] | None:
    """(the kind, the caption or "") of a media message, or None for any other. A caption that shows nothing
    (zero-width characters alone) is no caption."""
    for kind in MEDIA_KINDS:
        if getattr(message, kind):
            caption = message.caption or ""
            return kind, caption if has_visible(caption) else ""
    return None


def kind_label(tr: Translator, kind: str) -> str:
    return {
        "voice": tr.pgettext("media", "🎤 voice message"),
        "audio": tr.pgettext("media", "🎵 audio"),
        "photo": tr.pgettext("media", "🖼 photo"),
        "video": tr.pgettext("media", "🎬 video"),
        "video_note": tr.pgettext("media", "📹 video message"),
        "document": tr.pgettext("media", "📄 document"),
        "location": tr.pgettext("media", "📍 location"),
        "contact": tr.pgettext("media", "👤 contact"),
    }.get(kind, kind)


class SourceGone(Exception):
    """The original message is gone (the person deleted it, or /hide did): no chat can get a copy of it."""


async def copy_message(
    context: BotContext,
    chat_id: int,
    from_chat_id: int,
    message_id: int,
    kind: str,
    headings: tuple[str, str],
    caption: str,
    reply_to: int | None,
    thread_id: int | None = None,
) -> tuple[int, int | None]:
    """Copy a message with `heading` (HTML: the caption's first line, the line after a copy without one) above its
    `caption` (as written, escaped here); (the copy's id, the id of the line posted after it, if any). SourceGone
    when the original no longer exists."""
    heading, line_after = headings
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    captioned = kind in CAPTIONED_KINDS and (
        utf16_units(heading) + 1 + utf16_units(escape(caption)) <= MAX_CAPTION_UNITS
    )
    try:
        if captioned:
            new_caption = f"{heading}\n{escape(caption)}" if caption else heading
            copy = await context.bot.copy_message(
                chat_id,
                from_chat_id,
                message_id,
                caption=new_caption,
                reply_parameters=reply,
                message_thread_id=thread_id,
            )
            return copy.message_id, None
        copy = await context.bot.copy_message(
            chat_id, from_chat_id, message_id, reply_parameters=reply, message_thread_id=thread_id
        )
    except BadRequest as error:
        if _SOURCE_GONE in str(error).lower():
            raise SourceGone from error
        raise
    try:
        line = await context.bot.send_message(
            chat_id,
            line_after,
            reply_parameters=ReplyParameters(copy.message_id, allow_sending_without_reply=True),
            message_thread_id=thread_id,
        )
    except TelegramError as error:
        log.warning("the line after a copy could not be sent to chat %s (%s)", chat_id, error)
        return copy.message_id, None
    return copy.message_id, line.message_id


async def copy_to_staff_chat(
    context: BotContext,
    chat_id: int,
    case: Case,
    source: tuple[int, int, str, str],
    heading: tuple[str, str],
    reply_to: int | None,
) -> tuple[int, int, int | None]:
    """A media message (`source`: its chat, id, kind and caption: the person's, or a specialist's) copied about a
    case to a staff chat at its current id, following a group that became a supergroup; (the chat, the copy, the
    line after it)."""
    from_chat, message_id, kind, caption = source
    target = current_chat_id(context, chat_id)
    if target != chat_id:
        reply_to = None  # message ids belong to their chat
    copy = (from_chat, message_id, kind, heading, caption)
    thread = await case_thread(context, case.id, target)
    if thread is not None:
        # In the case's forum topic; a topic deleted meanwhile is remembered as lost, said so, and the copy goes to
        # the general topic under a new card (as send_about_case does for texts).
        try:
            return target, *await copy_message(context, target, *copy, None, thread)
        except BadRequest as error:
            if not thread_not_found(error):
                raise
        target, reply_to = await topic_lost(context, case, target)
    try:
        return target, *await copy_message(context, target, *copy, reply_to)
    except ChatMigrated as moved:
        new_chat_id = int(moved.new_chat_id)
        await chat_migrated(context, target, new_chat_id)
        return new_chat_id, *await copy_message(context, new_chat_id, *copy, None)


def person_source(case: Case, piece: RelayedPiece) -> tuple[int, int, str, str]:
    """Where a person's media piece is copied from: their chat, its message, its kind and caption."""
    assert case.user_id is not None and piece.person_message_id is not None and piece.kind is not None
    return case.user_id, piece.person_message_id, piece.kind, piece.text


async def post_media_about_case(
    context: BotContext, case: Case, source: tuple[int, int, str, str], heading: Callable[[Translator], str]
) -> tuple[int, int, int | None] | None:
    """A media message (`source`, as copy_to_staff_chat's) in the case's staff chat, else in the coordinator chat,
    as text pieces are (see handlers/cards.py post_about_case); (chat, copy, line after it), or None when no chat
    accepted it now. A person's original that is gone is said so in the chat in its place, so the pieces after it
    are not held up for ever."""
    data = context.bot_data
    for chat_id in case_chats(data.config, data.directory, case.ngo_id, case.staff_chat_id):
        reply_to = case.card_message_id if chat_id == case.staff_chat_id else None
        tr = staff_translator(context, chat_id)
        label = kind_label(tr, source[2])
        try:
            pair = (heading(tr), f"{heading(tr)} ⬆️ {label}")
            return await copy_to_staff_chat(context, chat_id, case, source, pair, reply_to)
        except SourceGone:
            if source[0] != case.user_id:
                return None
            log.info("case %s: a media message was deleted before it reached staff", case.id)
            text = tr.gettext("{heading} {kind} (deleted by the person before it reached you)").format(
                heading=heading(tr), kind=label
            )
            return await _note_in_place(context, case, text, reply_to, chat_id)
        except (Forbidden, BadRequest) as error:
            log.warning("case %s: chat %s refused a copy (%s); falling back", case.id, chat_id, error)
        except TelegramError as error:
            log.warning("case %s: copying to chat %s failed (%s); retried later", case.id, chat_id, error)
            return None
    return None


async def _note_in_place(
    context: BotContext, case: Case, text: str, reply_to: int | None, chat_id: int
) -> tuple[int, int, int | None] | None:
    try:
        posted_in, message_id = await send_to_staff_chat(context, chat_id, text, reply_to=reply_to)
    except TelegramError as error:
        log.warning("case %s: chat %s refused a note (%s); retried later", case.id, chat_id, error)
        return None
    return posted_in, message_id, None


async def copy_to_person(
    context: BotContext,
    case: Case,
    from_chat_id: int,
    message_id: int,
    kind: str,
    caption: str,
    signature: tuple[str, str],
) -> bool:
    """A staff member's media message copied to the person of a case, signed; the copy and the line after it are
    remembered for /hide. A person who blocked the bot is noted on the case, as for texts."""
    if case.user_id is None:
        return False
    try:
        copy_id, line_id = await copy_message(
            context, case.user_id, from_chat_id, message_id, kind, signature, caption, None
        )
    except Forbidden:
        await person_blocked(context, case)
        return False
    except (SourceGone, TelegramError) as error:
        log.warning("case %s: a media message could not be copied to the person (%s)", case.id, error)
        return False
    for sent in (copy_id, line_id):
        if sent is not None:
            await context.bot_data.storage.remember_message(case.user_id, sent)
    return True
