"""A person edits a message they sent. Telegram shows them the new text, so they believe it is what the bot and staff
have: on an open case the edit goes to staff, marked as an edit (handlers/opencase.relay_origin), danger in it
answered as danger (the request's own message too: the card then shows the edited text, marked as edited); under the offer to write again after a
close, the edit replaces the message held for staff; outside a case, an edit of their latest message is answered as that message would be (a typo
fixed in a question wants the answer to the fixed question). An edit of an older message is left alone: the
conversation has moved on, and an answer to it would land under newer ones and could step a flow back. Each edit is
answered once, and an edit of a message the bot never saw (before /forget, before a restart, or before the bot knew
the person) is never answered outside a case."""

from __future__ import annotations

import hashlib
import logging

from telegram import Update
from telegram.constants import ChatType

from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.delivery import deliver_outbox

log = logging.getLogger(__name__)


async def answer_edit(update: Update, context: BotContext) -> None:
    """Answer an edited message of a private chat as a new message once, where the person expects it."""
    message = update.edited_message
    user = message.from_user if message is not None else None
    if message is None or user is None or user.is_bot or message.chat.type != ChatType.PRIVATE:
        return  # staff chats' edits: handlers/staff_edits.py
    data = context.bot_data
    storage = data.storage
    if await storage.get_person(user.id) is None:
        return  # a person the bot does not know (or who used /forget): nothing to answer
    written = message.text or message.caption or ""
    seen = f"{message.message_id}:{hashlib.sha256(written.encode()).hexdigest()[:16]}"
    now = storage.now()
    if data.edits_answered.get(user.id, now) == seen:
        return  # the same edit twice (Telegram may send it again): answered once
    newest = data.last_written.get(user.id, now)
    case = await storage.open_case_for(user.id)
    if case is None and await storage.edit_held(user.id, message.message_id, written):
        # Held under the offer to write again: the offer now sends the new text, once, and the answer given stands
        # (a fresh answer would bring a fresh offer); danger in it is answered as danger all the same
        if context.danger_in(written) is None:
            data.edits_answered.note(user.id, seen, now)
            log.info("an edit of a message held under the offer to write again: the held text replaced")
            return
    elif case is None and newest != str(message.message_id):
        log.info("an edit of an earlier message, outside a case: left unanswered")
        return
    if case is not None and not await _written_to_the_case(context, case, message.message_id):
        # A question asked of the bot before the request (or /start): staff never had it, and the consent screen
        # said nothing else is shared; relaying its edit would share it now
        log.info("an edit of a message from before the case: left unanswered")
        return
    data.edits_answered.note(user.id, seen, now)
    if case is not None and await storage.edit_request_message(case.id, message.message_id, written):
        await deliver_outbox(context, case.id)  # the card (and /case) show the request's message as edited
    # Everything after this is what a new message gets (the flood guard, danger, the case's relay), marked as an edit
    # where it is relayed: the edited message goes through the handlers as a message.
    again = Update(update.update_id, message=message)
    again.set_bot(context.bot)
    await context.application.process_update(again)


async def _written_to_the_case(context: BotContext, case: Case, message_id: int) -> bool:
    """Whether the message was written on the case: the request's own message (shown on the card, with the
    person's consent), or not older than the first of the person's messages the case holds."""
    if message_id in case.request_message_ids:
        return True
    first = await context.bot_data.storage.first_relayed_message(case.id)
    return first is not None and message_id >= first


def note_written(context: BotContext, user_id: int, message_id: int) -> None:
    """A person's new message (not an edit): the one whose edit outside a case is answered."""
    data = context.bot_data
    data.last_written.note(user_id, str(message_id), data.storage.now())
