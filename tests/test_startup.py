"""Start-up and the host: a bot that can reach nobody does not start; every start-up failure is one line and exit
status 1, never a traceback and a hang; the token is in no output; what the bot writes is the owner's alone."""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import shutil
import signal
import sqlite3
import stat
import sys
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path

import pytest
from telegram.error import InvalidToken

from bot.config import PROJECT_ROOT, Config
from bot.directory import EXAMPLE_DIRECTORY
from bot.logsafety import install_redaction
from bot.runtime.cli import main
from bot.specialists import EXAMPLE_ROSTER
from bot.standin.http import StandInHttpServer
from bot.standin.server import StandIn
from bot.storage import Storage

TOKEN = "123456:SECRET-TOKEN-VALUE"
STAFF = "[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [900001]\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# A deployment that can reach nobody ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("staff", "key"),
    [
        ("staff_user_ids = [900001]\n", "[staff] coordinator_chat_id"),
        ("coordinator_chat_id = -100500\n", "[staff] staff_user_ids"),
    ],
)
def test_run_refuses_to_start_without_a_coordinator_chat_and_a_staff_member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, staff: str, key: str
) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    path = write(tmp_path, f'[storage]\ndatabase = "{tmp_path / "bot.sqlite3"}"\n[staff]\n{staff}')
    status, _, err = run_cli(capsys, "run", "--config", str(path))
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "config.toml" in err and key in err
    assert not (tmp_path / "bot.sqlite3").exists()  # refused before anything started


@pytest.mark.parametrize(
    ("setting", "refusal"),
    [
        (
            "[staff]\ncoordinator_chat_id = 1001111111111\nstaff_user_ids = [900001]\n",  # its "-" lost
            "[staff] coordinator_chat_id: 1001111111111 is a person's private chat, not a group",
        ),
        (
            f'{STAFF}[hotline]\nnumbers = ["8 12 463514"]\n',
            "[hotline] numbers: '8 12 463514' is not in international form",
        ),
    ],
)
def test_run_refuses_what_check_config_refuses_with_the_same_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    refusal: str,
) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    path = write(tmp_path, f'[storage]\ndatabase = "{tmp_path / "bot.sqlite3"}"\n{setting}')
    checked = run_cli(capsys, "check-config", "--config", str(path))
    ran = run_cli(capsys, "run", "--config", str(path))
    assert checked == ran  # exit status 2, nothing on standard output, the same line
    status, out, err = ran
    assert status == 2 and out == "" and err.count("\n") == 1 and refusal in err, err
    assert not (tmp_path / "bot.sqlite3").exists()  # refused before anything started


def test_a_translation_that_stops_the_knowledge_base_is_refused_by_check_config_and_run_with_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.knowledge
    from tests.test_knowledge import copy_kb, translate

    kb = copy_kb(tmp_path / "locales")
    po = kb.parent / "tk" / "LC_MESSAGES" / "kb.po"
    translate(po, "work-visa", "answer", lambda m: setattr(m, "string", m.string + "x" * 900))
    monkeypatch.setattr(bot.knowledge, "KB_DIR", kb)
    monkeypatch.setattr(bot.knowledge, "LOCALES_DIR", kb.parent)
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    path = write(tmp_path, f'[storage]\ndatabase = "{tmp_path / "bot.sqlite3"}"\n{STAFF}')
    expected = f"{po}: topic 'work-visa': [tk] the answer is too long"
    status, out, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2 and out == "" and err.count("\n") == 1 and expected in err, err
    factory = logging.getLogRecordFactory()
    try:
        status, _, err = run_cli(capsys, "run", "--config", str(path))
    finally:
        logging.setLogRecordFactory(factory)  # run installs the token's redaction for the whole process
    assert status == 2  # systemd's unit does not restart on it: a restart cannot fix a file
    assert expected in err and "fix it" in err and "check-config" in err and "Traceback" not in err
    assert TOKEN not in err


def test_check_config_warns_loudly_when_the_example_ngo_directory_is_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff = "[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [900001]\n"
    status, out, err = run_cli(capsys, "check-config", "--config", str(write(tmp_path, staff)))
    assert status == 0 and "OK" in out
    assert "WARNING" in err and "[directory] file" in err and "EXAMPLE" in err

    # Copied elsewhere, as docs/deploy.md has the operator do before editing: still the example, still warned of.
    own, roster = tmp_path / "ngos.toml", tmp_path / "specialists.toml"
    shutil.copy(EXAMPLE_DIRECTORY, own)
    shutil.copy(EXAMPLE_ROSTER, roster)
    path = write(tmp_path, f'{staff}[directory]\nfile = "{own}"\nspecialists = "{roster}"\n')
    status, out, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 0 and err.count("WARNING") == 3  # the two files, and the example's hotline numbers
    assert f"{own} holds the shipped EXAMPLE NGO directory's organisations (12 entries" in err
    assert f"{roster} holds the shipped EXAMPLE roster of specialists" in err

    # Once the entries are the network's own (and the hotline's numbers confirmed), the warnings go.
    for file in (own, roster):
        file.write_text(file.read_text(encoding="utf-8").replace('"example-', '"ngo-'), encoding="utf-8")
    with path.open("a", encoding="utf-8") as file:
        file.write("[hotline]\nconfirmed_on = 2026-12-01\n")
    status, out, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 0 and err == ""


def test_check_config_refuses_a_deployment_without_staff_as_run_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(capsys, "check-config", "--config", str(write(tmp_path, "")))
    assert status == 2 and out == ""
    assert err.startswith("configuration error:") and "[staff] coordinator_chat_id: not set" in err


def test_check_config_warns_about_a_data_folder_other_users_can_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    path = write(tmp_path, f'[storage]\ndatabase = "{folder / "bot.sqlite3"}"\n{STAFF}')
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 0 and "[storage] database" in err and f"chmod 700 {folder}" in err
    os.chmod(folder, 0o700)
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert "[storage] database" not in err


# The Bot API address -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.telegram.org",  # python-telegram-bot appends the token: ".../123:ABC/getMe" needs "/bot"
        "https://api.telegram.org/",
        "http://api.telegram.org/bot",  # the token in the clear over the network
        "https://api.telegram.org/bot?x=1",
        "https://api.telegram.org/bot123456:SECRET-TOKEN-VALUE",
        "https:///bot",
    ],
)
def test_check_config_refuses_an_api_base_url_python_telegram_bot_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    status, _, err = run_cli(
        capsys, "check-config", "--config", str(write(tmp_path, f'[telegram]\napi_base_url = "{url}"\n'))
    )
    assert status == 2
    assert err.count("\n") == 1 and "[telegram] api_base_url" in err and '"/bot"' in err
    assert "SECRET" not in err


@pytest.mark.parametrize(
    "url",
    [
        "https://api.telegram.org/bot",
        "https://bot-api.example.org:8443/telegram/bot",
        "http://127.0.0.1:8081/bot",  # a local Bot API server
        "http://localhost:8081/bot",
        "http://[::1]:8081/bot",
    ],
)
def test_check_config_accepts_the_bot_api_addresses_python_telegram_bot_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    path = write(tmp_path, f'[telegram]\napi_base_url = "{url}"\n{STAFF}')
    status, out, _ = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 0 and url in out


# Start-up failures: one line, exit status 1, no hang -----------------------------------------------------------


@pytest.fixture
async def telegram() -> AsyncIterator[str]:
    """The Bot API stand-in over loopback HTTP; its base_url."""
    server = StandInHttpServer(StandIn(token=TOKEN))
    yield await server.start()
    await server.stop()


def no_more_than(size: int) -> None:
    """A full disk, for one child process: writes past `size` bytes fail (EFBIG) instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


async def run_bot(
    tmp_path: Path, base_url: str, database: Path, *, token: str = TOKEN, disk_bytes: int | None = None
) -> tuple[int, str]:
    """`python -m bot run` in a real process; its exit status and everything it printed. The timeout only guards
    against the hang this protects from: a healthy start-up failure takes about a second."""
    config = write(
        tmp_path,
        f'[telegram]\napi_base_url = "{base_url}"\n[storage]\ndatabase = "{database}"\n'
        "[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [900001]\n",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(config),
        env={
            **os.environ,
            "BOT_TOKEN": token,
            "PYTHONPATH": str(PROJECT_ROOT),
            "PYTHONDONTWRITEBYTECODE": "1",
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=(lambda: no_more_than(disk_bytes)) if disk_bytes else None,
    )
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError("the bot hung instead of exiting") from None
    assert process.returncode is not None
    # What run logs as it starts (here: the example directory and roster are in use) comes before the failure.
    printed = (out + err).decode().splitlines(keepends=True)
    return process.returncode, "".join(line for line in printed if " WARNING bot.runtime.cli: " not in line)


def garbage_database(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "bot.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database, a disk error ate it " * 200)
    return path


def database_under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    return tmp_path / "data" / "bot.sqlite3"


@pytest.mark.parametrize(
    ("make_database", "disk_bytes", "expected"),
    [
        (garbage_database, None, "file is not a database"),
        (database_under_a_file, None, "not a folder"),
        (
            lambda tmp_path: tmp_path / "data" / "bot.sqlite3",
            16_384,
            "cannot use the database",
        ),  # a full disk
    ],
    ids=["corrupt-database", "data-folder-is-a-file", "full-disk"],
)
async def test_a_start_up_failure_exits_1_with_one_clear_line_and_never_hangs(
    tmp_path: Path, telegram: str, make_database: object, disk_bytes: int | None, expected: str
) -> None:
    database = make_database(tmp_path)  # type: ignore[operator]
    status, output = await run_bot(tmp_path, telegram, database, disk_bytes=disk_bytes)
    assert status == 1, output
    assert output.count("\n") == 1 and "Traceback" not in output, output
    assert str(database) in output and expected in output
    assert TOKEN not in output


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
async def test_an_unwritable_data_folder_is_one_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o500)
    with pytest.raises(Exception, match="bot.sqlite3: cannot"):
        await Storage.open(folder / "bot.sqlite3")


async def test_a_database_that_cannot_be_opened_leaves_no_thread_behind(tmp_path: Path) -> None:
    # aiosqlite's thread is not a daemon: one left running keeps the process alive after the error.
    import threading

    before = set(threading.enumerate())
    with pytest.raises(Exception, match="file is not a database"):
        await Storage.open(garbage_database(tmp_path))
    started = set(threading.enumerate()) - before
    for thread in started:
        thread.join(timeout=10)  # a guard: a stopped thread ends at once, a leaked one never
    assert not [thread for thread in started if thread.is_alive()]


# The token -----------------------------------------------------------------------------------------------------


async def test_a_token_telegram_refuses_is_one_line_and_never_printed(tmp_path: Path, telegram: str) -> None:
    refused = "999999:REFUSED-TOKEN-VALUE"
    status, output = await run_bot(tmp_path, telegram, tmp_path / "bot.sqlite3", token=refused)
    assert status == 2, output
    assert output.count("\n") == 1 and "[telegram] token" in output, output
    assert refused not in output and "REFUSED-TOKEN" not in output


async def test_campaign_link_with_a_token_telegram_refuses_never_prints_it(
    tmp_path: Path, telegram: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = "999999:REFUSED-TOKEN-VALUE"
    monkeypatch.setenv("BOT_TOKEN", refused)
    path = write(tmp_path, f'[telegram]\napi_base_url = "{telegram}"\n')
    status = await asyncio.to_thread(main, ["campaign-link", "poster", "--config", str(path)])
    out, err = capsys.readouterr()
    assert status == 2 and err.count("\n") == 1 and "[telegram] token" in err
    assert "REFUSED-TOKEN" not in out + err


@pytest.mark.parametrize("reachable", [True, False], ids=["token-refused", "bot-api-unreachable"])
async def test_setup_with_a_refused_token_or_no_bot_api_is_one_line_without_the_token(
    tmp_path: Path,
    telegram: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    reachable: bool,
) -> None:
    refused = "999999:REFUSED-TOKEN-VALUE"
    monkeypatch.setenv("BOT_TOKEN", refused)
    url = telegram if reachable else "http://127.0.0.1:9/bot"  # the discard port: nothing listens there
    path = write(tmp_path, f'[telegram]\napi_base_url = "{url}"\n')
    factory = logging.getLogRecordFactory()
    try:
        status = await asyncio.to_thread(main, ["setup", "--config", str(path)])
    finally:
        logging.setLogRecordFactory(factory)  # setup installs the token's redaction for the whole process
    out, err = capsys.readouterr()
    assert "REFUSED-TOKEN" not in out + err and "Traceback" not in out + err
    assert "Setup mode" not in out  # no instructions for a bot that cannot start
    assert err.count("\n") == 1, err
    if reachable:
        assert status == 2 and "[telegram] token: Telegram refused it" in err
    else:
        assert status == 1 and f"cannot reach the Bot API at {url}" in err and "api_base_url" in err


def test_a_token_wrapped_in_quotes_is_refused_and_one_that_is_no_token_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_TOKEN", '"123456:QUOTED-TOKEN"')  # `env $(cat token.env)` keeps a file's quotes
    status, _, err = run_cli(capsys, "check-config", "--config", str(write(tmp_path, STAFF)))
    assert status == 2 and "[telegram] token: is wrapped in quotes" in err and "QUOTED-TOKEN" not in err
    monkeypatch.setenv("BOT_TOKEN", "abc")
    status, _, err = run_cli(capsys, "check-config", "--config", str(write(tmp_path, STAFF)))
    assert status == 0 and "[telegram] token: does not look like a token from @BotFather" in err
    monkeypatch.setenv("BOT_TOKEN", "123456789:" + "A" * 35)
    status, _, err = run_cli(capsys, "check-config", "--config", str(write(tmp_path, STAFF)))
    assert "[telegram] token" not in err


def test_the_token_never_appears_in_a_logged_traceback(caplog: pytest.LogCaptureFixture) -> None:
    factory = logging.getLogRecordFactory()
    install_redaction([TOKEN])
    try:
        try:
            raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
        except InvalidToken:
            logging.getLogger("test").exception("the bot stopped")
    finally:
        logging.setLogRecordFactory(factory)
    assert "InvalidToken" in caplog.text and "was rejected" in caplog.text
    assert TOKEN not in caplog.text


# Files: the owner's alone, whatever the umask ------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_under_umask_022_the_data_folder_is_0700_and_every_file_the_bot_writes_0600(
    tmp_path: Path, config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "data" / "bot.sqlite3"
    config_path = write(
        tmp_path, f'[storage]\ndatabase = "{database}"\n[telegram]\nbot_username = "SafeBot"\n'
    )
    previous = os.umask(0o022)
    try:
        storage = await Storage.open(database)
        await storage.touch_person(1, "ru")
        live = [
            database,
            Path(f"{database}-wal"),
            Path(f"{database}-shm"),
        ]  # gone once the database is closed
        assert {str(path): oct(mode(path)) for path in live} == {str(path): "0o600" for path in live}
        args = ["--config", str(config_path)]
        assert (
            await asyncio.to_thread(main, ["backup", str(tmp_path / "backups" / "copy.sqlite3"), *args]) == 0
        )
        export = ["export", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(tmp_path / "out.csv")]
        assert await asyncio.to_thread(main, [*export, *args]) == 0
        qr = ["campaign-link", "poster", "--qr", str(tmp_path / "qr" / "poster.png")]
        assert await asyncio.to_thread(main, [*qr, *args]) == 0
        await storage.close()
    finally:
        os.umask(previous)
    written = [
        database,
        tmp_path / "backups" / "copy.sqlite3",
        tmp_path / "out.csv",
        tmp_path / "qr" / "poster.png",
    ]
    assert {str(path): oct(mode(path)) for path in written} == {str(path): "0o600" for path in written}
    folders = [database.parent, tmp_path / "backups", tmp_path / "qr"]
    assert {str(path): oct(mode(path)) for path in folders} == {str(path): "0o700" for path in folders}


async def test_a_database_left_readable_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    with closing(sqlite3.connect(database)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE t (x)")
    os.chmod(database, 0o644)
    storage = await Storage.open(database)
    await storage.close()
    assert mode(database) == 0o600
