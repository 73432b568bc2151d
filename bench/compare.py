"""Compare the bot's closed-loop throughput in two checkouts of this project, taking turns.

    python bench/compare.py BEFORE AFTER [--pairs 4] [--seconds 4]

BEFORE and AFTER are directories holding a checkout each (`git worktree add /tmp/before <commit>`). Each pair runs
`bench/scenario.py bot --mode closed` from BEFORE, then from AFTER, each on a fresh database and with that checkout
first on `PYTHONPATH`: without it, a script imports `bot` from wherever the project is installed, and both sides
would run the same code. This machine changes speed by up to a third within minutes, so only pairs taken side by
side say anything; the median of the per-pair ratios is printed with every pair.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def environment_for(checkout: Path) -> dict[str, str]:
    """The environment that makes `import bot` find this checkout's code; exits if it still finds another."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    found = subprocess.run(
        [sys.executable, "-c", "import bot; print(bot.__file__)"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=checkout / "bench",
        check=True,
    ).stdout.strip()
    if not Path(found).resolve().is_relative_to(checkout):
        raise SystemExit(f"from {checkout}, `import bot` finds {found}: the comparison would not be fair")
    return environment


def closed_loop(checkout: Path, environment: dict[str, str], work: Path, seconds: float) -> float:
    """Updates per second of one closed-loop run of the bot in `checkout`, run with `environment`."""
    database, out = work / "compare.sqlite3", work / "compare.json"
    for stale in work.glob("compare.sqlite3*"):
        stale.unlink()
    command = [
        sys.executable,
        str(checkout / "bench" / "scenario.py"),
        "bot",
        "--mode",
        "closed",
        "--database",
        str(database),
        "--out",
        str(out),
        "--seconds",
        str(seconds),
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=600, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"the scenario failed in {checkout} with status {done.returncode}")
    throughput: float = json.loads(out.read_text(encoding="utf-8"))["throughput"]
    return throughput


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0, help="measured window of each run")
    args = parser.parse_args()
    before_dir, after_dir = args.before.resolve(), args.after.resolve()
    for checkout in (before_dir, after_dir):
        if not (checkout / "bench" / "scenario.py").is_file() or not (checkout / "bot").is_dir():
            raise SystemExit(f"{checkout} is not a checkout of this project (no bench/scenario.py or bot/)")
    before_env, after_env = environment_for(before_dir), environment_for(after_dir)
    ratios = []
    with tempfile.TemporaryDirectory(prefix="compare-") as folder:
        for pair in range(1, args.pairs + 1):
            before = closed_loop(before_dir, before_env, Path(folder), args.seconds)
            after = closed_loop(after_dir, after_env, Path(folder), args.seconds)
            ratios.append(after / before)
            print(f"pair {pair}: {before:,.0f} → {after:,.0f} updates/s ({after / before:.2f} ×)", flush=True)
    print(f"median of the pairs: {statistics.median(ratios):.2f} × (after / before)")


if __name__ == "__main__":
    main()
