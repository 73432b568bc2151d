"""A big database for the scale run: what the bot would hold after about 90 days of real use.

    python bench/seed.py PATH [--people 100000] [--checklists 200000] [--cases 20000]

The schema is the bot's own: the application is started once on PATH (its start-up runs the migrations). Then, with
the standard library's sqlite3, one transaction per table: the people (ru 45 %, tk 40 %, en 15 %); finished
checklists, and progress for every tenth person; the cases, one per person for the first `--cases` people (8 % open,
7 % claimed, the rest closed; 15 % urgent, to the coordinator chat), each with its card and two relayed messages and
its claim and close in the audit log; question counts, unanswered questions, feedback, and a week of handled updates
in the inbox. The people after the first `--cases` have no case: the scale run's simulated people come from them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from load import COORDINATOR_CHAT, STAFF_USER, TOKEN, bench_config

from bot.app import build_application
from bot.checklist import KEYS
from bot.directory import SERVICES, VELAYATS, Directory
from bot.handoff import OUTCOMES
from bot.knowledge import KnowledgeBase
from bot.standin import StandIn, StandInRequest

USER_BASE = 300_000_000  # seeded people are USER_BASE + 1 … USER_BASE + people
DAYS = 90
LANGUAGES, WEIGHTS = ("ru", "tk", "en"), (45, 40, 15)


async def migrate(path: Path) -> None:
    """Start and stop the bot on `path`, as it would be started in production: the migrations run."""
    application = build_application(
        bench_config(path, None), token=TOKEN, request=StandInRequest(StandIn()), rate_limiter=False
    )
    await application.initialize()
    await application.post_init(application)  # type: ignore[misc]
    await application.post_shutdown(application)  # type: ignore[misc]
    await application.shutdown()


class Seeder:
    def __init__(self, db: sqlite3.Connection, people: int, seed: int = 20261128) -> None:
        self.db, self.people, self.rng = db, people, random.Random(seed)
        self.now = int(time.time())
        self.start = self.now - DAYS * 86400
        self.rows: dict[str, int] = {}

    def insert(self, table: str, columns: str, rows: Iterable[tuple[object, ...]]) -> None:
        values = list(rows)
        marks = ", ".join("?" * len(columns.split(", ")))
        self.db.execute("BEGIN")
        self.db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)  # noqa: S608
        self.db.execute("COMMIT")
        self.rows[table] = self.rows.get(table, 0) + len(values)

    def moment(self, start: int | None = None) -> int:
        return self.rng.randrange(start or self.start, self.now)

    def day(self) -> str:
        return time.strftime("%Y-%m-%d", time.gmtime(self.moment()))

    def language(self) -> str:
        return self.rng.choices(LANGUAGES, WEIGHTS)[0]

    def users(self) -> None:
        def person(number: int) -> tuple[object, ...]:
            first = self.moment()
            campaign = (
                self.rng.choice(("leaflet-ashgabat", "radio", "poster")) if self.rng.random() < 0.05 else None
            )
            return (
                USER_BASE + number,
                self.language(),
                int(self.rng.random() < 0.2),
                first,
                self.moment(first),
                campaign,
            )

        columns = "user_id, language, language_chosen, first_seen, last_seen, campaign"
        self.insert("users", columns, (person(n) for n in range(1, self.people + 1)))

    def checklists(self, count: int) -> None:
        def result() -> tuple[object, ...]:
            flagged = [key for key in KEYS if self.rng.random() < 0.18]
            level = "high" if len(flagged) >= 4 or "passport" in flagged else "medium" if flagged else "low"
            region = self.rng.choice(VELAYATS) if self.rng.random() < 0.4 else None
            return self.day(), self.language(), level, ",".join(flagged), region

        self.insert(
            "checklist_results",
            "finished_on, language, level, flagged, region",
            (result() for _ in range(count)),
        )
        progress = (
            (USER_BASE + n, len(KEYS), json.dumps({k: self.rng.choice("ynu") for k in KEYS}), self.moment())
            for n in range(1, self.people + 1, 10)
        )
        self.insert("checklist_progress", "user_id, position, answers, updated_at", progress)

    def cases(self, count: int, ngos: list[tuple[str, int, str]], sla: int, notify: int) -> None:
        """`ngos`: (id, staff chat, velayat) of each NGO; an open case older than `sla` seconds is escalated, and its
        person told after `notify` seconds, as the periodic job would have done."""
        cases, messages, audit = [], [], []
        next_message: dict[int, int] = {}
        for number in range(1, count + 1):
            created = self.moment() - 60
            ngo = None if self.rng.random() < 0.15 else self.rng.choice(ngos)
            chat = ngo[1] if ngo else COORDINATOR_CHAT
            card = next_message[chat] = next_message.get(chat, 0) + 3  # the card, then two relayed messages
            roll = self.rng.random()
            status = "open" if roll < 0.08 else "claimed" if roll < 0.15 else "closed"
            claimed = created + self.rng.randrange(60, 4 * 3600) if status != "open" else None
            closed = (
                min(self.now, (claimed or created) + self.rng.randrange(3600, 10 * 86400))
                if claimed
                else None
            )
            closed, outcome = (closed, self.rng.choice(OUTCOMES)) if status == "closed" else (None, None)
            escalated = created + sla if status == "open" and created + sla <= self.now else None
            notified = created + notify if status == "open" and created + notify <= self.now else None
            need = self.rng.choice((*SERVICES, "other")) if ngo else None
            velayat = ngo[2] if ngo else self.rng.choice((*VELAYATS, None))
            staff = (STAFF_USER, "Staff") if claimed else (None, None)
            summary = self.rng.choice(("high: passport, fees", "medium: contract", "low", None))
            cases.append(
                (
                    number,
                    USER_BASE + number,
                    ngo and ngo[0],
                    chat,
                    card - 2,
                    status,
                    int(ngo is None),
                    self.language(),
                    velayat,
                    need,
                    summary,
                    None,
                    created,
                    claimed,
                    *staff,
                    closed,
                    outcome,
                    escalated,
                    notified,
                )
            )
            messages += [(number, "card", None, chat, card - 2, created)] + [
                (number, who, "seeded message text", chat, card - 1 + i, created + 600)
                for i, who in enumerate(("person", "staff"))
            ]
            audit += [(number, STAFF_USER, "claim", claimed)] if claimed else []
            audit += [(number, STAFF_USER, f"close:{outcome}", closed)] if closed else []
        columns = (
            "id, user_id, ngo_id, staff_chat_id, card_message_id, status, urgent, language, velayat, need, "
            "checklist_summary, display_name, created_at, claimed_at, claimed_by, claimed_by_name, closed_at, "
            "outcome, escalated_at, person_notified_at"
        )
        self.insert("cases", columns, cases)
        columns = "case_id, direction, text, staff_chat_id, staff_message_id, created_at"
        self.insert("case_messages", columns, messages)
        self.insert("audit", "case_id, staff_user_id, action, at", audit)

    def the_rest(self, topics: list[str]) -> None:
        """Question counts per day, unanswered questions, feedback, and a week of handled updates in the inbox."""
        counts = (
            (
                time.strftime("%Y-%m-%d", time.gmtime(self.start + day * 86400)),
                language,
                topic,
                1,
                self.rng.randrange(1, 40),
            )
            for day in range(DAYS)
            for language in LANGUAGES
            for topic in topics
            if self.rng.random() < 0.5
        )
        self.insert("question_counts", "day, language, topic_id, confident, count", counts)
        unanswered = (
            (
                USER_BASE + self.rng.randrange(1, self.people + 1),
                self.language(),
                "a question",
                self.moment(self.now - 30 * 86400),
            )
            for _ in range(5_000)
        )
        self.insert("unanswered", "user_id, language, text, asked_at", unanswered)
        feedback = (
            (t, lang, self.rng.randrange(500), self.rng.randrange(100)) for t in topics for lang in LANGUAGES
        )
        self.insert("feedback", "topic_id, language, helpful, unhelpful", feedback)
        week_ago = self.now - 7 * 86400
        inbox = (
            (update_id, week_ago, None, week_ago + update_id % 600_000) for update_id in range(1, 100_001)
        )
        self.insert("inbox", "update_id, received_at, payload, handled_at", inbox)


def seed(
    path: Path, people: int = 100_000, checklists: int = 200_000, cases: int = 20_000
) -> dict[str, object]:
    """Seed a new database at `path`; returns what was written and the ids of the people without a case."""
    if path.exists() or cases > people:
        raise SystemExit(f"{path} exists, or --cases is more than --people (one case per person)")
    started = time.perf_counter()
    asyncio.run(migrate(path))
    config = bench_config(path, None)
    ngos = [(ngo.id, ngo.staff_chat_id, ngo.velayat) for ngo in Directory.load(config.directory_path).ngos]
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")  # this connection only: seeding need not survive a power cut
    seeder = Seeder(db, people)
    seeder.users()
    seeder.checklists(checklists)
    sla = config.staff.sla_minutes * 60
    seeder.cases(cases, ngos, sla, sla + config.staff.second_window_minutes * 60)
    seeder.the_rest(list(KnowledgeBase.load().topics))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {
        "path": str(path),
        "seconds": time.perf_counter() - started,
        "size_mb": path.stat().st_size / 1e6,
        "rows": seeder.rows,
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
