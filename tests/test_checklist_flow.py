"""The job-offer checklist as a person goes through it: each language, each level, a restart, a stale button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import KEYS, QUESTIONS
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat
from tests.conftest import AppFactory, stop_app

LABELS = {
    "en": {"y": "Yes", "n": "No", "u": "Not sure", "menu": "✅ Check a job offer", "back": "⬅️ Back"},
    "ru": {
        "y": "Да",
        "n": "Нет",
        "u": "Не уверен(а)",
        "menu": "✅ Проверить предложение о работе",
        "back": "⬅️ Назад",
    },
    "tk": {"y": "Hawa", "n": "Ýok", "u": "Bilemok", "menu": "✅ Iş teklibini barlamak", "back": "⬅️ Yza"},
}
LEVEL = {
    "en": {"low": "🟢 Low risk.", "medium": "🟡 Medium risk.", "high": "🔴 High risk."},
    "ru": {"low": "🟢 Низкий риск.", "medium": "🟡 Средний риск.", "high": "🔴 Высокий риск."},
    "tk": {"low": "🟢 Howp pes.", "medium": "🟡 Howp orta.", "high": "🔴 Howp ýokary."},
}
PROGRESS = {"en": "Question {n} / 11", "ru": "Вопрос {n} / 11", "tk": "Sorag {n} / 11"}
SAFE = dict(zip(KEYS, "yyynyynnyyy", strict=True))
MEDIUM = {**SAFE, "contract": "n"}
HIGH = {**SAFE, "copies": "n", "passport": "n"}


async def walk(chat: Chat, language: str, answers: dict[str, str]) -> str:
    await chat.send("/start")
    await chat.press(LABELS[language]["menu"])
    for number, key in enumerate(KEYS, start=1):
        assert PROGRESS[language].format(n=number) in chat.last_reply().text
        await chat.press(LABELS[language][answers[key]])
    # The result, then (in its own message) the two optional anonymous questions.
    return chat.bot_messages()[-2].text


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
@pytest.mark.parametrize(("answers", "level"), [(SAFE, "low"), (MEDIUM, "medium"), (HIGH, "high")])
async def test_whole_checklist_to_each_level_in_each_language(
    app: Any, chat_with: Callable[..., Chat], language: str, answers: dict[str, str], level: str
) -> None:
    chat = chat_with(language)
    result = await walk(chat, language, answers)
    assert result.startswith(LEVEL[language][level])
    assert "+99312463514" in result
    translator = app.bot_data.catalogs(language)
    if level == "high":
        # The most serious warning comes first, in the person's language.
        passport_advice = translator.gettext(QUESTIONS[KEYS.index("passport")].advice)
        copies_advice = translator.gettext(QUESTIONS[KEYS.index("copies")].advice)
        assert result.index(passport_advice) < result.index(copies_advice)
    stored = await app.bot_data.storage.checklist_result(1)
    assert stored is not None and stored["level"] == level and stored["language"] == language
    assert set(stored) == {
        "id",
        "finished_on",
        "language",
        "level",
        "flagged",
        "region",
        "gender",
        "age_band",
    }


async def test_back_goes_to_the_previous_question(chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("✅ Check a job offer")
    await chat.press("Yes")
    assert "Question 2 / 11" in chat.last_reply().text
    await chat.press("⬅️ Back")
    assert "Question 1 / 11" in chat.last_reply().text


async def test_checklist_continues_after_the_bot_restarts(
    app: Any, start_app: AppFactory, standin: StandIn
) -> None:
    user = FakeUser(id=4242, first_name="R", language_code="ru")
    chat = Chat(app, standin, user)
    await chat.send("/start")
    await chat.press(LABELS["ru"]["menu"])
    for _ in range(4):
        await chat.press("Да")
    assert "Вопрос 5 / 11" in chat.last_reply().text
    await stop_app(app)

    chat = Chat(await start_app(), standin, user)
    await chat.send("/menu")
    reply = await chat.press(LABELS["ru"]["menu"])
    assert reply.text.startswith("Продолжим с того места, где вы остановились.")
    assert "Вопрос 5 / 11" in reply.text


async def test_a_stale_button_does_not_count_twice(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("✅ Check a job offer")
    first_question = chat.last_reply()
    await chat.press("No")  # question 1 answered "No"; the message now shows question 2
    # A second delivery of the old press (question 1, "Yes") must not change the answer or skip question 2.
    await chat.press_data(first_question, "cl:a:0:y")
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress.position == 1 and progress.answers == {"contract": "n"}
    assert "Question 2 / 11" in chat.last_reply().text
    assert chat.standin.callback_answers[-1].get("text") == "That question is already answered."


async def test_tampered_checklist_data_never_acts(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("✅ Check a job offer")
    for data in ("cl:a:0:x", "cl:a:9:y", "cl:a:99:y", "cl:a:²:y", "cl:a:abc:y", "cl:b:7"):
        await chat.press_data(chat.last_reply(), data)
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress.position == 0 and progress.answers == {}
