"""Numbered, forward-only migrations (bot/migrations/NNNN_name.sql), each applied in one transaction together with
PRAGMA user_version, so a failure leaves neither."""

from __future__ import annotations

import importlib.resources
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.storage.connection import Database, Transaction

MIGRATIONS_DIR = Path(str(importlib.resources.files("bot"))) / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


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


def split_statements(script: str) -> list[str]:
    """The script's statements, each ended where SQLite itself says one is complete (so a trigger's body, a
    literal or a comment may hold semicolons). The last statement may go without its semicolon; comments after it
    are dropped."""
    statements = []
    start = 0
    for end in (match.end() for match in re.finditer(";", script)):
        if sqlite3.complete_statement(script[start:end]):
            statements.append(script[start:end].strip())
            start = end
    rest = script[start:]
    if any(line.strip() and not line.strip().startswith("--") for line in rest.splitlines()):
        statements.append(rest.strip())
    return statements


async def user_version(db: Database) -> int:
    row = await db.fetchone("PRAGMA user_version")
    return int(row[0]) if row else 0


async def migrate(db: Database, migrations: list[Migration]) -> int:
    """Apply the migrations the database has not seen, each in one transaction with its version number."""
    current = await user_version(db)
    for migration in migrations:
        if migration.version <= current:
            continue

        # executescript would commit on its own; running the statements inside our own BEGIN keeps the schema
        # change and PRAGMA user_version in one transaction.
        async def apply(tx: Transaction, migration: Migration = migration) -> None:
            for statement in split_statements(migration.sql):
                await tx.execute(statement)
            await tx.execute(f"PRAGMA user_version = {migration.version:d}")

        await db.write(apply)
        current = migration.version
    return current
