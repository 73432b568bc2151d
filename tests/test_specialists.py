"""The roster of specialists: the example file loads, every mistake is named for the operator, those who fit a case
come first, and a spreadsheet imports into the same file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config
from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.directory_csv import CsvError
from bot.runtime.cli import main
from bot.specialists import EXAMPLE_ROSTER, Roster, SpecialistError
from bot.specialists_csv import import_csv, import_file

ENTRY = """
[[specialist]]
id = "psy-1"
reference = "Psychologist 1"
role = "psychologist"
organisation = "example-mary"
languages = ["tk"]
velayats = ["mary"]
home_visits = true
staff_chat_id = -1001000000011
"""


def test_the_example_roster_loads_against_the_example_directory() -> None:
    directory = Directory.load()
    roster = Roster.load(EXAMPLE_ROSTER, directory)
    assert len(roster) == 5
    assert all(directory.by_staff_chat(s.staff_chat_id) for s in roster)  # requests go to known staff chats


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('role = "psychologist"', 'role = "healer"'),
            "'role' is 'healer'; use one of: psychologist, lawyer",
        ),
        (('languages = ["tk"]', 'languages = ["de"]'), "'languages' is 'de'; use one of: ru, tk, en"),
        (('velayats = ["mary"]', "velayats = []"), "'velayats' must be a non-empty list"),
        (("home_visits = true", 'home_visits = "yes"'), "'home_visits' must be true or false"),
        (("staff_chat_id = -1001000000011", "staff_chat_id = 12"), "'staff_chat_id' must be the negative"),
        (('organisation = "example-mary"', 'organisation = "nowhere"'), "not an id of the NGO directory"),
        (('reference = "Psychologist 1"\n', ""), "missing reference"),
        (("home_visits = true", "home_visits = true\nphone = 1"), "unknown key(s) phone"),
        (("-1001000000011", "-1009"), "-1009 is not the staff chat of an organisation"),
    ],
)
def test_each_mistake_names_the_file_the_entry_and_the_fix(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "specialists.toml"
    path.write_text(ENTRY.replace(*change), encoding="utf-8")
    with pytest.raises(SpecialistError) as raised:
        Roster.load(path, Directory.load())
    assert str(raised.value).startswith(f"{path}: specialist #1 ('psy-1'): ")
    assert message in str(raised.value)


def test_an_id_used_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "specialists.toml"
    path.write_text(ENTRY + ENTRY, encoding="utf-8")
    with pytest.raises(SpecialistError, match="'psy-1' is used twice"):
        Roster.load(path)


def test_those_who_cover_the_persons_velayat_come_first() -> None:
    roster = Roster.load(EXAMPLE_ROSTER)
    assert [s.id for s in roster.fitting("lawyer", "ru", "mary")] == [
        "example-lawyer-mary",
        "example-lawyer-ashgabat",
    ]
    assert [s.id for s in roster.fitting("lawyer", "ru", "ahal")] == [
        "example-lawyer-ashgabat",
        "example-lawyer-mary",
    ]
    assert [s.id for s in roster.fitting("lawyer", "ru", "ahal", home_visit=True)] == ["example-lawyer-mary"]
    assert [s.id for s in roster.fitting("lawyer", "en", "mary")] == ["example-lawyer-ashgabat"]
    assert roster.fitting("doctor", "en", "lebap") == []


CSV = """id;reference;role;organisation;languages;velayats;home_visits;staff_chat_id
psy-1;Psychologist 1;psychologist;example-mary;tk ru;mary;да;-1001000000011
law-1;Lawyer 1;lawyer;example-ashgabat;ru;ashgabat, ahal;no;-1001000000001
"""


def test_a_spreadsheet_imports_into_the_roster(tmp_path: Path) -> None:
    source = tmp_path / "specialists.csv"
    source.write_text("\ufeff" + CSV, encoding="utf-8")
    out = tmp_path / "specialists.toml"
    assert import_file(source, out) == 2
    roster = Roster.load(out, Directory.load())
    psy = roster.get("psy-1")
    assert psy is not None and psy.languages == ("tk", "ru") and psy.home_visits
    law = roster.get("law-1")
    assert law is not None and law.velayats == ("ashgabat", "ahal") and not law.home_visits


def test_every_bad_row_of_a_spreadsheet_is_named() -> None:
    bad = CSV.replace("psychologist;", "healer;").replace(";no;", ";maybe;")
    with pytest.raises(CsvError) as raised:
        import_csv(bad)
    assert len(raised.value.lines) == 2
    assert (
        raised.value.lines[0].startswith("specialists.csv: row 2: ") and "'healer'" in raised.value.lines[0]
    )
    assert raised.value.lines[1].startswith("specialists.csv: row 3: ") and "'maybe'" in raised.value.lines[1]


def test_the_example_roster_is_left_out_with_a_real_directory(config: Config, tmp_path: Path) -> None:
    own = tmp_path / "ngos.toml"
    own.write_text(EXAMPLE_DIRECTORY.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(Roster.configured(config, Directory.load())) == 5
    real = replace(config, directory=replace(config.directory, file=str(own)))
    assert len(Roster.configured(real, Directory.load(own))) == 0
    broken = tmp_path / "specialists.toml"
    broken.write_text(ENTRY.replace('role = "psychologist"', 'role = "healer"'), encoding="utf-8")
    chosen = replace(real, directory=replace(real.directory, specialists=str(broken)))
    with pytest.raises(SpecialistError):
        Roster.configured(chosen, Directory.load(own))


def test_the_command_line_imports_a_spreadsheet_or_names_its_bad_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "specialists.csv", tmp_path / "specialists.toml"
    source.write_text(CSV, encoding="utf-8")
    assert main(["specialists", "import", str(source), "--out", str(out)]) == 0
    assert "wrote 2 specialists" in capsys.readouterr().out and len(Roster.load(out)) == 2
    source.write_text(CSV.replace("psychologist;", "healer;"), encoding="utf-8")
    assert main(["specialists", "import", str(source), "--out", str(tmp_path / "other.toml")]) == 2
    assert "row 2" in capsys.readouterr().err and not (tmp_path / "other.toml").exists()
