"""The screening interviews of cases (bot/screening.py decides from their answers). Each saved step is one unit of
work with its audit entry; the decision's columns are written with the answers, so the indicators count screenings
without reading an answer."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from bot import screening
from bot.casework import HOTLINE_TEAM
from bot.storage.cases import audit
from bot.storage.connection import Repository, Row, Transaction
from bot.storage.specialists import request_counts

_BY_CASE = "SELECT * FROM screenings WHERE case_id = ?"


@dataclass(frozen=True)
class Screening:
    case_id: int
    answers: dict[str, tuple[str, ...]]
    step: str | None  # the section being filled in; None once the last one was passed
    verdict: str
    judgement: str | None  # the staff's own judgement, kept beside the decision
    judged_by: int | None
    started_by: int
    finished_at: int | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


def _screening_of(row: Row) -> Screening:
    stored = json.loads(row["answers"])
    answers = {str(key): tuple(str(code) for code in codes) for key, codes in stored.items()}
    return Screening(
        case_id=row["case_id"],
        answers=answers,
        step=row["step"],
        verdict=row["verdict"],
        judgement=row["judgement"],
        judged_by=row["judged_by"],
        started_by=row["started_by"],
        finished_at=row["finished_at"],
    )


async def _read(tx: Transaction, case_id: int) -> Screening:
    row = await tx.fetchone(_BY_CASE, (case_id,))
    assert row is not None
    return _screening_of(row)


class Screenings(Repository):
    async def screening(self, case_id: int) -> Screening | None:
        row = await self.db.fetchone(_BY_CASE, (case_id,))
        return _screening_of(row) if row else None

    async def start_screening(self, case_id: int, staff_user_id: int, first_step: str) -> Screening:
        """The case's screening, begun now (audited) for the organisation that has the case (`screened_for`: it
        counts for it after a referral) unless it already was: then it is returned as it stands."""
        now = self.now()

        async def work(tx: Transaction) -> Screening:
            started = 1 == await tx.execute(
                """
                INSERT INTO screenings (case_id, step, started_by, started_at, updated_at, screened_for)
                VALUES (?1, ?2, ?3, ?4, ?4, (SELECT coalesce(ngo_id, ?5) FROM cases WHERE id = ?1))
                ON CONFLICT DO NOTHING
                """,
                (case_id, first_step, staff_user_id, now, HOTLINE_TEAM),
            )
            if started:
                await audit(tx, case_id, staff_user_id, "screen:start", now)
            return await _read(tx, case_id)

        return await self.db.write(work)

    async def save_screening(
        self,
        case_id: int,
        staff_user_id: int,
        answers: Mapping[str, tuple[str, ...]],
        step: str | None,
        *,
        saved_section: str | None = None,
    ) -> Screening | None:
        """Store the answers and the section now shown (None: past the last one, which finishes the screening the
        first time), with the decision's columns; `saved_section` is audited as answered. None: no screening."""
        now = self.now()
        decision = screening.decide(answers)
        values = (
            json.dumps({key: list(codes) for key, codes in answers.items()}, sort_keys=True),
            step,
            decision.verdict.value,
            ",".join(decision.forms),
            screening.country(answers),
            screening.sex(answers),
            screening.age_band(answers),
            now,
        )

        async def work(tx: Transaction) -> Screening | None:
            changed = await tx.execute(
                """
                UPDATE screenings SET answers = ?1, step = ?2, verdict = ?3, forms = ?4, country = ?5, sex = ?6,
                       age_band = ?7, updated_at = ?8,
                       finished_at = COALESCE(finished_at, CASE WHEN ?2 IS NULL THEN ?8 END)
                WHERE case_id = ?9
                """,
                (*values, case_id),
            )
            if not changed:
                return None
            if saved_section is not None:
                await audit(tx, case_id, staff_user_id, f"screen:{saved_section}", now)
            return await _read(tx, case_id)

        return await self.db.write(work)

    async def judge_screening(
        self, case_id: int, staff_user_id: int, judgement: str
    ) -> tuple[bool, Screening | None]:
        """The staff member's own judgement, kept beside the decision (audited): (whether it changed, the
        screening). The judgement already recorded, pressed again, changes nothing and is not audited again."""
        now = self.now()

        async def work(tx: Transaction) -> tuple[bool, Screening | None]:
            changed = await tx.execute(
                "UPDATE screenings SET judgement = ?, judged_by = ?, updated_at = ? "
                "WHERE case_id = ? AND judgement IS NOT ?",
                (judgement, staff_user_id, now, case_id, judgement),
            )
            if not changed:
                row = await tx.fetchone(_BY_CASE, (case_id,))
                return False, _screening_of(row) if row else None
            await audit(tx, case_id, staff_user_id, "screen:judged", now)
            return True, await _read(tx, case_id)

        return await self.db.write(work)

    async def discard_screening(self, case_id: int, staff_user_id: int) -> bool:
        """Delete the case's screening, recorded on it by mistake: its answers go, the audit keeps who discarded it
        and when, and it no longer counts anywhere. False: there was none (discarded already)."""
        now = self.now()

        async def work(tx: Transaction) -> bool:
            if not await tx.execute("DELETE FROM screenings WHERE case_id = ?", (case_id,)):
                return False
            await audit(tx, case_id, staff_user_id, "screen:discarded", now)
            return True

        return await self.db.write(work)

    async def screening_indicator_rows(
        self, times: tuple[int, int], scope: str | None
    ) -> tuple[list[Row], list[Row]]:
        """In one read: the screenings finished in the period, of the NGOs in `scope` (a JSON array; None: all), as
        the decision's columns, the organisation it was run for (ngo_id; NULL: the coordinators), not one the case
        was referred to after, and the case's velayat and outcome, never an answer; and the specialist requests asked
        in it by role and status."""

        async def work(tx: Transaction) -> tuple[list[Row], list[Row]]:
            screenings = await tx.fetchall(
                """
                SELECT * FROM (
                    SELECT s.verdict, s.judgement, s.forms, s.country, s.sex, s.age_band,
                           nullif(coalesce(s.screened_for, c.ngo_id), ?5) AS ngo_id, c.velayat, c.outcome
                    FROM screenings AS s JOIN cases AS c ON c.id = s.case_id
                    WHERE s.finished_at >= ?1 AND s.finished_at < ?2
                )
                WHERE ?3 IS NULL OR ngo_id IN (SELECT value FROM json_each(?4))
                """,
                (*times, scope, scope, HOTLINE_TEAM),
            )
            return screenings, await request_counts(tx, times, scope)

        return await self.db.read(work)
