"""With a request open, what a person types goes to its staff: /start and /menu say so instead of "just type your
question"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat
from tests.test_handoff_flow import request_help_from_mary, text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_start_and_menu_say_an_open_request_gets_what_is_typed(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    person = chat_with(language)
    await person.send("/menu")
    just_type = text(app, language, "What do you need? Choose below, or just type your question.")
    assert person.last_reply().text == just_type

    number = await request_help_from_mary(app, person, language)
    line = text(
        app, language, "📋 Your request #{number} is open: what you write here reaches {organisation}."
    )
    organisation = app.bot_data.directory.get("example-mary").text("name", language)
    for command in ("/start", "/menu"):
        await person.send(command)
        shown = person.last_reply().text
        assert line.format(number=number, organisation=organisation) in shown, command
    assert just_type not in shown
