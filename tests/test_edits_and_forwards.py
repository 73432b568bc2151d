"""What a person edits, and what they forward, on an open case and outside one (found by an exploratory tester: an
edit was dropped everywhere, so "I am not fine" corrected from "I am fine" reached nobody; and a forwarded advert
reached staff as the person's own words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import DANGER, HOTLINE
from tests.test_handoff_flow import request_help_from_mary, staff


def edited_line(app: Any, language: str) -> str:
    return said(app, language, "✏️ Edited an earlier message:")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_an_edit_on_an_open_case_reaches_staff_marked_as_an_edit(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await chat.send("I am fine")
    mine = chat.my_messages()[-1]
    await chat.edit(mine, "I am not fine <b>really</b>")
    relayed = worker.last()
    # in the staff chat's language (Mary's is Russian), the person's words escaped
    assert relayed.text.split("\n") == [
        said(app, "ru", "💬 Case #{number}, the person writes:").format(number=number),
        edited_line(app, "ru"),
        "I am not fine <b>really</b>",
    ]
    assert relayed.html.endswith("I am not fine &lt;b&gt;really&lt;/b&gt;")
    assert relayed.reply_to_message_id == worker.card(number).message_id
    # the person sees their edit taken as any message on the case is: 👌 on it
    edited = next(m for m in chat.my_messages() if m.message_id == mine.message_id)
    assert edited.reactions == [{"type": "emoji", "emoji": "👌"}]


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_in_an_edit_on_an_open_case_gets_the_danger_reply_and_makes_it_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat.send("ok")
    await chat.edit(chat.my_messages()[-1], DANGER[language])
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.urgent
    relayed = next(m for m in staff(app, standin).messages() if DANGER[language] in m.text)
    assert relayed.text.startswith("🆘") and edited_line(app, "ru") in relayed.text
    assert any(f"#{number}" in m.text for m in staff(app, standin, chat_id=COORDINATOR_CHAT).messages())
    assert HOTLINE in chat.last_reply().text


async def test_an_edit_of_the_latest_question_is_answered_once_as_the_fixed_question(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("how do I get a wrok viza")
    before = len(chat.bot_messages())
    mine = chat.my_messages()[-1]
    await chat.edit(mine, "how do I get a work visa")
    answers = chat.bot_messages()[before:]
    assert len(answers) == 1, [m.text for m in answers]  # the fixed question answered, once
    answered = chat.bot_messages()
    await chat.edit(mine, "how do I get a work visa")  # Telegram sending the same edit again
    assert chat.bot_messages() == answered


async def test_an_edit_of_an_older_message_outside_a_case_is_left_alone(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("how do I get a work visa")
    older = chat.my_messages()[-1]
    await chat.send("thanks")
    answered = chat.bot_messages()
    await chat.edit(older, "how do I open a bank account abroad")
    assert chat.bot_messages() == answered


async def test_an_edit_of_a_message_the_bot_never_saw_changes_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    # written before the person ever started the bot (or before /forget): nothing is kept of it, nor answered
    standin.user_message(chat.user, "hello")
    unseen = chat.my_messages()[-1]
    await chat.edit(unseen, "my boss took my passport")
    assert chat.bot_messages() == []
    assert await app.bot_data.storage.get_person(chat.chat_id) is None


FORWARDS = {
    "channel": (
        {
            "type": "channel",
            "date": 1790000000,
            "chat": {"id": -1007, "type": "channel", "title": "Jobs <Dubai>", "username": "jobs_dxb"},
            "message_id": 5,
        },
        "Jobs &lt;Dubai&gt; (@jobs_dxb)",
    ),
    "user": (
        {
            "type": "user",
            "date": 1790000000,
            "sender_user": {"id": 555, "is_bot": False, "first_name": "Recruiter", "last_name": "Ali"},
        },
        "Recruiter Ali",
    ),
    "hidden_user": ({"type": "hidden_user", "date": 1790000000, "sender_user_name": "Agent"}, None),
}


@pytest.mark.parametrize("kind", FORWARDS)
async def test_a_forwarded_message_on_an_open_case_says_whose_it_was(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], kind: str
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    origin, shown = FORWARDS[kind]
    await chat.forward("Job in Dubai 3000$ no visa needed, write @recruiter", origin=origin)
    relayed = staff(app, standin).last()
    lines = relayed.html.split("\n")
    assert lines[0] == said(app, "ru", "💬 Case #{number}, the person writes:").format(number=number)
    if shown is None:
        assert lines[1] == said(app, "ru", "↪️ Forwarded from a hidden user:")
    else:
        assert lines[1] == said(app, "ru", "↪️ Forwarded from {origin}:").format(origin=shown)
    assert lines[2] == "Job in Dubai 3000$ no visa needed, write @recruiter"
    # a forward the person deletes with /forget leaves no name behind
    await chat.send("/forget")
    await chat.press(said(app, "en", "Yes, delete everything", "button"))
    db = app.bot_data.storage.db
    row = await db.fetchone("SELECT COUNT(*) FROM case_messages WHERE forwarded_from IS NOT NULL")
    assert row is not None and row[0] == 0


async def test_an_edit_of_a_question_asked_before_the_request_is_not_shared_with_staff(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """Tester U#1: a question asked of the bot before the request, edited while the case was open to add a name and
    an address, reached the NGO's chat, though the consent screen had said nothing else is shared."""
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("my boss took my passport")
    question = chat.my_messages()[-1]
    start = chat.my_messages()[0]
    await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    before = len(worker.messages())
    await chat.edit(question, "my boss took my passport, my name is Sam Jones, I live at Ataturk st 5")
    await chat.edit(start, "/start again")
    assert len(worker.messages()) == before
    assert not any("Sam Jones" in m.text for m in standin.messages_in(COORDINATOR_CHAT))
