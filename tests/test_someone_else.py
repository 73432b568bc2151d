"""A message of danger about a relative is answered to the one who wrote (bot/nlp/someone_else.py), also when the
relative is named in the possessive: "my daughter's passport", «gyzymyň pasporty» (found by an exploratory tester:
a mother was answered as if she were the one stranded)."""

from __future__ import annotations

import pytest

from bot.nlp.someone_else import about_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "gyzymyň pasporty agentde galypdyr diýdiler, agent hem telefon götermeýär",
        "doganymyň pasportyny aldylar, jogap bermeýär",
        "my daughters passport is with the agent and he doesnt answer",
        "my brother's boss locked him in the flat",
        "моего сына держат взаперти",
    ],
)
def test_a_relative_named_in_any_form_is_someone_else(text: str) -> None:
    assert about_someone_else(text)


@pytest.mark.parametrize(
    "text", ["мой начальник меня бьёт", "my brother and me are locked in", "gyzymy we meni gulpladylar"]
)
def test_the_writer_in_danger_too_is_their_own_crisis(text: str) -> None:
    assert not about_someone_else(text)
