"""Media on a case (migration 0016): a person's voice notes, photos, documents ... are relayed with copyMessage, so
only the kind, the message id in the person's own chat and the caption are kept (the caption in case_messages.text,
wiped with the texts). Media sent with no open case is held until a request carries it, or for HELD_SECONDS."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.cases import audit
from bot.storage.connection import Repository, Transaction
from bot.storage.delivery import relay_mark
from bot.storage.models import OWN_WORDS, RelayOrigin

HELD_SECONDS = 24 * 3600


@dataclass(frozen=True)
class HeldMedia:
    message_id: int
    kind: str
    caption: str


class Media(Repository):
    async def add_relayed_media(
        self,
        case_id: int,
        kind: str,
        caption: str,
        person_message_id: int,
        *,
        urgent: bool = False,
        danger: bool = False,
        origin: RelayOrigin = OWN_WORDS,
    ) -> None:
        """Store a person's media message as waiting for a staff chat, like a text piece (see add_relayed)."""
        await self.db.execute(
            """
            INSERT INTO case_messages
                (case_id, direction, text, created_at, pending, urgent, person_message_id, kind, edited, forwarded_from)
            VALUES (?, 'person', ?, ?, 1, ?, ?, ?, ?, ?)
            """,
            (
                case_id,
                caption,
                self.now(),
                relay_mark(urgent=urgent, danger=danger),
                person_message_id,
                kind,
                origin.edited,
                origin.forwarded_from,
            ),
        )

    async def mark_relayed_media(
        self, piece_id: int, chat_id: int, message_id: int, line_id: int | None
    ) -> None:
        """A staff chat has the copy (and the line posted after it, if any): a reply to either reaches the
        case through the copy's row."""
        await self.db.execute(
            """
            UPDATE case_messages SET pending = 0, staff_chat_id = ?, staff_message_id = ?, staff_line_id = ?
            WHERE id = ?
            """,
            (chat_id, message_id, line_id, piece_id),
        )

    async def add_staff_media(
        self, case_id: int, kind: str, caption: str, chat_id: int, message_id: int, staff_user_id: int
    ) -> None:
        now = self.now()

        async def work(tx: Transaction) -> None:
            await tx.execute(
                """
                INSERT OR IGNORE INTO case_messages
                    (case_id, direction, text, staff_chat_id, staff_message_id, created_at, kind)
                VALUES (?, 'staff', ?, ?, ?, ?, ?)
                """,
                (case_id, caption, chat_id, message_id, now, kind),
            )
            await audit(tx, case_id, staff_user_id, "reply", now)

        await self.db.write(work)

    # Held until a request carries it --------------------------------------------------------------------------

    async def hold_media(self, user_id: int, message_id: int, kind: str, caption: str) -> None:
        await self.db.execute(
            """
            INSERT OR IGNORE INTO held_media (user_id, message_id, kind, caption, at)
            SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE user_id = ?)
            """,
            (user_id, message_id, kind, caption, self.now(), user_id),
        )

    async def held_media(self, user_id: int) -> list[HeldMedia]:
        rows = await self.db.fetchall(
            "SELECT message_id, kind, caption FROM held_media WHERE user_id = ? AND at > ? ORDER BY message_id",
            (user_id, self.now() - HELD_SECONDS),
        )
        return [HeldMedia(r["message_id"], r["kind"], r["caption"]) for r in rows]

    async def attach_held_media(self, case_id: int, user_id: int) -> int:
        """Move what the person sent before their request onto its case, waiting for a staff chat in the order
        sent; how many."""
        now = self.now()

        async def work(tx: Transaction) -> int:
            moved = await tx.execute(
                """
                INSERT INTO case_messages
                    (case_id, direction, text, created_at, pending, person_message_id, kind)
                SELECT ?, 'person', caption, ?, 1, message_id, kind FROM held_media
                WHERE user_id = ? AND at > ? ORDER BY message_id
                """,
                (case_id, now, user_id, now - HELD_SECONDS),
            )
            await tx.execute("DELETE FROM held_media WHERE user_id = ?", (user_id,))
            return moved

        return await self.db.write(work)

    async def drop_held_media(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM held_media WHERE user_id = ?", (user_id,))

    # The /forget follow-up ------------------------------------------------------------------------------------

    async def forget_copies(self, job_id: int) -> dict[int, list[int]]:
        """The staff-chat copies of a forgotten person's messages still to delete, by chat."""
        rows = await self.db.fetchall(
            "SELECT chat_id, message_id FROM forget_copies WHERE job_id = ? ORDER BY chat_id, message_id",
            (job_id,),
        )
        copies: dict[int, list[int]] = {}
        for row in rows:
            copies.setdefault(row["chat_id"], []).append(row["message_id"])
        return copies

    async def forget_copies_done(self, job_id: int) -> None:
        await self.db.execute("DELETE FROM forget_copies WHERE job_id = ?", (job_id,))
