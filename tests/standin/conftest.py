"""Fixtures for the stand-in's own tests. These tests provoke refusals on purpose, so they use
their own StandIn rather than the project-wide fixture that asserts there were none."""

import pytest

from bot.standin.server import FakeUser, StandIn

USER_ID = 4242


@pytest.fixture
def tg() -> StandIn:
    return StandIn()


@pytest.fixture
def user() -> FakeUser:
    return FakeUser(id=USER_ID, first_name="Aýna", username="ayna", language_code="tk")


@pytest.fixture
def chat(tg: StandIn, user: FakeUser) -> int:
    """The user's private chat, known because the user has written to the bot."""
    tg.user_message(user, "/start")
    return user.id
