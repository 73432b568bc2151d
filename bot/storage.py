"""The one storage layer: one long-lived aiosqlite connection, plain parameterised SQL, numbered migrations.

All access goes through one lock, because tasks that share an aiosqlite connection share its transaction: without
the lock one task's rollback could undo another task's write. A method of this class is one unit of work.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

Clock = Callable[[], float]


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


@dataclass(frozen=True)
class Person:
    user_id: int
    language: str
    language_chosen: bool
    first_seen: int
    last_seen: int
    campaign: str | None


class Storage:
    """The bot's database. Open with `await Storage.open(path)`; close with `await storage.close()`."""

    def __init__(self, connection: aiosqlite.Connection, clock: Clock) -> None:
        self._db = connection
        self._lock = asyncio.Lock()
        self.clock = clock

    @classmethod
    async def open(cls, path: Path, *, clock: Clock = time.time) -> Storage:
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN / COMMIT ourselves, so a unit of work is exactly what we say.
        connection = await aiosqlite.connect(path, isolation_level=None)
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute("PRAGMA busy_timeout = 5000")
        await connection.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, so /forget leaves nothing readable in the file.
        await connection.execute("PRAGMA secure_delete = ON")
        storage = cls(connection, clock)
        await storage.migrate()
        return storage

    async def close(self) -> None:
        async with self._lock:
            await self._db.close()

    def now(self) -> int:
        return int(self.clock())

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Hold the connection for one unit of work; commit at the end, roll back on error."""
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                await self._db.rollback()
                raise
            await self._db.commit()

    async def schema_version(self) -> int:
        async with self._lock:
            return await _user_version(self._db)

    async def migrate(self, migrations: list[Migration] | None = None) -> int:
        """Apply the migrations the database has not seen, each in one transaction with its version number."""
        migrations = load_migrations() if migrations is None else migrations
        async with self._lock:
            current = await _user_version(self._db)
            for migration in migrations:
                if migration.version <= current:
                    continue
                # executescript would commit on its own; running the statements inside our own BEGIN keeps the
                # schema change and PRAGMA user_version in one transaction, so a failure leaves neither.
                await self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(migration.sql):
                        await self._db.execute(statement)
                    await self._db.execute(f"PRAGMA user_version = {migration.version:d}")
                except BaseException:
                    await self._db.rollback()
                    raise
                await self._db.commit()
                current = migration.version
            return current

    async def tables(self) -> list[str]:
        async with self._lock:
            cursor = await self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
            return [row["name"] for row in await cursor.fetchall()]

    # People -------------------------------------------------------------------------------------------------------

    async def touch_person(self, user_id: int, telegram_language: str, campaign: str | None = None) -> Person:
        """Get or create the person's row, note that they were seen, and follow Telegram's language until one
        is chosen. The campaign is kept from the first /start that had one."""
        now = self.now()
        async with self._lock:
            cursor = await self._db.execute(
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
            row = await cursor.fetchone()
        assert row is not None
        return _person(row)

    async def get_person(self, user_id: int) -> Person | None:
        async with self._lock:
            cursor = await self._db.execute("SELECT * FROM users WHERE user_id = ?", (user_id,))
            row = await cursor.fetchone()
        return _person(row) if row else None

    async def set_language(self, user_id: int, language: str) -> None:
        async with self._lock:
            await self._db.execute(
                "UPDATE users SET language = ?, language_chosen = 1 WHERE user_id = ?", (language, user_id)
            )

    # Questions ------------------------------------------------------------------------------------------------

    async def count_question(self, language: str, topic_id: str | None, confident: bool) -> None:
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))
        async with self._lock:
            await self._db.execute(
                """
                INSERT INTO question_counts (day, language, topic_id, confident, count) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (day, language, topic_id, confident) DO UPDATE SET count = count + 1
                """,
                (day, language, topic_id or "", int(confident)),
            )

    async def add_unanswered(self, user_id: int, language: str, masked_text: str) -> None:
        async with self._lock:
            await self._db.execute(
                "INSERT INTO unanswered (user_id, language, text, asked_at) VALUES (?, ?, ?, ?)",
                (user_id, language, masked_text, self.now()),
            )

    async def unanswered_questions(self, language: str | None = None) -> list[tuple[str, str, int]]:
        """(language, masked text, how often asked), most frequent first."""
        async with self._lock:
            cursor = await self._db.execute(
                """
                SELECT language, text, COUNT(*) AS times FROM unanswered
                WHERE ? IS NULL OR language = ?
                GROUP BY language, lower(text) ORDER BY times DESC, MAX(asked_at) DESC
                """,
                (language, language),
            )
            return [(row["language"], row["text"], row["times"]) for row in await cursor.fetchall()]

    async def add_feedback(self, topic_id: str, language: str, helpful: bool) -> None:
        async with self._lock:
            await self._db.execute(
                """
                INSERT INTO feedback (topic_id, language, helpful, unhelpful) VALUES (?, ?, ?, ?)
                ON CONFLICT (topic_id, language) DO UPDATE SET
                    helpful = helpful + excluded.helpful, unhelpful = unhelpful + excluded.unhelpful
                """,
                (topic_id, language, int(helpful), int(not helpful)),
            )

    async def feedback(self, topic_id: str, language: str) -> tuple[int, int]:
        async with self._lock:
            cursor = await self._db.execute(
                "SELECT helpful, unhelpful FROM feedback WHERE topic_id = ? AND language = ?",
                (topic_id, language),
            )
            row = await cursor.fetchone()
        return (row["helpful"], row["unhelpful"]) if row else (0, 0)

    # Checklist ------------------------------------------------------------------------------------------------

    async def checklist_progress(self, user_id: int) -> ChecklistProgress | None:
        async with self._lock:
            cursor = await self._db.execute(
                "SELECT position, answers FROM checklist_progress WHERE user_id = ?", (user_id,)
            )
            row = await cursor.fetchone()
        if row is None:
            return None
        return ChecklistProgress(row["position"], json.loads(row["answers"]))

    async def save_checklist_progress(self, user_id: int, position: int, answers: dict[str, str]) -> None:
        async with self._lock:
            await self._db.execute(
                """
                INSERT INTO checklist_progress (user_id, position, answers, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET
                    position = excluded.position, answers = excluded.answers, updated_at = excluded.updated_at
                """,
                (user_id, position, json.dumps(answers, sort_keys=True), self.now()),
            )

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
        async with self.transaction() as db:
            cursor = await db.execute(
                """
                INSERT INTO checklist_results (finished_on, language, level, flagged, region)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """,
                (day, language, level, ",".join(flagged), region),
            )
            row = await cursor.fetchone()
            await db.execute(
                "UPDATE checklist_progress SET position = ?, updated_at = ? WHERE user_id = ?",
                (position, self.now(), user_id),
            )
        assert row is not None
        return int(row["id"])

    async def clear_checklist(self, user_id: int) -> None:
        async with self._lock:
            await self._db.execute("DELETE FROM checklist_progress WHERE user_id = ?", (user_id,))

    async def checklist_result(self, result_id: int) -> dict[str, object] | None:
        async with self._lock:
            cursor = await self._db.execute("SELECT * FROM checklist_results WHERE id = ?", (result_id,))
            row = await cursor.fetchone()
        return dict(row) if row else None


@dataclass(frozen=True)
class ChecklistProgress:
    position: int
    answers: dict[str, str]


def _person(row: aiosqlite.Row) -> Person:
    return Person(
        user_id=row["user_id"],
        language=row["language"],
        language_chosen=bool(row["language_chosen"]),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        campaign=row["campaign"],
    )


async def _user_version(db: aiosqlite.Connection) -> int:
    cursor = await db.execute("PRAGMA user_version")
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (migrations hold no semicolons inside literals or triggers)."""
    without_comments = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [part.strip() for part in without_comments.split(";") if part.strip()]
