"""Stopping the bot is bounded: on SIGTERM it takes no new updates, gives the ones in flight a grace
([telegram] shutdown_grace_seconds), and leaves the rest unhandled in the durable inbox, which the next start
handles. Before, a burst of 🆘 alerts waiting on the coordinator group's rate limit kept it running 75 s, past the
systemd unit's TimeoutStopSec=30 (a SIGKILL)."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.config import EXAMPLE_CONFIG, TelegramConfig, load_config
from bot.runtime.polling import InboxProcessor, inbox_entry
from bot.standin.server import FakeUser, StandIn


class Slow:
    """An application whose handling waits until `release` is set, as an alert waits on Telegram's rate limit."""

    def __init__(self, app: Any) -> None:
        self.bot = app.bot
        self.release = asyncio.Event()
        self.started: list[int] = []
        self.finished: list[int] = []

    async def process_update(self, update: Any) -> None:
        self.started.append(update.update_id)
        await self.release.wait()
        self.finished.append(update.update_id)


def burst(app: Any, standin: StandIn, people: int) -> list[Any]:
    """People pressing 🆘 at once, one of them twice (their second waits for their first, in order)."""
    users = [FakeUser(id=500 + i, first_name="P", language_code="en") for i in range(people)]
    payloads = [standin.user_message(user, "/sos") for user in users] + [
        standin.user_message(users[0], "/start")
    ]
    entries = [inbox_entry(payload, app.bot) for payload in payloads]
    return [entry for entry in entries if entry is not None]


async def test_stopping_cancels_what_outlasts_the_grace_and_the_next_start_handles_it(
    app: Any, standin: StandIn
) -> None:
    storage = app.bot_data.storage
    slow = Slow(app)
    stopping = InboxProcessor(slow, storage, grace=0)
    updates = burst(app, standin, 40)
    await stopping.accept(updates)
    await asyncio.wait_for(
        stopping.dispatcher.drain(stopping.grace), timeout=5
    )  # bounded, whatever it waits on
    assert slow.finished == []
    assert len(slow.started) <= 40  # the person's second update never started: it waits behind their first
    assert len(await storage.unhandled_updates()) == 41
    # The next start: every person gets their answer, once.
    restarted = InboxProcessor(app, storage)
    assert await restarted.resume() == 41
    await restarted.dispatcher.drain()
    assert await storage.unhandled_updates() == []
    for user_id in range(500, 540):
        assert standin.messages_in(user_id, from_bot=True), user_id


async def test_the_updates_in_flight_finish_within_the_grace_and_those_not_started_wait(
    app: Any, standin: StandIn
) -> None:
    storage = app.bot_data.storage
    slow = Slow(app)
    stopping = InboxProcessor(slow, storage, grace=30)
    updates = burst(app, standin, 3)
    await stopping.accept(updates)
    drained = asyncio.create_task(stopping.dispatcher.drain(stopping.grace))
    await asyncio.sleep(
        0
    )  # one turn of the loop (no time passes): the drain waits for them, it does not cancel
    assert not drained.done()
    slow.release.set()
    await drained
    in_flight = [update.update_id for update, _ in updates[:3]]
    assert sorted(slow.finished) == in_flight
    # The first person's second message had not started when the bot was told to stop: the next start answers it.
    assert [update_id for update_id, _ in await storage.unhandled_updates()] == [updates[3][0].update_id]


def test_the_grace_is_configured_and_fits_the_documented_unit(tmp_path: Any) -> None:
    from bot.config import PROJECT_ROOT

    assert (
        TelegramConfig().shutdown_grace_seconds == load_config(EXAMPLE_CONFIG).telegram.shutdown_grace_seconds
    )
    unit = (PROJECT_ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    timeout = int(unit.split("TimeoutStopSec=")[1].split()[0])
    # The grace, then stopping the jobs and closing the database: well inside what systemd waits before SIGKILL.
    assert TelegramConfig().shutdown_grace_seconds + 10 <= timeout
    config = tmp_path / "config.toml"
    config.write_text("[telegram]\nshutdown_grace_seconds = 5\n", encoding="utf-8")
    assert load_config(config, environ={}).telegram.shutdown_grace_seconds == 5
