"""What someone who is not staff is told when they use a staff command, button or reply (handlers/staff.py
`authorised` decides): a staff button forged in a person's chat is "out of date" in the person's language; in a
staff chat, someone writing as the group or a channel is told to write as themselves, anyone else that this is for
staff, once in REFUSAL_SECONDS. Logged by kind only, never with a chat's or a person's id."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType

from bot.runtime.context import BotContext
from bot.staff import is_staff_chat
from handlers.cards import staff_translator
from handlers.common import answer_query, refuse_button
from handlers.forum import send_in_topic

log = logging.getLogger(__name__)

# How long a member of a staff chat who is not staff goes unanswered after a refusal: one who keeps writing must not
# make the bot fill the staff chat with refusals.
REFUSAL_SECONDS = 600


async def refuse_staff_action(update: Update, context: BotContext) -> None:
    """A polite refusal of a staff action to someone who is not staff."""
    chat = update.effective_chat
    user = update.effective_user
    data = context.bot_data
    if chat is None or chat.type == ChatType.PRIVATE:
        # A private chat's id is the person's Telegram id: the log says only what kind of refusal it was
        log.warning("refused a staff action in a private chat")
        await refuse_button(update, context)  # nothing here tells a prober that staff buttons exist
        return
    message = update.message
    sender_chat = message.sender_chat if message is not None else None
    tr = staff_translator(context, chat.id)
    if sender_chat is not None:
        kind = "a message sent as the group or a channel"
        refusal = tr.gettext(
            "You are writing as the group or as a channel, so the bot cannot tell who you are. To act on cases, "
            "turn off “Remain anonymous” in your admin rights (or write as yourself, not as the channel)."
        )
    else:
        kind = "not staff"
        refusal = tr.gettext("Sorry, this is only for the network's staff.")
        if is_staff_chat(data.config, data.directory, chat.id, data.storage.migrated_chats):
            # Someone in a staff chat who is not staff yet (a new colleague): say who can change that
            refusal += " " + tr.gettext(
                "A coordinator can add you: they reply to one of your messages with /addstaff."
            )
    if update.callback_query:
        log.warning("refused a staff button in a group: %s", kind)
        await answer_query(update, refusal)  # seen by the one who pressed it only
        return
    sender = sender_chat.id if sender_chat is not None else user.id if user is not None else chat.id
    now = data.storage.now()
    told = data.staff_refused.get(sender, now)
    if told is not None and now - int(told) < REFUSAL_SECONDS:
        log.info("refused a staff action in a group again, unanswered: %s", kind)
        return
    data.staff_refused.note(sender, str(now), now)
    log.warning("refused a staff action in a group: %s", kind)
    await send_in_topic(update, context, chat.id, refusal)
