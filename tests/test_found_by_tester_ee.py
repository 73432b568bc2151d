"""Found by tester EE, playing people who mean harm: a flood on an open case dropped the person's messages without
telling her (EE#5), one chat opened case after case that looked like many people (EE#4), and a message of
zero-width characters alone reached staff as an empty one (EE#6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import StandIn
from bot.textpieces import has_visible
from tests.chat import Chat
from tests.conftest import FakeClock
from tests.test_delivery import reaction
from tests.test_handoff_flow import request_help_from_mary, staff, text

INVISIBLE = "\u200b\u200c\u200d\u2060"


def relayed_lines(app: Any, worker: Any, number: int) -> list[str]:
    heading = text(app, "ru", "💬 Case #{number}, the person writes:").format(number=number)
    return [m.text.split("\n", 1)[1] for m in worker.messages() if m.text.startswith(heading)]


async def test_a_flood_on_an_open_case_says_plainly_which_messages_did_not_reach_the_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    limit = app.bot_data.config.limits.flood_messages
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    mary = app.bot_data.directory.get("example-mary").text("name", "en")
    worker = staff(app, standin)
    clock.advance(61)  # the taps of the request are a minute old
    for line in range(limit + 5):
        await chat.send_only(f"line {line}")

    # Her first lines reach staff whole, each marked 👌; the rest never pass for delivered
    assert relayed_lines(app, worker, number) == [f"line {line}" for line in range(limit)]
    assert reaction(standin, chat, f"line {limit - 1}") == [{"type": "emoji", "emoji": "👌"}]
    assert reaction(standin, chat, f"line {limit}") == []
    warnings = [m.text for m in chat.bot_messages() if "have NOT reached" in m.text]
    assert len(warnings) == 1, "told once, not under every dropped line"
    assert mary in warnings[0] and "send again the ones without 👌" in warnings[0]
    # Staff know something was held back, once
    notices = [m.text for m in worker.messages() if m.text.startswith("⏸") and f"#{number}" in m.text]
    assert len(notices) == 1 and str(limit) in notices[0]

    # A minute later she sends them again, and they arrive
    clock.advance(61)
    await chat.send_only(f"line {limit}")
    assert relayed_lines(app, worker, number)[-1] == f"line {limit}"
    # A flood that goes on warns her again, but staff are not flooded with notices
    for line in range(limit + 5):
        await chat.send_only(f"again {line}")
    assert sum("have NOT reached" in m.text for m in chat.bot_messages()) == 2
    assert sum(m.text.startswith("⏸") for m in worker.messages()) == 1


async def test_a_flood_with_no_case_open_is_asked_to_slow_down_without_naming_anyone(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    limit = app.bot_data.config.limits.flood_messages
    chat = chat_with("en")
    for _ in range(limit + 3):
        await chat.send_only("/menu")
    last = chat.bot_messages()[-1].text
    assert last.startswith("You are sending messages very fast.")
    assert "NOT reached" not in last


async def test_a_new_request_from_the_chat_that_just_withdrew_one_says_so_on_its_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    first = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    assert "🔁" not in worker.card(first).text, "a first request has no earlier one"
    await chat.press("Withdraw my request")
    await chat.press("Yes, withdraw it")
    clock.advance(180)
    second = await request_help_from_mary(app, chat, "en")
    card = worker.card(second).text
    line = text(
        app,
        "ru",
        "🔁 Same chat as case #{number}, which the person withdrew; from that to this request: {duration}.",
    )
    minutes = app.bot_data.catalogs("ru").ngettext("{count} minute", "{count} minutes", 3).format(count=3)
    assert line.format(number=first, duration=minutes) in card

    # Closed by staff: the card names how it ended; a day later, a new request stands on its own
    await worker.press(worker.card(second), app.bot_data.catalogs("ru").pgettext("button", "✔️ Close"))
    await worker.press(worker.last(), app.bot_data.catalogs("ru").pgettext("outcome", "Information only"))
    assert not (await app.bot_data.storage.case(second)).is_open
    clock.advance(3600)
    third = await request_help_from_mary(app, chat, "en")
    card = worker.card(third).text
    assert f"#{second}" in card.split("\n")[2] and "«" in card.split("\n")[2]
    case = await app.bot_data.storage.case(third)
    await chat.press("Withdraw my request")
    await chat.press("Yes, withdraw it")
    clock.advance(25 * 3600)
    fourth = await request_help_from_mary(app, chat, "en")
    assert case.earlier_case == second
    assert "🔁" not in worker.card(fourth).text


async def test_a_message_of_invisible_characters_on_an_open_case_is_not_relayed_and_she_is_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    before = len(worker.messages())
    reply = await chat.send(INVISIBLE)
    mary = app.bot_data.directory.get("example-mary").text("name", "en")
    assert reply.text.startswith("This message looks empty, so it was not sent to") and mary in reply.text
    assert len(worker.messages()) == before, "staff get no heading over nothing"
    await worker.send(f"/case {number}")
    assert ": \n" not in worker.last().text + "\n" and not worker.last().text.rstrip().endswith(":")


def test_zero_width_and_filler_characters_show_nothing() -> None:
    assert not has_visible(INVISIBLE + " \u3164\n")
    assert has_visible("ok") and has_visible("👍") and has_visible("1")


async def test_an_invisible_message_outside_a_case_gets_a_friendly_hint(
    chat_with: Callable[..., Chat],
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send(INVISIBLE)
    assert reply.text.startswith("This message looks empty. Type your question")
    assert reply.buttons(), "with the menu to choose from"
