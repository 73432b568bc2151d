"""A man deported from Russia, at home in Lebap, found by exploratory tester Y (#3): every question about going back,
whether there is a ban and for how long got the overstay answer, which told him he was in the country without legal
grounds and gave him Russia's 112; a friend's idea of a new surname "so the ban is not seen" got the article on an
expiring passport. Now a topic on deportation and entry bans answers him, the overstay answer stays for people still
there, and getting round a ban is refused with the lawful way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.request_kinds import Request
from tests.chat import Chat, said
from tests.requests_asserts import assert_held_as_illegal_help
from tests.test_abroad_flow import country_button

HOME_AFTER_A_BAN = [
    ("ru", "меня депортировали из россии в прошлом месяце, когда я могу обратно поехать"),
    ("ru", "как узнать есть ли запрет на въезд"),
    ("ru", "сколько лет запрет"),
    ("ru", "меня выдворили из россии, я дома в лебапе, сколько лет запрет на въезд"),
    ("ru", "в постановлении суда написано выдворение, срок не помню, бумагу забрали"),
    ("en", "I was deported, when can I go back"),
    ("en", "how do i know if i have a ban on entering russia"),
    ("tk", "deport edildim, haçan gaýdyp bilerin"),
    ("tk", "Russiýadan çykardylar, gadagançylyk näçe ýyl bolýar"),
]


@pytest.mark.parametrize(("language", "text"), HOME_AFTER_A_BAN)
async def test_a_person_home_after_a_deportation_is_answered_about_the_ban_not_told_he_is_there_illegally(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(text)
    knowledge = app.bot_data.knowledge
    assert answer.text.startswith(knowledge["entry-ban"].text(language).title), answer.text[:80]
    assert knowledge["visa-overstay"].text(language).title not in answer.text
    assert "112" not in answer.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "виза закончилась, я ещё в москве, что делать"),
        ("en", "my visa expired and i am still in moscow, what do i do"),
        ("tk", "wizam gutardy, henizem Moskwada, näme etmeli"),
    ],
)
def test_a_person_still_there_after_the_visa_ran_out_keeps_the_overstay_answer(
    matcher: Matcher, language: str, text: str
) -> None:
    result = matcher.match(text)
    assert result.confident and result.topic == "visa-overstay", result.closest


async def test_the_deported_man_is_offered_russias_check_and_the_lengths_of_its_bans_with_their_date(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    answer = await chat.send("меня выдворили из россии, я дома в лебапе, сколько лет запрет на въезд")
    assert "«Я за границей» → Россия" in answer.text
    button = country_button(app, "ru", "ru")
    assert button in chat.labels(answer)
    await chat.press(button)
    pack = next(m for m in reversed(chat.bot_messages()) if m.text.startswith("🌍"))
    assert "сервисы.гувм.мвд.рф" in pack.text
    assert "на 5 лет, после повторного — на 10" in pack.text
    assert said(app, "ru", "Checked on {date}.").format(date="2026-12-06") in pack.text


NEW_NAME_FOR_A_BAN = [
    ("en", "change my surname so the ban isn't seen"),
    ("ru", "поменять фамилию чтобы запрет не видно"),
    ("tk", "familiýamy üýtgedip gadagançlygy aýlanyp geçmek"),
    ("ru", "знакомый говорит можно поменять фамилию и новый паспорт сделать и запрет не увидят"),
    ("en", "friend says change my surname and get a new passport and they wont see the ban"),
    ("tk", "dostum familiýany üýtgedip täze pasport alsaň gadagançylyk görünmez diýýär"),
]


@pytest.mark.parametrize(("language", "text"), NEW_NAME_FOR_A_BAN)
def test_a_new_surname_so_the_ban_is_not_seen_is_a_request_to_get_round_it(
    matcher: Matcher, language: str, text: str
) -> None:
    assert_held_as_illegal_help(matcher, text, Request.BAN_EVASION)


@pytest.mark.parametrize(("language", "text"), NEW_NAME_FOR_A_BAN[:3])
async def test_getting_round_a_ban_is_refused_with_the_topic_on_bans_as_the_lawful_way(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(text)
    assert reply.text.startswith("🚫")
    knowledge = app.bot_data.knowledge
    lawful = f"📄 {knowledge['entry-ban'].text(language).title}"
    assert lawful in chat.labels(reply)
    assert f"📄 {knowledge['passport-expiring-abroad'].text(language).title}" not in chat.labels(reply)
    opened = await chat.press(lawful)
    assert opened.text.startswith(knowledge["entry-ban"].text(language).title)


@pytest.mark.parametrize(
    "text",
    [
        "после замужества поменяла фамилию, запрет теперь не видно или остался?",
        "I changed my name after marriage, is my ban still valid",
    ],
)
def test_a_name_changed_by_a_marriage_is_the_persons_own_question(matcher: Matcher, text: str) -> None:
    from bot.nlp.requests import request_kind

    assert request_kind(text) is None
    assert not matcher.match(text).off_topic


def test_the_topic_on_bans_answers_its_own_held_out_questions(matcher: Matcher) -> None:
    import tomllib
    from pathlib import Path

    data = tomllib.loads(
        (Path(__file__).parent / "data" / "holdout" / "topics" / "entry-ban.toml").read_text(encoding="utf-8")
    )
    for language, questions in data.items():
        # counts only: a failure must not show held-out lines
        asked, answered = len(questions), sum(matcher.match(q).topic == "entry-ban" for q in questions)
        assert asked >= 5 and answered >= 0.8 * asked, (language, answered, asked)
