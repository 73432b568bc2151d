"""The durable inbox: every fetched update is stored before Telegram is told it arrived, and marked handled once
its handling is done (its payload, which holds what the person wrote, is then dropped)."""

from __future__ import annotations

from bot.storage.connection import Repository, Transaction


class Inbox(Repository):
    async def store_updates(self, updates: list[tuple[int, str]]) -> list[int]:
        """Store fetched updates before Telegram is told they arrived; returns the ids that are new (a redelivered
        update is ignored here, which is what makes it harmless)."""
        now = self.now()

        async def work(tx: Transaction) -> list[int]:
            fresh = []
            for update_id, payload in updates:
                inserted = await tx.execute(
                    "INSERT OR IGNORE INTO inbox (update_id, received_at, payload) VALUES (?, ?, ?)",
                    (update_id, now, payload),
                )
                if inserted == 1:
                    fresh.append(update_id)
            return fresh

        # Telegram forgets these updates once we confirm them, so they must survive a power cut too.
        return await self.db.write(work, durable=True)

    async def unhandled_updates(self) -> list[tuple[int, str]]:
        rows = await self.db.fetchall(
            "SELECT update_id, payload FROM inbox WHERE handled_at IS NULL ORDER BY update_id"
        )
        return [(row["update_id"], row["payload"]) for row in rows]

    async def mark_handled(self, update_id: int) -> None:
        """The update's handling is done: drop its payload (it holds what the person wrote), keep its id. Should
        the process die between a reply and this write, the update is handled again at the next start: a
        repeated reply at worst (README, "No update is lost to a crash")."""
        await self.db.execute(
            "UPDATE inbox SET handled_at = ?, payload = NULL WHERE update_id = ?", (self.now(), update_id)
        )

    async def last_update_id(self) -> int | None:
        row = await self.db.fetchone("SELECT MAX(update_id) FROM inbox")
        return row[0] if row else None
