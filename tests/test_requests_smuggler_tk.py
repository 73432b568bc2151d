"""A Turkmen person telling about the one who would take them across a border ("serhetden geçirjek adam pul soraýar",
the man who will take me across asks for money) is asking about their own crossing, and gets the smuggling topic;
offering to take other people across for money is still illegal help (issue 19)."""

from __future__ import annotations

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind


@pytest.mark.parametrize(
    "text",
    [
        "serhetden geçirjek adam pul soraýar, näme etsem",
        "Ýewropa geçirýän adam tapdym, 4000 dollar isleýär",
        "серхетден гечирҗек адам пул сораýар",
    ],
)
def test_a_person_telling_about_their_smuggler_gets_the_smuggling_topic(matcher: Matcher, text: str) -> None:
    assert request_kind(text) is None
    result = matcher.match(text)
    assert not result.off_topic and result.closest[0][0] == "smuggling"


@pytest.mark.parametrize(
    "text",
    [
        "adamlary serhetden geçirip pul gazanmak isleýärin",
        "serhetden adam geçirmek biznesi, adam başyna näçe almaly",
    ],
)
def test_offering_to_take_other_people_across_for_money_is_still_illegal_help(text: str) -> None:
    assert request_kind(text) is Request.SMUGGLER
