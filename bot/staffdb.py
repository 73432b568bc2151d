"""Staff added and removed from the coordinator chat: the `staff_members` table (migration 0014) and its audit."""

from __future__ import annotations

import sqlite3

from bot.storage import Storage


async def load_staff_changes(storage: Storage) -> dict[int, bool]:
    """user id → True (added from the chat) or False (removed from the chat), on top of the config's list."""

    def work(db: sqlite3.Connection) -> dict[int, bool]:
        rows = db.execute("SELECT user_id, active FROM staff_members").fetchall()
        return {row[0]: bool(row[1]) for row in rows}

    return await storage.run(work)


async def change_staff(storage: Storage, user_id: int, active: bool, by_user_id: int) -> None:
    """Add (`active`) or remove a staff member, audited under the coordinator who did it, in one transaction."""
    now = storage.now()
    action = f"{'addstaff' if active else 'removestaff'}:{user_id}"

    def work(db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO staff_members (user_id, active, changed_by, changed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET active = excluded.active, changed_by = excluded.changed_by, "
            "changed_at = excluded.changed_at",
            (user_id, int(active), by_user_id, now),
        )
        db.execute(
            "INSERT INTO audit (case_id, staff_user_id, action, at) VALUES (NULL, ?, ?, ?)",
            (by_user_id, action, now),
        )

    await storage.write(work)
