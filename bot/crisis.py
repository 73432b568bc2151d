"""TEMPORARY stand-in for the crisis detector being written on branch crisis-detector."""

from __future__ import annotations

import re
from enum import StrEnum


class CrisisKind(StrEnum):
    CONFINEMENT = "confinement"
    VIOLENCE = "violence"
    SEXUAL = "sexual"
    CHILD = "child"
    STRANDED = "stranded"
    HELP = "help"
    SELF_HARM = "self_harm"


_RULES = [
    (CrisisKind.SELF_HARM, r"не хочу жить|want to die|kill myself|ýaşamak islemeýärin|yasamak islemeyarin"),
    (CrisisKind.CHILD, r"мне 1[0-7]\b|i am 1[0-7]\b|im 1[0-7]\b"),
    (CrisisKind.CONFINEMENT, r"не выпуска|заперл|locked (us|me) in|çykmaga goýanok|cykmaga goyanok"),
    (CrisisKind.VIOLENCE, r"бьют|убить|beat me|urdy|urýarlar|uryarlar"),
    (CrisisKind.HELP, r"помогите|kömek ediň|komek edin|\bsos\b|help me now|in danger"),
]
_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _RULES]


def detect_crisis(text: str) -> CrisisKind | None:
    for kind, pattern in _COMPILED:
        if pattern.search(text):
            return kind
    return None
