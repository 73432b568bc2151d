"""Ordinary or watched lines that tester Q met answered as danger (Q#1, Q#2, Q#3, Q#5): the one a domestic worker
fears coming back soon, a sister's lines about her held brother, a friend's place said with "i think", and sleep,
night, work, places and unpaid wages. Each class is tried in Russian (also typed in Latin letters), Turkmen (also in
Cyrillic) and English; the danger said beside such words is still answered as danger."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said

HIDE_FIRST = (
    "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
    "sends nothing back. Write again when it is safe: I will be here."
)
THEIR_DANGER = (
    "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
)
SEXUAL_ABUSE = "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault."
SELF_HARM = "💙 I am sorry you are going through this. You matter, and you do not have to face it alone."


def _not_danger(app: Any, language: str, text: str) -> None:
    """Neither a danger reply about the writer nor the self-harm one."""
    assert not text.startswith("⚠️"), text
    assert not text.startswith(said(app, language, SELF_HARM)), text


# Q#1: the one who holds her will be back soon -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "before", "text"),
    [
        ("ru", ["hozyaika govorit bez nee nikuda ne vyhodit"], "ona skoro pridet"),
        ("ru", [], "она скоро придёт"),
        ("ru", [], "хозяйка скоро придет"),
        ("ru", [], "скоро вернётся хозяин"),
        ("ru", [], "hozyain vernetsya cherez 10 minut"),
        ("en", [], "the madam will be back soon"),
        ("en", ["i work as a maid in riyadh"], "she'll be back in a few minutes"),
        ("en", [], "my boss is coming back"),
        ("tk", [], "hojaýyn tiz geler"),
        ("tk", [], "ол тиз гелер"),
        ("tk", [], "hanym ýakyn wagtda öýe geler"),
        # tester U#2: said in a hurry, with or without a verb, and more after it
        ("en", [], "madam coming back soon i have to go"),
        ("en", [], "madam back soon"),
        ("en", [], "my boss will come back in 5 min"),
        ("ru", [], "хозяйка скоро придет быстрее"),
    ],
)
async def test_the_one_who_holds_her_coming_back_soon_is_answered_hide_first_never_as_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, before: list[str], text: str
) -> None:
    chat = chat_with(language)
    for line in before:
        await chat.send(line)
    reply = await chat.send(text)
    hide = said(app, language, "🙈 Hide this chat", "button")
    assert reply.text.startswith(said(app, language, HIDE_FIRST).format(button=hide)), reply.text
    assert said(app, language, SEXUAL_ABUSE) not in reply.text
    assert hide in chat.labels(reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "он скоро придёт и снова изобьёт меня"),
        ("en", "he will be back soon and he will beat me again"),
        ("tk", "ol tiz geler, meni urýar"),
    ],
)
async def test_danger_told_with_someone_coming_back_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith("⚠️"), reply.text


# Q#2: a sister about her held brother ---------------------------------------------------------------------------

SISTER = {
    "ru": (
        ["брат перестал отвечать", "его держат на складе в казани"],
        ["у меня есть его номер и адрес склада", "родители не знают, не говорите им", "roditeli ne znayut"],
    ),
    "en": (
        ["my brother stopped answering", "they keep him in a warehouse in kazan"],
        ["i have his number and the address of the warehouse", "my parents dont know, dont tell them"],
    ),
    "tk": (
        ["agam jogap bermeýär", "ony Kazanda skladda saklaýarlar"],
        ["onuň belgisi we skladyň salgysy bar", "ejem bilenok, oňa aýtmaň"],
    ),
}


@pytest.mark.parametrize("language", ["ru", "en", "tk"])
async def test_what_a_sister_knows_and_keeps_from_the_parents_is_not_her_own_danger(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    before, lines = SISTER[language]
    for line in before:
        await chat.send(line)
    for line in lines:
        reply = await chat.send(line)
        assert said(app, language, SEXUAL_ABUSE) not in reply.text, (line, reply.text)
        assert not reply.text.startswith("⚠️") or reply.text.startswith(said(app, language, THEIR_DANGER)), (
            line,
            reply.text,
        )


async def test_danger_told_beside_a_secret_is_still_danger(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    reply = await chat.send("не говорите им, он меня бьёт")
    assert reply.text.startswith("⚠️"), reply.text


# Q#3: a friend's place, hedged ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "before", "text"),
    [
        ("en", ["my friend is in antalya"], "she is in antalya i think"),
        ("en", ["my sister went to work abroad"], "she is probably in dubai"),
        ("ru", ["подруга уехала работать"], "она в анталии, наверное"),
        ("ru", ["sestra uehala"], "ona v dubae navernoe"),
        ("tk", ["dostum işe gitdi"], "ol Antalýada bolmaly, belki"),
        ("tk", ["уйам ише гитди"], "ол Дубайда өйдйән"),
    ],
)
async def test_a_friends_place_said_with_i_think_is_not_self_harm(
    app: Any, chat_with: Callable[..., Chat], language: str, before: list[str], text: str
) -> None:
    chat = chat_with(language)
    for line in before:
        await chat.send(line)
    reply = await chat.send(text)
    _not_danger(app, language, reply.text)


# Q#5: sleep, night, work, places, pay -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "before", "text"),
    [
        ("tk", [], "agam hem şu ýerde"),
        ("tk", ["men stambulda"], "agam hem su yerde"),
        ("ru", [], "не сплю"),
        ("ru", [], "не могу уснуть"),
        ("en", [], "cant sleep"),
        ("tk", [], "ukym gelenok"),
        ("ru", [], "куда звонить ночью"),
        ("ru", [], "kuda zvonit nochyu"),
        ("en", [], "who do i call at night"),
        ("tk", [], "gije kime jaň etmeli"),
        ("en", [], "im working in a house in riyadh, cleaning"),
        ("ru", [], "я работаю в доме в дубае, убираю"),
        ("tk", [], "men Dubaýda öýde işleýärin, arassalaýaryn"),
        ("ru", [], "ол дубайда, шарджада"),
        ("en", [], "she is in sharjah"),
        ("en", [], "he works in construction"),
        ("ru", [], "зарплату не платят"),
        ("ru", [], "денег не дают уже два месяца"),
        ("en", [], "they dont pay money"),
        ("tk", [], "pul hem berenok"),
    ],
)
async def test_ordinary_lines_of_sleep_night_work_places_and_pay_raise_no_alarm(
    app: Any, chat_with: Callable[..., Chat], language: str, before: list[str], text: str
) -> None:
    chat = chat_with(language)
    for line in before:
        await chat.send(line)
    reply = await chat.send(text)
    _not_danger(app, language, reply.text)


async def test_pay_not_given_is_read_as_unpaid_wages(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("tk")
    reply = await chat.send("pul hem berenok")
    title = app.bot_data.knowledge["wages-not-paid"].text("tk").title
    assert reply.text.startswith(title) or "📄 " + title in chat.labels(reply), (
        reply.text,
        chat.labels(reply),
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "не могу уснуть, он бьёт меня"),
        ("en", "they lock the house, i cant go out"),
        ("tk", "işden çykmaga rugsat bermeýärler"),
        ("ru", "hozyaika ne vypuskaet"),
        ("ru", "спать негде, денег нет"),
        ("en", "they dont pay and dont let me leave"),
    ],
)
async def test_danger_said_with_such_words_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith("⚠️"), reply.text
