"""Chat migrations (migration 0010): a staff group Telegram turned into a supergroup, old id → new id."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bot.storage.connection import Repository, Transaction


class ChatMigrations(Repository):
    # Staff groups Telegram turned into supergroups: old id → new id (see record_chat_migration).
    migrated_chats: dict[int, int]

    async def load_chat_migrations(self) -> None:
        rows = await self.db.fetchall("SELECT old_chat_id, new_chat_id FROM chat_migrations")
        self.migrated_chats = {row["old_chat_id"]: row["new_chat_id"] for row in rows}

    async def record_chat_migration(self, old_chat_id: int, new_chat_id: int) -> bool:
        """Remember that `old_chat_id` is now `new_chat_id` (and so is every id that led to it); True the first
        time, so the coordinators are told once."""
        now = self.now()

        async def work(tx: Transaction) -> bool:
            await tx.execute(
                "UPDATE chat_migrations SET new_chat_id = ? WHERE new_chat_id = ?", (new_chat_id, old_chat_id)
            )
            inserted = await tx.execute(
                "INSERT OR IGNORE INTO chat_migrations (old_chat_id, new_chat_id, migrated_at) VALUES (?, ?, ?)",
                (old_chat_id, new_chat_id, now),
            )
            return inserted == 1

        first = await self.db.write(work)
        await self.load_chat_migrations()
        return first


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
