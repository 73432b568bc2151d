"""Scoring of the job-offer checklist, table-driven: the decisions people's safety depends on."""

from __future__ import annotations

import pytest

from bot.checklist import KEYS, MAX_ADVICE, QUESTIONS, Answer, Level, score_checklist

Y, N, U = Answer.YES, Answer.NO, Answer.UNSURE

# The safe answer to every question: yes where yes is safe, no where yes is the risk.
SAFE = {
    "contract": Y,
    "visa": Y,
    "agency": Y,
    "fees": N,
    "passport": Y,
    "employer": Y,
    "too_good": N,
    "channel": N,
    "family": Y,
    "contacts": Y,
    "copies": Y,
}


def answers(**changes: Answer) -> dict[str, Answer]:
    return {**SAFE, **changes}


def test_the_checklist_has_8_to_12_questions_covering_the_known_indicators() -> None:
    assert 8 <= len(QUESTIONS) <= 12
    assert set(SAFE) == set(KEYS)


def test_all_safe_answers_are_low_risk_with_no_warnings() -> None:
    result = score_checklist(SAFE)
    assert result.level is Level.LOW and result.flagged == ()


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"passport": N}, "passport"),
        ({"passport": U}, "passport"),  # anything but "I keep it" is a warning, and a serious one
        ({"fees": Y}, "fees"),
        ({"visa": N}, "visa"),
    ],
)
def test_each_critical_answer_alone_makes_the_result_high(changes: dict[str, Answer], key: str) -> None:
    result = score_checklist(answers(**changes))
    assert result.level is Level.HIGH
    assert result.flagged[0] == key


@pytest.mark.parametrize(
    ("changes", "level"),
    [
        ({"copies": N}, Level.LOW),
        ({"contacts": N, "copies": N}, Level.LOW),
        ({"contract": N}, Level.MEDIUM),
        ({"agency": U, "employer": U}, Level.MEDIUM),  # "not sure" counts as a partial risk
        ({"too_good": Y}, Level.MEDIUM),
        ({"contract": N, "agency": N, "employer": U}, Level.HIGH),  # many warnings add up to high
        # Not knowing five key facts is itself a high risk.
        ({"contract": U, "agency": U, "employer": U, "too_good": U, "channel": U}, Level.HIGH),
    ],
)
def test_non_critical_answers_add_up(changes: dict[str, Answer], level: Level) -> None:
    assert score_checklist(answers(**changes)).level is level


def test_not_sure_counts_less_than_the_risky_answer() -> None:
    assert score_checklist(answers(contract=U)).score < score_checklist(answers(contract=N)).score
    assert score_checklist(answers(contract=U)).score > 0


def test_warnings_are_ordered_most_serious_first() -> None:
    result = score_checklist(answers(copies=N, contract=N, fees=Y, family=U))
    assert result.flagged == ("fees", "contract", "family", "copies")


def test_all_risky_answers_flag_every_question_but_advice_is_capped() -> None:
    worst = {key: (Y if SAFE[key] is N else N) for key in KEYS}
    result = score_checklist(worst)
    assert result.level is Level.HIGH
    assert set(result.flagged) == set(KEYS)
    assert MAX_ADVICE == 5


def test_unanswered_questions_add_nothing() -> None:
    assert score_checklist({}).level is Level.LOW
