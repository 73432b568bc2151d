"""Writing to the organisation again after a close (migration 0036): the person's last case staff closed, noted at
the close, and what they wrote since (each [message id, text, time written]), held until they agree to send it; their agreement opens the case
again with what they wrote, in one unit of work."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.handoff import RELAY_PIECE_UNITS
from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction
from bot.storage.delivery import insert_relayed
from bot.storage.models import BY_PERSON, CASE_BY_ID, Case, case_of
from bot.textpieces import split_text

# So many messages at most are held after a close: the newest are dropped beyond it (the person is writing to the
# bot, not to staff, until they agree; every message is held, so a day's conversation fits).
MAX_HELD = 30


@dataclass(frozen=True)
class WrittenAgain:
    """What the person's agreement did: `done` when the case is open again; `case` as it is now."""

    done: bool
    case: Case | None
    written_at: int | None = None  # when the first message sent was written
    danger: bool = False  # one of the messages sent told of danger: the case is urgent again


class AfterClose(Repository):
    async def closed_case_to_write_again(self, user_id: int, closed_since: int) -> Case | None:
        """The person's case staff closed at `closed_since` or later, which they may open again by writing to its
        organisation (not one they withdrew, nor one closed while they had the chat hidden, nor after /hide), while
        they have no open case."""
        row = await self.db.fetchone(
            """
            SELECT cases.* FROM after_close JOIN cases ON cases.id = after_close.case_id
            WHERE after_close.user_id = ?1 AND cases.user_id = ?1 AND cases.status = 'closed'
            AND cases.closed_at >= ?2 AND NOT EXISTS (SELECT 1 FROM open_cases WHERE user_id = ?1)
            """,
            (user_id, closed_since),
        )
        return case_of(row) if row else None

    async def hold_written_again(
        self, user_id: int, case_id: int, message_id: int | None, text: str, *, danger: bool = False
    ) -> tuple[int, bool]:
        """Keep a message written after the close, to be sent with all held if the person agrees (MAX_HELD at most),
        and whether it told of danger: how many are held now, and whether this one is among them (False: the hold
        was full)."""

        async def work(tx: Transaction) -> tuple[int, bool]:
            # kept: this message is now the last held (a full hold is left as it was)
            rows = await tx.fetchall(
                """
                UPDATE after_close SET held = CASE WHEN json_array_length(held) < ?5
                                              THEN json_insert(held, '$[#]', json_array(?3, ?4, ?6, ?7)) ELSE held END
                WHERE user_id = ?1 AND case_id = ?2 RETURNING json_array_length(held) AS count,
                          json_extract(held, '$[#-1][0]') IS ?3 AS kept
                """,
                (user_id, case_id, message_id, text, MAX_HELD, self.now(), int(danger)),
            )
            return (int(rows[0]["count"]), bool(rows[0]["kept"])) if rows else (0, False)

        return await self.db.write(work)

    async def edit_held(self, user_id: int, message_id: int, text: str) -> bool:
        """The person edited a message held under the offer: the new text is what is sent if they agree, once.
        Whether the message is held."""

        async def work(tx: Transaction) -> bool:
            row = await tx.fetchone("SELECT case_id, held FROM after_close WHERE user_id = ?", (user_id,))
            held = json.loads(row["held"]) if row is not None else []
            if row is None or not any(each[0] == message_id for each in held):
                return False
            held = [[each[0], text if each[0] == message_id else each[1], *each[2:]] for each in held]
            await tx.execute(
                "UPDATE after_close SET held = ? WHERE user_id = ? AND case_id = ?",
                (json.dumps(held, ensure_ascii=False), user_id, row["case_id"]),
            )
            return True

        return await self.db.write(work)

    async def note_offer(self, user_id: int, case_id: int, message_id: int) -> int | None:
        """The offer just shown is the person's one offer: the earlier one's message id, to take it down."""

        async def work(tx: Transaction) -> int | None:
            row = await tx.fetchone(
                "SELECT offer_message_id FROM after_close WHERE user_id = ? AND case_id = ?",
                (user_id, case_id),
            )
            await tx.execute(
                "UPDATE after_close SET offer_message_id = ? WHERE user_id = ? AND case_id = ?",
                (message_id, user_id, case_id),
            )
            return row["offer_message_id"] if row is not None else None

        return await self.db.write(work)

    async def forget_after_close(self, user_id: int) -> None:
        """/hide: no offer after it, and nothing held."""
        await self.db.execute("DELETE FROM after_close WHERE user_id = ?", (user_id,))

    async def write_again(
        self, case_id: int, user_id: int, closed_since: int, *, unreached: bool = False
    ) -> WrittenAgain:
        """The person agreed to write to the organisation of their case closed at `closed_since` or later: it is open
        again, claimed as before its close (so its worker has it back) or waiting for a claim from now, audited as
        the person's (its cards say the person reopened it, not who gave it back before the close); what they wrote
        under the offer waits for the staff chat, after the cards' refresh (outbox). `unreached`: the person wrote
        after a close for no answer, which told them writing is enough; only such a case opens, held words or not."""
        now = self.now()

        async def work(tx: Transaction) -> WrittenAgain:
            noted = await tx.fetchone(
                "SELECT held FROM after_close WHERE user_id = ? AND case_id = ? AND closed_at >= ?",
                (user_id, case_id, closed_since),
            )
            # Every offer holds the message it was made under: nothing held means the button is from before the
            # case's last close (a later offer's tap reopened it, and staff closed it again), so it reopens nothing
            held = json.loads(noted["held"]) if noted is not None else []
            done = (bool(held) or unreached) and 1 == await tx.execute(
                """
                UPDATE cases SET status = CASE WHEN claimed_by IS NULL THEN 'open' ELSE 'claimed' END,
                                 closed_at = NULL, outcome = NULL, ack_message_id = NULL, hidden_at = NULL,
                                 waiting_since = CASE WHEN claimed_by IS NULL THEN ?3 ELSE waiting_since END,
                                 given_back = CASE WHEN claimed_by IS NULL THEN 'reopen-person' ELSE given_back END,
                                 given_back_by = CASE WHEN claimed_by IS NULL THEN NULL ELSE given_back_by END,
                                 escalated_at = CASE WHEN claimed_by IS NULL THEN NULL ELSE escalated_at END,
                                 person_notified_at = CASE WHEN claimed_by IS NULL THEN NULL
                                                           ELSE person_notified_at END,
                                 urgent_reopened_at = CASE WHEN urgent = 1 THEN ?3 ELSE NULL END
                WHERE id = ?1 AND user_id = ?2 AND status = 'closed' AND (NOT ?4 OR outcome = 'no_answer')
                AND NOT EXISTS (SELECT 1 FROM open_cases WHERE user_id = ?2)
                """,
                (case_id, user_id, now, unreached),
            )
            if done:
                await audit(tx, case_id, BY_PERSON, "reopen", now)
                await tx.execute("DELETE FROM case_feedback_asked WHERE case_id = ?", (case_id,))
                # The alerts above the coordinators' copies were about before the close (as for staff's ↩️ Reopen)
                await tx.execute(
                    "UPDATE case_messages SET urgent = 0 WHERE case_id = ? AND direction = 'card' AND urgent = 1",
                    (case_id,),
                )
                for entry in held:
                    message_id, text = entry[:2]
                    told = _told_danger(entry)
                    pieces = split_text(text, RELAY_PIECE_UNITS)
                    await insert_relayed(tx, case_id, pieces, message_id, urgent=told, danger=told, at=now)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            # when they first wrote after the close (an entry held before entries kept their time: the tap's)
            first = held[0][2] if held and len(held[0]) > 2 else now
            danger = done and any(map(_told_danger, held))
            return WrittenAgain(done, case_of(row) if row else None, first, danger)

        return await self.db.write(work)


def _told_danger(entry: list[object]) -> bool:
    """Whether a held entry ([message id, text, when, danger]) was answered as danger when written; entries held
    before the flag was kept have three items."""
    return len(entry) > 3 and bool(entry[3])
