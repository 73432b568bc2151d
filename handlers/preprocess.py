"""Group -1: decide what an update is before any flow sees it, and load (or create) the person once per update.

Updates no flow should see stop here with ApplicationHandlerStop: a person's edits (answered, where a person expects
it, as the message they edit: handlers/edits.py), a staff member's edit of a reply relayed to a person (their copy
follows it: handlers/staff_edits.py), channel posts, inline queries
(answered with nothing), groups that are not staff chats (the bot stays silent and leaves; the chat of a specialist
taken off the roster is told nothing is sent: handlers/specialist_left.py), a person's buttons
pressed in a staff chat (answered quietly), and a person over the flood limit (warned once, then dropped without a
database write; on an open case, told which messages did not reach the organisation, and its staff told once)."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.campaign import campaign_from_start
from bot.flood import Verdict
from bot.i18n import language_from_telegram
from bot.runtime.context import BotContext
from bot.staff import configured_chat_id, is_staff_chat
from handlers.cards import STAFF, organisation_name, refresh_card, staff_translator
from handlers.common import MENU_SOS, URGENT, escape, is_sos_button, refuse_button
from handlers.delivery import post_to_staff
from handlers.edits import answer_edit, note_written
from handlers.forum import note_forum
from handlers.handoff import SEND as SEND_REQUEST
from handlers.hide import HIDE
from handlers.privacy import FORGET_NO, FORGET_YES
from handlers.specialist_left import answer_former_specialist, former_specialist_chat
from handlers.staff_edits import relay_staff_edit
from handlers.staffchats import chat_migrated

log = logging.getLogger(__name__)


async def preprocess(update: Update, context: BotContext) -> None:
    if update.edited_message is not None:
        if update.edited_message.chat.type == ChatType.PRIVATE:
            await answer_edit(update, context)
        else:
            await relay_staff_edit(update, context)
        raise ApplicationHandlerStop
    if update.edited_channel_post or update.channel_post:
        raise ApplicationHandlerStop
    if update.inline_query is not None:
        # The bot has no inline mode; an empty answer closes the spinner.
        try:
            await update.inline_query.answer([], cache_time=3600)
        except TelegramError:
            pass
        raise ApplicationHandlerStop
    chat = update.effective_chat
    if chat is None:
        raise ApplicationHandlerStop  # poll answers, business updates and the like: nothing for this bot
    if chat.type != ChatType.PRIVATE:
        data = context.bot_data
        await _follow_migration(update, context)
        migrated = data.storage.migrated_chats
        here = configured_chat_id(chat.id, migrated)
        if not is_staff_chat(
            data.config, data.directory, chat.id, migrated
        ) and not data.roster.takes_requests_in(here):
            # A specialist taken off the roster is told their words go nowhere, rather than left in silence
            former = await former_specialist_chat(context, here)
            if former is not None:
                await answer_former_specialist(update, context, former)
            else:
                await _leave(update, context, chat.id)
            raise ApplicationHandlerStop
        await note_forum(context, chat)
        query = update.callback_query
        if query is not None and not (query.data or "").startswith(STAFF):
            # A person's button pressed in a staff chat (forged onto a card): it acts in private chats only.
            await refuse_button(update, context, staff_translator(context, chat.id))
            raise ApplicationHandlerStop
        return
    if update.my_chat_member is not None:
        # The person blocked or unblocked the bot: note it on an open case, nothing to answer.
        if update.my_chat_member.new_chat_member.status == ChatMemberStatus.BANNED:
            await context.bot_data.storage.mark_person_blocked(chat.id)
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None or user.is_bot:
        raise ApplicationHandlerStop
    if not always_handled(update, context):
        verdict = context.bot_data.flood.check(user.id, context.bot_data.storage.clock())
        if verdict is not Verdict.ALLOW:
            if verdict is Verdict.WARN:
                await _ask_to_slow_down(
                    context, chat.id, user.id, user.language_code, update.message is not None
                )
            raise ApplicationHandlerStop
    message = update.message
    campaign = campaign_from_start(message.text) if message else None
    context.person = await context.bot_data.storage.touch_person(
        user.id, language_from_telegram(user.language_code), campaign
    )
    if message is not None:
        await context.bot_data.storage.remember_message(user.id, message.message_id)
        if message.edit_date is None:
            note_written(context, user.id, message.message_id)
    if context.person.blocked:
        # Back after blocking the bot: staff see on the card that messages reach the person again.
        case = await context.bot_data.storage.unblock_person(user.id)
        context.person = replace(context.person, blocked=False)
        if case is not None:
            await refresh_card(context, case)


# The way out and the way to help are never dropped, however fast a person writes: a request's "Send" is the last of
# some twenty taps the bot itself asks for (the checklist, then the request), which a person can make in a minute.
_ALWAYS_COMMANDS = frozenset({"/hide", "/forget", "/sos"})
_ALWAYS_BUTTONS = frozenset({HIDE, URGENT, MENU_SOS, FORGET_YES, FORGET_NO, SEND_REQUEST})


def always_handled(update: Update, context: BotContext) -> bool:
    """Updates the flood guard lets through: quick exit, forgetting, SOS, and any message that signals danger."""
    query = update.callback_query
    if query is not None:
        return query.data in _ALWAYS_BUTTONS or is_sos_button(query.data)
    message = update.message
    text = message.text if message is not None else None
    if not text:
        return False
    command = text.split(maxsplit=1)[0].split("@")[0].lower()
    return command in _ALWAYS_COMMANDS or context.danger_in(text) is not None


async def _ask_to_slow_down(
    context: BotContext, chat_id: int, user_id: int, telegram_language: str | None, message: bool
) -> None:
    """Once per flood, in the language the person chose (reads; the flood costs no writes, except one notice to
    staff). On an open case a dropped message must never pass for delivered: the person is told that it, and those
    sent until the flood calms, did NOT reach the organisation and are to be sent again (those that did bear 👌),
    and the case's staff are told, once an hour at most, that some were held back."""
    data = context.bot_data
    person = await data.storage.get_person(user_id)
    language = person.language if person is not None else language_from_telegram(telegram_language)
    tr = data.catalogs(language)
    case = await data.storage.open_case_for(user_id) if person is not None and message else None
    # a hidden chat's case is not named to whoever holds the phone
    if case is None or case.hidden_at is not None:
        text = tr.gettext(
            "You are sending messages very fast. Please wait a minute; I will answer again then."
        )
    else:
        text = tr.gettext(
            "⚠️ You are writing faster than I can pass messages on. This message, and any you send in the next "
            "minute, have NOT reached {organisation}. Those marked 👌 have. Wait a minute, then send again the "
            "ones without 👌."
        ).format(organisation=escape(organisation_name(context, case, language)))
    try:
        await context.bot.send_message(chat_id, text)
    except TelegramError:
        pass
    if case is None:
        return
    now = data.storage.now()
    if data.flood_told.get(user_id, now) == str(case.id):
        return  # a flood that goes on: staff were told within the hour, and are not flooded with notices
    data.flood_told.note(user_id, str(case.id), now)
    staff = staff_translator(context, case.staff_chat_id)
    notice = staff.gettext(
        "⏸ Case #{number}: the person wrote more than {limit} messages within a minute. The ones after that were "
        "not passed on; the person was told so and asked to send them again in a minute."
    ).format(number=case.id, limit=data.config.limits.flood_messages)
    await post_to_staff(context, case, notice)


async def _follow_migration(update: Update, context: BotContext) -> None:
    """Telegram's service messages when a staff group becomes a supergroup: follow it, rather than leave the new
    supergroup as a chat the configuration does not name."""
    message = update.message
    if message is None:
        return
    data = context.bot_data
    migrated = data.storage.migrated_chats
    if message.migrate_from_chat_id and is_staff_chat(
        data.config, data.directory, message.migrate_from_chat_id, migrated
    ):
        await chat_migrated(context, message.migrate_from_chat_id, message.chat_id)
    elif message.migrate_to_chat_id and is_staff_chat(data.config, data.directory, message.chat_id, migrated):
        await chat_migrated(context, message.chat_id, message.migrate_to_chat_id)


async def _leave(update: Update, context: BotContext, chat_id: int) -> None:
    """Added to, or written in, a group that is not a staff chat: say nothing there, and leave."""
    member = update.my_chat_member
    if member is not None and member.new_chat_member.status in (
        ChatMemberStatus.LEFT,
        ChatMemberStatus.BANNED,
    ):
        return
    log.info("leaving chat %s: not a staff chat", chat_id)
    try:
        await context.bot.leave_chat(chat_id)
    except TelegramError:
        pass


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [TypeHandler(Update, preprocess)]
