"""The screening's decision on a table of answers: the Palermo Protocol's act + means + purpose, for a child act +
purpose, and "unclear" naming what is missing."""

from __future__ import annotations

import pytest

from bot.screening import (
    NONE,
    PURPOSES,
    UNKNOWN,
    Decision,
    Verdict,
    age_band,
    decide,
    identified,
    press,
    sections,
)

ADULT = {"age": ("25-34",)}
CHILD = {"age": ("under18",)}

TABLE = [
    (
        "an adult with all three elements",
        {"act": ("recruitment",), "means": ("deception", "debt"), "purpose": ("labour",), **ADULT},
        Decision(Verdict.MEETS, (), ("labour",), "no"),
    ),
    (
        "a child without means",
        {"act": ("transport",), "means": (NONE,), "purpose": ("sexual",), **CHILD},
        Decision(Verdict.MEETS, (), ("sexual",), "yes"),
    ),
    (
        "a child whose means are not known",
        {"act": ("harbouring",), "purpose": ("begging",), **CHILD},
        Decision(Verdict.MEETS, (), ("begging",), "yes"),
    ),
    (
        "the purpose missing",
        {"act": ("recruitment",), "means": ("threats",), **ADULT},
        Decision(Verdict.UNCLEAR, ("purpose",), (), "no"),
    ),
    (
        "the purpose unknown",
        {"act": ("recruitment",), "means": ("threats",), "purpose": (UNKNOWN,), **ADULT},
        Decision(Verdict.UNCLEAR, ("purpose",), (), "no"),
    ),
    (
        "an adult without means",
        {"act": ("recruitment",), "means": (NONE,), "purpose": ("labour",), **ADULT},
        Decision(Verdict.NOT_MET, (), ("labour",), "no"),
    ),
    (
        "no means and the age unknown: the age would settle it",
        {"act": ("recruitment",), "means": (NONE,), "purpose": ("labour",)},
        Decision(Verdict.UNCLEAR, ("age",), ("labour",), UNKNOWN),
    ),
    (
        "no act",
        {"act": (NONE,), "means": ("force",), "purpose": ("labour",), **ADULT},
        Decision(Verdict.NOT_MET, (), ("labour",), "no"),
    ),
    (
        "nothing answered",
        {},
        Decision(Verdict.UNCLEAR, ("act", "means", "purpose", "age"), (), UNKNOWN),
    ),
    (
        "everything unknown",
        {key: (UNKNOWN,) for key in ("act", "means", "purpose", "age", "sex", "country")},
        Decision(Verdict.UNCLEAR, ("act", "means", "purpose", "age"), (), UNKNOWN),
    ),
    (
        "an adult of unknown age with means",
        {
            "act": ("receipt",),
            "means": ("documents",),
            "purpose": ("domestic", "marriage"),
            "age": ("adult",),
        },
        Decision(Verdict.MEETS, (), ("domestic", "marriage"), "no"),
    ),
]


@pytest.mark.parametrize(("case", "answers", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_the_decision_follows_the_definition(case: str, answers: dict, expected: Decision) -> None:
    assert decide(answers) == expected


@pytest.mark.parametrize("form", PURPOSES)
def test_each_form_of_exploitation_is_named(form: str) -> None:
    answers = {"act": ("transfer",), "means": ("vulnerability",), "purpose": (form,), **ADULT}
    assert decide(answers) == Decision(Verdict.MEETS, (), (form,), "no")


def test_options_toggle_and_none_or_unknown_replace_them() -> None:
    table = sections(("tr", "other"))
    step = press(table, {}, "means", "force")
    assert step is not None and step.answers == {"means": ("force",)} and not step.advance
    step = press(table, step.answers, "means", "threats")
    assert step is not None and step.answers == {"means": ("threats", "force")}  # in the table's order
    step = press(table, step.answers, "means", "force")
    assert step is not None and step.answers == {"means": ("threats",)}
    step = press(table, step.answers, "means", NONE)
    assert step is not None and step.answers == {"means": (NONE,)} and step.advance
    step = press(table, step.answers, "country", "tr")
    assert step is not None and step.answers["country"] == ("tr",) and step.advance


def test_a_forged_option_is_refused() -> None:
    table = sections(("tr",))
    assert press(table, {}, "means", "organs") is None
    assert press(table, {}, "country", "zz") is None
    assert press(table, {}, "country", NONE) is None  # "none of these" is for the multi-select sections
    assert press(table, {}, "nosuch", "force") is None


def test_age_band_and_who_counts_as_identified() -> None:
    assert age_band({"age": ("adult",)}) == UNKNOWN
    assert age_band({"age": ("35plus",)}) == "35plus"
    assert age_band({}) == UNKNOWN
    assert identified("meets", None) and not identified("unclear", None)
    assert identified("unclear", "meets") and not identified("meets", "not_met")  # staff's judgement wins
