"""Load benchmark of the whole bot: the real Application, handlers and SQLite database, through the Bot API stand-in.

    python bench/run.py            # the full run, about 4 minutes
    python bench/run.py --quick    # a short run, about a minute (short windows, no open-loop echo, no scale
                                   # open loop): for a quick comparison, not for the figures in bench/README.md

Every scenario runs in its own process (separate peak RSS) with many simulated people sending a realistic mix: 40 %
free-text questions (ru/tk/en), 30 % checklist presses, 20 % menu navigation, 10 % messages on open cases. Updates
are queued in the in-process stand-in and taken in by the bot's own `DurablePoller` (getUpdates → SQLite inbox →
per-chat ordered handling → marked handled). See bench/README.md for what each figure means.

Scenarios: the echo floor (python-telegram-bot with one echo handler, same stand-in and same intake, inbox in
memory) and the bot, each in closed loop (100 updates kept in flight: the maximum throughput) and open loop (300
updates a second on a fixed schedule: the latency); then a seeded database (100,000 people, 200,000 checklists,
20,000 cases) for the same mix, /queue in the coordinator chat, and the start-up time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
SCENARIO = BENCH / "scenario.py"
SEED = BENCH / "seed.py"
OPEN_RATE = 300.0
NOT_MODIFIED = "message is not modified"


@dataclass(frozen=True)
class Scenario:
    name: str
    kind: str  # bot | echo
    mode: str  # closed | open
    seconds: float
    database: str = "empty"  # empty | scale
    queue_runs: int = 0
    what: str = ""
    extra: tuple[str, ...] = field(default=())


def scenarios(quick: bool) -> list[Scenario]:
    closed, open_ = (4.0, 5.0) if quick else (15.0, 20.0)
    plan = [
        Scenario("echo-closed", "echo", "closed", closed, what="PTB echo floor, max throughput"),
        Scenario(
            "bot-closed",
            "bot",
            "closed",
            closed,
            queue_runs=5,
            what="the bot, empty database, max throughput",
        ),
    ]
    if not quick:
        plan.append(Scenario("echo-open", "echo", "open", 10.0, what="PTB echo floor at 300 updates/s"))
    plan.append(Scenario("bot-open", "bot", "open", open_, what="the bot, empty database, at 300 updates/s"))
    plan.append(
        Scenario(
            "scale-closed",
            "bot",
            "closed",
            closed,
            "scale",
            queue_runs=5,
            what="the bot, seeded database, max throughput",
        )
    )
    if not quick:
        plan.append(
            Scenario(
                "scale-open", "bot", "open", 15.0, "scale", what="the bot, seeded database, at 300 updates/s"
            )
        )
    return plan


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def run_scenario(
    scenario: Scenario, work: Path, seeded: dict[str, Any] | None, profile: Path | None
) -> dict[str, Any]:
    out = work / f"{scenario.name}.json"
    if scenario.database == "scale":
        assert seeded is not None
        database = work / f"{scenario.name}.sqlite3"
        shutil.copyfile(seeded["path"], database)  # each scale scenario starts from the same seeded file
        # People without a case, a different range for each scenario.
        first_user = int(seeded["free_users"][0]) + (0 if scenario.mode == "closed" else 30_000)
    else:
        database = work / f"{scenario.name}.sqlite3"
        first_user = 1_000_001
    command = [
        sys.executable,
        str(SCENARIO),
        scenario.kind,
        "--mode",
        scenario.mode,
        "--database",
        str(database),
        "--out",
        str(out),
        "--seconds",
        str(scenario.seconds),
        "--rate",
        str(OPEN_RATE),
        "--first-user",
        str(first_user),
        "--queue-runs",
        str(scenario.queue_runs),
        *scenario.extra,
    ]
    if profile is not None:
        command += ["--profile", str(profile)]
    load = load_average()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"scenario {scenario.name} failed with status {done.returncode}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["name"] = scenario.name
    result["load_before"] = load
    result["wall_s"] = time.perf_counter() - started
    return result


def seed_database(work: Path) -> dict[str, Any]:
    path = work / "seed.sqlite3"
    done = subprocess.run(
        [sys.executable, str(SEED), str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit("seeding failed")
    seeded: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seeded


# --- printing ------------------------------------------------------------------------------------------------------


def fmt(value: float, digits: int = 1) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"  # NaN → dash


def problems(result: dict[str, Any]) -> list[str]:
    """Anything that makes a figure suspect: refusals, errors, updates with no reply or never finished."""
    found = []
    refused = {k: v for k, v in result.get("refusals", {}).items() if NOT_MODIFIED not in k}
    if refused:
        found.append(f"refused requests {refused}")
    if result.get("log"):
        found.append(f"warnings/errors logged {result['log']}")
    if result.get("unfinished"):
        found.append(f"{result['unfinished']} updates never finished")
    if result["latency"].get("no_reply"):
        found.append(f"{result['latency']['no_reply']} updates got no reply")
    if result.get("fallbacks"):
        found.append(f"{result['fallbacks']} times a person did not find the button they wanted")
    if result.get("db_rows", {}).get("inbox_unhandled"):
        found.append(f"{result['db_rows']['inbox_unhandled']} stored updates left unhandled")
    if result.get("skipped_no_idle_person"):
        found.append(
            f"{result['skipped_no_idle_person']} times every person of one kind was still waiting for a reply, so "
            "another kind sent instead (the bot fell behind the offered load)"
        )
    return found


def print_results(results: dict[str, dict[str, Any]]) -> None:
    header = (
        f"{'scenario':13} {'updates/s':>9} {'offered':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'RSS MB':>7} {'cores':>5} {'loop':>5} {'stand-in':>8} {'load':>5}"
    )
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        lat, cpu = r["latency"], r["cpu_cores"]
        offered = fmt(r["queued_per_s"], 0) if r["mode"] == "open" else "closed"
        print(
            f"{name:13} {fmt(r['throughput'], 0):>9} {offered:>8} {fmt(lat['p50_ms']):>8} {fmt(lat['p95_ms']):>8} "
            f"{fmt(lat['p99_ms']):>8} {fmt(lat['max_ms']):>8} {r['peak_rss_kb'] / 1024:>7.0f} "
            f"{cpu['process']:>5.2f} {cpu['event_loop_thread']:>5.2f} {cpu['of_which_standin']:>8.2f} "
            f"{r['load_before']:>5.2f}"
        )
    print()
    print("p99 by kind of update (ms):")
    for name, r in results.items():
        parts = [f"{k} {fmt(v['p99_ms'])} (n={v['count']})" for k, v in r["latency"]["by_category"].items()]
        print(f"  {name:13} " + ", ".join(parts))
    for name, r in results.items():
        if "schedule_lag_ms" in r:
            print(f"  {name:13} load generator at most {r['schedule_lag_ms']:.1f} ms behind its schedule")
    for name, r in results.items():
        if "db_rows" in r:
            print(
                f"  {name:13} database after the run: "
                + ", ".join(f"{k} {v:,}" for k, v in r["db_rows"].items())
            )
    for name, r in results.items():
        for problem in problems(r):
            print(f"  ! {name}: {problem}")


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def print_targets(results: dict[str, dict[str, Any]]) -> None:
    bot, echo = results["bot-closed"], results["echo-closed"]
    opened = results["bot-open"]
    scale = results["scale-closed"]
    scale_rss = max(r["peak_rss_kb"] for n, r in results.items() if n.startswith("scale")) / 1024
    ratio = bot["throughput"] / echo["throughput"]
    queue = scale.get("queue_ms", {})
    stats = scale.get("stats_ms", {})
    within = scale["throughput"] / bot["throughput"]
    offered_ok = opened["queued_per_s"] >= 0.95 * OPEN_RATE
    rows = [
        ("throughput ≥ 1,000 updates/s (empty db)", f"{bot['throughput']:,.0f}/s", bot["throughput"] >= 1000),
        (
            "≥ 0.5 × the echo floor",
            f"{ratio:.2f} × ({bot['throughput']:,.0f} / {echo['throughput']:,.0f})",
            ratio >= 0.5,
        ),
        (
            "p99 < 50 ms at 300 updates/s offered",
            f"{opened['latency']['p99_ms']:,.1f} ms (offered {opened['queued_per_s']:.0f}/s)",
            opened["latency"]["p99_ms"] < 50 and offered_ok,
        ),
        ("scale: peak RSS < 150 MB", f"{scale_rss:.0f} MB", scale_rss < 150),
        (
            "scale: /queue < 100 ms",
            f"max {queue.get('max', float('nan')):.1f} ms, median {queue.get('median', float('nan')):.1f} ms",
            queue.get("max", float("inf")) < 100,
        ),
        ("scale: start-up < 2 s", f"{scale['startup_s']:.2f} s", scale["startup_s"] < 2),
        (
            "scale: throughput within 20 % of empty db",
            f"{within:.2f} × ({scale['throughput']:,.0f} / {bot['throughput']:,.0f})",
            # Both ways: a seeded run far faster than the empty one says the machine changed speed between them.
            0.8 <= within <= 1.2,
        ),
        (
            "scale: /stats 30d < 100 ms",
            f"max {stats.get('max', float('nan')):.1f} ms, median {stats.get('median', float('nan')):.1f} ms",
            stats.get("max", float("inf")) < 100,
        ),
    ]
    print("targets:")
    for label, figure, ok in rows:
        print(f"  {verdict(ok)}  {label:44} {figure}")
    if "scale-open" in results:
        p99 = results["scale-open"]["latency"]["p99_ms"]
        print(f"  info  {'scale: p99 at 300 updates/s (no target)':44} {p99:,.1f} ms")
    parts = scale["startup_parts_s"]
    print(
        "  info  start-up parts (scale db): "
        + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in parts.items())
        + f"; empty db: {bot['startup_s']:.2f} s"
    )
    if "queue_ms" in bot:
        print(
            f"  info  /queue on the empty db (after its warm-up cases): max {bot['queue_ms']['max']:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a short run (about a minute)")
    parser.add_argument("--dir", type=Path, help="where the databases go (default: a temporary directory)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--profile",
        metavar="SCENARIO",
        help="run only this scenario (e.g. bot-closed) under pyinstrument, or cProfile without it, and print it",
    )
    args = parser.parse_args()
    plan = scenarios(args.quick)
    if args.profile:
        plan = [s for s in plan if s.name == args.profile]
        if not plan:
            raise SystemExit(
                f"no scenario {args.profile!r}; choose one of {[s.name for s in scenarios(False)]}"
            )

    print(__doc__.split("\n\n", 2)[2].strip())
    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load_average():.2f}"
        f"{' (other work is running: figures will be lower)' if load_average() > 0.5 else ''}\n"
    )
    with tempfile.TemporaryDirectory(prefix="bench-", dir=args.dir) as folder:
        work = Path(folder)
        seeded: dict[str, Any] | None = None
        if any(s.database == "scale" for s in plan):
            seeded = seed_database(work)
            rows = ", ".join(f"{table} {count:,}" for table, count in seeded["rows"].items())
            print(f"seeded database: {seeded['size_mb']:.0f} MB in {seeded['seconds']:.1f} s ({rows})\n")
        results: dict[str, dict[str, Any]] = {}
        for scenario in plan:
            print(
                f"running {scenario.name:13} {scenario.what} ({scenario.seconds:.0f} s window)…", flush=True
            )
            profile = work / f"{scenario.name}.profile.txt" if args.profile else None
            results[scenario.name] = run_scenario(scenario, work, seeded, profile)
            if profile is not None:
                print(profile.read_text(encoding="utf-8"))
        print()
        print_results(results)
        if not args.profile:
            print()
            print_targets(results)
        if args.json:
            args.json.write_text(
                json.dumps({"seeded": seeded, "results": results}, indent=1), encoding="utf-8"
            )


if __name__ == "__main__":
    main()
