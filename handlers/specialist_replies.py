"""The conversation between a specialist and the staff who hold a case, through the bot: a reply in the specialist's
chat to the request ("I will call her tomorrow"), or to anything the bot relayed or confirmed there, goes to the
case's staff chat (a photo or voice note as a copy under the same heading as a text); a staff reply to the specialist's relayed words, or to the bot's confirmation, goes back to the
specialist's chat. Never to the person. The request names no one and the roster names a chat, not a person
(docs/specialists.md): whoever is in that chat arranges the contact through the case's staff, and each side is told
where their words went."""

from __future__ import annotations

import logging

from telegram import Message
from telegram.error import TelegramError

from bot.casework import HOTLINE_TEAM
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import configured_chat_id
from bot.storage import Case, SpecialistRequest
from handlers.cards import ngo_name, post_about_case, sender_name, staff_translator
from handlers.common import escape
from handlers.copies import SourceGone, copy_message, kind_label, message_kind, post_media_about_case
from handlers.specialist_labels import role_label
from handlers.specialist_requests import left_roster_line, request_translator
from handlers.staffchats import current_chat_id, send_to_staff_chat

log = logging.getLogger(__name__)


async def reply_to_request(context: BotContext, message: Message) -> bool:
    """Whether `message` replies to a request to a specialist or to a message of the conversation on it; if so, it
    went to the other side (as a reply there) and its writer was told where it went, or that it could not get
    there."""
    replied = message.reply_to_message
    if replied is None or (message.text is None and message_kind(message) is None):
        return False
    data = context.bot_data
    request = await data.storage.request_of_message(message.chat_id, replied.message_id)
    if request is None:
        return await _on_forgotten_request(context, message, replied.message_id)
    case = await data.storage.case(request.case_id)
    if case is None:
        return False
    migrated = data.storage.migrated_chats
    here = configured_chat_id(message.chat_id, migrated)
    theirs = configured_chat_id(request.chat_id, migrated) == here
    if request.end_reason == "left":
        await _after_leaving(context, message, request, from_them=theirs)
        return True
    if not theirs:
        await _to_specialist(context, message, request, case)
        return True
    tr = request_translator(context, request)
    if case.staff_chat_id is not None and configured_chat_id(case.staff_chat_id, migrated) == here:
        # Their chat is the case's own (docs/specialists.md allows it): a reply to the request is the specialist
        # talking to the staff, who read it right here; a reply to the card is staff writing to the person.
        shared = await message.reply_text(
            tr.gettext(
                "👥 Case #{number}: the specialist and the case's staff share this chat, so your reply is read here "
                "and goes no further. Staff write to the person by replying to the case's card."
            ).format(number=case.id)
        )
        await data.storage.add_request_message(request.id, shared.chat_id, shared.message_id)
        return True

    def heading(theirs: Translator) -> str:
        return theirs.gettext("🧑‍⚕️ Case #{number}: {role} {specialist} writes to you:").format(
            number=case.id, role=role_label(theirs, request.role), specialist=escape(request.specialist_id)
        )

    # Not kept with the case: a staff reply to it must not reach the person, who did not write it; it goes back to
    # the specialist.
    media = message_kind(message)
    posted: tuple[int, ...] | None
    if media is None:
        posted = await post_about_case(
            context,
            case,
            lambda chat: f"{heading(staff_translator(context, chat))}\n{escape(message.text or '')}",
        )
    else:  # a photo, a voice note ...: copied, under the same heading
        source = (message.chat_id, message.message_id, *media)
        copied = await post_media_about_case(context, case, source, heading)
        posted = None if copied is None else tuple(i for i in copied if i is not None)
    if posted is None:
        log.warning("case %s: a specialist's reply could not reach the staff chat", case.id)
        text = tr.gettext(
            "Not delivered: the chat of the staff of case #{number} cannot be reached right now. Reach them another "
            "way."
        )
    else:
        for message_id in posted[1:]:  # the copy, and the line after it if any: a reply to either goes back
            await data.storage.add_request_message(request.id, posted[0], message_id)
        text = tr.gettext(
            "📨 Passed on to the staff of case #{number} ({organisation}), not to the person: the bot writes to the "
            "person only from their staff, and they arrange the contact with you."
        )
    organisation = escape(ngo_name(context, case.ngo_id or HOTLINE_TEAM, tr.language))
    confirmation = await message.reply_text(text.format(number=case.id, organisation=organisation))
    if posted is not None:
        await data.storage.add_request_message(request.id, confirmation.chat_id, confirmation.message_id)
    return True


async def _on_forgotten_request(context: BotContext, message: Message, replied_id: int) -> bool:
    """Whether `message`, in a specialist's chat, replies to the request (or the conversation on it) of a case whose
    person used /forget: the request went with them, and the specialist is told plainly that nothing was sent.
    In the case's own staff chat the staff reply's "withdrawn by the person" answers it instead."""
    data = context.bot_data
    here = configured_chat_id(message.chat_id, data.storage.migrated_chats)
    specialist = data.roster.in_chat(here)
    case = await data.storage.case_for_staff_message(message.chat_id, replied_id) if specialist else None
    if specialist is None or case is None or case.user_id is not None or case.is_open:
        return False
    if (
        case.staff_chat_id is not None
        and configured_chat_id(case.staff_chat_id, data.storage.migrated_chats) == here
    ):
        return False
    tr = data.catalogs(specialist.staff_language)
    await message.reply_text(
        tr.gettext(
            "Case #{number} was closed: the person asked the bot to delete their data. Your message was not sent."
        ).format(number=case.id)
    )
    return True


async def _after_leaving(
    context: BotContext, message: Message, request: SpecialistRequest, *, from_them: bool
) -> None:
    """A reply on a request whose specialist is no longer on the roster reaches nobody, and its writer is told:
    the specialist in their language, staff in their chat's."""
    if from_them:
        await message.reply_text(left_roster_line(request_translator(context, request)))
        return
    tr = staff_translator(context, message.chat_id)
    await message.reply_text(
        tr.gettext(
            "{specialist} is no longer on the network's roster of specialists: the message was not sent. Ask "
            "another specialist from the case's card."
        ).format(specialist=escape(request.specialist_id))
    )


async def _to_specialist(
    context: BotContext, message: Message, request: SpecialistRequest, case: Case
) -> None:
    """A staff reply on the conversation with a specialist: to the specialist's chat, under the request there, and
    the staff told it went there (or that it could not)."""
    data = context.bot_data
    theirs = request_translator(context, request)
    heading = theirs.gettext("💬 Case #{number}: {sender} writes to you:").format(
        number=case.id,
        sender=escape(sender_name(context, case, message.chat_id, theirs.language, signature=True)),
    )
    tr = staff_translator(context, message.chat_id)
    who = {
        "number": case.id,
        "role": role_label(tr, request.role),
        "specialist": escape(request.specialist_id),
    }
    media = message_kind(message)
    try:
        if media is None:
            posted: tuple[int, ...] = await send_to_staff_chat(
                context,
                request.chat_id,
                f"{heading}\n{escape(message.text or '')}",
                reply_to=request.message_id,
            )
        else:  # a photo, a voice note ...: copied under the same heading
            target = current_chat_id(context, request.chat_id)
            pair = (heading, f"{heading} ⬆️ {kind_label(theirs, media[0])}")
            reply_to = request.message_id if target == request.chat_id else None
            ids = await copy_message(
                context, target, message.chat_id, message.message_id, media[0], pair, media[1], reply_to
            )
            posted = (target, *(i for i in ids if i is not None))
    except (SourceGone, TelegramError) as error:
        log.warning("case %s: a staff reply could not reach the specialist's chat (%s)", case.id, error)
        await message.reply_text(
            tr.gettext(
                "Not delivered: the chat of {role} {specialist} cannot be reached right now. Reach them another way."
            ).format(**who)
        )
        return
    for message_id in posted[1:]:
        await data.storage.add_request_message(request.id, posted[0], message_id)
    confirmation = await message.reply_text(
        tr.gettext(
            "📨 Passed on to {role} {specialist} for case #{number}, not to the person. A reply there comes back "
            "here."
        ).format(**who)
    )
    await data.storage.add_request_message(request.id, confirmation.chat_id, confirmation.message_id)
