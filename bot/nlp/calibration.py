"""The matcher's confidence parameters: fitted by `python -m bot refit` and written to locales/matcher.toml, which the
matcher reads at start, with a fingerprint of the examples they were fitted on.

The fit is a logistic regression over the development set (tests/data/dev and its off-topic lines): for every line,
the matcher's evidence (bot.nlp.matcher.Evidence) and whether its best topic is the right one (an off-topic line never
has a right one). A test compares the fingerprint with the examples shipped today, so CI fails when the examples
changed and the parameters were not refitted. bench/calibrate_matcher.py prints what each threshold gives."""

from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.config import LOCALES_DIR
from bot.knowledge import KnowledgeBase
from bot.nlp.examples import Examples

CALIBRATION_FILE = LOCALES_DIR / "matcher.toml"
CONCEPTS_FILE = LOCALES_DIR / "concepts.toml"
# Off-topic lines weigh more, because answering one is the mistake the issue counts. A question answered with a
# neighbouring topic (work visa for "tourist visa, can I work?") is a lesser mistake: the answer still lists related
# topics and a way to a person, so it weighs half a right answer.
OFF_TOPIC_WEIGHT = 4.0
WRONG_TOPIC_WEIGHT = 0.5
STEPS = 3000
LEARNING_RATE = 0.5


class CalibrationError(Exception):
    """The parameters file cannot be used, worded for the operator."""


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]
    examples: str  # the fingerprint of what the matcher learned from when the weights were fitted


def load(path: Path = CALIBRATION_FILE) -> Calibration:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        weights = tuple(float(w) for w in raw["weights"])
        return Calibration(weights, str(raw["examples"]))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise CalibrationError(f"{path}: {error}; run `python -m bot refit` to write it again") from None


def write(calibration: Calibration, path: Path = CALIBRATION_FILE) -> None:
    weights = ", ".join(repr(w) for w in calibration.weights)
    path.write_text(
        "# The matcher's confidence parameters, written by `python -m bot refit`: do not edit by hand.\n"
        "# weights: see bot.nlp.matcher.Evidence.signals for what each one multiplies.\n"
        "# examples: the fingerprint of the titles, example questions, example files and concepts they were\n"
        "# fitted on; a test fails when those change and this file was not written again.\n"
        f'examples = "{calibration.examples}"\n'
        f"weights = [{weights}]\n",
        encoding="utf-8",
    )


def fingerprint(knowledge: KnowledgeBase, examples: Examples, concepts: Path = CONCEPTS_FILE) -> str:
    """A hash of everything the matcher learns its classes from (not the answers, which only add known words)."""
    digest = hashlib.sha256()

    def add(*parts: str) -> None:
        for part in parts:
            digest.update(part.encode("utf-8") + b"\0")

    for topic in knowledge.topics.values():
        for language, text in sorted(topic.texts.items()):
            add(
                topic.id, language, text.title, *text.questions, "\1", *examples.for_topic(language, topic.id)
            )
    for language, lines in sorted(examples.off_topic.items()):
        add("off-topic", language, *lines)
    add(concepts.read_text(encoding="utf-8"))
    return digest.hexdigest()[:16]


def fit(training: Iterable[tuple[tuple[float, ...], int, float]], steps: int = STEPS) -> tuple[float, ...]:
    """Weighted logistic regression by plain batch gradient descent: deterministic, and the data is a few hundred
    rows of (signals, 1 if the best topic is right, weight)."""
    rows = list(training)
    weights = [0.0] * len(rows[0][0])
    total = sum(weight for _, _, weight in rows)
    for _ in range(steps):
        gradient = [0.0] * len(weights)
        for signals, label, weight in rows:
            z = sum(w * x for w, x in zip(weights, signals, strict=True))
            error = weight * (1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - label)
            for i, x in enumerate(signals):
                gradient[i] += error * x
        weights = [w - LEARNING_RATE * g / total for w, g in zip(weights, gradient, strict=True)]
    return tuple(round(w, 2) for w in weights)


def sample_weight(expected: str | None, best: str) -> float:
    if expected is None:
        return OFF_TOPIC_WEIGHT
    return 1.0 if best == expected else WRONG_TOPIC_WEIGHT
