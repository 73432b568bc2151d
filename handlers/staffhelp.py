"""Staff chats' own /help and command menu, and a word to staff about a command the bot does not know.

Rights are checked by handlers/staff.py like every staff action; a command the bot does not know gets no answer
from anyone who is not staff, so a group's other members and bots are left alone."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import BotCommand, MessageEntity, Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.staff import may_manage_staff
from handlers.common import escape
from handlers.forum import send_in_topic
from handlers.staff import authorised, quiet_scope

NUMBER, TOPIC, TEXT, WORD, ROLE, PERIOD, PAGE = "number", "topic", "text", "word", "role", "period", "page"


@dataclass(frozen=True)
class StaffCommand:
    name: str
    arguments: tuple[str, ...] = ()  # shown after the command in /help
    optional: tuple[str, ...] = ()  # shown after those, in brackets
    coordinators: bool = False  # only the coordinators' chat may use it: left out of an NGO chat's /help


# Every command a staff chat has, in the order /help and the group command menu show them.
STAFF_COMMANDS = (
    StaffCommand("help"),
    StaffCommand("queue"),
    StaffCommand("case", (NUMBER,), optional=(PAGE,)),
    StaffCommand("unclaim", (NUMBER,)),
    StaffCommand("send", (TOPIC,)),
    StaffCommand("note", (TEXT,)),
    StaffCommand("topics", optional=(WORD,)),
    StaffCommand("screen", (NUMBER,)),
    StaffCommand("specialist", (NUMBER,), optional=(ROLE,)),
    StaffCommand("stats", optional=(PERIOD,)),
    StaffCommand("export", optional=(PERIOD,), coordinators=True),
    StaffCommand("whoami"),
    StaffCommand("staff", coordinators=True),
    StaffCommand("addstaff", coordinators=True),
    StaffCommand("removestaff", coordinators=True),
)
KNOWN = frozenset(command.name for command in STAFF_COMMANDS)


def description(tr: Translator, name: str) -> str:
    """A staff command's description: the group command menu's and /help's."""
    return {
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "help": tr.pgettext("command", "Staff commands and how to write to a person"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "queue": tr.pgettext("command", "Open and claimed cases, urgent first"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "case": tr.pgettext("command", "A case's card and history"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "unclaim": tr.pgettext("command", "Give a claimed case back"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "send": tr.pgettext("command", "Send a knowledge-base answer (reply to a case)"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "note": tr.pgettext("command", "A note for staff only (reply to a case)"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "topics": tr.pgettext("command", "Knowledge-base topics and their ids"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "screen": tr.pgettext("command", "Screening interview for a claimed case"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "specialist": tr.pgettext("command", "Ask a specialist about a claimed case"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "stats": tr.pgettext("command", "Indicators and a chart"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "export": tr.pgettext("command", "Indicators as a CSV file (coordinators)"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "whoami": tr.pgettext("command", "This chat's id and yours"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "staff": tr.pgettext("command", "Who is staff (coordinators)"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "addstaff": tr.pgettext("command", "Make someone staff (coordinators)"),
        # TRANSLATORS: a staff command in the staff groups' command menu and /help; at most 64 characters.
        "removestaff": tr.pgettext("command", "Remove someone from staff (coordinators)"),
    }[name]


def argument(tr: Translator, key: str) -> str:
    return {
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER"; at most 12 characters.
        NUMBER: tr.pgettext("command argument", "NUMBER"),
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER"; at most 12 characters.
        TOPIC: tr.pgettext("command argument", "TOPIC-ID"),
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER"; at most 12 characters.
        TEXT: tr.pgettext("command argument", "TEXT"),
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER"; at most 12 characters.
        WORD: tr.pgettext("command argument", "WORD"),
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER"; at most 12 characters.
        ROLE: tr.pgettext("command argument", "ROLE"),
        # TRANSLATORS: what follows a staff command in /help, as in "/case NUMBER [PAGE]"; at most 12 characters.
        PAGE: tr.pgettext("command argument", "PAGE"),
        PERIOD: "7d|30d",
    }[key]


def staff_command_menu(tr: Translator) -> list[BotCommand]:
    """The command menu of every group: the bot's groups are staff chats, where a person's commands do nothing."""
    return [BotCommand(command.name, description(tr, command.name)) for command in STAFF_COMMANDS]


def help_text(tr: Translator, coordinators: bool) -> str:
    """/help in a staff chat: one line per command this chat may use, then how writing to a person works."""
    lines = [tr.gettext("<b>Staff commands</b>")]
    for command in STAFF_COMMANDS:
        if command.coordinators and not coordinators:
            continue
        words = [argument(tr, key) for key in command.arguments]
        words += [f"[{argument(tr, key)}]" for key in command.optional]
        lines.append(f"{' '.join([f'/{command.name}', *words])} — {description(tr, command.name)}")
    lines += [
        "",
        tr.gettext("<b>Writing to a person</b>"),
        tr.gettext(
            "• Reply to a case card or to a person's message: your reply reaches them signed with the "
            "organisation's name, never your account. Photos and voice notes too."
        ),
        tr.gettext("• In a forum chat, whatever you write in a case's topic reaches the person."),
        tr.gettext("• /note TEXT in reply to a case card keeps a note for staff only, shown in /case."),
        tr.gettext("• /send TOPIC-ID in reply to a case card sends that answer in the person's language."),
        tr.gettext(
            "• Writing to the person of an unclaimed case claims it. The card's buttons claim a case, close it "
            "with an outcome, reopen a closed one, or refer it (an organisation can hand it back to the hotline "
            "team)."
        ),
        tr.gettext(
            "• Editing your reply edits the person's copy too, marked ✏️ edited; if it cannot, the bot tells you. "
            "Sent on the wrong case? Edit it at once to a short apology, then write on the right case."
        ),
        tr.gettext(
            "• 🧑‍⚕️ Specialist on a claimed case's card asks one. They accept or decline, and you are told; a "
            "request still waiting can be withdrawn from the same menu."
        ),
        tr.gettext("• The staff guide, docs/staff.md: ask a coordinator for it."),
    ]
    if coordinators:
        lines.append(
            tr.gettext(
                "• /addstaff and /removestaff: in reply to a message of the person, or with their user id."
            )
        )
    return "\n".join(lines)


async def staff_help(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    await send_in_topic(update, context, scope.chat_id, help_text(tr, may_manage_staff(scope)))


def command_of(update: Update, bot_username: str) -> str | None:
    """The command a group message starts with, if it is meant for this bot (no @name, or this bot's)."""
    message = update.message
    if message is None or not message.text or not message.entities:
        return None
    entity = message.entities[0]
    if entity.type != MessageEntity.BOT_COMMAND or entity.offset != 0:
        return None
    name, _, addressee = message.text[1 : entity.length].partition("@")
    if addressee and addressee.lower() != bot_username.lower():
        return None
    return name


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command no handler took in a group: staff are told to look at /help; anyone else hears nothing."""
    name = command_of(update, context.bot.username)
    scope = quiet_scope(update, context) if name is not None else None
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    text = tr.gettext("I do not know the command /{command}. /help lists the staff commands.")
    await send_in_topic(update, context, scope.chat_id, text.format(command=escape(name or "")))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CommandHandler("help", staff_help, filters=groups),
        # Last of the group's commands: whatever no handler before it took (edits of a message are not new commands).
        MessageHandler(groups & filters.COMMAND & filters.UpdateType.MESSAGE, unknown_command),
    ]
