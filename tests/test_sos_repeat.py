"""🆘 pressed again and again, or /sos typed again, while the alert is fresh (found by an exploratory tester: 50
presses sent 49 full copies of the SOS message to a person who may be panicking on a watched phone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from handlers.common import URGENT
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_handoff_flow import request_help_from_mary, staff

TOAST = (
    "🆘 The staff already have your alert. A person will write to you here. In danger now? Call the hotline."
)


def alerts(app: Any, standin: StandIn, chat_id: int, number: int) -> int:
    return sum(
        1
        for m in staff(app, standin, chat_id=chat_id).messages()
        if "SOS" in m.text and f"#{number}" in m.text
    )


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_pressed_again_gets_a_toast_not_another_copy(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    first = await chat.send("/sos")
    assert f"#{number}" in first.text
    shown = chat.bot_messages()
    for _ in range(10):
        await chat.press_data(first, URGENT)
    assert chat.bot_messages() == shown
    assert standin.callback_answers[-1].get("text") == said(app, language, TOAST)
    assert alerts(app, standin, -1001000000011, number) == 1  # staff: one alert, as before
    assert alerts(app, standin, COORDINATOR_CHAT, number) == 1
    # typed again: 👌 on the /sos, no new message
    await chat.send_only("/sos")
    assert chat.bot_messages() == shown
    assert chat.my_messages()[-1].reactions == [{"type": "emoji", "emoji": "👌"}]


async def test_sos_after_staff_took_the_case_and_wrote_alerts_them_again(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await chat.send("/sos")
    worker = staff(app, standin)
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await worker.reply(worker.card(number), "Мы здесь.")
    clock.advance(300)
    shown = len(chat.bot_messages())
    again = await chat.send("/sos")
    assert len(chat.bot_messages()) == shown + 1 and f"#{number}" in again.text  # a new alert: said in full
    assert alerts(app, standin, -1001000000011, number) == 2
