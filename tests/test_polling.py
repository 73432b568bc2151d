"""The durable inbox: updates are stored before they are confirmed, handled once, and resumed after a crash."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from bot.runtime.polling import DurablePoller, OrderedDispatcher
from bot.standin.server import FakeUser, StandIn


async def run_poller(app: Any, standin: StandIn, until: Any) -> None:
    stop = asyncio.Event()
    poller = DurablePoller(app, app.bot_data.storage, timeout=1)
    task = asyncio.create_task(poller.run(stop))
    await standin.wait_until(until, timeout=10)
    stop.set()
    await task


async def test_updates_are_handled_and_their_text_dropped_from_the_inbox(app: Any, standin: StandIn) -> None:
    users = [FakeUser(id=10 + i, first_name="P", language_code="en") for i in range(5)]
    for user in users:
        standin.user_message(user, "/start")
    await run_poller(app, standin, lambda: all(standin.messages_in(u.id, from_bot=True) for u in users))
    assert await app.bot_data.storage.unhandled_updates() == []
    storage = app.bot_data.storage
    counts = await storage.run(
        lambda db: db.fetchone("SELECT COUNT(*), COUNT(payload), COUNT(handled_at) FROM inbox")
    )
    assert counts is not None and tuple(counts) == (5, 0, 5)


async def test_stored_but_unhandled_updates_are_handled_after_a_restart_and_once_only(
    app: Any, standin: StandIn
) -> None:
    # A previous run fetched and stored these, then died before handling them; Telegram still has them too,
    # because their offset was never confirmed.
    user = FakeUser(id=77, first_name="P", language_code="ru")
    first = standin.user_message(user, "/start")
    second = standin.user_message(user, "/help")
    bot = app.bot
    stored = [(u["update_id"], Update.de_json(u, bot).to_json()) for u in (first, second)]
    assert await app.bot_data.storage.store_updates(stored) == [first["update_id"], second["update_id"]]
    await run_poller(app, standin, lambda: len(standin.messages_in(user.id, from_bot=True)) >= 2)
    replies = standin.messages_in(user.id, from_bot=True)
    assert len(replies) == 2  # redelivered by getUpdates, but not handled twice
    assert replies[0].text.startswith("Здравствуйте") and "Что я умею" in replies[1].text


async def test_updates_of_one_chat_are_handled_in_order_and_chats_concurrently() -> None:
    order: list[tuple[int, int]] = []
    gate = asyncio.Event()
    started_second_chat = asyncio.Event()

    async def handle(update: Update) -> None:
        chat = update.effective_chat.id if update.effective_chat else 0
        if chat == 1 and update.update_id == 1:
            await gate.wait()  # the first update of chat 1 is slow
        if chat == 2:
            started_second_chat.set()
        order.append((chat, update.update_id))

    def message(update_id: int, chat: int) -> Update:
        return Update.de_json(
            {
                "update_id": update_id,
                "message": {
                    "message_id": update_id,
                    "date": 0,
                    "chat": {"id": chat, "type": "private"},
                    "text": "x",
                },
            },
            None,
        )

    dispatcher = OrderedDispatcher(handle)
    for update_id, chat in ((1, 1), (2, 1), (3, 2)):
        dispatcher.submit(message(update_id, chat))
    await started_second_chat.wait()  # chat 2 is not held up by chat 1's slow update
    gate.set()
    await dispatcher.drain()
    assert order == [(2, 3), (1, 1), (1, 2)]


async def test_a_failure_to_mark_an_update_handled_is_logged_and_the_next_ones_still_get_answers(
    app: Any, standin: StandIn, monkeypatch: Any, caplog: Any
) -> None:
    storage = app.bot_data.storage
    mark = storage.mark_handled
    failed: list[int] = []

    async def flaky(update_id: int) -> None:
        if not failed:
            failed.append(update_id)
            raise OSError("disk I/O error")
        await mark(update_id)

    monkeypatch.setattr(storage, "mark_handled", flaky)
    user = FakeUser(id=88, first_name="P", language_code="en")
    standin.user_message(user, "/start")
    standin.user_message(user, "/help")
    await run_poller(app, standin, lambda: len(standin.messages_in(user.id, from_bot=True)) >= 2)
    assert "could not be marked handled" in caplog.text
    # Left unhandled in the inbox, so the next start handles it again rather than losing it.
    assert [update_id for update_id, _ in await storage.unhandled_updates()] == failed
