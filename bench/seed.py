"""A big database for the scale run: what the bot would hold after about 90 days of real use.

    python bench/seed.py PATH [--people 100000] [--checklists 200000] [--cases 20000]

The schema is the bot's own: the bot is started once on PATH (its start-up runs the migrations). Then one SQL
statement per table writes the rows, drawing its random values from a seeded generator (the `pick`, `chance` and
`randint` functions below): the people (ru 45 %, tk 40 %, en 15 %); finished checklists, and progress for every tenth
person; one case for each of the first `--cases` people (8 % open, 7 % claimed, the rest closed; 15 % urgent, to the
coordinator chat), each with its card, two relayed messages, and its claim and close in the audit log; question
counts, unanswered questions, feedback, and a week of handled updates in the inbox. The people after the first
`--cases` have no case: the scale run's simulated people come from them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from load import COORDINATOR_CHAT, STAFF_USER, TOKEN, bench_config

from bot.checklist import KEYS
from bot.directory import SERVICES, VELAYATS, Directory, Ngo
from bot.handoff import OUTCOMES
from bot.knowledge import KnowledgeBase
from bot.runtime.app import build_application
from bot.standin import StandIn, StandInRequest

USER_BASE = 300_000_000  # seeded people are USER_BASE + 1 … USER_BASE + people
DAYS = 90
TABLES = {
    "users": """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :people),
        u AS MATERIALIZED (SELECT i, randint(:start, :now - 3600) AS first FROM n)
        INSERT INTO users (user_id, language, language_chosen, first_seen, last_seen, campaign)
        SELECT :base + i, pick('language'), chance(0.2), first, randint(first, :now),
               CASE WHEN chance(0.05) THEN pick('campaign') END FROM u""",
    "checklist_results": """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :checklists),
        r AS MATERIALIZED (SELECT flagged() AS flagged FROM n)
        INSERT INTO checklist_results (finished_on, language, level, flagged, region)
        SELECT day(randint(:start, :now)), pick('language'), level(flagged), flagged,
               CASE WHEN chance(0.4) THEN pick('velayat') END FROM r""",
    "checklist_progress": """INSERT INTO checklist_progress (user_id, position, answers, updated_at)
        SELECT user_id, :keys, progress(), randint(:start, :now) FROM users WHERE user_id % 10 = 1""",
    # Open cases older than the SLA are escalated, and their person told, as the periodic job would have done.
    "cases": """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :cases),
        c AS MATERIALIZED (SELECT i, randint(:start, :now - 60) AS created, pick('status') AS status,
                                  CASE WHEN chance(0.85) THEN pick('ngo') END AS ngo FROM n),
        d AS MATERIALIZED (SELECT *, CASE WHEN status != 'open' THEN min(:now, created + randint(60, 14400))
                                     END AS claimed FROM c)
        INSERT INTO cases (id, user_id, ngo_id, staff_chat_id, card_message_id, status, urgent, language, velayat,
                           need, checklist_summary, created_at, claimed_at, claimed_by, claimed_by_name, closed_at,
                           outcome, escalated_at, person_notified_at)
        SELECT i, :base + i, ngo, staff_chat(ngo), 3 * i, status, ngo IS NULL, pick('language'),
               coalesce(ngo_velayat(ngo), pick('velayat')), CASE WHEN ngo IS NOT NULL THEN pick('need') END,
               pick('summary'), created, claimed, CASE WHEN claimed THEN :staff END,
               CASE WHEN claimed THEN 'Staff' END,
               CASE WHEN status = 'closed' THEN min(:now, claimed + randint(3600, 864000)) END,
               CASE WHEN status = 'closed' THEN pick('outcome') END,
               CASE WHEN status = 'open' AND created + :sla <= :now THEN created + :sla END,
               CASE WHEN status = 'open' AND created + :notify <= :now THEN created + :notify END
        FROM d""",
    # Each case's card (message 3 × id in its staff chat), then one message from the person and one from the staff.
    "case_messages": """INSERT INTO case_messages
        (case_id, direction, text, staff_chat_id, staff_message_id, created_at)
        SELECT id, 'card', NULL, staff_chat_id, card_message_id, created_at FROM cases
        UNION ALL SELECT id, 'person', 'seeded', staff_chat_id, card_message_id + 1, created_at + 600 FROM cases
        UNION ALL SELECT id, 'staff', 'seeded', staff_chat_id, card_message_id + 2, created_at + 900 FROM cases""",
    "audit": """INSERT INTO audit (case_id, staff_user_id, action, at)
        SELECT id, claimed_by, 'claim', claimed_at FROM cases WHERE claimed_at IS NOT NULL
        UNION ALL SELECT id, claimed_by, 'close:' || outcome, closed_at FROM cases WHERE closed_at IS NOT NULL""",
    "question_counts": """WITH RECURSIVE d(day) AS (SELECT 0 UNION ALL SELECT day + 1 FROM d WHERE day < :days - 1)
        INSERT INTO question_counts (day, language, topic_id, confident, count)
        SELECT day(:start + day * 86400), l.value, t.value, 1, randint(1, 40)
        FROM d, json_each(:languages) AS l, json_each(:topics) AS t WHERE chance(0.5)""",
    "unanswered": """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :unanswered)
        INSERT INTO unanswered (user_id, language, text, asked_at)
        SELECT :base + randint(1, :people + 1), pick('language'), 'a question', randint(:now - 2592000, :now)
        FROM n""",
    "feedback": """INSERT INTO feedback (topic_id, language, helpful, unhelpful)
        SELECT t.value, l.value, randint(0, 500), randint(0, 100)
        FROM json_each(:topics) AS t, json_each(:languages) AS l""",
    "inbox": """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :inbox)
        INSERT INTO inbox (update_id, received_at, payload, handled_at)
        SELECT i, :now - 604800, NULL, :now - 604800 + i % 600000 FROM n""",
}


async def migrate(path: Path) -> None:
    """Start and stop the bot on `path`, as it would be started in production: the migrations run."""
    application = build_application(
        bench_config(path, None), token=TOKEN, request=StandInRequest(StandIn()), rate_limiter=False
    )
    await application.initialize()
    await application.post_init(application)  # type: ignore[misc]
    await application.post_shutdown(application)  # type: ignore[misc]
    await application.shutdown()


def random_functions(
    db: sqlite3.Connection, choices: dict[str, Sequence[str | None]], ngos: list[Ngo]
) -> None:
    """The SQL functions the statements draw their random values from, all from one seeded generator."""
    rng = random.Random(20261128)
    chats = {ngo.id: (ngo.staff_chat_id, ngo.velayat) for ngo in ngos}

    def level(flagged: str) -> str:
        keys = flagged.split(",") if flagged else []
        return "high" if len(keys) >= 4 or "passport" in keys else "medium" if keys else "low"

    db.create_function("pick", 1, lambda name: rng.choice(choices[name]))
    db.create_function("chance", 1, lambda share: rng.random() < share)
    db.create_function("randint", 2, lambda low, high: rng.randrange(low, high))
    db.create_function("day", 1, lambda moment: time.strftime("%Y-%m-%d", time.gmtime(moment)))
    db.create_function("flagged", 0, lambda: ",".join(key for key in KEYS if rng.random() < 0.18))
    db.create_function("level", 1, level)
    db.create_function("progress", 0, lambda: json.dumps({key: rng.choice("ynu") for key in KEYS}))
    db.create_function("staff_chat", 1, lambda ngo: chats[ngo][0] if ngo else COORDINATOR_CHAT)
    db.create_function("ngo_velayat", 1, lambda ngo: chats[ngo][1] if ngo else None)


def seed(
    path: Path, people: int = 100_000, checklists: int = 200_000, cases: int = 20_000
) -> dict[str, object]:
    """Seed a new database at `path`; returns what was written and the first id of the people without a case."""
    if path.exists() or cases > people:
        raise SystemExit(f"{path} exists, or --cases is more than --people (one case per person)")
    started, now = time.perf_counter(), int(time.time())
    asyncio.run(migrate(path))
    config = bench_config(path, None)
    ngos = Directory.load(config.directory_path).ngos
    topics = list(KnowledgeBase.load().topics)
    choices: dict[str, Sequence[str | None]] = {
        "language": ["ru"] * 9 + ["tk"] * 8 + ["en"] * 3,
        "campaign": ["leaflet-ashgabat", "radio-mary", "poster-lebap"],
        "velayat": list(VELAYATS),
        "need": [*SERVICES, "other"],
        "outcome": list(OUTCOMES),
        "ngo": [ngo.id for ngo in ngos],
        "status": ["open"] * 8 + ["claimed"] * 7 + ["closed"] * 85,
        "summary": ["high: passport, fees", "medium: contract", "low", None],
    }
    sla = config.staff.sla_minutes * 60
    parameters = {
        **{"people": people, "checklists": checklists, "cases": cases, "unanswered": 5_000, "inbox": 100_000},
        **{"base": USER_BASE, "now": now, "start": now - DAYS * 86400, "days": DAYS, "keys": len(KEYS)},
        **{"sla": sla, "notify": sla + config.staff.second_window_minutes * 60, "staff": STAFF_USER},
        **{"languages": json.dumps(["ru", "tk", "en"]), "topics": json.dumps(topics)},
    }
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")  # this connection only: seeding need not survive a power cut
    random_functions(db, choices, list(ngos))
    db.execute("BEGIN")
    for statement in TABLES.values():
        db.execute(statement, parameters)
    db.execute("COMMIT")
    rows = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}  # noqa: S608
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {
        "path": str(path),
        "seconds": time.perf_counter() - started,
        "size_mb": path.stat().st_size / 1e6,
        "rows": rows,
        "first_free_user": USER_BASE + cases + 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--checklists", type=int, default=200_000)
    parser.add_argument("--cases", type=int, default=20_000)
    args = parser.parse_args()
    print(json.dumps(seed(args.path, args.people, args.checklists, args.cases)))


if __name__ == "__main__":
    main()
