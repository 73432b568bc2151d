"""The coordinators' reminders of a case nobody claims (tester R#4): a case handed back to the hotline team, or an
organisation's escalated one, is reminded of again as the wait doubles, each time one line under the one card the
coordinators have, never a second card; a claim ends them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.alerts import late_alert
from handlers.cards import staff_translator
from handlers.jobs import REMIND_AT_LEAST_EVERY, check_cases
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, STAFF_USER, FakeClock
from tests.test_handoff_flow import button, request_help_from_mary, staff


@pytest.mark.parametrize("handed_back", [True, False])
async def test_the_coordinators_are_reminded_of_a_waiting_case_again_under_its_one_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, handed_back: bool
) -> None:
    """Mary hands a case back to the hotline team (or never claims it) and nobody there claims it for 20 hours: the
    coordinators are reminded as the wait doubles (1, 2, 4, 8… claim windows, at most REMIND_AT_LEAST_EVERY apart),
    each time one line in reply to the one card they have, never a second card; a reply to the last reminder
    reaches the person and claims the case, and the reminders stop."""
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    mary = staff(app, standin, name="Aman")
    if handed_back:
        await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
        await mary.press(mary.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=STAFF_USER, name="Dilara")
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    window = app.bot_data.config.staff.sla_minutes
    for _ in range(20 * 60):  # 20 hours, checked every minute as the job does
        clock.advance(60)
        await check_cases(BotContext(app))

    cards = [m for m in hotline.messages() if m.reply_markup and f"#{number}" in m.text]
    assert len(cards) == 1  # one card, one set of buttons
    reminders = [m for m in hotline.messages() if m.text.startswith("⏰") and m is not cards[0]]
    assert all(m.reply_to_message_id == cards[0].message_id for m in reminders)
    due, times = window, []
    while due <= 20 * 60:
        times.append(due)
        due += min(due, REMIND_AT_LEAST_EVERY // 60)
    if not handed_back:
        times = times[1:]  # the first escalation is the card itself, posted under its heading
    assert [m.text for m in reminders] == [late_alert(tr, number, minutes) for minutes in times]
    assert len(reminders) >= 4

    await hotline.reply(reminders[-1], "We are here. Where are you now?")
    assert person.last_reply().text.endswith("We are here. Where are you now?")
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    seen = len(hotline.messages())
    clock.advance(REMIND_AT_LEAST_EVERY)
    await check_cases(BotContext(app))
    assert not [m for m in hotline.messages()[seen:] if m.text.startswith("⏰")]
