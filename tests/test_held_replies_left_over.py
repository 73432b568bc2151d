"""A reply held while the person hid the chat is hers to read whatever happened to the case meanwhile: closed before
she came back (as "no answer", say), or referred to another organisation, whose name it does not go under. Once
shown, a worker's edit of it reaches her copy, as for any reply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.hiding import end_hiding, show_label
from tests.staffchat import StaffChat
from tests.test_case_tools import BAYRAMALY_CHAT, labels, name, request_help
from tests.test_crisis_flow import DANGER
from tests.test_found_by_tester_bb_card import BACK
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff


async def close_as(app: Any, worker: StaffChat, number: int, outcome: str, language: str = "ru") -> None:
    await worker.press(worker.card(number), button(app, language, "✔️ Close"))
    await worker.press(worker.card(number), button(app, language, outcome, "outcome"))


def offered_after_close(app: Any, language: str, number: int, count: int = 1) -> str:
    return (
        app.bot_data.catalogs(language)
        .ngettext(
            "💬 While this chat was hidden, you were sent {count} message about your request #{number}. The "
            "request is closed now. Tap below to read it here; to ask for help again, choose “Get help” in the menu.",
            "💬 While this chat was hidden, you were sent {count} messages about your request #{number}. The "
            "request is closed now. Tap below to read them here; to ask for help again, choose “Get help” in the "
            "menu.",
            count,
        )
        .format(count=count, number=number)
    )


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_reply_held_on_a_case_closed_before_she_came_back_is_still_offered(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), "We tried to call you twice. Write when it is safe.")
    clock.advance(3 * 24 * 3600)
    await close_as(app, worker, number, "No answer")
    assert standin.messages_in(chat.chat_id) == [], (
        "nothing lands in the chat she cleared, not even the close"
    )

    clock.advance(24 * 3600)
    await chat.send(BACK[language])
    assert chat.last_reply().text == said(app, language, "✉️ Passed on."), "staff judge first that it is her"
    await end_hiding(app, worker, number)
    offer = offered_after_close(app, language, number)
    (offered,) = [m for m in chat.bot_messages() if m.text == offer]
    assert "We tried to call you" not in offered.text, "shown only when she asks: the phone may not be hers"
    shown = await chat.press(show_label(app, language, 1))
    mary = name(app, "example-mary", language)
    replies = [m.text for m in chat.bot_messages()]
    assert f"💬 {mary}:\nWe tried to call you twice. Write when it is safe." in replies
    closed = said(
        app,
        language,
        "Your request #{number} is closed, so a reply here does not reach {organisation}. To ask for help again, "
        "choose “Get help” in the menu.",
    ).format(number=number, organisation=mary)
    assert shown.text == closed
    assert chat.labels(shown) == [said(app, language, "☰ Menu", "button")]
    told = said(
        app,
        "ru",
        "📩 Case #{number} (closed): the person came back and opened what was written to them while the chat was "
        "hidden. They were told the request is closed and how to ask for help again.",
    ).format(number=number)
    assert any(m.text == told for m in worker.messages())

    # offered once: her next message is answered as any other, with no offer again
    before = len(chat.bot_messages())
    await chat.send("how do I check a job offer")
    assert all(m.text != offer for m in chat.bot_messages()[before:])


async def test_a_reply_held_before_a_referral_is_hers_and_goes_under_the_name_of_who_wrote_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help(app, chat, "en", "ℹ️ Information and advice", MARY, "example-mary")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await mary.reply(mary.card(number), "Our lawyer can see you on Monday.")
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly_name = name(app, "example-mary-bayramaly", "ru")
    (choice,) = [label for label in labels(mary.card(number)) if label.startswith(bayramaly_name)]
    await mary.press(mary.card(number), choice)
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, name="Ira")
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "✋ Claim"))

    clock.advance(3600)
    await chat.send(BACK["en"])
    await end_hiding(app, bayramaly, number, "tk")
    shown = await chat.press(show_label(app, "en", 1))
    assert shown.text == f"💬 {name(app, 'example-mary', 'en')}:\nOur lawyer can see you on Monday."


async def test_a_reply_held_before_a_referral_and_a_close_is_still_offered(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help(app, chat, "en", "ℹ️ Information and advice", MARY, "example-mary")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await mary.reply(mary.card(number), "Our lawyer can see you on Monday.")
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly_name = name(app, "example-mary-bayramaly", "ru")
    (choice,) = [label for label in labels(mary.card(number)) if label.startswith(bayramaly_name)]
    await mary.press(mary.card(number), choice)
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, name="Ira")
    await bayramaly.press(bayramaly.card(number), button(app, "tk", "✋ Claim"))
    await close_as(app, bayramaly, number, "No answer", "tk")

    clock.advance(3600)
    await chat.send(BACK["en"])
    await end_hiding(app, bayramaly, number, "tk")
    assert any(m.text == offered_after_close(app, "en", number) for m in chat.bot_messages())
    await chat.press(show_label(app, "en", 1))
    replies = [m.text for m in chat.bot_messages()]
    assert f"💬 {name(app, 'example-mary', 'en')}:\nOur lawyer can see you on Monday." in replies


async def test_a_worker_edits_a_held_reply_after_she_read_it_and_her_copy_follows(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), "Come to the office on Monday")
    held = worker.mine()[-1]
    clock.advance(3600)
    await chat.send(BACK["en"])
    await end_hiding(app, worker, number)
    shown = await chat.press(show_label(app, "en", 1))
    assert shown.text.endswith("Come to the office on Monday")

    before = len(worker.messages())
    await worker.edit(held, "Come to the office on Tuesday")
    copy = next(m for m in chat.bot_messages() if m.message_id == shown.message_id)
    edited = said(app, "en", "💬 <b>{sender}</b> (✏️ edited):").format(sender=name(app, "example-mary", "en"))
    assert copy.text == f"{edited.replace('<b>', '').replace('</b>', '')}\nCome to the office on Tuesday"
    not_changed = said(
        app,
        "ru",
        "✏️ Not changed for the person: they still have this message as first sent. To correct it, write to them "
        "again (see /help).",
    )
    assert all(m.text != not_changed for m in worker.messages()[before:])


async def test_coming_back_in_danger_keeps_the_sos_last_and_the_reply_is_offered_once_staff_end_the_hiding(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), "We tried to call you twice.")
    await close_as(app, worker, number, "No answer")
    clock.advance(24 * 3600)
    answer = await chat.send(DANGER["en"])
    assert offered_after_close(app, "en", number) not in answer.text
    assert any("🆘" in label for label in chat.labels(answer)), "the danger reply stays last, with its 🆘"
    await chat.send(BACK["en"])
    await end_hiding(app, worker, number)
    assert any(m.text == offered_after_close(app, "en", number) for m in chat.bot_messages())
