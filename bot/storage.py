"""The one storage layer: one long-lived SQLite connection, plain parameterised SQL, numbered migrations.

aiosqlite runs the connection on its own thread, one call at a time. A unit of work of more than one statement is
one call (Storage.run / Storage.write): a plain function of the sqlite3 connection that runs whole on that thread,
so no other task's statement can land in the middle of its transaction, and no lock is held across awaits. (An
asyncio lock around each unit of work did the same, but it was held while the event loop got round to resuming
its owner, so under load every update queued behind it: bench/README.md has the figures.) A method of this
class is one unit of work.

The few reads every text or press asks (a person's draft and open case, their checklist progress) are lookups by
key, done at once on the event loop's thread through a second, read-only connection (Storage._read). In WAL mode a
reader never waits for a writer and sees every committed write; a trip to the database thread for them had the
event loop idle a tenth of the time under load, waiting behind other work (bench/README.md). Should SQLite ever
refuse the reader (SQLITE_BUSY, as while another process recovers the log after a crash), the same read goes to the
database thread, which waits for it.
"""

from __future__ import annotations

import asyncio
import importlib.resources
import json
import logging
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.files import private_file
from bot.handoff import Draft, NewCase

MIGRATIONS_DIR = Path(str(importlib.resources.files("bot"))) / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
log = logging.getLogger(__name__)
# How long SQLite itself waits for another connection's lock before a statement fails as busy.
BUSY_TIMEOUT_MS = 5000
# A write still refused after busy_timeout (another process holds the write lock: an operator's sqlite3 shell, a
# backup tool) is tried again after these growing pauses, up to this many seconds in all, then fails with
# StorageError: long enough for a backup or a slow disk, short enough that a stuck lock is reported.
BUSY_RETRY_SECONDS = 60.0
BUSY_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)  # then 8 s each
# How long /forget retries emptying the write-ahead log at once (the rest is retried every minute; see
# checkpoint_until_done): a reader stops it only while its read lasts.
CHECKPOINT_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 4.0)
TOUCH_INTERVAL = 60  # seconds: how stale a person's last_seen may be (see Storage.touch_person)
# Seconds a buffered write (a message id, a question count, an update's "handled" mark) may wait to be written
# together with the others made meanwhile (see flush_buffered).
FLUSH_DELAY = 0.02
PEOPLE_IN_MEMORY = 20_000  # people touch_person remembers, a few MB at most
T = TypeVar("T")
# Statements two methods share.
OPEN_CASE_OF_PERSON = "SELECT * FROM cases WHERE user_id = ? AND status IN ('open', 'claimed')"
SAVE_CHECKLIST_PROGRESS = """
    INSERT INTO checklist_progress (user_id, position, answers, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (user_id) DO UPDATE SET
        position = excluded.position, answers = excluded.answers, updated_at = excluded.updated_at
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The numbered migrations in order; a gap or a duplicate number is a programming error."""
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise RuntimeError(f"{path}: migration files are named NNNN_name.sql")
        found.append(Migration(int(match.group(1)), path.name, path.read_text(encoding="utf-8")))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"{migration.name}: expected migration number {expected:04d}")
    return found


class StorageError(Exception):
    """The database cannot be used (damaged, not writable, locked for too long), worded for the operator."""


@dataclass(frozen=True)
class Person:
    user_id: int
    language: str
    language_chosen: bool
    first_seen: int
    last_seen: int
    campaign: str | None
    blocked: bool = False  # the person blocked the bot; cleared when they write again
    country: str | None = None  # the destination pack code, remembered only with the person's consent


class Storage:
    """The bot's database. Open with `await Storage.open(path)`; close with `await storage.close()`."""

    def __init__(
        self,
        connection: aiosqlite.Connection,
        clock: Clock,
        reader: sqlite3.Connection | None = None,
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self._connection = connection
        self._db = _RetryingConnection(connection, self._retrying)
        self.busy_timeout_ms = busy_timeout_ms
        # Every pause of a retry awaits this (the tests replace it, so that nothing really waits).
        self.sleep: Sleep = asyncio.sleep
        # Read-only, for lookups by key on the event loop's thread (see the module's docstring); None: no reader.
        self._reader = reader
        self.clock = clock
        self._pending_message_ids: list[tuple[int, int, int, int]] = []
        self._pending_counts: Counter[tuple[str, str, str, int]] = Counter()
        self._pending_handled: list[int] = []
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flushes: set[asyncio.Task[None]] = set()
        # Staff groups Telegram turned into supergroups: old id → new id (see record_chat_migration).
        self.migrated_chats: dict[int, int] = {}
        # People seen lately, as touch_person last returned them (see there); every change of a person's row in
        # this class drops their entry, and so does any unit of work given to run or write.
        self._people: dict[int, Person] = {}

    @classmethod
    async def open(
        cls, path: Path, *, clock: Clock = time.time, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> Storage:
        """Open (creating, migrating) the database. Every failure is a StorageError naming the file, with the
        connection closed: aiosqlite's thread is not a daemon, and an open one would keep the process alive."""
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
            return await cls._set_up(connection, path, clock, busy_timeout_ms)
        except BaseException as error:
            await connection.close()
            if isinstance(error, sqlite3.Error):
                raise StorageError(
                    f"{path}: cannot use the database: {error}. If the file is damaged, restore a backup; "
                    "check that the disk has space and the bot's user may write to the folder."
                ) from None
            raise

    @classmethod
    async def _set_up(
        cls, connection: aiosqlite.Connection, path: Path, clock: Clock, busy_timeout_ms: int
    ) -> Storage:
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms:d}")
        await connection.execute("PRAGMA foreign_keys = ON")
        # In WAL mode NORMAL survives a crash of the process (what SIGKILL does); only a power cut may lose the
        # last commits. The inbox, whose rows Telegram is told we have, commits with FULL (see store_updates).
        await connection.execute("PRAGMA synchronous = NORMAL")
        # Deleted rows are overwritten with zeros, so /forget leaves nothing readable in the file.
        await connection.execute("PRAGMA secure_delete = ON")
        await cls(connection, clock, busy_timeout_ms=busy_timeout_ms).migrate()
        # timeout=0: a refused read goes to the database thread (Storage._read) instead of stalling the event loop.
        reader = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0, isolation_level=None
        )
        reader.row_factory = sqlite3.Row
        storage = cls(connection, clock, reader, busy_timeout_ms=busy_timeout_ms)
        await storage.load_chat_migrations()
        return storage

    async def close(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
        if self._flushes:
            await asyncio.wait(self._flushes)
        await self.flush_buffered()
        if self._reader is not None:
            self._reader.close()
        await self._connection.close()

    def now(self) -> int:
        return int(self.clock())

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work(connection)` whole on the database thread: nothing else runs on the connection meanwhile, so
        its reads agree with each other (and see every buffered write). For writes of more than one statement use
        `write`."""
        self._people.clear()  # the work may change people's rows
        await self.flush_buffered()
        return await self._call(work)

    async def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work(connection)` inside BEGIN IMMEDIATE … COMMIT on the database thread, rolled back if it raises."""
        self._people.clear()  # the work may change people's rows
        return await self._write(work)

    async def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await self._call(partial(_in_transaction, work))

    async def _read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """A read-only `work(connection)` of a few lookups by key, in one snapshot: at once on the event loop's
        thread, or on the database thread if the reader is refused."""
        if self._reader is not None:
            try:
                return _in_transaction(work, self._reader, begin="BEGIN")
            except sqlite3.OperationalError:
                pass  # SQLITE_BUSY: the database thread waits for it (busy_timeout)
        return await self._call(work)

    async def _call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        # aiosqlite has no public call for "run this function on your thread"; _execute is that call (stable
        # since 0.17, and pinned below 1 in pyproject.toml). Everything goes through here, so a change is one line.
        connection = self._connection
        return await self._retrying(
            lambda: connection._execute(partial(_closing_cursor, work), connection._conn)
        )

    async def _retrying(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """`attempt()`, tried again while another process holds the database's write lock for longer than
        busy_timeout (see BUSY_RETRY_SECONDS). A refused statement changed nothing, and a refused unit of work is
        rolled back whole, so trying again is safe. The pauses are on the event loop: the database thread serves
        other work meanwhile."""
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
        """Copy the write-ahead log into the database file and empty it (TRUNCATE), so what was deleted is gone
        from both files; False when another connection's open read stopped it. busy_timeout is 0 meanwhile: a
        checkpoint waiting for readers would hold the database thread, and every other write, for that long."""

        def work(db: sqlite3.Connection) -> bool:
            db.execute("PRAGMA busy_timeout = 0")
            try:
                busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                db.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms:d}")
            return int(busy) == 0

        await self.flush_buffered()  # else the log would hold them, and they would be written after
        return await self._call(work)

    async def checkpoint_until_done(self) -> bool:
        """checkpoint(), retried after growing pauses while a reader stops it (CHECKPOINT_RETRY_DELAYS, about
        8 s in all); False if it still could not finish, for the caller to try again later."""
        for delay in (*CHECKPOINT_RETRY_DELAYS, None):
            if await self.checkpoint():
                return True
            if delay is None:
                return False
            log.info("the write-ahead log is held by a reader; emptying it again in %.2f s", delay)
            await self.sleep(delay)
        return False

    async def schema_version(self) -> int:
        return await self._call(_user_version)

    async def migrate(self, migrations: list[Migration] | None = None) -> int:
        """Apply the migrations the database has not seen, each in one transaction with its version number."""
        migrations = load_migrations() if migrations is None else migrations

        def work(db: sqlite3.Connection) -> int:
            current = _user_version(db)
            for migration in migrations:
                if migration.version <= current:
                    continue

                # executescript would commit on its own; running the statements inside our own BEGIN keeps the
                # schema change and PRAGMA user_version in one transaction, so a failure leaves neither.
                def apply(db: sqlite3.Connection, migration: Migration = migration) -> None:
                    for statement in _split_sql(migration.sql):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {migration.version:d}")

                _in_transaction(apply, db)
                current = migration.version
            return current

        return await self._call(work)

    async def tables(self) -> list[str]:
        rows = await self._db.execute_fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [row["name"] for row in rows]

    # People -------------------------------------------------------------------------------------------------------

    async def touch_person(self, user_id: int, telegram_language: str, campaign: str | None = None) -> Person:
        """Get or create the person's row, note that they were seen, and follow Telegram's language until one
        is chosen. The campaign is kept from the first /start that had one.

        Every update asks this, so a person seen less than TOUCH_INTERVAL ago and changed by nothing since is
        answered from memory: last_seen is then up to that old, and the database is spared a write per update."""
        now = self.now()
        known = self._people.get(user_id)
        if (
            known is not None
            and now - known.last_seen < TOUCH_INTERVAL
            and (known.language_chosen or known.language == telegram_language)
            and (campaign is None or known.campaign is not None)
            and not known.blocked
        ):
            return known
        rows = await self._db.execute_fetchall(
            """
            INSERT INTO users (user_id, language, first_seen, last_seen, campaign)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                last_seen = excluded.last_seen,
                language = CASE WHEN users.language_chosen THEN users.language ELSE excluded.language END,
                campaign = COALESCE(users.campaign, excluded.campaign)
            RETURNING *
            """,
            (user_id, telegram_language, now, now, campaign),
        )
        row = next(iter(rows), None)
        assert row is not None
        person = _person(row)
        if len(self._people) >= PEOPLE_IN_MEMORY:
            del self._people[next(iter(self._people))]  # the longest remembered
        self._people[user_id] = person
        return person

    async def get_person(self, user_id: int) -> Person | None:
        rows = await self._db.execute_fetchall("SELECT * FROM users WHERE user_id = ?", (user_id,))
        row = next(iter(rows), None)
        return _person(row) if row else None

    async def set_country(self, user_id: int, country: str | None) -> None:
        """Remember (or, with None, forget) the destination the person agreed to have kept."""
        self._people.pop(user_id, None)
        await self._db.execute("UPDATE users SET country = ? WHERE user_id = ?", (country, user_id))

    async def set_language(self, user_id: int, language: str) -> None:
        self._people.pop(user_id, None)
        await self._db.execute(
            "UPDATE users SET language = ?, language_chosen = 1 WHERE user_id = ?", (language, user_id)
        )

    # Durable inbox ----------------------------------------------------------------------------------------------

    async def store_updates(self, updates: list[tuple[int, str]]) -> list[int]:
        """Store fetched updates before Telegram is told they arrived; returns the ids that are new (a redelivered
        update is ignored here, which is what makes it harmless)."""
        now = self.now()

        def insert(db: sqlite3.Connection) -> list[int]:
            fresh = []
            for update_id, payload in updates:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO inbox (update_id, received_at, payload) VALUES (?, ?, ?)",
                    (update_id, now, payload),
                )
                if cursor.rowcount == 1:
                    fresh.append(update_id)
            return fresh

        def work(db: sqlite3.Connection) -> list[int]:
            # FULL for this transaction only (set outside it, where SQLite takes it): Telegram forgets these updates
            # once we confirm them, so they must survive a power cut too. The bot's other writes use NORMAL.
            db.execute("PRAGMA synchronous = FULL")
            try:
                return _in_transaction(insert, db)
            finally:
                db.execute("PRAGMA synchronous = NORMAL")

        return await self._call(work)

    async def unhandled_updates(self) -> list[tuple[int, str]]:
        await self.flush_buffered()
        rows = await self._db.execute_fetchall(
            "SELECT update_id, payload FROM inbox WHERE handled_at IS NULL ORDER BY update_id"
        )
        return [(row["update_id"], row["payload"]) for row in rows]

    async def mark_handled(self, update_id: int) -> None:
        """The update's handling is done: drop its payload (it holds what the person wrote), keep its id. Buffered
        (see flush_buffered): a write and a commit for every update was a sixth of the bot's time. Should the
        process die before the write, those updates are handled again at the next start: a repeated reply at
        worst, as a death between a reply and its mark always risked."""
        self._pending_handled.append(update_id)
        self._flush_later()

    def _flush_later(self) -> None:
        if self._flush_timer is None:
            self._flush_timer = asyncio.get_running_loop().call_later(FLUSH_DELAY, self._flush_soon)

    def _flush_soon(self) -> None:
        self._flush_timer = None
        task = asyncio.ensure_future(self._flush_logged())
        self._flushes.add(task)
        task.add_done_callback(self._flushes.discard)

    async def _flush_logged(self) -> None:
        try:
            await self.flush_buffered()
        except Exception:
            # Nobody waits for this flush to report to: the marks' updates will be handled again at the next start.
            log.exception("buffered writes failed")

    async def last_update_id(self) -> int | None:
        rows = await self._db.execute_fetchall("SELECT MAX(update_id) FROM inbox")
        row = next(iter(rows), None)
        return row[0] if row else None

    # Message ids for /hide ------------------------------------------------------------------------------------

    async def remember_message(self, user_id: int, message_id: int) -> None:
        """Note a message id of a person's private chat. Buffered (see flush_buffered), because a write for every
        message in and out would halve throughput. A crash loses at most the last FLUSH_DELAY of ids: those
        messages could then not be hidden."""
        self._pending_message_ids.append((user_id, message_id, self.now(), user_id))
        self._flush_later()

    async def flush_buffered(self) -> None:
        """Write what remember_message, count_question and mark_handled buffered, in one transaction (in autocommit
        mode executemany would commit every row). Each of them has it done within FLUSH_DELAY; every read of what
        they buffer (`run`, the inbox, the message ids) does it first, and so does close. Message ids only for
        people the bot has a row for: someone who has just used /forget gets nothing written."""
        if not self._pending_message_ids and not self._pending_counts and not self._pending_handled:
            return
        message_ids, self._pending_message_ids = self._pending_message_ids, []
        counts, self._pending_counts = self._pending_counts, Counter()
        handled, self._pending_handled = self._pending_handled, []
        now = self.now()

        def work(db: sqlite3.Connection) -> None:
            db.executemany(
                """
                INSERT OR IGNORE INTO chat_messages (user_id, message_id, at)
                SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE user_id = ?)
                """,
                message_ids,
            )
            db.executemany(
                """
                INSERT INTO question_counts (day, language, topic_id, confident, count) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (day, language, topic_id, confident) DO UPDATE SET count = count + excluded.count
                """,
                [(*key, times) for key, times in counts.items()],
            )
            db.executemany(
                "UPDATE inbox SET handled_at = ?, payload = NULL WHERE update_id = ?",
                [(now, update_id) for update_id in handled],
            )

        await self._write(work)

    async def recent_messages(self, user_id: int, since: int) -> list[int]:
        await self.flush_buffered()
        rows = await self._db.execute_fetchall(
            "SELECT message_id FROM chat_messages WHERE user_id = ? AND at >= ? ORDER BY message_id",
            (user_id, since),
        )
        return [row["message_id"] for row in rows]

    async def forget_messages(self, user_id: int) -> None:
        await self.flush_buffered()
        await self._db.execute("DELETE FROM chat_messages WHERE user_id = ?", (user_id,))

    async def purge_message_ids(self, older_than: int) -> int:
        await self.flush_buffered()
        cursor = await self._db.execute("DELETE FROM chat_messages WHERE at < ?", (older_than,))
        return cursor.rowcount

    async def remembered_messages(self, user_id: int) -> list[int]:
        await self.flush_buffered()
        rows = await self._db.execute_fetchall(
            "SELECT message_id FROM chat_messages WHERE user_id = ? ORDER BY message_id", (user_id,)
        )
        return [row["message_id"] for row in rows]

    # Questions ------------------------------------------------------------------------------------------------

    async def count_question(self, language: str, topic_id: str | None, confident: bool) -> None:
        """Count a question for the indicators. Buffered (see flush_buffered): a write and a commit for every
        question cost a tenth of the bot's throughput; the counts are anonymous, and a crash loses at most the last
        FLUSH_DELAY of them."""
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))
        self._pending_counts[(day, language, topic_id or "", int(confident))] += 1
        self._flush_later()

    async def add_unanswered(self, user_id: int, language: str, masked_text: str) -> None:
        await self._db.execute(
            "INSERT INTO unanswered (user_id, language, text, asked_at) VALUES (?, ?, ?, ?)",
            (user_id, language, masked_text, self.now()),
        )

    async def unanswered_questions(self, language: str | None = None) -> list[tuple[str, str, int]]:
        """(language, masked text, how often asked), most frequent first."""
        rows = await self._db.execute_fetchall(
            """
            SELECT language, text, COUNT(*) AS times FROM unanswered
            WHERE ? IS NULL OR language = ?
            GROUP BY language, lower(text) ORDER BY times DESC, MAX(asked_at) DESC
            """,
            (language, language),
        )
        return [(row["language"], row["text"], row["times"]) for row in rows]

    async def add_feedback(self, topic_id: str, language: str, helpful: bool) -> None:
        await self._db.execute(
            """
            INSERT INTO feedback (topic_id, language, helpful, unhelpful) VALUES (?, ?, ?, ?)
            ON CONFLICT (topic_id, language) DO UPDATE SET
                helpful = helpful + excluded.helpful, unhelpful = unhelpful + excluded.unhelpful
            """,
            (topic_id, language, int(helpful), int(not helpful)),
        )

    async def feedback(self, topic_id: str, language: str) -> tuple[int, int]:
        rows = await self._db.execute_fetchall(
            "SELECT helpful, unhelpful FROM feedback WHERE topic_id = ? AND language = ?",
            (topic_id, language),
        )
        row = next(iter(rows), None)
        return (row["helpful"], row["unhelpful"]) if row else (0, 0)

    # Checklist ------------------------------------------------------------------------------------------------

    async def checklist_progress(self, user_id: int) -> ChecklistProgress | None:
        return await self._read(partial(_checklist_progress, user_id=user_id))

    async def save_checklist_progress(self, user_id: int, position: int, answers: dict[str, str]) -> None:
        await self._db.execute(
            SAVE_CHECKLIST_PROGRESS, (user_id, position, json.dumps(answers, sort_keys=True), self.now())
        )

    async def answer_checklist(
        self,
        user_id: int,
        position: int,
        key: str,
        answer: str,
        following: Callable[[dict[str, str]], int | None],
    ) -> tuple[ChecklistProgress | None, bool]:
        """If the person is still at the question at `position`: record `answer` under `key` and move them to
        `following(answers)`, the position the answers with this one lead to (None: record nothing). Returns their
        progress after it, and whether it moved (False for a press on an old question, or when they have no
        checklist). One unit of work, as every checklist press does this."""
        now = self.now()

        def work(db: sqlite3.Connection) -> tuple[ChecklistProgress | None, bool]:
            progress = _checklist_progress(db, user_id)
            if progress is None or progress.position != position:
                return progress, False
            answers = {**progress.answers, key: answer}
            next_position = following(answers)
            if next_position is None:
                return progress, False
            db.execute(
                SAVE_CHECKLIST_PROGRESS, (user_id, next_position, json.dumps(answers, sort_keys=True), now)
            )
            return ChecklistProgress(next_position, answers), True

        return await self._write(work)

    async def finish_checklist(
        self,
        user_id: int,
        position: int,
        language: str,
        level: str,
        flagged: tuple[str, ...],
        region: str | None,
    ) -> int:
        """Store the anonymous result and mark the person's checklist finished, in one unit of work.

        The person's own answers stay (until they start again or /forget) so a hand-off can carry the summary."""
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))

        def work(db: sqlite3.Connection) -> int:
            cursor = db.execute(
                """
                INSERT INTO checklist_results (finished_on, language, level, flagged, region)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """,
                (day, language, level, ",".join(flagged), region),
            )
            row = cursor.fetchone()
            assert row is not None
            result_id = int(row["id"])
            db.execute(
                "UPDATE checklist_progress SET position = ?, updated_at = ?, last_result_id = ? WHERE user_id = ?",
                (position, self.now(), result_id, user_id),
            )
            return result_id

        return await self._write(work)

    async def describe_last_result(
        self, user_id: int, gender: str | None = None, age_band: str | None = None
    ) -> bool:
        """Fill in the optional, anonymous gender or age band of the person's last checklist result, once."""
        cursor = await self._db.execute(
            """
            UPDATE checklist_results SET gender = COALESCE(gender, ?), age_band = COALESCE(age_band, ?)
            WHERE id = (SELECT last_result_id FROM checklist_progress WHERE user_id = ?)
            """,
            (gender, age_band, user_id),
        )
        return cursor.rowcount == 1

    async def checklist_result(self, result_id: int) -> dict[str, object] | None:
        rows = await self._db.execute_fetchall("SELECT * FROM checklist_results WHERE id = ?", (result_id,))
        row = next(iter(rows), None)
        return dict(row) if row else None

    # Hand-off drafts ------------------------------------------------------------------------------------------

    async def draft(self, user_id: int) -> Draft | None:
        rows = await self._db.execute_fetchall("SELECT * FROM drafts WHERE user_id = ?", (user_id,))
        row = next(iter(rows), None)
        return _draft(row) if row else None

    async def draft_and_open_case(self, user_id: int) -> tuple[Draft | None, Case | None]:
        """What every text needs first: is a request waiting for typing, or a case open? One snapshot."""

        def work(db: sqlite3.Connection) -> tuple[Draft | None, Case | None]:
            draft = db.execute("SELECT * FROM drafts WHERE user_id = ?", (user_id,)).fetchone()
            case = db.execute(OPEN_CASE_OF_PERSON, (user_id,)).fetchone()
            return (_draft(draft) if draft else None), (_case(case) if case else None)

        return await self._read(work)

    async def save_draft(self, draft: Draft) -> None:
        await self._db.execute(
            """
            INSERT OR REPLACE INTO drafts (user_id, purpose, step, answers, urgent, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            (
                draft.user_id,
                draft.purpose,
                draft.step,
                json.dumps(dict(draft.answers), ensure_ascii=False),
                int(draft.urgent),
                self.now(),
            ),
        )

    async def delete_draft(self, user_id: int) -> None:
        await self._db.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))

    # Cases ------------------------------------------------------------------------------------------------------

    async def open_case_for(self, user_id: int) -> Case | None:
        def work(db: sqlite3.Connection) -> Case | None:
            row = db.execute(OPEN_CASE_OF_PERSON, (user_id,)).fetchone()
            return _case(row) if row else None

        return await self._read(work)

    async def case(self, case_id: int) -> Case | None:
        rows = await self._db.execute_fetchall("SELECT * FROM cases WHERE id = ?", (case_id,))
        row = next(iter(rows), None)
        return _case(row) if row else None

    async def create_case(self, case: NewCase) -> tuple[Case, bool]:
        """Store a new case and drop the person's draft, in one unit of work. A person has at most one open
        case: if one exists (a double press, a redelivered update), it is returned with created=False."""

        def work(db: sqlite3.Connection) -> tuple[sqlite3.Row | None, bool]:
            cursor = db.execute(
                """
                INSERT INTO cases (user_id, ngo_id, staff_chat_id, urgent, language, velayat, need,
                                   checklist_summary, display_name, contact_phone, contact_time, first_message,
                                   created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                RETURNING *
                """,
                (
                    case.user_id,
                    case.ngo_id,
                    case.staff_chat_id,
                    int(case.urgent),
                    case.language,
                    case.velayat,
                    case.need,
                    case.checklist_summary,
                    case.display_name,
                    case.contact_phone,
                    case.contact_time,
                    case.first_message,
                    self.now(),
                ),
            )
            row = cursor.fetchone()
            created = row is not None
            if row is None:
                cursor = db.execute(
                    "SELECT * FROM cases WHERE user_id = ? AND status IN ('open', 'claimed')", (case.user_id,)
                )
                row = cursor.fetchone()
            db.execute("DELETE FROM drafts WHERE user_id = ?", (case.user_id,))
            return row, created

        row, created = await self._write(work)
        assert row is not None
        return _case(row), created

    async def set_card(self, case_id: int, chat_id: int, message_id: int) -> None:
        """Remember where the case's card is, so replies to it reach the case and it can be edited."""

        def work(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE cases SET staff_chat_id = ?, card_message_id = ? WHERE id = ?",
                (chat_id, message_id, case_id),
            )
            db.execute(
                """
                INSERT OR IGNORE INTO case_messages (case_id, direction, staff_chat_id, staff_message_id, created_at)
                VALUES (?, 'card', ?, ?, ?)
                """,
                (case_id, chat_id, message_id, self.now()),
            )

        await self._write(work)

    async def card_messages(self, case_id: int) -> list[tuple[int, int]]:
        """Every staff-chat message that shows the case's card: the card itself and its copies (escalations)."""
        rows = await self._db.execute_fetchall(
            "SELECT staff_chat_id, staff_message_id FROM case_messages WHERE case_id = ? AND direction = 'card' "
            "ORDER BY id",
            (case_id,),
        )
        return [(row["staff_chat_id"], row["staff_message_id"]) for row in rows]

    async def cases_without_card(self) -> list[Case]:
        rows = await self._db.execute_fetchall(
            "SELECT * FROM cases WHERE card_message_id IS NULL AND status IN ('open', 'claimed') ORDER BY id"
        )
        return [_case(row) for row in rows]

    async def claim_case(self, case_id: int, staff_user_id: int, staff_name: str) -> tuple[bool, Case | None]:
        """Atomic: only an open case can be claimed, so of two staff pressing at once exactly one wins."""

        def work(db: sqlite3.Connection) -> tuple[bool, sqlite3.Row | None]:
            cursor = db.execute(
                """
                UPDATE cases SET status = 'claimed', claimed_at = ?, claimed_by = ?, claimed_by_name = ?
                WHERE id = ? AND status = 'open'
                """,
                (self.now(), staff_user_id, staff_name, case_id),
            )
            won = cursor.rowcount == 1
            if won:
                _audit(db, case_id, staff_user_id, "claim", self.now())
            cursor = db.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
            row = cursor.fetchone()
            return won, row

        won, row = await self._write(work)
        return won, _case(row) if row else None

    async def close_case(
        self, case_id: int, outcome: str, staff_user_id: int | None
    ) -> tuple[bool, Case | None]:
        """Close an open or claimed case with an outcome; closing twice does nothing the second time."""

        def work(db: sqlite3.Connection) -> tuple[bool, sqlite3.Row | None]:
            cursor = db.execute(
                """
                UPDATE cases SET status = 'closed', closed_at = ?, outcome = ?
                WHERE id = ? AND status IN ('open', 'claimed')
                """,
                (self.now(), outcome, case_id),
            )
            closed = cursor.rowcount == 1
            if closed and staff_user_id is not None:
                _audit(db, case_id, staff_user_id, f"close:{outcome}", self.now())
            cursor = db.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
            row = cursor.fetchone()
            return closed, row

        closed, row = await self._write(work)
        return closed, _case(row) if row else None

    async def record_urgent(self, case_id: int, reason: str) -> tuple[Case | None, int | None]:
        """The person asked for help now on an open case (`reason`: "sos", or "message" for a message that signals
        danger): the case becomes urgent, and the request is audited as the person's. Returns the case and when the
        previous such request was, so staff chats are alerted at once but not flooded by repeated presses."""

        def work(db: sqlite3.Connection) -> tuple[sqlite3.Row | None, int | None]:
            previous = db.execute(
                "SELECT MAX(at) FROM audit WHERE case_id = ? AND action LIKE 'urgent:%'", (case_id,)
            ).fetchone()[0]
            cursor = db.execute(
                "UPDATE cases SET urgent = 1 WHERE id = ? AND status IN ('open', 'claimed')", (case_id,)
            )
            if cursor.rowcount == 1:
                _audit(db, case_id, BY_PERSON, f"urgent:{reason}", self.now())
            row = db.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
            return row, previous

        row, previous = await self._write(work)
        return (_case(row) if row else None), previous

    async def add_case_message(
        self,
        case_id: int,
        direction: str,
        text: str,
        staff_chat_id: int | None = None,
        staff_message_id: int | None = None,
        staff_user_id: int | None = None,
    ) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute(
                """
                INSERT OR IGNORE INTO case_messages
                    (case_id, direction, text, staff_chat_id, staff_message_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                (case_id, direction, text, staff_chat_id, staff_message_id, self.now()),
            )
            if staff_user_id is not None:
                _audit(db, case_id, staff_user_id, "reply", self.now())

        await self._write(work)

    async def add_audit(self, case_id: int | None, staff_user_id: int, action: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            _audit(db, case_id, staff_user_id, action, self.now())

        await self._write(work)

    async def case_for_staff_message(self, chat_id: int, message_id: int) -> Case | None:
        rows = await self._db.execute_fetchall(
            """
            SELECT cases.* FROM case_messages JOIN cases ON cases.id = case_messages.case_id
            WHERE case_messages.staff_chat_id = ? AND case_messages.staff_message_id = ?
            """,
            (chat_id, message_id),
        )
        row = next(iter(rows), None)
        return _case(row) if row else None

    async def queue(self, ngo_ids: tuple[str, ...] | None) -> list[Case]:
        """Open and claimed cases, urgent first, then oldest; `None` means all (the coordinator chat)."""
        rows = await self._db.execute_fetchall(
            """
            SELECT * FROM cases WHERE status IN ('open', 'claimed')
            ORDER BY urgent DESC, created_at, id LIMIT 200
            """
        )
        cases = [_case(row) for row in rows]
        return cases if ngo_ids is None else [case for case in cases if case.ngo_id in ngo_ids]

    async def case_history(self, case_id: int) -> tuple[list[CaseMessage], list[AuditEntry]]:
        rows = await self._db.execute_fetchall(
            "SELECT direction, text, created_at FROM case_messages WHERE case_id = ? AND direction NOT IN ('card', 'alert') "
            "ORDER BY id",
            (case_id,),
        )
        messages = [CaseMessage(r["direction"], r["text"], r["created_at"]) for r in rows]
        rows = await self._db.execute_fetchall(
            "SELECT staff_user_id, action, at FROM audit WHERE case_id = ? ORDER BY id", (case_id,)
        )
        audit = [AuditEntry(r["staff_user_id"], r["action"], r["at"]) for r in rows]
        return messages, audit

    async def cases_to_escalate(self, created_before: int) -> list[Case]:
        rows = await self._db.execute_fetchall(
            "SELECT * FROM cases WHERE status = 'open' AND escalated_at IS NULL AND created_at <= ? ORDER BY id",
            (created_before,),
        )
        return [_case(row) for row in rows]

    async def mark_escalated(self, case_id: int) -> bool:
        """True the first time only: a restart or a second run never escalates the same case twice."""
        cursor = await self._db.execute(
            "UPDATE cases SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL",
            (self.now(), case_id),
        )
        return cursor.rowcount == 1

    async def cases_to_notify_person(self, created_before: int) -> list[Case]:
        rows = await self._db.execute_fetchall(
            """
            SELECT * FROM cases WHERE status = 'open' AND person_notified_at IS NULL
            AND escalated_at IS NOT NULL AND created_at <= ? ORDER BY id
            """,
            (created_before,),
        )
        return [_case(row) for row in rows]

    async def mark_person_notified(self, case_id: int) -> bool:
        cursor = await self._db.execute(
            "UPDATE cases SET person_notified_at = ? WHERE id = ? AND person_notified_at IS NULL",
            (self.now(), case_id),
        )
        return cursor.rowcount == 1

    async def mark_person_blocked(self, user_id: int) -> None:
        """The person blocked the bot: inactive until they write again, and noted on their open case."""
        self._people.pop(user_id, None)

        def work(db: sqlite3.Connection) -> None:
            db.execute("UPDATE users SET blocked_at = ? WHERE user_id = ?", (self.now(), user_id))
            db.execute(
                "UPDATE cases SET person_blocked = 1 WHERE user_id = ? AND status IN ('open', 'claimed')",
                (user_id,),
            )

        await self._write(work)

    async def unblock_person(self, user_id: int) -> Case | None:
        """The person writes again after blocking the bot: active again; returns their open case, if any."""
        self._people.pop(user_id, None)

        def work(db: sqlite3.Connection) -> sqlite3.Row | None:
            db.execute("UPDATE users SET blocked_at = NULL WHERE user_id = ?", (user_id,))
            row: sqlite3.Row | None = db.execute(
                """
                UPDATE cases SET person_blocked = 0 WHERE user_id = ? AND status IN ('open', 'claimed')
                RETURNING *
                """,
                (user_id,),
            ).fetchone()
            return row

        row = await self._write(work)
        return _case(row) if row else None

    async def forget_person(
        self, user_id: int, *, language: str = "en", message_id: int | None = None
    ) -> ForgetJob:
        """Delete everything held about a person, in one unit of work, and record in it what is left to do (see
        ForgetJob): their open case is closed as withdrawn, its staff chat to be told. Anonymous counts (checklist
        results, question counts, the case row without its personal columns) stay."""
        self._pending_message_ids = [p for p in self._pending_message_ids if p[0] != user_id]
        self._people.pop(user_id, None)

        def work(db: sqlite3.Connection) -> sqlite3.Row:
            cursor = db.execute(
                """
                UPDATE cases SET status = 'closed', outcome = 'withdrawn', closed_at = ?
                WHERE user_id = ? AND status IN ('open', 'claimed') RETURNING id
                """,
                (self.now(), user_id),
            )
            closed: sqlite3.Row | None = cursor.fetchone()
            db.execute(
                "UPDATE case_messages SET text = NULL WHERE case_id IN (SELECT id FROM cases WHERE user_id = ?)",
                (user_id,),
            )
            db.execute(
                """
                UPDATE cases SET display_name = NULL, contact_phone = NULL, contact_time = NULL,
                                 first_message = NULL
                WHERE user_id = ?
                """,
                (user_id,),
            )
            # ON DELETE CASCADE removes progress, drafts and unanswered questions; cases keep a NULL user_id.
            db.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
            # Payloads are stored as json.dumps writes them (bot.runtime.polling.inbox_entry): '"id": 123,'. This deletes
            # the /forget update's own row too: the job below is what finishes it after a crash.
            db.execute("DELETE FROM inbox WHERE payload LIKE ?", (f'%"id": {user_id},%',))
            job: sqlite3.Row = db.execute(
                """
                INSERT INTO forget_jobs (user_id, language, message_id, case_id, created_at)
                VALUES (?, ?, ?, ?, ?) RETURNING *
                """,
                (user_id, language, message_id, closed["id"] if closed else None, self.now()),
            ).fetchone()
            return job

        return _forget_job(await self._write(work))

    async def forget_jobs(self) -> list[ForgetJob]:
        """The /forget follow-ups not finished yet, oldest first."""
        rows = await self._db.execute_fetchall("SELECT * FROM forget_jobs ORDER BY id")
        return [_forget_job(row) for row in rows]

    async def mark_forget_staff_told(self, job_id: int) -> None:
        await self._db.execute("UPDATE forget_jobs SET staff_told_at = ? WHERE id = ?", (self.now(), job_id))

    async def finish_forget_job(self, job_id: int) -> None:
        """The follow-up is done: drop its row, the last that names the person (zeroed by secure_delete; the log
        is emptied again, without waiting: what it holds now is a user id, no text)."""
        await self._db.execute("DELETE FROM forget_jobs WHERE id = ?", (job_id,))
        await self.checkpoint()

    async def purge(self, retention_days: int) -> tuple[int, int]:
        """Delete what is past retention: texts of closed cases (relayed messages and the personal columns), and
        stored unanswered questions. Returns (case texts deleted, questions deleted)."""
        cutoff = self.now() - retention_days * 86400

        def work(db: sqlite3.Connection) -> tuple[int, int]:
            cursor = db.execute(
                """
                UPDATE case_messages SET text = NULL
                WHERE text IS NOT NULL
                  AND case_id IN (SELECT id FROM cases WHERE status = 'closed' AND closed_at <= ?)
                """,
                (cutoff,),
            )
            texts = cursor.rowcount
            db.execute(
                """
                UPDATE cases SET display_name = NULL, contact_phone = NULL, contact_time = NULL, first_message = NULL
                WHERE status = 'closed' AND closed_at <= ?
                """,
                (cutoff,),
            )
            cursor = db.execute("DELETE FROM unanswered WHERE asked_at <= ?", (cutoff,))
            questions = cursor.rowcount
            # Handled update ids are kept a week for de-duplication; Telegram keeps undelivered updates 24 hours.
            db.execute(
                "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at <= ?",
                (self.now() - 7 * 86400,),
            )
            return texts, questions

        return await self._write(work)

    async def audit_log(self) -> list[tuple[int | None, int, str]]:
        rows = await self._db.execute_fetchall("SELECT case_id, staff_user_id, action FROM audit ORDER BY id")
        return [(r["case_id"], r["staff_user_id"], r["action"]) for r in rows]

    # Honest delivery (migration 0010): relayed messages wait in case_messages until a staff chat accepts them -----

    async def add_relayed(
        self, case_id: int, pieces: list[str], person_message_id: int | None, *, urgent: bool = False
    ) -> None:
        """Store what the person wrote, piece by piece, as waiting for a staff chat: stored before it is posted."""
        now = self.now()

        def work(db: sqlite3.Connection) -> None:
            db.executemany(
                """
                INSERT INTO case_messages (case_id, direction, text, created_at, pending, urgent, person_message_id)
                VALUES (?, 'person', ?, ?, 1, ?, ?)
                """,
                [(case_id, piece, now, int(urgent), person_message_id) for piece in pieces],
            )

        await self._write(work)

    async def pending_relayed(self, case_id: int) -> list[RelayedPiece]:
        """The pieces of an open case that no staff chat has yet, oldest first (a forgotten text is not sent)."""
        rows = await self._db.execute_fetchall(
            """
            SELECT case_messages.id, text, case_messages.urgent, person_message_id FROM case_messages
            JOIN cases ON cases.id = case_messages.case_id
            WHERE case_id = ? AND pending = 1 AND text IS NOT NULL AND cases.status IN ('open', 'claimed')
            ORDER BY case_messages.id
            """,
            (case_id,),
        )
        return [RelayedPiece(r["id"], r["text"], bool(r["urgent"]), r["person_message_id"]) for r in rows]

    async def mark_relayed(self, piece_id: int, chat_id: int, message_id: int) -> None:
        """A staff chat accepted the piece: it is no longer waiting, and a reply to it reaches the case."""
        await self._db.execute(
            "UPDATE case_messages SET pending = 0, staff_chat_id = ?, staff_message_id = ? WHERE id = ?",
            (chat_id, message_id, piece_id),
        )

    async def cases_with_pending_relayed(self) -> list[int]:
        rows = await self._db.execute_fetchall(
            """
            SELECT DISTINCT case_id FROM case_messages JOIN cases ON cases.id = case_messages.case_id
            WHERE pending = 1 AND text IS NOT NULL AND cases.status IN ('open', 'claimed') ORDER BY case_id
            """
        )
        return [row["case_id"] for row in rows]

    async def set_acknowledgement(self, case_id: int, message_id: int | None, *, waiting_told: bool) -> None:
        """What the person has been shown about their relayed messages: the case's first acknowledgement (None
        keeps the one there is), and whether they were told that messages wait."""
        await self._db.execute(
            "UPDATE cases SET ack_message_id = COALESCE(?, ack_message_id), waiting_told = ? WHERE id = ?",
            (message_id, int(waiting_told), case_id),
        )

    async def set_card_waiting_told(self, case_id: int, told: bool) -> None:
        await self._db.execute("UPDATE cases SET card_waiting_told = ? WHERE id = ?", (int(told), case_id))

    # Chat migrations (migration 0010): a staff group that became a supergroup ---------------------------------

    async def load_chat_migrations(self) -> None:
        rows = await self._db.execute_fetchall("SELECT old_chat_id, new_chat_id FROM chat_migrations")
        self.migrated_chats = {row["old_chat_id"]: row["new_chat_id"] for row in rows}

    async def record_chat_migration(self, old_chat_id: int, new_chat_id: int) -> bool:
        """Remember that `old_chat_id` is now `new_chat_id` (and so is every id that led to it); True the first
        time, so the coordinators are told once."""
        now = self.now()

        def work(db: sqlite3.Connection) -> bool:
            db.execute(
                "UPDATE chat_migrations SET new_chat_id = ? WHERE new_chat_id = ?", (new_chat_id, old_chat_id)
            )
            cursor = db.execute(
                "INSERT OR IGNORE INTO chat_migrations (old_chat_id, new_chat_id, migrated_at) VALUES (?, ?, ?)",
                (old_chat_id, new_chat_id, now),
            )
            return cursor.rowcount == 1

        first = await self._write(work)
        await self.load_chat_migrations()
        return first

    # The outbox (migration 0010): follow-ups of a case's change, written by triggers in the change's transaction --

    async def outbox(self, case_id: int | None = None) -> list[OutboxEntry]:
        """Pending follow-ups, oldest first: of one case, or of all (the periodic job and start-up)."""
        rows = await self._db.execute_fetchall(
            "SELECT id, case_id, kind, text FROM outbox WHERE ? IS NULL OR case_id = ? ORDER BY id",
            (case_id, case_id),
        )
        return [OutboxEntry(r["id"], r["case_id"], r["kind"], r["text"]) for r in rows]

    async def add_outbox(self, case_id: int, kind: str, text: str | None = None) -> None:
        await self._db.execute(
            "INSERT INTO outbox (case_id, kind, text) VALUES (?, ?, ?)", (case_id, kind, text)
        )

    async def outbox_done(self, entry_id: int) -> None:
        await self._db.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    async def card_refreshes_done(self, case_id: int, up_to: int) -> None:
        """The case's cards show its state as of outbox entry `up_to`: that entry and the earlier ones are done."""
        await self._db.execute(
            "DELETE FROM outbox WHERE case_id = ? AND kind = 'card' AND id <= ?", (case_id, up_to)
        )


def read_chat_migrations(path: Path) -> dict[int, int]:
    """The chat migrations a database records (old id → new id), read without changing the file (check-config)."""
    if not path.exists():
        return {}
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        try:
            rows = db.execute("SELECT old_chat_id, new_chat_id FROM chat_migrations").fetchall()
        except sqlite3.OperationalError:
            return {}  # a database from before migration 0010
    return {old: new for old, new in rows}


# The audit's actor for what the person did themselves (the audit keeps staff ids only, never the person's).
BY_PERSON = 0


def _audit(db: sqlite3.Connection, case_id: int | None, staff_user_id: int, action: str, at: int) -> None:
    db.execute(
        "INSERT INTO audit (case_id, staff_user_id, action, at) VALUES (?, ?, ?, ?)",
        (case_id, staff_user_id, action, at),
    )


@dataclass(frozen=True)
class ForgetJob:
    """What is left of a /forget once its deletion is committed: empty the write-ahead log (the deleted texts are
    still in it), edit the withdrawn case's card and tell its staff chat, tell the person "Done"."""

    id: int
    user_id: int
    language: str
    message_id: int | None
    case_id: int | None
    staff_told: bool


def _forget_job(row: sqlite3.Row) -> ForgetJob:
    return ForgetJob(
        id=row["id"],
        user_id=row["user_id"],
        language=row["language"],
        message_id=row["message_id"],
        case_id=row["case_id"],
        staff_told=row["staff_told_at"] is not None,
    )


@dataclass(frozen=True)
class Case:
    id: int
    user_id: int | None
    ngo_id: str | None
    staff_chat_id: int | None
    card_message_id: int | None
    status: str
    urgent: bool
    language: str
    velayat: str | None
    need: str | None
    checklist_summary: str | None
    display_name: str | None
    contact_phone: str | None
    contact_time: str | None
    first_message: str | None
    person_blocked: bool
    created_at: int
    claimed_at: int | None
    claimed_by: int | None
    claimed_by_name: str | None
    closed_at: int | None
    outcome: str | None
    escalated_at: int | None
    person_notified_at: int | None
    ack_message_id: int | None = (
        None  # the first acknowledgement of a relayed message, with the case's buttons
    )
    waiting_told: bool = False  # the person was told messages wait, and is told again once they are delivered
    card_waiting_told: bool = False  # the person was told the request has reached nobody yet

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "claimed")


@dataclass(frozen=True)
class RelayedPiece:
    """A piece of what the person wrote on a case, waiting for a staff chat."""

    id: int
    text: str
    urgent: bool
    person_message_id: int | None


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    case_id: int
    kind: str
    text: str | None


@dataclass(frozen=True)
class CaseMessage:
    direction: str
    text: str | None
    created_at: int


@dataclass(frozen=True)
class AuditEntry:
    staff_user_id: int
    action: str
    at: int


@dataclass(frozen=True)
class ChecklistProgress:
    position: int
    answers: dict[str, str]


def _draft(row: sqlite3.Row) -> Draft:
    answers = json.loads(row["answers"])
    return Draft(row["user_id"], row["purpose"], row["step"], answers, bool(row["urgent"]))


def _case(row: sqlite3.Row) -> Case:
    values = dict(row)
    for flag in ("urgent", "person_blocked", "waiting_told", "card_waiting_told"):
        values[flag] = bool(values[flag])
    return Case(**values)


def _person(row: sqlite3.Row) -> Person:
    return Person(
        user_id=row["user_id"],
        language=row["language"],
        language_chosen=bool(row["language_chosen"]),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        campaign=row["campaign"],
        blocked=row["blocked_at"] is not None,
        country=row["country"],
    )


def _user_version(db: sqlite3.Connection) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def _checklist_progress(db: sqlite3.Connection, user_id: int) -> ChecklistProgress | None:
    row = db.execute(
        "SELECT position, answers FROM checklist_progress WHERE user_id = ?", (user_id,)
    ).fetchone()
    return ChecklistProgress(row["position"], json.loads(row["answers"])) if row else None


def _closing_cursor(work: Callable[[sqlite3.Connection], T], db: sqlite3.Connection) -> T:
    """work(db) on the database thread, closing there a cursor it returns. A cursor of executemany dropped later on
    the event loop's thread resets its statement, which sqlite3 may meanwhile have handed to the next executemany
    of the same SQL on this thread: that one then fails with "bad parameter or other API misuse" (seen under load)."""
    result = work(db)
    if isinstance(result, sqlite3.Cursor):
        result.close()
    return result


def _in_transaction(
    work: Callable[[sqlite3.Connection], T], db: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE"
) -> T:
    """work(db) between `begin` and COMMIT, rolled back if it or the commit raises. A write takes the write lock at
    once (BEGIN IMMEDIATE); a read in a plain BEGIN sees one committed state throughout."""
    db.execute(begin)
    try:
        result = work(db)
        db.commit()
    except BaseException:
        if db.in_transaction:
            db.rollback()
        raise
    return result


class _RetryingConnection:
    """The aiosqlite connection's single statements, each tried again while another process holds the write lock
    (Storage._retrying), as every unit of work is."""

    def __init__(
        self,
        connection: aiosqlite.Connection,
        retrying: Callable[[Callable[[], Awaitable[Any]]], Awaitable[Any]],
    ) -> None:
        self._connection = connection
        self._retrying = retrying

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> aiosqlite.Cursor:
        cursor: aiosqlite.Cursor = await self._retrying(lambda: self._connection.execute(sql, parameters))
        return cursor

    async def execute_fetchall(self, sql: str, parameters: Sequence[Any] = ()) -> Iterable[sqlite3.Row]:
        rows: Iterable[sqlite3.Row] = await self._retrying(
            lambda: self._connection.execute_fetchall(sql, parameters)
        )
        return rows


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements. Migrations hold no semicolons inside literals; a trigger's body has its
    own, so a CREATE TRIGGER statement runs on to its END."""
    without_comments = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    statements: list[str] = []
    pending = ""
    for part in without_comments.split(";"):
        pending = f"{pending};{part}" if pending else part
        statement = pending.strip()
        if _TRIGGER.match(statement) and not _TRIGGER_END.search(statement):
            continue
        if statement:
            statements.append(statement)
        pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


_TRIGGER = re.compile(r"CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b", re.IGNORECASE)
_TRIGGER_END = re.compile(r"\bEND$", re.IGNORECASE)
