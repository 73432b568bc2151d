"""Print the matcher's per-language accuracy on the development set, and every miss.

python bench/evaluate_matcher.py [--threshold 0.35] [--quiet] [--half first|second]

--half keeps a held-out check honest: tune with the topics whose names sort in the first half (and the even
off-topic lines), then look at the second half (and the odd off-topic lines) only to report it.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import tomllib
from pathlib import Path

from bot.config import PROJECT_ROOT, KnowledgeConfig
from bot.evaluation import LanguageReport, evaluate, format_report
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher


def _toml_list(name: str, items: list[str]) -> str:
    quoted = ",\n".join("  " + '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"' for item in items)
    return f"{name} = [\n{quoted},\n]\n" if items else f"{name} = []\n"


def half_of(data: Path, half: str, into: Path) -> Path:
    """A copy of the data folder with only one half of the topics and of the off-topic lines."""
    paths = sorted((data / "dev").glob("*.toml"))
    middle = len(paths) // 2
    chosen = paths[:middle] if half == "first" else paths[middle:]
    (into / "dev").mkdir(parents=True)
    for path in chosen:
        shutil.copy(path, into / "dev" / path.name)
    offtopic = tomllib.loads((data / "offtopic.toml").read_text(encoding="utf-8"))
    parity = 0 if half == "first" else 1
    text = "".join(_toml_list(lang, lines[parity::2]) for lang, lines in offtopic.items())
    (into / "offtopic.toml").write_text(text, encoding="utf-8")
    return into


def ranking_line(reports: dict[str, LanguageReport]) -> str:
    """How often the best-ranked topic is right whatever the confidence: what a lower threshold could reach."""
    parts = []
    for report in reports.values():
        ranked = report.correct + sum(1 for _, expected, got, _ in report.misses if got == expected)
        parts.append(f"{report.language} {ranked}/{report.total}")
    return "ranked first (any confidence): " + ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threshold", type=float, default=KnowledgeConfig().confidence_threshold)
    parser.add_argument("--data", type=Path, default=PROJECT_ROOT / "tests" / "data")
    parser.add_argument("--half", choices=("all", "first", "second"), default="all")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args()
    matcher = Matcher(KnowledgeBase.load(), args.threshold)
    with tempfile.TemporaryDirectory() as scratch:
        data = args.data if args.half == "all" else half_of(args.data, args.half, Path(scratch))
        reports = evaluate(matcher, data)
    print(format_report(reports, show_misses=not args.quiet))
    print(ranking_line(reports))


if __name__ == "__main__":
    main()
