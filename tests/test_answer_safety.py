"""Answers a person in trouble can act on: the danger line first, police and embassy as options with their risks."""

from __future__ import annotations

import re

import pytest

from bot.i18n import LANGUAGES
from bot.knowledge import KnowledgeBase

DANGER_LINE = {
    "en": "If you are in danger now, call the local emergency number or tap 🆘 below.",
    "ru": "Если вам грозит опасность сейчас, звоните по местному номеру экстренных служб или нажмите 🆘 ниже.",
    "tk": "Häzir howp abanýan bolsa, ýerli gyssagly kömek belgisine jaň ediň ýa-da aşakdaky 🆘 düwmesine basyň.",
}
# The menu's crisis button, which trouble-abroad answers no longer send people to: the 🆘 button is on the answer.
MENU_BUTTON = {"en": "I am in trouble now", "ru": "Мне нужна помощь сейчас", "tk": "Maňa häzir kömek gerek"}
KNOWLEDGE = KnowledgeBase.load()
TROUBLE = [topic for topic in KNOWLEDGE.topics.values() if topic.sos]


def english_lines() -> list[tuple[str, str]]:
    return [(t.id, line) for t in KNOWLEDGE.topics.values() for line in t.text("en").answer.splitlines()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_trouble_abroad_answers_open_with_the_danger_line(language: str) -> None:
    assert len(TROUBLE) >= 15
    for topic in TROUBLE:
        answer = topic.text(language).answer
        assert answer.splitlines()[0] == DANGER_LINE[language], topic.id
        assert MENU_BUTTON[language] not in answer, topic.id


def test_the_embassy_is_offered_as_an_option_never_as_the_safe_default() -> None:
    hedges = re.compile(r"option|first|choice|choose|risk|refuse|\bmay\b|address|numbers", re.IGNORECASE)
    for topic, line in english_lines():
        if re.search(r"\b(embassy|consulate)\b", line, re.IGNORECASE):
            assert hedges.search(line), (topic, line)


def test_advice_to_go_to_the_police_carries_the_caveat_for_people_without_papers() -> None:
    sends = re.compile(r"\b(call|tell|report|go to|contact|involve)\b[^.;]*\bpolice\b", re.IGNORECASE)
    caveat = re.compile(
        r"papers are not in order|life is in danger|ask the hotline|your options", re.IGNORECASE
    )
    sent = [(topic, line) for topic, line in english_lines() if sends.search(line)]
    assert sent, "the police stay an option somewhere"
    for topic, line in sent:
        assert caveat.search(line), (topic, line)


@pytest.mark.parametrize(("language", "refuses"), [("en", "refuse"), ("ru", "отказыва"), ("tk", "ýüz öwür")])
def test_answers_that_suggest_the_embassy_for_a_passport_say_it_often_refuses(
    language: str, refuses: str
) -> None:
    for topic_id in ("embassy-help", "employer-took-passport", "lost-documents", "visa-overstay"):
        assert refuses in KNOWLEDGE[topic_id].text(language).answer, (topic_id, language)


def test_asking_for_a_taken_passport_back_is_advised_only_if_it_feels_safe() -> None:
    answers = KNOWLEDGE["employer-took-passport"].texts
    assert "Only if it feels safe" in answers["en"].answer
    assert "Только если это безопасно" in answers["ru"].answer
    assert "Diňe howpsuz bolsa" in answers["tk"].answer
