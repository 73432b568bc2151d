"""A person who writes in the days after staff closed their case (tester R#3): beside the answer, one tap sends what
they wrote to the same organisation, which sees the case open again with its history; nothing goes without the tap,
danger is answered as danger first (and offered too), and /hide and /forget leave nothing of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from handlers.reopen import write_again_label as label_of
from tests.chat import Chat
from tests.conftest import FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import name
from tests.test_handoff_flow import button, request_help_from_mary, staff, text

DAY = 86400
# A question the knowledge base answers at once
QUESTION = {
    "en": "How do I check if a recruitment agency is real?",
    "ru": "Как проверить кадровое агентство?",
    "tk": "Işe alyş agentligini nädip barlamaly?",
}
# Going on, with nothing the knowledge base answers
HI_AGAIN = {
    "en": "Hi again, the visa question came up again",
    "ru": "Здравствуйте, снова вопрос с визой",
    "tk": "Salam, ýene wiza meselesi",
}


def write_again_label(app: Any, language: str) -> str:
    return label_of(app.bot_data.catalogs(language), name(app, "example-mary", language))


async def closed_by_mary(
    app: Any, standin: StandIn, chat: Chat, language: str, outcome: str = "Legal help"
) -> tuple[int, StaffChat]:
    """A request to Mary, claimed by Aman and closed with `outcome`; the case number and Mary's chat."""
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", outcome, "outcome"))
    return number, worker


def offered(app: Any, chat: Chat, language: str) -> bool:
    label = write_again_label(app, language)
    return any(label in chat.labels(message) for message in chat.bot_messages()[-3:])


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_writing_the_day_after_a_close_offers_the_organisation_and_one_tap_reopens_the_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    """Sam's case is closed; the next morning "Hi again, the visa question came up again" gets, beside the "not
    sure" answer, a button to write to Mary again. Nothing reaches Mary until he taps it; then the case is open
    again, Aman's as before, Mary is told why, his words follow under the card, and /case shows it all."""
    chat = chat_with(language)
    number, worker = await closed_by_mary(app, standin, chat, language)
    mary = name(app, "example-mary", language)
    notice = chat.last_reply().text
    assert mary in notice  # the close notice says where writing again goes
    clock.advance(DAY)
    seen_by_mary = len(worker.messages())

    await chat.send(HI_AGAIN[language])
    assert offered(app, chat, language)
    assert len(worker.messages()) == seen_by_mary  # never silently forwarded
    assert (await app.bot_data.storage.case(number)).status == "closed"

    await chat.press(write_again_label(app, language))
    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and case.claimed_by_name == "Aman" and case.outcome is None
    told = (
        text(
            app,
            "ru",
            "↩️ Case #{number} is open again: the person wrote again on {written}; it was closed on {closed}. They "
            "chose to write to {organisation} again. What they wrote follows.",
        )
        .split("{written}")[0]
        .format(number=number)
    )
    new = worker.messages()[seen_by_mary:]
    assert new[0].text.startswith(told)
    assert HI_AGAIN[language] in new[1].text and new[1].reply_to_message_id == worker.card(number).message_id
    assert button(app, "ru", "✔️ Close") in [b["text"] for row in worker.card(number).buttons() for b in row]
    reopened = text(
        app,
        language,
        "↩️ Your request #{number} is open again. Write here and your message reaches {organisation}.",
    ).format(number=number, organisation=mary)
    assert reopened in [m.text for m in chat.bot_messages()]
    delivered = text(
        app, language, "Delivered to {organisation}. A person, not the bot, will answer you here."
    ).format(organisation=mary)
    assert chat.last_reply().text == delivered

    await worker.reply(worker.card(number), "Здравствуйте, слушаем вас.")
    assert chat.last_reply().text.endswith("Здравствуйте, слушаем вас.")
    await worker.send(f"/case {number}")
    history = worker.last().text
    closed = history.index(button(app, "ru", "Legal help", "outcome"))
    again = history.index(button(app, "ru", "opened the case again", "case action"))
    assert (
        closed < again < history.index(HI_AGAIN[language])
    )  # the close, the person's reopening, their words


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_question_the_knowledge_base_answers_is_answered_and_offered_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    """Tester X#1: a line the knowledge base answers may be the very news the organisation must hear ("и ещё паспорт
    забрали"): in the days after a close every message gets the offer, under its answer."""
    chat = chat_with(language)
    await closed_by_mary(app, standin, chat, language)
    clock.advance(DAY)
    await chat.send(QUESTION[language])
    assert offered(app, chat, language)


async def test_no_offer_after_the_window_or_for_thanks(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    await closed_by_mary(app, standin, chat, "en")
    await chat.send("thank you")
    assert not offered(app, chat, "en")
    clock.advance((app.bot_data.config.staff.write_again_days + 1) * DAY)
    await chat.send(HI_AGAIN["en"])
    assert not offered(app, chat, "en")


async def test_hide_and_forget_leave_no_offer_and_nothing_held(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number, worker = await closed_by_mary(app, standin, chat, "en")
    clock.advance(DAY)
    await chat.send(HI_AGAIN["en"])
    assert offered(app, chat, "en")
    storage = app.bot_data.storage
    await chat.send_only("/hide")
    assert await storage.run(lambda tx: tx.fetchall("SELECT * FROM after_close")) == []
    await chat.send("hello? it happened again")
    assert not offered(app, chat, "en")  # someone else may be typing on the phone now

    other = chat_with("ru", user_id=100002)
    await closed_by_mary(app, standin, other, "ru")
    await other.send(HI_AGAIN["ru"])
    assert offered(app, other, "ru")
    await other.send("/forget")
    await other.press(button(app, "ru", "Yes, delete everything"))
    assert await storage.run(lambda tx: tx.fetchall("SELECT * FROM after_close")) == []
    assert (await storage.case(number)).status == "closed"


async def test_a_withdrawn_request_is_not_offered_after_its_undo_window(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    await chat.press(button(app, "en", "Withdraw my request"))
    await chat.press(button(app, "en", "Yes, withdraw it"))
    clock.advance(DAY)
    await chat.send(HI_AGAIN["en"])
    assert not offered(app, chat, "en")


async def test_after_a_close_for_no_answer_any_message_reaches_the_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Its notice says "if you still need help, write here … and a person will write to you again": the message,
    a question too, is the answer staff waited for, and goes to them with no tap (tester Z#6)."""
    chat = chat_with("en")
    number, worker = await closed_by_mary(app, standin, chat, "en", outcome="No answer")
    clock.advance(DAY)
    await chat.send(QUESTION["en"])
    assert not offered(app, chat, "en")
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    assert QUESTION["en"] in worker.last().text


async def test_privacy_says_what_the_offer_keeps(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    shown = await chat.send("/privacy")
    days = app.bot_data.config.staff.write_again_days
    line = app.bot_data.catalogs("ru").ngettext(
        "• After your request is closed, for {days} day: what you write that I offer to send to the "
        "organisation, until you send it or that time is over. /hide deletes it.",
        "• After your request is closed, for {days} days: what you write that I offer to send to the "
        "organisation, until you send it or that time is over. /hide deletes it.",
        days,
    )
    assert line.format(days=days) in shown.text


async def test_an_offer_from_before_the_last_close_reopens_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Tester U#9: two offers after a close; the second one's tap reopened the case, staff closed it again, and the
    first offer's button then reopened it once more, telling staff "their message follows" with nothing after it.
    The second offer now takes the first one down (W#6), but a phone that has not seen that may still send its
    button."""
    chat = chat_with("en")
    number, worker = await closed_by_mary(app, standin, chat, "en")
    clock.advance(DAY)
    await chat.send(HI_AGAIN["en"])
    first_offer = next(
        m for m in reversed(chat.bot_messages()) if write_again_label(app, "en") in chat.labels(m)
    )
    await chat.send("the visa question again please")
    assert all(m.message_id != first_offer.message_id for m in chat.bot_messages())  # taken down
    newest = next(m for m in reversed(chat.bot_messages()) if write_again_label(app, "en") in chat.labels(m))
    await chat.press(write_again_label(app, "en"))
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    seen_by_mary = len(worker.messages())
    callback = first_offer.button(write_again_label(app, "en"))["callback_data"]
    await chat.press_data(newest, str(callback))  # the first offer's button, sent by a stale phone
    assert (await app.bot_data.storage.case(number)).status == "closed"
    assert len(worker.messages()) == seen_by_mary
    now_shown = next(m for m in chat.bot_messages() if m.message_id == newest.message_id)
    assert now_shown.text == text(
        app,
        "en",
        "Request #{number} can no longer be reopened. To ask for help again, choose “Get help” in the menu.",
    ).format(number=number)


async def test_a_message_beyond_what_is_held_is_told_to_be_written_again(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Sam writes more after the close than the bot holds: the offer under the message that no longer fits says it
    is not among those sent, and the tap sends the ones held, never that one."""
    from bot.storage.after_close import MAX_HELD

    chat = chat_with("en")
    number, worker = await closed_by_mary(app, standin, chat, "en")
    clock.advance(DAY)
    not_among = text(
        app,
        "en",
        "This last message is not among them: I keep {count} at most. Once the request is open again, write it "
        "once more and it reaches them.",
    ).format(count=MAX_HELD)
    for n in range(1, MAX_HELD + 2):
        clock.advance(600)  # one every ten minutes: no flood
        reply = await chat.send(f"visa question, part {n}")
        assert (not_among in reply.text) is (n > MAX_HELD), (n, reply.text)
    seen_by_mary = len(worker.messages())
    await chat.press(write_again_label(app, "en"))
    sent = " ".join(m.text or "" for m in worker.messages()[seen_by_mary:])
    assert f"part {MAX_HELD}" in sent and f"part {MAX_HELD + 1}" not in sent
    assert (await app.bot_data.storage.case(number)).status == "claimed"
