"""Print how well the crisis detector (bot/crisis.py) does on each crisis set, per language.

python bench/crisis_eval.py [--verbose] [--cross-validate]

The dev set (tests/data/crisis/dev) was tuned against; the held-out set (tests/data/crisis/holdout), when present,
was written by someone who did not write the detector's examples, and is only measured. The matcher's off-topic
files are counted as ordinary lines in both. Targets per language: at least 95 % of crisis lines flagged, at most
2 % of ordinary lines flagged. The figures are the whole detector's: its patterns, and when none flags a line, the
learned second opinion (bot/nlp/crisis_model.py, trained on the dev set alone by `python -m bot crisis-fit`).
--verbose lists every missed, false-flagged and differently-kinded line of the dev set (--held-out-lines: of the
others too, to report them; never to tune to them).
--cross-validate trains the model again and prints what it alone flags in 5-fold cross-validation over the dev set.
"""

from __future__ import annotations

import argparse

from bot.config import PROJECT_ROOT
from bot.nlp.crisis_evaluation import CRISIS_SETS, evaluate_set, format_reports, set_folder


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--verbose", action="store_true", help="list the dev set's misses and false flags")
    parser.add_argument(
        "--held-out-lines",
        action="store_true",
        help="with --verbose, the held-out sets' lines too (to report them, never to tune to them)",
    )
    parser.add_argument(
        "--cross-validate", action="store_true", help="the model alone, cross-validated on the dev set"
    )
    args = parser.parse_args()
    if args.cross_validate:
        from bot.nlp.crisis_fit import train

        _, validation = train()
        print(f"== the model alone, 5-fold cross-validation over dev (threshold {validation.threshold:.3f})")
        for language, recall in validation.recall.items():
            print(
                f"{language:<5}crisis flagged {recall:6.1%}   ordinary flagged "
                f"{validation.false_alarms[language]:5.1%}"
            )
    for name in CRISIS_SETS:
        folder = set_folder(name)
        if not folder.exists():
            continue
        print(
            f"== {name} set ({folder.relative_to(PROJECT_ROOT)}, plus the off-topic files as ordinary lines)"
        )
        verbose = args.verbose and (name == "dev" or args.held_out_lines)
        print(format_reports(evaluate_set(folder), verbose=verbose))


if __name__ == "__main__":
    main()
