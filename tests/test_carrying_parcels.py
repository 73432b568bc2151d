"""Being asked to carry someone's parcel across a border has its own answer (found by tester I, I#4): the Russian
question got "how to send money home safely", the Turkmen one was refused as not about going abroad, the English one
got "not sure". Now each gets the warning, with the hotline and a person one tap away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said

HOTLINE = "+99312463514"  # the example config's hotline, which the answer's {hotline} becomes


@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("ru", "знакомый просит передать посылку в стамбул, говорит там лекарства, заплатит 200$"),
        ("tk", "bir tanysym stambula posylka alyp git diyyar, icinde derman diyyar"),
        ("en", "someone asked me to carry a small package to moscow for money they say its just documents"),
    ],
)
async def test_a_person_asked_to_carry_a_parcel_is_warned_with_the_hotline_and_a_person(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(asked)
    topic = app.bot_data.knowledge["carrying-parcels"].text(language)
    assert reply.text.startswith(topic.title)
    assert HOTLINE in reply.text
    assert chat.labels()[0] == said(app, language, "🆘 Ask a person to write to me now", "button")


async def test_asking_what_happens_at_the_border_with_the_parcel_gets_the_same_warning(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("знакомый просит передать посылку в стамбул, говорит там лекарства, заплатит 200$")
    reply = await chat.send("а если меня на границе проверят с этой посылкой что будет")
    # the warning just above, pointed to rather than sent again word for word (tester Y#8), 🆘 first
    title = app.bot_data.knowledge["carrying-parcels"].text("ru").title
    assert f"«{title}»" in reply.text and "📄 " + title in chat.labels(reply)
    assert chat.labels(reply)[0] == said(app, "ru", "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("tk", "bir adam stambula sumka alyp git diyip pul beryar"),
        ("en", "someone pays me to take a bag to istanbul"),
    ],
)
async def test_being_paid_to_carry_a_bag_is_the_parcel_warning_not_a_danger_reply(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str
) -> None:
    """Tester U#3: the Turkmen line was answered "what you describe is sexual violence" (the crisis model)."""
    chat = chat_with(language)
    reply = await chat.send(asked)
    assert reply.text.startswith(app.bot_data.knowledge["carrying-parcels"].text(language).title), reply.text
