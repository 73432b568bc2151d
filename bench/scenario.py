"""One benchmark scenario in its own process (so each has its own peak RSS); `bench/run.py` runs them all.

    python bench/scenario.py KIND --mode closed|open --database PATH --out FILE [options]

KIND is `bot` (the real Application, handlers and SQLite database) or `echo` (the python-telegram-bot floor). Both
take their updates through `DurablePoller`, the bot's own intake; the echo floor's inbox is in memory.
`--profile FILE` runs the scenario under pyinstrument (if installed) or cProfile and writes the report to FILE.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import resource
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from harness import (
    COORDINATOR_CHAT,
    MIX,
    STAFF_USER,
    Actions,
    Flight,
    Load,
    LogCounter,
    MeasuredPoller,
    MeasuredStandIn,
    MemoryInbox,
    Tracker,
    add_staff_chats,
    bench_config,
    build_echo,
    latency_summary,
    make_people,
    percentile,
)

from bot.runtime.app import build_application, settle_memory
from bot.standin import FakeUser, StandInRequest


async def timed_staff_command(standin: MeasuredStandIn, tracker: Tracker, text: str) -> float:
    """A staff member sends `text` in the coordinator chat; seconds until the bot's reply is recorded."""
    staff = FakeUser(id=STAFF_USER, first_name="Staff", language_code="ru")
    flight = Flight("staff", COORDINATOR_CHAT, time.perf_counter(), record=False, finished=asyncio.Event())
    update = standin.user_message(staff, text, chat_id=COORDINATOR_CHAT)
    tracker.start(flight, update)
    assert flight.finished is not None
    await asyncio.wait_for(flight.finished.wait(), 30)
    return flight.latency


def database_rows(path: Path) -> dict[str, int]:
    """What the run left in the database: a check that the flows really ran (checklists finished, cases opened,
    messages relayed, questions counted, every stored update handled)."""
    queries = {
        "checklist_results": "SELECT COUNT(*) FROM checklist_results",
        "open_cases": "SELECT COUNT(*) FROM cases WHERE status IN ('open', 'claimed')",
        "relayed_messages": "SELECT COUNT(*) FROM case_messages WHERE direction = 'person'",
        "questions_counted": "SELECT COALESCE(SUM(count), 0) FROM question_counts",
        "unanswered": "SELECT COUNT(*) FROM unanswered",
        "inbox_unhandled": "SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL",
    }
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return {name: int(db.execute(sql).fetchone()[0]) for name, sql in queries.items()}


async def scenario(args: argparse.Namespace) -> dict[str, Any]:
    logs = LogCounter()
    logging.basicConfig(level=logging.CRITICAL)
    logging.getLogger().addHandler(logs)
    logging.getLogger().setLevel(logging.WARNING)
    for noisy in ("httpx", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.ERROR)

    tracker = Tracker()
    standin = MeasuredStandIn(tracker)
    rng = random.Random(args.seed)
    result: dict[str, Any] = {"kind": args.kind, "mode": args.mode, "database": args.database}
    echo = args.kind == "echo"
    config = bench_config(Path(args.database))
    add_staff_chats(standin, config)

    started = time.perf_counter()
    application: Any
    if echo:
        application = build_echo(standin)
        built = time.perf_counter()
        await application.initialize()
        initialised = time.perf_counter()
        inbox: Any = MemoryInbox()
        post_init = initialised
    else:
        application = build_application(config, request=StandInRequest(standin), rate_limiter=False)
        built = time.perf_counter()
        await application.initialize()
        initialised = time.perf_counter()
        await application.post_init(application)
        post_init = time.perf_counter()
        inbox = application.bot_data.storage
    result["startup_s"] = post_init - started
    result["startup_parts_s"] = {
        "build_application": built - started,
        "initialize": initialised - built,
        "post_init": post_init - initialised,
    }
    settle_memory()  # as bot/runner.py does before it serves (for the echo floor too, to compare like with like)
    await application.start()  # the job queue, as bot/runner.py does before polling
    poller = MeasuredPoller(application, inbox, tracker)
    stop = asyncio.Event()
    polling = asyncio.create_task(poller.run(stop))

    user_ids = list(range(args.first_user, args.first_user + args.people))
    people = make_people(user_ids, rng, echo=echo)
    actions = Actions(standin, rng, echo=echo)
    mix = {args.only: 1} if args.only else MIX
    load = Load(standin, tracker, people, actions, mix)
    result["warmup_s"] = await load.warm_up(people, args.in_flight)
    wall, process_cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
    standin_busy = standin.busy
    if args.mode == "closed":
        await load.closed_loop(args.in_flight, args.seconds, args.settle)
        result["in_flight"] = args.in_flight
    else:
        result["schedule_lag_ms"] = await load.open_loop(args.rate, args.seconds, args.settle) * 1000
        result["offered_per_s"] = args.rate
    wall = time.perf_counter() - wall
    # Cores busy during the load (settle + window): the whole process, and the event loop's thread alone (the rest
    # is SQLite's thread in aiosqlite, and the job queue's).
    result["cpu_cores"] = {
        "process": (time.process_time() - process_cpu) / wall,
        "event_loop_thread": (time.thread_time() - main_cpu) / wall,
        "of_which_standin": (standin.busy - standin_busy) / wall,
    }
    result["unfinished"] = await load.drain()
    stats = tracker.stats
    result["seconds"] = args.seconds
    result["throughput"] = stats.completed_in_window / args.seconds
    result["queued_per_s"] = stats.queued_in_window / args.seconds
    result["latency"] = latency_summary(stats)
    result["emitted"] = dict(load.emitted)
    result["skipped_no_idle_person"] = stats.skipped
    result["fallbacks"] = actions.fallbacks

    if not echo and args.queue_runs:
        times = [await timed_staff_command(standin, tracker, "/queue") for _ in range(args.queue_runs)]
        result["queue_ms"] = {
            "first": times[0] * 1000,
            "median": percentile(times, 0.5) * 1000,
            "max": max(times) * 1000,
        }
        # /stats answers with the figures, then the chart; this times the figures (the SQL over the period).
        times = [await timed_staff_command(standin, tracker, "/stats 30d") for _ in range(args.queue_runs)]
        result["stats_ms"] = {
            "first": times[0] * 1000,
            "median": percentile(times, 0.5) * 1000,
            "max": max(times) * 1000,
        }
    stop.set()
    await polling
    await application.stop()
    if not echo:
        await application.post_shutdown(application)
    await application.shutdown()
    if not echo:
        result["db_rows"] = database_rows(Path(args.database))
    result["refusals"] = dict(tracker.refusals)
    result["requests"] = tracker.requests
    result["log"] = dict(logs.counts.most_common(8))
    result["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result


def run_profiled(args: argparse.Namespace) -> dict[str, Any]:
    try:
        from pyinstrument import Profiler  # type: ignore[import-not-found]
    except ImportError:
        import cProfile
        import io
        import pstats

        profile = cProfile.Profile()
        result = profile.runcall(asyncio.run, scenario(args))
        text = io.StringIO()
        stats = pstats.Stats(profile, stream=text).sort_stats("tottime")
        stats.print_stats(40)
        stats.sort_stats("cumulative").print_stats(60)
        Path(args.profile).write_text(text.getvalue(), encoding="utf-8")
        return result
    profiler = Profiler(interval=0.0005, async_mode="disabled")
    profiler.start()
    result = asyncio.run(scenario(args))
    profiler.stop()
    Path(args.profile).write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=("bot", "echo"))
    parser.add_argument("--mode", choices=("closed", "open"), default="closed")
    parser.add_argument("--database", required=True, help="SQLite file (created if missing)")
    parser.add_argument("--out", help="write the figures here as JSON (else print them)")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured window")
    parser.add_argument("--settle", type=float, default=1.0, help="unmeasured load before the window")
    parser.add_argument("--in-flight", type=int, default=100, help="closed loop: updates kept outstanding")
    parser.add_argument("--rate", type=float, default=300.0, help="open loop: updates offered a second")
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--first-user", type=int, default=1_000_001)
    parser.add_argument(
        "--queue-runs", type=int, default=0, help="time /queue this many times after the load"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", choices=tuple(MIX), help="send only this kind of update (for profiling)")
    parser.add_argument("--profile", help="write a profile of the whole scenario to this file")
    args = parser.parse_args()
    result = run_profiled(args) if args.profile else asyncio.run(scenario(args))
    text = json.dumps(result, indent=1)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        print(text)
    sys.exit(0)


if __name__ == "__main__":
    main()
