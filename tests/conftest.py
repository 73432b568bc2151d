"""Shared fixtures: a fresh bot on a temporary database, talking to the Bot API stand-in."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import bot.runtime.app
from bot.config import EXAMPLE_CONFIG, Config, KnowledgeConfig, load_config
from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.knowledge import KnowledgeBase
from bot.nlp.kept_index import KeptIndex
from bot.nlp.matcher import Matcher
from bot.runtime.app import build_application
from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat

COORDINATOR_CHAT = -100500
STAFF_USER = 900001
SECOND_STAFF_USER = 900002


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


_MATCHERS: dict[float, Matcher] = {}


def matcher_at(threshold: float) -> Matcher:
    """Building the matcher's index takes a second and a half; the tests share one per threshold. It holds nothing
    of a run but a cache of word stems, so sharing it changes no behaviour."""
    if threshold not in _MATCHERS:
        _MATCHERS[threshold] = Matcher(KnowledgeBase.load(), threshold)
    return _MATCHERS[threshold]


@pytest.fixture(autouse=True, scope="session")
def shared_matcher() -> Any:
    """Every application the tests build gets the shared matcher, and keeps no file of it (tests/test_kept_index.py
    tests the kept file)."""
    original = bot.runtime.app.load_index

    def shared(knowledge: Any, threshold: float, folder: Path) -> KeptIndex:
        return KeptIndex(matcher_at(threshold), folder / "not-kept", built=False)

    bot.runtime.app.load_index = shared  # type: ignore[assignment]
    yield
    bot.runtime.app.load_index = original


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    """The shipped knowledge base's matcher at the configured threshold, for the tests that ask it directly."""
    return matcher_at(KnowledgeConfig().confidence_threshold)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    base = load_config(EXAMPLE_CONFIG, environ={})
    return replace(
        base,
        storage=replace(base.storage, database=str(tmp_path / "bot.sqlite3")),
        staff=replace(
            base.staff, coordinator_chat_id=COORDINATOR_CHAT, staff_user_ids=(STAFF_USER, SECOND_STAFF_USER)
        ),
    )


@pytest.fixture
def standin(request: pytest.FixtureRequest) -> StandIn:
    standin = StandIn()
    standin.add_chat(COORDINATOR_CHAT, type="supergroup", title="Coordinators")
    for ngo in Directory.load(EXAMPLE_DIRECTORY).ngos:
        standin.add_chat(ngo.staff_chat_id, type="supergroup", title=ngo.name["en"])
    yield standin  # type: ignore[misc]
    # Every request the bot made must be one the real Telegram would accept, unless the test says otherwise.
    if not request.node.get_closest_marker("refusals_expected"):
        assert not standin.refusals, [(r.method, r.refusal) for r in standin.refusals]


AppFactory = Callable[..., Awaitable[Any]]


@pytest.fixture
async def start_app(config: Config, standin: StandIn, clock: FakeClock) -> AsyncIterator[AppFactory]:
    """Start the bot (and start it again, for restart tests); everything started is stopped at the end."""
    running: list[Any] = []

    async def start(**overrides: Any) -> Any:
        application = build_application(
            overrides.get("config", config),
            request=StandInRequest(standin),
            clock=clock,
            rate_limiter=overrides.get("rate_limiter", False),
            retry_delay=overrides.get("retry_delay", 0.5),
        )
        await application.initialize()
        await application.post_init(application)
        running.append(application)
        return application

    yield start
    for application in running:
        await stop_app(application)


async def stop_app(application: Any) -> None:
    if application.running:
        await application.stop()
    if application.bot_data.has_storage:
        await application.post_shutdown(application)
        await application.shutdown()


@pytest.fixture
async def app(start_app: AppFactory) -> Any:
    return await start_app()


@pytest.fixture
def chat_with(app: Any, standin: StandIn) -> Callable[..., Chat]:
    def make(language: str = "en", user_id: int = 100001, first_name: str = "Aýna") -> Chat:
        return Chat(app, standin, FakeUser(id=user_id, first_name=first_name, language_code=language))

    return make
