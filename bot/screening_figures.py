"""The network's indicators from screenings: how many were done, and of the persons identified as trafficked, the
form of exploitation, destination, sex, age band and the assistance their case was closed with; and the specialist
consultations asked and given, by role. Counts only, from
the decision's columns (bot/storage/screening.py), never an answer; a count from 1 to the minimum cell size - 1 is
shown as "<N" wherever it leaves the bot (`cell`).

A screening counts in the period it was finished in; a person is identified by the staff's judgement where they
recorded one, else by the decision (bot/screening.py `identified`). A person named with two forms of exploitation
counts under both. Telegram-free."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.countries import ORDER
from bot.screening import AGE_BANDS, PURPOSES, SEXES, UNKNOWN, identified
from bot.specialists import ROLES
from bot.storage.connection import Row

ASSISTANCE = ("legal", "psychological", "medical", "shelter", "reintegration")  # of bot.handoff.OUTCOMES
COUNTRIES = (*ORDER, UNKNOWN)  # a destination pack added later is counted as "other"

Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ScreeningFigures:
    done: int
    identified: int
    by_form: Counts
    by_country: Counts
    by_sex: Counts
    by_age: Counts
    assistance: Counts  # identified persons' cases closed with each type of assistance
    consultations: tuple[tuple[str, int, int], ...] = ()  # (role, asked, done) of specialist requests


def _country(code: str) -> str:
    return code if code in COUNTRIES else "other"


def _count(values: Iterable[str], known: tuple[str, ...]) -> Counts:
    """Known keys in their order, those with a count only."""
    found: dict[str, int] = {}
    for value in values:
        found[value] = found.get(value, 0) + 1
    return tuple((key, found[key]) for key in known if found.get(key))


def figures(rows: Iterable[Row], requests: Iterable[Row] = ()) -> ScreeningFigures:
    """From bot/storage/screening.py's `screening_indicator_rows`: the screenings, and the specialist requests (a
    request asked in the period counts as asked, and as done once done)."""
    rows = list(rows)
    people = [row for row in rows if identified(row["verdict"], row["judgement"])]
    return ScreeningFigures(
        done=len(rows),
        identified=len(people),
        by_form=_count((form for row in people for form in row["forms"].split(",") if form), PURPOSES),
        by_country=_count((_country(row["country"]) for row in people), COUNTRIES),
        by_sex=_count((row["sex"] for row in people), (*SEXES, UNKNOWN)),
        by_age=_count((row["age_band"] for row in people), AGE_BANDS),
        assistance=_count((row["outcome"] for row in people if row["outcome"]), ASSISTANCE),
        consultations=_consultations(requests),
    )


def _consultations(rows: Iterable[Row]) -> tuple[tuple[str, int, int], ...]:
    asked: dict[str, int] = {}
    done: dict[str, int] = {}
    for row in rows:
        asked[row["role"]] = asked.get(row["role"], 0) + row["n"]
        if row["status"] == "done":
            done[row["role"]] = done.get(row["role"], 0) + row["n"]
    return tuple((role, asked[role], done.get(role, 0)) for role in ROLES if role in asked)


def cell(count: int, minimum: int) -> str:
    """A count as it may be shown: from 1 to `minimum - 1` as "<minimum", so no figure points at one person."""
    return f"<{minimum}" if 0 < count < minimum else str(count)


# The export: one row per NGO and velayat of the screenings finished in the period (bot/indicators.py).
EXPORT_COUNTS = (
    ("form", PURPOSES),
    ("country", COUNTRIES),
    ("sex", (*SEXES, UNKNOWN)),
    ("age_band", AGE_BANDS),  # not "age": the checklists' columns are age_<band>, with other bands
    ("assistance", ASSISTANCE),
)
EXPORT_COLUMNS = (
    "total",
    "identified",
    *(f"{name}_{value}" for name, values in EXPORT_COUNTS for value in values),
)


def export_groups(rows: Iterable[Row]) -> dict[tuple[str | None, str], dict[str, int]]:
    """(ngo id or None for the coordinator chat, velayat) -> the counts of EXPORT_COLUMNS."""
    groups: dict[tuple[str | None, str], dict[str, int]] = {}
    for row in rows:
        counts = groups.setdefault((row["ngo_id"], row["velayat"] or ""), dict.fromkeys(EXPORT_COLUMNS, 0))
        counts["total"] += 1
        if not identified(row["verdict"], row["judgement"]):
            continue
        counts["identified"] += 1
        values = {
            "form": [form for form in row["forms"].split(",") if form],
            "country": [_country(row["country"])],
            "sex": [row["sex"]],
            "age_band": [row["age_band"]],
            "assistance": [row["outcome"]] if row["outcome"] else [],
        }
        for name, found in values.items():
            for value in found:
                column = f"{name}_{value}"
                if column in counts:
                    counts[column] += 1
    return groups


# The export's consultations: one row per NGO and velayat of the specialist requests asked in the period.
CONSULTATION_COLUMNS = ("total", *(f"{role}_{count}" for role in ROLES for count in ("asked", "given")))


def export_records(
    screenings: Iterable[Row], requests: Iterable[Row]
) -> dict[tuple[str, str | None, str], dict[str, int]]:
    """(record type, ngo id or None for the coordinator chat, velayat) -> its counts: the screenings (EXPORT_COLUMNS)
    and the specialist consultations (CONSULTATION_COLUMNS) of each NGO and velayat."""
    records = {("screening", *place): counts for place, counts in export_groups(screenings).items()}
    for row in requests:
        place = ("consultation", row["ngo_id"], row["velayat"] or "")
        counts = records.setdefault(place, dict.fromkeys(CONSULTATION_COLUMNS, 0))
        counts["total"] += row["n"]
        counts[f"{row['role']}_asked"] += row["n"]
        if row["status"] == "done":
            counts[f"{row['role']}_given"] += row["n"]
    return records
