"""A plausible coordinator's week and the eight weeks before it, for the chart test and the pictures in docs/charts.

`python -m tests.chart_samples` writes docs/charts/<language>.png from the real catalogs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bot.chart import render_png
from bot.i18n import LANGUAGES, Catalogs
from bot.indicators import CaseFigures, Indicators, NetworkFigures, Period, Spread
from bot.storage.trend import Week
from handlers.indicators import chart

PERIOD = Period(date(2026, 11, 30), date(2026, 12, 6))
NETWORK = NetworkFigures(
    new_people=184,
    people_by_language=(("ru", 102), ("tk", 71), ("en", 11)),
    people_by_source=(("(none)", 140), ("radio", 44)),
    questions=412,
    questions_confident=351,
    top_topics=(("passport-safety", 60),),
    feedback=(),
    checklists_by_level=(("low", 38), ("medium", 21), ("high", 9)),
)
CASES = CaseFigures(
    total=23,
    urgent=4,
    by_ngo=(("example-mary", 12), ("(coordinator)", 11)),
    by_status=(("open", 3), ("claimed", 6), ("closed", 14)),
    by_outcome=(
        ("legal", 5),
        ("information", 4),
        ("referred", 2),
        ("declined", 1),
        ("no_answer", 1),
        ("withdrawn", 1),
    ),
    to_claim=Spread(20, 42.0, 190.0),
    to_close=Spread(13, 1500.0, 4000.0),
)
FIGURES = Indicators(PERIOD, None, NETWORK, CASES)
NGO_FIGURES = Indicators(PERIOD, ("example-mary",), None, CASES)
# Oldest first: (new people, questions, opened, closed, median minutes to the first reply).
HISTORY = (
    (96, 230, 11, 8, 95.0),
    (120, 261, 14, 12, 80.0),
    (0, 0, 0, 0, None),  # a quiet week: the bot was down
    (141, 305, 17, 15, 64.0),
    (133, 298, 15, 17, 150.0),
    (150, 340, 19, 16, 55.0),
    (172, 377, 21, 18, 47.0),
    (184, 412, 23, 14, 42.0),
)


def weeks(network: bool = True) -> tuple[Week, ...]:
    first = PERIOD.end - timedelta(days=7 * len(HISTORY) - 1)
    return tuple(
        Week(
            Period(first + timedelta(days=7 * index), first + timedelta(days=7 * index + 6)),
            people if network else None,
            questions if network else None,
            opened,
            closed,
            wait,
        )
        for index, (people, questions, opened, closed, wait) in enumerate(HISTORY)
    )


def main() -> None:
    catalogs = Catalogs.load()
    folder = Path(__file__).resolve().parent.parent / "docs" / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        (folder / f"{language}.png").write_bytes(render_png(chart(catalogs(language), FIGURES, weeks())))
    (folder / "ngo-ru.png").write_bytes(render_png(chart(catalogs("ru"), NGO_FIGURES, weeks(network=False))))


if __name__ == "__main__":
    main()
