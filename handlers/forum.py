"""A thread per case: in a staff chat that is a forum supergroup, each case has a topic of its own (its card first,
then everything about it), staff write in it without replying, and it closes and reopens with the case.

Telegram tells whether a chat is a forum (getChat, and every update from the chat); the bot keeps that, and each
case's topic, in the database (Telegram has no method to list topics). Where the bot may not create topics, the
case's messages go to the general topic as replies to its card, as in a plain group; where its topic was deleted,
they go to the general topic after a note that says so."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, ChatMigrated, TelegramError

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.labels import service_label, velayat_label

log = logging.getLogger(__name__)

MAX_TOPIC_NAME = 128  # characters, as createForumTopic allows
# Supergroup (and channel) ids are -100 followed by the chat's internal id: -1000000000000 - internal id. Basic
# groups have ids above this.
SUPERGROUP_IDS_BELOW = -1_000_000_000_000


def topic_name(tr: Translator, case: Case) -> str:
    """What staff need to pick a case from the topic list, e.g. "#12 · 🆘 · Mary · ⚖️ Legal advice". Never the
    person's name, even one they agreed to share: a topic's name outlives /forget, which withdraws the card."""
    parts = [f"#{case.id}"]
    if case.urgent:
        parts.append("🆘")
    if case.velayat:
        parts.append(velayat_label(tr, case.velayat))
    if case.need:
        parts.append(service_label(tr, case.need))
    name = " · ".join(parts)
    return name if len(name) <= MAX_TOPIC_NAME else name[: MAX_TOPIC_NAME - 1] + "…"


def thread_not_found(error: TelegramError) -> bool:
    """Telegram's answer for a topic that was deleted ("message thread not found")."""
    return isinstance(error, BadRequest) and "thread not found" in str(error).lower()


async def is_forum(context: BotContext, chat_id: int) -> bool:
    """Whether the staff chat is a forum, as Telegram last said (asked once with getChat, then kept)."""
    storage = context.bot_data.storage
    known = await storage.forum_chat(chat_id)
    if known is not None:
        return known
    try:
        chat = await context.bot.get_chat(chat_id)
    except ChatMigrated:
        raise  # the caller follows the group to its new id
    except TelegramError as error:
        log.info("could not ask whether chat %s is a forum (%s)", chat_id, error)
        return False  # asked again for the next case
    await storage.record_forum_chat(chat_id, bool(chat.is_forum))
    return bool(chat.is_forum)


async def note_forum(context: BotContext, chat: Chat) -> None:
    """Every update from a staff supergroup says whether it is a forum: keep that, so topics are turned on and off
    with the chat's setting."""
    if chat.type != ChatType.SUPERGROUP:
        return
    storage = context.bot_data.storage
    if await storage.forum_chat(chat.id) != bool(chat.is_forum):
        await storage.record_forum_chat(chat.id, bool(chat.is_forum))


async def open_topic(context: BotContext, case: Case, chat_id: int, tr: Translator) -> int | None:
    """The case's topic in this staff chat, created if the chat is a forum and the case has none yet; None for the
    general topic (a plain group, no right to create topics, a topic Telegram lost). Telegram's other errors are
    raised, so that the card is tried again later."""
    storage = context.bot_data.storage
    for topic in await storage.case_topics(case.id):
        if topic.chat_id == chat_id:
            return topic.thread_id
    if not await is_forum(context, chat_id):
        return None
    try:
        created = await context.bot.create_forum_topic(chat_id, topic_name(tr, case))
    except BadRequest as error:
        reason = str(error).lower()
        if "not a forum" in reason:
            await storage.record_forum_chat(chat_id, False)
        elif "rights" in reason:
            if await storage.record_topics_refused(chat_id, True):
                log.warning(
                    "staff chat %s is a forum, but the bot may not create topics there: make it an administrator "
                    "with the right to manage topics. Until then its cases go to the general topic.",
                    chat_id,
                )
        else:
            log.warning("case %s: no topic could be created in chat %s (%s)", case.id, chat_id, error)
        return None
    if await storage.record_topics_refused(chat_id, False):
        log.info("staff chat %s: the bot may create topics again", chat_id)
    return await storage.set_case_topic(case.id, chat_id, created.message_thread_id)


async def case_thread(context: BotContext, case_id: int, chat_id: int) -> int | None:
    """The message_thread_id of the case's topic in this chat, or None (no topic: the general topic)."""
    for topic in await context.bot_data.storage.case_topics(case_id):
        if topic.chat_id == chat_id:
            return topic.thread_id
    return None


def topic_lost_note(tr: Translator, case: Case) -> str:
    return tr.gettext(
        "⚠️ The topic of case #{number} was not found (was it deleted?). Its messages now come here, to the general "
        "topic: reply to them to write to the person."
    ).format(number=case.id)


async def lose_topic(context: BotContext, case: Case, chat_id: int) -> None:
    """Telegram no longer finds the case's topic: remembered, so the case's messages go to the general topic."""
    await context.bot_data.storage.lose_case_topic(case.id, chat_id)
    log.warning(
        "case %s: its topic in chat %s was not found; its messages go to the general topic", case.id, chat_id
    )


async def sync_topics(context: BotContext, case: Case) -> bool:
    """A case's topic is open while the case is open and its card is in that chat: closed when the case closes or
    moves to another chat (a referral), reopened when it is open there again. False when Telegram failed in a way
    worth trying again."""
    storage = context.bot_data.storage
    done = True
    for topic in await storage.case_topics(case.id):
        close = not case.is_open or topic.chat_id != case.staff_chat_id
        if topic.thread_id is None or topic.closed == close:
            continue
        method = context.bot.close_forum_topic if close else context.bot.reopen_forum_topic
        try:
            await method(topic.chat_id, topic.thread_id)
        except BadRequest as error:
            if thread_not_found(error):
                await lose_topic(context, case, topic.chat_id)
                continue
            if "not_modified" not in str(error).lower():
                log.warning("case %s: its topic could not be closed or reopened (%s)", case.id, error)
                continue
        except TelegramError as error:
            log.warning("case %s: closing or reopening its topic failed (%s); retried later", case.id, error)
            done = False
            continue
        await storage.set_topic_closed(case.id, topic.chat_id, close)
    return done


async def case_of_staff_message(context: BotContext, message: Message) -> Case | None:
    """The case a staff message is about: the one whose card or relayed message it replies to, else the one whose
    topic it is written in."""
    storage = context.bot_data.storage
    replied = message.reply_to_message
    if replied is not None:
        case = await storage.case_for_staff_message(message.chat_id, replied.message_id)
        if case is not None:
            return case
    # Only a topic message's thread is a forum topic: in a plain group or the general topic, message_thread_id is
    # the first message of a chain of replies.
    if message.is_topic_message and message.message_thread_id is not None:
        return await storage.case_for_topic(message.chat_id, message.message_thread_id)
    return None


def message_link(chat_id: int, message_id: int, thread_id: int | None = None) -> str | None:
    """A t.me link to a message of a supergroup (in its topic when given), which opens for the chat's members;
    None for a basic group, whose messages have no links."""
    if chat_id > SUPERGROUP_IDS_BELOW:
        return None
    internal = SUPERGROUP_IDS_BELOW - chat_id  # the id without its "-100": t.me/c/<internal id>/...
    if thread_id is not None:
        return f"https://t.me/c/{internal}/{thread_id}/{message_id}"
    return f"https://t.me/c/{internal}/{message_id}"


async def card_link(context: BotContext, case: Case, viewer_chat_id: int) -> str | None:
    """A link to the case's card for /queue in `viewer_chat_id`: its copy in that chat (an escalation), else the
    card itself, in its topic when it has one."""
    if case.staff_chat_id is None or case.card_message_id is None:
        return None
    if case.staff_chat_id != viewer_chat_id:
        for chat_id, message_id in await context.bot_data.storage.card_messages(case.id):
            if chat_id == viewer_chat_id:
                return message_link(chat_id, message_id)
    thread = await case_thread(context, case.id, case.staff_chat_id)
    return message_link(case.staff_chat_id, case.card_message_id, thread)


def topic_of_update(update: Update) -> int | None:
    """The forum topic a staff command was written in, so that the answer goes there too (None: General)."""
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


async def send_in_topic(
    update: Update, context: BotContext, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message:
    """A message in a staff chat, in the forum topic the update came from (topic_of_update)."""
    return await context.bot.send_message(
        chat_id, text, reply_markup=markup, message_thread_id=topic_of_update(update)
    )


async def rename_topics(context: BotContext, case: Case, translator: Callable[[int], Translator]) -> None:
    """A case that became urgent: its topics' names say so too, for staff who scan the list of topics
    (`translator`: the language of a staff chat, by its id)."""
    for topic in await context.bot_data.storage.case_topics(case.id):
        if topic.thread_id is None:
            continue
        name = topic_name(translator(topic.chat_id), case)
        try:
            await context.bot.edit_forum_topic(topic.chat_id, topic.thread_id, name=name)
        except TelegramError as error:
            if thread_not_found(error):
                await lose_topic(context, case, topic.chat_id)
            elif "not_modified" not in str(error).lower():
                log.warning("case %s: its topic could not be renamed (%s)", case.id, error)
