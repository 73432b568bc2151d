"""Measure the crisis detector (bot/crisis.py) on a set of lines it was not built from.

A set is a folder tests/data/crisis/<name>/ with one <lang>.toml per language: `ordinary = [...]` (questions and
chat that must not be flagged) and a `[crisis]` table of lines per kind. The dev set was tuned against; the held-out
set is written by someone who did not write the detector's examples. The matcher's off-topic files
(OFFTOPIC_FILES) are measured as ordinary lines too: small talk must never be answered as an emergency."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES
from bot.nlp.crisis import CrisisKind, detect_crisis

CRISIS_DATA = PROJECT_ROOT / "tests" / "data" / "crisis"
# dev: tuned against; holdout: written by someone else, measured; unseen, final, final2, final3 and final4: written
# blind, measured once (final2: before and after the learned second opinion; final3 and final4: at the end of sessions
# 9 and 10, after every change of the session).
CRISIS_SETS = ("dev", "holdout", "unseen", "final", "final2", "final3", "final4")
_DATA = PROJECT_ROOT / "tests" / "data"
OFFTOPIC_FILES = (
    _DATA / "offtopic.toml",
    _DATA / "holdout" / "offtopic.toml",
    _DATA / "unseen" / "offtopic.toml",
)
# Targets per language (issue #15): at least this share of crisis lines flagged, at most this share of ordinary.
RECALL_TARGET = 0.95
FALSE_POSITIVE_TARGET = 0.02


@dataclass
class CrisisReport:
    language: str
    crisis_total: int = 0
    flagged: int = 0
    same_kind: int = 0
    kind_total: dict[str, int] = field(default_factory=dict)
    kind_flagged: dict[str, int] = field(default_factory=dict)
    ordinary_total: int = 0
    false_flagged: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list, repr=False)  # expected kind, text
    other_kind: list[tuple[str, str, str]] = field(default_factory=list, repr=False)  # expected, got, text
    false_flags: list[tuple[str, str]] = field(default_factory=list, repr=False)  # got, text

    @property
    def recall(self) -> float:
        return self.flagged / self.crisis_total if self.crisis_total else 1.0

    @property
    def kind_agreement(self) -> float:
        """Of the flagged crisis lines, how many got the kind they were written for."""
        return self.same_kind / self.flagged if self.flagged else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_flagged / self.ordinary_total if self.ordinary_total else 0.0

    def kind_recall(self, kind: str) -> float:
        total = self.kind_total.get(kind, 0)
        return self.kind_flagged.get(kind, 0) / total if total else 1.0

    @property
    def meets_targets(self) -> bool:
        return self.recall >= RECALL_TARGET and self.false_positive_rate <= FALSE_POSITIVE_TARGET

    def add_crisis(self, kind: str, text: str) -> None:
        got = detect_crisis(text)
        self.crisis_total += 1
        self.kind_total[kind] = self.kind_total.get(kind, 0) + 1
        if got is None:
            self.misses.append((kind, text))
            return
        self.flagged += 1
        self.kind_flagged[kind] = self.kind_flagged.get(kind, 0) + 1
        if got == kind:
            self.same_kind += 1
        else:
            self.other_kind.append((kind, got.value, text))

    def add_ordinary(self, text: str) -> None:
        got = detect_crisis(text)
        self.ordinary_total += 1
        if got is not None:
            self.false_flagged += 1
            self.false_flags.append((got.value, text))


def set_folder(name: str) -> Path:
    return CRISIS_DATA / name


def evaluate_set(folder: Path, offtopic_files: tuple[Path, ...] = OFFTOPIC_FILES) -> dict[str, CrisisReport]:
    """Per language: the crisis lines of the set flagged, and its ordinary lines and the off-topic files not."""
    reports = {language: CrisisReport(language) for language in LANGUAGES}
    for language, report in reports.items():
        path = folder / f"{language}.toml"
        if path.exists():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for kind, lines in data.get("crisis", {}).items():
                CrisisKind(kind)  # a misspelt kind in a data file is an error, not a silent miss
                for text in lines:
                    report.add_crisis(kind, text)
            for text in data.get("ordinary", []):
                report.add_ordinary(text)
        for offtopic in offtopic_files:
            if offtopic.exists():
                for text in tomllib.loads(offtopic.read_text(encoding="utf-8")).get(language, []):
                    report.add_ordinary(text)
    return reports


def format_reports(reports: dict[str, CrisisReport], *, verbose: bool = False) -> str:
    kinds = [kind.value for kind in CrisisKind]
    header = (
        f"{'lang':<5}{'crisis':>12}{'recall':>9}{'kind ok':>9}{'ordinary':>12}{'flagged':>9}  per-kind recall"
    )
    lines = [header]
    for report in reports.values():
        per_kind = " ".join(
            f"{kind}={report.kind_recall(kind):.0%}" for kind in kinds if report.kind_total.get(kind)
        )
        lines.append(
            f"{report.language:<5}{report.flagged:>5}/{report.crisis_total:<6}{report.recall:>9.1%}"
            f"{report.kind_agreement:>9.1%}{report.false_flagged:>5}/{report.ordinary_total:<6}"
            f"{report.false_positive_rate:>9.1%}  {per_kind}"
            f"{'' if report.meets_targets else '  BELOW TARGET'}"
        )
        if verbose:
            lines += [f"   missed      {kind:<12} {text}" for kind, text in report.misses]
            lines += [f"   false flag  {got:<12} {text}" for got, text in report.false_flags]
            lines += [f"   other kind  {kind:>11}→{got:<12} {text}" for kind, got, text in report.other_kind]
    return "\n".join(lines)
