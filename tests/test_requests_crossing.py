"""Session 14's request patterns (issue 19): asking the way round a border's control is a request ("not sure", the
closest topics one tap away), while a person asking how to cross without papers, where to find a guide, or about the
danger still gets the smuggling topic, as the evaluation sets label them; Russian typed in Latin letters without its
soft signs is read like Russian typed in Cyrillic, and Turkmen typed in Cyrillic like Turkmen; a Turkmen tourist trip,
a stamp-maker, an agency charging a head, a reseller and workers held "so they do not run" are read as their kinds."""

from __future__ import annotations

import pytest

from bot.nlp.matcher import Matcher
from bot.nlp.requests import Request, request_kind
from tests.requests_asserts import assert_held_as_illegal_help, assert_taken_as_own_question


@pytest.mark.parametrize(
    "text",
    [
        "how do we get into poland unnoticed, avoiding the border guards",
        "как пройти в грузию в обход кпп",
        "serhet postuny aýlanyp Eýrana nädip geçmeli",
    ],
)
def test_asking_the_way_round_the_border_control_gets_not_sure_with_the_smuggling_topic_one_tap_away(
    matcher: Matcher, text: str
) -> None:
    result = matcher.match(text)
    assert request_kind(text) is Request.CROSSING
    assert not result.confident and not result.off_topic
    assert "smuggling" in [topic for topic, _ in result.closest]


@pytest.mark.parametrize(
    "text",
    [
        "what happens if the guards catch me crossing avoiding the checkpoint",
        "проводник говорит знает как пройти в обход погранпоста, стоит ли идти",
        "bir adam postuny aýlanyp geçirjek diýýär, howply dälmi",
        "how to cross the border to kazakhstan without a passport",
    ],
)
def test_a_person_asking_about_their_own_crossing_still_gets_the_smuggling_topic(
    matcher: Matcher, text: str
) -> None:
    assert_taken_as_own_question(matcher, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("bilet v kazan skolko stoit na zavtra", Request.TOURIST),
        ("gde kupit pasport grajdanina rossii", Request.FORGERY),
        ("Bakuwa turist bolup gitmek üçin wiza näçe", Request.TOURIST),
        ("diplom ýasaýan adam barmy, näçe alýar", Request.FORGERY),
        ("хочу открыть агентство и отправлять людей на заводы, сколько брать с человека", Request.FRAUD),
        ("işçilerim gaçmasyn diýip pasportlaryny ýanymda saklamak üçin nädip etmeli", Request.EXPLOITER),
        (
            "need a medical certificate for the work visa, i do not want to go to the clinic, who makes it",
            Request.FORGERY,
        ),
        # Turkmen typed in Cyrillic without its own letters is read in Latin too
        ("галп диплом ниреден алмалы, наче дуряр", Request.FORGERY),
        ("Стамбулда арзан отел хайсы, бир гижеси наче", Request.TOURIST),
        # beaches and resorts are tourist questions; "отпуск" (leave from work) is a worker's right and is not one
        ("which resort in sharm has the best beaches for kids", Request.TOURIST),
        ("какой курорт в турции дешевле в октябре", Request.TOURIST),
        # reselling what one bought is the seller's voice, whatever "I bought" says
        ("купил квоту в корею, хочу перепродать подороже, сколько просить", Request.FRAUD),
        ("Koreýa kwota satyn aldym, indi gymmatrak satyp bolýarmy", Request.FRAUD),
    ],
)
def test_the_session_14_patterns_read_each_request_as_its_kind(
    matcher: Matcher, text: str, kind: Request
) -> None:
    assert_held_as_illegal_help(matcher, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "turist wizasy bilen Dubaýda işläp bolýarmy, jerime näçe",
        "ogrenci ikamet ucin yasayan yerden kagyz gerek",
        "skolko stoit patent v moskve dlya turkmena, mojno li voobshe",
        "сколько дней отпуска положено в год на стройке в эмиратах",
    ],
)
def test_a_worker_on_a_tourist_visa_a_home_address_and_a_permit_fee_are_not_requests(text: str) -> None:
    assert request_kind(text) is None
