"""Every staff command and button, tried by someone who is not staff, and by staff in another NGO's chat."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, request_help_from_mary, staff

OTHER_NGO_CHAT = -1001000000001  # example-ashgabat
Action = Callable[[StaffChat, int, Any], Awaitable[None]]


async def press(data: str, worker: StaffChat, number: int, target: Any) -> None:
    await worker.press_data(target, data.format(n=number))


ACTIONS: dict[str, Action] = {
    "claim": lambda w, n, t: press("st:claim:{n}", w, n, t),
    "close": lambda w, n, t: press("st:close:{n}", w, n, t),
    "outcome": lambda w, n, t: press("st:out:{n}:legal", w, n, t),
    "back": lambda w, n, t: press("st:back:{n}", w, n, t),
    "unclaim": lambda w, n, t: press("st:unclaim:{n}", w, n, t),
    "unclaim command": lambda w, n, t: w.send(f"/unclaim {n}"),
    "refer": lambda w, n, t: press("st:refer:{n}", w, n, t),
    "refer to": lambda w, n, t: press("st:rto:{n}:example-ashgabat", w, n, t),
    "note": lambda w, n, t: w.reply(t, "/note a staff-only note"),
    "queue": lambda w, n, t: w.send("/queue"),
    "case": lambda w, n, t: w.send(f"/case {n}"),
    "send": lambda w, n, t: w.reply(t, "/send passport-safety"),
    "reply": lambda w, n, t: w.reply(t, "hello from someone"),
    "stats": lambda w, n, t: w.send("/stats"),
    "export": lambda w, n, t: w.send("/export"),
}


@pytest.mark.parametrize("who", ["not staff, in the NGO's chat", "staff, in another NGO's chat"])
@pytest.mark.parametrize("action", sorted(ACTIONS))
async def test_staff_actions_are_refused_to_the_wrong_people(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], who: str, action: str
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    heard = len(person.bot_messages())
    if who.startswith("not staff"):
        worker = staff(app, standin, chat_id=MARY_CHAT, user_id=31337, name="Outsider")
        target = worker.card(number)
    else:
        worker = staff(app, standin, chat_id=OTHER_NGO_CHAT)
        await worker.send("/queue")  # something of the bot's in that chat to press or reply to
        target = worker.last()
    await ACTIONS[action](worker, number, target)
    case = await app.bot_data.storage.case(number)
    assert case.status == "open" and case.claimed_by is None
    assert len(person.bot_messages()) == heard  # nothing reached the person
    assert await app.bot_data.storage.audit_log() == []
    shown = " ".join(m.text for m in standin.messages_in(worker.chat_id, from_bot=True))
    assert "history" not in shown.lower() and f"#{number} —" not in shown
    assert app.bot_data.directory.get("example-mary").text("name", "ru") not in shown
    if who.startswith("not staff") or action == "export":
        assert not [m for m in standin.messages_in(worker.chat_id) if m.kind in ("photo", "document")]
