"""Forum topics (migration 0019): which staff chats are forums, and the topic each case has in them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bot.storage.connection import Repository, Transaction
from bot.storage.models import Case, case_of


@dataclass(frozen=True)
class CaseTopic:
    chat_id: int
    thread_id: int | None  # None: the topic was lost, the case's messages go to the general topic
    closed: bool


class Topics(Repository):
    async def forum_chat(self, chat_id: int) -> bool | None:
        """Whether the chat is a forum, as Telegram last said; None when the bot has not asked yet."""
        row = await self.db.fetchone("SELECT is_forum FROM forum_chats WHERE chat_id = ?", (chat_id,))
        return bool(row["is_forum"]) if row else None

    async def record_forum_chat(self, chat_id: int, is_forum: bool) -> None:
        await self.db.execute(
            "INSERT INTO forum_chats (chat_id, is_forum, checked_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET is_forum = excluded.is_forum, checked_at = excluded.checked_at",
            (chat_id, int(is_forum), self.now()),
        )

    async def record_topics_refused(self, chat_id: int, refused: bool) -> bool:
        """Note whether createForumTopic was refused in this forum for want of the right; True when that changed,
        so the log says it once."""
        changed = await self.db.execute(
            "UPDATE forum_chats SET topics_refused = ? WHERE chat_id = ? AND topics_refused != ?",
            (int(refused), chat_id, int(refused)),
        )
        return changed == 1

    async def case_topics(self, case_id: int) -> list[CaseTopic]:
        rows = await self.db.fetchall(
            "SELECT chat_id, thread_id, closed FROM case_topics WHERE case_id = ? ORDER BY created_at, chat_id",
            (case_id,),
        )
        return [CaseTopic(row["chat_id"], row["thread_id"], bool(row["closed"])) for row in rows]

    async def set_case_topic(self, case_id: int, chat_id: int, thread_id: int) -> int | None:
        """Keep the case's new topic in this chat; the topic the case keeps there (the first one kept, should two
        cards have been posted at once)."""
        now = self.now()

        async def work(tx: Transaction) -> int | None:
            await tx.execute(
                "INSERT INTO case_topics (case_id, chat_id, thread_id, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (case_id, chat_id) DO NOTHING",
                (case_id, chat_id, thread_id, now),
            )
            row = await tx.fetchone(
                "SELECT thread_id FROM case_topics WHERE case_id = ? AND chat_id = ?", (case_id, chat_id)
            )
            return row["thread_id"] if row else None

        return await self.db.write(work)

    async def lose_case_topic(self, case_id: int, chat_id: int) -> None:
        """Telegram no longer finds the case's topic: from now on its messages go to the general topic."""
        await self.db.execute(
            "UPDATE case_topics SET thread_id = NULL WHERE case_id = ? AND chat_id = ?", (case_id, chat_id)
        )

    async def set_topic_closed(self, case_id: int, chat_id: int, closed: bool) -> None:
        await self.db.execute(
            "UPDATE case_topics SET closed = ? WHERE case_id = ? AND chat_id = ?",
            (int(closed), case_id, chat_id),
        )

    async def case_for_topic(self, chat_id: int, thread_id: int) -> Case | None:
        row = await self.db.fetchone(
            "SELECT cases.* FROM case_topics JOIN cases ON cases.id = case_topics.case_id "
            "WHERE case_topics.chat_id = ? AND case_topics.thread_id = ?",
            (chat_id, thread_id),
        )
        return case_of(row) if row else None


def read_topic_refusals(path: Path) -> list[int]:
    """The forum staff chats where the bot may not create topics, read without changing the file (check-config)."""
    if not path.exists():
        return []
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        try:
            rows = db.execute(
                "SELECT chat_id FROM forum_chats WHERE topics_refused = 1 ORDER BY chat_id"
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # a database from before migration 0019
    return [chat_id for (chat_id,) in rows]
