"""/hide deletes exactly the chat's messages younger than 48 hours, on both sides, and the ids it kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock


async def test_hide_clears_the_chat_and_leaves_nothing_but_the_case_stays_open(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("работодатель забрал паспорт")
    await chat.send("/sos")
    await chat.press_data(chat.last_reply(), "ho:urgent")
    assert len(standin.messages_in(chat.chat_id)) >= 6
    await chat.send_only("/hide")
    assert standin.messages_in(chat.chat_id) == []  # both sides, the /hide itself included, nothing sent back
    assert await app.bot_data.storage.remembered_messages(chat.chat_id) == []
    assert (await app.bot_data.storage.open_case_for(chat.chat_id)) is not None
    staff_side = standin.messages_in(COORDINATOR_CHAT, from_bot=True)
    assert staff_side  # the staff side keeps its card
    # and learns why the person went quiet: someone may be checking their phone, so nobody writes first
    assert "🙈" in staff_side[-1].text and "#" in staff_side[-1].text


async def test_hide_button_under_the_emergency_message(
    standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/sos")
    message = chat._message_with_button("🙈 Hide this chat")
    await chat.press_data(message, "hide")
    assert standin.messages_in(chat.chat_id) == []


async def test_messages_older_than_48_hours_are_not_touched_and_their_ids_are_purged(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    from bot.runtime.context import BotContext
    from handlers.jobs import purge_expired

    chat = chat_with("en")
    await chat.send("/start")
    old = [m.message_id for m in standin.messages_in(chat.chat_id)]
    clock.advance(49 * 3600)
    standin.advance(49 * 3600)
    await purge_expired(BotContext(app))
    assert await app.bot_data.storage.remembered_messages(chat.chat_id) == []
    await chat.send("/help")
    await chat.send_only("/hide")
    assert [m.message_id for m in standin.messages_in(chat.chat_id)] == old
    assert not [r for r in standin.calls("deleteMessages") if any(i in old for i in r.params["message_ids"])]
