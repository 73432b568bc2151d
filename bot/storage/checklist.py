"""The job-offer checklist: a person's progress (their own answers, until they start again or /forget) and the
anonymous results the indicators count."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from bot.storage.connection import Repository, Transaction
from bot.storage.models import ChecklistProgress

SAVE_CHECKLIST_PROGRESS = """
    INSERT INTO checklist_progress (user_id, position, answers, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (user_id) DO UPDATE SET
        position = excluded.position, answers = excluded.answers, updated_at = excluded.updated_at
"""
CHECKLIST_PROGRESS = "SELECT position, answers FROM checklist_progress WHERE user_id = ?"
# Whom the offer is for (bot.checklist_whom) is kept in the answers' JSON under a key no question has, so that it
# needs no migration; the answers the rest of the bot reads never carry it.
WHOM = "whom"


def _progress(position: int, stored: str) -> ChecklistProgress:
    answers = json.loads(stored)
    whom = answers.pop(WHOM, None)
    return ChecklistProgress(position, answers, whom)


def _stored(answers: dict[str, str], whom: str | None) -> str:
    return json.dumps({**answers, WHOM: whom} if whom is not None else answers, sort_keys=True)


class Checklist(Repository):
    async def checklist_progress(self, user_id: int) -> ChecklistProgress | None:
        row = await self.db.fetchone(CHECKLIST_PROGRESS, (user_id,))
        return _progress(row["position"], row["answers"]) if row else None

    async def save_checklist_progress(
        self, user_id: int, position: int, answers: dict[str, str], whom: str | None = None
    ) -> None:
        await self.db.execute(
            SAVE_CHECKLIST_PROGRESS, (user_id, position, _stored(answers, whom), self.now())
        )

    async def answer_checklist(
        self,
        user_id: int,
        position: int,
        key: str,
        answer: str,
        following: Callable[[dict[str, str]], int | None],
    ) -> tuple[ChecklistProgress | None, bool]:
        """If the person is still at the question at `position`: record `answer` under `key` and move them to
        `following(answers)`, the position the answers with this one lead to (None: record nothing). Returns their
        progress after it, and whether it moved (False for a press on an old question, or when they have no
        checklist). One unit of work, as every checklist press does this."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[ChecklistProgress | None, bool]:
            row = await tx.fetchone(CHECKLIST_PROGRESS, (user_id,))
            progress = _progress(row["position"], row["answers"]) if row else None
            if progress is None or progress.position != position:
                return progress, False
            answers = {**progress.answers, key: answer}
            next_position = following(answers)
            if next_position is None:
                return progress, False
            await tx.execute(
                SAVE_CHECKLIST_PROGRESS, (user_id, next_position, _stored(answers, progress.whom), now)
            )
            return ChecklistProgress(next_position, answers, progress.whom), True

        return await self.db.write(work)

    async def finish_checklist(
        self,
        user_id: int,
        position: int,
        language: str,
        level: str,
        flagged: tuple[str, ...],
        region: str | None,
    ) -> int:
        """Store the anonymous result and mark the person's checklist finished, in one unit of work.

        The person's own answers stay (until they start again or /forget) so a hand-off can carry the summary."""
        now = self.now()
        day = time.strftime("%Y-%m-%d", time.gmtime(now))

        async def work(tx: Transaction) -> int:
            row = await tx.fetchone(
                """
                INSERT INTO checklist_results (finished_on, language, level, flagged, region)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """,
                (day, language, level, ",".join(flagged), region),
            )
            assert row is not None
            result_id = int(row["id"])
            await tx.execute(
                "UPDATE checklist_progress SET position = ?, updated_at = ?, last_result_id = ? WHERE user_id = ?",
                (position, now, result_id, user_id),
            )
            return result_id

        return await self.db.write(work)

    async def describe_last_result(
        self, user_id: int, gender: str | None = None, age_band: str | None = None
    ) -> bool:
        """Fill in the optional, anonymous gender or age band of the person's last checklist result, once."""
        changed = await self.db.execute(
            """
            UPDATE checklist_results SET gender = COALESCE(gender, ?), age_band = COALESCE(age_band, ?)
            WHERE id = (SELECT last_result_id FROM checklist_progress WHERE user_id = ?)
            """,
            (gender, age_band, user_id),
        )
        return changed == 1

    async def checklist_result(self, result_id: int) -> dict[str, object] | None:
        row = await self.db.fetchone("SELECT * FROM checklist_results WHERE id = ?", (result_id,))
        return dict(row) if row else None
