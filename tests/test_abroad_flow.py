"""A person abroad gets the numbers of the country they are in first, never an organisation hundreds of kilometres
away as "near", and the danger line with the local emergency number once the country is known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import DANGER, SELF_HARM
from tests.test_handoff_flow import staff

ISTANBUL = (41.01, 28.98)
MOSCOW = (55.75, 37.62)
MARY = (37.60, 61.83)


def country_label(app: Any, language: str, code: str) -> str:
    return app.bot_data.countries.get(code).title(language)


def country_button(app: Any, language: str, code: str) -> str:
    """The button to a country's pack under an answer or a crisis reply."""
    label = said(app, language, "🌍 {country}: numbers, rules", "button")
    return label.format(country=country_label(app, language, code))


def turkiye_danger_line(app: Any, language: str) -> str:
    """The crisis reply's line once the person is known to be in Türkiye."""
    return said(
        app,
        language,
        "If your life is in danger right now, call {number} (the emergency number in {country}) or ask people "
        "nearby to call the police, even if your papers are not in order.",
    ).format(number="112", country=app.bot_data.countries.get("tr").in_sentence(language))


async def open_turkiye(app: Any, chat: Chat, language: str, via: str = "help") -> Any:
    await chat.send("/start")
    if via == "help":
        await chat.press(said(app, language, "🤝 Get help", "menu"))
    else:
        await chat.send("/sos")
    await chat.press(said(app, language, "🌍 I am abroad", "button"))
    await chat.press(country_label(app, language, "tr"))
    return next(m for m in reversed(chat.bot_messages()) if "🌍" in m.text and "112" in m.text)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
@pytest.mark.parametrize("via", ["help", "sos"])
async def test_i_am_abroad_then_turkiye_gives_turkiyes_numbers_first(
    app: Any, chat_with: Callable[..., Chat], language: str, via: str
) -> None:
    chat = chat_with(language)
    pack = await open_turkiye(app, chat, language, via)
    lines = pack.text.splitlines()
    assert country_label(app, language, "tr") in lines[0]
    facts = [line for line in lines[1:] if line.strip()]
    assert facts[0].startswith("🚨 112"), "the emergency number is the first thing under the heading"
    assert facts[1].startswith("☎️ 157")
    assert pack.text.index("112") < pack.text.index("2022"), "numbers before rules"
    # The pack's own date: re-checking a fact (docs/countries.md) needs no change here.
    oldest = app.bot_data.countries.get("tr").oldest_check
    checked = said(app, language, "Checked on {date}.").format(date=oldest.isoformat())
    assert checked in pack.text, "the date the facts were checked is shown under them"
    assert pack.text.index("157") < pack.text.index(checked)
    assert said(app, language, "🆘 Ask a person to write to me now", "button") in chat.labels(pack)
    assert said(app, language, "🙋 Ask for help remotely", "button") in chat.labels(pack)
    assert len(pack.text) < 4096


async def test_a_location_in_istanbul_shows_turkiyes_pack_and_no_turkmen_ngo_as_near(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "📍 Find an organisation near me", "button"))
    await chat.press(said(app, "en", "Any help", "button"))
    before = len(chat.bot_messages())
    await chat.share_location(*ISTANBUL)
    after = chat.bot_messages()[before:]
    shown = "\n".join(m.text for m in after)
    for ngo in app.bot_data.directory.ngos:
        assert ngo.text("name", "en") not in shown, "no organisation in Turkmenistan is offered as near"
    assert " km" not in shown
    assert said(app, "en", "There is no organisation of our network near you.") in shown
    assert "🚨 112" in shown and "☎️ 157" in shown
    labels = [label for m in after for label in chat.labels(m)]
    assert said(app, "en", "🙋 Ask for help remotely", "button") in labels


async def test_a_location_from_the_abroad_button_in_moscow_shows_russias_pack(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, "ru", "🌍 I am abroad", "button"))
    await chat.share_location(*MOSCOW)
    pack, question = chat.bot_messages()[-2:]
    assert pack.text.splitlines()[0] == f"🌍 {country_label(app, 'ru', 'ru')}"
    assert "🚨 112" in pack.text and "👮 102" in pack.text
    assert country_label(app, "ru", "ru") in question.text
    assert said(app, "ru", "Yes, remember it", "button") in chat.labels(question)


async def test_a_location_in_mary_still_lists_the_nearest_organisation(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "📍 Find an organisation near me", "button"))
    await chat.press(said(app, "en", "Any help", "button"))
    listing = await chat.share_location(*MARY)
    assert listing.text.startswith(app.bot_data.directory.get("example-mary").text("name", "en"))


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_crisis_reply_for_a_person_known_to_be_in_turkiye_gives_112(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(DANGER[language])
    generic = said(
        app,
        language,
        "If your life is in danger right now, call the local emergency number or ask people nearby to call "
        "the police, even if your papers are not in order.",
    )
    assert generic in reply.text and "112" not in reply.text

    await open_turkiye(app, chat, language)
    question = chat.last_reply()
    assert country_label(app, language, "tr") in question.text
    await chat.press(said(app, language, "Yes, remember it", "button"))
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country == "tr"

    reply = await chat.send(DANGER[language])
    local = turkiye_danger_line(app, language)
    assert local in reply.text and generic not in reply.text
    sos = await chat.send("/sos")
    assert local in sos.text, "the SOS screen gives the local number too"


async def test_no_means_the_country_is_not_kept(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    await chat.press(said(app, "en", "No, do not keep it", "button"))
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country is None
    assert "112" not in (await chat.send(DANGER["en"])).text


async def test_forget_removes_the_remembered_country(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    await chat.press(said(app, "en", "Yes, remember it", "button"))
    privacy = await chat.send("/privacy")
    assert said(app, "en", "• The country you are in, only if you agreed that I remember it.") in privacy.text
    await chat.send("/forget")
    await chat.press(said(app, "en", "Yes, delete everything", "button"))
    assert await app.bot_data.storage.get_person(chat.chat_id) is None
    await chat.send("/start")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country is None
    assert "112" not in (await chat.send(DANGER["en"])).text


async def test_remote_help_from_abroad_skips_the_velayat_and_reaches_the_coordinators(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    await chat.press(said(app, "en", "🙋 Ask for help remotely", "button"))
    assert chat.last_reply().text == said(app, "en", "What help do you need?")
    await chat.press(said(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "en", "💬 Only through this chat", "button"))
    await chat.press(said(app, "en", "No, keep it hidden", "button"))
    consent = await chat.press(said(app, "en", "Skip", "button"))
    assert said(app, "en", "🌍 I am abroad", "velayat") in consent.text
    assert country_label(app, "en", "tr") in consent.text, "the consent screen shows the country first"
    await chat.press(said(app, "en", "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.velayat == "abroad" and case.ngo_id is None
    card = staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id).text
    assert f"#{case.id}" in card
    # the country picked, kept or not, so that staff know which numbers and rules apply
    assert case.country == "tr" and country_label(app, "ru", "tr") in card


async def test_the_self_harm_reply_for_a_person_known_to_be_in_turkiye_gives_112(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    await chat.press(said(app, "en", "Yes, remember it", "button"))
    reply = await chat.send(SELF_HARM["en"])
    local = said(
        app,
        "en",
        "If you might harm yourself soon, call {number} now (the emergency number in {country}), or go to people "
        "you trust and stay with them.",
    ).format(number="112", country=app.bot_data.countries.get("tr").in_sentence("en"))
    assert local in reply.text


DANGER_IN_ISTANBUL = {
    "ru": "меня бьют и не выпускают, я в Стамбуле",
    "tk": "Stambulda meni urýarlar, daşary çykaryp goýberenoklar",
    "en": "they beat me and lock me in, I am in Istanbul",
}
SELF_HARM_IN_MOSCOW = {
    "ru": "я больше не хочу жить, я в Москве",
    "tk": "men indi ýaşamak islemeýärin, Moskwada ýeke galdym",
    "en": "i want to die, i am alone in Moscow",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_danger_message_naming_the_city_gives_that_countrys_number_with_nothing_kept(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(DANGER_IN_ISTANBUL[language])
    local = turkiye_danger_line(app, language)
    assert local in reply.text
    labels = chat.labels(reply)
    pack = country_button(app, language, "tr")
    assert labels.index(pack) == 1, "Türkiye's numbers right under the 🆘 button"
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country is None, (
        "nothing kept without consent"
    )

    reply = await chat.send(SELF_HARM_IN_MOSCOW[language])
    assert "112" in reply.text, "the self-harm reply gives Russia's emergency number"


DANGER_AT_HOME_BEFORE_A_FLIGHT = {
    "ru": "меня закрыли в квартире в ашхабаде, агент говорит завтра самолет в стамбул",
    "tk": "Meni Aşgabatdaky bir öýde gulpladylar, ertir Stambula ugratjak bolýarlar",
    "en": "they locked me in a flat in ashgabat, my flight to istanbul is tomorrow, help",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_person_in_danger_at_home_is_not_told_to_dial_the_destinations_number(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    # Istanbul is where they are being sent; 112 for Türkiye would waste the one call they may get
    chat = chat_with(language)
    await open_turkiye(app, chat, language)
    await chat.press(said(app, language, "Yes, remember it", "button"))
    reply = await chat.send(DANGER_AT_HOME_BEFORE_A_FLIGHT[language])
    generic = said(
        app,
        language,
        "If your life is in danger right now, call the local emergency number or ask people nearby to call "
        "the police, even if your papers are not in order.",
    )
    assert generic in reply.text and turkiye_danger_line(app, language) not in reply.text
    assert country_button(app, language, "tr") in chat.labels(reply), (
        "the destination's pack stays a tap away"
    )


@pytest.mark.parametrize(
    "text",
    [
        "я из Мары, работаю в Стамбуле, хозяин бьёт и не выпускает",
        "I am from Mary, now they lock me in a flat in Istanbul",
        "Marydan geldim, Stambulda meni urýarlar, goýberenoklar",
    ],
)
async def test_a_person_from_a_turkmen_town_in_danger_abroad_still_gets_the_local_number(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    language = "ru" if "я" in text else "tk" if "Stambulda" in text else "en"
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(text)
    assert turkiye_danger_line(app, language) in reply.text


SENT_TO_DUBAI_TOMORROW = {
    "ru": "агент забрал мой паспорт и не отдает, говорит что я должна 2000 долларов, завтра отправляют в дубай, я не хочу ехать",
    "tk": "agent pasportymy aldy we yzyna berenok, 2000 dollar bergiň bar diýýär, ertir Dubaýa ugradýarlar, gitmek islämok",
    "en": "the agent took my passport and says i owe him 2000 dollars, they send me to dubai tomorrow and i dont want to go",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_person_being_sent_abroad_is_answered_as_danger_without_the_destinations_number(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(SENT_TO_DUBAI_TOMORROW[language])
    assert reply.text.startswith("⚠️")
    uae = app.bot_data.countries.get("ae")
    assert uae.emergency not in reply.text, "Dubai is where they are being sent, not where they are"
    assert country_button(app, language, "ae") in chat.labels(reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "меня бьют, я теперь в Ташкенте"),
        ("en", "they beat me, i am in Bishkek now"),
        ("tk", "meni urýarlar, häzir Daşkentdäki öýde"),
    ],
)
async def test_a_place_without_a_pack_named_in_danger_beats_the_kept_country(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # Türkiye kept, but the person says they are somewhere else now: Türkiye's 112 would be the wrong number
    chat = chat_with(language)
    await open_turkiye(app, chat, language)
    await chat.press(said(app, language, "Yes, remember it", "button"))
    reply = await chat.send(text)
    assert turkiye_danger_line(app, language) not in reply.text
    assert country_button(app, language, "tr") not in chat.labels(reply)
