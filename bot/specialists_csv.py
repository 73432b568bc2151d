"""The roster of specialists from a spreadsheet, as bot/directory_csv.py does for the NGO directory: a CSV with one
row per specialist (the columns are bot/specialists.py KEYS; lists separated by ";" or spaces, yes/no for home
visits) checked row by row into the TOML file the bot reads. Every bad row is one line naming the row as the
spreadsheet numbers it (the header being row 1) and what is wrong, so the operator fixes them all in one pass."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from bot.directory_csv import ENCODING, CsvError, _toml_value
from bot.specialists import KEYS, Roster, SpecialistError, parse

_YES = ("yes", "true", "1", "да", "hawa")
_NO = ("", "no", "false", "0", "нет", "ýok")
_LISTS = ("languages", "velayats")


def import_csv(text: str, source: str = "specialists.csv") -> str:
    """The TOML text of the roster in a CSV's `text`; CsvError listing every bad row."""
    text = text.lstrip("\ufeff")
    first_line = text.partition("\n")[0]
    # Spreadsheets set to Russian save CSV with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise CsvError([f"{source}: the file is empty: a header row ({', '.join(KEYS)}), then one row each."])
    header = [name.strip().lower() for name in rows[0]]
    problems = [f"{source}: row 1: column {name!r} is missing." for name in KEYS if name not in header]
    problems += [f"{source}: row 1: unknown column {name!r}." for name in header if name and name not in KEYS]
    if problems:
        raise CsvError(problems)
    entries: list[dict[str, object]] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(header)}
        entry = _entry(cells)
        if isinstance(entry, str):
            problems.append(f"{source}: row {number}: {entry}")
            continue
        try:
            parse(Path(source), {"specialist": [entry]})
        except SpecialistError as error:
            problems.append(f"{source}: row {number}: {str(error).split(': ', 2)[-1]}")
            continue
        entries.append(entry)
    if not problems:
        try:
            parse(Path(source), {"specialist": entries})  # across rows: an id used twice
        except SpecialistError as error:
            problems.append(str(error))
    if problems:
        raise CsvError(problems)
    lines = [
        f"# The roster of specialists, written from {Path(source).name}; edit the spreadsheet, not this file."
    ]
    for entry in entries:
        lines += ["", "[[specialist]]", *(f"{key} = {_toml_value(entry[key])}" for key in KEYS)]
    return "\n".join(lines) + "\n"


def _entry(cells: dict[str, str]) -> dict[str, object] | str:
    """One specialist's table from a row, or what is wrong with it."""
    entry: dict[str, object] = {key: cells[key] for key in KEYS}
    for key in _LISTS:
        entry[key] = [item for item in re.split(r"[;,\s]+", cells[key].lower()) if item]
    home = cells["home_visits"].lower()
    if home not in _YES + _NO:
        return f"column 'home_visits' is {cells['home_visits']!r}: write yes or no"
    entry["home_visits"] = home in _YES
    try:
        entry["staff_chat_id"] = int(cells["staff_chat_id"])
    except ValueError:
        return (
            f"column 'staff_chat_id' is {cells['staff_chat_id']!r}: the group's id, a negative whole number"
        )
    return entry


def import_file(csv_path: Path, toml_path: Path) -> int:
    """Check `csv_path` and write the TOML at `toml_path` only when it is entirely good; the number of specialists."""
    try:
        text = csv_path.read_text(encoding=ENCODING)
    except (OSError, UnicodeDecodeError) as error:
        raise CsvError([f'{csv_path}: cannot be read as "CSV UTF-8" ({error}).']) from None
    toml = import_csv(text, str(csv_path))
    try:
        toml_path.write_text(toml, encoding="utf-8")
    except OSError as error:
        raise CsvError([f"{toml_path}: cannot be written ({error.strerror or error})."]) from None
    return len(Roster.load(toml_path))
