"""The job-offer risk checklist: questions, weights and advice as data, and the scoring as a pure function.

Based on the common indicators of labour exploitation and trafficking used in safe-migration guidance: a written
contract, a work visa, a checkable agency, no debt to the recruiter, keeping your own passport, a known employer,
a realistic offer, a checkable channel, family who know, contacts, and copies of documents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.i18n import N_
from bot.nlp.textnorm import fold


class Answer(StrEnum):
    YES = "y"
    NO = "n"
    UNSURE = "u"


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Question:
    key: str
    text: str  # msgid, translated when shown
    weights: Mapping[Answer, float]  # risk added by each answer; a missing answer adds nothing
    advice: str  # msgid: what to do when this answer raised the risk
    critical: frozenset[Answer] = frozenset()  # answers that make the result high whatever else


def _risky_if(risky: Answer, weight: float, *, critical: bool = False) -> Mapping[Answer, float]:
    # "Not sure" is a partial risk: half the weight of the risky answer (critical ones keep a full warning).
    return {risky: weight, Answer.UNSURE: weight if critical else weight / 2}


QUESTIONS: tuple[Question, ...] = (
    Question(
        "contract",
        N_("Do you have a written contract, in a language you understand, before you leave?"),
        _risky_if(Answer.NO, 3),
        N_(
            "Do not leave without a written contract in a language you understand: the job, pay, hours, housing, and who pays for the trip."
        ),
    ),
    Question(
        "visa",
        N_("Will you work on a work visa or work permit, not on a tourist or student visa?"),
        _risky_if(Answer.NO, 4),
        N_(
            "In most countries, working on a tourist or student visa is illegal and makes you easy to exploit. Go only with a work visa or work permit."
        ),
        critical=frozenset({Answer.NO}),
    ),
    Question(
        "agency",
        N_("Is the agency or employer licensed, and have you checked it?"),
        _risky_if(Answer.NO, 3),
        N_(
            "Check that the agency is licensed and really exists before you pay or sign anything. An NGO can help you check."
        ),
    ),
    Question(
        "fees",
        N_("Have you paid, or will you owe, money to the recruiter for this job?"),
        _risky_if(Answer.YES, 4),
        N_(
            "A debt to a recruiter is how many people end up trapped in work they cannot leave. Do not take a loan from them."
        ),
        critical=frozenset({Answer.YES}),
    ),
    Question(
        "passport",
        N_("Will you keep your own passport with you the whole time?"),
        _risky_if(Answer.NO, 4, critical=True),
        N_(
            "Your passport must stay with you. No employer or agent should keep it: this is a serious sign of trafficking."
        ),
        # Any answer but "I keep it" is a warning: not knowing who will hold it is already one.
        critical=frozenset({Answer.NO, Answer.UNSURE}),
    ),
    Question(
        "employer",
        N_("Do you know the employer's name and the address where you will work?"),
        _risky_if(Answer.NO, 3),
        N_("Find out the employer's name and the exact address of the workplace and housing before you go."),
    ),
    Question(
        "too_good",
        N_("Does the offer sound too good: pay far above normal, no experience needed, everything paid for?"),
        _risky_if(Answer.YES, 3),
        N_(
            "An offer that is too good is the most common bait. Ask for details in writing and compare with normal pay."
        ),
    ),
    Question(
        "channel",
        N_(
            "Did the offer come through a social network, a stranger or an acquaintance, with no way to check it?"
        ),
        _risky_if(Answer.YES, 2),
        N_(
            "Offers from strangers and social networks are often fake. Check the company yourself through official sources."
        ),
    ),
    Question(
        "family",
        N_("Will your family know where you are going, and when you will call them?"),
        _risky_if(Answer.NO, 2),
        N_(
            "Leave your family the address, the employer's name and a time when you will call, and agree what to do if you do not."
        ),
    ),
    Question(
        "contacts",
        N_(
            "Have you saved the hotline number and the contacts of the embassy of Turkmenistan in that country?"
        ),
        _risky_if(Answer.NO, 1),
        N_("Save the hotline number and the embassy's contacts in your phone and on paper."),
    ),
    Question(
        "copies",
        N_("Have you made copies of your documents and left one set with your family?"),
        _risky_if(Answer.NO, 1),
        N_(
            "Make copies of your passport, visa and contract: keep photos in your e-mail and leave paper copies at home."
        ),
    ),
)

KEYS = tuple(q.key for q in QUESTIONS)
HIGH_SCORE = 7.0
MEDIUM_SCORE = 2.5
MAX_ADVICE = 5


@dataclass(frozen=True)
class Result:
    level: Level
    score: float
    flagged: tuple[str, ...]  # question keys whose answers raised the risk, most serious first
    critical: tuple[str, ...]


def score_checklist(answers: Mapping[str, Answer]) -> Result:
    """The risk level for a set of answers; unanswered questions add nothing."""
    risks: list[tuple[float, bool, int, str]] = []
    total = 0.0
    critical = []
    for position, question in enumerate(QUESTIONS):
        answer = answers.get(question.key)
        if answer is None:
            continue
        weight = question.weights.get(answer, 0.0)
        is_critical = answer in question.critical
        if is_critical:
            critical.append(question.key)
        if weight > 0:
            total += weight
            risks.append((weight, is_critical, position, question.key))
    # Most serious first: critical answers, then by weight, then in question order.
    risks.sort(key=lambda r: (not r[1], -r[0], r[2]))
    if critical or total >= HIGH_SCORE:
        level = Level.HIGH
    elif total >= MEDIUM_SCORE:
        level = Level.MEDIUM
    else:
        level = Level.LOW
    return Result(level, total, tuple(r[3] for r in risks), tuple(critical))


def question(key: str) -> Question:
    return QUESTIONS[KEYS.index(key)]


# Answers typed instead of pressed, in the three languages as people type them (folded: "ýok", "yok" and "йок" are
# one word). Only a whole message counts: "да, но агентство просит деньги" is not an answer.
_TYPED_ANSWERS = {
    Answer.YES: "да ага конечно угу yes yeah yep yup sure hawa howa ha bar хава ха",
    Answer.NO: "нет неа no nope nah yok ýok йок hayir",
    Answer.UNSURE: (
        "не знаю|незнаю|хз|не уверен|не уверена|не помню|может быть|возможно|not sure|dont know|don't know|"
        "do not know|idk|unsure|maybe|no idea|bilemok|bilmedim|bilmeyarin|bilmeýärin|belki|"
        "билемок|билмедим|билмейәрин|белки"
    ),
}
_TYPED = {
    fold(phrase): answer
    for answer, phrases in _TYPED_ANSWERS.items()
    for phrase in (phrases.split("|") if "|" in phrases else phrases.split())
}


def typed_answer(text: str) -> Answer | None:
    """A checklist answer typed in words ("да", "ýok", "not sure"), or None when the text is something else."""
    cleaned = " ".join(fold(text).replace("’", "'").strip(" .!?,;:)(-").split())
    return _TYPED.get(cleaned)
