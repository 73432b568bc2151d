"""Faults: the token never reaches the logs; one task's rollback never undoes another's write; SIGKILL and SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import PROJECT_ROOT, Config
from bot.runtime.cli import configure_logging
from bot.runtime.runner import serve
from bot.standin.http import StandInHttpServer
from bot.standin.server import FakeUser, StandIn
from bot.storage import Storage, Transaction

TOKEN = "123456:SECRET-TOKEN-VALUE"


async def test_the_token_never_appears_in_the_logs(
    config: Config, standin: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    server = StandInHttpServer(StandIn(token=TOKEN))
    server.standin.add_chat(-100500, type="supergroup", title="Coordinators")
    base_url = await server.start()
    stop = asyncio.Event()
    user = FakeUser(id=61, first_name="T", language_code="en")
    live = replace(config, telegram=replace(config.telegram, api_base_url=base_url))
    task = asyncio.create_task(serve(live, TOKEN, stop=stop))
    server.standin.user_message(user, "/start")
    server.standin.user_message(user, "my boss took my passport")
    await server.standin.wait_until(
        lambda: len(server.standin.messages_in(user.id, from_bot=True)) >= 2, timeout=10
    )
    stop.set()
    await task
    await server.stop()
    assert caplog.records, "the run logged nothing at all"
    assert TOKEN not in caplog.text and "SECRET-TOKEN" not in caplog.text


async def test_one_tasks_rollback_never_undoes_anothers_write(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")

    async def failing_unit_of_work(db: Transaction) -> None:
        await db.execute(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (1, 'en', 0, 0)"
        )
        await asyncio.sleep(0)  # the other task's write is ready to run meanwhile
        raise RuntimeError("something went wrong in the middle")

    # All three start at once on the one connection; the failing ones are rolled back, the other one stays.
    results = await asyncio.gather(
        storage.write(failing_unit_of_work),
        storage.touch_person(2, "ru"),
        storage.write(failing_unit_of_work),
        return_exceptions=True,
    )
    assert isinstance(results[0], RuntimeError) and isinstance(results[2], RuntimeError)
    assert await storage.get_person(1) is None
    assert (await storage.get_person(2)) is not None
    await storage.close()


async def test_a_unit_of_work_cancelled_in_the_middle_is_rolled_back_and_the_next_one_runs(
    tmp_path: Path,
) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    halfway = asyncio.Event()

    async def interrupted(db: Transaction) -> None:
        await db.execute(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (1, 'en', 0, 0)"
        )
        halfway.set()
        await asyncio.Event().wait()  # until cancelled, as a handler is when the bot stops

    task = asyncio.create_task(storage.write(interrupted))
    await halfway.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await storage.touch_person(2, "ru")).language == "ru"
    assert await storage.get_person(1) is None
    await storage.close()


def write_config(tmp_path: Path, base_url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[telegram]\napi_base_url = "{base_url}"\n[storage]\ndatabase = "{tmp_path / "bot.sqlite3"}"\n'
        "[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [900001]\n",
        encoding="utf-8",
    )
    return path


async def start_bot(config_path: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "BOT_TOKEN": TOKEN, "PYTHONPATH": str(PROJECT_ROOT)}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(config_path),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_sigkill_with_updates_in_flight_loses_nothing_and_sigterm_stops_cleanly(tmp_path: Path) -> None:
    standin = StandIn(token=TOKEN)
    standin.add_chat(-100500, type="supergroup", title="Coordinators")
    server = StandInHttpServer(standin)
    config_path = write_config(tmp_path, await server.start())
    keeper = FakeUser(id=70, first_name="K", language_code="en")
    people = [FakeUser(id=1000 + i, first_name="P", language_code="ru") for i in range(60)]
    bot = await start_bot(config_path)
    try:
        # State before the crash: a chosen language, checklist progress, an open case.
        standin.user_message(keeper, "/language")
        await standin.wait_until(lambda: bool(standin.messages_in(keeper.id, from_bot=True)), timeout=20)
        standin.user_press_button(keeper, standin.last_message(keeper.id, from_bot=True), "Türkmençe")
        await standin.wait_until(
            lambda: "Boldy" in standin.last_message(keeper.id, from_bot=True).text, timeout=20
        )
        standin.user_message(keeper, "/sos")
        await standin.wait_until(lambda: len(standin.messages_in(keeper.id, from_bot=True)) >= 2, timeout=20)
        standin.user_press(keeper, standin.last_message(keeper.id, from_bot=True), "ho:urgent")
        await standin.wait_until(
            lambda: "#1" in standin.last_message(keeper.id, from_bot=True).text, timeout=20
        )
        # A burst, and the kill while it is being handled.
        for person in people:
            standin.user_message(person, "/start")
        await standin.wait_until(
            lambda: sum(bool(standin.messages_in(p.id, from_bot=True)) for p in people) >= 3
        )
        bot.kill()
        await bot.wait()

        bot = await start_bot(config_path)
        await standin.wait_until(
            lambda: all(standin.messages_in(p.id, from_bot=True) for p in people), timeout=30
        )
        standin.user_message(keeper, "/menu")
        await standin.wait_until(
            lambda: "Size näme gerek" in standin.last_message(keeper.id, from_bot=True).text
        )
        bot.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(bot.wait(), timeout=20) == 0
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()
        await server.stop()
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    try:
        assert await storage.unhandled_updates() == []
        cases = await storage.queue(None)
        assert [(c.id, c.user_id) for c in cases] == [(1, keeper.id)]  # the open case survived, and only once
        assert (await storage.get_person(keeper.id)).language == "tk"
        greeted = [
            len([m for m in standin.messages_in(p.id, from_bot=True) if m.text.startswith("Здравствуйте")])
            for p in people
        ]
        assert min(greeted) >= 1  # every update sent before the kill was handled
    finally:
        await storage.close()


def test_fixtures_are_usable(config: Config) -> None:
    assert isinstance(config, Config) and Any is not None


@pytest.mark.refusals_expected
async def test_telegram_5xx_answers_are_retried_and_the_reply_still_arrives(
    start_app: Any, standin: StandIn
) -> None:
    from tests.chat import Chat

    app = await start_app(rate_limiter=True, retry_delay=0)
    chat = Chat(app, standin, FakeUser(id=81, first_name="R", language_code="en"))
    standin.fail_next("sendMessage", times=2)
    reply = await chat.send("/start")
    assert reply.text.startswith("Hello!")
    assert [r.error_code for r in standin.refusals] == [502, 502]


@pytest.mark.refusals_expected
async def test_an_error_in_a_handler_tells_the_person_and_the_coordinators_without_details(
    app: Any, standin: StandIn, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.chat import Chat
    from tests.conftest import COORDINATOR_CHAT

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(app.bot_data.storage, "count_question", broken)
    chat = Chat(app, standin, FakeUser(id=82, first_name="E", language_code="ru"))
    reply = await chat.send("работодатель забрал паспорт secret-words")
    assert reply.text == app.bot_data.catalogs("ru").gettext(
        "Sorry, something went wrong on my side. Please try again."
    )
    from bot.runtime.app import send_error_alerts
    from bot.runtime.context import BotContext

    await send_error_alerts(BotContext(app))  # the job that reports errors, off the handling path
    alert = standin.last_message(COORDINATOR_CHAT, from_bot=True).text
    assert "RuntimeError" in alert and "secret-words" not in alert and "fire" not in alert
    assert "secret-words" not in caplog.text
