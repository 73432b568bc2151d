"""Tester O: a child named by age, a city named with no verb, a velayat typed at the first step of "Find an
organisation near me", Turkmen typed in Cyrillic and jobs typed at the checklist, a passport taken said in two
languages at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import question
from bot.countries import Countries
from bot.nlp.whereabouts import places_named_as_writers
from tests.chat import Chat, said
from tests.test_checklist_flow import SAFE, label, open_checklist, walk, way_forward
from tests.test_country_now import numbers_heading
from tests.test_person_text import RISKY


def title(app: Any, language: str, topic: str) -> str:
    return app.bot_data.knowledge[topic].text(language).title


# O#5: an age under 18 makes it a child's case --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "my daughter is 15 and someone offers her modelling in dubai"),
        ("ru", "дочери 15 лет, ей предлагают работу моделью в дубае"),
        ("tk", "gyzym 16 ýaşynda, oňa dubaýda iş teklip etdiler"),
    ],
)
async def test_an_offer_to_someone_under_18_is_answered_with_the_children_topic_first(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """O#5: "my daughter is 15 and someone offers her modelling" got the article on dancer and model offers, with
    nothing of an offer to a 15-year-old being itself a warning sign."""
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text.startswith(title(app, language, "children-safety"))


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "my daughter wants to work in turkey as a nanny"),
        ("ru", "дочь хочет поехать в Дубай няней"),
        ("en", "my son is 25 and someone offers him work in dubai"),
    ],
)
async def test_a_grown_son_or_daughter_is_not_answered_as_a_child(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert not reply.text.startswith(title(app, language, "children-safety"))


# O#6: a city with no verb is where the person is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "code", "then"),
    [
        ("en", "in dubai", "ae", "police number"),
        ("en", "in sharjah now", "ae", "who do i call here"),
        ("en", "in kyrenia", "cy-north", "police number"),
        ("en", "in kazan", "ru", "police number"),
        ("ru", "ya v kazani", "ru", "nomer skoroy"),
        ("ru", "в Казани", "ru", "номер полиции"),
        ("ru", "в дубае", "ae", "номер полиции"),
        ("tk", "Kazanda", "ru", "polisiýanyň belgisi"),
        ("tk", "Dubaýda", "ae", "polisiýanyň belgisi"),
        ("tk", "Мен Казанда", "ru", "polisiýanyň belgisi"),
    ],
)
async def test_a_city_named_alone_is_kept_for_the_next_number_question(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, code: str, then: str
) -> None:
    """O#6: "in dubai" got "I am not sure I understood", "ya v kazani" the off-topic refusal, and the next "police
    number" was met with "Which country are you in?"."""
    chat = chat_with(language)
    await chat.send("/start")
    noted = await chat.send(typed)
    country = app.bot_data.countries.get(code).in_sentence(language)
    assert noted.text.startswith(said(app, language, NOTED).format(country=country))
    numbers = await chat.send(then)
    assert numbers_heading(app, language, code) in numbers.text


NOTED = (
    "📍 Noted: you are in {country} now. I will keep it in mind for an hour, to give you the right numbers. "
    "What do you need?"
)


@pytest.mark.parametrize(
    "typed", ["dubai", "в Дубай", "to dubai", "in dubai?", "kazan", "работа в дубае", "Dubaýa gitmek"]
)
def test_a_city_going_to_or_asked_about_is_not_where_the_writer_is(typed: str) -> None:
    packs = list(Countries.load())
    assert places_named_as_writers(typed, [c.said_as for c in packs]) == []


# O#7: a velayat typed at the first step of "Find an organisation near me" --------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "velayat"),
    [
        ("en", "ashgabat", "ashgabat"),
        ("en", "Turkmenabat", "lebap"),
        ("ru", "мары", "mary"),
        ("tk", "Dashoguz", "dashoguz"),
        ("tk", "Lebap welaýaty", "lebap"),
        ("en", "i live in lebap", "lebap"),
    ],
)
async def test_a_velayat_typed_where_the_help_is_asked_lists_its_organisations(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, velayat: str
) -> None:
    """O#7: "ashgabat" at "What kind of help are you looking for?" got the off-topic refusal, "Lebap welayaty" the
    article on how to return home, "i live in lebap" a welcome home."""
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    asked = await chat.press(said(app, language, "📍 Find an organisation near me", "button"))
    assert asked.text == said(app, language, "What kind of help are you looking for?")
    listing = await chat.send(typed)
    there = app.bot_data.directory.in_velayat(velayat, None)
    assert there and all(found.ngo.text("name", language) in listing.text for found in there)


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "i live in lebap"), ("ru", "я живу в Мары"), ("tk", "men Lebapda ýaşaýaryn")],
)
async def test_living_in_a_velayat_is_not_a_welcome_home(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """O#7: "i live in lebap" got "🏠 Welcome home", for someone who never left; only coming back is welcomed."""
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert not reply.text.startswith("🏠")  # the organisations there may list a 🏠 shelter


# O#8: Turkmen in Cyrillic and jobs at the checklist -----------------------------------------------------------------


async def at_the_job_question(app: Any, chat: Chat, language: str) -> None:
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", SAFE["age"]))
    assert said(app, language, question("job").text) in chat.last_reply().text


@pytest.mark.parametrize(
    ("language", "typed", "job"),
    [
        ("tk", "çaga bakyjy", "home"),
        ("ru", "нянька", "home"),
        ("en", "childminder", "home"),
        ("tk", "gurlushykda ishchi", "other"),
        ("ru", "stroika", "other"),
        ("en", "building site worker", "other"),
        ("tk", "massaž salony", "club"),
        ("ru", "массажистка", "club"),
        ("en", "massage salon", "club"),
    ],
)
async def test_nannies_building_work_and_massage_are_jobs_the_checklist_knows(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, job: str
) -> None:
    """O#8: "çaga bakyjy", "stroika", "массажистка", "massage salon" got "I do not know this job well enough"."""
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    counted = said(
        app, language, "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    )
    reply = await chat.send(typed)
    assert counted.format(answer=label(app, language, "job", job)) in reply.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "паспорт заберет работодатель"),
        ("en", "the boss will take my passport"),
        ("tk", "hojaýyn pasporty alar"),
    ],
)
async def test_a_passport_taken_said_at_the_job_question_is_not_an_unknown_job(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """O#8: "паспорт заберет работодатель" at "What work are you offered?" got "I do not know this job well
    enough", a warning sign read as a job."""
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    before = len(chat.bot_messages())
    await chat.send(typed)
    replies = chat.bot_messages()[before:]
    unknown = said(
        app,
        language,
        "I do not know this job well enough to choose for you. If it is not in the list, press «{other}».",
    )
    assert not any(unknown.split("{")[0] in m.text for m in replies)
    assert said(app, language, question("job").text) in replies[-1].text  # the question waits, unanswered


@pytest.mark.parametrize("typed", ["менюга гайт", "менюга", "меню гайт"])
async def test_menu_typed_in_turkmen_cyrillic_at_a_question_keeps_the_answers(
    app: Any, chat_with: Callable[..., Chat], typed: str
) -> None:
    """O#8: "менюга гайт" ("back to the menu") mid-checklist got the article on how to return home."""
    chat = chat_with("tk")
    await at_the_job_question(app, chat, "tk")
    reply = await chat.send(typed)
    stopped = said(
        app,
        "tk",
        "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later.",
    )
    assert reply.text == stopped


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("tk", "инди нәме этмели"),
        ("tk", "инди нәме етмели"),
        ("ru", "и что теперь делать"),
        ("en", "what now"),
    ],
)
async def test_what_now_in_turkmen_cyrillic_after_a_result_gets_its_way_forward(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """O#8: "инди нәме етмели" after a high-risk result got the article on an expired visa."""
    chat = chat_with(language)
    await walk(app, chat, language, RISKY)
    forward = way_forward(chat)
    reply = await chat.send(typed)
    assert reply.message_id != forward.message_id and reply.text == forward.text


# O#12: a passport taken, said in two languages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "паспорт aldylar, что делать"),
        ("en", "my passport забрали, what do i do"),
        ("tk", "паспорт aldylar, näme etmeli"),
    ],
)
async def test_a_passport_taken_said_in_two_languages_gets_the_employer_topic(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """O#12: "паспорт aldylar, что делать" got "not sure", the employer topic only a button."""
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    # in whichever language the reply follows the words in: the topic is what counts
    assert any(
        reply.text.startswith(title(app, shown, "employer-took-passport")) for shown in ("ru", "tk", "en")
    )
