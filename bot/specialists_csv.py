"""The specialists' roster as a spreadsheet, like the NGO directory's (bot/directory_csv.py): `export` writes the
roster the bot reads as a CSV, one row per specialist; `import` checks a CSV cell by cell and writes the TOML file
the bot reads (bot/specialists.py). Every bad cell is one line naming the row, the column and the fix."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from bot.config import LOCALES_DIR, Config
from bot.directory import ID, VELAYATS, Directory
from bot.directory_csv import ENCODING, NO, YES, CsvError, csv_text, read_sheet, toml_value
from bot.languages import LANGUAGES
from bot.specialists import (
    EXAMPLE_ROSTER,
    FIELDS,
    MAX_ID_LENGTH,
    ROLES,
    Roster,
    RosterError,
    Specialist,
    load_roster,
)
from bot.spreadsheet_command import Spreadsheet

TEMPLATE = LOCALES_DIR / "specialists.template.csv"
COLUMNS = FIELDS

__all__ = ["COLUMNS", "ENCODING", "TEMPLATE", "CsvError", "export_csv", "import_csv", "import_file"]


def export_csv(roster: Roster) -> str:
    """The roster as CSV text, one row per specialist in file order, every column present."""
    return csv_text(
        COLUMNS, ([_cell(specialist, column) for column in COLUMNS] for specialist in roster.specialists)
    )


def _cell(specialist: Specialist, column: str) -> str:
    value = getattr(specialist, column)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def import_csv(text: str, source: str = "specialists.csv", directory: Directory | None = None) -> str:
    """The TOML text of the roster in a CSV's `text`; CsvError listing every bad cell."""
    header, rows = read_sheet(text, source, COLUMNS, TEMPLATE, "each")
    problems: list[str] = []
    entries: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(header)}

        def bad(column: str, problem: str, number: int = number) -> None:
            problems.append(f"{source}: row {number}, column {column!r}: {problem}")

        entries.append(_entry(cells, bad, directory))
        if cells["id"] in seen:
            bad("id", f"{cells['id']!r} is also the id of row {seen[cells['id']]}. Give each their own id.")
        seen.setdefault(cells["id"], number)
    if problems:
        raise CsvError(problems)
    lines = [
        f"# The specialists' roster, written by `python -m bot specialists import` from {Path(source).name}.",
        "# Edit the spreadsheet and import it again rather than this file; the columns are in docs/specialists.md.",
    ]
    for entry in entries:
        lines += ["", "[[specialist]]", *(f"{key} = {toml_value(value)}" for key, value in entry.items())]
    return "\n".join(lines) + "\n"


def _entry(
    cells: Mapping[str, str], bad: Callable[[str, str], None], directory: Directory | None
) -> dict[str, object]:
    entry: dict[str, object] = {}
    if not ID.fullmatch(cells["id"]) or len(cells["id"]) > MAX_ID_LENGTH:
        bad(
            "id", f"{cells['id']!r}: use a short id (lower-case letters, digits, dashes), like mary-lawyer-1."
        )
    entry["id"] = cells["id"]
    role = cells["role"].lower().replace(" ", "_")
    if role not in ROLES:
        bad("role", f"{cells['role']!r}: use one of: {', '.join(ROLES)}.")
    entry["role"] = role
    if not cells["organisation"] or (directory is not None and directory.get(cells["organisation"]) is None):
        bad(
            "organisation",
            f"{cells['organisation']!r} is not the id of an organisation in the NGO directory.",
        )
    entry["organisation"] = cells["organisation"]
    for column, allowed in (("languages", LANGUAGES), ("velayats", VELAYATS)):
        items = [word for word in re.split(r"[\s,;]+", cells[column].lower()) if word]
        if not items:
            bad(column, f"is empty; list them, separated by commas, from: {', '.join(allowed)}.")
        for item in items:
            if item not in allowed:
                bad(column, f"{item!r}: use: {', '.join(allowed)}.")
        entry[column] = items
    home = cells["home_visits"].lower()
    if home not in (*YES, *NO):
        bad("home_visits", f"{cells['home_visits']!r}: write yes if they visit people at home, else no.")
    entry["home_visits"] = home in YES
    if not re.fullmatch(r"-[1-9][0-9]*", cells["staff_chat_id"]):
        bad(
            "staff_chat_id",
            f"{cells['staff_chat_id']!r}: a group's chat id is negative, like -1001234567890.",
        )
        entry["staff_chat_id"] = -1
    else:
        entry["staff_chat_id"] = int(cells["staff_chat_id"])
    language = cells["staff_language"].lower()
    if language not in LANGUAGES:
        bad("staff_language", f"{cells['staff_language']!r}: use one of: {', '.join(LANGUAGES)}.")
    entry["staff_language"] = language
    if cells["contact"]:
        entry["contact"] = cells["contact"]
    return entry


def spreadsheet(config: Config) -> Spreadsheet:
    """The roster as `python -m bot specialists export/import` handles it (bot/spreadsheet_command.py), checked
    against the configured directory."""
    directory = Directory.load(config.directory_path)

    def export() -> tuple[str, int]:
        roster = load_roster(config.specialists_path, directory)
        return export_csv(roster), len(roster)

    return Spreadsheet(
        "specialists",
        "specialists",
        "[directory] specialists",
        "specialists.toml",
        EXAMPLE_ROSTER,
        export,
        lambda csv_path, toml_path: (import_file(csv_path, toml_path, directory), []),
    )


def import_file(csv_path: Path, toml_path: Path, directory: Directory | None = None) -> int:
    """Check `csv_path` and write the TOML at `toml_path` only when it is entirely good, loaded back as the bot
    loads it; the number of specialists."""
    try:
        text = csv_path.read_text(encoding=ENCODING)
    except OSError as error:
        raise CsvError([f"{csv_path}: cannot be read ({error.strerror or error})."]) from None
    except UnicodeDecodeError:
        raise CsvError([f'{csv_path}: not UTF-8 text. Save the spreadsheet as "CSV UTF-8".']) from None
    toml = import_csv(text, str(csv_path), directory)
    staged = toml_path.with_name(toml_path.name + ".new")
    try:
        staged.write_text(toml, encoding="utf-8")
    except OSError as error:
        raise CsvError([f"{toml_path}: cannot be written ({error.strerror or error})."]) from None
    try:
        count = len(Roster.load(staged, directory))
    except RosterError:
        staged.unlink()
        raise
    staged.replace(toml_path)
    return count
