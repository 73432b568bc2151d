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
20,000 cases) for the same mix, /queue in the coordinator chat, and the start-up time. In a full run the three
closed loops take turns, three rounds of each, so a change in the machine's own speed touches all three alike; the
bot's share of the floor and the seeded database's share of the empty one are compared round by round.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
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
    rounds: int = 1  # closed loops: runs taking turns with the other closed loops (see run_plan)


def scenarios(quick: bool) -> list[Scenario]:
    closed, rounds, open_ = (4.0, 1, 5.0) if quick else (5.0, 3, 20.0)
    plan = [
        Scenario(
            "echo-closed", "echo", "closed", closed, what="PTB echo floor, max throughput", rounds=rounds
        ),
        Scenario(
            "bot-closed",
            "bot",
            "closed",
            closed,
            queue_runs=5,
            what="the bot, empty database, max throughput",
            rounds=rounds,
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
            rounds=rounds,
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
    scenario: Scenario, work: Path, seeded: dict[str, Any] | None, profile: Path | None, round_: int = 0
) -> dict[str, Any]:
    out = work / f"{scenario.name}-{round_}.json"
    database = work / f"{scenario.name}-{round_}.sqlite3"  # every round starts from a database of its own
    if scenario.database == "scale":
        assert seeded is not None
        shutil.copyfile(seeded["path"], database)  # each scale scenario starts from the same seeded file
        # People without a case, a different range for each scenario.
        first_user = int(seeded["free_users"][0]) + (0 if scenario.mode == "closed" else 30_000)
    else:
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


def run_plan(
    plan: list[Scenario], work: Path, seeded: dict[str, Any] | None, profile: bool
) -> dict[str, dict[str, Any]]:
    """Every scenario's result. The closed loops go round by round (echo, bot, seeded bot; again; …), then the open
    loops: the machine here changes speed by up to a third over minutes, and figures taken side by side in
    time share the same speed."""
    order = [
        (scenario, round_)
        for round_ in range(max((s.rounds for s in plan), default=1))
        for scenario in plan
        if scenario.mode == "closed" and round_ < scenario.rounds
    ] + [(scenario, 0) for scenario in plan if scenario.mode != "closed"]
    runs: dict[str, list[dict[str, Any]]] = {scenario.name: [] for scenario in plan}
    for scenario, round_ in order:
        turn = f" round {round_ + 1}/{scenario.rounds}" if scenario.rounds > 1 else ""
        print(
            f"running {scenario.name:13} {scenario.what} ({scenario.seconds:.0f} s window{turn})…", flush=True
        )
        profile_file = work / f"{scenario.name}.profile.txt" if profile else None
        runs[scenario.name].append(run_scenario(scenario, work, seeded, profile_file, round_))
        if profile_file is not None:
            print(profile_file.read_text(encoding="utf-8"))
    return {name: combine(results) for name, results in runs.items()}


def combine(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """A scenario's rounds as one result: the figures of its median round by throughput, except the worst peak
    memory, start-up, /queue and /stats of any round; every round's throughput and problems are kept."""
    result = dict(sorted(rounds, key=lambda r: r["throughput"])[(len(rounds) - 1) // 2])
    result["rounds"] = [r["throughput"] for r in rounds]
    result["problems"] = [problem for r in rounds for problem in problems(r)]
    result["peak_rss_kb"] = max(r["peak_rss_kb"] for r in rounds)
    result["startup_s"] = max(r["startup_s"] for r in rounds)
    for key in ("queue_ms", "stats_ms"):
        if key in result:
            result[key] = {
                "max": max(r[key]["max"] for r in rounds),
                "median": statistics.median(r[key]["median"] for r in rounds),
            }
    return result


def round_by_round(results: dict[str, dict[str, Any]], scenario: str, base: str) -> float:
    """The median over the rounds of one scenario's throughput over another's in the same round."""
    pairs = zip(results[scenario]["rounds"], results[base]["rounds"], strict=True)
    return statistics.median(mine / theirs for mine, theirs in pairs)


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
        if len(r["rounds"]) > 1:
            turns = " / ".join(f"{throughput:,.0f}" for throughput in r["rounds"])
            print(f"  {name:13} updates/s round by round: {turns} (the table shows the median round)")
    for name, r in results.items():
        for problem in r["problems"]:
            print(f"  ! {name}: {problem}")


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def targets(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """Issue #8's targets: (what, the figure, met) for each."""
    bot, echo = results["bot-closed"], results["echo-closed"]
    opened = results["bot-open"]
    scale = results["scale-closed"]
    scale_rss = max(r["peak_rss_kb"] for n, r in results.items() if n.startswith("scale")) / 1024
    ratio = round_by_round(results, "bot-closed", "echo-closed")
    queue = scale.get("queue_ms", {})
    stats = scale.get("stats_ms", {})
    within = round_by_round(results, "scale-closed", "bot-closed")
    offered_ok = opened["queued_per_s"] >= 0.95 * OPEN_RATE
    rows = [
        ("throughput ≥ 1,000 updates/s (empty db)", f"{bot['throughput']:,.0f}/s", bot["throughput"] >= 1000),
        (
            "≥ 0.5 × the echo floor",
            f"{ratio:.2f} × (median round; {bot['throughput']:,.0f} / {echo['throughput']:,.0f})",
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
            f"{within:.2f} × (median round; {scale['throughput']:,.0f} / {bot['throughput']:,.0f})",
            # Both ways: a seeded run far faster than the empty one says the machine changed speed between them.
            0.8 <= within <= 1.2,
        ),
        (
            "scale: /stats 30d < 100 ms",
            f"max {stats.get('max', float('nan')):.1f} ms, median {stats.get('median', float('nan')):.1f} ms",
            stats.get("max", float("inf")) < 100,
        ),
    ]
    return rows


def print_targets(results: dict[str, dict[str, Any]]) -> None:
    bot, scale = results["bot-closed"], results["scale-closed"]
    print("targets:")
    for label, figure, ok in targets(results):
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
        plan = [replace(s, rounds=1) for s in plan if s.name == args.profile]
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
        results = run_plan(plan, work, seeded, profile=bool(args.profile))
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
