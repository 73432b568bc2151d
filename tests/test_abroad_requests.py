"""A request from abroad tells the hotline team where the person is: the country picked under "I am abroad" (or kept,
or picked at the request's own step) is on the card, and a pack reached from the danger reply passes on the person's
words as the reply's own 🆘 does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_abroad_flow import country_label
from tests.test_crisis_flow import DANGER, sos_label
from tests.test_handoff_flow import staff


async def coordinators_card(app: Any, standin: StandIn, chat: Chat) -> str:
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent
    return staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id).text


def abroad_in(app: Any, code: str) -> str:
    """The card's place for a person abroad (the coordinators read Russian)."""
    return f"{said(app, 'ru', '🌍 I am abroad', 'velayat')} — {country_label(app, 'ru', code)}"


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_in_the_pack_reached_from_the_danger_reply_passes_the_words_and_the_country(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(DANGER[language])
    await chat.press(said(app, language, "🌍 I am abroad", "button"))
    await chat.press(country_label(app, language, "tr"))
    await chat.press(sos_label(app, language))
    card = await coordinators_card(app, standin, chat)
    # the danger reply promised that the message goes with the 🆘: the pack's 🆘 keeps that promise
    assert DANGER[language] in card
    assert abroad_in(app, "tr") in card, "the country the person just picked"


async def test_sos_in_a_pack_from_the_sos_screen_names_the_country_and_no_message(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "ru", "🌍 I am abroad", "button"))
    await chat.press(country_label(app, "ru", "ae"))
    await chat.press(sos_label(app, "ru"))
    card = await coordinators_card(app, standin, chat)
    assert abroad_in(app, "ae") in card
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case.first_message is None, "only the language and the country are shared"


async def test_sos_with_a_kept_country_shows_it_as_abroad_without_a_double_dash(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "ru", "🌍 I am abroad", "button"))
    await chat.press(country_label(app, "ru", "ru"))
    await chat.press(said(app, "ru", "Yes, remember it", "button"))
    await chat.send(DANGER["ru"])
    await chat.press(sos_label(app, "ru"))
    card = await coordinators_card(app, standin, chat)
    assert abroad_in(app, "ru") in card and "— —" not in card
    assert DANGER["ru"] in card


async def test_sos_in_the_other_country_pack_says_abroad_and_drops_the_kept_country(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "en", "🌍 I am abroad", "button"))
    await chat.press(country_label(app, "en", "ru"))
    await chat.press(said(app, "en", "Yes, remember it", "button"))
    await chat.press(said(app, "en", "🌍 Another country", "button"))
    await chat.press(country_label(app, "en", "other"))
    await chat.press(sos_label(app, "en"))
    card = await coordinators_card(app, standin, chat)
    assert said(app, "ru", "🌍 I am abroad", "velayat") in card
    assert country_label(app, "ru", "ru") not in card, "they are no longer in the country once kept"


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_i_am_abroad_in_the_request_asks_the_country_and_the_card_names_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    asked = await chat.press(said(app, language, "🌍 I am abroad", "velayat"))
    assert asked.text == said(app, language, "Which country are you in?")
    assert country_label(app, language, "other") in chat.labels(asked)
    await chat.press(country_label(app, language, "kz"))
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    consent = await chat.press(said(app, language, "Skip", "button"))
    assert country_label(app, language, "kz") in consent.text
    await chat.press(said(app, language, "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.country == "kz"
    assert abroad_in(app, "kz") in staff(app, standin, chat_id=case.staff_chat_id).card(case.id).text


async def test_another_country_in_the_request_does_not_name_the_kept_one(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "en", "🌍 I am abroad", "button"))
    await chat.press(country_label(app, "en", "ru"))
    await chat.press(said(app, "en", "Yes, remember it", "button"))
    await chat.press(said(app, "en", "☰ Menu", "button"))
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "en", "🌍 I am abroad", "velayat"))  # Russia is known: not asked again…
    asked = await chat.press(said(app, "en", "⬅️ Back", "button"))  # …unless the person goes back to it
    assert asked.text == said(app, "en", "Which country are you in?")
    await chat.press(country_label(app, "en", "other"))
    await chat.press(said(app, "en", "💬 Only through this chat", "button"))
    await chat.press(said(app, "en", "No, keep it hidden", "button"))
    consent = await chat.press(said(app, "en", "Skip", "button"))
    assert country_label(app, "en", "ru") not in consent.text


@pytest.mark.parametrize(
    ("language", "typed", "code"),
    [("ru", "в Турции", "tr"), ("tk", "Orsýetde", "ru"), ("en", "another country", None)],
)
async def test_the_country_typed_instead_of_pressed_counts_as_its_button(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, code: str | None
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, "🌍 I am abroad", "velayat"))
    asked = await chat.send(typed)
    assert asked.text == said(app, language, "How may the organisation contact you?")
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.country == code


async def test_sos_on_a_danger_message_naming_the_city_puts_that_country_on_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    written = "памагите меня не выпускают из кв, хозяин забрал паспорт я в стамбуле"
    await chat.send(written)
    await chat.press(sos_label(app, "ru"))
    card = await coordinators_card(app, standin, chat)
    assert written in card and abroad_in(app, "tr") in card
