"""What people type into the hand-off request and on an open case: a phone number read as written or refused with
a hint, and a long message reaching staff whole, in marked pieces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat
from tests.test_handoff_flow import MARY, button, text


async def reach_the_phone_step(app: Any, chat: Chat, language: str) -> None:
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    await chat.press(button(app, language, "🙋 Ask {name} for help").format(name=mary))
    await chat.press(button(app, language, "📞 Also by phone"))
    await chat.press(button(app, language, "Yes, it is safe"))
    assert chat.last_reply().text == text(app, language, "Type the phone number to call.")


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_phone_number_with_a_letter_gets_a_hint_and_the_same_step(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await reach_the_phone_step(app, chat, language)
    hint = await chat.send("+993 6x 12 34 56")
    assert hint.text == text(
        app,
        language,
        "This does not look like a phone number. Please type it in digits, for example +993 65 000000 or "
        "8 65 000000. Spaces, dashes and brackets are fine.",
    )
    assert button(app, language, "✖ Cancel") in chat.labels(hint), "the way out stays one tap away"
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "phone" and "phone" not in draft.answers

    asked = await chat.send("+993 65 12-34-56")
    assert asked.text == text(
        app, language, "When is it safe to call you? For example: weekdays after 18:00."
    )
