"""Turkmen own-case questions that bot.nlp.requests took for requests for illegal help (issue 19): telling about the one
who would take them across a border ("serhetden geçirjek adam pul soraýar"), what happened with fake papers ("galp
çakylyk bilen gitdim", "doganym tutuldy"), a ticket home with no money,
a study-and-work offer. Offering crossings for money stays illegal help."""

from __future__ import annotations

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind
from tests.requests_asserts import assert_taken_as_own_question


@pytest.mark.parametrize(
    "text",
    [
        "serhetden geçirjek adam pul soraýar, näme etsem",
        "Ýewropa geçirýän adam tapdym, 4000 dollar isleýär",
        "серхетден гечирҗек адам пул сораýар",
    ],
)
def test_a_person_telling_about_their_smuggler_gets_the_smuggling_topic(matcher: Matcher, text: str) -> None:
    assert_taken_as_own_question(matcher, text, "smuggling")


@pytest.mark.parametrize(
    "text",
    [
        "adamlary serhetden geçirip pul gazanmak isleýärin",
        "serhetden adam geçirmek biznesi, adam başyna näçe almaly",
    ],
)
def test_offering_to_take_other_people_across_for_money_is_still_illegal_help(text: str) -> None:
    assert request_kind(text) is Request.SMUGGLER


@pytest.mark.parametrize(
    "text",
    [
        "galp çakylyk bilen Russiýa gitdim, indi näme gerek",
        "galp resminama bilen işleýän doganym tutuldy, näme gerek",
        "galp işe düşen doganymy nädip halas etmeli",
        "galp grant hakda nireden bilse bolar",
        "bilet nirede arzan, öýe gaýtmaly, pulum az",
        "Kipr okuw + iş, bilet näçe",
    ],
)
def test_a_turkmen_person_telling_what_happened_with_fake_papers_or_a_ticket_home_is_not_taken_for_a_request(
    matcher: Matcher, text: str
) -> None:
    assert_taken_as_own_question(matcher, text)
