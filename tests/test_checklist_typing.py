"""Typing in the middle of the checklist (found by exploratory testers, E#10): a word that is not this question's
answer ("ok", "hi") asks the question again with its buttons, never the greeting; "da" is yes; a yes or no to a
question whose buttons are worded otherwise counts where it can name only one of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import question
from tests.chat import Chat, said
from tests.test_checklist_flow import SAFE, at_the_passport_question, label, open_checklist

HINT = "Please press the answer that fits, under the question."
GREETING = (
    "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in touch "
    "with people who help. Type your question or choose below."
)


async def stored(app: Any, chat: Chat) -> tuple[int, dict[str, str]]:
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None
    return progress.position, progress.answers


def options(app: Any, language: str, key: str) -> list[str]:
    return [said(app, language, option.label) for option in question(key).options]


@pytest.mark.parametrize(
    ("language", "typed"),
    [("tk", "ok"), ("tk", "düşündim"), ("ru", "ок"), ("ru", "понятно"), ("en", "okay"), ("en", "hi")],
)
async def test_a_word_that_answers_nothing_asks_the_question_again_never_the_greeting(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_passport_question(app, chat, language)
    before = await stored(app, chat)
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, HINT))
    assert said(app, language, question("passport").text) in reply.text
    assert said(app, language, GREETING) not in reply.text
    assert set(options(app, language, "passport")) <= set(chat.labels(reply))
    assert said(app, language, "🤝 Get help", "menu") not in chat.labels(reply)
    assert await stored(app, chat) == before


@pytest.mark.parametrize("language", ["tk", "ru", "en"])
async def test_da_typed_in_latin_letters_is_yes(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await at_the_passport_question(app, chat, language)
    reply = await chat.send("da")
    assert said(app, language, question("pay").text) in reply.text
    assert (await stored(app, chat))[1]["passport"] == "y"


async def at_the_fees_question(app: Any, chat: Chat, language: str) -> None:
    await open_checklist(app, chat, language)
    for key in ("age", "job", "contract", "visa"):
        await chat.press(label(app, language, key, SAFE[key]))
    assert said(app, language, question("fees").text) in chat.last_reply().text


@pytest.mark.parametrize(("language", "no"), [("tk", "нет"), ("tk", "ýok"), ("ru", "нет"), ("en", "no")])
async def test_no_to_do_you_pay_counts_as_i_pay_nothing_and_says_so(
    app: Any, chat_with: Callable[..., Chat], language: str, no: str
) -> None:
    chat = chat_with(language)
    await at_the_fees_question(app, chat, language)
    reply = await chat.send(no)
    counted = said(
        app, language, "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    )
    assert reply.text.startswith(counted.format(answer=label(app, language, "fees", "none")))
    assert said(app, language, question("passport").text) in reply.text
    assert (await stored(app, chat))[1]["fees"] == "none"


@pytest.mark.parametrize(("language", "yes"), [("tk", "hawa"), ("ru", "да"), ("en", "yes")])
async def test_yes_to_do_you_pay_could_be_either_way_so_the_question_is_asked_again(
    app: Any, chat_with: Callable[..., Chat], language: str, yes: str
) -> None:
    chat = chat_with(language)
    await at_the_fees_question(app, chat, language)
    before = await stored(app, chat)
    reply = await chat.send(yes)
    assert reply.text.startswith(said(app, language, HINT))
    assert said(app, language, question("fees").text) in reply.text
    assert set(options(app, language, "fees")) <= set(chat.labels(reply))
    assert await stored(app, chat) == before
