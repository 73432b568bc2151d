"""Hand-off drafts: a person's request while they fill it in, one per person."""

from __future__ import annotations

import json

from bot.handoff import Draft
from bot.storage.connection import Repository, Transaction
from bot.storage.models import OPEN_CASE_OF_PERSON, Case, case_of, draft_of

DRAFT_OF_PERSON = "SELECT * FROM drafts WHERE user_id = ?"


class Drafts(Repository):
    async def draft(self, user_id: int) -> Draft | None:
        row = await self.db.fetchone(DRAFT_OF_PERSON, (user_id,))
        return draft_of(row) if row else None

    async def draft_and_open_case(self, user_id: int) -> tuple[Draft | None, Case | None]:
        """What every text needs first: is a request waiting for typing, or a case open? Read together."""

        async def work(tx: Transaction) -> tuple[Draft | None, Case | None]:
            draft = await tx.fetchone(DRAFT_OF_PERSON, (user_id,))
            case = await tx.fetchone(OPEN_CASE_OF_PERSON, (user_id,))
            return (draft_of(draft) if draft else None), (case_of(case) if case else None)

        # Under the lock no write of the bot's can come between the two reads.
        return await self.db.retrying(lambda: self.db.locked(work))

    async def save_draft(self, draft: Draft) -> None:
        await self.db.execute(
            """
            INSERT OR REPLACE INTO drafts (user_id, purpose, step, answers, urgent, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            (
                draft.user_id,
                draft.purpose,
                draft.step,
                json.dumps(dict(draft.answers), ensure_ascii=False),
                int(draft.urgent),
                self.now(),
            ),
        )

    async def delete_draft(self, user_id: int) -> None:
        await self.db.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))
