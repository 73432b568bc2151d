"""A big database for the scale run: what the bot would hold after about 90 days of real use.

    python bench/seed.py PATH [--people 100000] [--checklists 200000] [--cases 20000]

The schema comes from the bot itself (`Storage.open` runs its migrations once); the rows are then written with the
standard library's sqlite3 and executemany, in one transaction per table. What is written:

- users: `--people` people (ru 45 %, tk 40 %, en 15 %), first and last seen over 90 days, a few with a campaign;
- checklist_results: `--checklists` finished checklists over 90 days (levels, flagged keys, some velayats), and
  checklist_progress for every tenth person (a finished checklist they could still hand off);
- cases: `--cases` cases over 90 days, one person each (the first `--cases` people): 8 % open, 7 % claimed, the rest
  closed with an outcome; 15 % urgent (those go to the coordinator chat), the others spread over the example
  directory's NGOs. Every case has its card posted (as the bot would have done), old open cases are already
  escalated and their person told, as the periodic job would have done. Each case has its card row and two relayed
  messages in case_messages, and claims and closes are in the audit log;
- the rest a real database has: question counts per day, 5,000 unanswered questions, feedback, and a week of
  handled update ids in the inbox (ids below the stand-in's first update id).

People after the first `--cases` have no case: the scale run's simulated people are taken from them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.checklist import KEYS, QUESTIONS
from bot.config import EXAMPLE_CONFIG, load_config
from bot.directory import EXAMPLE_DIRECTORY, SERVICES, VELAYATS, Directory
from bot.handoff import OUTCOMES
from bot.knowledge import KnowledgeBase
from bot.storage import Storage

USER_BASE = 300_000_000  # seeded people are USER_BASE + 1 ... USER_BASE + people
DAYS = 90
STAFF_USERS = (900001, 900002)
COORDINATOR_CHAT = -100500
LANGUAGES = ("ru", "tk", "en")
LANGUAGE_WEIGHTS = (45, 40, 15)


@dataclass(frozen=True)
class Seeded:
    path: Path
    seconds: float
    rows: dict[str, int]
    free_users: tuple[int, int]  # first and last user id of the seeded people without any case

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "seconds": self.seconds,
            "rows": self.rows,
            "free_users": list(self.free_users),
            "size_mb": self.path.stat().st_size / 1e6,
        }


def _day(moment: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(moment))


def seed(
    path: Path,
    *,
    people: int = 100_000,
    checklists: int = 200_000,
    cases: int = 20_000,
    now: int | None = None,
    random_seed: int = 20261128,
) -> Seeded:
    started = time.perf_counter()
    if path.exists():
        raise SystemExit(f"{path} exists: seed a new file")
    if cases > people:
        raise SystemExit("--cases must not be more than --people (one case per person)")
    now = int(time.time()) if now is None else now
    rng = random.Random(random_seed)
    config = load_config(EXAMPLE_CONFIG, environ={})
    ngos = Directory.load(EXAMPLE_DIRECTORY).ngos
    topics = list(KnowledgeBase.load().topics)

    async def migrate() -> None:
        storage = await Storage.open(path)
        await storage.close()

    asyncio.run(migrate())
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")  # this connection only: seeding need not survive a power cut
    rows: dict[str, int] = {}
    start = now - DAYS * 86400

    def insert(table: str, columns: tuple[str, ...], values: Sequence[tuple[object, ...]]) -> None:
        marks = ", ".join("?" for _ in columns)
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)  # noqa: S608
        db.execute("COMMIT")
        rows[table] = rows.get(table, 0) + len(values)

    users = []
    for number in range(1, people + 1):
        first = rng.randrange(start, now - 3600)
        users.append(
            (
                USER_BASE + number,
                rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
                int(rng.random() < 0.2),
                first,
                rng.randrange(first, now),
                rng.choice(("leaflet-ashgabat", "radio-mary", "poster-lebap"))
                if rng.random() < 0.05
                else None,
            )
        )
    insert("users", ("user_id", "language", "language_chosen", "first_seen", "last_seen", "campaign"), users)

    results = []
    for _ in range(checklists):
        flagged = [key for key in KEYS if rng.random() < 0.18]
        level = "high" if len(flagged) >= 4 or "passport" in flagged else "medium" if flagged else "low"
        results.append(
            (
                _day(rng.randrange(start, now)),
                rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
                level,
                ",".join(flagged),
                rng.choice(VELAYATS) if rng.random() < 0.4 else None,
            )
        )
    insert("checklist_results", ("finished_on", "language", "level", "flagged", "region"), results)
    progress = [
        (
            USER_BASE + number,
            len(KEYS),
            json.dumps({q.key: rng.choice(q.options).answer.value for q in QUESTIONS}, sort_keys=True),
            rng.randrange(start, now),
        )
        for number in range(1, people + 1, 10)
    ]
    insert("checklist_progress", ("user_id", "position", "answers", "updated_at"), progress)

    sla = config.staff.sla_minutes * 60
    second = sla + config.staff.second_window_minutes * 60
    card_ids: dict[int, int] = {}
    case_rows: list[tuple[object, ...]] = []
    messages: list[tuple[object, ...]] = []
    audit: list[tuple[object, ...]] = []
    for number in range(1, cases + 1):
        created = rng.randrange(start, now - 60)
        urgent = rng.random() < 0.15
        ngo = None if urgent else rng.choice(ngos)
        chat = COORDINATOR_CHAT if ngo is None else ngo.staff_chat_id
        card_ids[chat] = card_ids.get(chat, 0) + 1
        card = card_ids[chat]
        roll = rng.random()
        status = "open" if roll < 0.08 else "claimed" if roll < 0.15 else "closed"
        staff = rng.choice(STAFF_USERS)
        claimed_at = created + rng.randrange(60, 4 * 3600) if status != "open" else None
        closed_at = (claimed_at or created) + rng.randrange(3600, 10 * 86400) if status == "closed" else None
        if closed_at is not None:
            closed_at = min(closed_at, now)
        outcome = rng.choice(OUTCOMES) if status == "closed" else None
        escalated = created + sla if status == "open" and created + sla <= now else None
        notified = created + second if status == "open" and created + second <= now else None
        case_rows.append(
            (
                number,
                USER_BASE + number,
                ngo.id if ngo else None,
                chat,
                card,
                status,
                int(urgent),
                rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
                ngo.velayat if ngo else rng.choice((*VELAYATS, None)),
                None if urgent else rng.choice((*SERVICES, "other")),
                rng.choice(("high: passport, fees", "medium: contract", "low", None)),
                "Person" if rng.random() < 0.3 else None,
                created,
                claimed_at,
                staff if claimed_at else None,
                "Staff" if claimed_at else None,
                closed_at,
                outcome,
                escalated,
                notified,
            )
        )
        messages.append((number, "card", None, chat, card, created))
        for direction in ("person", "staff"):
            card_ids[chat] += 1
            messages.append((number, direction, "seeded message text", chat, card_ids[chat], created + 600))
        if claimed_at:
            audit.append((number, staff, "claim", claimed_at))
        if closed_at:
            audit.append((number, staff, f"close:{outcome}", closed_at))
    insert(
        "cases",
        (
            "id",
            "user_id",
            "ngo_id",
            "staff_chat_id",
            "card_message_id",
            "status",
            "urgent",
            "language",
            "velayat",
            "need",
            "checklist_summary",
            "display_name",
            "created_at",
            "claimed_at",
            "claimed_by",
            "claimed_by_name",
            "closed_at",
            "outcome",
            "escalated_at",
            "person_notified_at",
        ),
        case_rows,
    )
    insert(
        "case_messages",
        ("case_id", "direction", "text", "staff_chat_id", "staff_message_id", "created_at"),
        messages,
    )
    insert("audit", ("case_id", "staff_user_id", "action", "at"), audit)

    counts = [
        (_day(start + day * 86400), language, topic, 1, rng.randrange(1, 40))
        for day in range(DAYS)
        for language in LANGUAGES
        for topic in topics
        if rng.random() < 0.5
    ]
    insert("question_counts", ("day", "language", "topic_id", "confident", "count"), counts)
    unanswered = [
        (
            USER_BASE + rng.randrange(1, people + 1),
            rng.choice(LANGUAGES),
            "a question the bot could not answer",
            rng.randrange(now - 30 * 86400, now),
        )
        for _ in range(5_000)
    ]
    insert("unanswered", ("user_id", "language", "text", "asked_at"), unanswered)
    feedback = [
        (topic, language, rng.randrange(0, 500), rng.randrange(0, 100))
        for topic in topics
        for language in LANGUAGES
    ]
    insert("feedback", ("topic_id", "language", "helpful", "unhelpful"), feedback)
    inbox = [
        (update_id, now - 7 * 86400, None, now - 7 * 86400 + update_id % 600_000)
        for update_id in range(1, 100_001)
    ]
    insert("inbox", ("update_id", "received_at", "payload", "handled_at"), inbox)

    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return Seeded(path, time.perf_counter() - started, rows, (USER_BASE + cases + 1, USER_BASE + people))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--checklists", type=int, default=200_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line")
    args = parser.parse_args()
    seeded = seed(args.path, people=args.people, checklists=args.checklists, cases=args.cases)
    if args.json:
        print(json.dumps(seeded.to_json()))
        return
    print(f"seeded {seeded.path} in {seeded.seconds:.1f} s ({seeded.path.stat().st_size / 1e6:.0f} MB)")
    for table, count in seeded.rows.items():
        print(f"  {table:18} {count:>9,}")
    print(f"people without a case: {seeded.free_users[0]} … {seeded.free_users[1]}")


if __name__ == "__main__":
    main()
