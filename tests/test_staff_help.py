"""Staff chats have their own /help and command menu, and a command the bot does not know is answered with a hint
to staff, never silence, while others in the group hear nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT
from tests.staffchat import StaffChat
from tests.test_staff_words import MARY_CHAT, STAFF_CHATS, staff_in

PERSONS_COMMANDS = {"start", "menu", "sos", "privacy", "forget", "hide"}


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def outsider_in(app: Any, standin: StandIn, chat_id: int) -> StaffChat:
    return StaffChat(app, standin, chat_id, FakeUser(id=31337, first_name="Guest", language_code="ru"))


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_help_in_a_staff_chat_lists_the_staff_commands_in_the_chats_language(
    app: Any, standin: StandIn, language: str
) -> None:
    worker = staff_in(app, standin, STAFF_CHATS[language])
    await worker.send("/help")
    shown = worker.last().text
    tr = app.bot_data.catalogs(language)
    number = tr.pgettext("command argument", "NUMBER")
    history = tr.pgettext("command", "A case's card and history")
    page = tr.pgettext("command argument", "PAGE")
    assert f"/case {number} [{page}] — {history}" in shown
    for line in ("/queue — ", f"/unclaim {number} — ", "/note ", "/send ", "/topics ", "/screen ", "/stats "):
        assert line in shown
    assert plain(tr.gettext("<b>Writing to a person</b>")) in shown
    assert "/addstaff" not in shown and "/export" not in shown  # the coordinators' own
    assert not any(f"/{command} " in shown for command in PERSONS_COMMANDS)


async def test_the_coordinators_help_adds_their_own_commands(app: Any, standin: StandIn) -> None:
    coordinator = staff_in(app, standin, COORDINATOR_CHAT)
    await coordinator.send("/help")
    shown = coordinator.last().text
    assert shown.startswith(plain(app.bot_data.catalogs("ru").gettext("<b>Staff commands</b>")))
    assert all(f"/{command} — " in shown for command in ("addstaff", "removestaff", "staff"))
    assert "/export [7d|30d] — " in shown


async def test_help_is_only_for_staff_in_a_group_and_a_person_keeps_their_own(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    guest = outsider_in(app, standin, MARY_CHAT)
    await guest.send("/help")
    assert guest.last().text.startswith(
        app.bot_data.catalogs("ru").gettext("Sorry, this is only for the network's staff.")
    )
    person = chat_with("ru")
    assert "/queue" not in (await person.send("/help")).text


async def test_an_unknown_command_gets_staff_a_hint_naming_help_and_others_nothing(
    app: Any, standin: StandIn
) -> None:
    worker = staff_in(app, standin, MARY_CHAT)
    for command in ("/claim 1", "/close 1", "/qeue", "/forget"):
        await worker.send(command)
        name = command.split()[0][1:]
        assert worker.last().text == app.bot_data.catalogs("ru").gettext(
            "I do not know the command /{command}. /help lists the staff commands."
        ).format(command=name)
    before = len(worker.messages())
    await outsider_in(app, standin, MARY_CHAT).send("/claim 1")
    await worker.send("/claim@some_other_bot 1")  # meant for another bot in the group
    await worker.send("/queue")  # a known command still does what it does
    assert len(worker.messages()) == before + 1
    assert "/help" not in worker.last().text


async def test_groups_are_offered_the_staff_commands_in_each_language_and_people_their_own(
    app: Any, standin: StandIn
) -> None:
    menus = standin.commands
    for language in ("ru", "tk", "en", ""):
        groups = [command["command"] for command in menus[("all_group_chats", language)]]
        assert {"help", "queue", "case", "send", "note", "unclaim", "stats"} <= set(groups)
        assert not PERSONS_COMMANDS & set(groups)
        private = {command["command"] for command in menus[("default", language)]}
        assert PERSONS_COMMANDS <= private and "queue" not in private
    tk = {command["command"]: command["description"] for command in menus[("all_group_chats", "tk")]}
    assert tk["queue"] == app.bot_data.catalogs("tk").pgettext(
        "command", "Open and claimed cases, urgent first"
    )
    assert tk["queue"] != "Open and claimed cases, urgent first"
