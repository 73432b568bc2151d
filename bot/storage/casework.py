"""Case tools (migration 0018): unclaim, referral to another organisation, internal notes, the after-close question
and the working-hours notice."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from bot.casework import HOTLINE_TEAM
from bot.storage.cases import audit
from bot.storage.connection import Repository, Row, Transaction
from bot.storage.models import CASE_BY_ID, FIRST_STAFF_REPLIES, Case, case_of

FEEDBACK_SCORES = ("much", "little", "none")
# The text kept with the notice that told the coordinators a case they saw moved away (handlers/referral.py): a reply
# to it reaches the person without taking the case, as one on a view from before the move (moved_after).
OUT_OF_SIGHT = "out-of-sight"


@dataclass(frozen=True)
class Referral:
    id: int
    case_id: int
    from_ngo_id: str | None
    to_ngo_id: str
    status: str
    staff_user_id: int  # who proposed it
    by_coordinators: bool = False  # proposed in the coordinator chat, for a case an organisation held (0027)


@dataclass(frozen=True)
class CaseworkRows:
    """The case tools' figures of a period: (ngo, score, n), (ngo, seconds to the first staff reply), and the cases
    passed on: to another organisation, back to the hotline team, and (an NGO's only) referred to it by others."""

    feedback: list[tuple[str | None, str, int]]
    first_replies: list[tuple[str | None, int]]
    referred: int
    handed_back: int
    referred_in: int


def _referral(row: Row) -> Referral:
    return Referral(
        row["id"],
        row["case_id"],
        row["from_ngo_id"],
        row["to_ngo_id"],
        row["status"],
        row["staff_user_id"],
        bool(row["by_coordinators"]),
    )


class Casework(Repository):
    async def unclaim_case(
        self, case_id: int, staff_user_id: int, name: str, *, by_hotline_team: bool = False
    ) -> tuple[bool, Case | None]:
        """A claimed case back to open (the trigger of migration 0010 queues its card edit); audited. `name`: who
        gave it back, which its cards show; `by_hotline_team`: a coordinator, on an organisation's case."""
        now = self.now()
        how = "unclaim-hotline" if by_hotline_team else "unclaim"

        async def work(tx: Transaction) -> tuple[bool, Case | None]:
            done = 1 == await tx.execute(
                """
                UPDATE cases SET status = 'open', claimed_at = NULL, claimed_by = NULL, claimed_by_name = NULL,
                                 claimed_by_coordinators = 0, waiting_since = ?, escalated_at = NULL,
                                 given_back = ?, given_back_by = ?
                WHERE id = ? AND status = 'claimed'
                """,
                (now, how, name, case_id),
            )
            if done:
                await audit(tx, case_id, staff_user_id, "unclaim", now)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return done, case_of(row) if row else None

        return await self.db.write(work)

    async def closed_by(self, case_id: int) -> int | None:
        """The staff member who last closed the case (its audit), or None when no staff member did."""
        row = await self.db.fetchone(
            "SELECT staff_user_id FROM audit WHERE case_id = ? AND action LIKE 'close:%' ORDER BY id DESC LIMIT 1",
            (case_id,),
        )
        return row["staff_user_id"] if row is not None else None

    async def coordinators_joined(self, case_id: int) -> Case | None:
        """The coordinators wrote to the person of an open case an organisation holds (migration 0031): the case
        now, when that made them see its messages; None when they already did or it is not such a case."""

        async def work(tx: Transaction) -> Case | None:
            row = await tx.fetchone(
                """
                UPDATE cases SET coordinators_wrote = 1
                WHERE id IN (SELECT id FROM open_cases WHERE id = ?) AND ngo_id IS NOT NULL AND coordinators_wrote = 0
                RETURNING *
                """,
                (case_id,),
            )
            return case_of(row) if row else None

        return await self.db.write(work)

    async def reopen_case(
        self, case_id: int, actor: int, *, withdrawn_since: int | None = None, name: str | None = None
    ) -> tuple[bool, Case | None]:
        """A closed case open again, claimed as before it was closed, audited as `actor`'s; the cards follow from
        the outbox (trigger of migration 0010). Staff reopen a case they closed (the person is told, from the
        outbox too); the person (`withdrawn_since`) one they withdrew at that time or later. Never a case whose
        person was forgotten, nor while the person has another open case (one open case per person). `name`: the
        staff member's, which the cards of a case nobody holds show with the reopening's time."""
        now = self.now()
        by_person = withdrawn_since is not None

        async def work(tx: Transaction) -> tuple[bool, Case | None]:
            done = 1 == await tx.execute(
                """
                UPDATE cases SET status = CASE WHEN claimed_by IS NULL THEN 'open' ELSE 'claimed' END,
                                 closed_at = NULL, outcome = NULL,
                                 waiting_since = CASE WHEN claimed_by IS NULL AND NOT ?2 THEN ?4 ELSE waiting_since END,
                                 given_back = CASE WHEN claimed_by IS NULL AND NOT ?2 THEN 'reopen' ELSE given_back END,
                                 given_back_by = CASE WHEN claimed_by IS NULL AND NOT ?2 THEN ?5 ELSE given_back_by END,
                                 urgent_reopened_at = CASE WHEN urgent = 1 AND NOT ?2 THEN ?4 ELSE NULL END
                WHERE id = ?1 AND status = 'closed' AND user_id IS NOT NULL
                AND (outcome IS 'withdrawn') = ?2 AND closed_at >= ?3
                AND NOT EXISTS (SELECT 1 FROM open_cases AS other WHERE other.user_id = cases.user_id)
                """,
                (case_id, by_person, withdrawn_since or 0, now, name),
            )
            if done:
                await audit(tx, case_id, actor, "reopen", now)
                # The after-close question was about a close that is undone
                await tx.execute("DELETE FROM case_feedback_asked WHERE case_id = ?", (case_id,))
                if not by_person:
                    await tx.execute("INSERT INTO outbox (case_id, kind) VALUES (?, 'reopened')", (case_id,))
                    # The alerts above the coordinators' copies were about before the close: the copies show the
                    # case as it is now (a new danger message alerts anew). The person's own undo, within
                    # minutes of withdrawing, keeps them: the danger they told of is as recent as it was.
                    await tx.execute(
                        "UPDATE case_messages SET urgent = 0 WHERE case_id = ? AND direction = 'card' AND urgent = 1",
                        (case_id,),
                    )
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return done, case_of(row) if row else None

        return await self.db.write(work)

    async def withdrawn_since(self, user_id: int, since: int) -> Case | None:
        """The person's case they withdrew at `since` or later, while they have no open case."""
        row = await self.db.fetchone(
            """
            SELECT * FROM cases WHERE user_id = ?1 AND status = 'closed' AND outcome = 'withdrawn'
            AND closed_at >= ?2 AND NOT EXISTS (SELECT 1 FROM open_cases WHERE user_id = ?1)
            ORDER BY closed_at DESC, id DESC LIMIT 1
            """,
            (user_id, since),
        )
        return case_of(row) if row else None

    async def add_note(self, case_id: int, staff_user_id: int, text: str) -> None:
        """An internal note: a case message no staff-chat message points to, so nothing ever relays it."""
        now = self.now()

        async def work(tx: Transaction) -> None:
            await tx.execute(
                "INSERT INTO case_messages (case_id, direction, text, created_at) VALUES (?, 'note', ?, ?)",
                (case_id, text, now),
            )
            await audit(tx, case_id, staff_user_id, "note", now)

        await self.db.write(work)

    # Referrals ----------------------------------------------------------------------------------------------------

    async def ask_referral(
        self,
        case_id: int,
        from_ngo_id: str | None,
        to_ngo_id: str,
        staff_user_id: int,
        *,
        by_coordinators: bool = False,
    ) -> Referral | None:
        """Record a referral waiting for the person's consent (`by_coordinators`: proposed in the coordinator chat);
        None if one already waits for this case."""
        now = self.now()

        async def work(tx: Transaction) -> Referral | None:
            row = await tx.fetchone(
                """
                INSERT INTO referrals (case_id, from_ngo_id, to_ngo_id, staff_user_id, asked_at, by_coordinators)
                SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM open_cases WHERE id = ?)
                ON CONFLICT DO NOTHING RETURNING *
                """,
                (case_id, from_ngo_id, to_ngo_id, staff_user_id, now, int(by_coordinators), case_id),
            )
            if row is not None:
                await audit(tx, case_id, staff_user_id, f"refer-asked:{to_ngo_id}", now)
            return _referral(row) if row else None

        return await self.db.write(work)

    async def referral(self, referral_id: int) -> Referral | None:
        row = await self.db.fetchone("SELECT * FROM referrals WHERE id = ?", (referral_id,))
        return _referral(row) if row else None

    async def first_referral(self, case_id: int) -> Referral | None:
        """The case's first move to another organisation (or to the hotline team), if it ever moved: whose it was
        before, for the history's names of who did what."""
        row = await self.db.fetchone(
            "SELECT * FROM referrals WHERE case_id = ? AND status = 'done' ORDER BY id LIMIT 1", (case_id,)
        )
        return _referral(row) if row else None

    async def waiting_referral(self, case_id: int) -> Referral | None:
        row = await self.db.fetchone(
            "SELECT * FROM referrals WHERE case_id = ? AND status = 'asked'", (case_id,)
        )
        return _referral(row) if row else None

    async def move_case(
        self,
        case_id: int,
        to_ngo_id: str | None,
        staff_chat_id: int,
        staff_user_id: int,
        referral_id: int | None = None,
    ) -> Case | None:
        """Move an open case to another organisation, with its history: it is open again there, its card to be
        posted in the new chat (card_message_id NULL, so the periodic job posts it if this attempt fails). With
        `referral_id`, the waiting referral the person agreed to (nothing moves if it was already decided). No
        `to_ngo_id`: back to the coordinators (recorded as a referral to HOTLINE_TEAM). The person's next message
        is acknowledged anew (ack_message_id NULL): the last "Delivered to …" on their screen names the old one."""
        now = self.now()
        target = to_ngo_id or HOTLINE_TEAM

        async def work(tx: Transaction) -> Case | None:
            row = await tx.fetchone("SELECT ngo_id FROM open_cases WHERE id = ?", (case_id,))
            if row is None:
                return None
            if referral_id is not None:
                if 1 != await tx.execute(
                    "UPDATE referrals SET status = 'done', decided_at = ? WHERE id = ? AND status = 'asked'",
                    (now, referral_id),
                ):
                    return None
            else:
                # A referral still waiting for the person's consent is over: their "yes" must not move the case
                # again, away from the organisation that now has it.
                await tx.execute(
                    "UPDATE referrals SET status = 'superseded', decided_at = ? WHERE case_id = ? AND status = 'asked'",
                    (now, case_id),
                )
                await tx.execute(
                    """
                    INSERT INTO referrals (case_id, from_ngo_id, to_ngo_id, staff_user_id, status, asked_at,
                                           decided_at)
                    VALUES (?, ?, ?, ?, 'done', ?, ?)
                    """,
                    (case_id, row["ngo_id"], target, staff_user_id, now, now),
                )
            await tx.execute(
                """
                UPDATE cases SET ngo_id = ?, staff_chat_id = ?, card_message_id = NULL, status = 'open',
                                 claimed_at = NULL, claimed_by = NULL, claimed_by_name = NULL,
                                 claimed_by_coordinators = 0, coordinators_wrote = 0, waiting_since = ?,
                                 escalated_at = NULL, given_back_by = NULL, ack_message_id = NULL,
                                 given_back = CASE WHEN EXISTS (SELECT 1 FROM audit
                                                                WHERE audit.case_id = cases.id AND action = 'claim')
                                              THEN 'moved' END
                WHERE id = ?
                """,
                (to_ngo_id, staff_chat_id, now, case_id),
            )
            # The old cards must say where it went even when the status did not change (no trigger then).
            await tx.execute("INSERT INTO outbox (case_id, kind) VALUES (?, 'card')", (case_id,))
            # A specialist still on the case hears where it went, and whom to arrange the contact with now.
            await tx.execute(
                """
                INSERT INTO outbox (case_id, kind, text)
                SELECT ?1, 'specialists-moved', group_concat(id) FROM specialist_requests
                WHERE case_id = ?1 AND state IN ('asked', 'accepted') AND ended_at IS NULL AND message_id IS NOT NULL
                HAVING count(*) > 0
                """,
                (case_id,),
            )
            await audit(tx, case_id, staff_user_id, f"refer:{target}", now)
            moved = await tx.fetchone(CASE_BY_ID, (case_id,))
            return case_of(moved) if moved else None

        return await self.db.write(work)

    async def moved_after(self, case_id: int, chat_id: int, message_id: int) -> bool:
        """Whether the case moved to another organisation (or back to the hotline team) after the staff-chat message
        (`chat_id`, `message_id`) was kept with it (the audit's after_message, migration 0025, orders the two), or
        the message is the line that told a chat the case moved away (OUT_OF_SIGHT)."""
        row = await self.db.fetchone(
            """
            SELECT 1 FROM case_messages AS m
            WHERE m.case_id = ?1 AND m.staff_chat_id = ?2 AND (m.staff_message_id = ?3 OR m.staff_line_id = ?3)
            AND (m.text = ?4 OR EXISTS (
                SELECT 1 FROM audit AS a WHERE a.case_id = m.case_id AND a.action LIKE 'refer:%'
                AND a.after_message >= m.id
            )) LIMIT 1
            """,
            (case_id, chat_id, message_id, OUT_OF_SIGHT),
        )
        return row is not None

    async def retire_card(self, case_id: int, chat_id: int, message_id: int) -> None:
        """A card in a chat that no longer handles the case (it says where the case went): later changes of the
        case leave it as it is."""
        await self.db.execute(
            "UPDATE case_messages SET direction = 'moved' "
            "WHERE case_id = ? AND direction = 'card' AND staff_chat_id = ? AND staff_message_id = ?",
            (case_id, chat_id, message_id),
        )

    async def retired_cards(self, case_id: int) -> list[tuple[int, int]]:
        """The cards left in chats the case was referred away from (see retire_card), and its requests to
        specialists once its person is forgotten (bot/storage/privacy.py KEEP_SPECIALIST_MESSAGES)."""
        rows = await self.db.fetchall(
            "SELECT staff_chat_id, staff_message_id FROM case_messages WHERE case_id = ? "
            "AND direction IN ('moved', 'request') ORDER BY id",
            (case_id,),
        )
        return [(row["staff_chat_id"], row["staff_message_id"]) for row in rows]

    async def moved_cards(self, case_id: int) -> list[tuple[int, int]]:
        """The cards left in chats the case was referred away from (see retire_card), oldest first."""
        rows = await self.db.fetchall(
            "SELECT staff_chat_id, staff_message_id FROM case_messages WHERE case_id = ? AND direction = 'moved' "
            "ORDER BY id",
            (case_id,),
        )
        return [(row["staff_chat_id"], row["staff_message_id"]) for row in rows]

    async def unreached_referral(self, referral_id: int) -> None:
        """The person could not be asked (they blocked the bot): the referral waits no more, so staff may refer
        the case again."""
        await self.db.execute(
            "UPDATE referrals SET status = 'unreached', decided_at = ? WHERE id = ? AND status = 'asked'",
            (self.now(), referral_id),
        )

    async def decline_referral(self, referral_id: int) -> Referral | None:
        """The person said no: the case stays; the referral, if it still waited, is returned."""
        now = self.now()

        async def work(tx: Transaction) -> Referral | None:
            row = await tx.fetchone(
                "UPDATE referrals SET status = 'declined', decided_at = ? WHERE id = ? AND status = 'asked' "
                "RETURNING *",
                (now, referral_id),
            )
            if row is not None:
                await audit(tx, row["case_id"], 0, f"refer-declined:{row['to_ngo_id']}", now)
            return _referral(row) if row else None

        return await self.db.write(work)

    # The after-close question -------------------------------------------------------------------------------------

    async def ask_feedback(self, case_id: int, ngo_id: str | None) -> None:
        await self.db.execute(
            "INSERT OR IGNORE INTO case_feedback_asked (case_id, ngo_id, asked_at) VALUES (?, ?, ?)",
            (case_id, ngo_id, self.now()),
        )

    async def answer_feedback(self, case_id: int, score: str | None) -> bool:
        """Store the answer without the case (`None`: skipped); False if this case's question was already answered."""
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))

        async def work(tx: Transaction) -> bool:
            asked = await tx.fetchone(
                "DELETE FROM case_feedback_asked WHERE case_id = ? RETURNING ngo_id", (case_id,)
            )
            if asked is None:
                return False
            if score is not None:
                await tx.execute(
                    "INSERT INTO case_feedback (ngo_id, day, score) VALUES (?, ?, ?)",
                    (asked["ngo_id"], day, score),
                )
            return True

        return await self.db.write(work)

    # Working hours ------------------------------------------------------------------------------------------------

    async def staff_wrote_since(self, case_id: int, since: int) -> bool:
        """Whether staff wrote to the person of this case at `since` or later."""
        row = await self.db.fetchone(
            "SELECT 1 FROM case_messages WHERE case_id = ? AND direction = 'staff' AND created_at >= ? LIMIT 1",
            (case_id, since),
        )
        return row is not None

    async def staff_last_wrote(self, case_id: int) -> int | None:
        """When staff last wrote to the person of this case, or None if they never did."""
        row = await self.db.fetchone(
            "SELECT max(created_at) AS at FROM case_messages WHERE case_id = ? AND direction = 'staff'",
            (case_id,),
        )
        return row["at"] if row is not None else None

    async def mark_hours_told(self, case_id: int, not_since: int) -> bool:
        """True (and noted) unless the person of this case was told about the hours at `not_since` or later."""
        now = self.now()
        changed = await self.db.execute(
            """
            INSERT INTO hours_told (case_id, at) VALUES (?, ?)
            ON CONFLICT (case_id) DO UPDATE SET at = excluded.at WHERE hours_told.at < ?
            """,
            (case_id, now, not_since),
        )
        return changed == 1

    # Figures ------------------------------------------------------------------------------------------------------

    async def casework_rows(
        self,
        days: tuple[str, str],
        times: tuple[int, int],
        scope: str | None,
        coordinator_chats: tuple[int, ...] = (),
    ) -> CaseworkRows:
        """The period's answers, waits for the first staff reply (cases created in it, each credited to whoever
        wrote it: `coordinator_chats` are the coordinator chat's ids) and referrals made in it, of the NGOs in
        `scope` (a JSON array; None: all)."""

        async def work(tx: Transaction) -> CaseworkRows:
            feedback = await tx.fetchall(
                """
                SELECT ngo_id, score, COUNT(*) AS n FROM case_feedback
                WHERE day BETWEEN ? AND ? AND (? IS NULL OR ngo_id IN (SELECT value FROM json_each(?)))
                GROUP BY 1, 2 ORDER BY 1, 2
                """,
                (*days, scope, scope),
            )
            waits = await tx.fetchall(FIRST_STAFF_REPLIES, (*times, json.dumps(coordinator_chats), scope))
            # Passed on by the scope's organisations (network-wide: by anyone, the hotline team included), and
            # received from others: separate figures, so no organisation is credited with another's referral.
            passed = await tx.fetchone(
                """
                WITH scope AS (SELECT value FROM json_each(?3))
                SELECT COUNT(*) FILTER (WHERE to_ngo_id != ?4 AND (?3 IS NULL OR from_ngo_id IN scope)) AS sent,
                       COUNT(*) FILTER (WHERE to_ngo_id = ?4 AND (?3 IS NULL OR from_ngo_id IN scope)) AS back,
                       COUNT(*) FILTER (WHERE ?3 IS NOT NULL AND to_ngo_id IN scope) AS received
                FROM referrals
                WHERE status = 'done' AND decided_at >= ?1 AND decided_at < ?2
                """,
                (*times, scope, HOTLINE_TEAM),
            )
            return CaseworkRows(
                [(r["ngo_id"], r["score"], r["n"]) for r in feedback],
                [(r["ngo_id"], r["wait"]) for r in waits],
                passed["sent"] if passed else 0,
                passed["back"] if passed else 0,
                passed["received"] if passed else 0,
            )

        return await self.db.read(work)
