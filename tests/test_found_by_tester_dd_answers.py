"""Answers that did not fit people abroad and at home, found by exploratory testers DD and FF: the number asked for
in a country or a city it names (Konya, KSA, "the states", "here" after Cambodia), "don't call me, only write",
the debt to be cleared by bringing friends, Turkmen typed in Cyrillic, "do they treat foreigners free", photos asked
for a "model" job, and one Turkmen line among Russian ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.test_abroad_flow import country_button
from tests.test_handoff_flow import request_help_from_mary, staff


def title(app: Any, topic: str, language: str) -> str:
    return str(app.bot_data.knowledge[topic].text(language).title)


def numbers_of(app: Any, language: str, code: str) -> str:
    name = app.bot_data.countries.name(code, language)
    return said(app, language, "Emergency numbers: {country}").format(country=name)


# DD#3, FF#5, DD#4: the country a number question names, or the one the person said they are in ---------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "kakoi nomer v turcii esli chto"),  # Russian in Latin letters: "какои"
        ("ru", "какой номер полиции в конье"),
        ("tk", "Konýada polisiýanyň belgisi näçe"),
        ("en", "police number in gaziantep"),
        ("ru", "номер скорой в мерсине"),
    ],
)
async def test_a_number_asked_in_a_turkish_city_gets_turkiyes_numbers(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    assert numbers_of(app, language, "tr") in answer.text
    assert "112" in answer.text


async def test_living_in_konya_is_remembered_as_turkiye(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    noted = await chat.send("я живу в конье")
    assert country_button(app, "ru", "tr") in chat.labels(noted)
    answer = await chat.send("какой номер полиции тут")
    assert numbers_of(app, "ru", "tr") in answer.text


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "im in KSA what number do i call", "Saudi Arabia"),
        ("en", "police number in the UK", "United Kingdom"),
        ("ru", "какой номер полиции в штатах", "США"),
    ],
)
async def test_an_abbreviated_country_is_named_back_without_guessed_numbers(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, country: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    assert country in answer.text
    assert title(app, "hotline-info", language) not in answer.text


async def test_a_country_asked_about_wins_over_the_one_the_person_is_in(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("im in poland")
    answer = await chat.send("police number in the states")
    assert "United States" in answer.text
    assert "Poland" not in answer.text, "Poland's numbers, as if the states were Poland"


async def test_a_new_job_is_not_new_york(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("im in poland")
    answer = await chat.send("i found a new job, how do i get a work permit")
    assert country_button(app, "en", "pl") in chat.labels(answer), "the word 'new' read as New York"


@pytest.mark.parametrize(
    ("language", "place", "question"),
    [
        ("en", "im in cambodia", "what number here"),
        ("ru", "я в камбодже", "какой тут номер"),
    ],
)
async def test_here_is_where_the_person_said_she_is(
    app: Any, chat_with: Callable[..., Chat], language: str, place: str, question: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(place)
    answer = await chat.send(question)
    assert title(app, "hotline-info", language) not in answer.text
    assert said(app, language, "Cambodia", "country") in answer.text


HOTLINE_NUMBER = {
    "ru": "номер горячей линии",
    "tk": "ynam telefonynyň belgisi näçe",
    "en": "what is the hotline number",
}


async def test_which_sim_number_to_take_here_is_not_whom_to_call(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("я в камбодже")
    answer = await chat.send("какой номер тут лучше взять")
    assert said(app, "ru", "Cambodia", "country") not in answer.text


# DD#3: "don't call me, only write" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "не звоните мне пожалуйста только пишите"),
        ("tk", "maňa jaň etmäň, diňe ýazyň"),
        ("en", "dont call me please, only write"),
    ],
)
async def test_dont_call_me_is_told_nobody_calls_and_how_to_hide(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(HOTLINE_NUMBER[language])  # the hotline's numbers just shown: not "the answer is above"
    answer = await chat.send(text)
    hide = said(app, language, "🙈 Hide this chat", "button")
    expected = said(
        app,
        language,
        "📵 Nobody will call you. I never call, and a person from the network writes to you here, in this chat: "
        "they call only if you ask for a call and say it is safe. If someone else may see this phone, tap «{hide}».",
    ).format(hide=hide)
    assert answer.text == expected
    assert hide in chat.labels(answer)


async def test_dont_call_with_danger_is_still_danger(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    answer = await chat.send("не звоните, хозяин бьёт меня")
    assert "📵" not in answer.text


# DD#5: a debt to be cleared by bringing friends, and the police as a threat ----------------------------------------

FRIENDS_BULLET = {
    "ru": "Велят привезти друзей, чтобы списать долг?",
    "tk": "Bergiňizi ýapmak üçin dostlaryňyzy getiriň diýýärlermi?",
    "en": "Told to bring friends to clear your debt?",
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "ol diyya eger uc sany dostumy turkmenistandan cagyrsam bergim yapylar"),
        ("tk", "агент айтды эгер гачсан полиса табшырарын дийди"),
        ("en", "agent says if i bring 3 friends from turkmenistan my debt is cleared"),
        ("ru", "агент сказал если привезу троих друзей из туркменистана долг спишут"),
    ],
)
async def test_recruiting_friends_to_pay_a_debt_is_debt_bondage(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    assert answer.text.startswith(title(app, "forced-labour", language))
    assert FRIENDS_BULLET[language] in answer.text


# DD#8: Turkmen typed in Cyrillic --------------------------------------------------------------------------------------


async def test_cyrillic_turkmen_police_is_not_an_insurance_policy(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    answer = await chat.send("полиса билен геплешмелими")
    assert title(app, "health-care", "tk") not in answer.text


async def test_an_old_woman_saying_she_is_old_is_not_offered_carer_jobs(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    answer = await chat.send("нэме этмели мен гарры адам билмейэн")
    assert not answer.text.startswith(title(app, "domestic-work", "tk"))


async def test_greetings_and_thanks_in_cyrillic_turkmen(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    hello = await chat.send("саламалейкум балам")
    greeting = said(
        app,
        "tk",
        "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in "
        "touch with people who help. Type your question or choose below.",
    )
    assert hello.text.startswith(greeting)
    thanks = await chat.send("саг бол балам")
    assert thanks.text == said(app, "tk", "You are welcome! If you have another question, just write it.")


# DD#10: free treatment, and one Turkmen line among Russian ones ------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["бесплатно лечат иностранцев?", "бесплатно лечат в казахстане иностранцев?"]
)
async def test_free_treatment_is_the_medical_topic_not_victims_help(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    answer = await chat.send(text)
    assert title(app, "health-care", "ru") in answer.text
    assert title(app, "victim-assistance", "ru") not in answer.text


async def test_one_turkmen_line_among_russian_ones_does_not_switch_the_chat(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("хозяин не платит зарплату уже два месяца")
    one = await chat.send("hojayyn diyya eger sen gitsen pul yok")
    assert "Aýlygymy tölemeýärler" in one.text, "the line itself is answered in its language"
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == "ru"
    back = await chat.send("а если уйду, деньги не отдадут?")
    assert "Ynam" not in back.text and "горяч" in back.text.lower(), "still in Russian"
    # two lines in a row are a switch: he now writes in Turkmen
    await chat.send("hojayyn aylygymy tolemeyar")
    await chat.send("hojayyn diyya eger sen gitsen pul yok")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == "tk"


async def test_one_turkmen_line_on_an_open_case_leaves_its_card_in_russian(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru", "прораб не платит, паспорт забрал")
    ngo = staff(app, standin)
    await chat.send("hojayyn diyya eger sen gitsen pul yok")
    assert (await app.bot_data.storage.case(number)).language == "ru"
    assert not [m for m in ngo.messages() if m.text.startswith("🌐")], "staff told to write in Turkmen"
    await chat.send("hojayyn pasportymy hem bermeyar")
    assert (await app.bot_data.storage.case(number)).language == "tk", "two lines in a row"


async def test_a_first_message_in_another_language_is_still_followed(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    answer = await chat.send("хозяин не платит зарплату уже два месяца")
    assert title(app, "wages-not-paid", "ru") in answer.text


# DD#2: photos asked for a "model" job --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "surat ugratmaly diydi"),
        (
            "en",
            "they want my photos for the model job",
        ),  # "she said i must send photos" is SEXUAL to the detector
        ("ru", "сказали надо отправить свои фото для работы моделью"),
    ],
)
async def test_photos_asked_for_a_model_job_are_a_warning_sign(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    assert title(app, "sexual-exploitation", language) in answer.text
    assert title(app, "document-copies", language) not in answer.text
