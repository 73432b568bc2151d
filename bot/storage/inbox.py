"""The durable inbox: every fetched update is stored before Telegram is told it arrived, and marked handled once
its handling is done (its payload, which holds what the person wrote, is then dropped)."""

from __future__ import annotations

import json

from bot.storage.connection import Repository, Transaction


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

    async def mark_handled(self, *update_ids: int) -> None:
        """These updates' handling is done: drop their payloads (they hold what people wrote), keep their ids. One
        statement, however many (the poller marks together the updates that finished while its last mark was
        being written). Should the process die between a reply and this write, the update is handled again at the
        next start: a repeated reply at worst (README, "No update is lost to a crash")."""
        await self.db.execute(
            "UPDATE inbox SET handled_at = ?, payload = NULL WHERE update_id IN (SELECT value FROM json_each(?))",
            (self.now(), json.dumps(update_ids)),
        )

    async def last_update_id(self) -> int | None:
        row = await self.db.fetchone("SELECT MAX(update_id) FROM inbox")
        return row[0] if row else None
