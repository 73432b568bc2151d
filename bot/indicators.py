"""The coordinators' indicators: what the bot did in a period, computed from the database, and an anonymised export.

Telegram-free. Days are UTC days, like `question_counts.day` and `checklist_results.finished_on`.

Scope: the coordinator chat (`ngo_ids=None`) sees everything. An NGO's staff chat sees only the cases routed to its own
organisations; people, questions, feedback and checklists are network-wide and tied to no organisation, so it gets none
of them (`Indicators.network is None`) rather than figures that would describe other NGOs' work.

The export is aggregated by default (`export_counts`): for the period, one row per NGO and velayat with the counts of
the cases created in it (total, urgent, by need, and by status and outcome now: `status_now_*`, `outcome_now_*`; the
closes made in the period are /stats'), and one row per velayat with the counts of finished checklists
(total, by risk level, gender and age band), and per NGO and velayat the counts of finished screenings and of specialist
consultations asked and given, by role (bot/screening_figures.py). A count from 1 to `min_cell_size - 1` is written as
"<N", so no cell describes one or two people. Rows joined with each other cannot re-identify anyone, because there is no
row of anyone.

The row-level export (`export_rows`, only from the command line with --rows) is one row per case and one per finished
checklist in the period, with these columns:

    record_type       "case" or "checklist"
    date              YYYY-MM-DD (UTC): the day the case was created or the checklist finished; never a time
    language          ru | tk | en
    region            the velayat, when known
    need              the help asked for (case only)
    ngo_id            the organisation the case went to; empty: the coordinator chat (case only)
    urgent            1 or 0 (case only)
    status            open | claimed | closed, as the case is now (case only)
    outcome           the closing outcome, as the case is now (case only, when closed)
    minutes_to_claim  whole minutes from creation to the first claim (case only, when claimed)
    minutes_to_close  whole minutes from creation to closing (case only, when closed)
    risk_level        low | medium | high: the checklist's result (for a case, the checklist it carried)
    flagged           the checklist question keys that raised the risk, separated by ";"
    gender            as the person chose to tell it after a checklist (checklist only)
    age_band          likewise

There is no Telegram id, case number, name, phone, contact time or message text in it, and rows are sorted by their
values rather than by id, so their order cannot be matched with case numbers. But a case row and a checklist row of the
same person share the day, language, velayat and risk level: joined, they can re-identify a person, which is why it is
not the default. Neither export carries the cases of a person who used /forget (their case rows keep no user id);
checklist results are tied to nobody, so they stay in both."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from bot import screening_figures
from bot.directory import SERVICES
from bot.durations import Spread, spread
from bot.durations import percentile as percentile  # for the trend, the first-reply lines and their tests
from bot.handoff import OUTCOMES
from bot.storage import Storage
from bot.storage.connection import Row as StoredRow
from bot.storage.indicators import CaseRows, NetworkRows

DEFAULT_PERIOD = "7d"
MAX_DAYS = 366
NO_CAMPAIGN = "(none)"
COORDINATOR = (
    "(coordinator)"  # cases handled by the coordinator chat (ngo_id NULL); ids in the directory are slugs
)
TOP_TOPICS = 5
LEVELS = ("low", "medium", "high")
STATUSES = ("open", "claimed", "closed")
# A person withdrawing is their decision, not staff work: such cases are left out of the time to close.
WITHDRAWN = "withdrawn"
# The optional answers after a checklist (handlers/checklist.py asks them).
GENDERS = ("female", "male")
AGE_BANDS = ("under18", "18-24", "25-34", "35-44", "45plus")
MIN_CELL_SIZE = 5

# ASCII digits, as strictly as a button (bot/callbacks.py); days as staff write them: 30, 30d, 30 дней, 30д, 30 gün.
_DAYS = re.compile(r"(\d{1,4})\s*(?:d|days?|д|дн|дн\.|день|дня|дней|gün|gun|g)?", re.ASCII)
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", re.ASCII)

Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Period:
    """Whole UTC days from `start` to `end`, both included."""

    start: date
    end: date

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        if start > end:
            raise ValueError(f"the period starts ({start}) after it ends ({end})")
        return cls(start, end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def start_ts(self) -> int:
        return _midnight(self.start)

    @property
    def end_ts(self) -> int:
        """The first second after the period (exclusive bound)."""
        return _midnight(self.end + timedelta(days=1))

    @property
    def day_bounds(self) -> tuple[str, str]:
        """The first and last day, as the daily counts store them."""
        return self.start.isoformat(), self.end.isoformat()

    @property
    def time_bounds(self) -> tuple[int, int]:
        return self.start_ts, self.end_ts

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _midnight(day: date) -> int:
    return int(datetime.combine(day, time(0), tzinfo=UTC).timestamp())


def parse_period(text: str | None, today: date) -> Period:
    """`7d` (the default) or `30`, `30d`, `30 д`, `30 gün` (N days up to a year): the last N days including today;
    or `YYYY-MM-DD..YYYY-MM-DD`, both days included."""
    value = (text or DEFAULT_PERIOD).strip().lower() or DEFAULT_PERIOD
    days = _DAYS.fullmatch(value)
    if days:
        count = int(days.group(1))
        if not 1 <= count <= MAX_DAYS:
            raise ValueError(f"the number of days must be between 1 and {MAX_DAYS}, not {count}")
        return Period(today - timedelta(days=count - 1), today)
    dates = _RANGE.fullmatch(value)
    if dates:
        period = Period.between(_day(dates.group(1)), _day(dates.group(2)))
        # A bound keeps a chat command quick (the figures are read under the storage lock); the command-line
        # export takes any Period.between.
        if period.days > MAX_DAYS:
            raise ValueError(f"a period is at most {MAX_DAYS} days, not {period.days}")
        return period
    raise ValueError(f"{text!r} is not a period: use 7d, 30d or YYYY-MM-DD..YYYY-MM-DD")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a date (YYYY-MM-DD)") from None


# Figures -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkFigures:
    new_people: int
    people_by_language: Counts
    people_by_source: Counts  # campaign of the first /start; NO_CAMPAIGN when there was none
    questions: int
    questions_confident: int
    top_topics: Counts  # answered with confidence, most asked first
    # (topic, helpful, not helpful). The feedback table keeps running totals without dates, so these are the
    # totals since the bot started, whatever the period.
    feedback: tuple[tuple[str, int, int], ...]
    checklists_by_level: Counts

    @property
    def checklists(self) -> int:
        return sum(count for _, count in self.checklists_by_level)

    @property
    def share_confident(self) -> float | None:
        return self.questions_confident / self.questions if self.questions else None


@dataclass(frozen=True)
class CaseFigures:
    total: int
    urgent: int
    by_ngo: Counts  # COORDINATOR for cases the coordinator chat handles
    by_status: Counts  # as they are now
    by_outcome: Counts  # of the closes made in the period, each close once, those reopened since too
    to_claim: Spread
    to_close: Spread  # of those closes, from the request or the reopening each ended; withdrawals left out
    reopened: int = 0  # of those closes, how many cases were reopened since

    @property
    def closes(self) -> int:
        return sum(count for _, count in self.by_outcome)


@dataclass(frozen=True)
class Indicators:
    period: Period
    ngo_ids: tuple[str, ...] | None
    network: NetworkFigures | None  # None for an NGO's staff chat: see the module docstring
    cases: CaseFigures
    screenings: screening_figures.ScreeningFigures | None = None  # of the scope's cases


async def compute(storage: Storage, period: Period, ngo_ids: tuple[str, ...] | None) -> Indicators:
    """All the figures for the period: those of people and cases read in one transaction, so they agree with each
    other; the screenings' just after."""
    scope = None if ngo_ids is None else json.dumps(list(ngo_ids))
    network, cases = await storage.indicator_rows(
        period.day_bounds,
        period.time_bounds,
        scope,
        network=ngo_ids is None,
        no_campaign=NO_CAMPAIGN,
        top_topics=TOP_TOPICS,
        withdrawn=WITHDRAWN,
    )
    screened = screening_figures.figures(*await storage.screening_indicator_rows(period.time_bounds, scope))
    network_figures = None if network is None else _network(network)
    return Indicators(period, ngo_ids, network_figures, _cases(cases), screened)


def _network(rows: NetworkRows) -> NetworkFigures:
    by_language: dict[str, int] = {}
    by_source: dict[str, int] = {}
    for row in rows.people:
        by_language[row["language"]] = by_language.get(row["language"], 0) + row["n"]
        by_source[row["source"]] = by_source.get(row["source"], 0) + row["n"]
    return NetworkFigures(
        new_people=sum(by_language.values()),
        people_by_language=_by_count(by_language),
        people_by_source=_by_count(by_source),
        questions=sum(row["n"] for row in rows.asked),
        questions_confident=sum(row["n"] for row in rows.asked if row["confident"]),
        top_topics=tuple((row["topic_id"], row["n"]) for row in rows.topics),
        feedback=tuple((row["topic_id"], row["helpful"], row["unhelpful"]) for row in rows.feedback),
        checklists_by_level=_in_order({row["level"]: row["n"] for row in rows.levels}, LEVELS),
    )


def _cases(rows: CaseRows) -> CaseFigures:
    # One pass over each list of rows (thousands in a busy month), unpacked in the order bot/storage/indicators.py
    # selects them. A case referred into an NGO's scope twice arrived twice (two times to claim) but is one case.
    cases: dict[int, tuple[str | None, str, int]] = {}
    to_claim: list[int] = []
    for case_id, ngo_id, status, urgent, claim in rows.arrivals:
        cases[case_id] = (ngo_id, status, urgent)
        if claim is not None:
            to_claim.append(claim)
    outcomes: Counter[str] = Counter()
    to_close: list[int] = []
    reopened = 0
    for outcome, close, was_reopened in rows.closes:
        outcomes[outcome] += 1
        if close is not None:
            to_close.append(close)
        reopened += was_reopened
    return CaseFigures(
        total=len(cases),
        urgent=sum(1 for _, _, urgent in cases.values() if urgent),
        by_ngo=_by_count(
            Counter(COORDINATOR if ngo_id is None else ngo_id for ngo_id, _, _ in cases.values())
        ),
        by_status=_in_order(Counter(status for _, status, _ in cases.values()), STATUSES),
        by_outcome=_by_count(outcomes),
        to_claim=spread(to_claim),
        to_close=spread(to_close),
        reopened=reopened,
    )


def _by_count(counts: dict[str, int]) -> Counts:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _in_order(counts: dict[str, int], known: tuple[str, ...]) -> Counts:
    """Known keys in their natural order (zeros included, so a chart's bars stay put), then any others."""
    ordered = [(key, counts.get(key, 0)) for key in known]
    return tuple(ordered) + tuple(item for item in _by_count(counts) if item[0] not in known)


# Aggregated export -------------------------------------------------------------------------------------------

NEEDS = (*SERVICES, "other")
CASE_COUNTS = (
    ("urgent", ("yes",)),
    ("need", NEEDS),
    # as the case is now, like /stats' "by status now": a row counts the cases created in the period
    ("status_now", STATUSES),
    ("outcome_now", (*OUTCOMES, WITHDRAWN)),
)
CHECKLIST_COUNTS = (("risk", LEVELS), ("gender", GENDERS), ("age", AGE_BANDS))
CASE_COLUMNS = ("total", *(f"{name}_{value}" for name, values in CASE_COUNTS for value in values))
CHECKLIST_COLUMNS = ("total", *(f"{name}_{value}" for name, values in CHECKLIST_COUNTS for value in values))
COUNT_COLUMNS = (
    "period_start",
    "period_end",
    "record_type",
    "ngo_id",
    "velayat",
    *CASE_COLUMNS,
    *CHECKLIST_COLUMNS[1:],
    *screening_figures.EXPORT_COLUMNS[1:],
    *screening_figures.CONSULTATION_COLUMNS[1:],
)


async def export_counts(
    storage: Storage, period: Period, min_cell_size: int = MIN_CELL_SIZE
) -> tuple[tuple[str, ...], list[Row]]:
    """The period's counts: one row per NGO and velayat for cases, one per velayat for checklists (module
    docstring), every count from 1 to `min_cell_size - 1` written as "<min_cell_size"."""

    cases, checklists = await storage.export_count_rows(period.day_bounds, period.time_bounds)
    groups: dict[tuple[str, str, str], dict[str, int]] = {}
    for record_type, found, counted, columns in (
        ("case", cases, CASE_COUNTS, CASE_COLUMNS),
        ("checklist", checklists, CHECKLIST_COUNTS, CHECKLIST_COLUMNS),
    ):
        for row in found:
            ngo_id = (row["ngo_id"] or COORDINATOR) if record_type == "case" else ""
            place = row["velayat"] if record_type == "case" else row["region"]
            counts = groups.setdefault((record_type, ngo_id, place or ""), dict.fromkeys(columns, 0))
            counts["total"] += row["n"]
            for name, _ in counted:
                column = f"{name}_{row[name]}"
                if column in counts:
                    counts[column] += row["n"]
    screened = await storage.screening_indicator_rows(period.time_bounds, None)
    for (record_type, ngo_id, velayat), counts in screening_figures.export_records(*screened).items():
        groups[(record_type, ngo_id or COORDINATOR, velayat)] = counts
    rows = []
    for (record_type, ngo_id, velayat), counts in sorted(groups.items()):
        cells = {
            "period_start": period.start.isoformat(),
            "period_end": period.end.isoformat(),
            "record_type": record_type,
            "ngo_id": ngo_id,
            "velayat": velayat,
            **{column: _suppressed(count, min_cell_size) for column, count in counts.items()},
        }
        rows.append(tuple(cells.get(column, "") for column in COUNT_COLUMNS))
    return COUNT_COLUMNS, rows


def _suppressed(count: int, minimum: int) -> str:
    return f"<{minimum}" if 0 < count < minimum else str(count)


# Export --------------------------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "record_type",
    "date",
    "language",
    "region",
    "need",
    "ngo_id",
    "urgent",
    "status",
    "outcome",
    "minutes_to_claim",
    "minutes_to_close",
    "risk_level",
    "flagged",
    "gender",
    "age_band",
)

Row = tuple[str, ...]


async def export_rows(storage: Storage, period: Period) -> tuple[tuple[str, ...], list[Row]]:
    """The anonymised rows of the period's cases and finished checklists (columns in the module docstring)."""

    cases, checklists = await storage.export_record_rows(period.day_bounds, period.time_bounds)
    rows = [_case_row(row) for row in cases] + [_checklist_row(row) for row in checklists]
    return EXPORT_COLUMNS, sorted(rows)


def _case_row(row: StoredRow) -> Row:
    level, flagged = _summary(row["checklist_summary"])
    created = row["created_at"]
    return _row(
        record_type="case",
        date=datetime.fromtimestamp(created, UTC).date().isoformat(),
        language=row["language"],
        region=row["velayat"],
        need=row["need"],
        ngo_id=row["ngo_id"],
        urgent=str(int(row["urgent"])),
        status=row["status"],
        outcome=row["outcome"],
        minutes_to_claim=_minutes(created, row["claimed_at"]),
        minutes_to_close=_minutes(created, row["closed_at"]),
        risk_level=level,
        flagged=flagged,
    )


def _checklist_row(row: StoredRow) -> Row:
    return _row(
        record_type="checklist",
        date=row["finished_on"],
        language=row["language"],
        region=row["region"],
        risk_level=row["level"],
        flagged=";".join(key for key in row["flagged"].split(",") if key),
        gender=row["gender"],
        age_band=row["age_band"],
    )


def _row(**values: str | None) -> Row:
    return tuple(values.get(column) or "" for column in EXPORT_COLUMNS)


def _minutes(start: int, end: int | None) -> str | None:
    return None if end is None else str(max(0, end - start) // 60)


def _summary(summary: str | None) -> tuple[str | None, str | None]:
    """A case's checklist summary is "level" or "level: key, key=answer" (see bot.handoff.checklist_summary); the
    export names the keys only, as it always has."""
    if not summary:
        return None, None
    level, _, keys = summary.partition(":")
    return level.strip(), ";".join(key.partition("=")[0].strip() for key in keys.split(",") if key.strip())


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with a BOM, which spreadsheet programs need to read Cyrillic or Turkmen letters correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_safe_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _safe_cell(value: str) -> str:
    # A cell starting like a formula would run as one in a spreadsheet (CSV injection); no real value starts so.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(csv_bytes(columns, rows))


async def export_file(
    database: Path, period: Period, out: Path, *, min_cell_size: int = MIN_CELL_SIZE, rows: bool = False
) -> int:
    """For the command line: write the period's counts (or, with `rows`, its row-level export) as CSV to `out`;
    returns the number of rows."""
    storage = await Storage.open(database)
    try:
        if rows:
            columns, lines = await export_rows(storage, period)
        else:
            columns, lines = await export_counts(storage, period, min_cell_size)
    finally:
        await storage.close()
    write_csv(out, columns, lines)
    return len(lines)


# Weekly report -------------------------------------------------------------------------------------------------


def report_due(now_utc: datetime, day: int, hour: int, last_posted_week: str | None) -> str | None:
    """The ISO week ("2026-W03") whose report is due at `now_utc`, or None.

    The report is scheduled on ISO weekday `day` (1 = Monday) at `hour` UTC. The latest scheduled time that has
    passed is due unless its week was already posted: so a restart does not post it twice, and a bot that was down
    at the hour posts it when it comes back. Only the latest missed week is posted, never a backlog."""
    if not 1 <= day <= 7 or not 0 <= hour <= 23:
        raise ValueError(f"weekly report: day must be 1-7 and hour 0-23, not {day} and {hour}")
    now = now_utc.replace(tzinfo=UTC) if now_utc.tzinfo is None else now_utc.astimezone(UTC)
    monday = now.date() - timedelta(days=now.isoweekday() - 1)
    scheduled = datetime.combine(monday + timedelta(days=day - 1), time(hour), tzinfo=UTC)
    if scheduled > now:
        scheduled -= timedelta(days=7)
    year, week, _ = scheduled.isocalendar()
    label = f"{year}-W{week:02d}"
    # Labels are zero-padded, so they sort in time order: a later week already posted also means "not due".
    if last_posted_week is not None and last_posted_week >= label:
        return None
    return label


def week_period(week: str, day: int) -> Period:
    """The seven whole days before the week's scheduled day: what its report covers, even when posted late."""
    year, number = week.split("-W")
    scheduled = date.fromisocalendar(int(year), int(number), day)
    return Period(scheduled - timedelta(days=7), scheduled - timedelta(days=1))
