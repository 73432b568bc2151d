"""The job-offer risk checklist: a table of steps (questions, worded answers, weights, advice, when a step is
skipped) and pure functions that pick the next question and score the answers.

The questions follow the ILO's indicators of forced labour, as far as a person can tell before leaving: deception
(the job, the contract, the visa), retention of documents, debt bondage and recruitment fees (under the ILO's
principles workers pay no recruitment fees), withholding of wages, restriction of movement, isolation, intimidation
and pressure, abusive working conditions and excessive hours (through the job type and the weekly day off); plus age
under 18. Each question asks one thing and each button says its answer in words.

Answers are stored by question key (`progress.answers`), as the codes of `Answer`. A question asked as a yes/no
question has options coded YES and NO, and YES is always the answer "yes" to its text as worded: so "да", typed,
counts as that option, whatever risk it carries. Questions with other options take a typed yes or no only where it can name one of them (`typed_means`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.i18n import N_
from bot.nlp.textnorm import fold, has_cyrillic, russian_from_latin, typed_whole


class Answer(StrEnum):
    """The stored codes of the options; YES, NO and UNSURE also name the answers people type."""

    YES = "y"
    NO = "n"
    UNSURE = "u"
    CLUB = "club"
    HOME = "home"
    OTHER = "other"
    NOTHING = "none"
    BEFORE = "before"
    FROM_PAY = "frompay"
    TO_ME = "me"
    HELD = "held"
    AGENT = "agent"


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@dataclass(frozen=True)
class Option:
    answer: Answer
    label: str  # msgid: the answer in words, on its button
    weight: float = 0.0  # risk this answer adds
    critical: bool = False  # this answer makes the result high whatever else
    advice: str | None = None  # msgid: what to do about this answer; None: the question's advice
    flag: str | None = None  # msgid: the warning for this very answer, for staff; None: the question's flag


@dataclass(frozen=True)
class Question:
    key: str
    text: str  # msgid, translated when shown
    options: tuple[Option, ...]
    advice: str  # msgid: what to do when an answer to this question raised the risk
    flag: str  # msgid: the warning in a few words, for staff on a hand-off card
    skip_when: tuple[tuple[str, Answer], ...] = ()  # (earlier key, answer): that answer settles this question
    # (typed yes or no, the option it names) on a question whose options are worded otherwise, where only one of
    # them can be meant: "no" to "Do you pay…?" is "I pay nothing"; "yes" could be either way of paying.
    typed_means: tuple[tuple[Answer, Answer], ...] = ()

    def option(self, answer: str) -> Option | None:
        return next((option for option in self.options if option.answer == answer), None)


NOT_SURE = N_("Not sure")


def _yes_no(
    yes: str, no: str, risky: Answer, weight: float, *, critical: bool = False, unsure: float | None = None
) -> tuple[Option, ...]:
    """The options of a question asked as yes/no: YES and NO worded, `risky` weighted, and "Not sure" (weighted
    `unsure`) unless it is None."""
    options = tuple(
        Option(answer, label, weight if answer is risky else 0.0, critical and answer is risky)
        for answer, label in ((Answer.YES, yes), (Answer.NO, no))
    )
    return options if unsure is None else (*options, Option(Answer.UNSURE, NOT_SURE, unsure))


JOB_NOT_TOLD = ("job", Answer.UNSURE)

QUESTIONS: tuple[Question, ...] = (
    Question(
        "age",
        N_("Are you under 18?"),
        _yes_no(N_("I am under 18"), N_("I am 18 or older"), Answer.YES, 4, critical=True),
        N_(
            "You are under 18. Taking a person under 18 abroad to exploit them is trafficking even if they agreed "
            "to go. Do not accept a job abroad now: talk to an adult you trust and call the hotline."
        ),
        N_("under 18"),
    ),
    Question(
        "job",
        N_("What work are you offered?"),
        (
            Option(
                Answer.CLUB,
                N_("Club, bar or hostess"),
                4,
                critical=True,
                advice=N_(
                    "Hostess, dancer and bar jobs abroad are a common way into sexual exploitation: passports are "
                    "taken and a “debt” is set. Talk to the hotline or an NGO before you decide."
                ),
                flag=N_("job: club, bar or hostess"),
            ),
            Option(
                Answer.HOME,
                N_("Home help, living there"),
                3,
                advice=N_(
                    "Living in the home where you work can cut you off from everyone. Agree in writing your hours, "
                    "a day off each week and your own room, and keep your phone and passport yourself."
                ),
                flag=N_("job: home help, living there"),
            ),
            Option(Answer.OTHER, N_("Other work")),
            Option(Answer.UNSURE, N_("Not told yet"), 3, flag=N_("job not told yet")),
        ),
        N_(
            "Do not go without knowing the job. Ask for the work, the employer's name, the address, the pay and "
            "the hours in writing."
        ),
        N_("club or bar job, live-in home work, or job not told"),
    ),
    Question(
        "contract",
        N_("Will you get a written contract you can read before you leave?"),
        _yes_no(N_("Contract I can read"), N_("No written contract"), Answer.NO, 3, unsure=1.5),
        N_(
            "Do not leave without a written contract in a language you understand: the job, pay, hours, housing, "
            "and who pays for the trip."
        ),
        N_("no written contract, or unsure"),
        skip_when=(JOB_NOT_TOLD,),  # not knowing the job settles it: no contract says what it is
    ),
    Question(
        "visa",
        N_("Will you have a work visa or work permit?"),
        _yes_no(N_("Work visa or permit"), N_("No work visa"), Answer.NO, 4, critical=True, unsure=2),
        N_(
            "A tourist visa does not give the right to work, and a student visa limits or forbids work in most "
            "countries. Without the right to work you are easy to exploit: go only with a work visa or work permit."
        ),
        N_("no work visa or permit, or unsure"),
    ),
    Question(
        "fees",
        N_("Do you pay for the job, the visa or the ticket?"),
        (
            Option(Answer.NOTHING, N_("I pay nothing")),
            Option(Answer.BEFORE, N_("I pay before I go"), 4),
            Option(
                Answer.FROM_PAY,
                N_("They take it from my pay"),
                4,
                critical=True,
                advice=N_(
                    "A debt to a recruiter is how many people end up trapped in work they cannot leave. Do not "
                    "take a loan from them."
                ),
            ),
            Option(Answer.UNSURE, NOT_SURE, 2),
        ),
        N_(
            "Under the ILO's principles, workers pay no fees for being recruited: the employer pays. Ask what each "
            "payment is for and get a receipt; talk to the hotline before you pay more."
        ),
        N_("pays fees or owes a debt, or unsure"),
        typed_means=((Answer.NO, Answer.NOTHING),),
    ),
    Question(
        "passport",
        N_("Will you keep your own passport with you the whole time?"),
        # Not knowing who will hold it is already a warning, and a serious one.
        (
            Option(Answer.YES, N_("I keep my passport")),
            Option(Answer.NO, N_("They keep my passport"), 4, critical=True),
            Option(Answer.UNSURE, NOT_SURE, 4, critical=True),
        ),
        N_(
            "Your passport must stay with you. No employer or agent should keep it: this is a serious sign of "
            "trafficking."
        ),
        N_("passport may be kept by others"),
    ),
    Question(
        "pay",
        N_("How will you get your pay?"),
        (
            Option(Answer.TO_ME, N_("To me, every month")),
            Option(Answer.HELD, N_("Held until the end"), 4),
            Option(Answer.AGENT, N_("Paid to the agent"), 4),
            Option(Answer.UNSURE, NOT_SURE, 1.5),
        ),
        N_(
            "Pay held until the end of the contract, or paid to an agent, is a way to stop you from leaving. Agree "
            "in writing that you are paid yourself, at least once a month."
        ),
        N_("pay held back or paid to others, or unsure"),
    ),
    Question(
        "hours",
        N_("Will you have at least one day off each week?"),
        _yes_no(N_("A day off every week"), N_("No day off"), Answer.NO, 3, unsure=1.5),
        N_(
            "Agree your working hours and a day off each week in writing. Work with no rest day and endless "
            "overtime is a sign of forced labour."
        ),
        N_("no weekly day off, or unsure"),
        skip_when=(JOB_NOT_TOLD,),  # the job's advice already asks for the hours in writing
    ),
    Question(
        "movement",
        N_("Will you be free to leave your housing when you are not working?"),
        _yes_no(
            N_("I can go out freely"), N_("I can't go out freely"), Answer.NO, 4, critical=True, unsure=1.5
        ),
        N_(
            "Being kept in the housing or at the workplace is a sign of forced labour. Before you go, ask where you "
            "will live, and make sure you may go out when you are not working."
        ),
        N_("may not go out freely, or unsure"),
    ),
    Question(
        "phone",
        N_("Will you keep your own phone?"),
        _yes_no(N_("I keep my phone"), N_("They take my phone"), Answer.NO, 4, unsure=1),
        N_(
            "Keep your own phone, and your family's numbers on paper too. Agree a time to call home, and what your "
            "family should do if you do not call."
        ),
        N_("phone may be taken, or unsure"),
    ),
    Question(
        "rush",
        N_("Are they rushing you to decide: “only today”, “the last places”?"),
        _yes_no(N_("They rush me"), N_("I have time to decide"), Answer.YES, 3),
        N_(
            "“Decide today” is pressure, not a real deadline. Take the time to check the offer and talk it over "
            "with your family: an honest employer will wait."
        ),
        N_("pushed to decide fast"),
    ),
    Question(
        "secret",
        N_("Did they tell you to keep the job secret from your family?"),
        _yes_no(N_("Told to keep it secret"), N_("Nobody asked that"), Answer.YES, 4, critical=True),
        N_(
            "Being told to keep a job secret from your family is a serious warning sign. Tell your family "
            "everything: the employer's name, the address, and when you will call."
        ),
        N_("told to keep it secret"),
    ),
)

KEYS = tuple(q.key for q in QUESTIONS)
# The warnings of the checklist's earlier version, which cases opened before it changed still carry.
EARLIER_FLAGS = {
    "agency": N_("agency not checked"),
    "employer": N_("employer or workplace unknown"),
    "too_good": N_("offer sounds too good"),
    "channel": N_("offer from an unverifiable source"),
    "family": N_("family not told where"),
    "contacts": N_("hotline and embassy contacts not saved"),
    "copies": N_("no copies of documents"),
}
DONE = len(QUESTIONS)  # the position of a finished checklist
HIGH_SCORE = 7.0
MEDIUM_SCORE = 2.5


@dataclass(frozen=True)
class Result:
    level: Level
    score: float
    flagged: tuple[str, ...]  # question keys whose answers raised the risk, most serious first
    critical: tuple[str, ...]


def question(key: str) -> Question:
    return QUESTIONS[KEYS.index(key)]


def flag(key: str) -> str | None:
    """The msgid of the warning a flagged key ("job", or with its answer "job=club") stands for, in a few words
    for staff: the answer's own when it has one; None for an unknown key."""
    key, _, answer = key.partition("=")
    if key not in KEYS:
        return EARLIER_FLAGS.get(key)
    option = question(key).option(answer) if answer else None
    return option.flag if option is not None and option.flag else question(key).flag


def flagged_answers(flagged: tuple[str, ...], answers: Mapping[str, str]) -> tuple[str, ...]:
    """The flagged keys with the answers given ("job=club"), so that staff read the answer, not a list of the
    answers it might have been."""
    return tuple(f"{key}={answers[key]}" if key in answers else key for key in flagged)


def is_current(position: int, answers: Mapping[str, str]) -> bool:
    """False for progress saved by an earlier version of the checklist: a key or an answer this one does not have,
    or a question before `position` left unanswered."""
    known = all(key in KEYS and question(key).option(value) is not None for key, value in answers.items())
    return known and 0 <= position <= DONE and all(KEYS[p] in answers for p in asked(answers) if p < position)


def is_skipped(position: int, answers: Mapping[str, str]) -> bool:
    """Whether an earlier answer settles the question at `position`, so it is not asked."""
    return any(answers.get(key) == answer for key, answer in QUESTIONS[position].skip_when)


def next_position(answers: Mapping[str, str], after: int) -> int:
    """The first question after `after` that is asked with these answers, or DONE."""
    return next((p for p in range(after + 1, DONE) if not is_skipped(p, answers)), DONE)


def previous_position(answers: Mapping[str, str], before: int) -> int | None:
    """The last question before `before` that is asked with these answers, or None at the first."""
    return next((p for p in range(before - 1, -1, -1) if not is_skipped(p, answers)), None)


def asked(answers: Mapping[str, str]) -> tuple[int, ...]:
    """The positions of the questions asked with these answers (an unanswered question settles nothing)."""
    return tuple(p for p in range(DONE) if not is_skipped(p, answers))


def chosen(answers: Mapping[str, str]) -> dict[str, Option]:
    """The option chosen for each question that is asked; answers to skipped questions, unknown keys and unknown
    answers (progress from an earlier version) count as unanswered."""
    found = {}
    for position in asked(answers):
        key = KEYS[position]
        option = question(key).option(answers.get(key, ""))
        if option is not None:
            found[key] = option
    return found


def score_checklist(answers: Mapping[str, str]) -> Result:
    """The risk level for a set of answers; unanswered and skipped questions add nothing."""
    risks: list[tuple[float, bool, int, str]] = []
    total = 0.0
    critical = []
    for position, (key, option) in enumerate(chosen(answers).items()):
        if option.critical:
            critical.append(key)
        if option.weight > 0:
            total += option.weight
            risks.append((option.weight, option.critical, position, key))
    # Most serious first: critical answers, then by weight, then in question order.
    risks.sort(key=lambda r: (not r[1], -r[0], r[2]))
    if critical or total >= HIGH_SCORE:
        level = Level.HIGH
    elif total >= MEDIUM_SCORE:
        level = Level.MEDIUM
    else:
        level = Level.LOW
    return Result(level, total, tuple(r[3] for r in risks), tuple(critical))


def advice(key: str, answer: str) -> str:
    """The msgid of what to do about this answer to this question."""
    q = question(key)
    option = q.option(answer)
    return option.advice if option is not None and option.advice else q.advice


def typed_option(position: int, typed: Answer) -> Answer | None:
    """The option a typed yes, no or "not sure" stands for at this question, or None where it stands for none:
    a question with worded options other than yes and no takes a typed yes or no only where it names one option
    (`Question.typed_means`)."""
    asked_now = QUESTIONS[position]
    return typed if asked_now.option(typed) is not None else dict(asked_now.typed_means).get(typed)


# Answers typed instead of pressed, in the three languages as people type them (folded: "ýok", "yok" and "йок" are
# one word). Only a whole message counts: "да, но агентство просит деньги" is not an answer.
_TYPED_ANSWERS = {
    Answer.YES: "да ага конечно угу da yes yeah yep yup sure hawa howa ha bar хава ха",
    Answer.NO: "нет неа net no nope nah yok ýok йок ёк йёк йек ýog yog ёг hayir",
    Answer.UNSURE: (
        "не знаю|незнаю|хз|не уверен|не уверена|не помню|может быть|возможно|я не знаю|пока не знаю|я пока не знаю|"
        "я не знаю пока|ещё не знаю|еще не знаю|not sure|dont know|don't know|i dont know|i don't know|"
        "i do not know|do not know|idk|unsure|maybe|no idea|bilemok|bilmedim|bilmeyarin|bilmeýärin|belki|"
        "men bilemok|entek bilemok|"
        "билемок|билмедим|билмейәрин|белки"
    ),
}
_TYPED = {
    fold(phrase): answer
    for answer, phrases in _TYPED_ANSWERS.items()
    for phrase in (phrases.split("|") if "|" in phrases else phrases.split())
}


def typed_answer(text: str) -> Answer | None:
    """A checklist answer typed in words ("да", "ýok", "not sure"; Russian in Latin letters too: "ne znayu"), or
    None when the text is something else."""
    typed = typed_whole(text)
    if typed in _TYPED or has_cyrillic(typed):
        return _TYPED.get(typed)
    return next(
        (_TYPED[r] for r in map(typed_whole, russian_from_latin(text.lower()).split("\n\n")) if r in _TYPED),
        None,
    )


# Words that acknowledge rather than answer ("ok", "понятно", "düşündim"): at a question, it is asked again.
_FILLERS = frozenset(
    fold(phrase)
    for phrase in "ok okay okey k kk ок окей ладно понятно ясно хорошо хм ммм hmm hm düşündim düşnükli "
    "bolýar bolar".split()
)


def typed_filler(text: str) -> bool:
    """Whether the whole text only acknowledges ("ok", "понятно"): no answer to any question."""
    return typed_whole(text) in _FILLERS


# Words that only point back at a question's own words in a typed reply ("no, THEY WILL keep IT", "нет, ОН будет
# У НИХ"): pronouns, "will", who holds things. No verb of what is done to a person, so danger never passes for one.
_POINTING = frozenset(
    fold(
        "it its they them their theirs he she will would be is are the with all time keep keeps hold holds take "
        "takes agent agency employer boss company probably think guess "
        "его её ее их они он она оно них него неё нее будет будут там это всё все время держать держит держат "
        "заберут забирают возьмут агент агентство работодатель хозяин фирма наверное думаю скорее всего "
        "ol olar olarda onda onuň şol bolar bolmaz galar galmaz alar alarlar saklar saklarlar agent agentlik "
        "hojaýyn firma"
    ).split()
)
# The writer as the one something is done to: with danger read in the message, "нет, они держат меня" is danger.
_SELF = frozenset(fold("me us меня нас мне нам meni bizi maňa bize").split())
_REPLY_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
MAX_REPLY_WORDS = 6  # after the yes or no: a reply, not a story


def leading_answer(text: str) -> tuple[Answer, tuple[str, ...]] | None:
    """A typed yes, no or "not sure" that starts a longer message ("no they keep it"), and the words after it; None
    for a question or anything else."""
    if "?" in text:
        return None
    found = _REPLY_WORD.findall(typed_whole(text))
    for size in (3, 2, 1):
        answer = _TYPED.get(" ".join(found[:size]))
        if answer is not None and 0 < len(found) - size <= MAX_REPLY_WORDS:
            return answer, tuple(found[size:])
    return None


def typed_reply(text: str, own_words: Iterable[str], *, danger: bool) -> Answer | None:
    """A typed yes, no or "not sure" with a few words more that only restate the question's answer ("no they keep
    it", "нет, паспорт будет у них", "ýok, olarda bolar"): every word after it is one of `own_words` (the question
    and its options, in every language) or points back at them. `danger`: the message was read as danger; then a
    reply naming the writer as the one something is done to is not taken for an answer."""
    leading = leading_answer(text)
    if leading is None:
        return None
    answer, rest = leading
    known = {word for phrase in own_words for word in _REPLY_WORD.findall(fold(phrase))} | _POINTING
    known |= {word for word, meaning in _TYPED.items() if meaning is answer}
    if danger:
        known -= _SELF
    meaningful = [word for word in rest if len(word) > 1]  # "у", "i", "a" say nothing either way
    return answer if all(word in known for word in meaningful) else None
