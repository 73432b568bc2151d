"""Tester X: after a close, every message the person writes is held and offered, and the tap sends them all in order
(X#1); a specialist's request a close ended says so with the close's date, true after a reopen too (X#7); an edit of
the request's own message shows on the card and in /case (X#8); and the reopen notice says when the person wrote
again and when the case was closed, each plainly (X#9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import FakeUser, StandIn
from handlers.labels import format_time
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import name
from tests.test_handoff_flow import button, request_help_from_mary, staff, text
from tests.test_write_again import closed_by_mary, write_again_label

DAY = 86400
MARY_LAWYER_CHAT = -1001000000111  # example-mary-lawyer's chat in the example roster


def offers(app: Any, chat: Chat, language: str) -> list[str]:
    """The offers to write again on the person's screen now."""
    label = write_again_label(app, language)
    return [m.text for m in chat.bot_messages() if label in chat.labels(m)]


def offer_text(app: Any, language: str, number: int, count: int) -> str:
    return (
        app.bot_data.catalogs(language)
        .ngettext(
            "📨 Is this about your request #{number}? It is closed, but I can send what you wrote since it was "
            "closed ({count} message) to {organisation}: the request opens again, and they see it with the "
            "request. Nothing is sent unless you tap the button.",
            "📨 Is this about your request #{number}? It is closed, but I can send what you wrote since it was "
            "closed ({count} messages) to {organisation}: the request opens again, and they see them with the "
            "request. Nothing is sent unless you tap the button.",
            count,
        )
        .format(number=number, count=count, organisation=name(app, "example-mary", language))
    )


async def test_every_message_after_a_close_is_held_and_the_tap_sends_them_all_in_order(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """X#1: the next day "контракт подписали вчера" and "и ещё паспорт забрали" got only articles, no offer; the third
    line's offer sent only the third line, and the taken passport never reached Mary."""
    chat = chat_with("ru")
    number, worker = await closed_by_mary(app, standin, chat, "ru")
    clock.advance(DAY)
    seen_by_mary = len(worker.messages())
    lines = [
        "здравствуйте, контракт подписали вчера",
        "и ещё паспорт забрали",
        "снова здравствуйте, у меня ещё вопрос по договору",
    ]
    for count, line in enumerate(lines, start=1):
        await chat.send(line)
        # each answered message gets the offer, which says how many it sends; one offer on the screen
        assert offers(app, chat, "ru") == [offer_text(app, "ru", number, count)]
    assert len(worker.messages()) == seen_by_mary  # nothing without the tap

    await chat.press(write_again_label(app, "ru"))
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    relayed = [m.text for m in worker.messages()[seen_by_mary:]]
    at = [next(i for i, each in enumerate(relayed) if each.endswith(line)) for line in lines]
    assert at == sorted(at)  # all three, in the order written
    await worker.send(f"/case {number}")
    assert "и ещё паспорт забрали" in worker.last().text


async def test_danger_after_a_close_is_answered_as_danger_and_held_and_offered(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number, worker = await closed_by_mary(app, standin, chat, "en")
    clock.advance(DAY)
    shown = len(chat.bot_messages())
    await chat.send("he locked me in the room again and beats me")
    danger, offer = chat.bot_messages()[shown:][-2:]
    assert "🆘" in " ".join(chat.labels(danger))  # answered as danger, the offer under it
    assert write_again_label(app, "en") in chat.labels(offer)
    assert offers(app, chat, "en") == [offer_text(app, "en", number, 1)]
    await chat.press(write_again_label(app, "en"))
    told = "he locked me in the room again and beats me"
    assert any(m.text.endswith(told) for m in worker.messages()), "the words reach Mary"
    # Danger, though written while the case was closed: the reopened case is urgent and the coordinators alerted
    assert (await app.bot_data.storage.case(number)).urgent
    assert f"#{number}" in staff(app, standin, chat_id=COORDINATOR_CHAT).last().text


async def test_the_reopen_notice_says_when_the_person_wrote_and_when_the_case_was_closed(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """X#9: "wrote after the close (<the close's time>)" read as the time the person wrote."""
    chat = chat_with("ru")
    number, worker = await closed_by_mary(app, standin, chat, "ru")
    closed = (await app.bot_data.storage.case(number)).closed_at
    clock.advance(DAY)
    wrote = int(clock())
    await chat.send("здравствуйте, контракт подписали вчера")
    clock.advance(3600)  # the tap an hour later: the notice gives when they wrote
    seen = len(worker.messages())
    await chat.press(write_again_label(app, "ru"))
    notice = text(
        app,
        "ru",
        "↩️ Case #{number} is open again: the person wrote again on {written}; it was closed on {closed}. They "
        "chose to write to {organisation} again. What they wrote follows.",
    ).format(
        number=number,
        written=format_time(wrote),
        closed=format_time(closed),
        organisation=name(app, "example-mary", "ru"),
    )
    assert worker.messages()[seen].text == notice


async def test_a_specialist_request_a_close_ended_says_when_after_a_reopen(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """X#7: after ↩️ Reopen, the card read "in progress" and "Specialist: … no longer applies: the case is closed"."""
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = StaffChat(
        app, standin, MARY_LAWYER_CHAT, FakeUser(id=777001, first_name="Lawyer", language_code="ru")
    )
    await lawyer.press(lawyer.last(), button(app, "ru", "👍 Accept"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    closed = (await app.bot_data.storage.case(number)).closed_at
    clock.advance(DAY)
    await worker.press(worker.card(number), button(app, "ru", "↩️ Reopen"))
    assert (await app.bot_data.storage.case(number)).is_open

    ended = button(app, "ru", "ended when the case was closed on {time}", "specialist request")
    seen = len(worker.messages())
    await worker.send(f"/case {number}")  # a fresh card, then the history
    for card in (worker.card(number).text, worker.messages()[seen].text):
        assert ended.format(time=format_time(closed)) in card


async def test_an_edit_of_the_requests_own_message_shows_on_the_card_and_in_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """X#8: the edit reached staff marked ✏️, but the card and /case kept "Нужен юрист по контракту в Турции", and
    staff reading the card missed that the person is 17."""
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru", message="Нужен юрист по контракту в Турции")
    written = next(m for m in chat.my_messages() if m.text == "Нужен юрист по контракту в Турции")
    worker = staff(app, standin)
    await chat.edit(written, "Нужен юрист по контракту в Турции, мне 17 лет")
    edited_at = int((await app.bot_data.storage.case(number)).message_edited_at or 0)
    message = text(app, "ru", "Message: «{message}»").format(
        message="Нужен юрист по контракту в Турции, мне 17 лет"
    )
    mark = text(app, "ru", "✏️ Edited by the person on {time}.").format(time=format_time(edited_at))
    seen = len(worker.messages())
    await worker.send(f"/case {number}")  # a fresh card, then the history
    for card in (worker.card(number).text, worker.messages()[seen].text):
        assert message in card and mark in card
