"""What the tests of requests for illegal help check (bot/nlp/requests.py): a request is read as its kind and gets the
off-topic reply, never a topic's answer and never "not sure"; a person's own question beside it is no request and
gets a topic."""

from __future__ import annotations

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind


def assert_held_as_illegal_help(matcher: Matcher, text: str, kind: Request) -> None:
    result = matcher.match(text)
    assert request_kind(text) is kind
    assert result.off_topic and not result.confident and result.topic is None


def assert_taken_as_own_question(matcher: Matcher, text: str, topic: str | None = None) -> None:
    """No request, not off-topic, and (given `topic`) that topic ranked first."""
    result = matcher.match(text)
    assert request_kind(text) is None
    assert not result.off_topic
    if topic is not None:
        assert result.closest[0][0] == topic
