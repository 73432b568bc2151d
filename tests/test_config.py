"""A bad configuration never gives a traceback: one message naming the file, the key and the fix; exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import EXAMPLE_CONFIG, ConfigError, load_config
from bot.runtime.cli import main


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_example_config_loads_with_the_two_published_hotline_numbers() -> None:
    config = load_config(EXAMPLE_CONFIG, environ={})
    assert config.hotline.numbers == ("+993 12 463514", "+993 422 32229")
    assert config.telegram.api_base_url == "https://api.telegram.org/bot"


def test_bot_token_environment_variable_overrides_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[telegram]\ntoken = "1:from-file"\n')
    assert load_config(path, environ={"BOT_TOKEN": "2:from-env"}).telegram.token == "2:from-env"
    assert load_config(path, environ={}).telegram.token == "1:from-file"


def test_token_is_not_shown_in_the_repr(tmp_path: Path) -> None:
    path = write(tmp_path, '[telegram]\ntoken = "123:SECRET"\n')
    assert "SECRET" not in repr(load_config(path, environ={}))


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[storage]\ndatabase = "db/bot.sqlite3"\n')
    assert load_config(path, environ={}).database_path == tmp_path / "db" / "bot.sqlite3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[telegram\ntoken = 1", ["config.toml", "not valid TOML", "line 1"]),
        ('[telegram]\ntokn = "x"\n', ["config.toml", "[telegram] tokn", "unknown key", "token"]),
        ("[telegrm]\n", ["config.toml", "[telegrm]", "unknown section"]),
        ('[staff]\nsla_minutes = "thirty"\n', ["[staff] sla_minutes", "expected a whole number", "thirty"]),
        ('[staff]\nstaff_user_ids = [1, "two"]\n', ["[staff] staff_user_ids", "a list of whole numbers"]),
        (
            '[staff]\ncoordinator_chat_id = "-1001111111111"\n',
            ["[staff] coordinator_chat_id", "Remove the quotes: coordinator_chat_id = -1001111111111"],
        ),
        ('[staff]\nstaff_user_ids = [1, "22"]\n', ["Remove the quotes: staff_user_ids = [1, 22]"]),
        ("[hotline]\nnumbers = []\n", ["[hotline] numbers", "at least one"]),
        ("[staff]\nsla_minutes = 0\n", ["[staff] sla_minutes", "above 0"]),
        ('[telegram]\napi_base_url = "ftp://x"\n', ["[telegram] api_base_url", "http://"]),
    ],
)
def test_check_config_reports_one_clear_error_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: list[str]
) -> None:
    path = write(tmp_path, text)
    status, out, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    for part in expected:
        assert part in err


def test_missing_config_file_says_how_to_make_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_cli(capsys, "check-config", "--config", str(tmp_path / "nope.toml"))
    assert status == 2
    assert "nope.toml: file not found" in err
    assert "config.example.toml" in err


def test_run_without_a_token_says_how_to_set_one_and_points_to_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    path = write(tmp_path, "[telegram]\n")
    status, _, err = run_cli(capsys, "run", "--config", str(path))
    assert status == 2
    assert "[telegram] token" in err
    assert "BOT_TOKEN" in err
    assert "python -m bot demo" in err


def test_check_config_prints_a_summary_without_the_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    path = write(
        tmp_path,
        '[telegram]\ntoken = "123:VERYSECRET"\n[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n',
    )
    status, out, _ = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 0
    assert "OK" in out and "token: set" in out
    assert "VERYSECRET" not in out


def test_a_broken_ngo_directory_is_reported_like_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "ngos.toml"
    directory.write_text('[[ngo]]\nid = "x"\n', encoding="utf-8")
    path = write(tmp_path, f'[directory]\nfile = "{directory}"\n')
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2 and "ngos.toml" in err and "Traceback" not in err


def test_campaign_link_prints_the_deep_link_and_writes_a_qr_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, '[telegram]\nbot_username = "SafeMigrationBot"\n')
    qr = tmp_path / "poster.png"
    status, out, _ = run_cli(capsys, "campaign-link", "poster_mary", "--qr", str(qr), "--config", str(path))
    assert status == 0
    assert out.splitlines()[0] == "https://t.me/SafeMigrationBot?start=poster_mary"
    assert qr.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    status, _, err = run_cli(capsys, "campaign-link", "bad name!", "--config", str(path))
    assert status == 2 and "1-64 characters" in err


async def test_export_command_writes_the_documented_columns(
    app: object, tmp_path: Path, config: object, capsys: pytest.CaptureFixture[str]
) -> None:
    import asyncio

    path = write(tmp_path, f'[storage]\ndatabase = "{config.database_path}"\n')  # type: ignore[attr-defined]
    out = tmp_path / "export.csv"
    args = ["export", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out), "--config", str(path)]
    assert await asyncio.to_thread(main, args) == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:5] == ["period_start", "period_end", "record_type", "ngo_id", "velayat"]
    assert "date" not in header and "language" not in header  # counts by default, never rows of people
    assert await asyncio.to_thread(main, [*args, "--rows"]) == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:3] == ["record_type", "date", "language"] and "gender" in header and "age_band" in header


def test_the_example_file_documents_the_built_in_settings() -> None:
    """The demo without a config file (an installed wheel, any folder) runs on the built-in settings: they must be
    what config.example.toml says."""
    from dataclasses import fields

    from bot.config import Config

    documented, built_in = load_config(EXAMPLE_CONFIG, environ={}), Config()
    for section in fields(Config):
        if section.name not in ("source", "directory"):
            assert getattr(documented, section.name) == getattr(built_in, section.name), section.name
    assert documented.directory_path == built_in.directory_path


def test_hotline_hours_are_a_table_by_language_and_old_files_still_load(tmp_path: Path) -> None:
    from bot.hotline import hotline_hours

    new = tmp_path / "new.toml"
    new.write_text('[hotline]\nnumbers = ["+993 12 463514"]\nhours = { ru = "Пн–Пт", en = "Mon–Fri" }\n')
    config = load_config(new, environ={})
    assert (hotline_hours(config.hotline, "ru"), hotline_hours(config.hotline, "tk")) == ("Пн–Пт", "")
    old = tmp_path / "old.toml"
    old.write_text('[hotline]\nnumbers = ["+993 12 463514"]\nhours_tk = "Duş–Anna"\nhours_en = ""\n')
    assert hotline_hours(load_config(old, environ={}).hotline, "tk") == "Duş–Anna"
    bad = tmp_path / "bad.toml"
    bad.write_text('[hotline]\nnumbers = ["+993 12 463514"]\nhours = { xx = "?" }\n')
    with pytest.raises(ConfigError, match=r"\[hotline\] hours: unknown language"):
        load_config(bad, environ={})


@pytest.mark.parametrize(
    ("number", "stray"),
    [
        ("+993 12 46351O", "'O'"),  # a letter O typed for the last zero
        ("+993 12 463514 (24/7)", "'/'"),  # the hours, whose digits would be dialled as part of the number
        ("+993 12 463514 ext 5", "'e'"),
        ("+993 12 463514, +993 422 32229", "','"),  # two numbers in one entry
        ("+99312463514x", "'x'"),
    ],
)
def test_a_hotline_entry_that_is_not_one_whole_number_is_refused_before_people_see_another_number(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    number: str,
    stray: str,
) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123:TOKEN")
    staff = "[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n"
    path = write(tmp_path, f'[hotline]\nnumbers = ["{number}"]\n{staff}')
    for command in ("check-config", "run"):
        status, out, err = run_cli(capsys, command, "--config", str(path))
        assert status == 2 and out == "" and err.count("\n") == 1, err
        assert f"config.toml: [hotline] numbers: {number!r} has {stray}" in err
        assert "one whole number per entry" in err and "[hotline] hours" in err


def test_hotline_numbers_written_with_spaces_dashes_and_brackets_are_shown_as_the_same_number(
    tmp_path: Path,
) -> None:
    from bot.hotline import hotline_numbers

    path = write(tmp_path, '[hotline]\nnumbers = ["+993 (12) 46-35-14", "+993 422 32229"]\n')
    assert hotline_numbers(load_config(path, environ={}).hotline) == "+99312463514, +99342232229"
