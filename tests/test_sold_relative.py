"""A relative or friend sold ("he sold my sister", "мою дочь продали") is danger told about someone else: the
third-person danger reply with the hotline (found by helper crisiss: neither the patterns nor the model flagged
them). Selling a car or a flat is not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_found_by_tester_s_crisis import THEIR_DANGER

HOTLINE = "+99312463514"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "he sold my sister"),
        ("en", "my brother was sold, what do i do"),
        ("ru", "мою дочь продали"),
        ("ru", "он продал мою сестру"),
        ("ru", "сестру продали в турции"),
    ],
)
async def test_a_relative_sold_gets_the_danger_reply_about_them(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text
    assert HOTLINE in reply.text


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "he sold my car"), ("ru", "дочь продала квартиру"), ("ru", "мы продали дом брата")],
)
async def test_selling_things_is_not_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert not reply.text.startswith("⚠️"), reply.text
