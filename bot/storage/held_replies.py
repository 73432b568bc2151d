"""Staff replies written while the person had hidden the chat (/hide): held with the case, not sent, until staff judge
that whoever writes from the chat is her (end_hiding) and she asks to read them (handlers/held.py). Kept as the case's
messages are, so retention and /forget empty them the same way (bot/storage/privacy.py); a shown one becomes a staff
reply like any other, its copy in the person's chat kept so that a staff edit reaches it. A case closed (or referred) before she came back keeps them for her
too: what was written to her is hers to read."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction
from bot.storage.models import CASE_BY_ID, Case, case_of
from bot.storage.staff_replies import WRITTEN_FOR


@dataclass(frozen=True)
class HeldReply:
    id: int  # its row: the person's copy is noted on it once shown (note_shown)
    text: str
    staff_chat_id: int  # the chat it was written in: whose name it goes under
    staff_message_id: int
    written_for: str  # the organisation that had the case when it was written (or HOTLINE_TEAM): it signs it


class HeldReplies(Repository):
    async def hold_reply(
        self, case_id: int, text: str, chat_id: int, message_id: int, staff_user_id: int
    ) -> None:
        """A staff member's reply to the person of a hidden chat, held with the case (audited as a reply: it was
        written then)."""
        now = self.now()

        async def work(tx: Transaction) -> None:
            await tx.execute(
                "INSERT OR IGNORE INTO case_messages (case_id, direction, text, staff_chat_id, staff_message_id, "
                "created_at) VALUES (?, 'held', ?, ?, ?, ?)",
                (case_id, text, chat_id, message_id, now),
            )
            await audit(tx, case_id, staff_user_id, "reply", now)

        await self.db.write(work)

    async def held_count(self, case_id: int) -> int:
        """How many staff replies wait for the person of the case."""
        row = await self.db.fetchone(
            "SELECT count(*) AS n FROM case_messages WHERE case_id = ? AND direction = 'held' AND text IS NOT NULL",
            (case_id,),
        )
        return int(row["n"]) if row else 0

    async def take_held(self, case_id: int) -> list[HeldReply]:
        """The replies held for the person of the case, oldest first, now staff replies (each is taken once, so a
        second press shows nothing twice)."""

        async def work(tx: Transaction) -> list[HeldReply]:
            rows = await tx.fetchall(
                f"""
                SELECT id, text, staff_chat_id, staff_message_id, {WRITTEN_FOR} AS written_for
                FROM case_messages AS m WHERE case_id = ? AND direction = 'held' AND text IS NOT NULL ORDER BY id
                """,  # noqa: S608 - constants only
                (case_id,),
            )
            await tx.execute(
                "UPDATE case_messages SET direction = 'staff' WHERE case_id = ? AND direction = 'held' "
                "AND text IS NOT NULL",
                (case_id,),
            )
            return [
                HeldReply(
                    row["id"], row["text"], row["staff_chat_id"], row["staff_message_id"], row["written_for"]
                )
                for row in rows
            ]

        return await self.db.write(work)

    async def note_shown(self, held_id: int, person_message_id: int) -> None:
        """A held reply shown to the person as the message `person_message_id`: a staff edit of it now edits that."""
        await self.db.execute(
            "UPDATE case_messages SET person_message_id = ? WHERE id = ? AND direction = 'staff'",
            (person_message_id, held_id),
        )

    async def ended_case_with_held(self, user_id: int) -> Case | None:
        """The person's newest case that ended (closed, withdrawn) while they had the chat hidden, and still holds
        staff replies they have not been offered since."""
        row = await self.db.fetchone(
            """
            SELECT * FROM cases WHERE user_id = ?1 AND status = 'closed' AND hidden_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM case_messages AS m
                        WHERE m.case_id = cases.id AND m.direction = 'held' AND m.text IS NOT NULL)
            ORDER BY id DESC LIMIT 1
            """,
            (user_id,),
        )
        return case_of(row) if row else None

    async def end_hiding(self, case_id: int, staff_user_id: int) -> Case | None:
        """Staff judged that whoever writes from the chat the person hid is her: nothing of the case (open, or
        ended while the chat was hidden) is kept from her any more. The case, or None when the hiding had ended
        already (two presses end it once). Audited as the worker's."""
        now = self.now()

        async def work(tx: Transaction) -> Case | None:
            # the first acknowledgement after this carries the case's buttons again (the old one went with the chat)
            if not await tx.execute(
                "UPDATE cases SET hidden_at = NULL, ack_message_id = NULL WHERE id = ? AND hidden_at IS NOT NULL",
                (case_id,),
            ):
                return None
            await audit(tx, case_id, staff_user_id, "unhide", now)
            row = await tx.fetchone(CASE_BY_ID, (case_id,))
            return case_of(row) if row else None

        return await self.db.write(work)

    async def hidden_wrote_told(self, case_id: int, since: int) -> bool:
        """Whether staff were told, since the chat was hidden at `since`, that someone wrote from it (the notice
        with the button that ends the hiding is posted once a hiding)."""
        row = await self.db.fetchone(
            "SELECT 1 FROM case_messages WHERE case_id = ? AND direction = 'hidden-wrote' AND created_at >= ?",
            (case_id, since),
        )
        return row is not None
