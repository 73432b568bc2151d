"""Another process holding the database's write lock for longer than busy_timeout (an operator's sqlite3 shell, a
backup tool) holds the bot up for a bounded time, logged, and never kills it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bot.standin.server import StandIn
from bot.storage import BUSY_RETRY_DELAYS, BUSY_RETRY_SECONDS, NewCase, Storage, StorageError
from tests.chat import Chat


class Pauses:
    """The storage's sleep: records each pause instead of waiting, and runs `then` at the n-th one."""

    def __init__(self, release_after: int | None = None, then: Callable[[], object] = lambda: None) -> None:
        self.seconds: list[float] = []
        self.release_after = release_after
        self.then = then

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        if len(self.seconds) == self.release_after:
            self.then()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another process's connection in the middle of a write transaction."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def test_a_write_locked_by_another_process_is_retried_with_backoff_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.sqlite3"
    storage = await Storage.open(path, busy_timeout_ms=0)  # SQLite's own wait is over at once
    with closing(hold_write_lock(path)) as other:
        storage.sleep = pauses = Pauses(release_after=3, then=lambda: other.execute("COMMIT"))
        person = await storage.touch_person(1, "ru")  # one statement
        assert person.language == "ru"
        assert pauses.seconds == list(BUSY_RETRY_DELAYS[:3])

        other.execute("BEGIN IMMEDIATE")
        storage.sleep = pauses = Pauses(release_after=1, then=lambda: other.execute("ROLLBACK"))
        case, created = await storage.create_case(  # a unit of work
            NewCase(1, "ru", ngo_id=None, staff_chat_id=None, urgent=True, first_message="secret words")
        )
        assert created and pauses.seconds == [BUSY_RETRY_DELAYS[0]]
    await storage.close()
    assert "locked by another process" in caplog.text and "secret words" not in caplog.text


async def test_a_write_lock_that_is_never_released_is_given_up_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    storage = await Storage.open(path, busy_timeout_ms=0)
    with closing(hold_write_lock(path)):
        storage.sleep = pauses = Pauses()
        with pytest.raises(StorageError, match="locked by another process"):
            await storage.touch_person(1, "ru")
    await storage.close()
    assert BUSY_RETRY_SECONDS <= sum(pauses.seconds) <= BUSY_RETRY_SECONDS + max(BUSY_RETRY_DELAYS)
    assert max(pauses.seconds) == max(BUSY_RETRY_DELAYS)  # backoff, not a busy loop


async def test_the_bot_answers_once_another_process_lets_go_of_the_write_lock(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], config: Any
) -> None:
    storage = app.bot_data.storage
    await storage.run(lambda db: db.fetchall("PRAGMA busy_timeout = 0"))
    storage.busy_timeout_ms = 0
    with closing(hold_write_lock(config.database_path)) as other:
        storage.sleep = pauses = Pauses(release_after=2, then=lambda: other.execute("COMMIT"))
        chat = chat_with("en")
        reply = await chat.send("/start")
    assert reply.text.startswith("Hello!")
    assert await storage.get_person(chat.chat_id) is not None
    assert len(pauses.seconds) == 2
