"""An answer offers the pack of the country it is about: the country the question names, or, under an answer that
depends on the country (or a "not sure" reply offering such a topic), the one the person asked the bot to remember."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_abroad_flow import country_button, open_turkiye

OVERSTAYED_IN_TURKIYE = {
    "ru": "у меня закончилась виза в Турции, что делать?",
    "tk": "Türkiýede wizam gutardy, näme etmeli?",
    "en": "my visa expired in Turkey",
}
WORK_VISA = {  # no country named
    "ru": "как получить рабочую визу",
    "tk": "iş wizasyny nädip almaly",
    "en": "how do I get a work permit",
}
PRIVACY = {
    "ru": "кто видит мои сообщения?",
    "tk": "meniň hatlarymy kim görýär?",
    "en": "how do you keep my data private",
}


def sos(app: Any, language: str) -> str:
    return said(app, language, "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_question_naming_turkiye_offers_its_numbers_under_the_sos_button(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(OVERSTAYED_IN_TURKIYE[language])
    labels = chat.labels(answer)
    button = country_button(app, language, "tr")
    assert button in labels
    assert labels.index(button) == labels.index(sos(app, language)) + 1, "the country's numbers come next"
    await chat.press(button)
    pack = next(m for m in reversed(chat.bot_messages()) if m.text.startswith("🌍"))
    facts = [line for line in pack.text.splitlines()[1:] if line.strip()]
    assert facts[0].startswith("🚨 112")
    # the question named Türkiye; the person may be at home, planning: never asked "may I remember you are there"
    assert said(app, language, "Yes, remember it", "button") not in chat.labels(chat.last_reply())


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_remembered_country_is_offered_under_answers_that_depend_on_it_only(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(WORK_VISA[language])
    assert not any(label.startswith("🌍") for label in chat.labels(answer)), "no country known yet"

    await open_turkiye(app, chat, language)
    await chat.press(said(app, language, "Yes, remember it", "button"))
    answer = await chat.send(WORK_VISA[language])
    assert country_button(app, language, "tr") in chat.labels(answer)
    answer = await chat.send(PRIVACY[language])
    assert not any(label.startswith("🌍") for label in chat.labels(answer)), "privacy does not depend on it"


async def test_the_country_a_question_names_wins_over_the_remembered_one(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await open_turkiye(app, chat, "ru")
    await chat.press(said(app, "ru", "Yes, remember it", "button"))
    answer = await chat.send("как проверить агентство по трудоустройству в Польше")
    labels = chat.labels(answer)
    assert country_button(app, "ru", "pl") in labels
    assert country_button(app, "ru", "tr") not in labels


async def test_a_topic_chosen_from_the_list_offers_the_remembered_country(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    await chat.press(said(app, "en", "Yes, remember it", "button"))
    await chat.send("/start")
    await chat.press(said(app, "en", "❓ Ask a question", "menu"))
    await chat.press(said(app, "en", "🛂 Documents", "category"))
    overstay = app.bot_data.knowledge["visa-overstay"].text("en").title
    answer = await chat.press("📄 " + overstay)
    assert country_button(app, "en", "tr") in chat.labels(answer)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("en", "do turkmen citizens need visa to dubai? how to get work visa"),
        ("ru", "нужна ли туркменам виза в Польшу и как получить разрешение на работу"),
    ],
)
async def test_a_question_about_another_country_is_not_answered_with_turkiye_and_russias_rules(
    app: Any, chat_with: Callable[..., Chat], language: str, question: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(question)
    rules = app.bot_data.knowledge["turkiye-russia-rules"].text(language).title
    assert rules not in reply.text and "📄 " + rules not in chat.labels(reply)
    named = app.bot_data.countries.named_in(question)
    assert named is not None and country_button(app, language, named.code) in chat.labels(reply)


async def test_a_question_about_turkiye_still_gets_its_rules(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("do turkmen citizens need a visa for turkey now")
    assert app.bot_data.knowledge["turkiye-russia-rules"].text("en").title in reply.text


def test_every_topic_names_only_countries_that_have_a_pack(app: Any) -> None:
    for topic in app.bot_data.knowledge.topics.values():
        assert all(app.bot_data.countries.get(code) for code in topic.countries), topic.id


async def test_stranded_in_kazan_written_in_english_gets_russias_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("i want to go home but i have no money and no passport. im in kazan")
    assert "112" in reply.text, "the emergency number in Russia"
    assert country_button(app, "en", "ru") in chat.labels(reply)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_trouble_abroad_answer_naming_the_country_gives_its_emergency_number_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(OVERSTAYED_IN_TURKIYE[language])
    assert sos(app, language) in chat.labels(answer), "a trouble-abroad answer"
    first = answer.text.split("\n\n", 1)[1].splitlines()[0]
    assert first == said(
        app,
        language,
        "If you are in danger now, call {number} (the emergency number in {country}) or tap 🆘 below.",
    ).format(number="112", country=app.bot_data.countries.get("tr").in_sentence(language))


async def test_a_trouble_abroad_answer_with_no_country_known_keeps_the_local_number_line(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    answer = await chat.send("my visa expired, what do i do")
    assert "call the local emergency number" in answer.text and "112" not in answer.text
