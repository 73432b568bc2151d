"""Tester X#5, #9a, #9e: forgers and smugglers who were still answered, and a sick cat. A smuggler offering to take
people across in his own words ("переведу через границу ночью недорого") got the smuggling topic in Russian and
Turkmen; "паспорт левый" ("левый", slang for fake), "пасспорт сатын алмак" in Cyrillic and "we make work permits …
dm" were not read as asking for or offering forged papers; "кот заболел что делать" got medical care abroad. Beside
each, a person's own question in the same words keeps its topic (bot/nlp/trade_requests.py,
bot/nlp/requests_papers.py, bot/nlp/requests_everyday.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.request_kinds import Request
from bot.nlp.requests import request_kind
from tests.chat import Chat, said
from tests.requests_asserts import assert_held_as_illegal_help, assert_taken_as_own_question
from tests.test_questions_flow import HARM_REFUSAL

OFF_TOPIC = (
    "That does not look like a question about travelling or working abroad, so I cannot help with it. I answer "
    "questions about travelling and working abroad safely, check job offers, and put you in touch with people who "
    "help. Ask in other words, or choose below."
)
REFUSED = (
    "🚫 I do not help with bought or forged papers, or with getting round a border or an entry ban. That is how "
    "people end up arrested, deported, banned from coming back, or in the hands of those who exploit them; and a "
    "paper sold to you may be a fake that only takes your money. Read the lawful way below, or talk to a person: they "
    "help without judging."
)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "i can take people across the border to turkey at night, 500$",
            "a man says he can take me across the border to turkey at night for 500$, is it safe",
        ),
        (
            "i can take you across the border to kazakhstan, cheap",
            "who can take me across the border, is it safe",
        ),
        (
            "переведу через границу казахстана ночью недорого",
            "меня переведут через границу казахстана ночью, это опасно?",
        ),
        (
            "perewedu cherez granicu kazahstana nochyu nedorogo",
            "menya perevedut cherez granicu nochyu, eto opasno?",
        ),
        ("serhetden adam geçirýärin, arzan", "bir adam meni gije serhetden geçirjek, howply dälmi"),
        (
            "turkiye serhetden gizlin geçirip berýärin, 500$",
            "bir adam meni gije serhetden geçirjek, howply dälmi",
        ),
        ("серхетден адам гечирйәрин, арзан", "бир адам мени гиже серхетден гечирҗек, хowплы дәлми"),
    ],
)
def test_a_smugglers_offer_in_his_own_words_is_held_but_a_person_taken_across_gets_the_topic(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert_held_as_illegal_help(matcher, text, Request.SMUGGLER)
    assert_taken_as_own_question(matcher, neighbour, "smuggling")


def test_sending_money_across_the_border_is_no_smugglers_offer(matcher: Matcher) -> None:
    assert_taken_as_own_question(
        matcher, "переведу деньги маме через границу, как дешевле", "money-transfers"
    )


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        ("можно ли сделать паспорт левый чтоб уехать", "levyj pasport kupil, chto budet"),
        ("паспорт левый", "у меня левый паспорт оказался, что делать"),
        ("левые документы", "у меня левый паспорт оказался, что делать"),
        ("levye dokumenty nuzhny", "levyj pasport kupil, chto budet"),
        ("пасспорт сатын алмак", "пасспортым ёгалды тәзесини нәдип алмалы"),
        ("галп паспорт", "пасспортым ёгалды тәзесини нәдип алмалы"),
        ("fake passport", "my friend bought a fake passport and got caught, what happens to him"),
    ],
)
def test_a_fake_paper_named_in_slang_or_in_cyrillic_turkmen_is_forgery_but_a_persons_own_keeps_its_topic(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert_held_as_illegal_help(matcher, text, Request.FORGERY)
    assert_taken_as_own_question(matcher, neighbour)


@pytest.mark.parametrize(
    ("text", "neighbour", "topic"),
    [
        (
            "we make work permits for russia fast, any nationality, dm",
            "an agency wrote me: we make work permits for russia fast, is it real?",
            None,
        ),
        (
            "делаем разрешения на работу в россию быстро, пишите",
            "начальник сказал: документы сделаем потом, работай пока так",
            "work-visa",
        ),
        (
            "delaem razresheniya na rabotu bystro pishite",
            "начальник сказал: документы сделаем потом, работай пока так",
            "work-visa",
        ),
        (
            "Russiýa üçin iş rugsatnamasyny çalt edip berýäris, ýazyň",
            "agentlik iş rugsatnamasyny edip berjekdigini aýtdy, hakykymy?",
            None,
        ),
    ],
)
def test_an_advert_that_makes_state_papers_is_forgery_but_a_promise_or_a_forwarded_ad_is_a_persons_own(
    matcher: Matcher, text: str, neighbour: str, topic: str | None
) -> None:
    assert_held_as_illegal_help(matcher, text, Request.FORGERY)
    assert_taken_as_own_question(matcher, neighbour, topic)


@pytest.mark.parametrize(
    "text",
    [
        "делаем перевод паспорта быстро",
        "we make copies of documents and passport photos",
        "pasport terjimesini çalt edip berýäris",
    ],
)
def test_a_translators_or_print_shops_advert_is_no_forgery(text: str) -> None:
    assert request_kind(text) is None


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        ("кот заболел что делать", "я заболел что делать"),
        ("kot zabolel chto delat", "я заболел что делать"),
        ("pişigim keselläpdir näme etmeli", "men kesel, näme etmeli"),
        ("my cat is sick what do i do", "I got sick what do i do"),
    ],
)
def test_a_sick_pet_is_everyday_life_even_asking_what_to_do_but_a_sick_person_gets_health_care(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.EVERYDAY
    result = matcher.match(text)
    assert result.off_topic and result.topic is None
    assert matcher.match(neighbour).topic == "health-care"


@pytest.mark.parametrize(
    "text",
    [
        "how to check my work visa is real",
        "как проверить что моя виза настоящая",
        "wizam hakykymy nadip barlamaly",
    ],
)
def test_checking_ones_own_visa_is_a_lawful_question_not_a_request(matcher: Matcher, text: str) -> None:
    assert_taken_as_own_question(matcher, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "можно ли сделать паспорт левый чтоб уехать"),
        ("tk", "пасспорт сатын алмак"),
        ("en", "we make work permits for russia fast, any nationality, dm"),
    ],
)
async def test_asked_for_or_offered_forged_papers_a_person_is_refused_and_shown_the_lawful_way(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text == said(app, language, REFUSED)
    knowledge = app.bot_data.knowledge
    lawful = [knowledge[topic].text(language).title for topic in ("work-visa", "turkiye-russia-rules")]
    assert all(f"📄 {title}" in chat.labels(reply) for title in lawful), chat.labels(reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i can take people across the border to turkey at night, 500$"),
        ("ru", "переведу через границу казахстана ночью недорого"),
        ("tk", "serhetden adam geçirýärin, arzan"),
    ],
)
async def test_a_smuggler_gets_the_plain_refusal_and_no_article(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text == said(
        app, language, HARM_REFUSAL
    )  # a plain no: "not about travelling" would be untrue
    title = app.bot_data.knowledge["smuggling"].text(language).title
    assert f"📄 {title}" not in chat.labels(reply) and not reply.text.startswith(title)


@pytest.mark.parametrize(
    ("language", "text"), [("ru", "кот заболел что делать"), ("en", "my cat is sick what do i do")]
)
async def test_a_sick_cat_gets_the_polite_refusal_not_medical_care_abroad(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text == said(app, language, OFF_TOPIC)
