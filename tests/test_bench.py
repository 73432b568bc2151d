"""The benchmark's own code (bench/), run small so it keeps working as the bot changes.

Nothing here is timed: the figures are whatever this machine gives. What is checked is what makes a figure worth
reading: every update answered, nothing refused by the stand-in, nothing logged, each scenario's figures reported,
and the targets judged as issue #8 states them."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench"
KINDS = {"question", "checklist", "menu", "case"}


def run_bench(script: str, *arguments: str) -> str:
    finished = subprocess.run(
        [sys.executable, str(BENCH / script), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return finished.stdout


def scenario(database: Path, kind: str, *arguments: str) -> dict[str, Any]:
    out = database.with_suffix(".json")
    run_bench(
        "scenario.py",
        kind,
        "--database",
        str(database),
        "--out",
        str(out),
        "--seconds",
        "0.5",
        "--settle",
        "0.2",
        "--people",
        "40",
        "--in-flight",
        "10",
        *arguments,
    )
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def assert_clean(result: dict[str, Any]) -> None:
    assert result["refusals"] == {}
    assert result["log"] == {}
    assert result["unfinished"] == 0
    assert result["latency"]["count"] > 0 and result["latency"]["no_reply"] == 0
    assert result["peak_rss_kb"] > 0


def test_the_bot_answers_every_kind_of_update_of_the_mix(tmp_path: Path) -> None:
    result = scenario(tmp_path / "bot.sqlite3", "bot")
    assert_clean(result)
    # The first ten updates already follow the mix, so every kind is sent whatever this machine's speed.
    assert set(result["emitted"]) == KINDS
    assert set(result["latency"]["by_category"]) <= KINDS
    assert result["db_rows"]["inbox_unhandled"] == 0 and result["fallbacks"] == 0


def test_the_echo_floor_and_an_open_loop_answer_every_update(tmp_path: Path) -> None:
    assert_clean(scenario(tmp_path / "echo.sqlite3", "echo"))
    opened = scenario(tmp_path / "open.sqlite3", "bot", "--mode", "open", "--rate", "40")
    assert_clean(opened)
    assert opened["offered_per_s"] == 40


def test_a_seeded_database_serves_the_mix_and_the_staff_commands(tmp_path: Path) -> None:
    database = tmp_path / "seeded.sqlite3"
    arguments = ("--people", "400", "--checklists", "500", "--cases", "60", "--json")
    seeded = json.loads(run_bench("seed.py", str(database), *arguments).splitlines()[-1])
    rows = seeded["rows"]
    assert (rows["users"], rows["checklist_results"], rows["cases"]) == (400, 500, 60)
    result = scenario(database, "bot", "--first-user", str(seeded["free_users"][0]), "--queue-runs", "1")
    assert_clean(result)
    assert result["queue_ms"]["max"] > 0 and result["stats_ms"]["max"] > 0
    assert result["db_rows"]["checklist_results"] >= 500


def load_run() -> Any:
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def measured(rounds: list[float], **figures: Any) -> dict[str, Any]:
    return {
        "throughput": rounds[len(rounds) // 2],
        "rounds": rounds,
        "startup_s": 1.4,
        "peak_rss_kb": 0,
        **figures,
    }


def full_run(bot: list[float], echo: list[float], seeded: list[float]) -> dict[str, dict[str, Any]]:
    staff = {"queue_ms": {"max": 12.0, "median": 7.0}, "stats_ms": {"max": 60.0, "median": 30.0}}
    return {
        "echo-closed": measured(echo),
        "bot-closed": measured(bot),
        "bot-open": {"queued_per_s": 300.0, "latency": {"p99_ms": 4.0}},
        "scale-closed": measured(seeded, peak_rss_kb=137_000, startup_parts_s={}, **staff),
    }


def test_the_targets_compare_round_by_round_and_the_seeded_database_both_ways() -> None:
    run = load_run()
    verdicts = {
        label: ok for label, _, ok in run.targets(full_run([990, 1_010, 1_100], [3_700] * 3, [1_000] * 3))
    }
    assert verdicts["throughput ≥ 1,000 updates/s (empty db)"]
    assert not verdicts["≥ 0.5 × the echo floor"]
    assert verdicts["scale: peak RSS < 150 MB"] and verdicts["scale: throughput within 20 % of empty db"]
    # Half the floor, round by round: each round's bot against the same round's floor.
    faster = run.targets(full_run([1_000, 1_600, 2_000], [2_000, 3_000, 4_000], [1_600] * 3))
    assert dict((label, ok) for label, _, ok in faster)["≥ 0.5 × the echo floor"]
    # A seeded run far faster than the empty one says the machine changed speed, not that the database is free.
    for seeded in ([1_400] * 3, [700] * 3):
        result = run.targets(full_run([1_000] * 3, [3_000] * 3, seeded))
        assert not dict((label, ok) for label, _, ok in result)["scale: throughput within 20 % of empty db"]


def test_a_full_run_keeps_the_median_round_and_the_worst_of_memory_start_up_and_staff_commands() -> None:
    run = load_run()
    rounds = [
        measured(
            [r], latency={"no_reply": 0}, queue_ms={"max": q, "median": q}, stats_ms={"max": q, "median": q}
        )
        for r, q in ((900.0, 5.0), (1_100.0, 30.0), (1_000.0, 9.0))
    ]
    rounds[0]["peak_rss_kb"], rounds[2]["startup_s"] = 140_000, 1.9
    combined = run.combine(rounds)
    assert combined["throughput"] == 1_000 and combined["rounds"] == [900, 1_100, 1_000]
    assert combined["peak_rss_kb"] == 140_000 and combined["startup_s"] == 1.9
    assert combined["queue_ms"]["max"] == 30 and combined["stats_ms"]["median"] == 9
    assert combined["problems"] == []
    refused = {
        **rounds[0],
        "refusals": {"sendMessage: can't parse entities": 1, "message is not modified": 4},
    }
    assert run.problems(refused) == ['refused requests {"sendMessage: can\'t parse entities": 1}']
