"""Saying only where one is at home ("im in ashgabat", "я живу в мары", "men marydan") is answered with the network's
organisations there, as "Find an organisation" lists them (tester S#12: "im in ashgabat", right after asking for a
psychologist, was told the bot only helps with going abroad; "i live in lebap" got the domestic-work article)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said

HEADING = "Organisations of our network in {velayat}:"


@pytest.mark.parametrize(
    ("language", "text", "velayat"),
    [
        ("en", "im in ashgabat", "Ashgabat city"),
        ("en", "i live in lebap", "Lebap"),
        ("ru", "я живу в мары", "Mary"),
        ("ru", "я сейчас в ашхабаде", "Ashgabat city"),
        ("ru", "ya zhivu v ashgabate", "Ashgabat city"),
        ("tk", "men marydan", "Mary"),
        ("tk", "men aşgabatda ýaşaýaryn", "Ashgabat city"),
    ],
)
async def test_where_one_is_at_home_gets_the_organisations_there(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, velayat: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    place = said(app, language, velayat, "velayat")
    assert reply.text.startswith(said(app, language, HEADING).format(velayat=place)), reply.text
    assert any(label.startswith("🙋") for label in chat.labels(reply))


@pytest.mark.parametrize(
    "text",
    ["i live in lebap and my daughter got an offer in dubai", "я из мары, работаю в москве на стройке"],
)
async def test_a_home_place_with_more_to_say_is_read_as_the_message_it_is(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    chat = chat_with("en")
    reply = await chat.send(text)
    assert "Organisations of our network" not in reply.text
