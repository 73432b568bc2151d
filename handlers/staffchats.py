"""Staff chats, wherever Telegram moved them: a message to a staff chat at its current id, following a group that
Telegram turned into a supergroup, and the coordinators told once what to change in which file."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, ReplyParameters
from telegram.error import ChatMigrated, TelegramError

from bot.runtime.context import BotContext
from bot.staff import configured_chat_id
from handlers.common import escape

log = logging.getLogger(__name__)


def current_chat_id(context: BotContext, chat_id: int) -> int:
    """Where a staff chat is now: the configured id, or the supergroup Telegram turned that group into."""
    return context.bot_data.storage.migrated_chats.get(chat_id, chat_id)


async def send_to_staff_chat(
    context: BotContext,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
) -> tuple[int, int]:
    """Send to a staff chat at its current id (in the forum topic `thread_id` when given), following it when
    Telegram answers that the group became a supergroup; (the chat id it went to, the message id). Other refusals
    are raised as Telegram gives them."""
    target = current_chat_id(context, chat_id)
    if target != chat_id:
        reply_to = (
            None  # message ids belong to their chat: a reply to the old group's card would point elsewhere
        )
    try:
        return target, await _send_to_group(context, target, text, markup, reply_to, thread_id)
    except ChatMigrated as moved:
        new_chat_id = int(moved.new_chat_id)
        await chat_migrated(context, target, new_chat_id)
        # Message ids belong to their chat: a reply to the old group's card would point at another message.
        return new_chat_id, await _send_to_group(context, new_chat_id, text, markup, None)


async def _send_to_group(
    context: BotContext,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
    reply_to: int | None,
    thread_id: int | None = None,
) -> int:
    """A message in a staff chat, as a reply to `reply_to` when given (or a plain message if that was deleted)."""
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    message = await context.bot.send_message(
        chat_id, text, reply_markup=markup, reply_parameters=reply, message_thread_id=thread_id
    )
    return message.message_id


async def chat_migrated(context: BotContext, old_chat_id: int, new_chat_id: int) -> None:
    """Remember a staff group's new id (it overrides the configured one) and tell the coordinators once what to
    change in which file."""
    data = context.bot_data
    if not await data.storage.record_chat_migration(old_chat_id, new_chat_id):
        return
    configured = configured_chat_id(new_chat_id, data.storage.migrated_chats)
    log.warning(
        "staff chat %s became the supergroup %s: the bot writes there now; update the configuration",
        configured,
        new_chat_id,
    )
    coordinator = data.config.staff.coordinator_chat_id
    if not coordinator:
        return
    tr = data.catalogs(data.config.staff.coordinator_language)
    if configured == coordinator:
        where = tr.gettext("coordinator_chat_id in the [staff] section of the config file")
    else:
        names = ", ".join(ngo.id for ngo in data.directory.by_staff_chat(configured)) or "?"
        where = tr.gettext("staff_chat_id of {organisations} in the NGO directory").format(
            organisations=escape(names)
        )
    text = tr.gettext(
        "⚠️ Telegram turned the staff group {old} into a supergroup with the new id {new}. The bot writes there "
        "now. Please set {where} to {new}."
    ).format(old=configured, new=new_chat_id, where=where)
    try:
        await context.bot.send_message(current_chat_id(context, coordinator), text)
    except TelegramError as error:
        log.warning("the coordinator chat could not be told about the new chat id (%s)", error)
