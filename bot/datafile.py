"""Reading a data file's TOML (the NGO directory, the specialists' roster, the destination packs) with one set of
errors worded for whoever edits the file, and naming a day that does not exist, which TOML only calls invalid."""

from __future__ import annotations

import calendar
import re
import tomllib
from pathlib import Path

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# tomllib's messages end with "(at line N, column M)".
_AT = re.compile(r"\(at line (\d+), column \d+\)")
_KEY_AND_DAY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=\s*(\d{4}-\d{2}-\d{2})\b")
# A day written another way: 2026-12-6, 06.12.2026, 6/12/2026 (day first, as in Russia and Turkmenistan).
_OTHER_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./](\d{1,2})[./](\d{4})")
_KEY_AND_OTHER_DAY = re.compile(
    r"\s*([A-Za-z0-9_-]+)\s*=\s*[\"']?(" + _OTHER_DAY.pattern + r")[\"']?\s*(#.*)?$"
)
_TABLE = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
_MONTHS = "January February March April May June July August September October November December".split()


def read_data_file(path: Path, error: type[Exception], missing: str, entries: str) -> dict[str, object]:
    """A data file's TOML, or `error` naming the file, what is wrong and the fix: `missing` says which setting names
    the file, `entries` how each entry starts."""
    try:
        # utf-8-sig: Windows editors save "UTF-8 with BOM", whose invisible first character TOML refuses.
        text = path.read_text(encoding="utf-8-sig")
        return tomllib.loads(text)
    except FileNotFoundError:
        raise error(f"{path}: file not found. {missing}") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot be read ({problem}). Check the file and its permissions.") from None
    except tomllib.TOMLDecodeError as problem:
        day = impossible_day(text, problem)
        if day:
            raise error(f"{path}: {day}") from None
        raise error(
            f"{path}: not valid TOML: {problem}. Fix the syntax at that line (strings need quotes; {entries})."
        ) from None


def calendar_problem(text: str) -> str | None:
    """Why `text`, written as a day (2026-02-30), is no day of the calendar; None for a real day or other text."""
    match = _DAY.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    if year < 1:
        return f"{text} is not a day of the calendar: there is no year 0"
    if not 1 <= month <= 12:
        return f"{text} is not a day of the calendar: there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{text} is not a day of the calendar: {_MONTHS[month - 1]} {year} has {days} days"
    return None


def quoted_day(key: str, text: str) -> str | None:
    """What to tell of a day written in quotes, which TOML reads as text: that it is not a day of the calendar
    ("2026-02-30"), or to drop the quotes ("2026-12-01"); None for text not written as a day."""
    problem = calendar_problem(text)
    if problem:
        return f"{problem}. Write the day it was, unquoted, like {key} = YYYY-MM-DD."
    if _DAY.fullmatch(text.strip()):
        return f"write the day without quotes: {key} = {text.strip()}."
    return other_day(key, text.strip())


def other_day(key: str, text: str) -> str | None:
    """What to tell of a day written another way than TOML's (2026-12-6, 06.12.2026): how to write it, the day
    itself when it can be told; None for text not written as a day."""
    match = _OTHER_DAY.fullmatch(text)
    if match is None or _DAY.fullmatch(text):
        return None
    year, month, day = match.group(1, 2, 3) if match.group(1) else match.group(6, 5, 4)
    iso = f"{year}-{int(month):02d}-{int(day):02d}"
    example = iso if calendar_problem(iso) is None else "2026-12-06"
    return (
        f"{text!r} is not a day as TOML writes it: write it as YYYY-MM-DD (a four-digit year, a two-digit month "
        f"and day, dashes) without quotes, like {key} = {example}."
    )


def impossible_day(text: str, error: tomllib.TOMLDecodeError) -> str | None:
    """For TOML refused at a day that does not exist (`confirmed_on = 2026-02-30`, which tomllib calls an invalid
    date, so the usual hint about quotes would send the operator round in a loop): where it is and the fix, like
    "[hotline] confirmed_on (line 27): 2026-02-30 is not a day of the calendar: …"; the same for a day written
    another way, which TOML cannot read (`checked = 2026-12-6`). None for any other error."""
    at = _AT.search(str(error))
    lines = text.splitlines()
    if at is None or not 1 <= int(at.group(1)) <= len(lines):
        return None
    number = int(at.group(1))
    written = _KEY_AND_DAY.match(lines[number - 1])
    problem = calendar_problem(written.group(2)) if written else None
    fix = None
    if written is None or problem is None:
        written = _KEY_AND_OTHER_DAY.match(lines[number - 1])
        fix = other_day(written.group(1), written.group(2)) if written else None
        if written is None or fix is None:
            return None
    key = written.group(1)
    # The table the key is in: "[hotline]", or "[[fact]] #3" for the third of an array of tables.
    table = ""
    counts: dict[str, int] = {}
    for line in lines[: number - 1]:
        header = _TABLE.match(line)
        if header:
            brackets, name = header.groups()
            counts[name] = counts.get(name, 0) + 1
            table = f"[[{name}]] #{counts[name]} " if brackets == "[[" else f"[{name}] "
    fix = fix or f"{problem}. Write the day it was, unquoted, like {key} = YYYY-MM-DD."
    return f"{table}{key} (line {number}): {fix}"
