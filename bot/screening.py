"""The screening interview staff fill in while they talk to a person: a table of sections and the pure decision
whether the answers meet the definition of trafficking in persons.

The definition is the Palermo Protocol's (art. 3): an act (recruitment, transport, transfer, harbouring or receipt
of a person), by a means (threats, force, coercion, abduction, deception, abuse of power or of a position of
vulnerability, payments to a person having control), for the purpose of exploitation. For a child (under 18) the
act and the purpose are enough. Every answer is optional and "unknown" is an answer: the result is then "unclear",
naming what is missing.

Answers are stored by section key as tuples of option codes: chosen options, or (NONE,) "none of these", or
(UNKNOWN,). The bot never asks the person these questions and shows them nothing of it (handlers/screening.py).
Telegram-free."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

NONE = "none"
UNKNOWN = "unknown"

ACTS = ("recruitment", "transport", "transfer", "harbouring", "receipt")
MEANS = ("threats", "force", "deception", "abduction", "debt", "documents", "vulnerability", "payments")
# The forms of exploitation, as the network counts them.
PURPOSES = ("labour", "sexual", "domestic", "criminality", "marriage", "organs", "begging")
# One tap gives both whether the person is a child and their age band (an adult of unknown age: "adult").
AGES = ("under18", "18-24", "25-34", "35plus", "adult")
SEXES = ("female", "male")
AGE_BANDS = ("under18", "18-24", "25-34", "35plus", UNKNOWN)
# The elements the decision may find missing, in the order staff read them.
ELEMENTS = ("act", "means", "purpose", "age")

Answers = Mapping[str, tuple[str, ...]]


class Kind(StrEnum):
    MULTI = "multi"  # toggle any options, then "done"; or "none of these", or "unknown"
    SINGLE = "single"  # one option, or "unknown"


@dataclass(frozen=True)
class Section:
    key: str
    kind: Kind
    options: tuple[str, ...]


def sections(destinations: Iterable[str]) -> tuple[Section, ...]:
    """The interview's sections in order; `destinations` are the destination packs' codes ("other" among them)."""
    return (
        Section("act", Kind.MULTI, ACTS),
        Section("means", Kind.MULTI, MEANS),
        Section("purpose", Kind.MULTI, PURPOSES),
        Section("country", Kind.SINGLE, tuple(destinations)),
        Section("age", Kind.SINGLE, AGES),
        Section("sex", Kind.SINGLE, SEXES),
    )


def section(table: tuple[Section, ...], key: str) -> Section | None:
    return next((s for s in table if s.key == key), None)


def following(table: tuple[Section, ...], key: str) -> str | None:
    """The section after `key`, or None after the last one."""
    keys = [s.key for s in table]
    index = keys.index(key) + 1 if key in keys else len(keys)
    return keys[index] if index < len(keys) else None


@dataclass(frozen=True)
class Step:
    """What pressing an option does: the new answers, and whether the interview moves on to the next section."""

    answers: dict[str, tuple[str, ...]]
    advance: bool


def press(table: tuple[Section, ...], answers: Answers, key: str, option: str) -> Step | None:
    """The answers after pressing `option` in section `key`; None for an option the section does not have (an out
    of date or forged button). In a multi-select section an option is toggled; "none", "unknown" and a single
    choice are the whole answer and move on."""
    found = section(table, key)
    if found is None:
        return None
    new = dict(answers)
    if option == UNKNOWN or (option == NONE and found.kind is Kind.MULTI):
        new[key] = (option,)
        return Step(new, advance=True)
    if option not in found.options:
        return None
    if found.kind is Kind.SINGLE:
        new[key] = (option,)
        return Step(new, advance=True)
    chosen = [code for code in answers.get(key, ()) if code in found.options]
    chosen = [code for code in chosen if code != option] if option in chosen else [*chosen, option]
    if chosen:
        new[key] = tuple(code for code in found.options if code in chosen)
    else:
        new.pop(key, None)
    return Step(new, advance=False)


class Verdict(StrEnum):
    MEETS = "meets"
    NOT_MET = "not_met"
    UNCLEAR = "unclear"


VERDICTS = tuple(Verdict)


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    missing: tuple[str, ...]  # of ELEMENTS, when unclear
    forms: tuple[str, ...]  # the forms of exploitation named (of PURPOSES)
    minor: str  # "yes", "no" or UNKNOWN


def _element(answers: Answers, key: str, known: tuple[str, ...]) -> bool | None:
    """True: present (an option chosen); False: none of these; None: unknown or not answered."""
    given = answers.get(key, ())
    if any(code in known for code in given):
        return True
    return False if given == (NONE,) else None


def minor(answers: Answers) -> str:
    age = answers.get("age", ())
    if "under18" in age:
        return "yes"
    return "no" if any(code in AGES for code in age) else UNKNOWN


def decide(answers: Answers) -> Decision:
    """Whether the answers meet the definition (act + means + purpose; for a child act + purpose)."""
    act = _element(answers, "act", ACTS)
    means = _element(answers, "means", MEANS)
    purpose = _element(answers, "purpose", PURPOSES)
    child = minor(answers)
    forms = tuple(code for code in PURPOSES if code in answers.get("purpose", ()))
    control = True if means or child == "yes" else (False if means is False and child == "no" else None)
    if act is False or purpose is False or control is False:
        return Decision(Verdict.NOT_MET, (), forms, child)
    if act and purpose and control:
        return Decision(Verdict.MEETS, (), forms, child)
    missing = []
    if act is None:
        missing.append("act")
    if control is None and means is None:
        missing.append("means")
    if purpose is None:
        missing.append("purpose")
    if control is None and child == UNKNOWN:
        missing.append("age")  # a child needs no means: the age would settle it
    return Decision(Verdict.UNCLEAR, tuple(missing), forms, child)


def age_band(answers: Answers) -> str:
    age = answers.get("age", ())
    return next((code for code in AGE_BANDS if code in age), UNKNOWN)


def sex(answers: Answers) -> str:
    return next((code for code in SEXES if code in answers.get("sex", ())), UNKNOWN)


def country(answers: Answers) -> str:
    given = answers.get("country", ())
    return given[0] if given else UNKNOWN


def identified(verdict: str, judgement: str | None) -> bool:
    """Counted as identified: the staff's own judgement where they recorded one, else the decision's."""
    return (judgement or verdict) == Verdict.MEETS
