"""Print the matcher's per-language accuracy on the evaluation sets, and every miss.

python bench/evaluate_matcher.py [--set dev|holdout|all] [--threshold 0.6] [--quiet]

Two sets live in tests/data: the development set (dev/ and offtopic.toml), which the matcher was tuned against, and
the held-out set (holdout/), written by someone who never saw the knowledge base's examples and never fitted on,
and the unseen set (unseen/), written the same way at the very end and looked at only to report it: the honest
figure for questions the bot has never seen.
"""

from __future__ import annotations

import argparse
import tomllib

from bot.config import PROJECT_ROOT, KnowledgeConfig
from bot.knowledge import KnowledgeBase
from bot.languages import LANGUAGES
from bot.nlp.evaluation import (
    EVALUATION_SETS,
    OWN_CASE,
    REQUEST_DEVELOPMENT,
    LanguageReport,
    evaluate,
    format_report,
    handled_wrongly,
)
from bot.nlp.matcher import Matcher

SETS = EVALUATION_SETS
# Requests for illegal help, tourist questions and everyday chat (issue 19) written blind at the end: measured here,
# never tuned against. The dev and held-out requests are in the sets' own off-topic files, under the tests' bars.
REQUESTS = {"unseen": PROJECT_ROOT / "tests" / "data" / "unseen" / "offtopic-requests.toml"}


def ranking_line(reports: dict[str, LanguageReport]) -> str:
    """How often the best-ranked topic is right whatever the confidence: what a lower threshold could reach."""
    parts = []
    for report in reports.values():
        ranked = report.correct + sum(1 for _, expected, got, _ in report.misses if got == expected)
        parts.append(f"{report.language} {ranked}/{report.total}")
    return "ranked first (any confidence): " + ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threshold", type=float, default=KnowledgeConfig().confidence_threshold)
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    parser.add_argument(
        "--held-out-lines",
        action="store_true",
        help="also list the held-out sets' misses and answered requests (to report them, never to tune to them)",
    )
    args = parser.parse_args()
    matcher = Matcher(KnowledgeBase.load(), args.threshold)
    for name, (topics, offtopic) in SETS.items():
        if args.set in (name, "all"):
            reports = evaluate(matcher, topics, offtopic)
            print(f"== {name} set ({topics.relative_to(PROJECT_ROOT)})")
            # only the dev set's lines by default: whoever tunes the matcher must not read the held-out ones
            show = not args.quiet and (name == "dev" or args.held_out_lines)
            print(format_report(reports, show_misses=show))
            print(ranking_line(reports))
    for name, path in REQUESTS.items():
        print(f"== off-topic requests, {name} ({path.relative_to(PROJECT_ROOT)})")
        for language in LANGUAGES:
            lines = tomllib.loads(path.read_text("utf-8"))[language]
            answered = [(line, matcher.match(line)) for line in lines]
            answered = [(line, match) for line, match in answered if match.confident]
            print(f"{language}: answered {len(answered)}/{len(lines)} = {len(answered) / len(lines):.1%}")
            if not args.quiet and args.held_out_lines:
                for line, match in answered:
                    print(f"   off   answered {match.topic or '-':<26} {match.score:.3f}  {line}")

    print_request_development(matcher, show=not args.quiet)


def print_request_development(matcher: Matcher, *, show: bool) -> None:
    """The request development set (session 13), written to tune the request patterns against: its lines are shown."""
    from bot.nlp.requests import request_kind

    print(f"== request development set ({REQUEST_DEVELOPMENT.relative_to(PROJECT_ROOT)})")
    for kind in sorted(path.stem for path in REQUEST_DEVELOPMENT.glob("*.toml")):
        found = handled_wrongly(matcher, kind)
        verb = "taken for a request or off-topic" if kind == OWN_CASE else "answered with a topic"
        print(
            f"{kind}: {verb}: "
            + ", ".join(f"{lang} {len(wrong)}/{total}" for lang, (total, wrong) in found.items())
        )
        for language, (_, wrong) in found.items() if show else ():
            for line, match in wrong:
                print(f"   {language}  {match.topic or request_kind(line) or '-'!s:<26}  {line}")


if __name__ == "__main__":
    main()
