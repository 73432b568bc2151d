"""The SQL behind the coordinators' indicators and exports (bot/indicators.py computes and formats from these rows).

A period is given as its first and last UTC day (`days`, as `question_counts.day` stores them) and as unix seconds
from its first midnight to the midnight after it (`times`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.connection import Repository, Row, Transaction

Days = tuple[str, str]
Times = tuple[int, int]


@dataclass(frozen=True)
class NetworkRows:
    people: list[Row]  # language, source, n
    asked: list[Row]  # confident, n
    topics: list[Row]  # topic_id, n
    feedback: list[Row]  # topic_id, helpful, unhelpful
    levels: list[Row]  # level, n


@dataclass(frozen=True)
class CaseRows:
    # in this order: bot/indicators.py unpacks them
    arrivals: list[Row]  # case_id, ngo_id, status, urgent, to_claim (None: not claimed)
    closes: list[Row]  # outcome, to_close (None for a withdrawal), reopened (0 or 1)


async def _network(tx: Transaction, days: Days, no_campaign: str, top_topics: int) -> NetworkRows:
    # People who asked the bot to forget them are gone from users, and so from these counts.
    # Daily counts kept by triggers (migration 0009): a few rows a day, not every person of the period.
    people = await tx.fetchall(
        """
        SELECT language, COALESCE(NULLIF(source, ''), ?) AS source, SUM(n) AS n FROM people_by_day
        WHERE day BETWEEN ? AND ? GROUP BY 1, 2 HAVING SUM(n) > 0
        """,
        (no_campaign, *days),
    )
    asked = await tx.fetchall(
        "SELECT confident, SUM(count) AS n FROM question_counts WHERE day BETWEEN ? AND ? GROUP BY confident",
        days,
    )
    # A topic counts only when the bot answered it with confidence: an unsure best guess is not what was asked.
    topics = await tx.fetchall(
        """
        SELECT topic_id, SUM(count) AS n FROM question_counts
        WHERE day BETWEEN ? AND ? AND confident = 1 AND topic_id != ''
        GROUP BY topic_id ORDER BY n DESC, topic_id LIMIT ?
        """,
        (*days, top_topics),
    )
    feedback = await tx.fetchall(
        """
        SELECT topic_id, SUM(helpful) AS helpful, SUM(unhelpful) AS unhelpful FROM feedback
        GROUP BY topic_id ORDER BY SUM(helpful) + SUM(unhelpful) DESC, topic_id
        """
    )
    levels = await tx.fetchall(
        "SELECT level, SUM(n) AS n FROM checklists_by_day WHERE day BETWEEN ? AND ? GROUP BY level HAVING SUM(n) > 0",
        days,
    )
    return NetworkRows(people, asked, topics, feedback, levels)


# Who held each case from when (an NGO's /stats counts the cases that reached it, and the claims its staff made
# while they held them): its first organisation from its creation (the one its first referral left, else the one
# it has now), then each referral's target from its move, the hotline team as NULL (bot/casework.py HOTLINE_TEAM).
_SPANS = """
    touched AS (
        -- the cases with a stay that starts in the period: only their spans are worked out
        SELECT id AS case_id FROM cases WHERE created_at >= ?1 AND created_at < ?2
        UNION
        SELECT case_id FROM referrals WHERE status = 'done' AND decided_at >= ?1 AND decided_at < ?2
    ),
    stays AS (
        SELECT id AS case_id, created_at AS start, 0 AS seq,
               CASE WHEN EXISTS (SELECT 1 FROM referrals AS r WHERE r.case_id = cases.id AND r.status = 'done')
                    THEN (SELECT from_ngo_id FROM referrals AS r WHERE r.case_id = cases.id AND r.status = 'done'
                          ORDER BY decided_at, id LIMIT 1)
                    ELSE ngo_id END AS ngo_id
        FROM cases WHERE id IN (SELECT case_id FROM touched)
        UNION ALL
        SELECT case_id, decided_at, id, NULLIF(to_ngo_id, 'hotline-team') FROM referrals
        WHERE status = 'done' AND decided_at < ?2 AND case_id IN (SELECT case_id FROM touched)
    ),
    spans AS (
        SELECT case_id, start, seq, ngo_id, LEAD(start) OVER (PARTITION BY case_id ORDER BY start, seq) AS until
        FROM stays
    ),
    arrived AS (
        -- the coordinators' network-wide figures: the cases created in the period, read straight from cases (the
        -- spans are not worked out at all: a constant false condition skips their branch); an NGO's: the cases
        -- created for it or referred to it in the period
        SELECT id AS case_id, created_at AS start, 0 AS seq, NULL AS until FROM cases
        WHERE ?3 IS NULL AND created_at >= ?1 AND created_at < ?2
        UNION ALL
        SELECT case_id, start, seq, until FROM spans WHERE ?3 IS NOT NULL AND start >= ?1 AND start < ?2
          AND ngo_id IN (SELECT value FROM json_each(?3))
    )
"""


# Each arrival of the period (a case arriving twice in an NGO's scope is two rows): the case's organisation, state
# and urgency now, and the seconds from the arrival to the first claim (bot/indicators.py counts each case once). One
# pass over the spans, which cost most of the work, for both the counts and the times to claim.
_ARRIVALS = (
    "WITH"  # noqa: S608 - constants only
    + _SPANS
    + """
        SELECT arrived.case_id, cases.ngo_id, cases.status, cases.urgent, COALESCE(
                   (SELECT MIN(at) FROM audit WHERE audit.case_id = arrived.case_id AND action = 'claim'
                    AND at >= arrived.start
                    AND (?3 IS NULL OR (by_coordinators = 0 AND (arrived.seq = 0 OR at > arrived.start)
                                        AND (arrived.until IS NULL OR at <= arrived.until)))),
                   -- a claim with no audit row (cases from before the audit): the one the case has now
                   CASE WHEN cases.claimed_at >= arrived.start
                        AND (?3 IS NULL OR (arrived.until IS NULL AND NOT cases.claimed_by_coordinators))
                        THEN cases.claimed_at END
               ) - arrived.start AS to_claim
        FROM arrived JOIN cases ON cases.id = arrived.case_id
"""
)

# The closes made in the period, whatever the case's state now: staff's from their audit entries (a reopen clears the
# case's outcome but not the entry), and those with none (the person's withdrawal, a close from before the audit)
# from the case row. An NGO's chat counts those made while one of its organisations held the case.
_CLOSES = """
    WITH closes AS (
        SELECT case_id, at, substr(action, 7) AS outcome FROM audit
        WHERE action LIKE 'close:%' AND at >= ?1 AND at < ?2
        UNION ALL
        SELECT id, closed_at, outcome FROM cases
        WHERE status = 'closed' AND closed_at >= ?1 AND closed_at < ?2
          AND NOT EXISTS (SELECT 1 FROM audit WHERE audit.case_id = cases.id AND action LIKE 'close:%'
                          AND audit.at = cases.closed_at)
    ),
    held AS (
        SELECT closes.*, cases.created_at, cases.closed_at AS closed_now, CASE
            WHEN EXISTS (SELECT 1 FROM referrals AS r WHERE r.case_id = closes.case_id AND r.status = 'done'
                         AND r.decided_at <= closes.at)
            THEN (SELECT NULLIF(to_ngo_id, 'hotline-team') FROM referrals AS r
                  WHERE r.case_id = closes.case_id AND r.status = 'done' AND r.decided_at <= closes.at
                  ORDER BY decided_at DESC, id DESC LIMIT 1)
            WHEN EXISTS (SELECT 1 FROM referrals AS r WHERE r.case_id = closes.case_id AND r.status = 'done')
            THEN (SELECT from_ngo_id FROM referrals AS r WHERE r.case_id = closes.case_id AND r.status = 'done'
                  ORDER BY decided_at, id LIMIT 1)
            ELSE cases.ngo_id END AS ngo_id
        FROM closes JOIN cases ON cases.id = closes.case_id
    )
    SELECT outcome,
           -- timed from the request, or from the reopening this close ended
           CASE WHEN outcome IS NOT ?4 THEN at - COALESCE(
               (SELECT MAX(r.at) FROM audit AS r WHERE r.case_id = held.case_id AND r.action = 'reopen'
                AND r.at <= held.at), created_at) END AS to_close,
           closed_now IS NOT at AS reopened
    FROM held WHERE ?3 IS NULL OR ngo_id IN (SELECT value FROM json_each(?3))
"""


async def _cases(tx: Transaction, times: Times, scope: str | None, withdrawn: str) -> CaseRows:
    # The NGO filter is one parameter, a JSON array read by json_each, so the SQL text never depends on the scope.
    params = (*times, scope)
    # Time to claim: network-wide, from a case's creation to its first claim by anyone (a case given back and
    # claimed again is timed to the first); an NGO's, from each arrival to the first claim its staff made while it
    # held the case (not the hotline team's, nor one made before a referral brought the case to it). A claim in
    # the very second of a move is the old holder's: the new one's card was not even posted yet.
    arrivals = await tx.fetchall(_ARRIVALS, params)
    closes = await tx.fetchall(_CLOSES, (*params, withdrawn))
    return CaseRows(arrivals, closes)


class Indicators(Repository):
    async def indicator_rows(
        self,
        days: Days,
        times: Times,
        scope: str | None,
        *,
        network: bool,
        no_campaign: str,
        top_topics: int,
        withdrawn: str,
    ) -> tuple[NetworkRows | None, CaseRows]:
        """The rows of the period's figures, read in one transaction so they agree with each other: the
        network-wide ones (when `network`) and the cases' (of the NGOs in `scope`, a JSON array; None: all)."""

        async def work(tx: Transaction) -> tuple[NetworkRows | None, CaseRows]:
            people = await _network(tx, days, no_campaign, top_topics) if network else None
            return people, await _cases(tx, times, scope, withdrawn)

        return await self.db.read(work)

    async def export_count_rows(self, days: Days, times: Times) -> tuple[list[Row], list[Row]]:
        """The cases created in the period grouped by NGO, velayat and their counted columns (their status and
        outcome as they are now), and its checklists by velayat and theirs."""

        async def work(tx: Transaction) -> tuple[list[Row], list[Row]]:
            # A case without a user id is a forgotten person's (forget_person): left out.
            cases = await tx.fetchall(
                """
                SELECT ngo_id, velayat, CASE WHEN urgent THEN 'yes' END AS urgent, need, status AS status_now,
                       outcome AS outcome_now, COUNT(*) AS n
                FROM cases WHERE created_at >= ? AND created_at < ? AND user_id IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6
                """,
                times,
            )
            checklists = await tx.fetchall(
                """
                SELECT region, level AS risk, gender, age_band AS age, COUNT(*) AS n FROM checklist_results
                WHERE finished_on BETWEEN ? AND ? GROUP BY 1, 2, 3, 4
                """,
                days,
            )
            return cases, checklists

        return await self.db.read(work)

    async def export_record_rows(self, days: Days, times: Times) -> tuple[list[Row], list[Row]]:
        """The period's cases and finished checklists, one row each, with the anonymous columns only."""

        async def work(tx: Transaction) -> tuple[list[Row], list[Row]]:
            # Only the columns named here are read: the personal ones (user_id, display_name, contact_phone,
            # contact_time, first_message, claimed_by*) never leave the database.
            cases = await tx.fetchall(
                """
                SELECT created_at, language, velayat, need, ngo_id, urgent, status, outcome,
                       COALESCE(first_claim, claimed_at) AS claimed_at, closed_at, checklist_summary
                FROM cases LEFT JOIN (
                    SELECT case_id, MIN(at) AS first_claim FROM audit WHERE action = 'claim' GROUP BY case_id
                ) AS claims ON claims.case_id = cases.id
                WHERE created_at >= ? AND created_at < ? AND user_id IS NOT NULL
                """,
                times,
            )
            checklists = await tx.fetchall(
                """
                SELECT finished_on, language, level, flagged, region, gender, age_band
                FROM checklist_results WHERE finished_on BETWEEN ? AND ?
                """,
                days,
            )
            return cases, checklists

        return await self.db.read(work)

    async def last_report_week(self) -> str | None:
        row = await self.db.fetchone("SELECT MAX(week) AS week FROM reports")
        return row["week"] if row else None

    async def claim_report(self, week: str) -> bool:
        """Note the week as posted before posting it; False if it already was (so two runs cannot both post)."""
        inserted = await self.db.execute(
            "INSERT OR IGNORE INTO reports (week, posted_at) VALUES (?, ?)", (week, self.now())
        )
        return inserted == 1

    async def release_report(self, week: str) -> None:
        """The posting failed: forget the claim so the next run tries again."""
        await self.db.execute("DELETE FROM reports WHERE week = ?", (week,))
