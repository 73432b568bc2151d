"""Honest delivery (migration 0010): what a person wrote on a case waits in case_messages until a staff chat
accepts it, and the outbox holds the follow-ups of a case's change (written by triggers in its transaction)."""

from __future__ import annotations

from bot.storage.connection import Repository, Transaction
from bot.storage.models import OWN_WORDS, OutboxEntry, RelayedPiece, RelayOrigin

# What case_messages.urgent holds for a person's piece: the mark of its staff heading
URGENT_MARK = 1  # 🆘 URGENT
DANGER_MARK = (
    2  # ⚠️: words of danger to a worker already writing with the person (bot.casework.danger_raises_alarm)
)


def relay_mark(*, urgent: bool, danger: bool) -> int:
    """The value of a relayed piece's `urgent` column: its alert, its ⚠️, or neither."""
    return URGENT_MARK if urgent else DANGER_MARK if danger else 0


async def insert_relayed(
    tx: Transaction,
    case_id: int,
    pieces: list[str] | tuple[str, ...],
    person_message_id: int | None,
    *,
    urgent: bool,
    at: int,
    first_part: int = 1,
    danger: bool = False,
    origin: RelayOrigin = OWN_WORDS,
) -> None:
    """Store pieces of one message as waiting for a staff chat, numbered from `first_part` of them all (the parts
    before it are elsewhere: the first message's first part is on the card)."""
    parts = first_part - 1 + len(pieces)
    mark = relay_mark(urgent=urgent, danger=danger)
    await tx.executemany(
        """
        INSERT INTO case_messages
            (case_id, direction, text, created_at, pending, urgent, person_message_id, part, parts, edited,
             forwarded_from)
        VALUES (?, 'person', ?, ?, 1, ?, ?, ?, ?, ?, ?)
        """,
        [
            (case_id, piece, at, mark, person_message_id, part, parts, origin.edited, origin.forwarded_from)
            for part, piece in enumerate(pieces, first_part)
        ],
    )


class Delivery(Repository):
    async def add_relayed(
        self,
        case_id: int,
        pieces: list[str],
        person_message_id: int | None,
        *,
        urgent: bool = False,
        danger: bool = False,
        origin: RelayOrigin = OWN_WORDS,
    ) -> None:
        """Store what the person wrote, piece by piece, as waiting for a staff chat: stored before it is posted."""
        await self.db.write(
            lambda tx: insert_relayed(
                tx,
                case_id,
                pieces,
                person_message_id,
                urgent=urgent,
                at=self.now(),
                danger=danger,
                origin=origin,
            )
        )

    async def first_relayed_message(self, case_id: int) -> int | None:
        """The id of the first of the person's own messages the case holds (in the person's chat), or None."""
        row = await self.db.fetchone(
            "SELECT MIN(person_message_id) AS first FROM case_messages WHERE case_id = ? AND direction = 'person'",
            (case_id,),
        )
        return row["first"] if row is not None else None

    async def pending_relayed(self, case_id: int) -> list[RelayedPiece]:
        """The pieces of an open case that no staff chat has yet, oldest first (a forgotten text is not sent)."""
        rows = await self.db.fetchall(
            """
            SELECT case_messages.id, text, case_messages.urgent, person_message_id, kind, part, parts, edited,
                   forwarded_from
            FROM case_messages JOIN open_cases ON open_cases.id = case_messages.case_id
            WHERE case_id = ? AND pending = 1 AND text IS NOT NULL
            ORDER BY case_messages.id
            """,
            (case_id,),
        )
        return [
            RelayedPiece(
                r["id"],
                r["text"],
                r["urgent"] == URGENT_MARK,
                r["person_message_id"],
                r["kind"],
                r["part"],
                r["parts"],
                danger=r["urgent"] == DANGER_MARK,
                origin=RelayOrigin(bool(r["edited"]), r["forwarded_from"]),
            )
            for r in rows
        ]

    async def mark_relayed(self, piece_id: int, chat_id: int, message_id: int) -> None:
        """A staff chat accepted the piece: it is no longer waiting, and a reply to it reaches the case."""
        await self.db.execute(
            "UPDATE case_messages SET pending = 0, staff_chat_id = ?, staff_message_id = ? WHERE id = ?",
            (chat_id, message_id, piece_id),
        )

    async def cases_with_pending_relayed(self) -> list[int]:
        rows = await self.db.fetchall(
            """
            SELECT DISTINCT case_id FROM case_messages JOIN open_cases ON open_cases.id = case_messages.case_id
            WHERE pending = 1 AND text IS NOT NULL ORDER BY case_id
            """
        )
        return [row["case_id"] for row in rows]

    async def set_acknowledgement(self, case_id: int, message_id: int | None, *, waiting_told: bool) -> None:
        """What the person has been shown about their relayed messages: the case's first acknowledgement (None
        keeps the one there is), and whether they were told that messages wait."""
        await self.db.execute(
            "UPDATE cases SET ack_message_id = COALESCE(?, ack_message_id), waiting_told = ? WHERE id = ?",
            (message_id, int(waiting_told), case_id),
        )

    async def set_card_waiting_told(self, case_id: int, told: bool) -> None:
        await self.db.execute("UPDATE cases SET card_waiting_told = ? WHERE id = ?", (int(told), case_id))

    async def outbox(self, case_id: int | None = None) -> list[OutboxEntry]:
        """Pending follow-ups, oldest first: of one case, or of all (the periodic job and start-up)."""
        rows = await self.db.fetchall(
            "SELECT id, case_id, kind, text FROM outbox WHERE ? IS NULL OR case_id = ? ORDER BY id",
            (case_id, case_id),
        )
        return [OutboxEntry(r["id"], r["case_id"], r["kind"], r["text"]) for r in rows]

    async def add_outbox(self, case_id: int, kind: str, text: str | None = None) -> None:
        await self.db.execute(
            "INSERT INTO outbox (case_id, kind, text) VALUES (?, ?, ?)", (case_id, kind, text)
        )

    async def outbox_done(self, entry_id: int) -> None:
        await self.db.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    async def card_refreshes_done(self, case_id: int, up_to: int) -> None:
        """The case's cards show its state as of outbox entry `up_to`: that entry and the earlier ones are done."""
        await self.db.execute(
            "DELETE FROM outbox WHERE case_id = ? AND kind = 'card' AND id <= ?", (case_id, up_to)
        )
