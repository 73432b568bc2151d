"""After /hide, whoever holds the phone learns nothing of the case (tester EE#1, EE#2): no screen names the request, the
organisation or the velayat; a message is passed on to staff marked as written from the hidden chat, and answered only
"Passed on"; nothing can end the case from there. Staff, who read what was written, end the hiding when it is the
person; only then is she offered what staff wrote meanwhile, in one message whose button agrees with the count and is
taken off once used (tester FF#2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import SentMessage, StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.hiding import end_hiding, show_label, unhide_label, unhide_notice
from tests.staffchat import StaffChat
from tests.test_found_by_tester_bb_card import BACK
from tests.test_handoff_flow import button, request_help_from_mary, staff

SHELTER = "Гульнара, адрес приюта: ул. Магтымгулы 5, приходите в 10:00"


def names_the_case(app: Any, text: str, number: int, language: str) -> bool:
    mary = app.bot_data.directory.get("example-mary")
    velayat = app.bot_data.catalogs(language).pgettext("velayat", "Mary")
    return any(word in text for word in (f"#{number}", mary.text("name", language), velayat))


async def hidden_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str = "ru"
) -> tuple[Chat, StaffChat, int]:
    """Her request with Mary, claimed and answered, then hidden; a shelter address written while hidden is held."""
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), SHELTER)
    assert standin.messages_in(chat.chat_id) == []
    return chat, worker, number


@pytest.mark.parametrize("language", ["ru", "en", "tk"])
async def test_no_screen_of_a_hidden_chat_names_the_request_or_the_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with, language)
    for command in ("/start", "/menu", "/help", "/privacy", "/sos", "/forget"):
        await chat.send(command)
    await chat.send("/menu")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "❓ Ask a question", "menu"))
    shown = chat.bot_messages()
    assert shown
    for message in shown:
        assert not names_the_case(app, message.text, number, language), message.text
        assert said(app, language, "Withdraw my request", "button") not in chat.labels(message)
    assert SHELTER not in "\n".join(m.text for m in shown)


async def test_a_stranger_typing_on_her_phone_gets_passed_on_and_staff_are_warned(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with)
    before = len(worker.messages())
    await chat.send("привет <b>кто тут</b>")
    (answer,) = chat.bot_messages()
    assert answer.text == "✉️ Передано."
    assert chat.labels(answer) == []
    staff_side = [m.text for m in worker.messages()[before:]]
    relayed = next(t for t in staff_side if "привет" in t)
    assert (
        said(
            app,
            "ru",
            "🙈 Written from the hidden chat: it may not be the person; someone else may hold the phone.",
        )
        in relayed
    )
    assert "привет <b>кто тут</b>" in relayed, "what a person wrote is escaped: shown as typed, not as markup"
    assert not any("вернулся" in t for t in staff_side), "never 'the person is back'"
    unhide_notice(app, worker, number)

    # a second message: passed on again, the button not posted twice
    await chat.send("ответь")
    assert chat.last_reply().text == "✉️ Передано."
    buttons = [m for m in worker.messages() if m.buttons() and "🙈" in m.text and f"#{number}" in m.text]
    assert len(buttons) == 1

    # the held reply stays held: a forged press of 📩 shows nothing
    await chat.press_data(chat.last_reply(), f"held:{number}")
    assert SHELTER not in "\n".join(m.text for m in chat.bot_messages())
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.hidden_at is not None


async def test_withdrawing_or_deleting_from_the_hidden_chat_is_refused_and_staff_are_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with)
    await chat.send("отмени мой запрос")
    await chat.press_data(chat.last_reply(), "ho:withdraw")
    await chat.press_data(chat.last_reply(), "ho:withdraw!")
    told = len(worker.messages())
    await chat.press_data(chat.last_reply(), "ho:keep")  # nothing tried: nothing for staff to hear
    assert len(worker.messages()) == told
    await chat.send("/forget")
    await chat.press_data(chat.last_reply(), "forget:yes")
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.is_open and case.hidden_at is not None
    told = [m.text for m in worker.messages()]
    assert any("пытался отозвать" in t for t in told)
    assert any("/forget" in t and "Ничего не удалено" in t for t in told)
    assert all(not names_the_case(app, m.text, number, "ru") for m in chat.bot_messages())


async def test_danger_from_the_hidden_chat_alerts_staff_as_such_and_keeps_it_hidden(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with)
    await chat.send("меня бьют и не выпускают из квартиры")
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.urgent and case.hidden_at is not None
    alerts = [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True) + worker.messages()]
    assert any("🆘" in t and "скрытого чата" in t for t in alerts)
    for message in chat.bot_messages():
        assert not names_the_case(app, message.text, number, "ru"), message.text
    # 🆘 pressed from the chat: urgent already, still hidden, nothing named
    await chat.send("/sos")
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.hidden_at is not None
    for message in chat.bot_messages():
        assert not names_the_case(app, message.text, number, "ru"), message.text


async def test_only_the_case_staff_can_end_the_hiding(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with)
    await chat.send("это я")
    notice = unhide_notice(app, worker, number)
    await chat.press_data(notice, f"st:unhide:{number}")  # forged from her own chat
    stranger = staff(app, standin, user_id=424242, name="Not staff")
    await stranger.press_data(notice, f"st:unhide:{number}")  # someone in the group who is not staff
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.hidden_at is not None
    assert SHELTER not in "\n".join(m.text for m in chat.bot_messages())


@pytest.mark.parametrize("language", ["ru", "en", "tk"])
async def test_staff_end_the_hiding_and_she_gets_one_message_and_a_button_that_agrees_with_the_count(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with, language)
    await worker.reply(worker.card(number), "Позвоните нам, когда сможете.")
    await chat.send(BACK[language])
    before = len(chat.bot_messages())
    await end_hiding(app, worker, number)
    assert unhide_notice_gone(app, worker, number)
    (offer,) = chat.bot_messages()[before:]
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    delivered = said(app, language, "📨 Your messages reached {organisation}.").format(organisation=mary)
    assert offer.text.startswith(delivered)
    assert said(app, language, "A person, not the bot, will answer you here.") not in offer.text
    assert chat.labels(offer) == [show_label(app, language, 2)]
    assert any("✅" in m.text and f"#{number}" in m.text for m in worker.messages())

    await chat.press(show_label(app, language, 2))
    texts = [m.text for m in chat.bot_messages()]
    assert any(SHELTER in t for t in texts) and any("Позвоните нам" in t for t in texts)
    assert chat.labels(standin_message(standin, chat, offer)) == [], "the used button is taken off"

    # what staff write now reaches her
    await worker.reply(worker.card(number), "Мы на связи.")
    assert any("Мы на связи." in m.text for m in chat.bot_messages())
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.hidden_at is None


async def test_without_held_replies_she_is_told_once_that_her_messages_arrived(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await chat.send_only("/hide")
    await chat.send("its me")
    await end_hiding(app, worker, number)
    mary = app.bot_data.directory.get("example-mary").text("name", "en")
    assert chat.last_reply().text == f"Delivered to {mary}. A person, not the bot, will answer you here."
    await chat.send("ok thanks")  # a 👌 on it, not a second "Delivered"
    # a second press finds nothing to end
    await worker.press_data(worker.card(number), f"st:unhide:{number}")
    assert sum("Delivered" in m.text for m in chat.bot_messages()) == 1


async def test_a_case_closed_while_hidden_keeps_its_replies_behind_the_staff_step(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat, worker, number = await hidden_case(app, standin, chat_with)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    clock.advance(24 * 3600)
    before = len(worker.messages())
    await chat.send("как проверить предложение о работе")
    assert chat.last_reply().text == "✉️ Передано."
    assert SHELTER not in "\n".join(m.text for m in chat.bot_messages())
    assert all(show_label(app, "ru", 1) not in chat.labels(m) for m in chat.bot_messages())
    relayed = "\n".join(m.text for m in worker.messages()[before:])
    assert "как проверить предложение о работе" in relayed and "скрытого чата" in relayed

    await end_hiding(app, worker, number)
    offer = chat.last_reply()
    assert f"#{number}" in offer.text and chat.labels(offer) == [show_label(app, "ru", 1)]
    await chat.press(show_label(app, "ru", 1))
    assert any(SHELTER in m.text for m in chat.bot_messages())


def unhide_notice_gone(app: Any, worker: StaffChat, number: int) -> bool:
    label = unhide_label(app)
    return not any(
        f"#{number}" in m.text and any(b.get("text") == label for row in m.buttons() for b in row)
        for m in worker.messages()
    )


def standin_message(standin: StandIn, chat: Chat, message: SentMessage) -> SentMessage:
    return next(m for m in standin.messages_in(chat.chat_id) if m.message_id == message.message_id)


async def test_the_worker_who_ends_the_hiding_is_named_as_written_in_both_staff_chats(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin, name="<Ann & Co>")  # a Telegram first name is the worker's to choose
    await chat.send_only("/hide")
    await chat.send("its me")
    await end_hiding(app, worker, number)
    # Telegram refuses a notice whose name reads as a tag: the stand-in too, and the test fails on its refusal
    assert any("<Ann & Co>" in m.text for m in worker.messages()), (
        "the name is shown as written, not as markup"
    )
