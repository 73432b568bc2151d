"""A staff reply relayed to a person, as its copies and edits follow it: the person's copy (case_messages'
person_message_id) and the copies shown in the other staff chats that see the case (copy_of, migration 0046)."""

from __future__ import annotations

from bot.casework import HOTLINE_TEAM
from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction

# The organisation a staff message of the case (a case_messages row named m) was written for: the one that had the
# case then (the one a later referral moved it from, or the one that has it), HOTLINE_TEAM for the coordinators; so
# that words written before a referral stay signed by who wrote them
WRITTEN_FOR = f"""
    coalesce(
        (SELECT coalesce(f.from_ngo_id, '{HOTLINE_TEAM}') FROM referrals AS f
         WHERE f.case_id = m.case_id AND f.status = 'done' AND f.decided_at >= m.created_at
         ORDER BY f.decided_at, f.id LIMIT 1),
        (SELECT coalesce(c.ngo_id, '{HOTLINE_TEAM}') FROM cases AS c WHERE c.id = m.case_id)
    )
"""  # noqa: S608 - constants only

# The 'staff' row of a reply, by the staff chat and message it was written as
_REPLY = (
    "SELECT id FROM case_messages WHERE staff_chat_id = ? AND staff_message_id = ? AND direction = 'staff'"
)


class StaffReplies(Repository):
    async def staff_reply_copy(self, chat_id: int, message_id: int) -> tuple[int, int | None, str] | None:
        """(the case, the person's copy or None, the organisation it was written for: an id or HOTLINE_TEAM) of a
        staff reply relayed to a person, by the staff message."""
        row = await self.db.fetchone(
            f"""
            SELECT case_id, person_message_id, {WRITTEN_FOR} AS written_for FROM case_messages AS m
            WHERE staff_chat_id = ? AND staff_message_id = ? AND direction = 'staff'
            """,  # noqa: S608 - constants only
            (chat_id, message_id),
        )
        return (row["case_id"], row["person_message_id"], row["written_for"]) if row else None

    async def add_reply_copy(
        self, case_id: int, reply: tuple[int, int], chat_id: int, message_id: int
    ) -> None:
        """A copy (`chat_id`, `message_id`) of the staff reply `reply` (its chat and message) in another staff chat,
        kept with the case like a notice: a reply to it reaches the person, an edit of the reply edits it."""
        await self.db.execute(
            f"""
            INSERT OR IGNORE INTO case_messages
                (case_id, direction, text, staff_chat_id, staff_message_id, created_at, copy_of)
            VALUES (?, 'notice', '', ?, ?, ?, ({_REPLY}))
            """,  # noqa: S608 - constants only
            (case_id, chat_id, message_id, self.now(), *reply),
        )

    async def reply_copies(self, chat_id: int, message_id: int) -> list[tuple[int, int]]:
        """The copies (chat, message) in other staff chats of the staff reply written as `message_id` in `chat_id`."""
        rows = await self.db.fetchall(
            f"""
            SELECT staff_chat_id, staff_message_id FROM case_messages
            WHERE copy_of = ({_REPLY}) ORDER BY id
            """,  # noqa: S608 - constants only
            (chat_id, message_id),
        )
        return [(row["staff_chat_id"], row["staff_message_id"]) for row in rows]

    async def edit_held_reply(self, chat_id: int, message_id: int, text: str, staff_user_id: int) -> bool:
        """A staff reply held while the person had hidden the chat (not yet shown to her) now reads `text`: she gets
        the new words when she opens it. False when the message is no held reply."""
        now = self.now()

        async def work(tx: Transaction) -> bool:
            row = await tx.fetchone(
                "UPDATE case_messages SET text = ? WHERE staff_chat_id = ? AND staff_message_id = ? "
                "AND direction = 'held' AND text IS NOT NULL RETURNING case_id",
                (text, chat_id, message_id),
            )
            if row is not None:
                await audit(tx, row["case_id"], staff_user_id, "reply-edited", now)
            return row is not None

        return await self.db.write(work)

    async def edit_staff_reply(self, chat_id: int, message_id: int, text: str, staff_user_id: int) -> None:
        """The person's copy of a staff reply now reads `text`: the case keeps the new words (the old ones may have
        been meant for someone else), and the audit says it was edited."""
        now = self.now()

        async def work(tx: Transaction) -> None:
            row = await tx.fetchone(
                "UPDATE case_messages SET text = ? WHERE staff_chat_id = ? AND staff_message_id = ? "
                "AND direction = 'staff' RETURNING case_id",
                (text, chat_id, message_id),
            )
            if row is not None:
                await audit(tx, row["case_id"], staff_user_id, "reply-edited", now)

        await self.db.write(work)
