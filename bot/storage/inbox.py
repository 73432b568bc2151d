"""The durable inbox: every fetched update is stored before Telegram is told it arrived, and marked handled once
its handling is done (its payload, which holds what the person wrote, is then dropped)."""

from __future__ import annotations

import json

from bot.storage.connection import Repository, Transaction

# Rows: [update_id, handled_at].
MARK_HANDLED = """
    UPDATE inbox SET handled_at = json_extract(mark.value, '$[1]'), payload = NULL
    FROM json_each(?) AS mark WHERE inbox.update_id = json_extract(mark.value, '$[0]')
"""


class Inbox(Repository):
    async def store_updates(self, updates: list[tuple[int, str]]) -> list[int]:
        """Store fetched updates before Telegram is told they arrived; returns the ids that are new, in order (a
        redelivered update is ignored here, which is what makes it harmless). One statement for the whole batch:
        every statement is a round trip to the database's thread, which under load is what limits the bot."""
        if not updates:
            return []
        now = self.now()
        batch = json.dumps(updates)  # [[update_id, payload], ...]

        async def work(tx: Transaction) -> list[int]:
            inserted = await tx.fetchall(
                """
                INSERT OR IGNORE INTO inbox (update_id, received_at, payload)
                SELECT json_extract(value, '$[0]'), ?, json_extract(value, '$[1]') FROM json_each(?)
                RETURNING update_id
                """,
                (now, batch),
            )
            return sorted(row["update_id"] for row in inserted)

        # Telegram forgets these updates once we confirm them, so they must survive a power cut too.
        return await self.db.write(work, durable=True)

    async def unhandled_updates(self) -> list[tuple[int, str]]:
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE handled_at IS NULL ORDER BY update_id"
        )
        return [(row["update_id"], row["payload"]) for row in rows]

    async def mark_handled(self, update_id: int) -> None:
        """The update's handling is done: drop its payload (it holds what the person wrote), keep its id; returns
        once that is committed. Marks made while one is being written go together in the next write
        (`Database.gathered`). Should the process die between a reply and this write, the update is handled again
        at the next start: a repeated reply at worst (README, "No update is lost to a crash")."""
        await self.db.gathered(MARK_HANDLED, (update_id, self.now()))

    async def last_update_id(self) -> int | None:
        row = await self.db.fetchone("SELECT MAX(update_id) FROM inbox")
        return row[0] if row else None
