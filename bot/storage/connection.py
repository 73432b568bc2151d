"""The one aiosqlite connection and the unit of work on it.

aiosqlite runs the connection on its own thread and queues every call to it. A unit of work (`Database.read`,
`Database.write`) is an async function of a `Transaction`: it runs between BEGIN and COMMIT while holding
`Database.lock`, so no other task's statement can land inside its transaction, and it is rolled back whole if it
raises. A single statement (`Database.fetchall`, `fetchone`, `execute`) waits while a unit of work holds the lock,
so it cannot land inside that unit's transaction either.
Everything goes through aiosqlite's public API. A cursor left open would be dropped on the event loop's thread and
reset its statement there, while the database thread may be using it: so rows are read to their end
(`execute_fetchall`), statements that return no rows are done when `execute` returns, and an executemany cursor
is closed on the database thread (`async with`).

Every call is a round trip to aiosqlite's thread, which must win Python's GIL from a busy event loop to answer, so
under load the statements per update, not SQLite's work, set how many updates a second the bot handles. The two
statements nearly every update writes on its own (its "handled" mark, the message ids kept for /hide) are
`gathered`: the rows given while one write of that statement is in flight go together in the next.

A write refused because another process holds the write lock for longer than busy_timeout (an operator's sqlite3
shell, a backup tool) is tried again after growing pauses (BUSY_RETRY_DELAYS), the lock released meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.files import private_file

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")
Row = sqlite3.Row
log = logging.getLogger(__name__)

# How long SQLite itself waits for another connection's lock before a statement fails as busy.
BUSY_TIMEOUT_MS = 5000
# A write still refused after busy_timeout (another process holds the write lock: an operator's sqlite3 shell, a
# backup tool) is tried again after these growing pauses, up to this many seconds in all, then fails with
# StorageError: long enough for a backup or a slow disk, short enough that a stuck lock is reported.
BUSY_RETRY_SECONDS = 60.0
BUSY_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)  # then 8 s each


class StorageError(Exception):
    """The database cannot be used (damaged, not writable, locked for too long), worded for the operator."""


def unusable(path: Path, error: sqlite3.Error) -> StorageError:
    return StorageError(
        f"{path}: cannot use the database: {error}. If the file is damaged, restore a backup; "
        "check that the disk has space and the bot's user may write to the folder."
    )


class Transaction:
    """The statements of one unit of work, on the connection whose lock the unit holds."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def fetchall(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        return list(await self._connection.execute_fetchall(sql, parameters))

    async def fetchone(self, sql: str, parameters: Sequence[Any] = ()) -> Row | None:
        """The first row; the statement runs to its end (an UPDATE … RETURNING changes every row it matches)."""
        rows = await self.fetchall(sql, parameters)
        return rows[0] if rows else None

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> int:
        """Run one statement that returns no rows (use fetchall for one that does); returns how many rows it
        changed. Such a statement is done when execute returns, and its cursor lets go of it, so the cursor needs
        no closing on the database thread."""
        cursor = await self._connection.execute(sql, parameters)
        return cursor.rowcount

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> None:
        async with self._connection.executemany(sql, parameters):
            pass


Work = Callable[[Transaction], Awaitable[T]]


class Database:
    """The one connection: units of work and single statements, each holding the lock while it runs."""

    def __init__(self, connection: aiosqlite.Connection, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.connection = connection
        self.lock = asyncio.Lock()
        self.busy_timeout_ms = busy_timeout_ms
        self.gathering: dict[str, Gathering] = {}
        # Every pause of a retry awaits this (the tests replace it, so that nothing really waits).
        self.sleep: Sleep = asyncio.sleep

    @classmethod
    async def open(cls, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """Open the file, owner-only, with the bot's PRAGMAs. Every failure is a StorageError naming the file,
        with the connection closed: aiosqlite's thread is not a daemon, and an open one would keep the process
        alive."""
        try:
            # Only the bot's user may read what people wrote, whatever the umask: SQLite gives the log files (-wal,
            # -shm) the database file's mode when it creates them; ones left by an older version are narrowed.
            private_file(path)
            for log_file in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                if log_file.exists():
                    private_file(log_file)
        except OSError as error:
            where = f"{error.filename}: " if error.filename and str(error.filename) != str(path) else ""
            raise StorageError(
                f"{path}: cannot create the database: {where}{error.strerror or error}."
            ) from None
        try:
            # isolation_level=None: we issue BEGIN / COMMIT ourselves, so a unit of work is exactly what we say.
            connection = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            raise StorageError(f"{path}: cannot open the database: {error}.") from None
        try:
            connection.row_factory = aiosqlite.Row
            await connection.execute("PRAGMA journal_mode = WAL")
            await connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms:d}")
            await connection.execute("PRAGMA foreign_keys = ON")
            # In WAL mode NORMAL survives a crash of the process (what SIGKILL does); only a power cut may lose
            # the last commits. The inbox, whose rows Telegram is told we have, commits with FULL (store_updates).
            await connection.execute("PRAGMA synchronous = NORMAL")
            # Deleted rows are overwritten with zeros, so /forget leaves nothing readable in the file.
            await connection.execute("PRAGMA secure_delete = ON")
        except BaseException as error:
            await connection.close()
            if isinstance(error, sqlite3.Error):
                raise unusable(path, error) from None
            raise
        return cls(connection, busy_timeout_ms=busy_timeout_ms)

    async def close(self) -> None:
        async with self.lock:
            await self.connection.close()

    async def write(self, work: Work[T], *, durable: bool = False) -> T:
        """`work` inside BEGIN IMMEDIATE … COMMIT (the write lock taken at once), rolled back if it raises.
        `durable`: committed with synchronous = FULL, so it survives a power cut too (the bot's other writes use
        NORMAL)."""
        return await self.retrying(lambda: self.locked(work, "BEGIN IMMEDIATE", durable=durable))

    async def read(self, work: Work[T]) -> T:
        """`work` inside BEGIN … COMMIT: its reads see one committed state throughout."""
        return await self.retrying(lambda: self.locked(work, "BEGIN"))

    async def fetchall(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        return await self.retrying(lambda: self.single(lambda tx: tx.fetchall(sql, parameters)))

    async def fetchone(self, sql: str, parameters: Sequence[Any] = ()) -> Row | None:
        return await self.retrying(lambda: self.single(lambda tx: tx.fetchone(sql, parameters)))

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> int:
        """One statement, committed on its own; returns how many rows it changed."""
        return await self.retrying(lambda: self.single(lambda tx: tx.execute(sql, parameters)))

    async def gathered(self, sql: str, row: Sequence[Any]) -> None:
        """Write `row` with `sql`, a statement that takes its rows as one JSON array (`json_each(?)`), and return
        once it is committed. Rows given while that statement is being written go together in its next write (see
        Gathering): alone a row is written at once; under load one round trip carries many."""
        gathering = self.gathering.setdefault(sql, Gathering())
        await gathering.add(row, lambda rows: self.execute(sql, (json.dumps(rows),)))

    async def single(self, statement: Work[T]) -> T:
        """One statement in autocommit mode. It must not land inside a unit of work, so it waits while one holds
        the lock; with the lock free it goes at once: aiosqlite queues it before this task yields, so a unit of
        work that starts next runs its BEGIN after it."""
        if self.lock.locked():
            return await self.locked(statement)
        return await statement(Transaction(self.connection))

    async def locked(self, work: Work[T], begin: str | None = None, *, durable: bool = False) -> T:
        """`work` holding the lock, between `begin` and COMMIT when `begin` is given (else in autocommit)."""
        async with self.lock:
            transaction = Transaction(self.connection)
            if begin is None:
                return await work(transaction)
            if not durable:
                return await self._in_transaction(work, transaction, begin)
            # Set outside the transaction, where SQLite takes it.
            await transaction.execute("PRAGMA synchronous = FULL")
            try:
                return await self._in_transaction(work, transaction, begin)
            finally:
                await transaction.execute("PRAGMA synchronous = NORMAL")

    async def _in_transaction(self, work: Work[T], transaction: Transaction, begin: str) -> T:
        await transaction.execute(begin)
        try:
            result = await work(transaction)
            await transaction.execute("COMMIT")
        except BaseException:
            # Queued after any statement still running (aiosqlite runs them in order), so also right when the task
            # was cancelled in the middle of one.
            try:
                await transaction.execute("ROLLBACK")
            except sqlite3.OperationalError:
                pass  # no transaction is active: SQLite rolled it back itself, or BEGIN never ran
            raise
        return result

    async def retrying(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """`attempt()`, tried again while another process holds the database's write lock for longer than
        busy_timeout (see BUSY_RETRY_SECONDS). A refused statement changed nothing, and a refused unit of work is
        rolled back whole, so trying again is safe. The pauses hold no lock: other work goes on meanwhile."""
        waited = 0.0
        delays = iter(BUSY_RETRY_DELAYS)
        while True:
            try:
                return await attempt()
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                    raise
                if waited >= BUSY_RETRY_SECONDS:
                    raise StorageError(
                        f"the database stayed locked by another process for {waited:.0f} s after busy_timeout; "
                        "a write was given up. Find the process that holds it (fuser on the database file)."
                    ) from None
            delay = next(delays, BUSY_RETRY_DELAYS[-1])
            log.warning("the database is locked by another process; trying the write again in %.1f s", delay)
            await self.sleep(delay)
            waited += delay

    async def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database file and empty it (TRUNCATE); False when another
        connection's open read stopped it. busy_timeout is 0 meanwhile: a checkpoint waiting for readers would
        hold the connection, and every other write, for that long."""

        async def work(tx: Transaction) -> bool:
            await tx.fetchall("PRAGMA busy_timeout = 0")  # it answers with the new value
            try:
                row = await tx.fetchone("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                await tx.fetchall(f"PRAGMA busy_timeout = {self.busy_timeout_ms:d}")
            return row is not None and int(row[0]) == 0

        return await self.retrying(lambda: self.locked(work))


class Gathering:
    """The rows waiting for one statement. The first row given takes the lock and writes every row given so far;
    rows given meanwhile wait for the lock, and the first of them writes them all in the next write; the others find
    their row written (or its write failed, and raise that error) when their turn comes. Every statement waits its
    turn on aiosqlite's one thread, so under load this turns a round trip per row into one per write; no row waits
    for more than the write in progress and its own, and each caller returns only once its row is committed."""

    def __init__(self) -> None:
        self.rows: list[Sequence[Any]] = []
        self.taken = 0  # how many writes have taken their rows
        self.failed: tuple[int, Exception] | None = None  # the last write that failed, and why
        self.lock = asyncio.Lock()

    async def add(
        self, row: Sequence[Any], write: Callable[[list[Sequence[Any]]], Awaitable[object]]
    ) -> None:
        self.rows.append(row)
        number = self.taken  # the write that will take this row
        # The lock is first come, first served: the rows of one write all pass before the next write takes any.
        async with self.lock:
            if self.taken > number:
                if self.failed is not None and self.failed[0] == number:
                    raise self.failed[1]
                return
            rows, self.rows = self.rows, []
            self.taken += 1
            try:
                await write(rows)
            except Exception as error:
                self.failed = (number, error)
                raise


class Repository:
    """What every concern's methods share: the database and the clock."""

    db: Database
    clock: Clock

    def now(self) -> int:
        return int(self.clock())
