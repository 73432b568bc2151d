"""Issue 19's last bar, session 19: everyday life, papers made for someone, a crossing by night and a ticket question
are not answered with a topic, in Russian (also typed in Latin letters), Turkmen (also typed in Cyrillic) and English;
beside each, a person's own question in the same words keeps its topic (bot/nlp/requests_everyday.py,
bot/nlp/requests_papers.py, bot/nlp/crossing_requests.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.request_kinds import Request
from bot.nlp.requests import request_kind
from tests.chat import Chat, said


def _not_answered(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert not result.confident and result.topic is None, (text, result)


def _keeps_its_topic(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert request_kind(text) is None and not result.off_topic, (text, result)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "хочу открыть магазин одежды с чего начать",
            "вернулся из россии, хочу открыть магазин, есть поддержка?",
        ),
        (
            "eşik dükanyny açmak isleýän nämeden başlamaly",
            "Russiýadan gaýdyp geldim, kiçi dükan açmak üçin goldaw barmy",
        ),
        (
            "i want to open a clothes shop where do i start",
            "came back from turkey, is there help to open a small shop",
        ),
    ],
)
def test_opening_a_shop_is_everyday_life_unless_it_is_a_returnees_start(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.EVERYDAY
    _not_answered(matcher, text)
    _keeps_its_topic(matcher, neighbour)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        ("рецепт плова с курицей как готовить", "какие лекарства взять с собой, нужен ли рецепт"),
        (
            "recept dogramy na 10 chelovek kak gotovit",
            "хозяин заставляет меня готовить по 14 часов и не платит",
        ),
        ("10 adamlyk dograma nädip taýýarlamaly", "ýola haýsy dermanlary resept bilen almaly"),
        ("Плов надип биширилер", "iş berijim gije-gündiz nahar bişirtýär, aýlyk bermeýär"),
        ("chicken plov recipe how to cook", "the family makes me cook and clean 16 hours a day without pay"),
    ],
)
def test_a_recipe_is_everyday_life_but_a_prescription_or_cooking_as_forced_work_is_not(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.EVERYDAY
    _not_answered(matcher, text)
    _keeps_its_topic(matcher, neighbour)


@pytest.mark.parametrize(
    "text",
    [
        "my dog ate chocolate is it dangerous",
        "кошка 2 дня не ест почему",
        "pişigim iýmit iýmeýär",
        "üç gün bäri kelläm agyrýar, haýsy derman içsem bolar",
        "bolit golova chto vypit",
        "headache, what should i take",
        "im bored lets chat",
        "мне скучно давай поболтаем",
        "içim gysýar gürleşeli",
        "как у тебя дела бот что делаешь",
        "ишлер нәхили бот нәме эдйәң",
    ],
)
def test_a_pet_a_headache_or_chatting_with_the_bot_is_not_answered_with_a_topic(
    matcher: Matcher, text: str
) -> None:
    assert request_kind(text) is Request.EVERYDAY
    _not_answered(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "мне одиноко, не с кем поговорить, плачу каждый день",
        "adam söwdasyndan soň içim gysýar, kim bilen gürleşeýin",
        "how are you, my boss took my passport what do i do",
        "my boss registered my sim card and reads my messages",
        "i bought a diploma through a friend now scared they will check at work",
        "tanyş arkaly diplom satyn aldym indi işde barlasalar näme bolar",
    ],
)
def test_a_persons_own_case_in_the_same_words_is_not_everyday_life(matcher: Matcher, text: str) -> None:
    _keeps_its_topic(matcher, text)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "srochno nuzhna spravka s raboty dlya vizy kto sdelaet",
            "агент сделал мне справку о доходах для визы а теперь говорят она фальшивая что мне будет",
        ),
        (
            "spravka gerek işden, wiza üçin, kim edip berer",
            "agent maňa wiza üçin spravka ýasady indi galp diýýärler näme bolar",
        ),
        (
            "need a bank statement for visa showing 5000 who can do it",
            "agent made me a bank statement for the visa now they say its fake what happens to me",
        ),
        (
            "можете сделать печать в паспорт что я выехал вовремя",
            "мне не поставили штамп на выезде, что будет",
        ),
        ("pasporta möhür basyp beriň çykdym diýip", "serhetde pasportyma möhür basmadylar, näme bolar"),
        (
            "where to get migration card with entry stamp if i crossed not at the checkpoint",
            "they forgot to stamp my passport at the border, what happens now",
        ),
    ],
)
def test_papers_made_for_someone_are_forgery_but_their_own_papers_keep_the_topic(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.FORGERY
    _not_answered(matcher, text)
    _keeps_its_topic(matcher, neighbour)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "как перейти границу с казахстаном без паспорта ночью",
            "проводник говорит проведет ночью через границу, опасно?",
        ),
        ("serhetden pasportsyz nädip geçmeli gije", "bir adam gije serhetden geçirjek diýýär, howpsuzmy"),
        (
            "how to cross kazakhstan border without passport at night",
            "a guide says he takes us across at night, is it safe",
        ),
        (
            "wizasyz resminamasyz Ýewropa nädip geçmeli, adam geçirýän barmy",
            "i want to reach poland without a visa, who can take me",
        ),
    ],
)
def test_a_crossing_by_night_or_a_search_for_whoever_takes_people_is_held_but_the_danger_is_one_tap_away(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.CROSSING
    result = matcher.match(text)
    assert not result.confident and not result.off_topic
    assert "smuggling" in [topic for topic, _ in result.closest]
    assert request_kind(neighbour) is None and matcher.match(neighbour).closest[0][0] == "smuggling"


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "skolko stoit bilet do stambula tuda obratno",
            "мне сказали купить билет самому а потом вернут деньги это нормально",
        ),
        (
            "Aşgabat Stambul bilet näçe gidiş gelişi",
            "maňa bileti özüň al soň pulyny gaýtarjak diýdiler, bu kadalymy",
        ),
        (
            "honeymoon Malaysia or Thailand which one is cheaper for 7 nights",
            "they told me to buy the ticket myself and they will refund it, is it normal",
        ),
    ],
)
def test_a_ticket_question_is_a_tourists_but_a_ticket_someone_else_will_refund_is_a_persons_own(
    matcher: Matcher, text: str, neighbour: str
) -> None:
    assert request_kind(text) is Request.TOURIST
    _not_answered(matcher, text)
    _keeps_its_topic(matcher, neighbour)


TOURIST_REPLY = (
    "I do not help with tickets, hotels or holiday plans: an airline or a travel agency can. I answer questions about "
    "travelling and working abroad safely, check job offers, and put you in touch with people who help. Ask in other "
    "words, or choose below."
)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "skolko stoit bilet do stambula tuda obratno"),
        ("tk", "taksimiň golaýynda arzan otel haýsy"),
        ("en", "which sim card is best in turkey for internet"),
    ],
)
async def test_a_tourist_question_gets_the_tourist_reply_with_the_menu(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text == said(app, language, TOURIST_REPLY)
    menu = [
        said(app, language, label, "menu")
        for label in ("❓ Ask a question", "🤝 Get help", "🆘 I am in trouble now")
    ]
    assert all(label in chat.labels(reply) for label in menu), chat.labels(reply)
