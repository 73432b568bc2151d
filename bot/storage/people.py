"""People: one row per person who wrote to the bot, their language, campaign and blocked state."""

from __future__ import annotations

from bot.storage.connection import Repository, Transaction
from bot.storage.models import Case, Person, case_of, person_of


class People(Repository):
    async def touch_person(self, user_id: int, telegram_language: str, campaign: str | None = None) -> Person:
        """Get or create the person's row, note that they were seen, and follow Telegram's language until one
        is chosen. The campaign is kept from the first /start that had one."""
        now = self.now()
        row = await self.db.fetchone(
            """
            INSERT INTO users (user_id, language, first_seen, last_seen, campaign)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                last_seen = excluded.last_seen,
                language = CASE WHEN users.language_chosen THEN users.language ELSE excluded.language END,
                campaign = COALESCE(users.campaign, excluded.campaign)
            RETURNING *
            """,
            (user_id, telegram_language, now, now, campaign),
        )
        assert row is not None
        return person_of(row)

    async def get_person(self, user_id: int) -> Person | None:
        row = await self.db.fetchone("SELECT * FROM users WHERE user_id = ?", (user_id,))
        return person_of(row) if row else None

    async def set_country(self, user_id: int, country: str | None) -> None:
        """Remember (or, with None, forget) the destination the person agreed to have kept."""
        await self.db.execute("UPDATE users SET country = ? WHERE user_id = ?", (country, user_id))

    async def set_language(self, user_id: int, language: str) -> Case | None:
        """The person's language from now on (chosen, or the one they write in). An open case follows it, so that
        staff write in the language the person reads: that case is returned when its language changed."""

        async def work(tx: Transaction) -> Case | None:
            await tx.execute(
                "UPDATE users SET language = ?, language_chosen = 1 WHERE user_id = ?", (language, user_id)
            )
            row = await tx.fetchone(
                """
                UPDATE cases SET language = ?
                WHERE language != ? AND id IN (SELECT id FROM open_cases WHERE user_id = ?)
                RETURNING *
                """,
                (language, language, user_id),
            )
            return case_of(row) if row else None

        return await self.db.write(work)

    async def mark_person_blocked(self, user_id: int) -> bool:
        """The person blocked the bot: inactive until they write again, and noted on their open case; whether that
        case did not know it yet (its cards then need to say so)."""
        now = self.now()

        async def work(tx: Transaction) -> bool:
            await tx.execute("UPDATE users SET blocked_at = ? WHERE user_id = ?", (now, user_id))
            return 0 < await tx.execute(
                "UPDATE cases SET person_blocked = 1 "
                "WHERE id IN (SELECT id FROM open_cases WHERE user_id = ?) AND person_blocked = 0",
                (user_id,),
            )

        return await self.db.write(work)

    async def unblock_person(self, user_id: int) -> Case | None:
        """The person writes again after blocking the bot: active again; returns their open case, if any."""

        async def work(tx: Transaction) -> Case | None:
            await tx.execute("UPDATE users SET blocked_at = NULL WHERE user_id = ?", (user_id,))
            row = await tx.fetchone(
                """
                UPDATE cases SET person_blocked = 0 WHERE id IN (SELECT id FROM open_cases WHERE user_id = ?)
                RETURNING *
                """,
                (user_id,),
            )
            return case_of(row) if row else None

        return await self.db.write(work)
