"""The load benchmark: the bot and the python-telegram-bot echo floor, side by side, against issue 17's targets.

    python bench/run.py            # the full run, a few minutes
    python bench/run.py --quick    # under a minute: shorter windows, no HTTP pool comparison

Each scenario runs `bench/load.py` in its own process (so each has its own peak RSS); bench/README.md says what
each one is and what each figure means.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
CEILING = 30.0  # updates a second: Telegram's 30 messages a second, as AIORateLimiter enforces it
OPEN_RATE = 300.0
LIMITED = ("--limiter", "--no-cases")  # see bench/README.md: why no messages on cases here


@dataclass(frozen=True)
class Scenario:
    name: str
    kind: str  # bot | echo
    arguments: tuple[str, ...]
    seconds: float
    seeded: bool = False


def scenarios(quick: bool) -> list[Scenario]:
    short, long, few, many = (2.0, 4.0, "60", "300") if quick else (5.0, 20.0, "150", "1000")
    ceiling = (*LIMITED, "--rate", str(CEILING), "--people", few)
    unlimited = ("--people", many)
    plan = []
    for kind in ("echo", "bot"):
        plan += [
            Scenario(f"{kind}-ceiling", kind, ceiling, long),
            Scenario(f"{kind}-closed", kind, (*unlimited, "--closed", "100"), short),
            Scenario(f"{kind}-300", kind, (*unlimited, "--rate", str(OPEN_RATE)), 2 * short),
        ]
    staff = ("--staff-commands", "5")
    plan.append(
        Scenario("bot-seeded", "bot", (*unlimited, "--rate", str(OPEN_RATE), *staff), 2 * short, True)
    )
    if not quick:
        below = (*LIMITED, "--rate", str(0.9 * CEILING), "--people", few)
        plan.append(Scenario("bot-ceiling-0.9", "bot", below, long))
        # Over loopback HTTP with python-telegram-bot's own client: its default pool of 256 connections, a pool of
        # 8, and 8 updates handled at once instead of the bot's 64; at the ceiling and at 0.9 of it, where the
        # rate limiter's own queue does not hide the rest.
        for name, arguments in (
            ("echo-http", ("--http", "256")),
            ("bot-http", ("--http", "256")),
            ("bot-http-pool-8", ("--http", "8")),
            ("bot-http-0.9", ("--http", "256")),
            ("bot-http-pool-8-0.9", ("--http", "8")),
            ("bot-http-pool-8-conc-8-0.9", ("--http", "8", "--concurrency", "8")),
        ):
            rate = below if name.endswith("0.9") else ceiling
            plan.append(Scenario(name, name.split("-")[0], (*rate, *arguments), 10.0))
    return plan


def run(scenario: Scenario, work: Path, seeded: dict[str, Any] | None) -> dict[str, Any]:
    out, database = work / f"{scenario.name}.json", work / f"{scenario.name}.sqlite3"
    arguments = list(scenario.arguments)
    if scenario.seeded:
        assert seeded is not None
        database.write_bytes(Path(seeded["path"]).read_bytes())
        arguments += ["--first-user", str(seeded["first_free_user"])]
    command = [sys.executable, str(BENCH / "load.py"), scenario.kind, "--database", str(database)]
    command += ["--out", str(out), "--seconds", str(scenario.seconds), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{scenario.name} failed:\n{done.stdout}{done.stderr}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def problems(result: dict[str, Any]) -> list[str]:
    """What makes a figure suspect: refusals, warnings or errors logged, updates with no reply, a load generator
    that could not find an idle person or the button it wanted."""
    found = [f"refused {result['refused']}"] if result["refused"] else []
    found += [f"logged {result['logged']}"] if result["logged"] else []
    found += (
        [f"{result['latency']['no_reply']} updates got no reply"] if result["latency"]["no_reply"] else []
    )
    found += [f"{result['skipped']} times no idle person of a kind"] if result["skipped"] else []
    found += [f"{result['fallbacks']} times a button was not found"] if result["fallbacks"] else []
    return found


def targets(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """Issue 17's targets: (what, the bot's figure, the echo floor's figure measured the same way, met)."""

    def p99(name: str, rate: float) -> tuple[str, bool]:
        result = results[name]
        value, offered = result["latency"]["p99_ms"], result["offered_per_s"]
        return f"{value:,.1f} ms at {offered:.0f}/s", value < 50 and offered >= 0.95 * rate

    def figure(name: str, key: str, unit: str) -> str:
        value = results[name].get(key, math.nan)
        return f"{value:,.{0 if unit in ('/s', ' MB') else 2 if unit == ' s' else 1}f}{unit}"

    ceiling, floor_ceiling = p99("bot-ceiling", CEILING), p99("echo-ceiling", CEILING)
    opened, floor_open = p99("bot-300", OPEN_RATE), p99("echo-300", OPEN_RATE)
    seeded = results["bot-seeded"]
    return [
        ("p99 < 50 ms at 30/s, rate limiter on", ceiling[0], floor_ceiling[0], ceiling[1]),
        (
            "≥ 300 updates/s closed loop, limiter off",
            figure("bot-closed", "throughput", "/s"),
            figure("echo-closed", "throughput", "/s"),
            results["bot-closed"]["throughput"] >= 300,
        ),
        ("p99 < 50 ms at 300/s, limiter off", opened[0], floor_open[0], opened[1]),
        (
            "100k people: peak RSS < 150 MB",
            figure("bot-seeded", "peak_rss_mb", " MB"),
            figure("echo-300", "peak_rss_mb", " MB"),
            seeded["peak_rss_mb"] < 150,
        ),
        (
            "100k people: /queue < 100 ms",
            figure("bot-seeded", "queue_ms", " ms"),
            "—",
            seeded["queue_ms"] < 100,
        ),
        (
            "100k people: /stats < 100 ms",
            figure("bot-seeded", "stats_ms", " ms"),
            "—",
            seeded["stats_ms"] < 100,
        ),
        (
            "100k people: start-up < 2 s",
            figure("bot-seeded", "startup_s", " s"),
            figure("echo-300", "startup_s", " s"),
            seeded["startup_s"] < 2,
        ),
    ]


def print_report(results: dict[str, dict[str, Any]]) -> None:
    header = f"{'scenario':26} {'offered':>8} {'handled':>8} {'p50 ms':>7} {'p99 ms':>8} {'max ms':>8} {'msgs':>5} {'RSS MB':>6}"
    print(header + "\n" + "-" * len(header))
    for name, r in results.items():
        lat = r["latency"]
        offered = f"{r['offered_per_s']:.0f}/s" if "offered_per_s" in r else "closed"
        handled = f"{r['throughput']:,.0f}/s" if "throughput" in r else ""
        print(
            f"{name:26} {offered:>8} {handled:>8} {lat['p50_ms']:>7.1f} {lat['p99_ms']:>8.1f} {lat['max_ms']:>8.1f} "
            f"{lat['messages_per_update']:>5.2f} {r['peak_rss_mb']:>6.0f}"
        )
    print("\np99 ms (and messages sent) by kind of update:")
    for name, r in results.items():
        kinds = r["latency"]["by_kind"].items()
        print(f"  {name:26} " + ", ".join(f"{k} {v['p99_ms']} ({v['messages']})" for k, v in kinds))
    print(f"\n{'target':42} {'the bot':>22} {'echo floor':>22}")
    for label, figure, floor, ok in targets(results):
        print(f"{'PASS' if ok else 'MISS'} {label:37} {figure:>22} {floor:>22}")
    for name, r in results.items():
        for problem in problems(r):
            print(f"  ! {name}: {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="under a minute")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.2f} before the run\n"
    )
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        command = [sys.executable, str(BENCH / "seed.py"), str(work / "seed.sqlite3")]
        seeded = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        print(f"seeded {seeded['size_mb']:.0f} MB in {seeded['seconds']:.1f} s: {seeded['rows']}\n")
        for scenario in scenarios(args.quick):
            print(f"running {scenario.name} ({scenario.seconds:.0f} s window)", flush=True)
            results[scenario.name] = run(scenario, work, seeded)
    print()
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
