"""What someone who is not staff is told when they use a staff button, command or reply (found by an exploratory
tester: a person's forged staff button was refused in the coordinators' language and logged with the person's
Telegram id; an admin posting anonymously was told to get /addstaff, which cannot work; and a member could make the
bot post a refusal into the staff chat for every message)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, request_help_from_mary, staff

ANONYMOUS_ADMIN = 1087968824  # Telegram's GroupAnonymousBot: what an admin writing as the group is sent as
NOT_STAFF = "Sorry, this is only for the network's staff."
ANONYMOUS = (
    "You are writing as the group or as a channel, so the bot cannot tell who you are. To act on cases, turn off "
    "“Remain anonymous” in your admin rights (or write as yourself, not as the channel)."
)


def logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_forged_staff_button_in_a_persons_chat_is_out_of_date_in_their_language_and_logged_without_id(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    language: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    person = chat_with(language, user_id=100066)
    number = await request_help_from_mary(app, person, language)
    shown = person.bot_messages()
    for data in (f"st:claim:{number}", f"st:out:{number}:legal", f"st:close:{number}", "st:nonsense"):
        await person.press_data(shown[-1], data)
        assert standin.callback_answers[-1].get("text") == said(app, language, "This button is out of date.")
    assert person.bot_messages() == shown
    assert (await app.bot_data.storage.case(number)).claimed_by is None
    assert "refused a staff action in a private chat" in logged(caplog)
    assert "100066" not in logged(caplog)


async def anonymous_reply(app: Any, standin: StandIn, to: Any, sender_chat: dict[str, Any]) -> None:
    """A reply to `to` in Mary's chat sent as the group (an admin with "Remain anonymous") or as a channel."""
    sender = FakeUser(id=ANONYMOUS_ADMIN, first_name="Group", username="GroupAnonymousBot")
    update = standin.user_message(sender, "we will call you", chat_id=MARY_CHAT, reply_to=to)
    message = {**update["message"], "sender_chat": sender_chat}
    message["from"] = {**message["from"], "is_bot": True}
    await StaffChat(app, standin, MARY_CHAT, sender)._process({**update, "message": message})


@pytest.mark.parametrize(
    "sender_chat",
    [
        {"id": MARY_CHAT, "type": "supergroup", "title": "Mary staff"},
        {"id": -1009999, "type": "channel", "title": "Mary news"},
    ],
    ids=["anonymous admin", "linked channel"],
)
async def test_a_reply_sent_as_the_group_or_a_channel_is_told_to_turn_off_remain_anonymous(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    sender_chat: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    heard = person.bot_messages()
    worker = staff(app, standin)
    await anonymous_reply(app, standin, worker.card(number), sender_chat)
    told = worker.last().text
    assert told == said(app, "ru", ANONYMOUS)  # in the chat's language (Mary's is Russian)
    assert "/addstaff" not in told
    assert person.bot_messages() == heard
    assert str(MARY_CHAT) not in logged(caplog)


async def test_a_member_who_is_not_staff_is_refused_once_then_ignored_for_a_while(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    outsider = staff(app, standin, user_id=31337, name="Outsider")
    before = len(outsider.messages())
    for command in ("/queue", f"/case {number}", "/stats", "/staff", "/topics", f"/unclaim {number}"):
        await outsider.send(command)
    await outsider.reply(outsider.card(number), "hello?")
    refusals = outsider.messages()[before:]
    assert [m.text.startswith(said(app, "ru", NOT_STAFF)) for m in refusals] == [True]
    # another member is refused once too; and the first again after the quiet period
    other = staff(app, standin, user_id=31338, name="Other")
    await other.send("/queue")
    assert other.last().text.startswith(said(app, "ru", NOT_STAFF))
    clock.advance(601)
    shown = len(outsider.messages())
    await outsider.send("/queue")
    assert len(outsider.messages()) == shown + 1
    assert "31337" not in logged(caplog) and str(MARY_CHAT) not in logged(caplog)
