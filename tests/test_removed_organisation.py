"""An organisation taken out of the NGO directory while it still has open cases: check-config and the start-up log
name it and its cases; the coordinators see the cases in /queue, get what the person writes on them, and can hand
them back to themselves."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, load_config
from bot.directory import EXAMPLE_DIRECTORY
from bot.runtime.check_config import orphaned_case_warnings
from bot.runtime.cli import main, run
from bot.specialists import EXAMPLE_ROSTER
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory, stop_app
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text


def without(source: Path, table: str, line: str, target: Path) -> Path:
    """`source` with every [[table]] entry holding `line` left out, written to `target`."""
    head, *entries = source.read_text(encoding="utf-8").split(f"\n[[{table}]]\n")
    kept = [entry for entry in entries if line not in entry.splitlines()]
    assert len(kept) < len(entries), line
    target.write_text("".join([head, *(f"\n[[{table}]]\n{entry}" for entry in kept)]), encoding="utf-8")
    return target


def without_mary(config: Config, folder: Path) -> Config:
    """The example directory without example-mary (and its roster without the specialists it employs)."""
    ngos = without(EXAMPLE_DIRECTORY, "ngo", 'id = "example-mary"', folder / "ngos.toml")
    roster = without(
        EXAMPLE_ROSTER, "specialist", 'organisation = "example-mary"', folder / "specialists.toml"
    )
    return replace(config, directory=replace(config.directory, file=str(ngos), specialists=str(roster)))


async def two_cases_of_mary(app: Any, standin: StandIn) -> tuple[int, int]:
    """An open case and a claimed one, both with example-mary."""
    first = await request_help_from_mary(
        app, Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en")), "en"
    )
    second = await request_help_from_mary(
        app, Chat(app, standin, FakeUser(id=100002, first_name="Merjen", language_code="ru")), "ru"
    )
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(second), button(app, "ru", "✋ Claim"))
    return first, second


async def test_check_config_and_start_up_name_an_organisation_removed_with_its_open_cases(
    start_app: AppFactory,
    config: Config,
    standin: StandIn,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = await start_app()
    first, second = await two_cases_of_mary(app, standin)
    assert orphaned_case_warnings(config) == []  # still in the directory
    await stop_app(app)

    changed = without_mary(config, tmp_path)
    (line,) = orphaned_case_warnings(changed)
    assert line.startswith(
        f"{changed.directory_path}: organisation 'example-mary' is no longer in the directory but still has 2 open "
        f"cases (#{first}, #{second}): its staff chat may no longer act on them"
    )
    assert (
        "/case NUMBER" in line and "↪️ Refer to another NGO" in line and "↩️ Back to the hotline team" in line
    )

    # As the operator runs it: check-config prints it as a WARNING line, and `run` logs it as it starts.
    path = tmp_path / "config.toml"
    path.write_text(
        f'[storage]\ndatabase = "{changed.database_path}"\n'
        f'[directory]\nfile = "{changed.directory_path}"\nspecialists = "{changed.specialists_path}"\n'
        f"[staff]\ncoordinator_chat_id = {COORDINATOR_CHAT}\nstaff_user_ids = [900001]\n",
        encoding="utf-8",
    )
    assert main(["check-config", "--config", str(path)]) == 0
    assert f"WARNING: {line}\n" in capsys.readouterr().err

    async def serve(*args: object) -> None:
        return None

    monkeypatch.setattr("bot.runtime.runner.serve", serve)
    with caplog.at_level(logging.WARNING):
        # In a thread of its own, as from the command line: `run` starts an event loop.
        assert await asyncio.to_thread(run, load_config(path, environ={}), "123456:TOKEN") == 0
    assert line in caplog.text


async def test_the_cases_of_a_removed_organisation_reach_the_coordinators_who_can_hand_them_back(
    start_app: AppFactory, config: Config, standin: StandIn, tmp_path: Path
) -> None:
    app = await start_app()
    first, second = await two_cases_of_mary(app, standin)
    await stop_app(app)
    changed = without_mary(config, tmp_path)
    app = await start_app(config=changed)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    mary = staff(app, standin, chat_id=MARY_CHAT)

    await coordinators.send("/queue")
    queue = coordinators.last().text
    assert f"#{first}" in queue and f"#{second}" in queue

    # What the person writes goes where someone may answer it: the old chat is no staff chat any more.
    merjen = Chat(app, standin, FakeUser(id=100002, first_name="Merjen", language_code="ru"))
    before = len(mary.messages())
    await merjen.send("Мне нужен ответ")
    relayed = coordinators.last()
    assert f"#{second}" in relayed.text and "Мне нужен ответ" in relayed.text
    assert len(mary.messages()) == before
    await coordinators.reply(relayed, "Мы здесь, пишите")
    assert "Мы здесь, пишите" in merjen.last_reply().text

    # The coordinators take the open one back with the card's tools, as the warning says.
    await coordinators.send(f"/case {first}")
    await coordinators.press(coordinators.card(first), button(app, "ru", "↪️ Refer to another NGO"))
    await coordinators.press(coordinators.card(first), button(app, "ru", "↩️ Back to the hotline team"))
    case = await app.bot_data.storage.case(first)
    assert case.ngo_id is None and case.staff_chat_id == COORDINATOR_CHAT and case.is_open
    referred = text(app, "ru", "Case #{number} referred to {organisation}.")
    assert standin.callback_answers[-1]["text"] == referred.format(
        number=first, organisation=text(app, "ru", "the hotline team")
    )
    (line,) = orphaned_case_warnings(changed)
    assert f"still has 1 open case (#{second})" in line
