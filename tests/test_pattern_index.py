"""The index that lets the crisis detector run only the patterns that could match a text must never leave out one
that does: a danger pattern skipped is a crisis missed."""

from __future__ import annotations

import re
import tomllib

import pytest

from bot.nlp.crisis import _KIND_INDEX, readings
from bot.nlp.crisis_evaluation import CRISIS_DATA
from bot.nlp.pattern_index import PatternIndex, beginnings


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bbeat(?:s|en)\b", {"bea"}),
        (r"\b(?:locked|kept) (?:in|inside)", {"loc", "kep"}),
        (r"(?<!heart )\bbeats?", {"bea"}),
        (r"\b(?:an?|the) trap", {"a t", "an ", "the"}),
        (r"[кк]ормят", {"кор"}),
        (r"x{0,2}yzw", {"yzw", "xyz", "xxy"}),
    ],
)
def test_the_beginnings_of_a_pattern_are_read_from_it(pattern: str, expected: set[str]) -> None:
    assert beginnings(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern", [r"\w+ me", r"\bя\b", r"[^a]bc", r"(?i)beat", r"(a)\1bc", r".*beat", r"x{0,2}yz"]
)
def test_a_pattern_whose_beginnings_cannot_be_listed_is_run_on_every_text(pattern: str) -> None:
    index = PatternIndex([(re.compile(pattern), "it")])
    assert index.candidates("") == ["it"]
    assert index.candidates("nothing alike") == ["it"]


def test_a_text_gets_only_the_patterns_that_could_begin_in_it_in_the_order_given() -> None:
    index = PatternIndex(
        [(re.compile(r"\bbeat"), "beat"), (re.compile(r"\block"), "lock"), (re.compile(r"\w+ing"), "any")]
    )
    assert index.candidates("they beat me") == ["beat", "any"]
    assert index.candidates("we are locked and beaten") == ["beat", "lock", "any"]


def test_no_crisis_pattern_that_matches_a_held_out_line_is_left_out() -> None:
    lines: list[str] = []
    for language in ("ru", "tk", "en"):
        data = tomllib.loads((CRISIS_DATA / "holdout" / f"{language}.toml").read_text(encoding="utf-8"))
        lines += data["ordinary"] + [line for kind in data["crisis"].values() for line in kind]
    for line in lines:
        texts = readings(line)
        for language, index in _KIND_INDEX.items():
            reading = texts[language]
            offered = {id(entry) for entry in index.candidates(reading)}
            for pattern, entry in index.items:
                if pattern.search(reading):
                    assert id(entry) in offered, (language, pattern.pattern[:60])
