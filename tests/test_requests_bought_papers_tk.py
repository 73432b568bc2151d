"""Turkmen requests to buy papers only an authority issues (an invitation for a visa, a registration, a residence or
work permit) are illegal help, not a question about registration or visas (issue 19); a person who already has such
papers, is told to buy them, or buys a home for a residence permit still gets a topic. Reported speech ("they say
girls are needed") is a person telling what they heard, not a recruiter's ad."""

from __future__ import annotations

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind
from tests.requests_asserts import assert_held_as_illegal_help, assert_taken_as_own_question


@pytest.mark.parametrize(
    "text",
    [
        "Russiýa wiza üçin çakylyk satyn almak isleýärin, kim satýar",
        "Moskwada registrasiýa satyn aljak, näçe durýar",
        "registrasiýany tanyş arkaly satyn alyp bolýarmy",
        "Stambulda ikamet satyn almak näçe",
        "Moskwada patent satyn aljak, arzan bolsun",
        "Москвада регистрация сатын алмак нәче",
    ],
)
def test_asking_to_buy_an_invitation_a_registration_or_a_permit_is_held_as_illegal_help(
    matcher: Matcher, text: str
) -> None:
    assert_held_as_illegal_help(matcher, text, Request.FORGERY)


@pytest.mark.parametrize(
    "text",
    [
        "satyn alnan registrasiýa bilen tutsalar näme bolar",
        "registrasiýany satyn aldym, polisiýa sakladylar, näme etmeli",
        "Moskwada registrasiýany hojaýyn satyn alypdyr, indi näme bolar",
        "agent Russiýa çakylygy satyn alyp berdi, bu kanunymy",
        "Türkiýede jaý satyn alyp ikamet almak bolýarmy",
    ],
)
def test_a_person_who_has_or_is_told_to_buy_such_papers_still_gets_a_topic(
    matcher: Matcher, text: str
) -> None:
    assert_taken_as_own_question(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Katarda kluba hostes gyzlar gerek diýipdirler, gidäýinmi",
        "Şarjada restoranda tansçy gyzlar gerek diýýärler, gidäýinmi",
    ],
)
def test_a_club_offer_told_in_reported_speech_is_not_taken_for_the_recruiters_ad(text: str) -> None:
    assert request_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("gyzlar üçin iş, Dubaý, klub, ýazyşyň, bilet biziňki", Request.RECRUITER),
        ("Russiýa zapretini aýyrtmak üçin baza girip biljek adam gerek", Request.BAN_EVASION),
        ("gadaganlygymy pozmak üçin adam gerek", Request.BAN_EVASION),
    ],
)
def test_a_turkmen_recruiters_ad_or_a_fixer_wanted_for_a_ban_is_not_answered(
    text: str, kind: Request
) -> None:
    assert request_kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Dubaýdaky kluba gyzlar ýygnaýarlar, bilet biziňki diýýärler, gitsem bolarmy",
        "bir adam zapreti bazadan aýyrjak diýýär, hakykymy",
        "Russiýa gadaganlygym bazada barmy, nädip barlamaly",
    ],
)
def test_a_turkmen_question_about_such_an_offer_or_ones_own_ban_still_gets_a_topic(text: str) -> None:
    assert request_kind(text) is None
