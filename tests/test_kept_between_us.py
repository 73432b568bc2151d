"""A person asking the bot (or its staff) to tell no one ("пожалуйста никому не говорите, я боюсь", "hiç kime
aýtmaň, gorkýaryn", "please dont tell anyone, im scared") is told what the bot keeps and who sees it, and, when she
is afraid, offered a person: not warned that someone asks her to keep a secret from her family, which is still
said when someone did ("агент сказал никому не говорить")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_crisis_false_alarms import SECRET_WARNING

KEPT = (
    "🔒 I pass on nothing you write here unless you ask for help: staff of the organisation you ask see your "
    "request (your Telegram name only if you agree), and 🆘 gives the hotline team your last few messages here."
)
LOGS = "I never write your messages to the logs; /privacy says what I keep, and /forget deletes it."
AFRAID = "If you are afraid, you are not alone with it: tap 🆘 and a person from the hotline team will write to you here."

PLEAS = [
    ("ru", "пожалуйста никому не говорите, я боюсь"),
    ("tk", "hiç kime aýtmaň, gorkýaryn"),
    ("tk", "hic kime aytman, gorkyaryn"),
    ("en", "please dont tell anyone, im scared"),
]


def privacy_title(app: Any, language: str) -> str:
    return "📄 " + app.bot_data.knowledge["bot-privacy"].text(language).title


@pytest.mark.parametrize(("language", "typed"), PLEAS)
async def test_a_plea_to_tell_no_one_is_answered_with_what_is_kept_and_a_person(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert said(app, language, KEPT) in reply.text, reply.text
    assert said(app, language, LOGS) in reply.text
    assert said(app, language, AFRAID) in reply.text, "she is afraid: the way to a person"
    assert not reply.text.startswith("⚠️"), "neither a danger reply nor the family-secret warning"
    assert said(app, language, SECRET_WARNING) not in reply.text
    labels = chat.labels(reply)
    assert labels[0] == said(app, language, "🆘 Ask a person to write to me now", "button")
    assert said(app, language, "🙋 Talk to a person", "button") in labels
    assert privacy_title(app, language) in labels


async def test_a_plea_without_fear_is_answered_with_what_is_kept_and_no_sos(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    reply = await chat.send("никому не говорите пожалуйста")
    assert said(app, "ru", KEPT) in reply.text
    assert said(app, "ru", AFRAID) not in reply.text
    labels = chat.labels(reply)
    assert privacy_title(app, "ru") in labels
    assert said(app, "ru", "🆘 Ask a person to write to me now", "button") not in labels


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "the agent told me not to tell anyone"),
        ("ru", "агент сказал никому не говорить"),
        ("tk", "agent maňa hiç kime aýtma diýdi"),
    ],
)
async def test_a_secret_someone_asked_of_her_still_gets_the_warning(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, SECRET_WARNING), reply.text


async def test_danger_told_with_the_plea_is_danger(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("ru")
    reply = await chat.send("пожалуйста никому не говорите, он меня бьёт")
    assert reply.text.startswith("⚠️"), reply.text
    assert said(app, "ru", KEPT) not in reply.text
