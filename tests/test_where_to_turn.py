"""A person who names their velayat and asks where to turn gets the network's organisations there (found by an
exploratory tester: «я в маре живу куда обратиться» and «men maryda ýaşaýan, kime ýüz tutaýyn» got "not sure")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.where_to_turn import velayat_asked
from tests.chat import Chat, said


@pytest.mark.parametrize(
    ("text", "velayat"),
    [
        ("я в маре живу куда обратиться", "mary"),
        ("men maryda ýaşaýan, kime ýüz tutaýyn", "mary"),
        ("Türkmenabatda kime ýüz tutmaly", "lebap"),
        ("who can help me in lebap", "lebap"),
        ("есть ли организации в Ашхабаде", "ashgabat"),
        ("Daşoguzda kömek berýän gurama barmy", "dashoguz"),
    ],
)
def test_a_velayat_and_where_to_turn_is_asked(text: str, velayat: str) -> None:
    assert velayat_asked(text) == velayat


@pytest.mark.parametrize(
    "text",
    [
        "куда обратиться если в турции отобрали паспорт",  # no velayat: a question for the matcher
        "how do i get from mary to ashgabat",  # two places, and no "where to turn"
        "где купить билет в мары",
        "мары",
    ],
)
def test_a_place_alone_or_a_question_elsewhere_is_not(text: str) -> None:
    assert velayat_asked(text) is None


MARY = {
    "ru": "я в маре живу куда обратиться",
    "tk": "men maryda yasayan, kime yuz tutayyn",
    "en": "who can help me in mary",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_where_to_turn_in_mary_lists_marys_organisations(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(MARY[language])
    heading = said(app, language, "Organisations of our network in {velayat}:").format(
        velayat=said(app, language, "Mary", "velayat")
    )
    assert reply.text.startswith(heading)
    mary = [ngo for ngo in app.bot_data.directory.ngos if ngo.velayat == "mary"]
    assert mary and all(ngo.text("name", language) in reply.text for ngo in mary)
    assert all(
        ngo.text("name", language) not in reply.text
        for ngo in app.bot_data.directory.ngos
        if ngo.velayat != "mary"
    )
