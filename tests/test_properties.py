"""Random updates through the whole application: no unhandled exception, and no request Telegram would refuse."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.config import EXAMPLE_CONFIG, load_config
from bot.runtime.app import build_application
from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, StandIn

PREFIXES = [
    "menu:",
    "lang:",
    "kb:",
    "cat:",
    "fb:",
    "cl:a:",
    "cl:b:",
    "cl:stop",
    "cl:again",
    "ho:",
    "ho:ngo:",
    "ho:fv:",
    "ho:need:",
    "ho:vel:",
    "st:claim:",
    "st:out:",
    "forget:",
    "",
]
COMMANDS = [
    "/start",
    "/menu",
    "/help",
    "/language",
    "/sos",
    "/hotline",
    "/privacy",
    "/forget",
    "/queue",
    "/case",
    "/send",
    "/unknown",
]

texts = st.text(min_size=1, max_size=300).filter(lambda t: t.strip())
commands = st.builds(lambda c, p: f"{c} {p}".strip(), st.sampled_from(COMMANDS), st.text(max_size=80))
callback_data = st.builds(lambda p, s: (p + s)[:64] or "x", st.sampled_from(PREFIXES), st.text(max_size=40))
locations = st.tuples(
    st.one_of(st.sampled_from([90.0, -90.0, 0.0]), st.floats(-90, 90, allow_nan=False)),
    st.one_of(st.sampled_from([180.0, -180.0, 179.9999, -179.9999]), st.floats(-180, 180, allow_nan=False)),
)
actions = st.lists(
    st.one_of(
        st.tuples(st.just("text"), texts),
        st.tuples(st.just("text"), commands),
        st.tuples(st.just("press"), callback_data),
        st.tuples(st.just("location"), locations),
    ),
    min_size=1,
    max_size=8,
)


class Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[asyncio.AbstractEventLoop, Any, StandIn]]:
    loop = asyncio.new_event_loop()
    base = load_config(EXAMPLE_CONFIG, environ={})
    database = Path(tmp_path_factory.mktemp("prop")) / "bot.sqlite3"
    config = replace(base, storage=replace(base.storage, database=str(database)))
    standin = StandIn()
    application = build_application(config, request=StandInRequest(standin), rate_limiter=False)
    loop.run_until_complete(application.initialize())
    loop.run_until_complete(application.post_init(application))
    yield loop, application, standin
    loop.run_until_complete(application.post_shutdown(application))
    loop.run_until_complete(application.shutdown())
    loop.close()


users = iter(range(500_000, 10_000_000))


# Derandomized so CI is deterministic; the example below is one hypothesis found (an identical edit on a repeat press).
@example(steps=[("text", "0"), ("press", "cat:"), ("press", "cat:")], language="ru")
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=actions, language=st.sampled_from(["ru", "tk", "en", None, "de"]))
def test_random_updates_never_crash_or_break_the_bot_api(
    world: tuple[asyncio.AbstractEventLoop, Any, StandIn], steps: list[tuple[str, Any]], language: str | None
) -> None:
    loop, application, standin = world
    user = FakeUser(id=next(users), first_name="R", language_code=language or "en")
    errors = Errors()
    logging.getLogger().addHandler(errors)
    refused_before = len(standin.refusals)

    async def run() -> None:
        for kind, value in steps:
            if kind == "text":
                update = standin.user_message(user, value)
            elif kind == "location":
                update = standin.user_location(user, *value)
            else:
                last = standin.last_message(user.id, from_bot=True)
                if last is None:
                    update = standin.user_message(user, "/start")
                else:
                    update = standin.user_press(user, last, value)
            await application.process_update(Update.de_json(update, application.bot))

    try:
        loop.run_until_complete(run())
    finally:
        logging.getLogger().removeHandler(errors)
    assert [r.getMessage() for r in errors.records] == []
    assert [(r.method, r.refusal) for r in standin.refusals[refused_before:]] == []
