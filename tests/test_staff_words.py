"""Staff and people read words, never the bot's keys: the consent screen names who receives a request, staff find
knowledge-base topics by a word, and a staff reply that reaches no case is answered rather than dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat, said
from tests.conftest import STAFF_USER
from tests.staffchat import StaffChat

MARY_CHAT = -1001000000011  # example-mary, staff language ru
ASHGABAT_2_CHAT = -1001000000002  # example-ashgabat-2, staff language en
AHAL_CHAT = -1001000000003  # example-ahal, staff language tk
STAFF_CHATS = {"ru": MARY_CHAT, "en": ASHGABAT_2_CHAT, "tk": AHAL_CHAT}


def staff_in(app: Any, standin: StandIn, chat_id: int, name: str = "Ogulgerek") -> StaffChat:
    return StaffChat(app, standin, chat_id, FakeUser(id=STAFF_USER, first_name=name, language_code="ru"))


async def ask_a_person(app: Any, chat: Chat, language: str, velayat: str = "Mary") -> str:
    """Menu → get help → ask a person → legal → a velayat → chat only → name hidden → no message: the consent
    screen's text."""
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, velayat, "velayat"))
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    return (await chat.press(said(app, language, "Skip", "button"))).text


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_consent_names_the_organisation_the_request_will_reach(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    consent = await ask_a_person(app, chat, language)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    assert mary in consent
    assert said(app, language, "the hotline team") not in consent
    await chat.press(said(app, language, "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.ngo_id == "example-mary"  # the one the consent screen named
