"""What every test of a request for illegal help checks (bot/nlp/requests.py): the kind it is read as, and that the
person gets the off-topic reply, never a topic's answer and never "not sure"."""

from __future__ import annotations

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind


def assert_held_as_illegal_help(matcher: Matcher, text: str, kind: Request) -> None:
    result = matcher.match(text)
    assert request_kind(text) is kind
    assert result.off_topic and not result.confident and result.topic is None
