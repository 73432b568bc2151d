"""Ordinary short lines outside a question are not answered as danger (tester K #2): the crisis model had learned the
words danger stories are set in ("they said", "today", "a building site") and read these alone as sexual abuse or
confinement. Real danger in a few words still is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat
from tests.test_danger_in_conversation import danger_line


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "сказали завтра"),
        ("en", "they said i must decide today"),
        ("en", "I am in Moscow now, on a building site"),
        ("tk", "diňe şu gün diýdiler"),
    ],
)
async def test_an_offers_timing_or_where_one_works_is_not_answered_as_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert danger_line(app, language) not in reply.text
    assert danger_line(app, language, "ru") not in reply.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "they locked me in"), ("ru", "меня не выпускают"), ("tk", "ýapyp goýdular")],
)
async def test_a_few_words_of_real_danger_still_are(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert danger_line(app, language) in reply.text
