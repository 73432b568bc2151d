"""A few words after an answer ("is it free", "а комиссия какая", "mugtmy") that the bot cannot place on their own are
most likely about the topic just read (tester S#12, S#13): the "not sure" reply offers that topic first and says so,
and "how much does it cost" is not answered "I only help with migration" in the middle of a conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.conftest import FakeClock

NOT_SURE = "I am not sure I understood your question, and I do not want to guess."
ABOUT_IT = "If it is about «{topic}», look there first. Or talk to a person: they can answer your question."
OFF_TOPIC_START = {"ru": "Я", "tk": "Men", "en": "I"}

# A question that reaches the topic, then follow-ups that alone do not.
CONVERSATIONS = {
    "en": ("i need to talk to a psychologist after what happened", ["is it free", "how much does it cost"]),
    "ru": ("как переводить деньги домой безопасно", ["а комиссия какая", "золотая корона норм?"]),
    "tk": ("psiholog bilen gepleşmek isleýärin", ["mugtmy", "maşgalam bilermi"]),
}
TOPIC = {"en": "psychological-help", "ru": "money-transfers", "tk": "psychological-help"}


@pytest.mark.parametrize("language", sorted(CONVERSATIONS))
async def test_a_follow_up_the_bot_cannot_place_offers_the_topic_just_read_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    question, follow_ups = CONVERSATIONS[language]
    title = app.bot_data.knowledge[TOPIC[language]].text(language).title
    answer = await chat.send(question)
    assert answer.text.startswith(title)
    for follow_up in follow_ups:
        reply = await chat.send(follow_up)
        assert reply.text.startswith(said(app, language, NOT_SURE)), (follow_up, reply.text)
        assert said(app, language, ABOUT_IT).format(topic=title) in reply.text
        topics = [label for label in chat.labels(reply) if title in label]
        assert topics, (follow_up, chat.labels(reply))


async def test_without_a_topic_just_read_an_everyday_question_is_still_told_what_the_bot_is_for(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    await chat.send("i need to talk to a psychologist after what happened")
    clock.advance(2 * 3600)  # the topic read two hours ago is not what the next words are about
    reply = await chat.send("how much does it cost")
    assert not reply.text.startswith(said(app, "en", NOT_SURE))
    assert "psycholog" not in " ".join(chat.labels(reply)).lower()


async def test_a_short_question_that_names_a_topic_of_its_own_is_not_pointed_back_to_the_last_one(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    """Tester U#11: a new Turkmen question about a work visa, after an answer on a passport, was told "if it is
    about «My employer took my passport», look there first"."""
    chat = chat_with("tk")
    await chat.send("hojaýyn pasportymy aldy")
    passport = app.bot_data.knowledge["employer-took-passport"].text("tk").title
    reply = await chat.send("wizany nädip almaly")
    assert passport not in reply.text
    assert app.bot_data.knowledge["work-visa"].text("tk").title in " ".join(chat.labels(reply))
