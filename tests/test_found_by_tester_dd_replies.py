"""Short lines after danger, found by exploratory testers DD and FF: "they check phones every night" and "passport
taken" got "not sure" (DD#4); "please" after an unanswered "help" got "not sure" (DD#9); "i'm fine lol" after the
violence reply got "not sure", the warm line having been given only after the self-harm reply's words (FF#6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.after_alarm import only_a_plea
from bot.nlp.watched import phones_checked
from tests.chat import Chat, said
from tests.test_crisis_flow import sos_label
from tests.test_found_by_tester_bb_crisis import GLAD

NOT_SURE = "I am not sure I understood your question, and I do not want to guess."

# FF#6: all right after any danger reply -------------------------------------------------------------------------

DANGER_THEN_FINE = {
    "en": [
        ("im ok now but my boss still hits me", "i'm fine lol"),
        ("they locked me in the flat", "I'm fine"),
    ],
    "ru": [
        ("хозяин бьёт меня каждый день", "я в порядке"),
        ("меня заперли в квартире", "нет, я в порядке, хаха"),
    ],
    "tk": [
        ("hojaýyn meni her gün urýar", "men gowy"),
        ("meni öýde gulplap saklaýarlar", "ýok, men gowy"),
    ],
}


@pytest.mark.parametrize(
    ("language", "danger", "fine"),
    [(language, danger, fine) for language, pairs in DANGER_THEN_FINE.items() for danger, fine in pairs],
)
async def test_all_right_after_any_danger_reply_gets_the_warm_line(
    app: Any, chat_with: Callable[..., Chat], language: str, danger: str, fine: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(danger)
    answer = await chat.send(fine)
    assert answer.text == said(app, language, GLAD)
    assert chat.labels(answer)[0] == sos_label(app, language)


# DD#4: phones checked, a passport taken, in a hurry ------------------------------------------------------------

HIDE_FIRST = (
    "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
    "sends nothing back. Write again when it is safe: I will be here."
)
PHONES_CHECKED = {
    "en": "they check phones every night",
    "ru": "телефоны проверяют каждый вечер",
    "tk": "her gije telefonlarymyzy barlaýarlar",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_phones_checked_every_night_gets_hide_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(PHONES_CHECKED[language])
    hide = said(app, language, "🙈 Hide this chat", "button")
    assert answer.text.startswith(said(app, language, HIDE_FIRST).format(button=hide))
    assert chat.labels(answer)[:2] == [hide, sos_label(app, language)]


@pytest.mark.parametrize(
    "text",
    [
        "i check my phone every hour",
        "я проверяю телефон каждый час",
        "how do i check my phone balance?",
        "i read messages from my mom",
        "telefonymy barlap bilemok",
    ],
)
def test_ones_own_phone_checked_is_no_sign_of_being_watched(text: str) -> None:
    assert not phones_checked(text)


PASSPORT_TAKEN = {"en": "passport taken", "ru": "паспорт забрали", "tk": "pasportym alyndy"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_passport_taken_said_in_two_words_gets_the_article_on_it(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(PASSPORT_TAKEN[language])
    title = app.bot_data.knowledge["employer-took-passport"].text(language).title
    assert answer.text.startswith(title)


# DD#9: "please" after "help" -------------------------------------------------------------------------------------

HELP = {"en": "help", "ru": "помогите", "tk": "kömek ediň"}
PLEASE = {"en": "please", "ru": "пожалуйста", "tk": "haýyş"}
ASKED_FOR_HELP = "⚠️ You asked for help. You are not alone: here is how to get it now."


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_please_after_an_unanswered_help_is_answered_as_the_plea_it_is(
    app: Any, chat_with: Callable[..., Chat], clock: Any, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    first = await chat.send(HELP[language])
    assert first.text.startswith(said(app, language, ASKED_FOR_HELP))
    await chat.send({"en": "he is back i cant talk", "ru": "он рядом", "tk": "ol ýanymda"}[language])
    clock.advance(40 * 60)
    answer = await chat.send(PLEASE[language])
    assert answer.text.startswith(said(app, language, ASKED_FOR_HELP))
    assert chat.labels(answer)[0] == sos_label(app, language)


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_please_with_no_danger_told_is_no_alarm(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(PLEASE[language])
    assert not answer.text.startswith(said(app, language, ASKED_FOR_HELP))


@pytest.mark.parametrize(
    "text", ["please", "Please!!", "please please", "пожалуйста", "haýyş", "hayys", "pls"]
)
def test_please_alone_is_a_plea(text: str) -> None:
    assert only_a_plea(text)


@pytest.mark.parametrize("text", ["please tell me the visa rules", "пожалуйста, какой номер", "ok"])
def test_please_with_a_question_is_no_plea(text: str) -> None:
    assert not only_a_plea(text)
