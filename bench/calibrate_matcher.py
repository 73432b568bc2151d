"""Show what the matcher's confidence gives at each threshold, with the weights it would be refitted to and with the
shipped ones (locales/matcher.toml); with --write, refit and write them (the same as `python -m bot refit`).

python bench/calibrate_matcher.py [--write]

The fit (bot.nlp.calibration) is a logistic regression on the development set; the table shows the development set
and the held-out set, which the fit never sees. The shipped threshold (bot/config.py, config.example.toml) was chosen
from this table; say so if you move it, since looking at the held-out set to choose it is a (small) use of it.
"""

from __future__ import annotations

import argparse

from bot.i18n import LANGUAGES
from bot.knowledge import KnowledgeBase
from bot.nlp.calibration import fit, sample_weight
from bot.nlp.calibration import load as load_calibration
from bot.nlp.evaluation import EVALUATION_SETS, questions, refit
from bot.nlp.matcher import Evidence, Matcher, confidence, unfitted

# The unseen set stays out: it is only measured (bench/evaluate_matcher.py), never used to choose anything.
SETS = {name: EVALUATION_SETS[name] for name in ("dev", "holdout")}
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write", action="store_true", help="write the refitted weights to locales/matcher.toml"
    )
    if parser.parse_args().write:
        print(f"wrote {refit()}")
    matcher = Matcher(KnowledgeBase.load(), 0.5, calibration=unfitted())
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
    print(f"refitted: {weights}")
    print("\nwith these weights (right / confidently wrong / off-topic answered):")
    report(found, matcher, weights)
    shipped = load_calibration().weights
    print(f"\nwith the weights in locales/matcher.toml now {shipped}:")
    report(found, matcher, shipped)


if __name__ == "__main__":
    main()
