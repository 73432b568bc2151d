"""Fit the matcher's confidence weights (bot/nlp/matcher.py CONFIDENCE_WEIGHTS) on the development set.

python bench/calibrate_matcher.py

For every development question and off-topic line it takes the matcher's evidence (bot.nlp.matcher.Evidence) and fits a
logistic regression: is the best-ranked topic the right one (an off-topic line never has a right one)? Off-topic
lines weigh OFF_TOPIC_WEIGHT times more, because answering one is the mistake the issue counts. It prints the
weights to paste into bot/nlp/matcher.py and, per threshold, what they give on the development set and on the held-out
set, which the fit never sees. The shipped threshold (bot/config.py, config.example.toml) was chosen from this
table; say so if you move it, since looking at the held-out set to choose it is a (small) use of it.
Run it again after changing the examples or the scoring, since the evidence changes with them.
"""

from __future__ import annotations

import math

from bot.i18n import LANGUAGES
from bot.knowledge import KnowledgeBase
from bot.nlp.evaluation import EVALUATION_SETS, questions
from bot.nlp.matcher import CONFIDENCE_WEIGHTS, Evidence, Matcher, confidence

# The unseen set stays out: it is only measured (bench/evaluate_matcher.py), never used to choose anything.
SETS = {name: EVALUATION_SETS[name] for name in ("dev", "holdout")}
OFF_TOPIC_WEIGHT = 4.0
# A question answered with a neighbouring topic (work visa for "tourist visa, can I work?") is a lesser mistake: the
# answer still lists related topics and a way to a person. Half the weight of a right answer keeps those confident.
WRONG_TOPIC_WEIGHT = 0.5
STEPS = 3000
LEARNING_RATE = 0.5
THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)

# (set, language, expected topic or None, the matcher's evidence or None when it is not a candidate at all)
Sample = tuple[str, str, str | None, Evidence | None, str]


def samples(matcher: Matcher) -> list[Sample]:
    return [
        (name, language, expected, candidate(matcher, text), text)
        for name, (topics, offtopic) in SETS.items()
        for language, expected, text in questions(topics, offtopic)
    ]


def candidate(matcher: Matcher, text: str) -> Evidence | None:
    """The evidence, when the matcher would weigh it at all (not small talk, not closest to the off-topic lines,
    sharing something with a topic)."""
    return None if matcher.match(text).off_topic else matcher.evidence(text)


def sample_weight(expected: str | None, best: str) -> float:
    if expected is None:
        return OFF_TOPIC_WEIGHT
    return 1.0 if best == expected else WRONG_TOPIC_WEIGHT


def fit(training: list[tuple[tuple[float, ...], int, float]]) -> tuple[float, ...]:
    """Plain batch gradient descent: deterministic, and the data is a few hundred rows."""
    weights = [0.0] * len(training[0][0])
    total = sum(weight for _, _, weight in training)
    for _ in range(STEPS):
        gradient = [0.0] * len(weights)
        for signals, label, weight in training:
            z = sum(w * x for w, x in zip(weights, signals, strict=True))
            error = weight * (1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - label)
            for i, x in enumerate(signals):
                gradient[i] += error * x
        weights = [w - LEARNING_RATE * g / total for w, g in zip(weights, gradient, strict=True)]
    return tuple(round(w, 2) for w in weights)


def report(found: list[Sample], matcher: Matcher, weights: tuple[float, ...]) -> None:
    for threshold in THRESHOLDS:
        parts = []
        for name in SETS:
            for language in LANGUAGES:
                rows = [s for s in found if s[0] == name and s[1] == language]
                questions = [s for s in rows if s[2] is not None]
                offtopic = [s for s in rows if s[2] is None]

                def answered(sample: Sample, threshold: float = threshold) -> bool:
                    return sample[3] is not None and confidence(sample[3], weights) >= threshold

                right = sum(1 for s in questions if answered(s) and matcher.topic_id(s[3]) == s[2])  # type: ignore[arg-type]
                wrong = sum(1 for s in questions if answered(s)) - right
                off = sum(1 for s in offtopic if answered(s))
                parts.append(
                    f"{name} {language} {right / len(questions):4.0%} "
                    f"wrong {wrong / len(questions):3.0%} off {off / max(len(offtopic), 1):3.0%}"
                )
        print(f"threshold {threshold:.2f}: " + " | ".join(parts))


def main() -> None:
    matcher = Matcher(KnowledgeBase.load(), 0.5)
    found = samples(matcher)
    training = [
        (
            evidence.signals(),
            int(expected is not None and matcher.topic_id(evidence) == expected),
            sample_weight(expected, matcher.topic_id(evidence)),
        )
        for name, _, expected, evidence, _ in found
        if name == "dev" and evidence is not None
    ]
    weights = fit(training)
    print(f"CONFIDENCE_WEIGHTS = {weights}")
    print("\nwith these weights (right / confidently wrong / off-topic answered):")
    report(found, matcher, weights)
    print(f"\nwith the weights in bot/nlp/matcher.py now {CONFIDENCE_WEIGHTS}:")
    report(found, matcher, CONFIDENCE_WEIGHTS)


if __name__ == "__main__":
    main()
