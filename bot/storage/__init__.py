"""The one storage layer: one long-lived aiosqlite connection, plain parameterised SQL, numbered migrations.

`connection.py` opens the database and runs units of work on it (one transaction on the one connection, through
aiosqlite's public API); `migrations.py` applies bot/migrations/; each other module holds the SQL of one concern,
as a class of methods on that connection. `Storage` inherits them all, so handlers keep writing
`context.bot_data.storage.<method>` and need not know which concern a method belongs to: one object to open, pass
and close, each concern's SQL still in its own file. A method is one unit of work; `run` and `write` take a unit of
work of the caller's own (tests, tools).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TypeVar

import aiosqlite

from bot.handoff import Draft, NewCase
from bot.storage.after_close import AfterClose
from bot.storage.cases import Cases, read_open_cases
from bot.storage.casework import Casework
from bot.storage.chats import ChatMigrations, read_chat_migrations
from bot.storage.checklist import Checklist
from bot.storage.connection import (
    BUSY_RETRY_DELAYS,
    BUSY_RETRY_SECONDS,
    BUSY_TIMEOUT_MS,
    Clock,
    Database,
    Sleep,
    StorageError,
    Transaction,
    Work,
    unusable,
)
from bot.storage.delivery import Delivery
from bot.storage.drafts import Drafts
from bot.storage.held_replies import HeldReplies, HeldReply
from bot.storage.inbox import Inbox
from bot.storage.indicators import Indicators
from bot.storage.media import HeldMedia, Media
from bot.storage.migrations import MIGRATIONS_DIR, Migration, load_migrations, migrate, user_version
from bot.storage.models import (
    BY_PERSON,
    OWN_WORDS,
    AuditEntry,
    Case,
    CaseMessage,
    ChecklistProgress,
    ForgetJob,
    OutboxEntry,
    Person,
    RelayedPiece,
    RelayOrigin,
)
from bot.storage.people import People
from bot.storage.privacy import CHECKPOINT_RETRY_DELAYS, DRAFT_DAYS, Privacy
from bot.storage.questions import Questions
from bot.storage.screening import Screening, Screenings
from bot.storage.specialists import SpecialistRequest, SpecialistRequests
from bot.storage.staff import StaffMembers
from bot.storage.staff_replies import StaffReplies
from bot.storage.topics import CaseTopic, Topics, read_topic_refusals

T = TypeVar("T")

__all__ = [
    "BUSY_RETRY_DELAYS",
    "BUSY_RETRY_SECONDS",
    "BUSY_TIMEOUT_MS",
    "BY_PERSON",
    "CHECKPOINT_RETRY_DELAYS",
    "DRAFT_DAYS",
    "MIGRATIONS_DIR",
    "AuditEntry",
    "Case",
    "CaseTopic",
    "CaseMessage",
    "ChecklistProgress",
    "Clock",
    "Draft",
    "HeldMedia",
    "HeldReply",
    "ForgetJob",
    "Migration",
    "NewCase",
    "OutboxEntry",
    "Person",
    "RelayedPiece",
    "RelayOrigin",
    "OWN_WORDS",
    "Screening",
    "SpecialistRequest",
    "Storage",
    "StorageError",
    "Transaction",
    "load_migrations",
    "read_chat_migrations",
    "read_open_cases",
    "read_topic_refusals",
]


class Storage(
    People,
    Inbox,
    Questions,
    Checklist,
    Drafts,
    Cases,
    StaffReplies,
    Casework,
    AfterClose,
    Delivery,
    HeldReplies,
    Media,
    Privacy,
    ChatMigrations,
    Indicators,
    StaffMembers,
    Topics,
    Screenings,
    SpecialistRequests,
):
    """The bot's database. Open with `await Storage.open(path)`; close with `await storage.close()`."""

    def __init__(
        self, connection: aiosqlite.Connection, clock: Clock, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.db = Database(connection, busy_timeout_ms=busy_timeout_ms)
        self.clock = clock
        self.migrated_chats = {}

    @classmethod
    async def open(
        cls, path: Path, *, clock: Clock = time.time, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> Storage:
        """Open (creating, migrating) the database. Every failure is a StorageError naming the file, with the
        connection closed."""
        database = await Database.open(path, busy_timeout_ms=busy_timeout_ms)
        storage = cls(database.connection, clock, busy_timeout_ms=busy_timeout_ms)
        try:
            await storage.migrate()
            await storage.load_chat_migrations()
        except BaseException as error:
            await database.connection.close()
            if isinstance(error, sqlite3.Error):
                raise unusable(path, error) from None
            raise
        return storage

    async def close(self) -> None:
        await self.db.close()

    @property
    def sleep(self) -> Sleep:
        """What every pause of a retry awaits (the tests replace it, so that nothing really waits)."""
        return self.db.sleep

    @sleep.setter
    def sleep(self, sleep: Sleep) -> None:
        self.db.sleep = sleep

    @property
    def busy_timeout_ms(self) -> int:
        return self.db.busy_timeout_ms

    @busy_timeout_ms.setter
    def busy_timeout_ms(self, milliseconds: int) -> None:
        self.db.busy_timeout_ms = milliseconds

    async def run(self, work: Work[T]) -> T:
        """`work(transaction)` in one read transaction: its reads agree with each other."""
        return await self.db.read(work)

    async def write(self, work: Work[T]) -> T:
        """`work(transaction)` inside BEGIN IMMEDIATE … COMMIT, rolled back whole if it raises."""
        return await self.db.write(work)

    async def schema_version(self) -> int:
        return await user_version(self.db)

    async def migrate(self, migrations: list[Migration] | None = None) -> int:
        """Apply the migrations the database has not seen, each in one transaction with its version number."""
        return await migrate(self.db, load_migrations() if migrations is None else migrations)

    async def tables(self) -> list[str]:
        rows = await self.db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [row[0] for row in rows]
