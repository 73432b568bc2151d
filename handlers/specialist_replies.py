"""A reply in a specialist's chat to the request the bot posted there ("I will call her tomorrow"): passed on to the
staff who hold the case, never to the person. The request names no one and the roster names a chat, not a person
(docs/specialists.md): whoever is in that chat arranges the contact through the case's staff, so their words go to
those staff, and the specialist is told so in their chat."""

from __future__ import annotations

import logging

from telegram import Message

from bot.runtime.context import BotContext
from bot.staff import configured_chat_id
from handlers.cards import post_about_case, staff_translator
from handlers.common import escape
from handlers.specialist_labels import role_label

log = logging.getLogger(__name__)


async def reply_to_request(context: BotContext, message: Message) -> bool:
    """Whether `message` replies to a request to a specialist; if so, it went to the case's staff chat (as a reply to
    the card) and the specialist was told where it went, or that it could not get there."""
    replied = message.reply_to_message
    if replied is None or message.text is None:
        return False
    data = context.bot_data
    request = await data.storage.request_of_message(message.chat_id, replied.message_id)
    case = await data.storage.case(request.case_id) if request is not None else None
    if request is None or case is None:
        return False
    specialist = data.roster.get(request.specialist_id)
    tr = data.catalogs(specialist.staff_language if specialist else "en")
    migrated = data.storage.migrated_chats
    here = configured_chat_id(message.chat_id, migrated)
    if case.staff_chat_id is not None and configured_chat_id(case.staff_chat_id, migrated) == here:
        # their chat is the case's own: the card is right here
        await message.reply_text(
            tr.gettext(
                "Nothing was sent: the person cannot see requests to specialists. Staff of case #{number} write to "
                "the person by replying to its card."
            ).format(number=case.id)
        )
        return True

    def note(chat_id: int) -> str:
        theirs = staff_translator(context, chat_id)
        heading = theirs.gettext("🧑‍⚕️ Case #{number}: {role} {specialist} writes to you:").format(
            number=case.id, role=role_label(theirs, request.role), specialist=escape(request.specialist_id)
        )
        return f"{heading}\n{escape(message.text or '')}"

    # Not kept with the case: a staff reply to it must not reach the person, who did not write it
    posted = await post_about_case(context, case, note)
    if posted is None:
        log.warning("case %s: a specialist's reply could not reach the staff chat", case.id)
        text = tr.gettext(
            "Not delivered: the chat of the staff of case #{number} cannot be reached right now. Reach them another "
            "way."
        )
    else:
        text = tr.gettext(
            "📨 Passed on to the staff of case #{number}, not to the person: the bot writes to the person only from "
            "their staff, and they arrange the contact with you."
        )
    await message.reply_text(text.format(number=case.id))
    return True
