"""Requests for a specialist of the roster made from a case (bot/specialists.py), tracked asked → accepted → done;
each step audited on the case in the same unit of work. A step happens once: of two presses, one wins."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.storage.cases import audit
from bot.storage.connection import Repository, Row, Transaction

STATUSES = ("asked", "accepted", "done")
_BY_ID = "SELECT * FROM specialist_requests WHERE id = ?"


@dataclass(frozen=True)
class SpecialistRequest:
    id: int
    case_id: int
    specialist_id: str
    role: str
    status: str


def _request_of(row: Row) -> SpecialistRequest:
    return SpecialistRequest(row["id"], row["case_id"], row["specialist_id"], row["role"], row["status"])


class SpecialistRequests(Repository):
    async def ask_specialist(
        self, case_id: int, specialist_id: str, role: str, staff_user_id: int
    ) -> SpecialistRequest:
        now = self.now()

        async def work(tx: Transaction) -> SpecialistRequest:
            row = await tx.fetchone(
                """
                INSERT INTO specialist_requests (case_id, specialist_id, role, asked_by, asked_at)
                VALUES (?, ?, ?, ?, ?) RETURNING *
                """,
                (case_id, specialist_id, role, staff_user_id, now),
            )
            assert row is not None
            await audit(tx, case_id, staff_user_id, f"specialist:asked:{role}", now)
            return _request_of(row)

        return await self.db.write(work)

    async def withdraw_specialist_request(self, request_id: int) -> None:
        """The request never reached the specialist's chat: it is not counted as asked."""
        await self.db.execute(
            "DELETE FROM specialist_requests WHERE id = ? AND status = 'asked'", (request_id,)
        )

    async def specialist_request(self, request_id: int) -> SpecialistRequest | None:
        row = await self.db.fetchone(_BY_ID, (request_id,))
        return _request_of(row) if row else None

    async def advance_specialist_request(
        self, request_id: int, status: str, staff_user_id: int
    ) -> tuple[bool, SpecialistRequest | None]:
        """Move the request on to `status` ("accepted", or "done" from asked or accepted); False when it already
        was there or past it."""
        now = self.now()
        earlier = json.dumps(list(STATUSES[: STATUSES.index(status)]))

        async def work(tx: Transaction) -> tuple[bool, SpecialistRequest | None]:
            moved = 1 == await tx.execute(
                """
                UPDATE specialist_requests SET status = ?1,
                       accepted_at = CASE WHEN ?1 = 'accepted' THEN ?2 ELSE accepted_at END,
                       done_at = CASE WHEN ?1 = 'done' THEN ?2 ELSE done_at END
                WHERE id = ?3 AND status IN (SELECT value FROM json_each(?4))
                """,
                (status, now, request_id, earlier),
            )
            row = await tx.fetchone(_BY_ID, (request_id,))
            found = _request_of(row) if row else None
            if moved and found is not None:
                await audit(tx, found.case_id, staff_user_id, f"specialist:{status}:{found.role}", now)
            return moved, found

        return await self.db.write(work)


async def request_counts(tx: Transaction, times: tuple[int, int], scope: str | None) -> list[Row]:
    """role, status, n of the requests asked in the period from the cases of the NGOs in `scope` (None: all)."""
    return await tx.fetchall(
        """
        SELECT r.role, r.status, COUNT(*) AS n
        FROM specialist_requests AS r JOIN cases AS c ON c.id = r.case_id
        WHERE r.asked_at >= ? AND r.asked_at < ?
          AND (? IS NULL OR c.ngo_id IN (SELECT value FROM json_each(?)))
        GROUP BY 1, 2
        """,
        (*times, scope, scope),
    )
