"""The NGO directory from a spreadsheet: export and import round-trip, every bad cell is one clear line, and
organisations abroad or consulting remotely load and are routed to the right people."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config
from bot.directory import EXAMPLE_DIRECTORY, Directory, DirectoryError
from bot.directory_csv import COLUMNS, ENCODING, TEMPLATE, CsvError, export_csv, import_csv
from bot.handoff import ABROAD, Draft, route
from bot.runtime.cli import main
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat, said
from tests.conftest import AppFactory
from tests.test_abroad_flow import open_turkiye
from tests.test_handoff_flow import button, staff

ISTANBUL = (41.01, 28.98)
ASHGABAT = (37.95, 58.38)
COORDINATOR = -1009999999999


@pytest.fixture(scope="module")
def example() -> Directory:
    return Directory.load(EXAMPLE_DIRECTORY)


def load_toml(tmp_path: Path, text: str) -> Directory:
    path = tmp_path / "ngos.toml"
    path.write_text(text, encoding="utf-8")
    return Directory.load(path)


def test_importing_the_exported_example_gives_the_same_directory(tmp_path: Path, example: Directory) -> None:
    exported = export_csv(example)
    toml = import_csv(exported)
    assert load_toml(tmp_path, toml) == example
    # And the written file is a fixed point: exporting it and importing again changes nothing.
    assert export_csv(load_toml(tmp_path, toml)) == exported
    assert import_csv(export_csv(load_toml(tmp_path, toml))) == toml


def test_the_shipped_template_is_the_example_directory(example: Directory) -> None:
    assert TEMPLATE.read_text(encoding=ENCODING) == export_csv(example)
    assert TEMPLATE.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then open it as UTF-8


def rows_of(example: Directory) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_csv(example))))


def to_csv(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=delimiter, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def problems(text: str) -> list[str]:
    with pytest.raises(CsvError) as caught:
        import_csv(text, "ngos.csv")
    return caught.value.lines


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("id", "Mary Legal", "'Mary Legal' is not an id"),
        ("id", "example-ashgabat", "'example-ashgabat' is also the id of row 2"),
        ("name_en", "", "is empty. It is the text shown when a language has none"),
        ("velayat", "maryy", "'maryy' is not a velayat; use one of: ashgabat"),
        ("velayat", "", "is empty, and so is country"),
        ("country", "tr", "either in a velayat or abroad"),
        ("remote", "perhaps", "'perhaps': write yes if it consults people abroad remotely"),
        ("phone", "8 12 345678", "'8 12 345678' is not a number in international form"),
        ("latitude", "north", "'north' is not a number of degrees from -90 to 90"),
        ("longitude", "181", "'181' is not a number of degrees from -180 to 180"),
        ("latitude", "58.326", "outside Turkmenistan"),
        ("services", "", "is empty. List what it offers"),
        ("services", "legal, housing", "'housing' is not a service"),
        ("services", "legal legal", "lists a service twice"),
        ("staff_chat_id", "1001000000001", "group ids are negative whole numbers"),
        ("staff_chat_id", "-100.5", "is not a group's chat id"),
        ("staff_language", "de", "'de': use one of: ru, tk, en"),
    ],
)
def test_each_bad_cell_is_one_line_naming_the_row_and_column(
    example: Directory, column: str, value: str, expected: str
) -> None:
    rows = rows_of(example)
    rows[1][column] = value
    found = problems(to_csv(rows))
    assert len(found) == 1, found
    assert found[0].startswith(f"ngos.csv: row 3, column '{column}': "), found
    assert expected in found[0]


def test_every_bad_cell_is_reported_in_one_pass(example: Directory) -> None:
    rows = rows_of(example)
    rows[0]["phone"] = "12345"
    rows[4]["services"] = "housing"
    rows[11]["staff_language"] = "fr"
    found = problems(to_csv(rows))
    assert [line.split(":")[1] for line in found] == [
        " row 2, column 'phone'",
        " row 6, column 'services'",
        " row 13, column 'staff_language'",
    ]


def test_an_unknown_or_missing_column_is_named_in_the_header(example: Directory) -> None:
    renamed = tuple("lat" if name == "latitude" else name for name in COLUMNS)
    rows = [{("lat" if k == "latitude" else k): v for k, v in row.items()} for row in rows_of(example)]
    found = problems(to_csv(rows, renamed))
    assert found == [
        f"ngos.csv: row 1, column 'lat': unknown column. Remove it or correct its name; the columns are: "
        f"{', '.join(COLUMNS)}.",
        "ngos.csv: row 1: column 'latitude' is missing. Add it (see ngos.template.csv).",
    ]


def test_an_empty_file_or_one_without_organisations_is_refused() -> None:
    assert "the file is empty" in problems("")[0]
    assert "no organisations" in problems(",".join(COLUMNS) + "\n\n")[0]


def test_a_spreadsheet_saved_with_semicolons_and_decimal_commas_imports(
    tmp_path: Path, example: Directory
) -> None:
    rows = rows_of(example)
    for row in rows:
        row["latitude"] = row["latitude"].replace(".", ",")
    text = "\ufeff" + to_csv(rows, delimiter=";")
    assert load_toml(tmp_path, import_csv(text)) == example


def test_a_missing_translation_may_be_empty_and_falls_back_to_english(
    tmp_path: Path, example: Directory
) -> None:
    rows = rows_of(example)
    rows[0]["hours_tk"] = ""
    ngo = load_toml(tmp_path, import_csv(to_csv(rows))).ngos[0]
    assert ngo.text("hours", "tk") == ngo.text("hours", "en")


# ---------------------------------------------------------------------------------------------------------------
# The command line


def test_the_import_command_writes_the_directory_the_bot_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example: Directory
) -> None:
    sheet, out = tmp_path / "ngos.csv", tmp_path / "ngos.toml"
    assert main(["directory", "export", str(sheet)]) == 0
    assert main(["directory", "import", str(sheet), "--out", str(out)]) == 0
    assert Directory.load(out) == example
    assert f"wrote 12 organisations to {out}" in capsys.readouterr().out


def test_exporting_again_over_a_spreadsheet_being_edited_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "ngos.csv"
    sheet.write_text("days of the operator's edits", encoding="utf-8")
    assert main(["directory", "export", str(sheet)]) == 2
    assert f"{sheet} exists: choose another name, or add --force" in capsys.readouterr().err
    assert sheet.read_text(encoding="utf-8") == "days of the operator's edits"
    assert main(["directory", "export", str(sheet), "--force"]) == 0
    assert "wrote 12 organisations" in capsys.readouterr().out and (sheet.stat().st_mode & 0o077) == 0


def test_a_bad_spreadsheet_writes_nothing_and_lists_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example: Directory
) -> None:
    rows = rows_of(example)
    rows[0]["velayat"], rows[2]["latitude"] = "nowhere", "x"
    sheet, out = tmp_path / "ngos.csv", tmp_path / "ngos.toml"
    sheet.write_text(to_csv(rows), encoding="utf-8")
    out.write_text("the old directory", encoding="utf-8")
    assert main(["directory", "import", str(sheet), "--out", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{sheet}: row 2, column 'velayat': 'nowhere' is not a velayat")
    assert err[1].startswith(f"{sheet}: row 4, column 'latitude': 'x' is not a number")
    assert err[2] == "nothing written: 2 problem(s) to fix in the spreadsheet"
    assert out.read_text(encoding="utf-8") == "the old directory"


def test_a_missing_spreadsheet_or_target_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["directory", "import", str(tmp_path / "none.csv"), "--out", str(tmp_path / "ngos.toml")]) == 2
    )
    assert f"{tmp_path / 'none.csv'}: cannot be read (No such file or directory)." in capsys.readouterr().err
    sheet, out = tmp_path / "ngos.csv", tmp_path / "missing" / "ngos.toml"
    sheet.write_text(TEMPLATE.read_text(encoding=ENCODING), encoding="utf-8")
    assert main(["directory", "import", str(sheet), "--out", str(out)]) == 2
    assert f"{out}: cannot be written (No such file or directory)." in capsys.readouterr().err


def test_import_never_overwrites_the_shipped_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "ngos.csv"
    sheet.write_text(TEMPLATE.read_text(encoding=ENCODING), encoding="utf-8")
    assert main(["directory", "import", str(sheet), "--out", str(EXAMPLE_DIRECTORY)]) == 2
    assert "is the shipped example" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------------
# Organisations abroad and consulting remotely

ABROAD_AND_REMOTE = """
[[ngo]]
id = "istanbul"
name = { en = "Example NGO — Istanbul", ru = "Пример НКО — Стамбул", tk = "Mysal gurama — Stambul" }
country = "tr"
town = { en = "Istanbul", ru = "Стамбул", tk = "Stambul" }
address = { en = "Example street 1", ru = "Примерная улица, 1", tk = "Mysal köçesi, 1" }
phone = "+90 000 000 0000 (example)"
hours = { en = "Mon–Fri", ru = "Пн–Пт", tk = "Duş–Anna" }
latitude = 41.01
longitude = 28.98
services = ["legal", "information"]
staff_chat_id = -1002000000001
staff_language = "ru"

[[ngo]]
id = "ashgabat-remote"
name = { en = "Example NGO — Ashgabat", ru = "Пример НКО — Ашхабад", tk = "Mysal gurama — Aşgabat" }
velayat = "ashgabat"
remote = true
town = { en = "Ashgabat", ru = "Ашхабад", tk = "Aşgabat" }
address = { en = "Example street 2", ru = "Примерная улица, 2", tk = "Mysal köçesi, 2" }
phone = "+993 00 000002 (example)"
hours = { en = "Mon–Fri", ru = "Пн–Пт", tk = "Duş–Anna" }
latitude = 37.96
longitude = 58.326
services = ["psychological", "information"]
staff_chat_id = -1002000000002
staff_language = "tk"
"""


@pytest.fixture
def mixed(tmp_path: Path) -> Directory:
    return load_toml(tmp_path, ABROAD_AND_REMOTE)


def test_swapped_coordinates_of_an_organisation_abroad_are_caught(tmp_path: Path, mixed: Directory) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(mixed))))
    rows[0]["latitude"], rows[0]["longitude"] = rows[0]["longitude"], rows[0]["latitude"]
    assert problems(to_csv(rows)) == [
        "ngos.csv: row 2, column 'latitude': 28.98, 41.01 looks swapped: that point is outside tr, the other way "
        "round is inside. Latitude (north) comes first, then longitude (east)."
    ]


def test_organisations_abroad_and_remote_load_and_round_trip(tmp_path: Path, mixed: Directory) -> None:
    istanbul, remote = mixed.ngos
    assert (istanbul.velayat, istanbul.country, istanbul.remote) == (None, "tr", False)
    assert (remote.velayat, remote.country, remote.remote) == ("ashgabat", None, True)
    rows = list(csv.DictReader(io.StringIO(export_csv(mixed))))
    assert (rows[0]["velayat"], rows[0]["country"], rows[1]["remote"]) == ("", "tr", "yes")
    assert load_toml(tmp_path, import_csv(export_csv(mixed))) == mixed


def test_an_organisation_abroad_is_never_near_a_person_in_turkmenistan(mixed: Directory) -> None:
    assert [n.ngo.id for n in mixed.nearest(*ASHGABAT, limit=10)] == ["ashgabat-remote"]
    assert mixed.nearest(*ISTANBUL, limit=1)[0].ngo.id == "istanbul"


def test_a_person_abroad_is_offered_the_organisations_in_their_country_then_remote_ones(
    mixed: Directory,
) -> None:
    assert [n.ngo.id for n in mixed.for_abroad("tr")] == ["istanbul", "ashgabat-remote"]
    assert [n.ngo.id for n in mixed.for_abroad("ru")] == ["ashgabat-remote"]
    assert [n.ngo.id for n in mixed.for_abroad(None, "legal")] == []
    assert mixed.in_velayat("ashgabat")[0].ngo.id == "ashgabat-remote"


def test_a_request_from_abroad_goes_to_an_organisation_that_can_take_it(mixed: Directory) -> None:
    def sent_to(need: str, country: str | None) -> int | None:
        draft = Draft(1, answers={"velayat": ABROAD, "need": need})
        return route(draft, mixed, COORDINATOR, language="ru", country=country).staff_chat_id

    assert sent_to("legal", "tr") == -1002000000001
    assert sent_to("psychological", "tr") == -1002000000002  # the remote one offers it, the local one not
    assert sent_to("legal", None) == -1002000000002  # the only one for a person whose country is not known
    no_remote = Directory(mixed.ngos[:1])
    assert route(
        Draft(1, answers={"velayat": ABROAD}), no_remote, COORDINATOR, language="ru"
    ).staff_chat_id == (COORDINATOR)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('country = "tr"', 'country = "tr"\nvelayat = "mary"'), "give either 'velayat'"),
        (('country = "tr"\n', ""), "give either 'velayat'"),
        (('country = "tr"', 'country = "de"'), "'country' is 'de'; use one of: "),
        (("remote = true", 'remote = "yes"'), "'remote' must be true"),
    ],
)
def test_a_bad_place_in_the_toml_is_refused(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    with pytest.raises(DirectoryError, match=problem):
        load_toml(tmp_path, ABROAD_AND_REMOTE.replace(*change))


async def test_a_person_in_turkiye_is_offered_the_istanbul_and_the_remote_organisation_and_reaches_one(
    tmp_path: Path, config: Config, standin: StandIn, start_app: AppFactory
) -> None:
    path = tmp_path / "ngos.toml"
    path.write_text(ABROAD_AND_REMOTE, encoding="utf-8")
    for ngo in Directory.load(path).ngos:
        standin.add_chat(ngo.staff_chat_id, type="supergroup", title=ngo.name["en"])
    app = await start_app(config=replace(config, directory=replace(config.directory, file=str(path))))
    chat = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="ru"))
    await open_turkiye(app, chat, "ru")
    listing = next(m for m in chat.bot_messages() if "Пример НКО — Стамбул" in m.text)
    assert listing.text.index("Пример НКО — Стамбул") < listing.text.index("Пример НКО — Ашхабад")
    assert listing.text.count(said(app, "ru", "Also advises people abroad remotely, here in this chat.")) == 1
    await chat.press(button(app, "ru", "🙋 Ask {name} for help").format(name="Пример НКО — Стамбул"))
    await chat.press(button(app, "ru", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "ru", "💬 Only through this chat"))
    await chat.press(button(app, "ru", "No, keep it hidden"))
    await chat.send("Мне нужен юрист в Стамбуле")
    await chat.press(button(app, "ru", "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.ngo_id == "istanbul"
    assert "Мне нужен юрист в Стамбуле" in staff(app, standin, chat_id=-1002000000001).card(case.id).text


async def test_a_person_abroad_sees_no_list_when_the_directory_has_no_one_for_abroad(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await open_turkiye(app, chat, "en")
    shown = "\n".join(m.text for m in chat.bot_messages())
    assert not any(ngo.text("name", "en") in shown for ngo in app.bot_data.directory.ngos)
