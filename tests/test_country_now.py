"""The country a person says they are in now wins over an older one: named in any message ("я теперь в Стамбуле",
"im in istanbul", "men Stambulda") it gives the numbers for the hour, over the country kept, with one offer to keep
the new one instead; "я вернулся домой в Мары" stops the kept country's numbers; and /sos or 🆘 on an open case
gives the number of the country known. A country only asked about, a job's or someone else's is not where they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.countries import Countries
from bot.nlp.whereabouts import places_writer_in, says_writer_is_home
from bot.recent import RECENT_SECONDS
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.test_crisis_flow import DANGER, sos_label
from tests.test_danger_in_conversation import danger_line
from tests.test_handoff_flow import request_help_from_mary

MOSCOW = (55.75, 37.62)
DAY = 24 * 3600


def title(app: Any, language: str, code: str) -> str:
    return app.bot_data.countries.get(code).title(language)


def numbers_heading(app: Any, language: str, code: str) -> str:
    return said(app, language, "Emergency numbers: {country}").format(country=title(app, language, code))


def pack_button(app: Any, language: str, code: str) -> str:
    return said(app, language, "🌍 {country}: numbers, rules", "button").format(
        country=title(app, language, code)
    )


async def keep_russia(app: Any, chat: Chat, language: str, clock: FakeClock) -> None:
    """Russia kept with consent (a location in Moscow, then "Yes, remember it"), a day ago."""
    await chat.send("/start")
    await chat.share_location(*MOSCOW)
    await chat.press(said(app, language, "Yes, remember it", "button"))
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country == "ru"
    clock.now += DAY


# Which messages say where the writer is -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("я теперь в стамбуле, какой номер полиции", "tr"),
        ("братан у меня патент закончился 3 месяца назад я в москве что делать депортируют?", "ru"),
        ("im in istanbul my residence permit expired last year can i leave without fine or entry ban", "tr"),
        ("turkiyede wizam gutardy 6 ay boldy, kacak galdym, yurda nadip gaytmaly, jerime tolemelimi", "tr"),
        ("men häzir Stambulda, polisiýanyň belgisi näçe", "tr"),
        ("Мен Стамбулда", "tr"),
        ("я сейчас на северном кипре", "cy-north"),
        ("we are in the UAE", "ae"),
        ("I live in Dubai", "ae"),
        # a question, a wish, a job, someone else, the way there: not where the writer is
        ("is turkey visa free", None),
        ("сестре предлагают работу няней в дубае, это безопасно?", None),
        ("Türkiýede işlemek isleýärin", None),
        ("Türkiýede iş barmy", None),
        ("can i work in turkey", None),
        ("my sister is in Dubai", None),
        ("моя сестра в Стамбуле", None),
        ("я еду в Турцию", None),
        ("я в турцию поеду", None),
        ("дайте номер посольства в москве", None),
        ("ilçihana nirede Stambulda", None),
    ],
)
def test_a_message_says_where_its_writer_is_only_in_words_that_place_them(
    text: str, code: str | None
) -> None:
    countries = Countries.load()
    found = [c.code for c in countries if places_writer_in(text, c.said_as)]
    assert found == ([code] if code else [])


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("я вернулся домой в мары", True),
        ("men yzyma gaýtdym, häzir Marydaky öýde", True),
        ("I am back home in Mary now", True),
        ("моя сестра в Ашхабаде", False),
        ("I am from Mary, working in Istanbul", False),
        ("Aşgabatda iş barmy", False),
    ],
)
def test_a_message_says_its_writer_is_back_home(text: str, home: bool) -> None:
    assert says_writer_is_home(text) is home


# I#2: a country named now wins over the kept one, with one offer to keep it instead ---------------------------------

NOW_IN_ISTANBUL = {
    "ru": ("я теперь в стамбуле, какой номер полиции", "номер скорой"),
    "tk": ("men indi Stambulda, polisiýanyň belgisi näçe", "tiz kömegiň belgisi"),
    "en": ("I'm in Istanbul now, what is the police number", "and the ambulance number?"),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_country_named_now_gives_the_next_numbers_over_the_kept_one_and_may_replace_it(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await keep_russia(app, chat, language, clock)
    first, second = NOW_IN_ISTANBUL[language]
    await chat.send(first)
    answer, offer = chat.bot_messages()[-2:]
    assert answer.text.startswith(numbers_heading(app, language, "tr"))
    remember = said(app, language, "Remember {country} instead", "button").format(
        country=title(app, language, "tr")
    )
    assert chat.labels(offer) == [
        remember,
        said(app, language, "No, keep {country}", "button").format(country=title(app, language, "ru")),
    ]
    reply = await chat.send(second)
    assert reply.text.startswith(numbers_heading(app, language, "tr")), (
        "the city said a message ago still holds"
    )
    assert pack_button(app, language, "tr") in chat.labels(reply)
    assert pack_button(app, language, "ru") not in chat.labels(reply)
    await chat.send(first)
    assert sum(remember in chat.labels(m) for m in chat.bot_messages()) == 1, "offered once"
    await chat.press(remember)
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country == "tr"


async def test_keeping_the_old_country_changes_nothing_but_the_hour_still_knows_the_new_one(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    await keep_russia(app, chat, "en", clock)
    await chat.send(NOW_IN_ISTANBUL["en"][0])
    await chat.press(said(app, "en", "No, keep {country}", "button").format(country=title(app, "en", "ru")))
    assert chat.last_reply().text == said(app, "en", "All right, nothing is changed.")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country == "ru"
    reply = await chat.send(DANGER["en"])
    assert danger_line(app, "en", "tr") in reply.text
    clock.now += RECENT_SECONDS
    reply = await chat.send(DANGER["en"])
    assert danger_line(app, "en", "ru") in reply.text, "after the hour, the country kept"


# I#2: back home, the kept country's numbers stop ------------------------------------------------------------------

BACK_HOME = {
    "ru": "я вернулся домой в мары",
    "tk": "men yzyma gaýtdym, häzir Marydaky öýde",
    "en": "I am back home in Mary now",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_person_back_home_gets_no_kept_countrys_number_and_may_forget_it(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await keep_russia(app, chat, language, clock)
    offer = await chat.send(BACK_HOME[language])
    forget = said(app, language, "Forget {country}", "button").format(country=title(app, language, "ru"))
    assert forget in chat.labels(offer)
    reply = await chat.send(DANGER[language])
    assert danger_line(app, language) in reply.text, "the local emergency number, not Russia's"
    assert pack_button(app, language, "ru") not in chat.labels(reply)
    sos = await chat.send("/sos")
    assert danger_line(app, language) in sos.text
    await chat.press(forget)
    assert chat.last_reply().text == said(app, language, "Done: {country} is no longer kept.").format(
        country=title(app, language, "ru")
    )
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country is None


WELCOME = (
    "🏠 Welcome home. If you need help now that you are back (work, money, documents, health, or what happened "
    "abroad), the hotline and the network's organisations are here for you:"
)


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "im back home in mary"), ("ru", "я вернулся домой в мары"), ("tk", "öýe gaýdyp geldim")],
)
async def test_a_person_back_home_is_welcomed_with_where_to_turn_not_told_how_to_get_home(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str, typed: str
) -> None:
    """K#11: "im back home in mary" got "How to return home" (buy a ticket, the consulate: advice for someone still
    abroad) before the offer to forget the country kept."""
    chat = chat_with(language)
    await keep_russia(app, chat, language, clock)
    before = len(chat.bot_messages())
    await chat.send(typed)
    welcome, offer = chat.bot_messages()[before:]
    assert welcome.text.startswith(said(app, language, WELCOME)) and "+99312463514" in welcome.text
    knowledge = app.bot_data.knowledge
    assert knowledge["return-home"].text(language).title not in welcome.text + "".join(chat.labels(welcome))
    assert chat.labels(welcome)[:2] == [
        said(app, language, "🙋 Talk to an NGO", "button"),
        "📄 " + knowledge["reintegration"].text(language).title,
    ]
    forget = said(app, language, "Forget {country}", "button").format(country=title(app, language, "ru"))
    assert forget in chat.labels(offer)


# I#7: a country said in any message answers "here" for the hour ---------------------------------------------------

SAID_HERE = {
    "ru": (
        "братан у меня патент закончился 3 месяца назад я в москве что делать депортируют?",
        "номер полиции",
        "ru",
    ),
    "tk": (
        "turkiyede wizam gutardy 6 ay boldy, kacak galdym, yurda nadip gaytmaly, jerime tolemelimi",
        "tiz komek nomeri",
        "tr",
    ),
    "en": (
        "im in istanbul my residence permit expired last year can i leave without fine or entry ban",
        "whats the number for the police here",
        "tr",
    ),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_country_said_in_a_question_answers_the_next_number_question(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    question, number_question, code = SAID_HERE[language]
    await chat.send(question)
    reply = await chat.send(number_question)
    assert reply.text.startswith(numbers_heading(app, language, code))


POLICE_NUMBER = {"ru": "номер полиции", "tk": "polisiýanyň belgisi näçe", "en": "what is the police number"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is turkey visa free for turkmen citizens"),
        ("ru", "сестре предлагают работу няней в дубае, это безопасно?"),
        ("tk", "Türkiýede işlemek isleýärin, näme gerek?"),
    ],
)
async def test_a_country_asked_about_or_someone_elses_is_not_where_the_person_is(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(text)
    await chat.send(POLICE_NUMBER[language])
    question = next(m for m in reversed(chat.bot_messages()) if m.buttons())
    assert question.text == said(app, language, "Which country are you in?")


@pytest.mark.parametrize("how", ["/hide", "/forget"])
async def test_hide_and_forget_drop_the_country_said(
    app: Any, chat_with: Callable[..., Chat], how: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("I'm in Istanbul now")
    if how == "/hide":
        await chat.send_only("/hide")
    else:
        await chat.send("/forget")
        await chat.press(said(app, "en", "Yes, delete everything", "button"))
    await chat.send(POLICE_NUMBER["en"])
    question = next(m for m in reversed(chat.bot_messages()) if m.buttons())
    assert question.text == said(app, "en", "Which country are you in?")


# J#8: /sos and 🆘 on an open case give the number of the country known ---------------------------------------------

IN_MOSCOW_ON_THE_CASE = {
    "ru": "я сейчас в Москве, на стройке",
    "tk": "men häzir Moskwada, gurluşykda işleýärin",
    "en": "I am in Moscow now, I work at a market",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
@pytest.mark.parametrize("how", ["/sos", "🆘"])
async def test_sos_on_an_open_case_gives_the_number_of_the_country_said_on_it(
    app: Any, chat_with: Callable[..., Chat], language: str, how: str
) -> None:
    chat = chat_with(language)
    await request_help_from_mary(app, chat, language)
    await chat.send(IN_MOSCOW_ON_THE_CASE[language])
    if how == "/sos":
        reply = await chat.send("/sos")
    else:
        reply = await chat.press(sos_label(app, language))
    assert danger_line(app, language, "ru") in reply.text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_on_a_case_asked_for_from_a_countrys_pack_gives_that_countrys_number_hours_later(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.share_location(*MOSCOW)  # "may I remember?" left unanswered: nothing kept
    await chat.press(sos_label(app, language))  # the 🆘 under Russia's pack opens an urgent case
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)).country == "ru"
    clock.now += 2 * RECENT_SECONDS
    reply = await chat.send("/sos")
    assert danger_line(app, language, "ru") in reply.text


@pytest.mark.parametrize(
    ("language", "offer"),
    [
        ("ru", "мне предлагают работу няней в дубае"),
        ("ru", "сестре предлагают работу няней в дубае"),
        ("en", "my sister is offered a nanny job in dubai"),
        ("tk", "Dubaýda daýa bolup işlemegi teklip edýärler"),
    ],
)
async def test_a_job_offered_in_a_country_does_not_give_that_countrys_emergency_number_as_the_writers(
    app: Any, chat_with: Callable[..., Chat], language: str, offer: str
) -> None:
    # found by a helper: "If you are in danger now, call 999 (UAE)" to a person at home reading an offer; the pack
    # stays a tap away
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(offer)
    assert "999" not in reply.text
    emirates = app.bot_data.countries.get("ae").title(language)
    assert any(emirates in label for label in chat.labels(reply))


@pytest.mark.parametrize(
    ("language", "said_where"),
    [("tk", "men häzir Moskwada"), ("tk", "men hazir Moskwada")],
)
async def test_saying_where_one_is_in_a_few_words_is_no_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, said_where: str
) -> None:
    # found trying tester K's lines: the model read "men häzir Moskwada" (I am in Moscow now) as a call for help
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(said_where)
    assert not reply.text.startswith("⚠️")


async def test_danger_said_with_where_one_is_is_still_danger(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    assert (await chat.send("я в Стамбуле, меня бьют")).text.startswith("⚠️")


@pytest.mark.parametrize(
    ("language", "said_where", "code"),
    [
        ("ru", "я теперь в стамбуле", "tr"),
        ("en", "im in dubai now", "ae"),
        ("tk", "men indi Stambulda", "tr"),
    ],
)
async def test_saying_only_where_one_is_is_noted_with_the_countrys_numbers_a_tap_away(
    app: Any, chat_with: Callable[..., Chat], language: str, said_where: str, code: str
) -> None:
    # found by tester K: "я теперь в стамбуле" got "I am not sure I understood your question"
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(said_where)
    country = app.bot_data.countries.get(code)
    noted = said(
        app,
        language,
        "📍 Noted: you are in {country} now. I will keep it in mind for an hour, to give you the right numbers. "
        "What do you need?",
    )
    assert reply.text == noted.format(country=country.in_sentence(language))
    assert any(country.title(language) in label for label in chat.labels(reply))


# A country kept with consent stays through /hide ----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_country_kept_with_consent_still_gives_its_number_on_sos_hours_after_hide(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    """/hide deletes the chat's messages and the hour's memory of where the person said they are (DESIGN.md: it
    "leaves nothing that says what the chat was about" on the phone); the country they let the bot keep is stored
    data that only /forget or "Forget" removes, and /sos after a /hide still gives its number."""
    chat = chat_with(language)
    await keep_russia(app, chat, language, clock)
    await chat.send_only("/hide")
    clock.now += 3 * 3600
    sos = await chat.send("/sos")
    assert danger_line(app, language, "ru") in sos.text
    assert (await app.bot_data.storage.get_person(chat.chat_id)).country == "ru"
