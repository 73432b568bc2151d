"""For the people who run the bot: /whoami (a chat's and a user's id), and the coordinators' /addstaff, /removestaff
and /staff. Also the handlers of setup mode (`python -m bot setup`), which answer /whoami and nothing else.

Who may do what is decided in bot/staff.py; staff commands go through handlers.staff.authorised like every other."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackContext, ChatMemberHandler, CommandHandler, filters

from bot.i18n import Catalogs, Translator, language_from_telegram
from bot.runtime.context import BotContext
from bot.staff import is_staff, may_manage_staff, staff_user_ids
from bot.storage import Case
from handlers.cards import staff_translator
from handlers.common import escape
from handlers.delivery import deliver_outbox, post_to_staff
from handlers.fallback import hint
from handlers.forum import send_in_topic
from handlers.staff import answer_staff, authorised

log = logging.getLogger(__name__)
WHOAMI_SECONDS = 60  # the /whoami answer deletes itself: ids are not left lying in a chat
WHOAMI_JOB = "delete-whoami"


def ids_text(tr: Translator, chat_id: int, user_id: int) -> str:
    return tr.gettext("Chat id: <code>{chat}</code>\nYour user id: <code>{user}</code>").format(
        chat=chat_id, user=user_id
    )


async def whoami(update: Update, context: BotContext) -> None:
    """Staff only: the chat's id and their own, deleted after a minute. To anyone else, like a command it does not
    know (a hint in a private chat, silence in a group)."""
    chat, user = update.effective_chat, update.effective_user
    data = context.bot_data
    if chat is None or user is None:
        return
    if not is_staff(data.config, user.id, data.staff_changes):
        if chat.type == ChatType.PRIVATE:
            await hint(update, context)
        return
    tr = context.translator if chat.type == ChatType.PRIVATE else staff_translator(context, chat.id)
    note = tr.gettext("This message deletes itself in a minute.")
    text = f"{ids_text(tr, chat.id, user.id)}\n{note}"
    sent = await send_in_topic(update, context, chat.id, text)
    if context.job_queue is not None:
        context.job_queue.run_once(
            delete_whoami,  # type: ignore[arg-type]
            WHOAMI_SECONDS,
            data=(chat.id, sent.message_id),
            name=WHOAMI_JOB,
        )


async def delete_whoami(context: BotContext) -> None:
    job = context.job
    if job is None:
        return
    chat_id: int
    message_id: int
    chat_id, message_id = job.data  # type: ignore[misc]
    try:
        await context.bot.delete_message(chat_id, message_id)
    except TelegramError:
        log.info("could not delete a /whoami answer in chat %s", chat_id)


def _target(message: Message, args: list[str] | None, names: Mapping[int, str]) -> tuple[int, str] | None:
    """The user a staff command is about, and how to show them: the author of the replied message, or an id (with
    the name they last acted under as staff, when there is one)."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and not replied.from_user.is_bot:
        author = replied.from_user
        return author.id, f"{escape(author.full_name)} (<code>{author.id}</code>)"
    if args and len(args) == 1 and args[0].isdigit() and 0 < int(args[0]) < 2**53:
        user_id = int(args[0])
        name = names.get(user_id)
        return user_id, f"{escape(name)} (<code>{user_id}</code>)" if name else f"<code>{user_id}</code>"
    return None


async def _change_staff(update: Update, context: BotContext, active: bool) -> None:
    scope = await authorised(update, context)
    message, user = update.message, update.effective_user
    if scope is None or message is None or user is None:
        return
    data = context.bot_data
    tr = data.catalogs(scope.language)
    if not may_manage_staff(scope):
        text = tr.gettext("Sorry, only the coordinators can change who is staff, in their own chat.")
    elif (target := _target(message, context.args, await data.storage.staff_names())) is None:
        text = tr.gettext(
            "Reply with this command to a message of the person, or follow it with their user id "
            "(they see it with /whoami)."
        )
    elif not active and target[0] == user.id:
        text = tr.gettext("You cannot remove yourself; ask another coordinator.")
    elif is_staff(data.config, target[0], data.staff_changes) == active:
        text = (
            tr.gettext("{user} is already staff.") if active else tr.gettext("{user} is not staff.")
        ).format(user=target[1])
    else:
        released = await data.storage.change_staff(target[0], active, user.id)
        data.staff_changes = await data.storage.load_staff_changes()
        data.staff_refused.forget(target[0])  # a member just removed is told so at their next staff command
        text = (
            tr.gettext("{user} is now staff, in the staff chats the bot serves.")
            if active
            else tr.gettext("{user} is no longer staff. This takes effect at once.")
        ).format(user=target[1])
        if released:
            text += "\n" + await _released(context, tr, released, target[1])
    await answer_staff(update, context, scope, text)


async def _released(context: BotContext, tr: Translator, cases: list[Case], user: str) -> str:
    """The cases a removed staff member held are open again: their cards show it, each organisation's chat is
    told, and the coordinator gets the list to reassign them (urgent first)."""
    for case in cases:
        await deliver_outbox(context, case.id)  # the card edits the release queued
        if case.ngo_id is not None:  # the coordinators read it in the answer itself
            theirs = staff_translator(context, case.staff_chat_id)
            notice = theirs.gettext(
                "Case #{number} is back in the queue: {user} is no longer staff. Anyone here can claim it."
            )
            await post_to_staff(context, case, notice.format(number=case.id, user=user))
    numbers = ", ".join(f"#{case.id} 🆘" if case.urgent else f"#{case.id}" for case in cases)
    return tr.ngettext(
        "The case they held, {cases}, is back in the queue: claim it or ask someone to.",
        "The cases they held, {cases}, are back in the queue: claim them or ask someone to.",
        len(cases),
    ).format(cases=numbers)


async def add_staff(update: Update, context: BotContext) -> None:
    await _change_staff(update, context, True)


async def remove_staff(update: Update, context: BotContext) -> None:
    await _change_staff(update, context, False)


async def list_staff(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    data = context.bot_data
    tr = data.catalogs(scope.language)
    if not may_manage_staff(scope):
        await answer_staff(
            update,
            context,
            scope,
            tr.gettext("The list of staff is shown in the coordinators' chat only."),
        )
        return
    configured = set(data.config.staff.staff_user_ids)
    ids = sorted(staff_user_ids(data.config, data.staff_changes))
    names = await data.storage.staff_names()
    lines = [tr.ngettext("{count} staff member:", "{count} staff members:", len(ids)).format(count=len(ids))]
    for user_id in ids:
        where = (
            tr.pgettext("staff list", "config file")
            if user_id in configured
            else tr.pgettext("staff list", "added in this chat")
        )
        # The first name they last acted under as staff: a coordinator removing someone by id sees who it is
        name = (
            escape(names[user_id]) if user_id in names else tr.pgettext("staff list", "(name not seen yet)")
        )
        lines.append(f"<code>{user_id}</code> {name} — {where}")
    removed = sorted(configured - set(ids))
    if removed:
        lines.append(
            tr.gettext("Removed in this chat, though the config file lists them: {ids}").format(
                ids=", ".join(f"<code>{user_id}</code>" for user_id in removed)
            )
        )
    await answer_staff(update, context, scope, "\n".join(lines))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CommandHandler("whoami", whoami),
        CommandHandler("addstaff", add_staff, filters=groups),
        CommandHandler("removestaff", remove_staff, filters=groups),
        CommandHandler("staff", list_staff, filters=groups),
    ]


# Setup mode ------------------------------------------------------------------------------------------------------

SetupContext = CallbackContext[Any, Any, Any, Any]


def setup_handlers(catalogs: Catalogs, out: Callable[[str], None]) -> list[BaseHandler[Update, Any, None]]:
    """Setup mode: /whoami is answered in any chat and printed (with the chat and the user) to the operator's
    terminal, as is every group the bot is added to; everything else gets no answer at all."""

    async def setup_whoami(update: Update, context: SetupContext) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        where = chat.type if chat.type == ChatType.PRIVATE else f'{chat.type} "{chat.title or ""}"'
        out(f"/whoami: chat {chat.id} ({where}), user {user.id} ({user.first_name})")
        tr = catalogs(language_from_telegram(user.language_code))
        note = tr.gettext("The bot is in setup mode: it answers nothing else.")
        text = f"{ids_text(tr, chat.id, user.id)}\n{note}"
        await context.bot.send_message(chat.id, text)

    async def setup_added(update: Update, context: SetupContext) -> None:
        chat = update.effective_chat
        member = update.my_chat_member
        if chat is None or member is None or chat.type == ChatType.PRIVATE:
            return
        out(f'the bot is now "{member.new_chat_member.status}" in {chat.type} {chat.id} "{chat.title or ""}"')

    return [
        CommandHandler("whoami", setup_whoami),
        ChatMemberHandler(setup_added, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
