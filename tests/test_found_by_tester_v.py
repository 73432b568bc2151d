"""Found by exploratory tester V: a person who says they are under 18 got the generic job-offer answer or "not sure"
(V#2); a phone taken by the madam or the employer was answered as a passport taken, and "what number i call in
dubai" with the hotline's page (V#8); a call-centre job in Thailand did not offer the forced-scamming topic (V#9a);
follow-ups got the wrong article or "not sure" (V#10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.for_someone import asks_help_for_someone
from bot.nlp.how_long import asks_how_long
from bot.nlp.matcher import Matcher
from bot.nlp.minors import minor_going_abroad
from bot.nlp.phone_taken import phone_taken_by_someone
from bot.nlp.points_back import asks_if_allowed
from bot.nlp.wages_left import asks_for_wages_left
from bot.nlp.what_now import asks_what_to_do
from tests.chat import Chat, said
from tests.test_handoff_back import ask_a_person
from tests.test_handoff_flow import text as step_text

NOT_SURE = "I am not sure I understood your question, and I do not want to guess."
ABOUT_IT = "If it is about «{topic}», look there first. Or talk to a person: they can answer your question."
NOT_SENT = (
    "⏳ Your request has not been sent yet: answer the question below, and at the end send it. Then a person will "
    "write to you here, in this chat, as soon as they can."
)
WAITING = "Your request to talk to a person is still waiting for this answer:"
POINTED = (
    "☝️ Your question is about «{topic}», the answer just above. What it means in your case, a person can tell you: "
    "tap «{button}» or call the hotline."
)
NEED = "What help do you need?"


def title(app: Any, topic: str, language: str) -> str:
    return str(app.bot_data.knowledge[topic].text(language).title)


def everything(chat: Chat, message: Any) -> str:
    return message.text + "\n" + "\n".join(chat.labels(message))


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("tk", "men 17 yasymda turkiya islemage gidip bilyanmi"),
        ("tk", "16 ýaşym bar, Türkiýä işe gitsem bolarmy"),
        ("tk", "мен 17 яшымда туркияде ишлемәге гидип билйәнми"),
        ("ru", "мне 17 лет предлагают работу в турции без документов"),
        ("ru", "mne 16 let mozhno poehat rabotat v dubai"),
        ("en", "im 17 can i go work in turkey my friend says no papers needed"),
        ("en", "I'm 16, a man offers me a job in Dubai"),
    ],
)
async def test_someone_who_says_they_are_under_18_gets_the_childrens_answer_first(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    assert answer.text.startswith(title(app, "children-safety", language)), answer.text


@pytest.mark.parametrize(
    "typed",
    [
        "I am 25 and want to work in turkey",
        "мне 30 лет, можно ли работать в турции",
        "16 ýyl işledim",
        "16 ýaşym bar",
    ],
)
def test_an_adults_age_or_an_age_without_going_abroad_is_not_a_minor_going(typed: str) -> None:
    assert not minor_going_abroad(typed)


@pytest.mark.parametrize(
    ("language", "typed", "topic"),
    [
        ("en", "my employer took my phone", "trafficking-signs"),
        (
            "en",
            "hello this is my friend phone. madam took my phone for whole day she does it always when she go out",
            "domestic-work",
        ),
        ("ru", "хозяйка забирает у меня телефон на весь день", "domestic-work"),
        ("tk", "hojaýyn telefonymy aldy", "trafficking-signs"),
    ],
)
async def test_a_phone_taken_is_never_answered_as_a_passport_taken(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, topic: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    shown = everything(chat, answer)
    assert title(app, "employer-took-passport", language) not in shown
    assert title(app, topic, language) in shown, shown


@pytest.mark.parametrize(
    "typed",
    [
        "can i take my phone on the plane",
        "someone stole my phone",
        "the police took my phone",
        "my boss took my passport",
    ],
)
def test_a_phone_of_ones_own_stolen_or_taken_by_the_police_is_not_a_phone_held(typed: str) -> None:
    assert not phone_taken_by_someone(typed)


@pytest.mark.parametrize(
    ("language", "typed", "country", "number"),
    [
        ("en", "what number i call in dubai if she hit me", "ae", "999"),
        ("ru", "на какой номер звонить в турции", "tr", "112"),
        ("tk", "Türkiýede haýsy belgä jaň etmeli", "tr", "112"),
    ],
)
async def test_which_number_to_call_in_a_country_gets_its_emergency_numbers(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, country: str, number: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    name = app.bot_data.countries.get(country).title(language)
    assert answer.text.startswith(said(app, language, "Emergency numbers: {country}").format(country=name))
    assert number in answer.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        (
            "en",
            "hi bro i got offer call center job in thailand 1500$ month free flight and hotel, agent say no need "
            "work visa just tourist visa is it ok??",
        ),
        ("ru", "предлагают работу в колл-центре в Камбодже, билет оплатят"),
        ("tk", "Taýlandda onlaýn satuw işi teklip etdiler, uçar bileti mugt"),
    ],
)
async def test_a_call_centre_job_in_southeast_asia_offers_forced_scamming_first(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    scam = title(app, "scam-centres", language)
    topics = [label for label in chat.labels(answer) if label.startswith("📄 ")]
    assert answer.text.startswith(scam) or topics[:1] == ["📄 " + scam], (answer.text, topics)


# A story that gets the debt-bondage answer, then a question whether it is legal
DEBT = {
    "ru": (
        "здравствуйте я в казахстане работаю на стройке в алматы бригадир говорит что я должен 300 тысяч тенге за "
        "общежитие и еду и пока не отдам никуда не уйду",
        "а это законно что он так делает",
    ),
    "en": ("they say i can leave when i pay back the ticket and the agency fee", "is that even legal"),
    "tk": ("bergimi ödemänçäm gidip bilmersiň diýýärler", "bu kanunymy"),
}


@pytest.mark.parametrize("language", sorted(DEBT))
async def test_asking_whether_it_is_legal_after_an_answer_points_to_that_answer(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    story, legal = DEBT[language]
    forced = title(app, "forced-labour", language)
    assert (await chat.send(story)).text.startswith(forced)
    reply = await chat.send(legal)
    # about the answer just read, not "not sure" (tester Y#10: "bu kanunymy?" was told "ynamym ýok")
    person = said(app, language, "🙋 Talk to a person", "button")
    assert reply.text.startswith(said(app, language, POINTED).format(topic=forced, button=person)), reply.text
    assert "📄 " + forced in chat.labels(reply)


def test_a_legal_question_that_names_its_own_matter_is_not_a_follow_up() -> None:
    assert not asks_if_allowed("is it legal to work on a tourist visa")
    assert not asks_if_allowed("это законно работать по туристической визе")


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "куда мне обратиться чтобы его найти 😢"),
        ("en", "who can help me find him"),
        ("tk", "ony tapmak üçin kime ýüz tutmaly"),
    ],
)
async def test_where_to_turn_to_find_him_is_helping_someone_close(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    assert answer.text.startswith(title(app, "help-someone-else", language)), answer.text


def test_a_lost_thing_to_find_is_not_a_missing_person() -> None:
    assert not asks_help_for_someone("паспорт потерял, где его искать")
    assert not asks_help_for_someone("how to find a job in turkey")


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("tk", "turkiyede galan pulumy bu yerden alyp bolarmy"),
        ("ru", "можно ли получить оставшуюся зарплату из дома"),
        ("en", "can i still get the salary they owe me from here"),
    ],
)
async def test_pay_left_behind_abroad_is_the_unpaid_wages_answer(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    assert answer.text.startswith(title(app, "wages-not-paid", language)), answer.text


def test_having_no_money_left_is_not_pay_left_behind() -> None:
    for typed in ("i have no money left, how to get back home", "у меня не осталось денег как вернуться"):
        assert not asks_for_wages_left(typed)


WAGES_STORY = {
    "tk": "салам мен стамбулда ишлейэрин ики айдан бэри айлык берменок",
    "ru": "в турции на фабрике третий месяц не платят зарплату",
    "en": "my employer in turkey has not paid my salary for 3 months",
}
WHAT_NOW = {
    "tk": "нэме этмели маня ким комек этйэр",
    "ru": "что мне делать, кто мне поможет",
    "en": "what do i do who can help me",
}


@pytest.mark.parametrize("language", sorted(WHAT_NOW))
async def test_what_to_do_and_who_helps_after_an_answer_gets_the_way_forward_and_that_answer(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    wages = title(app, "wages-not-paid", language)
    assert (await chat.send(WAGES_STORY[language])).text.startswith(wages)
    reply = await chat.send(WHAT_NOW[language])
    assert reply.text.startswith(said(app, language, "What you can do now:")), reply.text
    assert "📄 " + wages in chat.labels(reply)


def test_who_helps_alone_is_not_what_to_do() -> None:
    assert asks_what_to_do("нэме этмели")
    assert not asks_what_to_do("who can help me")


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "а сколько ждать ответа"),
        ("en", "how long do i wait for an answer"),
        ("tk", "haçan jogap bererler"),
    ],
)
async def test_how_long_to_wait_at_a_step_of_the_request_says_it_is_not_sent_yet(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    asked = await chat.send(typed)
    told = chat.bot_messages()[-2]
    assert told.text.startswith(said(app, language, NOT_SENT)), told.text
    assert asked.text == step_text(app, language, WAITING) + "\n\n" + step_text(app, language, NEED)


def test_how_long_a_visa_takes_is_not_how_long_to_wait_for_a_person() -> None:
    assert not asks_how_long("how long does a work visa take")
    assert not asks_how_long("сколько стоит виза")


def test_the_matcher_offers_forced_scamming_beside_its_answer(matcher: Matcher) -> None:
    match = matcher.match("call center job in thailand free flight, tourist visa is enough")
    assert (
        match.topic == "scam-centres"
        or match.runner_up == "scam-centres"
        or (not match.confident and match.closest[0][0] == "scam-centres")
    )
