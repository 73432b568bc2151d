"""A forwarded advert the knowledge base does not answer is met with the checklist and the signs of a dangerous offer,
not with "I did not understand" (found by an exploratory tester: a textbook trafficking advert got "not sure")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said

ADVERT = {
    "ru": "🔥🔥СРОЧНО ТРЕБУЮТСЯ🔥🔥 девушки 18-25 для работы в отеле ДУБАЙ Зарплата от 2000$ Жилье бесплатно! "
    "Оплата за оформление 500$. Писать в WhatsApp",
    "tk": "🔥Dubaýda myhmanhana işine 18-25 ýaşly gyzlar gerek! Aýlygy 2000$, ýaşaýyş mugt. Resmileşdirmek 500$. "
    "WhatsApp-a ýazyň",
    "en": "🔥🔥URGENT🔥🔥 girls 18-25 wanted for hotel work in DUBAI, salary from 2000$, free housing! "
    "Processing fee 500$. Write on WhatsApp",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_forwarded_advert_gets_the_checklist_and_the_signs_of_a_dangerous_offer(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.forward(ADVERT[language])
    labels = chat.labels(reply)
    if reply.text.startswith("⚠️"):
        pytest.skip("read as danger first, which is also right")  # the crisis reply has its own tests
    # the signs of a dangerous offer as the answer, or one tap away: with the checklist on the same message
    assert said(app, language, "✅ Check a job offer", "menu") in labels, reply.text
    assert not reply.text.startswith(
        said(app, language, "I am not sure I understood your question, and I do not want to guess.")
    )


async def test_a_forwarded_line_the_bot_cannot_answer_offers_the_checklist(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.forward("our team won the football match yesterday, congratulations to all fans")
    assert reply.text.startswith("You forwarded a message.")
    assert chat.labels(reply)[0] == said(app, "en", "✅ Check a job offer", "menu")


async def test_a_typed_line_the_bot_cannot_answer_is_still_not_sure(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("our team won the football match yesterday, congratulations to all fans")
    assert not reply.text.startswith("You forwarded a message.")
