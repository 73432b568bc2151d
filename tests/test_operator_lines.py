"""What the operator reads from check-config and `directory import` (tester J): every warning about a directory text
names the file and the organisation (or the spreadsheet's row and column) and is counted; an impossible day is
called one, quoted or not, in the configuration and in a destination pack; a hotline confirmation dated in the
future is refused; Turkmen written in Cyrillic letters is warned about."""

from __future__ import annotations

import csv
import io
import logging
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.countries import CountryError, load_pack
from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.directory_csv import export_csv
from bot.runtime.cli import main, run
from tests.test_config_checks import check, write_directory
from tests.test_countries import GOOD, TODAY, write_pack

ASHGABAT_NAME = (
    'name = { en = "Example NGO — Ashgabat", ru = "Пример НКО — Ашхабад", tk = "Mysal gurama — Aşgabat" }'
)


def warning_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("WARNING: ")]


# A text missing in one language ------------------------------------------------------------------------------


def test_a_directory_name_missing_its_turkmen_text_is_one_counted_warning_naming_the_file_and_organisation(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = write_directory(
        tmp_path, {ASHGABAT_NAME: 'name = { en = "Example NGO — Ashgabat", ru = "Пример НКО — Ашхабад" }'}
    )
    with caplog.at_level(logging.WARNING):
        status, out, err = check(config, capsys)
    assert status == 0
    lines = warning_lines(err)
    missing = [line for line in lines if "'name' has no 'tk' text" in line]
    assert missing == [
        f"WARNING: {tmp_path / 'ngos.toml'}: [[ngo]] #1 ('example-ashgabat'): 'name' has no 'tk' text: people "
        'reading in tk see the English one. Add tk = "..." to name.'
    ]
    # Nothing else about it, on either stream or in the log, and the summary counts it with the others.
    assert "text yet" not in err + out + caplog.text
    assert f"read the {len(lines)} WARNING line(s) first" in out
    assert all(line.startswith("WARNING: ") for line in err.splitlines() if line)

    # `run` logs the same line as it starts, once.
    async def serve(*args: object) -> None:
        return None

    monkeypatch.setattr("bot.runtime.runner.serve", serve)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert run(load_config(config, environ={}), "123456:TOKEN") == 0
    assert caplog.text.count("'name' has no 'tk' text") == 1
    assert missing[0].removeprefix("WARNING: ") in caplog.text


def test_a_spreadsheet_cell_left_empty_in_one_language_is_a_warning_naming_its_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(Directory.load(EXAMPLE_DIRECTORY)))))
    rows[0]["name_tk"], rows[3]["hours_ru"] = "", ""
    sheet, out = tmp_path / "ngos.csv", tmp_path / "ngos.toml"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet.write_text(text.getvalue(), encoding="utf-8")

    assert main(["directory", "import", str(sheet), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == [
        f"WARNING: {sheet}: row 2, column 'name_tk': is empty: people reading in tk see the English text "
        "(name_en). Fill it in.",
        f"WARNING: {sheet}: row 5, column 'hours_ru': is empty: people reading in ru see the English text "
        "(hours_en). Fill it in.",
    ]
    assert f"wrote 12 organisations to {out}, but read the 2 WARNING line(s) above" in printed.out
    assert Directory.load(out).ngos[0].text("name", "tk") == "Example NGO — Ashgabat"


# Turkmen in Cyrillic letters ---------------------------------------------------------------------------------


def test_a_turkmen_name_in_cyrillic_letters_is_a_warning_in_check_config_and_in_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cyrillic = ASHGABAT_NAME.replace("Mysal gurama — Aşgabat", "Мысал гурама — Ашгабат")
    config = write_directory(tmp_path, {ASHGABAT_NAME: cyrillic})
    status, out, err = check(config, capsys)
    assert status == 0
    [line] = [line for line in warning_lines(err) if "Cyrillic" in line]
    assert line.startswith(
        f"WARNING: {tmp_path / 'ngos.toml'}: [[ngo]] #1 ('example-ashgabat'): 'name.tk' is in Cyrillic letters "
        "('Мысал гурама — Ашгабат'): tk is written in Latin letters (with ä, ç, ň, ö, ş, ü, ý, ž)"
    )
    assert f"read the {len(warning_lines(err))} WARNING line(s) first" in out

    sheet = tmp_path / "ngos.csv"
    assert main(["directory", "export", str(sheet), "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["directory", "import", str(sheet), "--out", str(tmp_path / "new.toml")]) == 0
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(
        f"WARNING: {sheet}: row 2, column 'name_tk': is in Cyrillic letters ('Мысал гурама — Ашгабат'): tk is "
        "written in Latin letters"
    )


def test_latin_turkmen_and_cyrillic_russian_are_not_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = check(write_directory(tmp_path, {}), capsys)
    assert status == 0 and "Cyrillic" not in err and "has no" not in err


# Days that do not exist, and a confirmation in the future ----------------------------------------------------


def write_config(tmp_path: Path, confirmed_on: str) -> Path:
    config = write_directory(tmp_path, {})
    text = config.read_text(encoding="utf-8")
    config.write_text(text + f"[hotline]\n# the day the network confirmed\nconfirmed_on = {confirmed_on}\n")
    return config


@pytest.mark.parametrize("written", ["2026-02-30", '"2026-02-30"'])
def test_an_impossible_confirmation_day_is_called_one_quoted_or_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    config = write_config(tmp_path, written)
    status, out, err = check(config, capsys)
    assert status == 2 and out == ""
    # Unquoted, TOML refuses the file and the line is named too.
    where = re.escape(f"configuration error: {config}: [hotline] confirmed_on") + r"( \(line 8\))?: "
    assert re.match(
        where
        + "2026-02-30 is not a day of the calendar: February 2026 has 28 days. Write the day it was, unquoted",
        err,
    )
    assert "strings need quotes" not in err and "without quotes, like" not in err


def test_an_impossible_month_is_named(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"\[hotline\] confirmed_on: 2026-13-01 is not a day of the calendar: "
    ):
        load_config(write_config(tmp_path, '"2026-13-01"'), environ={})
    with pytest.raises(ConfigError, match=r"\[hotline\] confirmed_on \(line \d+\): 2026-13-01 .*no month 13"):
        load_config(write_config(tmp_path, "2026-13-01"), environ={})


def test_a_real_day_in_quotes_is_shown_written_without_them(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"confirmed_on: write the day without quotes: confirmed_on = 2026-12-01\."
    ):
        load_config(write_config(tmp_path, '"2026-12-01"'), environ={})


def test_a_hotline_confirmation_dated_in_the_future_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = date.today() + timedelta(days=365)
    status, out, err = check(write_config(tmp_path, later.isoformat()), capsys)
    assert status == 2 and out == ""
    assert f"[hotline] confirmed_on: {later.isoformat()} is in the future (today is {date.today()})" in err
    # A day of slack, as for the packs: the editor's today may be tomorrow in UTC.
    tomorrow = date.today() + timedelta(days=1)
    assert (
        load_config(write_config(tmp_path, tomorrow.isoformat()), environ={}).hotline.confirmed_on == tomorrow
    )


@pytest.mark.parametrize("written", ["2026-02-30", '"2026-02-30"'])
def test_an_impossible_checked_day_in_a_pack_is_called_one(tmp_path: Path, written: str) -> None:
    path = write_pack(tmp_path, GOOD.replace("checked = 2026-12-06", f"checked = {written}"))
    with pytest.raises(CountryError) as raised:
        load_pack(path, TODAY)
    message = str(raised.value)
    assert "2026-02-30 is not a day of the calendar: February 2026 has 28 days" in message
    assert "checked" in message and str(path.name) in message
    assert "missing date" not in message and "strings need quotes" not in message


def test_a_real_checked_day_in_quotes_is_shown_written_without_them(tmp_path: Path) -> None:
    path = write_pack(tmp_path, GOOD.replace("checked = 2026-12-06", 'checked = "2026-12-06"'))
    with pytest.raises(
        CountryError,
        match=r"xx.toml: fact 'emergency' checked: write the day without quotes: checked = 2026-12-06\.",
    ):
        load_pack(path, TODAY)
