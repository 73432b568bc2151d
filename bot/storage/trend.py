"""Week by week over the last weeks: the trend drawn under a period's figures on the indicators chart.

Telegram-free. A week here is seven UTC days counted back from the period's last day (not an ISO week), so the
last bar is the week the chat asked about. The scope is the indicators' (bot/indicators.py): an NGO's staff chat
gets its own cases only, and no network-wide figures (`new_people` and `questions` are None).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot.indicators import Period, percentile
from bot.storage.connection import Transaction
from bot.storage.models import FIRST_STAFF_REPLIES

if TYPE_CHECKING:  # the package imports its modules; this one only needs the type
    from bot.storage import Storage

WEEKS = 8
WEEK_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Week:
    period: Period
    new_people: int | None
    questions: int | None
    opened: int  # cases created in the week
    closed: int  # cases closed in the week, whenever they were created
    # Median minutes from a case's creation to the first message staff wrote to the person, of the week's cases.
    to_first_reply: float | None


async def weekly(
    storage: Storage,
    end: date,
    ngo_ids: tuple[str, ...] | None,
    weeks: int = WEEKS,
    coordinator_chats: tuple[int, ...] = (),
) -> tuple[Week, ...]:
    """The `weeks` weeks ending on `end`, oldest first, read in one transaction (`coordinator_chats`: the
    coordinator chat's ids, whose first replies are not an organisation's)."""
    span = Period(end - timedelta(days=7 * weeks - 1), end)

    async def read(db: Transaction) -> tuple[Week, ...]:
        people = questions = None
        if ngo_ids is None:
            people = await _by_day(
                db, "SELECT day, SUM(n) FROM people_by_day WHERE day BETWEEN ? AND ? GROUP BY day", span
            )
            questions = await _by_day(
                db, "SELECT day, SUM(count) FROM question_counts WHERE day BETWEEN ? AND ? GROUP BY day", span
            )
        # The NGO filter is one JSON parameter, as in bot/indicators.py, so the SQL text never depends on it.
        scope = None if ngo_ids is None else json.dumps(list(ngo_ids))
        params = (span.start_ts, span.start_ts, span.end_ts, scope, scope)
        in_scope = "(? IS NULL OR ngo_id IN (SELECT value FROM json_each(?)))"
        opened = await _counts(
            db,
            f"SELECT (created_at - ?) / {WEEK_SECONDS}, COUNT(*) FROM cases "  # noqa: S608 - constants only
            f"WHERE created_at >= ? AND created_at < ? AND {in_scope} GROUP BY 1",
            params,
        )
        closed = await _counts(
            db,
            f"SELECT (closed_at - ?) / {WEEK_SECONDS}, COUNT(*) FROM cases "  # noqa: S608 - constants only
            f"WHERE closed_at >= ? AND closed_at < ? AND {in_scope} GROUP BY 1",
            params,
        )
        waits: dict[int, list[float]] = {}
        for index, seconds in await db.fetchall(
            f"SELECT (created_at - ?5) / {WEEK_SECONDS}, wait FROM ({FIRST_STAFF_REPLIES})",  # noqa: S608
            (span.start_ts, span.end_ts, json.dumps(coordinator_chats), scope, span.start_ts),
        ):
            waits.setdefault(index, []).append(seconds / 60)
        return tuple(
            Week(
                period=Period(
                    span.start + timedelta(days=7 * index), span.start + timedelta(days=7 * index + 6)
                ),
                new_people=None if people is None else people.get(index, 0),
                questions=None if questions is None else questions.get(index, 0),
                opened=opened.get(index, 0),
                closed=closed.get(index, 0),
                to_first_reply=percentile(waits.get(index, []), 0.5),
            )
            for index in range(weeks)
        )

    return await storage.run(read)


async def _by_day(db: Transaction, sql: str, span: Period) -> dict[int, int]:
    """Daily counts summed by week index (0 = the oldest week)."""
    weeks: dict[int, int] = {}
    for day, count in await db.fetchall(sql, (span.start.isoformat(), span.end.isoformat())):
        index = (date.fromisoformat(day) - span.start).days // 7
        weeks[index] = weeks.get(index, 0) + count
    return weeks


async def _counts(db: Transaction, sql: str, params: tuple[object, ...]) -> dict[int, int]:
    return {index: count for index, count in await db.fetchall(sql, params)}
