"""⬅️ Back in the hand-off request: a wrong tap is undone one step at a time, nothing typed is lost, and an old Back
changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.cards import staff_translator
from handlers.labels import velayat_label
from tests.chat import Chat
from tests.test_handoff_flow import MARY, button, staff, text

# In the person's own language: a message in another one makes it theirs (bot/i18n.py, answer_language)
MESSAGE = {
    "ru": "Мне нужна консультация юриста",
    "tk": "Maňa hukukçynyň maslahaty gerek",
    "en": "I need advice from a lawyer",
}
KEPT = "What you wrote before is kept. Anything you write now is added to it."


async def ask_a_person(app: Any, chat: Chat, language: str) -> None:
    """Get help → talk to a person: a request from the start, nothing known."""
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "🙋 Ask a person to contact me"))


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_back_undoes_a_wrong_answer_and_keeps_the_message_typed(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    back = button(app, language, "⬅️ Back")
    await ask_a_person(app, chat, language)
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.press(button(app, language, "Mary", "velayat"))
    assert chat.last_reply().text == text(app, language, "How may the organisation contact you?")

    # The wrong velayat: Back shows its step again, and another one is chosen.
    again = await chat.press(back)
    assert again.text == text(
        app, language, "Where are you from, or where is your family? This helps choose the organisation."
    )
    await chat.press(button(app, language, "Lebap", "velayat"))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    await chat.send(MESSAGE[language])
    assert MESSAGE[language] in chat.last_reply().text, "the consent screen lists the message"

    # From the consent screen, back past the message to the name, which is changed.
    message_step = await chat.press(back)
    assert text(app, language, KEPT) in message_step.text
    name_step = await chat.press(back)
    assert name_step.text == text(
        app, language, "May the organisation see your Telegram name? It helps them know who is writing."
    )
    await chat.press(button(app, language, "Yes, show my name"))
    assert text(app, language, KEPT) in chat.last_reply().text
    await chat.press(button(app, language, "Skip"))
    await chat.press(button(app, language, "✅ Send the request"))

    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.staff_chat_id is not None
    card = staff(app, standin, chat_id=case.staff_chat_id).card(case.id).text
    tr = staff_translator(BotContext(app), case.staff_chat_id)
    assert tr.gettext("Velayat: {velayat}").format(velayat=velayat_label(tr, "lebap")) in card
    assert tr.gettext("Telegram name: {name}").format(name=chat.user.first_name) in card
    assert tr.gettext("Message: «{message}»").format(message=MESSAGE[language]) in card, "once, not twice"


@pytest.mark.parametrize("language", ["en", "tk"])
async def test_back_to_the_contact_step_and_a_phone_after_all(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    back = button(app, language, "⬅️ Back")
    await ask_a_person(app, chat, language)
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.press(button(app, language, "Mary", "velayat"))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    await chat.send(MESSAGE[language])
    for _ in range(3):  # consent → message → name → contact
        await chat.press(back)
    assert chat.last_reply().text == text(app, language, "How may the organisation contact you?")
    await chat.press(button(app, language, "📞 Also by phone"))
    await chat.press(button(app, language, "Yes, it is safe"))
    await chat.send("+993 65 123456")
    await chat.send("18:00")
    await chat.press(button(app, language, "No, keep it hidden"))
    await chat.press(button(app, language, "Skip"))
    await chat.press(button(app, language, "✅ Send the request"))

    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.staff_chat_id is not None
    card = staff(app, standin, chat_id=case.staff_chat_id).card(case.id).text
    tr = staff_translator(BotContext(app), case.staff_chat_id)
    assert (
        tr.gettext("Phone: {phone}, safe time to call: {time}").format(phone="+993 65 123456", time="18:00")
        in card
    )
    assert tr.gettext("Message: «{message}»").format(message=MESSAGE[language]) in card


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_the_first_step_shown_has_no_back(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    back = button(app, language, "⬅️ Back")
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    assert chat.last_reply().text == text(app, language, "What help do you need?")
    assert back not in chat.labels() and button(app, language, "✖ Cancel") in chat.labels()
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    assert back in chat.labels()

    # An organisation picked from a list: the need and the NGO are known, so the contact step comes first.
    other = chat_with(language, user_id=100002)
    await other.send("/start")
    await other.press(button(app, language, "🤝 Get help", "menu"))
    await other.press(button(app, language, "📍 Find an organisation near me"))
    await other.press(button(app, language, "⚖️ Legal advice", "service"))
    await other.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    first = await other.press(button(app, language, "🙋 Ask {name} for help").format(name=mary))
    assert first.text == text(app, language, "How may the organisation contact you?")
    assert back not in other.labels(first)
    await other.press(button(app, language, "💬 Only through this chat"))
    assert back in other.labels()


async def test_an_old_back_changes_nothing_and_says_why(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await ask_a_person(app, chat, "ru")
    await chat.press(button(app, "ru", "⚖️ Legal advice", "service"))
    at_velayat = chat.last_reply()
    await chat.press(button(app, "ru", "Mary", "velayat"))
    sent = len(chat.bot_messages())

    # Under a message of this request, but not the step it is at now.
    await chat.press_data(at_velayat, "ho:back:velayat")
    assert standin.callback_answers[-1].get("text") == text(app, "ru", "This button is out of date.")
    assert len(chat.bot_messages()) == sent
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "contact" and draft.answers.get("velayat") == "mary"

    # The request cancelled, then sent: its Back buttons only say so.
    at_contact = chat.last_reply()
    await chat.press(button(app, "ru", "✖ Cancel"))
    sent = len(chat.bot_messages())
    await chat.press_data(at_contact, "ho:back:contact")
    gone = text(app, "ru", "This request has already been sent or cancelled.")
    assert standin.callback_answers[-1].get("text") == gone
    assert len(chat.bot_messages()) == sent and await app.bot_data.storage.draft(chat.chat_id) is None

    await chat.press(button(app, "ru", "🙋 Ask a person to contact me"))
    await chat.press(button(app, "ru", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "ru", "Mary", "velayat"))
    await chat.press(button(app, "ru", "💬 Only through this chat"))
    await chat.press(button(app, "ru", "No, keep it hidden"))
    consent = await chat.press(button(app, "ru", "Skip"))
    await chat.press(button(app, "ru", "✅ Send the request"))
    sent = len(chat.bot_messages())
    await chat.press_data(consent, "ho:back:confirm")
    assert standin.callback_answers[-1].get("text") == gone
    assert len(chat.bot_messages()) == sent
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is not None


async def test_back_typed_in_words_does_what_its_button_does(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await ask_a_person(app, chat, "ru")
    await chat.press(button(app, "ru", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "ru", "Mary", "velayat"))
    await chat.press(button(app, "ru", "📞 Also by phone"))
    await chat.press(button(app, "ru", "Yes, it is safe"))
    assert chat.last_reply().text == text(app, "ru", "Type the phone number to call.")
    asked = await chat.send("назад")  # at a typed step: not a phone number refused, but Back
    assert asked.text == text(
        app,
        "ru",
        "Is it safe for you to be called? Say yes only if nobody else can answer or check your phone.",
    )
