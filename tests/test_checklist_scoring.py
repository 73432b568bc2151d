"""Scoring of the job-offer checklist, table-driven: the decisions people's safety depends on."""

from __future__ import annotations

from itertools import product

import pytest

from bot.checklist import (
    DONE,
    KEYS,
    QUESTIONS,
    Answer,
    Level,
    asked,
    is_current,
    next_position,
    previous_position,
    question,
    score_checklist,
    typed_answer,
    typed_option,
    typed_reply,
)
from bot.checklist_typing import typed_job

# The answer that raises no risk, for every question.
SAFE = {
    "age": "n",
    "job": "other",
    "contract": "y",
    "visa": "y",
    "fees": "none",
    "passport": "y",
    "pay": "me",
    "hours": "y",
    "movement": "y",
    "phone": "y",
    "rush": "n",
    "secret": "n",
}


def answers(**changes: str) -> dict[str, str]:
    return {**SAFE, **changes}


def test_safe_answers_cover_every_question_and_raise_nothing() -> None:
    assert set(SAFE) == set(KEYS)
    result = score_checklist(SAFE)
    assert result.level is Level.LOW and result.flagged == () and result.score == 0


# The scoring table: the answers that differ from SAFE → the level, and the flagged questions in the order shown.
TABLE = [
    # Each critical answer alone makes the result high.
    ({"age": "y"}, Level.HIGH, ("age",)),
    ({"job": "club"}, Level.HIGH, ("job",)),
    ({"visa": "n"}, Level.HIGH, ("visa",)),
    ({"fees": "frompay"}, Level.HIGH, ("fees",)),
    ({"passport": "n"}, Level.HIGH, ("passport",)),
    ({"passport": "u"}, Level.HIGH, ("passport",)),  # not knowing who holds it is already serious
    ({"movement": "n"}, Level.HIGH, ("movement",)),
    ({"secret": "y"}, Level.HIGH, ("secret",)),
    # One warning that needs checking is medium.
    ({"job": "home"}, Level.MEDIUM, ("job",)),
    ({"job": "u"}, Level.MEDIUM, ("job",)),
    ({"contract": "n"}, Level.MEDIUM, ("contract",)),
    ({"fees": "before"}, Level.MEDIUM, ("fees",)),  # a fee alone is a warning, not yet high
    ({"pay": "held"}, Level.MEDIUM, ("pay",)),
    ({"pay": "agent"}, Level.MEDIUM, ("pay",)),
    ({"hours": "n"}, Level.MEDIUM, ("hours",)),
    ({"phone": "n"}, Level.MEDIUM, ("phone",)),
    ({"rush": "y"}, Level.MEDIUM, ("rush",)),
    # "Not sure" is a partial risk: one alone stays low but is still explained; two add up.
    ({"contract": "u"}, Level.LOW, ("contract",)),
    ({"visa": "u"}, Level.LOW, ("visa",)),
    ({"phone": "u"}, Level.LOW, ("phone",)),
    ({"pay": "u", "movement": "u"}, Level.MEDIUM, ("pay", "movement")),
    # Warnings add up to high.
    ({"fees": "before", "contract": "n"}, Level.HIGH, ("fees", "contract")),
    (
        {"contract": "u", "visa": "u", "fees": "u", "pay": "u"},
        Level.HIGH,
        ("visa", "fees", "contract", "pay"),
    ),
    # Most serious first: critical answers, then by weight, then in question order.
    (
        {"contract": "n", "passport": "n", "phone": "u", "hours": "n", "secret": "y"},
        Level.HIGH,
        ("passport", "secret", "contract", "hours", "phone"),
    ),
    # A job not told settles the contract and the hours: answers left from before to those count for nothing.
    ({"job": "u", "contract": "n", "hours": "n"}, Level.MEDIUM, ("job",)),
]


@pytest.mark.parametrize(("changes", "level", "flagged"), TABLE)
def test_scoring_table(changes: dict[str, str], level: Level, flagged: tuple[str, ...]) -> None:
    result = score_checklist(answers(**changes))
    assert (result.level, result.flagged) == (level, flagged)


def test_not_sure_counts_less_than_the_risky_answer() -> None:
    assert 0 < score_checklist(answers(contract="u")).score < score_checklist(answers(contract="n")).score


def test_every_risky_answer_at_once_is_high_and_flags_every_question_asked() -> None:
    worst = {"age": "y", "job": "club", "fees": "frompay", "pay": "agent", "rush": "y", "secret": "y"}
    worst |= {"contract": "n", "visa": "n", "passport": "n", "hours": "n", "movement": "n", "phone": "n"}
    result = score_checklist(worst)
    assert result.level is Level.HIGH and set(result.flagged) == set(KEYS)


def test_unanswered_questions_and_answers_from_the_earlier_checklist_add_nothing() -> None:
    assert score_checklist({}).level is Level.LOW
    # Keys the checklist no longer has, and answers a question does not offer, count as unanswered.
    old = {"too_good": "y", "agency": "n", "copies": "n", "fees": "y", "job": "y"}
    assert score_checklist(old) == score_checklist({})


def test_every_question_asks_one_thing_with_every_answer_in_words() -> None:
    for q in QUESTIONS:
        labels = [option.label for option in q.options]
        assert len(labels) == len(set(labels)) >= 2, q.key
        assert not {"Yes", "No"} & set(labels), q.key
        assert q.advice and q.flag


def test_no_person_is_asked_more_than_12_questions() -> None:
    # Which questions are asked depends only on the answers that settle others: try every combination of those.
    deciding = sorted({key for q in QUESTIONS for key, _ in q.skip_when})
    for chosen in product(*(question(key).options for key in deciding)):
        settled = {key: option.answer.value for key, option in zip(deciding, chosen, strict=True)}
        assert len(asked(settled)) <= 12, settled
    # A rule only looks back: a question is settled by an answer given before it.
    for position, q in enumerate(QUESTIONS):
        assert all(KEYS.index(key) < position for key, _ in q.skip_when), q.key


def test_a_job_not_told_skips_the_contract_and_the_hours_and_back_skips_them_too() -> None:
    job, contract, visa, hours, movement = (
        KEYS.index(k) for k in ("job", "contract", "visa", "hours", "movement")
    )
    told = {"age": "n", "job": "other"}
    not_told = {"age": "n", "job": "u"}
    assert next_position(told, job) == contract
    assert next_position(not_told, job) == visa
    assert next_position(not_told, hours - 1) == movement
    assert previous_position(not_told, visa) == job
    assert previous_position(not_told, movement) == hours - 1
    assert previous_position(not_told, 0) is None
    assert len(asked(not_told)) == len(asked(told)) - 2
    assert next_position(SAFE, DONE - 1) == DONE


def test_typed_yes_and_no_stand_for_an_answer_only_where_the_question_is_asked_as_yes_or_no() -> None:
    for position, q in enumerate(QUESTIONS):
        yes_no = {option.answer for option in q.options} >= {Answer.YES, Answer.NO}
        assert (typed_option(position, Answer.YES) is Answer.YES) is yes_no, q.key
        assert (typed_option(position, Answer.NO) is Answer.NO) is yes_no, q.key
    # The questions with worded choices take no typed yes or no: "yes" to "How will you get your pay?" is no answer.
    multiple = [q.key for position, q in enumerate(QUESTIONS) if typed_option(position, Answer.YES) is None]
    assert multiple == ["job", "fees", "pay"]
    # "Not sure", typed, counts where the question offers it.
    assert typed_option(KEYS.index("pay"), Answer.UNSURE) is Answer.UNSURE
    assert typed_option(KEYS.index("age"), Answer.UNSURE) is None


def test_progress_of_the_earlier_checklist_is_not_current() -> None:
    assert is_current(0, {})
    assert is_current(3, {"age": "n", "job": "u", "visa": "y"})  # the contract was skipped, not missed
    assert not is_current(11, {"contract": "y", "visa": "y", "agency": "y", "fees": "n", "passport": "y"})
    assert not is_current(2, {"contract": "y", "visa": "y"})  # the first questions were never asked
    assert not is_current(5, {"age": "n", "job": "other", "contract": "y", "visa": "y", "fees": "y"})


def test_a_typed_job_counts_only_where_it_clearly_names_an_option() -> None:
    named = {
        Answer.CLUB: ("hostes", "club", "Ночной клуб", "бар", "работа в клубе", "gije kluby"),
        Answer.HOME: ("няня", "nanny", "сиделка", "çaga seretmek"),
        Answer.OTHER: ("стройка", "gurluşyk", "iş gurluşykda", "на завод", "construction", "официант"),
    }
    for job, typed in named.items():
        for text in typed:
            assert typed_job(text) is job, text
    for text in ("bar or club", "what is a work visa", "да", "клуб помогите", "работа"):
        assert typed_job(text) is None, text


def test_a_reply_counts_only_when_its_other_words_restate_the_question() -> None:
    own = [
        "Will you keep your own passport with you the whole time?",
        "They keep my passport",
        "Паспорт будет у них",
    ]
    assert typed_reply("No, they will keep it.", own, danger=True) is Answer.NO
    assert typed_reply("нет, паспорт будет у них", own, danger=False) is Answer.NO
    # a condition, a question or a story is not a reply
    assert typed_reply("да, но агентство просит деньги", own, danger=False) is None
    assert typed_reply("no they keep it?", own, danger=False) is None
    assert typed_reply("no " + "they keep it " * 3, own, danger=False) is None
    # read as danger, the writer named as the one something is done to is not an answer
    assert typed_reply("no they keep me", own, danger=True) is None


def test_cyrillic_turkmen_no_is_read_in_its_spellings() -> None:
    assert {typed_answer(no) for no in ("ёк", "йёк", "йок")} == {Answer.NO}
