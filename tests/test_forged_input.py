"""Forged button data and staff arguments from a modified client: answered quietly, never an error, never acting;
a person's buttons act in private chats only; errors reach the coordinator chat summarised, off the handling path."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot import callbacks
from bot.runtime.app import send_error_alerts
from bot.runtime.context import BotContext
from bot.specialists import ROLES
from bot.standin.server import FakeUser, StandIn
from handlers.specialist_labels import role_name
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, request_help_from_mary, staff

FIFTY_DIGITS = "9" * 50
PERSON_PAYLOADS = [
    "cl:b:²",
    "cl:b:" + FIFTY_DIGITS,
    "cl:a:²:y",
    "cl:a:" + FIFTY_DIGITS + ":y",
    "cl:g:²",
    "cl:age:²",
    "ho:fn:²",
    "ho:fv:²:legal",
    "ho:ngo:²",
    "ho:a:need:²",
    "ho:a:²",
    "ab:c:²",
    "ab:c:xx",
    "ab:v:xx",
    "ab:keep:²",
    "kb:²",
    "cat:²",
    "fb:²:1",
    "lang:²",
]
STAFF_PAYLOADS = [
    "st:claim:²",
    "st:claim:" + FIFTY_DIGITS,
    "st:claim:١٢",
    "st:close:²",
    "st:back:²",
    "st:out:²:legal",
    "st:out:1:²",
    "st:zz",
]


def out_of_date(app: Any, language: str) -> str:
    return app.bot_data.catalogs(language).gettext("This button is out of date.")


def test_the_parser_takes_only_ascii_digits_within_sqlites_range() -> None:
    assert callbacks.numbered("st:claim:12", "st:claim:") == 12
    assert callbacks.numbered_word("st:out:12:legal", "st:out:") == (12, "legal")
    assert callbacks.case_argument(["#12"]) == 12
    assert callbacks.number(str(2**63 - 1)) == 2**63 - 1
    for bad in ("²", "١٢", "1²", "", "-1", "+1", " 1", "1_0", FIFTY_DIGITS, str(2**63)):
        assert callbacks.number(bad) is None, bad
    assert callbacks.numbered("st:claim:12:3", "st:claim:") is None
    assert callbacks.word("kb:a" + "x" * 70, "kb:") is None  # over Telegram's 64 bytes
    assert callbacks.case_argument(["1", "2"]) is None


@pytest.mark.parametrize("data", PERSON_PAYLOADS)
async def test_a_forged_person_button_is_answered_quietly_and_does_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture, data: str
) -> None:
    chat = chat_with("ru")
    menu = await chat.send("/start")
    await chat.send("/sos")  # a checklist or a request under way must not be disturbed either
    before = [(m.message_id, m.text) for m in chat.bot_messages()]
    caplog.set_level(logging.ERROR)
    await chat.press_data(menu, data)
    assert standin.callback_answers[-1].get("text") == out_of_date(app, "ru")
    assert [(m.message_id, m.text) for m in chat.bot_messages()] == before
    assert "error while handling update" not in caplog.text
    await send_error_alerts(BotContext(app))
    assert standin.messages_in(COORDINATOR_CHAT, from_bot=True) == []


@pytest.mark.parametrize("data", STAFF_PAYLOADS)
async def test_a_forged_staff_button_is_answered_quietly_and_leaves_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture, data: str
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    card = worker.card(number)
    caplog.set_level(logging.ERROR)
    await worker.press_data(card, data)
    assert standin.callback_answers[-1].get("text") == out_of_date(app, "ru")
    after = worker.card(number)
    assert (after.text, after.buttons()) == (card.text, card.buttons())
    assert (await app.bot_data.storage.case(number)).status == "open"
    assert "error while handling update" not in caplog.text
    await send_error_alerts(BotContext(app))
    assert standin.messages_in(COORDINATOR_CHAT, from_bot=True) == []


@pytest.mark.parametrize("argument", ["²", "#²", "١٢", FIFTY_DIGITS, str(2**63)])
async def test_a_forged_case_number_gets_the_usage_line_and_no_error(
    app: Any, standin: StandIn, caplog: pytest.LogCaptureFixture, argument: str
) -> None:
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    caplog.set_level(logging.ERROR)
    await coordinator.send(f"/case {argument}")
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    assert coordinator.last().text == tr.gettext("Use /case NUMBER, e.g. /case 12.")
    assert "error while handling update" not in caplog.text


USAGE_LINES = {
    "/case": "Use /case NUMBER, e.g. /case 12.",
    "/unclaim": "Use /unclaim NUMBER, e.g. /unclaim 12.",
    "/screen": "Use /screen NUMBER, e.g. /screen 12.",
    "/specialist": "Use /specialist NUMBER [ROLE], e.g. /specialist 12 lawyer. Roles: {roles}.",
}


@pytest.mark.parametrize("argument", ["", "#²", FIFTY_DIGITS, "12 x"])  # "x": no role, nor a page of /case
@pytest.mark.parametrize("command", sorted(USAGE_LINES))
async def test_every_command_that_takes_a_case_number_answers_a_bad_one_with_its_own_usage_line(
    app: Any, standin: StandIn, caplog: pytest.LogCaptureFixture, command: str, argument: str
) -> None:
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    caplog.set_level(logging.ERROR)
    await coordinator.send(f"{command} {argument}".strip())
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    usage = tr.gettext(USAGE_LINES[command]).format(roles=", ".join(role_name(tr, role) for role in ROLES))
    assert coordinator.last().text == usage
    assert "error while handling update" not in caplog.text


@pytest.mark.parametrize("data", ["ho:cancel", "forget:yes", "menu:show", "ho:find", "lang:en", "cl:stop"])
@pytest.mark.parametrize("member", ["outsider", "staff"])
async def test_a_persons_button_forged_onto_a_card_leaves_the_card_unchanged(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], data: str, member: str
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    worker = staff(app, standin)
    presser = (
        worker
        if member == "staff"
        else StaffChat(app, standin, MARY_CHAT, FakeUser(id=777001, first_name="M"))
    )
    card = worker.card(number)
    sent = len(worker.messages())
    await presser.press_data(card, data)
    assert standin.callback_answers[-1].get("text") == out_of_date(app, "ru")
    after = worker.card(number)
    assert (after.text, after.buttons()) == (card.text, card.buttons())
    assert len(worker.messages()) == sent
    assert (await app.bot_data.storage.case(number)).status == "open"
    assert await app.bot_data.storage.get_person(person.chat_id) is not None


async def test_many_errors_make_one_summarised_alert_off_the_handling_path(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    async def fail(update: Update, context: BotContext) -> None:
        if update.message is not None and update.message.text == "boom":
            raise (ValueError if update.message.from_user.id % 3 else KeyError)("boom")

    app.add_handler(TypeHandler(Update, fail), group=-2)
    for user_id in range(200001, 200031):
        await chat_with("en", user_id=user_id).send_only("boom")
    assert standin.messages_in(COORDINATOR_CHAT, from_bot=True) == []  # nothing sent while handling updates
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)

    await send_error_alerts(BotContext(app))
    [alert] = standin.messages_in(COORDINATOR_CHAT, from_bot=True)
    expected = tr.ngettext(
        "⚠️ The bot hit {count} error while handling updates: {list}. See the server log.",
        "⚠️ The bot hit {count} errors while handling updates: {list}. See the server log.",
        30,
    ).format(count=30, list="ValueError × 20, KeyError × 10")
    assert alert.text == expected

    await chat_with("en", user_id=200001).send_only("boom")
    await send_error_alerts(BotContext(app))
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == 1  # not before the interval is over
    clock.advance(300)
    await send_error_alerts(BotContext(app))
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == 2
    await send_error_alerts(BotContext(app))
    clock.advance(300)
    await send_error_alerts(BotContext(app))
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == 2  # nothing new, nothing sent
