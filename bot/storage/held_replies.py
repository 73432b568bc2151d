"""Staff replies written while the person had hidden the chat (/hide): held with the case, not sent, until the person
writes again and asks to read them (handlers/held.py). Kept as the case's messages are, so retention and /forget
empty them the same way (bot/storage/privacy.py); a shown one becomes a staff reply like any other."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction


@dataclass(frozen=True)
class HeldReply:
    text: str
    staff_chat_id: int  # the chat it was written in: whose name it goes under
    staff_message_id: int


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
                "UPDATE case_messages SET direction = 'staff' "
                "WHERE case_id = ? AND direction = 'held' AND text IS NOT NULL "
                "RETURNING id, text, staff_chat_id, staff_message_id",
                (case_id,),
            )
            return [
                HeldReply(row["text"], row["staff_chat_id"], row["staff_message_id"])
                for row in sorted(rows, key=lambda row: int(row["id"]))
            ]

        return await self.db.write(work)
