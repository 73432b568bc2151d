"""/forget finishes, even across a crash: the deleted texts leave the write-ahead log, the staff card stops showing
the person, and the person is told "Done" only once all of that is done."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import handlers.privacy
from bot.config import Config
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import stop_app
from tests.test_handoff_flow import request_help_from_mary, staff, text

SECRET = "Qwerty-private-words"
DONE = "Done. Everything I held about you is deleted."


def wal(config: Config) -> Path:
    return Path(f"{config.database_path}-wal")


def hold_a_read(config: Config) -> sqlite3.Connection:
    """Another process in the middle of a read (a backup, an operator's query): the log cannot be emptied."""
    reader = sqlite3.connect(config.database_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM cases").fetchone()
    return reader


async def test_a_forget_interrupted_right_after_its_commit_is_finished_at_the_next_start(
    app: Any,
    start_app: Callable[..., Any],
    standin: StandIn,
    chat_with: Callable[..., Chat],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en", message=f"help {SECRET}")
    worker = staff(app, standin)
    await chat.send("/forget")

    async def killed(*_: object) -> bool:
        return True  # the process died after the deletion committed: nothing of the follow-up ran

    monkeypatch.setattr(handlers.privacy, "finish_forgetting", killed)
    question = chat.last_reply()
    await chat.press("Yes, delete everything")
    assert not chat.last_reply().text.startswith(DONE)
    assert SECRET in worker.card(number).text  # the card still shows the person
    await stop_app(app)
    monkeypatch.undo()

    restarted = await start_app()
    assert chat.last_reply().message_id == question.message_id  # the confirmation itself now says so
    assert chat.last_reply().text.startswith(DONE) and not chat.last_reply().buttons()
    card = worker.card(number)
    assert SECRET not in card.text and not card.buttons()  # withdrawn: no details, no Claim or Close
    note = text(app, "ru", "Case #{number} was closed: the person asked the bot to delete their data.")
    # Told once, in the staff chat's language.
    assert [m.text for m in worker.messages()].count(note.format(number=number)) == 1
    assert await restarted.bot_data.storage.forget_jobs() == []


async def test_done_is_said_only_once_the_log_is_emptied_though_a_reader_held_it(
    app: Any, chat_with: Callable[..., Chat], config: Config
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en", message=f"help {SECRET}")
    await chat.send("/forget")
    reader = hold_a_read(config)
    said_done: list[bool] = []

    async def sleep(seconds: float) -> None:
        said_done.append(chat.last_reply().text.startswith(DONE))
        if len(said_done) == 3:
            reader.rollback()  # the other process's read ends

    app.bot_data.storage.sleep = sleep
    await chat.press("Yes, delete everything")
    reader.close()
    assert said_done == [False, False, False]
    assert chat.last_reply().text.startswith(DONE)
    assert wal(config).stat().st_size == 0  # TRUNCATE: the deleted texts are in neither file
    assert SECRET.encode() not in config.database_path.read_bytes()


async def test_a_forget_whose_log_stays_held_is_finished_by_the_periodic_job(
    app: Any, chat_with: Callable[..., Chat], config: Config
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en", message=f"help {SECRET}")
    await chat.send("/forget")
    reader = hold_a_read(config)
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    app.bot_data.storage.sleep = sleep
    await chat.press("Yes, delete everything")
    assert chat.last_reply().text.startswith("Deleting…")  # honest: not "Done" yet
    assert pauses and max(pauses) <= 5  # a bounded backoff, not a busy loop
    assert len(await app.bot_data.storage.forget_jobs()) == 1

    reader.rollback()
    reader.close()
    await handlers.privacy.finish_forget_jobs(BotContext(app))
    assert chat.last_reply().text.startswith(DONE)
    assert await app.bot_data.storage.forget_jobs() == []
    assert wal(config).stat().st_size == 0
