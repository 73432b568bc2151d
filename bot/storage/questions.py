"""Questions: anonymous daily counts for the indicators, masked unanswered questions, and answer feedback."""

from __future__ import annotations

import time

from bot.storage.connection import Repository


class Questions(Repository):
    async def count_question(self, language: str, topic_id: str | None, confident: bool) -> None:
        """Count a question for the indicators (anonymous: a day, a language, a topic)."""
        day = time.strftime("%Y-%m-%d", time.gmtime(self.now()))
        await self.db.execute(
            """
            INSERT INTO question_counts (day, language, topic_id, confident, count) VALUES (?, ?, ?, ?, 1)
            ON CONFLICT (day, language, topic_id, confident) DO UPDATE SET count = count + 1
            """,
            (day, language, topic_id or "", int(confident)),
        )

    async def add_unanswered(self, user_id: int, language: str, masked_text: str) -> None:
        await self.db.execute(
            "INSERT INTO unanswered (user_id, language, text, asked_at) VALUES (?, ?, ?, ?)",
            (user_id, language, masked_text, self.now()),
        )

    async def unanswered_questions(self, language: str | None = None) -> list[tuple[str, str, int]]:
        """(language, masked text, how often asked), most frequent first."""
        rows = await self.db.fetchall(
            """
            SELECT language, text, COUNT(*) AS times FROM unanswered
            WHERE ? IS NULL OR language = ?
            GROUP BY language, lower(text) ORDER BY times DESC, MAX(asked_at) DESC
            """,
            (language, language),
        )
        return [(row["language"], row["text"], row["times"]) for row in rows]

    async def add_feedback(self, topic_id: str, language: str, helpful: bool) -> None:
        await self.db.execute(
            """
            INSERT INTO feedback (topic_id, language, helpful, unhelpful) VALUES (?, ?, ?, ?)
            ON CONFLICT (topic_id, language) DO UPDATE SET
                helpful = helpful + excluded.helpful, unhelpful = unhelpful + excluded.unhelpful
            """,
            (topic_id, language, int(helpful), int(not helpful)),
        )

    async def feedback(self, topic_id: str, language: str) -> tuple[int, int]:
        row = await self.db.fetchone(
            "SELECT helpful, unhelpful FROM feedback WHERE topic_id = ? AND language = ?",
            (topic_id, language),
        )
        return (row["helpful"], row["unhelpful"]) if row else (0, 0)
