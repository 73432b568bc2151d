"""Staff added and removed from the coordinator chat (migration 0015), on top of the config's list, and audited;
and the names staff act under (migration 0017), for case histories."""

from __future__ import annotations

from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction
from bot.storage.models import Case, case_of


class StaffMembers(Repository):
    # user id → the name this process last stored, so that a staff action writes only when a name changed.
    _names_stored: dict[int, str] | None = None

    async def load_staff_changes(self) -> dict[int, bool]:
        """user id → True (added from the chat) or False (removed from the chat)."""
        rows = await self.db.fetchall("SELECT user_id, active FROM staff_members")
        return {row["user_id"]: bool(row["active"]) for row in rows}

    async def change_staff(self, user_id: int, active: bool, by_user_id: int) -> list[Case]:
        """Add (`active`) or remove a staff member, audited under the coordinator who did it, in one transaction.
        A removed member's claimed cases go back to the queue with it (audited "release:<user>", the trigger of
        migration 0010 queues their card edits): nobody else could act on them. Returns those cases, urgent first."""
        now = self.now()
        action = f"{'addstaff' if active else 'removestaff'}:{user_id}"

        async def work(tx: Transaction) -> list[Case]:
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
            if active:
                return []
            rows = await tx.fetchall(
                "UPDATE cases SET status = 'open', claimed_at = NULL, claimed_by = NULL, claimed_by_name = NULL, "
                "claimed_by_coordinators = 0, waiting_since = ?, escalated_at = NULL, "
                "given_back = 'release', given_back_by = claimed_by_name "
                "WHERE status = 'claimed' AND claimed_by = ? RETURNING *",
                (now, user_id),
            )
            for row in rows:
                await audit(tx, row["id"], by_user_id, f"release:{user_id}", now)
            return sorted(map(case_of, rows), key=lambda case: (not case.urgent, case.created_at, case.id))

        return await self.db.write(work)

    async def remember_staff_name(self, user_id: int, name: str) -> None:
        """The Telegram first name a staff member acts under, kept so that histories name them."""
        if self._names_stored is None:
            self._names_stored = {}
        if self._names_stored.get(user_id) == name:
            return
        await self.db.execute(
            "INSERT INTO staff_names (user_id, name, seen_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
            (user_id, name, self.now()),
        )
        self._names_stored[user_id] = name

    async def staff_names(self) -> dict[int, str]:
        """user id → the staff member's name as they last acted."""
        rows = await self.db.fetchall("SELECT user_id, name FROM staff_names")
        return {row["user_id"]: row["name"] for row in rows}
