"""A person in a country without a pack (China, Saudi Arabia) reads the "another country" pack first for what helps
anywhere, not the European Union's 112, which stays, lower, said as the EU's; and a request whose country step was
answered by typing "china" tells staff, on the card and on the consent screen, that the person named China."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.test_abroad_flow import country_label
from tests.test_found_by_tester_bb import WITHOUT_THE_NUMBER
from tests.test_handoff_flow import staff

EU_ONLY = {
    "en": "Only in the countries of the European Union",
    "ru": "Только в странах Евросоюза",
    "tk": "Diňe Ýewropa Bileleşiginiň ýurtlarynda",
}


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "im in china now"), ("ru", "какой номер полиции в китае"), ("tk", "men häzir Hytaýda")],
)
async def test_the_other_country_pack_leads_with_what_helps_anywhere_and_names_112_as_the_eus(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    text = reply.text
    anywhere = text.index(said(app, language, WITHOUT_THE_NUMBER))
    eu = text.index(EU_ONLY[language])
    assert anywhere < eu, "what helps in any country before one region's number"
    assert "112" in text[eu:].split("\n")[0], "the fact kept, said for what it is"
    passports = app.bot_data.countries.get("other").facts[1].text(language)
    assert text.index(passports) < eu, "what holds everywhere before the EU's number"


async def test_the_pack_chosen_by_its_button_is_in_the_same_order(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "en", "🌍 I am abroad", "button"))
    pack = await chat.press(country_label(app, "en", "other"))
    heading, _, first = pack.text.split("\n")[:3]
    assert first == said(app, "en", WITHOUT_THE_NUMBER), pack.text
    assert "112" not in "\n".join(pack.text.split("\n")[:3])


@pytest.mark.parametrize(("language", "typed"), [("en", "china"), ("ru", "в Китае"), ("tk", "Hytaý")])
async def test_a_country_typed_at_the_requests_country_step_is_on_the_card_beside_another_country(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, "🌍 I am abroad", "velayat"))
    await chat.send(typed)
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    consent = await chat.press(said(app, language, "Skip", "button"))

    def named(reader: str) -> str:
        return said(app, reader, "{other} ({country})").format(
            other=country_label(app, reader, "other"), country=said(app, reader, "China", "country")
        )

    assert named(language) in consent.text, "the person sees what staff will see"
    await chat.press(said(app, language, "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None
    card = staff(app, standin, chat_id=case.staff_chat_id).card(case.id).text
    # the coordinators read Russian
    assert f"{said(app, 'ru', '🌍 I am abroad', 'velayat')} — {named('ru')}" in card, card


async def test_going_back_from_a_typed_country_to_a_packs_leaves_no_china_behind(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "en", "🌍 I am abroad", "velayat"))
    await chat.send("china")
    await chat.press(said(app, "en", "⬅️ Back", "button"))
    await chat.press(country_label(app, "en", "kz"))
    await chat.press(said(app, "en", "💬 Only through this chat", "button"))
    await chat.press(said(app, "en", "No, keep it hidden", "button"))
    consent = await chat.press(said(app, "en", "Skip", "button"))
    assert said(app, "en", "China", "country") not in consent.text
    await chat.press(said(app, "en", "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.country == "kz"


async def test_a_country_in_the_persons_own_words_is_escaped_on_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "en", "🌍 I am abroad", "velayat"))
    await chat.send("<b>china</b>")
    await chat.press(said(app, "en", "💬 Only through this chat", "button"))
    await chat.press(said(app, "en", "No, keep it hidden", "button"))
    await chat.press(said(app, "en", "Skip", "button"))
    await chat.press(said(app, "en", "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.country == "cn", "the code bot/elsewhere.py names it by, not the words"
    card = staff(app, standin, chat_id=case.staff_chat_id).card(case.id).text
    assert "<b>" not in card and said(app, "ru", "China", "country") in card
