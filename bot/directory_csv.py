"""The NGO directory as a spreadsheet: `export` writes the directory the bot reads as a CSV, one row per
organisation; `import` checks a CSV cell by cell and writes the TOML file the bot reads (bot/directory.py).

Every bad cell is one line naming the row (as the spreadsheet numbers it, the header being row 1), the column and
what is wrong, so the operator fixes them all in one pass; a cell people would read badly (empty in one language,
Turkmen in Cyrillic letters) is a warning line in the same form. The columns are documented in docs/directory.md."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from bot.config import LOCALES_DIR
from bot.country_map import country_at
from bot.directory import ID, SERVICES, TEXT_FIELDS, VELAYATS, Directory, DirectoryError, Ngo, pack_codes
from bot.languages import COMPLETE_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGES, wrong_script
from bot.phones import NGO_PHONE, ngo_phone_length_problem

TEMPLATE = LOCALES_DIR / "ngos.template.csv"
# Spreadsheets open a CSV as UTF-8 only when it starts with a byte-order mark; reading strips it if present.
ENCODING = "utf-8-sig"
COLUMNS = (
    "id",
    *(f"name_{language}" for language in LANGUAGES),
    "velayat",
    "country",
    "remote",
    *(f"town_{language}" for language in LANGUAGES),
    *(f"address_{language}" for language in LANGUAGES),
    "phone",
    *(f"hours_{language}" for language in LANGUAGES),
    "latitude",
    "longitude",
    "services",
    "staff_chat_id",
    "staff_language",
)
# Turkmenistan's extent, with a margin: an office in a velayat outside it has its coordinates wrong (often swapped).
_TURKMENISTAN = ((35.0, 43.0), (52.0, 67.0))
# A yes/no cell as a spreadsheet may say it, in the three languages (the roster's import reads them too).
YES = ("yes", "true", "1", "да", "hawa")
NO = ("", "no", "false", "0", "нет", "ýok")


class CsvError(Exception):
    """A spreadsheet the directory cannot be made from: one line per problem in `lines`."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def export_csv(directory: Directory) -> str:
    """The directory as CSV text, one row per organisation in file order, every column present."""
    return csv_text(COLUMNS, ([_cell(ngo, column) for column in COLUMNS] for ngo in directory.ngos))


def csv_text(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A header and rows as the CSV text an operator opens in a spreadsheet (the roster's export uses it too)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _cell(ngo: Ngo, column: str) -> str:
    field, _, language = column.rpartition("_")
    if field in TEXT_FIELDS and language in LANGUAGES:
        texts: Mapping[str, str] = getattr(ngo, field)
        return texts.get(language, "")
    value = {
        "services": ", ".join(ngo.services),
        "remote": "yes" if ngo.remote else "",
        "latitude": repr(ngo.latitude),
        "longitude": repr(ngo.longitude),
    }.get(column, getattr(ngo, column))
    return "" if value is None else str(value)


def read_sheet(
    text: str, source: str, columns: tuple[str, ...], template: Path, per: str, optional: tuple[str, ...] = ()
) -> tuple[list[str], list[list[str]]]:
    """A spreadsheet's CSV `text` as its header (lower case) and rows, the semicolons of comma-decimal locales
    understood; CsvError for an empty file or a header with an unknown, missing (unless `optional`) or repeated
    column (`template`: the file to start from; `per` ends the empty file's hint, "per organisation")."""
    text = text.lstrip("\ufeff")
    first_line = text.partition("\n")[0]
    # Spreadsheets set to Russian (and other comma-decimal locales) save CSV with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise CsvError(
            [f"{source}: the file is empty. Start from {template.name}: a header row, then one row {per}."]
        )
    header = [name.strip().lower() for name in rows[0]]
    problems = [
        f"{source}: row 1, column {name!r}: unknown column. Remove it or correct its name; the columns are: "
        f"{', '.join(columns)}."
        for name in header
        if name and name not in columns
    ]
    problems += [
        f"{source}: row 1: column {name!r} is missing. Add it (see {template.name})."
        for name in columns
        if name not in header and name not in optional
    ]
    problems += [
        f"{source}: row 1, column {name!r}: appears twice. Keep one."
        for index, name in enumerate(header)
        if name and name in header[:index]
    ]
    if problems:
        raise CsvError(problems)
    return header, rows


def import_csv(text: str, source: str = "directory.csv") -> str:
    """The TOML text of the directory in a CSV's `text`; CsvError listing every bad cell."""
    return read_csv(text, source)[0]


def read_csv(text: str, source: str = "directory.csv") -> tuple[str, list[str]]:
    """The TOML text of the directory in a CSV's `text`, and a warning per cell people would read badly (a text
    left empty in one language, Turkmen in Cyrillic letters); CsvError listing every bad cell."""
    # The columns of a language being added may be missing: a spreadsheet made before it was registered, or the
    # template, still imports (its texts are shown in English, as a directory TOML without them is).
    adding = tuple(
        f"{field}_{language}"
        for language in LANGUAGES
        if language not in COMPLETE_LANGUAGES
        for field in TEXT_FIELDS
    )
    header, rows = read_sheet(text, source, COLUMNS, TEMPLATE, "per organisation", optional=adding)
    problems: list[str] = []
    warnings: list[str] = []
    absent = [column for column in adding if column not in header]
    for language in dict.fromkeys(column.rsplit("_", 1)[1] for column in absent):
        named = ", ".join(column for column in absent if column.endswith(f"_{language}"))
        warnings.append(
            f"{source}: row 1: no column {named}: people reading in {language} see the English texts. Add the "
            f"columns when the texts are translated (python -m bot directory export writes a CSV with every column)."
        )
    entries: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    untranslated: dict[str, list[int]] = {}  # a column of a language being added → the rows it is empty in
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines between groups of organisations are allowed
        cells = dict.fromkeys(absent, "")
        cells.update(
            {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(header)}
        )

        def bad(column: str, problem: str, number: int = number) -> None:
            problems.append(f"{source}: row {number}, column {column!r}: {problem}")

        def note(column: str, problem: str, number: int = number) -> None:
            warnings.append(f"{source}: row {number}, column {column!r}: {problem}")

        def missing(column: str, number: int = number) -> None:
            untranslated.setdefault(column, []).append(number)

        entry = _entry(cells, bad, note, missing)
        entry_id = cells["id"]
        if entry_id in seen:
            bad(
                "id",
                f"{entry_id!r} is also the id of row {seen[entry_id]}. Give each organisation its own id.",
            )
        seen.setdefault(entry_id, number)
        entries.append(entry)
    if not entries and not problems:
        problems.append(f"{source}: no organisations: add one row per organisation under the header.")
    if problems:
        raise CsvError(problems)
    # A language being added is empty everywhere at first: one line per column, as check-config says it
    for column, numbers in untranslated.items():
        if column in absent:
            continue  # said once above
        shown = ", ".join(map(str, numbers[:3])) + (", …" if len(numbers) > 3 else "")
        language = column.rsplit("_", 1)[1]
        warnings.append(
            f"{source}: column {column!r} is empty in {len(numbers)} of {len(entries)} rows ({shown}): people "
            f"reading in {language} see the English text ({column.rsplit('_', 1)[0]}_{DEFAULT_LANGUAGE}). Fill it in."
        )
    return render_toml(entries, source), warnings


_Report = Callable[[str, str], None]


def _entry(
    cells: Mapping[str, str], bad: _Report, note: _Report, missing: Callable[[str], None]
) -> dict[str, object]:
    """One organisation's TOML table from its row's cells, each bad cell reported through `bad`, each cell people
    would read badly through `note`, an empty text of a language still being added through `missing`."""
    entry: dict[str, object] = {}
    if not ID.fullmatch(cells["id"]):
        bad(
            "id",
            f"{cells['id']!r} is not an id: use lower-case letters, digits and dashes, like mary-legal-aid.",
        )
    entry["id"] = cells["id"]
    for field in TEXT_FIELDS:
        texts = {
            language: cells[f"{field}_{language}"] for language in LANGUAGES if cells[f"{field}_{language}"]
        }
        if DEFAULT_LANGUAGE not in texts:
            bad(f"{field}_{DEFAULT_LANGUAGE}", "is empty. It is the text shown when a language has none.")
        for language in LANGUAGES:
            column = f"{field}_{language}"
            if language not in texts and language not in COMPLETE_LANGUAGES:
                missing(column)
            elif language not in texts and language != DEFAULT_LANGUAGE:
                note(
                    column,
                    f"is empty: people reading in {language} see the English text ({field}_{DEFAULT_LANGUAGE}). "
                    "Fill it in.",
                )
            advice = wrong_script(language, texts.get(language, ""))
            if advice:
                note(column, f"{advice}.")
        entry[field] = texts
    velayat, country = cells["velayat"].lower(), cells["country"].lower()
    if velayat and country:
        bad("country", "an organisation is either in a velayat or abroad: leave velayat or country empty.")
    elif velayat:
        if velayat not in VELAYATS:
            bad("velayat", f"{cells['velayat']!r} is not a velayat; use one of: {', '.join(VELAYATS)}.")
        entry["velayat"] = velayat
    elif country:
        codes = pack_codes()
        if country not in codes:
            bad(
                "country",
                f"{cells['country']!r} has no destination pack; use one of: {', '.join(codes)} "
                "(see docs/countries.md to add one).",
            )
        entry["country"] = country
    else:
        bad(
            "velayat",
            f"is empty, and so is country. Write its velayat ({', '.join(VELAYATS)}) or, for an "
            "organisation abroad, the country's pack code (like tr).",
        )
    remote = cells["remote"].lower()
    if remote not in (*YES, *NO):
        bad(
            "remote",
            f"{cells['remote']!r}: write yes if it consults people abroad remotely, else leave it empty.",
        )
    if remote in YES:
        entry["remote"] = True
    if not NGO_PHONE.fullmatch(cells["phone"]):
        bad(
            "phone",
            f"{cells['phone']!r} is not a number in international form; write it like +993 12 345678.",
        )
    elif wrong_length := ngo_phone_length_problem(cells["phone"]):
        bad("phone", f"{cells['phone']!r} {wrong_length}.")  # as check-config, which would refuse the file
    entry["phone"] = cells["phone"]
    latitude = _degrees(cells, "latitude", 90, bad)
    longitude = _degrees(cells, "longitude", 180, bad)
    entry["latitude"], entry["longitude"] = latitude or 0.0, longitude or 0.0
    if latitude is not None and longitude is not None:
        problem = _misplaced(velayat, country, latitude, longitude)
        if problem:
            bad("latitude", f"{cells['latitude']}, {cells['longitude']} {problem}")
    entry["services"] = _services(cells["services"], bad)
    entry["staff_chat_id"] = _chat_id(cells["staff_chat_id"], bad)
    language = cells["staff_language"].lower()
    if language not in LANGUAGES:
        bad("staff_language", f"{cells['staff_language']!r}: use one of: {', '.join(LANGUAGES)}.")
    entry["staff_language"] = language
    return entry


def _degrees(
    cells: Mapping[str, str], column: str, bound: int, bad: Callable[[str, str], None]
) -> float | None:
    text = cells[column].replace(",", ".")  # a decimal comma, as spreadsheets in many locales write it
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not -bound <= value <= bound:
        bad(column, f"{cells[column]!r} is not a number of degrees from -{bound} to {bound}, like 37.594.")
        return None
    return value


def _misplaced(velayat: str, country: str, latitude: float, longitude: float) -> str | None:
    """What is wrong with an office's location for its velayat or country, if it is plainly wrong (often swapped)."""
    (south, north), (west, east) = _TURKMENISTAN
    if velayat in VELAYATS and not (south <= latitude <= north and west <= longitude <= east):
        return (
            "is outside Turkmenistan. Check the office's location; latitude (north, about 35 to 43) comes first, "
            "then longitude (east, about 52 to 67)."
        )
    # The packs' outlines are coarse near borders, so only a point whose swapped pair fits the country is refused.
    if country and country_at(latitude, longitude) != country and country_at(longitude, latitude) == country:
        return (
            f"looks swapped: that point is outside {country}, the other way round is inside. Latitude (north) "
            "comes first, then longitude (east)."
        )
    return None


def _services(cell: str, bad: Callable[[str, str], None]) -> list[str]:
    services = [word for word in re.split(r"[\s,;]+", cell.lower()) if word]
    allowed = ", ".join(SERVICES)
    if not services:
        bad("services", f"is empty. List what it offers, separated by commas, from: {allowed}.")
    for service in services:
        if service not in SERVICES:
            bad("services", f"{service!r} is not a service; use: {allowed}.")
    if len(set(services)) != len(services):
        bad("services", "lists a service twice; list each once.")
    return services


def _chat_id(cell: str, bad: Callable[[str, str], None]) -> int:
    if not re.fullmatch(r"-[1-9][0-9]*", cell):
        bad(
            "staff_chat_id",
            f"{cell!r} is not a group's chat id: group ids are negative whole numbers, like -1001234567890 "
            "(the bot's /whoami in the group shows it).",
        )
        return 0
    return int(cell)


def render_toml(entries: Iterable[Mapping[str, object]], source: str) -> str:
    """The directory file for checked entries, keys in the order of locales/ngos.example.toml."""
    lines = [
        f"# The NGO directory, written by `python -m bot directory import` from {Path(source).name}.",
        "# Edit the spreadsheet and import it again rather than this file; the columns are in docs/directory.md.",
    ]
    order = (
        "id",
        "name",
        "velayat",
        "country",
        "remote",
        "town",
        "address",
        "phone",
        "hours",
        "latitude",
        "longitude",
        "services",
        "staff_chat_id",
        "staff_language",
    )
    for entry in entries:
        lines += ["", "[[ngo]]"]
        lines += [f"{key} = {toml_value(entry[key])}" for key in order if key in entry]
    return "\n".join(lines) + "\n"


def toml_value(value: object) -> str:
    # JSON's string escapes are all valid in TOML's basic strings.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + " }"
    raise TypeError(f"no TOML form for {value!r}")


def import_file(csv_path: Path, toml_path: Path) -> tuple[int, list[str]]:
    """Check `csv_path` and write the TOML at `toml_path`, only when it is entirely good; the number of
    organisations and the warnings (read_csv). The written file is loaded back as the bot would, so it can never be
    one the bot refuses."""
    try:
        text = csv_path.read_text(encoding=ENCODING)
    except OSError as error:
        raise CsvError([f"{csv_path}: cannot be read ({error.strerror or error})."]) from None
    except UnicodeDecodeError:
        raise CsvError([f'{csv_path}: not UTF-8 text. Save the spreadsheet as "CSV UTF-8".']) from None
    toml, warnings = read_csv(text, str(csv_path))
    staged = toml_path.with_name(toml_path.name + ".new")
    try:
        staged.write_text(toml, encoding="utf-8")
    except OSError as error:
        raise CsvError([f"{toml_path}: cannot be written ({error.strerror or error})."]) from None
    try:
        count = len(Directory.load(staged))
    except DirectoryError:
        staged.unlink()
        raise
    staged.replace(toml_path)
    return count, warnings
