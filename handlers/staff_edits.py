"""A staff member edits a reply already relayed to a person (a typo, or words sent on the wrong case): the person's
copy is edited too, marked as edited, as are the copies the other staff chats that see the case were shown
(handlers/casecopies.py), and the case keeps the new words. When that cannot be done (a reply sent in
parts or with a photo, a case closed or hidden since, Telegram refusing the edit) the staff member is told, as a reply
to their message, that the person still has what was first sent. A reply held while the person hid the chat takes
the new words silently: she has seen nothing yet, and gets them when she opens it."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot.casework import HOTLINE_TEAM, ToPerson, to_person
from bot.runtime.context import BotContext
from bot.textpieces import MAX_MESSAGE_UNITS, utf16_units
from handlers.cards import sender_name
from handlers.casecopies import edit_staff_copies
from handlers.common import escape
from handlers.staff import quiet_scope

log = logging.getLogger(__name__)


async def relay_staff_edit(update: Update, context: BotContext) -> None:
    """An edited message in a staff chat: if it is a reply relayed to a person, their copy follows it."""
    message = update.edited_message
    user = message.from_user if message is not None else None
    scope = quiet_scope(update, context)
    if message is None or user is None or user.is_bot or scope is None:
        return
    storage = context.bot_data.storage
    found = await storage.staff_reply_copy(message.chat_id, message.message_id)
    if found is None:
        # A reply held while the person hid the chat takes the new words, to be shown when she opens it; anything
        # else (a note, a command, a word among staff) has nothing to follow
        if message.text is not None:
            await storage.edit_held_reply(message.chat_id, message.message_id, message.text, user.id)
        return
    case_id, copy, written_for = found
    case = await storage.case(case_id)
    written = message.text
    edited = False
    if (
        written is not None
        and copy is not None
        and case is not None
        and case.user_id is not None
        and case.is_open
        and to_person(hidden=case.hidden_at is not None, by_worker=True) is ToPerson.SEND
    ):
        theirs = context.bot_data.catalogs(case.language)
        # signed as first sent: by the organisation that had the case then, though it was referred since
        signed = replace(case, ngo_id=None if written_for == HOTLINE_TEAM else written_for)
        sender = escape(sender_name(context, signed, message.chat_id, case.language, signature=True))
        # TRANSLATORS: the heading of a staff message the person got, after staff edited it: "💬 Organisation (✏️ edited):".
        heading = theirs.gettext("💬 <b>{sender}</b> (✏️ edited):").format(sender=sender)
        text = f"{heading}\n{escape(written)}"
        try:
            if utf16_units(text) <= MAX_MESSAGE_UNITS:
                await context.bot.edit_message_text(text, chat_id=case.user_id, message_id=copy)
                edited = True
        except BadRequest as error:
            edited = "not modified" in str(error).lower()  # the same edit twice: the person has it
            if not edited:
                log.info(
                    "case %s: the person's copy of a staff reply could not be edited (%s)", case.id, error
                )
        except TelegramError as error:
            log.warning(
                "case %s: the person's copy of a staff reply could not be edited (%s)", case.id, error
            )
    if edited and written is not None and case is not None:
        await storage.edit_staff_reply(message.chat_id, message.message_id, written, user.id)
        # the other team's copy too (an urgent case's coordinators, an NGO's on the coordinators' words)
        await edit_staff_copies(context, case, (message.chat_id, message.message_id), written)
        return
    tr = context.bot_data.catalogs(scope.language)
    try:
        await message.reply_text(
            tr.gettext(
                "✏️ Not changed for the person: they still have this message as first sent. To correct it, write "
                "to them again (see /help)."
            )
        )
    except TelegramError as error:
        log.warning("a staff chat could not be told an edit was not passed on (%s)", error)
