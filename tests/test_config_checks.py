"""check-config refuses what the bot would load but that would mislead: swapped coordinates, positive group ids,
phone numbers a phone abroad cannot dial; and a config copied into /etc still finds the example directory."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from bot.config import EXAMPLE_CONFIG, HotlineConfig, load_config
from bot.configcheck import international
from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.runtime.cli import main, run


def write_directory(tmp_path: Path, replacements: dict[str, str]) -> Path:
    """The example directory with some lines changed, and a config that uses it (staff set, so run would start)."""
    text = EXAMPLE_DIRECTORY.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    (tmp_path / "ngos.toml").write_text(text, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[directory]\nfile = "ngos.toml"\n[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n',
        encoding="utf-8",
    )
    return config


def check(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["check-config", "--config", str(config)])
    out, err = capsys.readouterr()
    return status, out, err


def test_check_config_accepts_a_correct_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = check(write_directory(tmp_path, {}), capsys)
    assert status == 0 and ": OK" in out and "configuration error" not in err


def test_check_config_catches_swapped_latitude_and_longitude(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(
        tmp_path, {"latitude = 37.960\nlongitude = 58.326": "latitude = 58.326\nlongitude = 37.960"}
    )
    status, out, err = check(config, capsys)
    assert status == 2 and out == ""
    assert "organisation 'example-ashgabat': latitude 58.326, longitude 37.96 are swapped" in err


def test_check_config_catches_coordinates_outside_turkmenistan_and_warns_outside_the_velayat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(
        tmp_path, {"latitude = 39.511\nlongitude = 54.367": "latitude = 48.8\nlongitude = 2.35"}
    )
    status, _, err = check(config, capsys)
    assert status == 2 and "are outside Turkmenistan" in err
    # Balkanabat's coordinates given to a Lebap organisation: in the country, but not in the velayat.
    config = write_directory(
        tmp_path, {"latitude = 39.073\nlongitude = 63.579": "latitude = 39.511\nlongitude = 54.367"}
    )
    status, _, err = check(config, capsys)
    assert status == 0 and "WARNING" in err and "outside the lebap velayat" in err


def test_check_config_refuses_a_staff_chat_id_that_is_not_a_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {"staff_chat_id = -1001000000001": "staff_chat_id = 1001000000001"})
    status, _, err = check(config, capsys)
    assert status == 2 and "staff_chat_id 1001000000001 is a person's private chat, not a group" in err
    config.write_text(config.read_text(encoding="utf-8").replace("-100500", "100500"), encoding="utf-8")
    status, _, err = check(config, capsys)
    assert "[staff] coordinator_chat_id: 100500 is a person's private chat" in err


def test_check_config_refuses_phone_numbers_not_in_international_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {'phone = "+993 00 000002 (example)"': 'phone = "8 12 34-56-78"'})
    status, _, err = check(config, capsys)
    assert status == 2 and "phone '8 12 34-56-78' is not in international form" in err


@pytest.mark.parametrize("phone", ["+993 00 00000O (example)", "+993 00 000002, +993 00 000003"])
def test_check_config_refuses_an_organisation_phone_with_a_character_glued_to_its_digits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phone: str
) -> None:
    config = write_directory(tmp_path, {'phone = "+993 00 000002 (example)"': f'phone = "{phone}"'})
    status, _, err = check(config, capsys)
    assert status == 2 and f"phone {phone!r} has" in err and "people may dial another number" in err
    # A note after a space is the organisation's own, shown as written.
    config = write_directory(
        tmp_path, {'phone = "+993 00 000002 (example)"': 'phone = "+993 00 000002 (24/7)"'}
    )
    assert check(config, capsys)[0] == 0


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("+993 12 463514", True),
        ("+993 (12) 46-35-14", True),
        ("+993 00 000001 (example)", True),
        ("8 12 463514", False),
        ("463514", False),
        ("+993", False),
        ("", False),
    ],
)
def test_international_phone_numbers(phone: str, ok: bool) -> None:
    assert international(phone) is ok


def test_the_example_config_copied_into_another_folder_still_finds_the_example_directory(
    tmp_path: Path,
) -> None:
    etc = tmp_path / "etc" / "safe-migration-bot"
    etc.mkdir(parents=True)
    shutil.copy(EXAMPLE_CONFIG, etc / "config.toml")
    config = load_config(etc / "config.toml", environ={})
    assert config.directory_path.resolve() == EXAMPLE_DIRECTORY.resolve()
    assert len(Directory.load(config.directory_path)) == 12


def test_check_config_does_not_say_a_plain_ok_while_the_example_directory_is_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n", encoding="utf-8")
    status, out, err = check(config, capsys)
    assert status == 0
    # The example directory, the example roster of specialists beside it, and the example's hotline numbers.
    assert out.splitlines()[0].endswith(": OK to load, but read the 3 WARNING line(s) first")
    assert "EXAMPLE NGO directory" in err and "EXAMPLE roster of specialists" in err
    assert "[hotline] numbers" in err


def test_check_config_refuses_a_group_id_among_the_staff_user_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {})
    config.write_text(config.read_text(encoding="utf-8").replace("[1]", "[-1001111111111]"), encoding="utf-8")
    status, _, err = check(config, capsys)
    assert status == 2 and "[staff] staff_user_ids: -1001111111111 is a group's id, not a person's" in err


def test_check_config_warns_when_the_hotline_hours_leave_out_a_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {})
    with config.open("a", encoding="utf-8") as file:
        file.write('[hotline]\nhours = { ru = "Пн–Пт 9:00–18:00", en = "Mon–Fri 9:00–18:00" }\n')
    status, _, err = check(config, capsys)
    assert status == 0 and "WARNING: " in err and "[hotline] hours: no hours in tk:" in err


def test_check_config_counts_stale_country_facts_in_its_first_line(tmp_path: Path) -> None:
    from datetime import date

    from bot.runtime.check_config import summary

    config = load_config(write_directory(tmp_path, {}), environ={})
    shown = summary(config, today=date(2099, 1, 1))
    stale = shown.count("WARNING: older than")
    assert stale > 0 and shown.splitlines()[0].endswith(f"read the {stale} WARNING line(s) first")


def test_files_saved_as_utf_8_with_a_byte_order_mark_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {})
    for path in (config, tmp_path / "ngos.toml"):  # as Windows Notepad saves them
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    status, out, _ = check(config, capsys)
    assert status == 0 and ": OK" in out


def test_check_config_warns_when_a_file_holding_the_token_is_readable_by_everyone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.delenv("BOT_TOKEN", raising=False)
    config = write_directory(tmp_path, {})
    with config.open("a", encoding="utf-8") as file:
        file.write('[telegram]\ntoken = "123456:IN-THE-FILE"\n')
    os.chmod(config, 0o644)
    status, _, err = check(config, capsys)
    assert status == 0 and "holds [telegram] token and every user of this machine may read it" in err
    assert f"chmod 600 {config}" in err and "IN-THE-FILE" not in err
    os.chmod(config, 0o640)
    assert "may read it" not in check(config, capsys)[2]


def test_check_config_warns_of_a_database_folder_the_bot_could_not_make_and_of_a_webhook_open_to_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    config = write_directory(tmp_path, {})
    secret = "s" * 32
    with config.open("a", encoding="utf-8") as file:
        file.write(
            '[storage]\ndatabase = "data/bot.sqlite3"\n[webhook]\nenabled = true\nlisten = "0.0.0.0"\n'
        )
        file.write(f'public_url = "https://bot.example.org/telegram"\nsecret_token = "{secret}"\n')
    os.chmod(config, 0o600)
    status, out, err = check(config, capsys)
    assert status == 0
    assert (
        f"[storage] database: {tmp_path / 'data' / 'bot.sqlite3'}: {tmp_path / 'data'} is not a folder" in err
    )
    assert "[webhook] listen: 0.0.0.0 takes requests from any network" in err
    assert "updates: webhook https://bot.example.org/telegram (listening on 0.0.0.0:8443)" in out
    assert "texts of closed cases kept 30 days" in out and "specialists: " in out


def test_check_config_warns_when_a_shared_staff_chat_is_given_two_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {"staff_chat_id = -1001000000002": "staff_chat_id = -1001000000001"})
    status, _, err = check(config, capsys)
    assert status == 0
    assert "staff chat -1001000000001 is shared by organisations with different staff_language" in err
    assert "example-ashgabat (ru), example-ashgabat-2 (en)" in err


def test_check_config_names_an_interface_catalog_that_is_missing_or_untranslated(tmp_path: Path) -> None:
    from babel.messages.pofile import read_po, write_po

    from bot.config import LOCALES_DIR
    from bot.runtime.check_config import catalog_warnings

    for language in ("ru", "tk"):
        (tmp_path / language / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(
            LOCALES_DIR / language / "LC_MESSAGES" / "messages.po", tmp_path / language / "LC_MESSAGES"
        )
    assert catalog_warnings(tmp_path) == []
    tk = tmp_path / "tk" / "LC_MESSAGES" / "messages.po"
    with tk.open("rb") as file:
        catalog = read_po(file, locale="tk")
    message = next(m for m in catalog if m.id and isinstance(m.id, str))
    message.string = ""
    with tk.open("wb") as file:
        write_po(file, catalog)
    (tmp_path / "ru" / "LC_MESSAGES" / "messages.po").unlink()
    ru, tk_line = catalog_warnings(tmp_path)
    assert ru.endswith(
        "ru/LC_MESSAGES/messages.po: missing: the whole ru interface is shown in English. Restore the file."
    )
    assert "tk/LC_MESSAGES/messages.po: 1 entry without a tk translation (shown in English)" in tk_line


# The hotline's numbers ------------------------------------------------------------------------------------------

HOTLINE_WARNING = "are the numbers of config.example.toml, not yet confirmed by this operator"


def test_check_config_and_start_up_warn_while_the_hotline_numbers_are_the_examples_unconfirmed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = write_directory(tmp_path, {})
    status, _, err = check(config, capsys)
    line = next(line for line in err.splitlines() if "[hotline] numbers" in line)
    assert status == 0 and line.startswith(
        f"WARNING: {config}: [hotline] numbers: +993 12 463514, +993 422 32229 "
    )
    assert HOTLINE_WARNING in line and "confirmed_on = YYYY-MM-DD" in line and "replace them" in line

    # `run` logs the same line as it starts.
    async def serve(*args: object) -> None:
        return None

    monkeypatch.setattr("bot.runtime.runner.serve", serve)
    with caplog.at_level(logging.WARNING):
        assert run(load_config(config, environ={}), "123456:TOKEN") == 0
    assert line.removeprefix("WARNING: ") in caplog.text


def test_the_example_hotline_numbers_are_known_by_content_and_a_confirmation_silences_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {})
    text = config.read_text(encoding="utf-8")
    # Retyped without spaces beside a number of the operator's own: still the example's, and only it is named.
    config.write_text(text + '[hotline]\nnumbers = ["+99312463514", "+993 12 000000"]\n', encoding="utf-8")
    status, _, err = check(config, capsys)
    assert status == 0
    assert "[hotline] numbers: +99312463514 is the number of config.example.toml, not yet confirmed" in err
    assert "000000" not in err

    config.write_text(text + "[hotline]\nconfirmed_on = 2026-12-01\n", encoding="utf-8")
    status, out, err = check(config, capsys)
    assert status == 0 and "[hotline] numbers" not in err
    assert "hotline: +993 12 463514, +993 422 32229 (the example's, confirmed on 2026-12-01)" in out

    config.write_text(text + '[hotline]\nnumbers = ["+993 12 000000"]\n', encoding="utf-8")
    status, out, err = check(config, capsys)
    assert status == 0 and "[hotline] numbers" not in err and "confirmed on" not in out

    config.write_text(text + '[hotline]\nconfirmed_on = "2026-12-01"\n', encoding="utf-8")
    status, _, err = check(config, capsys)
    assert (
        status == 2
        and "[hotline] confirmed_on: write the day without quotes: confirmed_on = 2026-12-01." in err
    )


def test_the_example_files_hotline_numbers_are_the_built_in_example_settings() -> None:
    """The warning knows the example's numbers from the built-in settings: they must be the example file's."""
    assert load_config(EXAMPLE_CONFIG, environ={}).hotline.numbers == HotlineConfig().numbers


def test_check_config_names_a_database_folder_nothing_can_be_made_in_even_for_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {})
    with config.open("a", encoding="utf-8") as file:
        file.write('[storage]\ndatabase = "/proc/nope/bot.sqlite3"\n')
    status, out, err = check(config, capsys)
    assert status == 0 and ": OK to load, but read the" in out
    assert f"WARNING: {config}: [storage] database: /proc/nope/bot.sqlite3: " in err
    assert "point [storage] database at a folder on a writable disk" in err or "may not make" in err
    assert not Path("/proc/nope").exists()
    # A folder that can be made or written in is not named, and nothing is left in it.
    assert "[storage] database" not in check(write_directory(tmp_path, {}), capsys)[2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", "ngos.toml"]
