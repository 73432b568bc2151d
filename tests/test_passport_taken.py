"""A passport someone took is not a passport lost (tester K #12): "they took", "aldylar", "забрали" with a person as
the taker is the employer-took-passport topic; losing it or a theft stays "lost or stolen"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.passport_taken import passport_taken_by_someone
from tests.chat import Chat


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("tk", "мен туркиеде ишлейэн, пасспортымы алдылар"),
        ("ru", "Salam, ya v Turcii, pasportymy aldylar, chto delat"),
        ("en", "they took my passport"),
    ],
)
async def test_a_passport_taken_by_someone_gets_the_employer_topic_not_lost_or_stolen(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    knowledge = app.bot_data.knowledge
    titles = {
        topic.text(lang).title: topic.id for topic in knowledge.topics.values() for lang in ("ru", "tk", "en")
    }
    shown = next(topic for title, topic in titles.items() if reply.text.startswith(title))
    assert shown == "employer-took-passport"


@pytest.mark.parametrize(
    "text",
    [
        "i lost my passport",
        "someone stole my passport",
        "паспорт украли в метро",
        "pasportymy ogurladylar",
        "they took my passport from my bag",
        "у брата в хостеле вскрыли шкафчик и забрали паспорт",
    ],
)
def test_a_passport_lost_or_stolen_is_not_taken_by_someone(text: str) -> None:
    assert not passport_taken_by_someone(text)
