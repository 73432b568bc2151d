"""What people type instead of pressing (found by exploratory testers, E#7, E#9, E#18): a person asked for in words
gets the way to one, 🙋 first; a language asked for in words becomes theirs; a phone number sent alone is told what
the bot does with numbers; and staff's /topics finds a place named only in an answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.menu_words import typed_language_request, typed_person_request
from bot.phones import is_a_phone_number_alone
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.test_handoff_flow import request_help_from_mary, staff
from tests.test_reply_language import assert_all_in
from tests.test_staff_words import STAFF_CHATS, staff_in

ASKING_FOR_A_PERSON = [
    ("ru", "можно чтобы кто то написал мне"),
    ("ru", "извините это снова я. мне правда нужна помощь, можно чтобы кто то написал"),
    ("ru", "оператор"),
    ("ru", "живой человек"),
    ("en", "can a real person talk to me"),
    ("en", "I want to talk to someone real"),
    ("en", "can someone write to me"),
    ("tk", "meni bilen adam gepleşsin"),
    ("tk", "janly adam bilen gürleşip bolýarmy"),
    ("tk", "hakyky adam bilen gepleşmek isleýärin"),
]
NOT_ASKING_FOR_US = [
    "talk to a psychologist",
    "можно поговорить с психологом",
    "psiholog bilen gepleşmek isleýärin",
    "how do I talk to my employer about my salary",
    "как поговорить с работодателем о зарплате",
    "кто-то написал мне в инстаграм про работу",
    "какой оператор связи лучше в турции",
    "нужна ли виза в турцию",
]


@pytest.mark.parametrize(("language", "typed"), ASKING_FOR_A_PERSON)
async def test_a_person_asked_for_in_words_gets_the_way_to_one(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    since = len(chat.bot_messages())
    reply = await chat.send(typed)
    talk = said(app, language, "🙋 Talk to a person", "button")
    assert reply.text.startswith(
        said(
            app,
            language,
            "🙋 Yes, a person can write to you here. Tap «{button}»: you choose what to share, and an "
            "organisation writes back to you in this chat.\n\nIf you are in danger now, tap 🆘: the hotline "
            "team is alerted at once.",
        ).format(button=talk)
    )
    labels = chat.labels(reply)
    assert labels[:2] == [talk, said(app, language, "🆘 Ask a person to write to me now", "button")]
    assert_all_in(app, chat, since, language)
    await chat.press(talk)  # the button leads to the request
    assert chat.last_reply().text == said(app, language, "What help do you need?")


@pytest.mark.parametrize(
    "typed",
    [
        *(typed for _, typed in ASKING_FOR_A_PERSON),
        "Оператора позовите",
        "хочу поговорить с человеком",
        "пусть кто-нибудь напишет",
        "I want a human not a bot",
        "is there a real person here?",
        "мени билен адам геплешсин",  # Turkmen typed in Cyrillic
        "Adam bilen gepleşmek",  # the button's own words
    ],
)
def test_a_person_asked_for_in_any_words_is_recognised(typed: str) -> None:
    assert typed_person_request(typed)


@pytest.mark.parametrize("typed", NOT_ASKING_FOR_US)
def test_a_person_the_network_does_not_give_is_not_a_request_for_one(typed: str) -> None:
    assert not typed_person_request(typed)


async def test_talk_to_a_psychologist_is_still_its_topic(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("I want to talk to a psychologist")
    assert "🙋 Yes, a person can write to you here" not in reply.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "можно чтобы кто то написал мне"),
        ("en", "can a real person talk to me"),
        ("tk", "meni bilen adam gepleşsin"),
    ],
)
async def test_a_person_asked_for_with_a_case_open_is_told_the_message_reached_them(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat.send({"ru": "я жду", "en": "I am waiting", "tk": "garaşýaryn"}[language])
    reply = await chat.send(typed)
    organisation = app.bot_data.directory.get("example-mary").text("name", language)
    assert reply.text == said(
        app,
        language,
        "👌 Your message reached {organisation}. A person will write to you here as soon as they can. If you are in "
        "danger now, tap 🆘.",
    ).format(organisation=organisation)
    assert chat.labels(reply) == [said(app, language, "🆘 Ask a person to write to me now", "button")]
    assert any(typed in m.text for m in staff(app, standin).messages()), "staff have the message"
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)).id == number


ASKING_FOR_A_LANGUAGE = [
    ("en", "Türkmençe ýazyp bilýärmiň?", "tk"),
    ("tk", "switch to english please", "en"),
    ("tk", "можно на русском?", "ru"),
    ("tk", "rusça ýaz", "ru"),
    ("tk", "write in russian", "ru"),
    ("ru", "iňlisçe ýazyň", "en"),
    ("ru", "пишите на туркменском", "tk"),
    ("en", "по-русски пожалуйста", "ru"),
]


@pytest.mark.parametrize(("phone", "typed", "language"), ASKING_FOR_A_LANGUAGE)
async def test_a_language_asked_for_in_words_becomes_theirs_and_is_said_in_it(
    app: Any, chat_with: Callable[..., Chat], phone: str, typed: str, language: str
) -> None:
    chat = chat_with(phone)
    await chat.send("/start")
    since = len(chat.bot_messages())
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, "Done: I will write in English."))
    assert said(app, language, "✅ Check a job offer", "menu") in chat.labels(reply)
    assert_all_in(app, chat, since, language)
    person = await app.bot_data.storage.get_person(chat.chat_id)
    assert person is not None and person.language == language


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        *((typed, language) for _, typed, language in ASKING_FOR_A_LANGUAGE),
        ("English", "en"),
        ("Русский", "ru"),
        ("türkmen dilinde ýaz", "tk"),
        ("do you speak english?", "en"),
        ("русча язың", "ru"),  # Turkmen typed in Cyrillic
    ],
)
def test_a_language_asked_for_in_any_words_is_recognised(typed: str, language: str) -> None:
    assert typed_language_request(typed) == language


@pytest.mark.parametrize(
    "typed",
    [
        "нужно ли знать русский язык для работы в россии",
        "do I need english for work in dubai",
        "работа переводчиком с английского на русский",
        "на русском языке есть договор?",
        "Türkmen pasporty bilen Türkiýä wiza gerekmi",
    ],
)
def test_a_question_about_a_language_asks_for_none(typed: str) -> None:
    assert typed_language_request(typed) is None


@pytest.mark.parametrize(
    ("language", "number"), [("ru", "89991234567"), ("en", "+905321234567"), ("tk", "+993 65 123456")]
)
async def test_a_phone_number_alone_is_told_what_the_bot_does_with_numbers(
    app: Any, chat_with: Callable[..., Chat], language: str, number: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(number)
    talk = said(app, language, "🙋 Talk to a person", "button")
    assert reply.text == said(
        app,
        language,
        "📵 I do not call anyone, and I do not keep a number sent in a message. If you want a person to call you "
        "back, tap «{button}»: it asks whether a call is safe for you and which number to call.",
    ).format(button=talk)
    assert chat.labels(reply)[0] == talk
    assert await app.bot_data.storage.unanswered_questions() == [], "the message is kept nowhere"


@pytest.mark.parametrize("typed", ["3000", "2024", "+90 532 ok", "12.05.2024"])
def test_a_sum_a_year_or_a_date_is_not_a_phone_number(typed: str) -> None:
    assert not is_a_phone_number_alone(typed)


@pytest.mark.parametrize(("language", "word"), [("en", "dubai"), ("ru", "Дубай"), ("tk", "Dubaý")])
async def test_topics_finds_a_place_named_only_in_an_answer(
    app: Any, standin: StandIn, language: str, word: str
) -> None:
    worker = staff_in(app, standin, STAFF_CHATS[language])
    await worker.send(f"/topics {word}")
    assert "cyprus-gulf-club-offers — " in worker.last().text


async def test_a_language_asked_for_stays_when_the_person_goes_on_writing_in_another(
    app: Any, chat_with: Callable[..., Chat], clock: Any
) -> None:
    # found by a tester: after «пиши по-английски», the next Russian message switched everything back to Russian
    from bot.recent import RECENT_SECONDS

    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("пиши по-английски")
    reply = await chat.send("как получить рабочую визу в турцию")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == "en"
    assert not any("а" <= letter <= "я" for letter in reply.text.lower()), reply.text
    clock.now += RECENT_SECONDS + 1  # an hour later, what they write leads again
    await chat.send("как получить рабочую визу в турцию")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == "ru"
