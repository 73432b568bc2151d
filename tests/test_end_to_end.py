"""The real polling loop over loopback HTTP, and the offline demo as a person would run it."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from bot.config import PROJECT_ROOT, Config
from bot.runtime.app import build_application
from bot.standin.http import StandInHttpServer
from bot.standin.server import FakeUser, StandIn


async def test_polling_loop_over_http_answers_start_and_a_question(config: Config, standin: StandIn) -> None:
    server = StandInHttpServer(standin)
    base_url = await server.start()
    application = build_application(
        replace(config, telegram=replace(config.telegram, api_base_url=base_url)), token="123:TEST"
    )
    user = FakeUser(id=5151, first_name="Merjen", language_code="ru")
    try:
        async with application:
            await application.post_init(application)
            await application.updater.start_polling(poll_interval=0, timeout=1)
            await application.start()
            standin.user_message(user, "/start")
            standin.user_message(user, "работодатель забрал паспорт")
            await standin.wait_until(
                lambda: len(standin.messages_in(user.id, from_bot=True)) >= 2, timeout=10
            )
            await application.updater.stop()
            await application.stop()
            await application.post_shutdown(application)
    finally:
        await server.stop()
    greeting, answer = standin.messages_in(user.id, from_bot=True)[:2]
    assert greeting.text.startswith("Здравствуйте!")
    assert "паспорт" in answer.text.lower()


def run_demo(tmp_path: Path, script: str, *options: str) -> str:
    """`printf SCRIPT | python -m bot demo`, as a person would script it, in an empty folder."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", *options],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)},
    )
    return result.stdout


def test_demo_reads_standard_input_and_prints_greeting_and_menu(tmp_path: Path) -> None:
    out = run_demo(tmp_path, "/start\n2\n1\n1\n")  # Check a job offer, For me, I am under 18
    assert "bot › Hello! I help people travel and work abroad safely" in out
    assert "[1] ❓ Ask a question" in out and "[4] 🆘 I am in trouble now" in out
    assert "Question 1 / 12" in out and "Question 2 / 12" in out  # buttons pressed by number
    assert (tmp_path / "data" / "demo.sqlite3").exists()


def test_demo_runs_the_whole_hand_off_with_location_and_staff(tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/start",
            "3",  # Get help
            "1",  # Find an organisation near me
            "1",  # Legal advice
            "/location 37.60 61.83",  # Mary
            "1",  # Ask Example NGO — Mary for help
            "1",  # Only through this chat
            "2",  # No, keep my name hidden
            "please help",
            "1",  # Send the request
            "/staff We will write to you today",
        ]
    )
    out = run_demo(tmp_path, script + "\n")
    assert "Your request #1 has been sent to Example NGO — Mary" in out
    assert "[staff: Example NGO — Mary] ›" in out and "please help" in out
    assert "bot › 💬 Example NGO — Mary:\n      We will write to you today" in out


def test_a_demo_continued_on_its_database_relays_the_same_persons_messages(tmp_path: Path) -> None:
    # a trainer who keeps ./data to continue as the same person: the second run's message ids must not collide
    # with those the first run stored
    run_demo(tmp_path, "/start\n3\n1\n1\n/location 37.60 61.83\n1\n1\n2\nplease help\n1\n")
    out = run_demo(tmp_path, "hello again\n")
    assert "[staff: Example NGO — Mary] ›" in out and "hello again" in out
    assert "something went wrong" not in out.lower()


def test_the_demo_with_the_operators_config_keeps_out_of_its_database_and_can_act_as_staff(
    tmp_path: Path,
) -> None:
    production = tmp_path / "srv" / "bot.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\ndatabase = "{production}"\n[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [7]\n',
        encoding="utf-8",
    )
    script = "/start\n3\n1\n1\n/location 37.60 61.83\n1\n1\n2\nplease help\n1\n/staff We will write today\n"
    out = run_demo(tmp_path, script, "--config", str(config))
    assert "Its own database: data/demo.sqlite3" in out
    assert (
        "bot › 💬 Example NGO — Mary:\n      We will write today" in out
    )  # the demo's staff member is staff
    assert not production.parent.exists() and (tmp_path / "data" / "demo.sqlite3").exists()
