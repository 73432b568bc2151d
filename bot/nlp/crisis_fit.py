"""Train the crisis detector's model (bot/nlp/crisis_model.py) on the development set: `python -m bot crisis-fit`.

The lines: every crisis line of tests/data/crisis/dev per kind, its ordinary lines, and the matcher's off-topic lines
(tests/data/offtopic.toml) as ordinary. Never the held-out sets (holdout, unseen, final): they only measure.

The threshold is chosen by 5-fold cross-validation over those lines: each (language, kind) group and each language's
ordinary lines are cut into five consecutive blocks (neighbouring lines are often variants of one another, so a
variant is not scored by a model that learned its twin); every line is scored by the model trained on the other four
folds, and the threshold is the lowest at which at most 1 % of the ordinary lines score above it: one among the lines
of a sentence or more, one among the lines of two to five words (crisis_model.py says why). Training is
deterministic: the same lines give the same file, byte for byte (a test checks the shipped one)."""

from __future__ import annotations

import hashlib
import math
import tomllib
from array import array
from dataclasses import dataclass
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES
from bot.nlp.crisis import readings, word_count
from bot.nlp.crisis_model import (
    BUCKETS,
    KIND_BUCKETS,
    KINDS,
    MIN_WORDS,
    MODEL_NAME,
    SCALE,
    SENTENCE_WORDS,
    CrisisModel,
    band_threshold,
    terms,
)
from bot.nlp.crisis_patterns import CrisisKind

DEV = PROJECT_ROOT / "tests" / "data" / "crisis" / "dev"
OFFTOPIC = PROJECT_ROOT / "tests" / "data" / "offtopic.toml"
MODEL_FILE = PROJECT_ROOT / "bot" / "nlp" / MODEL_NAME
FOLDS = 5
FALSE_ALARMS = 0.01  # at most this share of the ordinary lines flagged in cross-validation
SMOOTHING = 0.25


@dataclass(frozen=True)
class Line:
    language: str
    kind: CrisisKind | None  # None: ordinary
    text: str
    fold: int
    words: int  # bot.nlp.crisis.word_count: which of the model's thresholds judges the line

    @property
    def short(self) -> bool:
        """Judged against the short threshold (crisis_model.py)."""
        return MIN_WORDS <= self.words < SENTENCE_WORDS


@dataclass(frozen=True)
class CrossValidation:
    threshold: float
    short_threshold: float
    recall: dict[str, float]  # per language: crisis lines the model alone flags
    false_alarms: dict[str, float]  # per language: ordinary lines it flags


def _blocks(language: str, kind: CrisisKind | None, texts: list[str]) -> list[Line]:
    return [
        Line(language, kind, text, i * FOLDS // len(texts), word_count(text)) for i, text in enumerate(texts)
    ]


def development_lines(dev: Path = DEV, offtopic: Path = OFFTOPIC) -> list[Line]:
    lines: list[Line] = []
    off = tomllib.loads(offtopic.read_text(encoding="utf-8"))
    for language in LANGUAGES:
        data = tomllib.loads((dev / f"{language}.toml").read_text(encoding="utf-8"))
        for kind, texts in data["crisis"].items():
            # Not the medical lines: told by their own words (the patterns), and as danger they taught the model
            # that everyday words ("in the", "at the", "is not") lean to danger: "is the sea in alanya warm in
            # october" was flagged
            if CrisisKind(kind) is not CrisisKind.MEDICAL:
                lines += _blocks(language, CrisisKind(kind), texts)
        lines += _blocks(language, None, [*data["ordinary"], *off.get(language, [])])
    return lines


def _clip(value: float) -> int:
    return max(-128, min(127, round(value * SCALE)))


class _Counts:
    """How many lines of each class hold a term's bucket: crisis or not, and per kind."""

    def __init__(self) -> None:
        self.crisis = [0, 0]  # lines: ordinary, crisis
        self.per_kind = [0] * len(KINDS)
        self.table: tuple[dict[int, int], dict[int, int]] = ({}, {})
        self.kinds: list[dict[int, int]] = [{} for _ in KINDS]

    def add(self, line: Line, hashed: list[int]) -> None:
        positive = int(line.kind is not None)
        self.crisis[positive] += 1
        table = self.table[positive]
        for h in {h & (BUCKETS - 1) for h in hashed}:
            table[h] = table.get(h, 0) + 1
        if line.kind is not None:
            k = KINDS.index(line.kind)
            self.per_kind[k] += 1
            counts = self.kinds[k]
            for h in {h & (KIND_BUCKETS - 1) for h in hashed}:
                counts[h] = counts.get(h, 0) + 1

    def model(self, threshold: float, short_threshold: float, source: str) -> CrisisModel:
        crisis = array("b", bytes(BUCKETS))
        ordinary, danger = self.table
        n0, n1 = (n + 2 * SMOOTHING for n in self.crisis)
        for h in sorted(ordinary.keys() | danger.keys()):
            c0, c1 = ordinary.get(h, 0), danger.get(h, 0)
            crisis[h] = _clip(math.log((c1 + SMOOTHING) / n1) - math.log((c0 + SMOOTHING) / n0))
        width = len(KINDS)
        kinds = array("b", bytes(KIND_BUCKETS * width))
        sizes = [n + 2 * SMOOTHING for n in self.per_kind]
        for h in sorted(set().union(*self.kinds)):
            logs = [
                math.log((counts.get(h, 0) + SMOOTHING) / size)
                for counts, size in zip(self.kinds, sizes, strict=True)
            ]
            top = max(logs)
            for k, value in enumerate(logs):
                kinds[h * width + k] = _clip(value - top)
        return CrisisModel(threshold, short_threshold, crisis, kinds, source)


def fingerprint(lines: list[Line]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(f"{line.language}\0{line.kind or ''}\0{line.text}\0".encode())
    return digest.hexdigest()[:16]


def _threshold(scores: list[float]) -> float:
    """The lowest threshold at which at most FALSE_ALARMS of these (ordinary) scores lie above it."""
    allowed = math.floor(FALSE_ALARMS * len(scores))
    ordered = sorted(scores, reverse=True)
    return ordered[allowed] if allowed < len(ordered) else min(ordered) - 1


def cross_validate(lines: list[Line], hashed: list[list[int]]) -> CrossValidation:
    scores = [0.0] * len(lines)
    for fold in range(FOLDS):
        counts = _Counts()
        for line, terms_of in zip(lines, hashed, strict=True):
            if line.fold != fold:
                counts.add(line, terms_of)
        model = counts.model(0.0, 0.0, "")
        for i, line in enumerate(lines):
            if line.fold == fold:
                scores[i] = model.score(hashed[i])
    ordinary = [(s, line) for s, line in zip(scores, lines, strict=True) if line.kind is None]
    threshold = _threshold([s for s, line in ordinary if line.words >= SENTENCE_WORDS])
    short_threshold = _threshold([s for s, line in ordinary if line.short])
    bands = [band_threshold(line.words, threshold, short_threshold) for line in lines]
    judged = [band is not None and s > band for s, band in zip(scores, bands, strict=True)]

    def share(language: str, crisis: bool) -> float:
        chosen = [
            flagged
            for flagged, line in zip(judged, lines, strict=True)
            if line.language == language and (line.kind is not None) == crisis
        ]
        return sum(chosen) / len(chosen) if chosen else 0.0

    return CrossValidation(
        threshold,
        short_threshold,
        {language: share(language, True) for language in LANGUAGES},
        {language: share(language, False) for language in LANGUAGES},
    )


def train(lines: list[Line] | None = None) -> tuple[CrisisModel, CrossValidation]:
    """The model trained on all the development lines, with the threshold cross-validation chose."""
    lines = development_lines() if lines is None else lines
    hashed = [terms(readings(line.text, loose=False)) for line in lines]
    validation = cross_validate(lines, hashed)
    counts = _Counts()
    for line, terms_of in zip(lines, hashed, strict=True):
        counts.add(line, terms_of)
    model = counts.model(validation.threshold, validation.short_threshold, fingerprint(lines))
    return model, validation


def fit(output: Path = MODEL_FILE) -> CrossValidation:
    """Train and write the model file."""
    model, validation = train()
    output.write_bytes(model.to_bytes())
    return validation


def fit_and_report(output: Path = MODEL_FILE) -> str:
    """`python -m bot crisis-fit`: train, write, and say what the model alone does in cross-validation."""
    validation = fit(output)
    return "\n".join(
        [
            f"wrote {output}: threshold {validation.threshold:.3f} "
            f"({validation.short_threshold:.3f} for {MIN_WORDS} to {SENTENCE_WORDS - 1} words)"
        ]
        + [
            f"  {language}: cross-validated, the model alone flags {recall:.1%} of crisis lines and "
            f"{validation.false_alarms[language]:.1%} of ordinary lines"
            for language, recall in validation.recall.items()
        ]
    )
