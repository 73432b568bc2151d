"""People abroad and on the move, found by exploratory tester BB: a country without a pack named by the person (China,
Saudi Arabia) got "Which country are you in?" again, "not sure", or a loop at the request's country step; a driver's
"I crossed into Russia" got "not sure"; a number question at the end of a longer message got an article; after
/forget, "do you still know which country im in?" got "not sure"; a student whose scholarship is a factory job, a
worker home in Mary owed wages abroad and a man asking to come back after deportation got the wrong articles. Now
the country is said back with no number guessed and the "another country" advice, the arrival is noted, the numbers
come, the bot says plainly what it holds, and each question gets its topic."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_abroad_flow import country_label

# "🌍 {country}: I have no checked numbers for this country here …", by the country's name in each language
NO_NUMBERS = "🌍 {country}: I have no checked numbers for this country here, and I will not guess them. What helps in any country:"
WITHOUT_THE_NUMBER = (
    "Do not know the local emergency number? Ask people nearby to call the police, or press 🆘: a person from the "
    "hotline team will write to you here."
)


def no_numbers(app: Any, language: str, country: str) -> str:
    return said(app, language, NO_NUMBERS).format(country=said(app, language, country, "country"))


def assert_other_country_advice(app: Any, chat: Chat, reply: Any, language: str, country: str) -> None:
    assert reply.text.startswith(no_numbers(app, language, country)), reply.text[:120]
    assert said(app, language, WITHOUT_THE_NUMBER) in reply.text
    assert said(app, language, "Which country are you in?") not in reply.text
    labels = chat.labels(reply)
    assert said(app, language, "🙋 Ask for help remotely", "button") in labels
    assert said(app, language, "🆘 Ask a person to write to me now", "button") in labels


ASKED_ABOUT_A_COUNTRY_WITHOUT_A_PACK = [
    ("en", "what is police number in saudi", "Saudi Arabia"),
    ("en", "whats the emergency number in china", "China"),
    ("en", "which number do i call in germany", "Germany"),
    ("ru", "какой номер полиции в китае", "China"),
    ("ru", "nomer skoroi v saudovskoi aravii", "Saudi Arabia"),
    ("tk", "Hytaýda polisiýanyň belgisi näçe", "China"),
    ("tk", "Germaniýada gyssagly kömek belgisi haýsy", "Germany"),
]


@pytest.mark.parametrize(("language", "text", "country"), ASKED_ABOUT_A_COUNTRY_WITHOUT_A_PACK)
async def test_a_number_asked_for_a_country_without_a_pack_is_answered_honestly_not_with_the_country_question(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, country: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(text)
    assert_other_country_advice(app, chat, reply, language, country)


@pytest.mark.parametrize(
    ("language", "there", "here"),
    [
        ("en", "im in china now", "what is the emergency number here"),
        ("ru", "я сейчас в Китае", "какой тут номер полиции"),
        ("tk", "men häzir Hytaýda", "bu ýerde polisiýanyň belgisi näçe"),
    ],
)
async def test_a_person_who_says_they_are_in_a_country_without_a_pack_is_not_asked_which_country_again(
    app: Any, chat_with: Callable[..., Chat], language: str, there: str, here: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    assert_other_country_advice(app, chat, await chat.send(there), language, "China")
    # the next number question remembers it for the hour: the same honest answer, not the list of countries
    assert_other_country_advice(app, chat, await chat.send(here), language, "China")


async def test_a_country_without_a_pack_typed_under_the_country_list_gets_the_other_country_advice(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "🌍 I am abroad", "button"))
    assert_other_country_advice(app, chat, await chat.send("china"), "en", "China")


@pytest.mark.parametrize(("language", "typed"), [("en", "china"), ("ru", "в Китае"), ("tk", "Hytaý")])
async def test_a_country_without_a_pack_typed_at_the_requests_country_step_counts_as_another_country(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, "🌍 I am abroad", "velayat"))
    await chat.send(typed)
    texts = [m.text for m in chat.bot_messages()[-2:]]
    other = country_label(app, language, "other")
    line = said(
        app,
        language,
        "🌍 {country}: I have no checked numbers for this country, so your request says «{other}». You can name "
        "the country in your message to the organisation.",
    ).format(country=said(app, language, "China", "country"), other=other)
    assert texts[0] == line
    assert texts[1] == said(app, language, "How may the organisation contact you?"), "the next step, no loop"


async def test_a_crossing_told_with_the_country_is_noted_with_its_numbers_a_tap_away(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    reply = await chat.send("ну всё я уже в россии пересёк границу в оренбурге")
    assert reply.text.startswith("📍"), reply.text[:80]
    assert (
        said(app, "ru", "I am not sure I understood your question, and I do not want to guess.")
        not in reply.text
    )
    assert any(country_label(app, "ru", "ru") in label for label in chat.labels(reply))
    numbers = await chat.send("какой номер скорой тут")
    assert "112" in numbers.text


async def test_a_number_question_at_the_end_of_a_longer_message_in_latin_letters_gets_the_numbers(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    reply = await chat.send(
        "salam ya voditel dalnoboi seichas v kazahstane pod almatoi, kakoi tut nomer policii esli chto"
    )
    title = said(app, "ru", "Emergency numbers: {country}").format(country=country_label(app, "ru", "kz"))
    assert reply.text.startswith(title), reply.text[:80]
    assert "102" in reply.text
    assert app.bot_data.knowledge["embassy-help"].text("ru").title not in reply.text


@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("en", "do you still know which country im in?"),
        ("en", "do you remember where i am"),
        ("ru", "ты ещё помнишь, в какой я стране?"),
        ("tk", "men nirededigimi heniz bilýärsiňmi?"),
    ],
)
async def test_after_forget_the_bot_says_plainly_that_it_does_not_know_where_the_person_is(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🌍 I am abroad", "button"))
    await chat.press(country_label(app, language, "tr"))
    await chat.press(said(app, language, "Yes, remember it", "button"))
    known = await chat.send(asked)
    assert known.text == said(
        app,
        language,
        "Yes: {country}. You told me in the last hour; I keep it in memory for an hour only, not saved.",
    ).format(country=country_label(app, language, "tr"))
    await chat.send("/forget")
    await chat.press(said(app, language, "Yes, delete everything", "button"))
    reply = await chat.send(asked)
    assert reply.text == said(
        app,
        language,
        "No. I do not know which country you are in: if you told me before, it was deleted (with /forget, or after "
        "an hour), and nothing about it is kept. Write the country if you want its emergency numbers.",
    )


@pytest.mark.parametrize(
    ("language", "text", "topic"),
    [
        # a student whose "scholarship" is a factory job
        ("en", "they have our passports for the residence permit they said", "employer-took-passport"),
        ("ru", "паспорта забрали, сказали это для вида на жительство", "employer-took-passport"),
        ("tk", "pasportlarymyzy ikamet üçin aldylar diýdiler", "employer-took-passport"),
        ("en", "if i leave will my student visa be cancelled", "study-abroad"),
        ("tk", "men gitsem talyp wizamy ýatyrarlarmy", "study-abroad"),
        # a returnee at home owed wages by a foreign employer
        ("tk", "men indi turkiyede dal, bu yerden pulumy alyp bilermi", "wages-not-paid"),
        ("tk", "sudlashmak ucin turkiya gitmelimi", "wages-not-paid"),
        ("tk", "kagyz yok, dine whatsappda yazyshyk bar", "wages-not-paid"),
        (
            "ru",
            "я уже дома, могу ли отсюда получить зарплату которую не заплатили в турции",
            "wages-not-paid",
        ),
        ("en", "im home now, can i still get the wages my boss in turkey owes me", "wages-not-paid"),
        # coming back after deportation
        ("ru", "когда можно вернуться в россию после депортации", "entry-ban"),
        ("tk", "deport etseler yene turkiya gelip bilerinmi", "entry-ban"),
        ("en", "can i come back to turkey after they deported me", "entry-ban"),
    ],
)
async def test_people_abroad_and_back_home_get_the_topic_of_their_question(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, topic: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    assert answer.text.startswith(app.bot_data.knowledge[topic].text(language).title), answer.text[:80]
