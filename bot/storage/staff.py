"""Staff added and removed from the coordinator chat (migration 0015), on top of the config's list, and audited."""

from __future__ import annotations

from bot.storage.connection import Repository, Transaction


class StaffMembers(Repository):
    async def load_staff_changes(self) -> dict[int, bool]:
        """user id → True (added from the chat) or False (removed from the chat)."""
        rows = await self.db.fetchall("SELECT user_id, active FROM staff_members")
        return {row["user_id"]: bool(row["active"]) for row in rows}

    async def change_staff(self, user_id: int, active: bool, by_user_id: int) -> None:
        """Add (`active`) or remove a staff member, audited under the coordinator who did it, in one transaction."""
        now = self.now()
        action = f"{'addstaff' if active else 'removestaff'}:{user_id}"

        async def work(tx: Transaction) -> None:
            await tx.execute(
                "INSERT INTO staff_members (user_id, active, changed_by, changed_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET active = excluded.active, changed_by = excluded.changed_by, "
                "changed_at = excluded.changed_at",
                (user_id, int(active), by_user_id, now),
            )
            await tx.execute(
                "INSERT INTO audit (case_id, staff_user_id, action, at) VALUES (NULL, ?, ?, ?)",
                (by_user_id, action, now),
            )

        await self.db.write(work)
