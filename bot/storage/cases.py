"""Cases: a person's request as staff handle it (open, claimed, closed), with its audit and the staff-chat messages
that show it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from bot.handoff import NewCase, message_parts
from bot.storage.connection import Repository, Row, Transaction
from bot.storage.delivery import insert_relayed
from bot.storage.models import (
    BY_PERSON,
    CASE_BY_ID,
    OPEN_CASE_OF_PERSON,
    AuditEntry,
    Case,
    CaseMessage,
    RelayOrigin,
    case_of,
)
from bot.storage.specialist_summary import end_requests


def read_open_cases(path: Path) -> dict[str, list[int]]:
    """The open and claimed cases of each organisation (its id → case numbers, oldest first), read without changing
    the file (check-config, and the start-up log before the bot opens it). Empty when the database cannot be read:
    the start reports why."""
    if not path.exists():
        return {}
    found: dict[str, list[int]] = {}
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT ngo_id, id FROM open_cases WHERE ngo_id IS NOT NULL ORDER BY id"
            ).fetchall()
    except sqlite3.DatabaseError:
        return {}  # a database from before migration 0014, or a damaged file
    for ngo_id, case_id in rows:
        found.setdefault(ngo_id, []).append(case_id)
    return found


async def audit(
    tx: Transaction,
    case_id: int | None,
    staff_user_id: int,
    action: str,
    at: int,
    *,
    by_coordinators: bool = False,
) -> None:
    """`by_coordinators`: done in the coordinator chat (migration 0033; only claims record it)."""
    await tx.execute(
        """
        INSERT INTO audit (case_id, staff_user_id, action, at, after_message, by_coordinators)
        VALUES (?1, ?2, ?3, ?4, (SELECT MAX(id) FROM case_messages WHERE case_id = ?1), ?5)
        """,
        (case_id, staff_user_id, action, at, int(by_coordinators)),
    )


# A request from a chat whose request ended this recently is the same person's again: its card says so
EARLIER_CASE_SECONDS = 24 * 3600


async def _note_earlier_case(tx: Transaction, case_id: int, now: int) -> Row | None:
    """Link a new case to the same person's case that ended in the day before it (withdrawn or closed), if any:
    one person opening case after case shows on each card as one chat. The case's row after it, or None."""
    return await tx.fetchone(
        """
        UPDATE cases SET (earlier_case, earlier_outcome, earlier_closed_at) = (
            SELECT earlier.id, earlier.outcome, earlier.closed_at FROM cases AS earlier
            WHERE earlier.user_id = cases.user_id AND earlier.id != cases.id AND earlier.status = 'closed'
              AND earlier.closed_at >= ?
            ORDER BY earlier.closed_at DESC, earlier.id DESC LIMIT 1
        )
        WHERE id = ? AND user_id IS NOT NULL
        RETURNING *
        """,
        (now - EARLIER_CASE_SECONDS, case_id),
    )


class Cases(Repository):
    async def open_case_for(self, user_id: int) -> Case | None:
        row = await self.db.fetchone(OPEN_CASE_OF_PERSON, (user_id,))
        return case_of(row) if row else None

    async def case(self, case_id: int) -> Case | None:
        row = await self.db.fetchone(CASE_BY_ID, (case_id,))
        return case_of(row) if row else None

    async def create_case(self, case: NewCase) -> tuple[Case, bool]:
        """Store a new case and drop the person's draft, in one unit of work. A person has at most one open
        case: if one exists (a double press, a redelivered update), it is returned with created=False."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[Case, bool]:
            row = await tx.fetchone(
                """
                INSERT INTO cases (user_id, ngo_id, staff_chat_id, urgent, language, velayat, need,
                                   checklist_summary, display_name, contact_phone, contact_time, first_message,
                                   message_parts, created_at, country, waiting_since, checklist_for,
                                   message_said, message_ids, home_velayat)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                RETURNING *
                """,
                (
                    case.user_id,
                    case.ngo_id,
                    case.staff_chat_id,
                    int(case.urgent),
                    case.language,
                    case.velayat,
                    case.need,
                    case.checklist_summary,
                    case.display_name,
                    case.contact_phone,
                    case.contact_time,
                    case.first_message,
                    1 + len(case.message_rest),
                    now,
                    case.country,
                    now,
                    case.checklist_for,
                    case.message_said,
                    json.dumps(case.message_ids) if case.message_ids else None,
                    case.home_velayat,
                ),
            )
            created = row is not None
            if row is None:
                row = await tx.fetchone(OPEN_CASE_OF_PERSON, (case.user_id,))
            else:
                row = await _note_earlier_case(tx, row["id"], now) or row
                if case.opened_with is not None:  # the first line of its history: how it was opened
                    await audit(tx, row["id"], BY_PERSON, f"opened:{case.opened_with}", now)
                if case.message_rest:
                    # The rest of a long first message waits to follow the card: stored with the case, never lost.
                    await insert_relayed(
                        tx, row["id"], case.message_rest, None, urgent=case.urgent, at=now, first_part=2
                    )
            await tx.execute("DELETE FROM drafts WHERE user_id = ?", (case.user_id,))
            assert row is not None
            return case_of(row), created

        return await self.db.write(work)

    async def set_card(self, case_id: int, chat_id: int, message_id: int) -> None:
        """Remember where the case's card is, so replies to it reach the case and it can be edited."""
        now = self.now()

        async def work(tx: Transaction) -> None:
            await tx.execute(
                "UPDATE cases SET staff_chat_id = ?, card_message_id = ? WHERE id = ?",
                (chat_id, message_id, case_id),
            )
            await tx.execute(
                """
                INSERT OR IGNORE INTO case_messages (case_id, direction, staff_chat_id, staff_message_id, created_at)
                VALUES (?, 'card', ?, ?, ?)
                """,
                (case_id, chat_id, message_id, now),
            )

        await self.db.write(work)

    async def card_messages(self, case_id: int) -> list[tuple[int, int]]:
        """Every staff-chat message that shows the case's card: the card itself and its copies (escalations)."""
        rows = await self.db.fetchall(
            "SELECT staff_chat_id, staff_message_id FROM case_messages WHERE case_id = ? AND direction = 'card' "
            "ORDER BY id",
            (case_id,),
        )
        return [(row["staff_chat_id"], row["staff_message_id"]) for row in rows]

    async def add_alert_copy(self, case_id: int, reason: str, chat_id: int, message_id: int) -> None:
        """A copy of the card posted under an alert (`reason`, kept in its text: urgent, or an escalation "late:N"):
        a card like the others, whose edits keep the alert above it while it is true (handlers/alerts.py)."""
        await self.db.execute(
            """
            INSERT OR IGNORE INTO case_messages
                (case_id, direction, text, staff_chat_id, staff_message_id, created_at, urgent)
            VALUES (?, 'card', ?, ?, ?, ?, 1)
            """,
            (case_id, reason, chat_id, message_id, self.now()),
        )

    async def alert_copies(self, case_id: int) -> dict[tuple[int, int], str]:
        """The case's card copies posted under an alert, by (chat id, message id): the alert's reason. An
        escalation's ("late:N", nobody claimed the case in time) only until the first claim after it was posted."""
        rows = await self.db.fetchall(
            """
            SELECT staff_chat_id, staff_message_id, text FROM case_messages
            WHERE case_id = ?1 AND direction = 'card' AND urgent = 1 AND text IS NOT NULL
            AND NOT (
                text LIKE 'late:%' AND EXISTS (
                    SELECT 1 FROM audit WHERE case_id = ?1 AND action = 'claim' AND at >= case_messages.created_at
                )
            )
            """,
            (case_id,),
        )
        return {(row["staff_chat_id"], row["staff_message_id"]): row["text"] for row in rows}

    async def cases_without_card(self) -> list[Case]:
        rows = await self.db.fetchall("SELECT * FROM open_cases WHERE card_message_id IS NULL ORDER BY id")
        return [case_of(row) for row in rows]

    async def claim_case(
        self, case_id: int, staff_user_id: int, staff_name: str, *, by_coordinators: bool = False
    ) -> tuple[bool, Case | None]:
        """Atomic: only an open case can be claimed, so of two staff pressing at once exactly one wins.
        `by_coordinators`: claimed in the coordinator chat (migration 0028)."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[bool, Case | None]:
            won = 1 == await tx.execute(
                """
                UPDATE cases SET status = 'claimed', claimed_at = ?, claimed_by = ?, claimed_by_name = ?,
                                 claimed_by_coordinators = ?
                WHERE id = ? AND status = 'open'
                """,
                (now, staff_user_id, staff_name, int(by_coordinators), case_id),
            )
            if won:
                await audit(tx, case_id, staff_user_id, "claim", now, by_coordinators=by_coordinators)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return won, case_of(row) if row else None

        return await self.db.write(work)

    async def close_case(
        self, case_id: int, outcome: str, staff_user_id: int | None
    ) -> tuple[bool, Case | None]:
        """Close an open or claimed case with an outcome, ending its requests to specialists not done; closing twice
        does nothing the second time."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[bool, Case | None]:
            closed = 1 == await tx.execute(
                """
                UPDATE cases SET status = 'closed', closed_at = ?, outcome = ?
                WHERE id IN (SELECT id FROM open_cases WHERE id = ?)
                """,
                (now, outcome, case_id),
            )
            if closed and staff_user_id is not None:
                await audit(tx, case_id, staff_user_id, f"close:{outcome}", now)
            if closed:
                await end_requests(tx, case_id, now)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return closed, case_of(row) if row else None

        return await self.db.write(work)

    async def record_urgent(self, case_id: int, reason: str) -> tuple[Case | None, int | None]:
        """The person asked for help now on an open case (`reason`: "sos", or "message" for a message that signals
        danger): the case becomes urgent, and the request is audited as the person's. Returns the case and when a
        staff chat last took an urgent alert about it since it was last (re)opened (handlers/cards.py records each;
        the card of a case opened by 🆘 is one), so staff chats are alerted at once, not flooded by repeated presses
        or words of danger, and never skipped because an earlier alert reached nobody."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[Case | None, int | None]:
            # An alert, or a card that was one: the card of a case opened by 🆘 (its staff were alerted by it), or
            # a copy under an alert of the person's danger (not of a high checklist result or a late claim, which
            # told staff nothing of danger); one from before a close that was undone was about that time
            previous = await tx.fetchone(
                """
                SELECT MAX(created_at) FROM case_messages WHERE case_id = ?1 AND (
                    direction = 'alert'
                    OR direction = 'card' AND urgent = 1 AND text IN ('sos', 'message')
                    OR direction = 'card' AND text IS NULL
                        AND EXISTS (SELECT 1 FROM audit WHERE case_id = ?1 AND action = 'opened:sos')
                ) AND created_at >= COALESCE(
                    (SELECT MAX(at) FROM audit WHERE case_id = ?1 AND action = 'reopen'), 0
                )
                """,
                (case_id,),
            )
            if 1 == await tx.execute(
                "UPDATE cases SET urgent = 1 WHERE id IN (SELECT id FROM open_cases WHERE id = ?)",
                (case_id,),
            ):
                await audit(tx, case_id, BY_PERSON, f"urgent:{reason}", now)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return (case_of(row) if row else None), (previous[0] if previous else None)

        return await self.db.write(work)

    async def hide_case(self, user_id: int) -> Case | None:
        """The person hid the chat: their open case, if any, sends them nothing until staff end the hiding."""
        now = self.now()

        async def work(tx: Transaction) -> Case | None:
            # the first acknowledgement (with the case's buttons) went with the chat: the next message gets it anew
            await tx.execute(
                "UPDATE cases SET hidden_at = ?, ack_message_id = NULL"
                " WHERE id IN (SELECT id FROM open_cases WHERE user_id = ?)",
                (now, user_id),
            )
            row = await tx.fetchone(OPEN_CASE_OF_PERSON, (user_id,))
            if row is None:
                return None
            await audit(tx, row["id"], BY_PERSON, "hide", now)  # /case tells why nothing reaches them
            return case_of(row)

        return await self.db.write(work)

    async def add_case_message(
        self,
        case_id: int,
        direction: str,
        text: str,
        staff_chat_id: int | None = None,
        staff_message_id: int | None = None,
        staff_user_id: int | None = None,
        person_message_id: int | None = None,
    ) -> None:
        """A message of the case. For a staff reply, `person_message_id` is the person's copy when it went as one
        message: an edit of the reply edits it (handlers/staff_edits.py)."""
        now = self.now()

        async def work(tx: Transaction) -> None:
            await tx.execute(
                """
                INSERT OR IGNORE INTO case_messages
                    (case_id, direction, text, staff_chat_id, staff_message_id, created_at, person_message_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                (case_id, direction, text, staff_chat_id, staff_message_id, now, person_message_id),
            )
            if staff_user_id is not None:
                await audit(tx, case_id, staff_user_id, "reply", now)

        await self.db.write(work)

    async def add_audit(self, case_id: int | None, staff_user_id: int, action: str) -> None:
        now = self.now()
        await self.db.write(lambda tx: audit(tx, case_id, staff_user_id, action, now))

    async def audit_log(self) -> list[tuple[int | None, int, str]]:
        rows = await self.db.fetchall("SELECT case_id, staff_user_id, action FROM audit ORDER BY id")
        return [(r["case_id"], r["staff_user_id"], r["action"]) for r in rows]

    async def case_for_staff_message(self, chat_id: int, message_id: int) -> Case | None:
        row = await self.db.fetchone(
            """
            SELECT cases.* FROM case_messages JOIN cases ON cases.id = case_messages.case_id
            WHERE case_messages.staff_chat_id = ?1
            AND (case_messages.staff_message_id = ?2 OR case_messages.staff_line_id = ?2)
            """,
            (chat_id, message_id),
        )
        return case_of(row) if row else None

    async def queue(self, ngo_ids: tuple[str, ...] | None) -> list[Case]:
        """Open and claimed cases, urgent first, then oldest; `None` means all (the coordinator chat)."""
        rows = await self.db.fetchall(
            "SELECT * FROM open_cases ORDER BY urgent DESC, created_at, id LIMIT 200"
        )
        cases = [case_of(row) for row in rows]
        return cases if ngo_ids is None else [case for case in cases if case.ngo_id in ngo_ids]

    async def case_history(self, case_id: int) -> tuple[list[CaseMessage], list[AuditEntry]]:
        async def work(tx: Transaction) -> tuple[list[CaseMessage], list[AuditEntry]]:
            rows = await tx.fetchall(
                "SELECT id, direction, text, created_at, kind, urgent, edited, forwarded_from FROM case_messages "
                "WHERE case_id = ? AND direction NOT IN ('card', 'alert', 'moved', 'notice', 'request', 'hidden-wrote') "
                "ORDER BY id",
                (case_id,),
            )
            messages = [
                CaseMessage(
                    r["direction"],
                    r["text"],
                    r["created_at"],
                    r["kind"],
                    r["id"],
                    r["direction"] == "person" and bool(r["urgent"]),
                    RelayOrigin(bool(r["edited"]), r["forwarded_from"]),
                )
                for r in rows
            ]
            rows = await tx.fetchall(
                "SELECT staff_user_id, action, at, after_message, by_coordinators FROM audit WHERE case_id = ? "
                "ORDER BY id",
                (case_id,),
            )
            return messages, [
                AuditEntry(
                    r["staff_user_id"], r["action"], r["at"], r["after_message"], bool(r["by_coordinators"])
                )
                for r in rows
            ]

        return await self.db.read(work)

    async def cases_to_escalate(self, window: int, longest_gap: int) -> list[Case]:
        """Open cases nobody has claimed for `window` seconds since they became unclaimed (migration 0032), and
        escalated ones due for another reminder: the gap since the last one is the wait it reported (so the
        reminders come at 1, 2, 4, 8… windows of waiting), at most `longest_gap`."""
        now = self.now()
        rows = await self.db.fetchall(
            """
            SELECT * FROM cases WHERE status = 'open' AND waiting_since <= ?1 - ?2
            AND (escalated_at IS NULL OR ?1 - escalated_at >= MIN(MAX(escalated_at - waiting_since, ?2), ?3))
            ORDER BY id
            """,
            (now, window, longest_gap),
        )
        return [case_of(row) for row in rows]

    async def mark_escalated(self, case_id: int, last: int | None) -> bool:
        """True once per reminder: `last` is the escalation the case was listed with (None: never), so a restart or
        a second run never reminds twice for the same period."""
        changed = await self.db.execute(
            "UPDATE cases SET escalated_at = ? WHERE id = ? AND escalated_at IS ?",
            (self.now(), case_id, last),
        )
        return changed == 1

    async def cases_to_notify_person(self, waiting_before: int) -> list[Case]:
        """Escalated open cases that have waited for a claim since `waiting_before` or earlier, whose person was
        never told it takes longer (once per case)."""
        rows = await self.db.fetchall(
            """
            SELECT * FROM cases WHERE status = 'open' AND person_notified_at IS NULL
            AND escalated_at IS NOT NULL AND waiting_since <= ? ORDER BY id
            """,
            (waiting_before,),
        )
        return [case_of(row) for row in rows]

    async def mark_person_notified(self, case_id: int) -> bool:
        changed = await self.db.execute(
            "UPDATE cases SET person_notified_at = ? WHERE id = ? AND person_notified_at IS NULL",
            (self.now(), case_id),
        )
        return changed == 1

    async def edit_request_message(self, case_id: int, message_id: int, text: str) -> bool:
        """The person edited one of the messages the open case's request message was made of: the card shows the
        new text (when the request's message was that one message), marked as edited, its cards refreshed through
        the outbox. Whether it was one of them."""
        now = self.now()

        async def work(tx: Transaction) -> bool:
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            case = case_of(row) if row else None
            if case is None or not case.is_open or message_id not in case.request_message_ids:
                return False
            parts = message_parts(text.strip()) if case.request_message_ids == (message_id,) else []
            if parts and parts[0]:
                await tx.execute(
                    "UPDATE cases SET first_message = ?, message_parts = ?, message_edited_at = ? WHERE id = ?",
                    (parts[0], len(parts), now, case_id),
                )
            else:
                await tx.execute("UPDATE cases SET message_edited_at = ? WHERE id = ?", (now, case_id))
            await tx.execute("INSERT INTO outbox (case_id, kind) VALUES (?, 'card')", (case_id,))
            return True

        return await self.db.write(work)
