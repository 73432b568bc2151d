"""Requests to the network's specialists on a case: asked, accepted, done, or declined by the specialist or
withdrawn by staff (migration 0044), or ended because the specialist is no longer on the roster (migration 0047);
audited, and counted by role for the organisation that asked."""

from __future__ import annotations

from dataclasses import dataclass

from bot.casework import HOTLINE_TEAM
from bot.storage.cases import audit
from bot.storage.connection import Repository, Row, Transaction
from bot.storage.specialist_summary import SUMMARY as _SUMMARY

# A request moves forward only: accepted from asked, done from asked or accepted.
_BEFORE = {"accepted": ("asked",), "done": ("asked", "accepted")}
# How a request ends before its case: the specialist declines (asked or accepted), or staff withdraw it (asked).
_ENDS = ("declined", "withdrawn")
# Who the audit names for a request that ended because its specialist left the roster: nobody pressed anything
# (0 is the person, a positive number a staff member or a specialist).
BY_ROSTER = -1


@dataclass(frozen=True)
class SpecialistRequest:
    id: int
    case_id: int
    specialist_id: str
    role: str
    chat_id: int
    message_id: int | None
    state: str
    ended_at: int | None = None  # the case was closed before the request was done (migration 0038)
    end_reason: str | None = None  # None: the close ended it; "declined" or "withdrawn" (0044), "left" (0047)
    asked_for: str | None = (
        None  # the organisation that asked (HOTLINE_TEAM: the coordinators), migration 0047
    )
    language: str | None = None  # the specialist's language when asked (None: asked before migration 0047)

    @property
    def ended(self) -> bool:
        return self.ended_at is not None and self.state != "done"


def _request_of(row: object) -> SpecialistRequest:
    return SpecialistRequest(*(row[key] for key in SpecialistRequest.__dataclass_fields__))  # type: ignore[index]


class SpecialistRequests(Repository):
    async def ask_specialist(
        self,
        case_id: int,
        specialist_id: str,
        role: str,
        chat_id: int,
        staff_user_id: int,
        language: str | None = None,
    ) -> tuple[SpecialistRequest, bool]:
        """(the request, whether it is new): a specialist already asked on this case and not done is asked once,
        whoever presses twice. It is asked for the organisation that has the case now, in `language`."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[SpecialistRequest, bool]:
            open_request = await tx.fetchone(
                """
                SELECT * FROM specialist_requests
                WHERE case_id = ? AND specialist_id = ? AND state IN ('asked', 'accepted') AND ended_at IS NULL
                ORDER BY id DESC
                """,
                (case_id, specialist_id),
            )
            if open_request is not None:
                return _request_of(open_request), False
            row = await tx.fetchone(
                """
                INSERT INTO specialist_requests
                    (case_id, specialist_id, role, chat_id, asked_by, asked_at, language, asked_for)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(ngo_id, ?8) FROM cases WHERE id = ?1))
                RETURNING *
                """,
                (case_id, specialist_id, role, chat_id, staff_user_id, now, language, HOTLINE_TEAM),
            )
            await tx.execute(_SUMMARY, (case_id,))
            await audit(tx, case_id, staff_user_id, f"specialist:asked:{role}", now)
            return _request_of(row), True

        return await self.db.write(work)

    async def set_request_message(self, request_id: int, chat_id: int, message_id: int) -> None:
        """The request is in the specialist's chat: the card no longer says it is not."""

        async def work(tx: Transaction) -> None:
            row = await tx.fetchone(
                "UPDATE specialist_requests SET chat_id = ?, message_id = ? WHERE id = ? RETURNING case_id",
                (chat_id, message_id, request_id),
            )
            if row is not None:
                await tx.execute(_SUMMARY, (row["case_id"],))

        await self.db.write(work)

    async def request_unsent(self, request: SpecialistRequest, staff_user_id: int) -> None:
        """The specialist's chat refused the request: audited, so that /case says it did not arrive."""
        action = f"specialist:unsent:{request.role}:{request.specialist_id}"
        now = self.now()

        async def work(tx: Transaction) -> None:
            await audit(tx, request.case_id, staff_user_id, action, now)

        await self.db.write(work)

    async def specialist_request(self, request_id: int) -> SpecialistRequest | None:
        row = await self.db.fetchone("SELECT * FROM specialist_requests WHERE id = ?", (request_id,))
        return _request_of(row) if row else None

    async def request_of_message(self, chat_id: int, message_id: int) -> SpecialistRequest | None:
        """The request this message of the bot is about, if it is one: the request itself in the specialist's chat,
        or a message of the conversation on it in either chat (add_request_message)."""
        row = await self.db.fetchone(
            """
            SELECT * FROM specialist_requests WHERE chat_id = ?1 AND message_id = ?2
            UNION ALL
            SELECT r.* FROM specialist_messages AS m JOIN specialist_requests AS r ON r.id = m.request_id
            WHERE m.chat_id = ?1 AND m.message_id = ?2
            LIMIT 1
            """,
            (chat_id, message_id),
        )
        return _request_of(row) if row else None

    async def add_request_message(self, request_id: int, chat_id: int, message_id: int) -> None:
        """A message of the bot in the conversation on a request, so that a reply to it is one on the request."""
        await self.db.execute(
            "INSERT OR IGNORE INTO specialist_messages (chat_id, message_id, request_id) VALUES (?, ?, ?)",
            (chat_id, message_id, request_id),
        )

    async def accepted_by(self, request: SpecialistRequest) -> int | None:
        """Who pressed Accept on this request, while it is accepted (its audit entry: the newest for the case and the
        specialist, as a specialist has one request open on a case at a time); None when nobody holds it."""
        if request.state != "accepted":
            return None
        row = await self.db.fetchone(
            "SELECT staff_user_id FROM audit WHERE case_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
            (request.case_id, f"specialist:accepted:{request.role}:{request.specialist_id}"),
        )
        return row["staff_user_id"] if row else None

    async def advance_request(
        self, request_id: int, state: str, user_id: int
    ) -> tuple[bool, SpecialistRequest]:
        """Move a request to `state` (accepted or done), audited; atomic, so a second press changes nothing, nor
        one on a request that ended with its case."""
        if state not in _BEFORE:
            raise ValueError(f"a request moves to accepted or done, not {state!r}")
        now = self.now()

        async def work(tx: Transaction) -> tuple[bool, SpecialistRequest]:
            row = await tx.fetchone(
                """
                UPDATE specialist_requests SET state = ?1,
                    accepted_at = CASE WHEN ?1 = 'accepted' THEN ?2 ELSE accepted_at END,
                    done_at = CASE WHEN ?1 = 'done' THEN ?2 ELSE done_at END
                WHERE id = ?3 AND (state = 'asked' OR (state = 'accepted' AND ?1 = 'done')) AND ended_at IS NULL
                RETURNING *
                """,
                (state, now, request_id),
            )
            if row is None:
                current = await tx.fetchone("SELECT * FROM specialist_requests WHERE id = ?", (request_id,))
                return False, _request_of(current)
            request = _request_of(row)
            await tx.execute(_SUMMARY, (request.case_id,))
            action = (
                f"specialist:{state}:{request.role}:{request.specialist_id}"  # histories name the specialist
            )
            await audit(tx, request.case_id, user_id, action, now)
            return True, request

        return await self.db.write(work)

    async def end_request(self, request_id: int, reason: str, user_id: int) -> tuple[bool, SpecialistRequest]:
        """End a request before its case: "declined" by the specialist (asked or accepted) or "withdrawn" by staff
        (only while asked); audited, atomic, so a second press, or one on a request that ended, changes nothing."""
        if reason not in _ENDS:
            raise ValueError(f"a request is declined or withdrawn, not {reason!r}")
        now = self.now()

        async def work(tx: Transaction) -> tuple[bool, SpecialistRequest]:
            row = await tx.fetchone(
                """
                UPDATE specialist_requests SET ended_at = ?1, end_reason = ?2, ended_by = ?3
                WHERE id = ?4 AND ended_at IS NULL
                  AND (state = 'asked' OR (state = 'accepted' AND ?2 = 'declined'))
                RETURNING *
                """,
                (now, reason, user_id, request_id),
            )
            if row is None:
                current = await tx.fetchone("SELECT * FROM specialist_requests WHERE id = ?", (request_id,))
                return False, _request_of(current)
            request = _request_of(row)
            await tx.execute(_SUMMARY, (request.case_id,))
            await audit(
                tx,
                request.case_id,
                user_id,
                f"specialist:{reason}:{request.role}:{request.specialist_id}",
                now,
            )
            return True, request

        return await self.db.write(work)

    async def end_requests_off_roster(self, roster_ids: frozenset[str]) -> list[SpecialistRequest]:
        """At start: the requests still open (asked or accepted) whose specialist is not on the roster end now, each
        audited; each case's cards and staff are to be told once, through the outbox (kind 'specialists-left',
        `text` the requests' ids). Returns them."""
        now = self.now()

        async def work(tx: Transaction) -> list[SpecialistRequest]:
            rows = await tx.fetchall(
                "SELECT * FROM specialist_requests WHERE state IN ('asked', 'accepted') AND ended_at IS NULL"
            )
            left = [_request_of(row) for row in rows if row["specialist_id"] not in roster_ids]
            for request in left:
                await tx.execute(
                    "UPDATE specialist_requests SET ended_at = ?, end_reason = 'left' WHERE id = ?",
                    (now, request.id),
                )
                action = f"specialist:left:{request.role}:{request.specialist_id}"
                await audit(tx, request.case_id, BY_ROSTER, action, now)
            for case_id in sorted({request.case_id for request in left}):
                await tx.execute(_SUMMARY, (case_id,))
                await tx.execute("INSERT INTO outbox (case_id, kind) VALUES (?, 'card')", (case_id,))
                ids = ",".join(str(request.id) for request in left if request.case_id == case_id)
                await tx.execute(
                    "INSERT INTO outbox (case_id, kind, text) VALUES (?, 'specialists-left', ?)",
                    (case_id, ids),
                )
            return left

        return await self.db.write(work)

    async def open_requests(self, case_id: int) -> list[SpecialistRequest]:
        """The case's requests not done and not ended: those a referral tells of the move."""
        rows = await self.db.fetchall(
            """
            SELECT * FROM specialist_requests
            WHERE case_id = ? AND state IN ('asked', 'accepted') AND ended_at IS NULL ORDER BY id
            """,
            (case_id,),
        )
        return [_request_of(row) for row in rows]

    async def held_in_chat_by_former(self, chat_id: int) -> SpecialistRequest | None:
        """The newest request posted in this chat that ended because its specialist left the roster: the chat of a
        specialist who is no longer on it, whom the bot still answers (handlers/specialist_left.py)."""
        row = await self.db.fetchone(
            "SELECT * FROM specialist_requests WHERE chat_id = ? AND end_reason = 'left' ORDER BY id DESC LIMIT 1",
            (chat_id,),
        )
        return _request_of(row) if row else None

    async def waiting_requests(self, case_id: int) -> list[SpecialistRequest]:
        """The case's requests still waiting for the specialist's answer: those staff may withdraw."""
        rows = await self.db.fetchall(
            "SELECT * FROM specialist_requests WHERE case_id = ? AND state = 'asked' AND ended_at IS NULL ORDER BY id",
            (case_id,),
        )
        return [_request_of(row) for row in rows]


async def request_counts(tx: Transaction, times: tuple[int, int], scope: str | None) -> list[Row]:
    """ngo_id, velayat, role, status, n of the requests asked in the period by the NGOs in `scope` (a JSON list;
    None: all), for the network's indicators (bot/screening_figures.py): counted for the organisation that asked,
    not one the case was referred to after (ngo_id NULL: the coordinators)."""
    return await tx.fetchall(
        """
        SELECT ngo_id, velayat, role, status, COUNT(*) AS n FROM (
            SELECT nullif(coalesce(r.asked_for, c.ngo_id), ?5) AS ngo_id, c.velayat, r.role, r.state AS status
            FROM specialist_requests AS r JOIN cases AS c ON c.id = r.case_id
            WHERE r.asked_at >= ?1 AND r.asked_at < ?2
        )
        WHERE ?3 IS NULL OR ngo_id IN (SELECT value FROM json_each(?4))
        GROUP BY 1, 2, 3, 4
        """,
        (*times, scope, scope, HOTLINE_TEAM),
    )
