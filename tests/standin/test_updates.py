"""getUpdates: offsets confirm updates, limits cut, long polls wait for the next update."""

import asyncio

from bot.standin.server import FakeUser, StandIn
from tests.standin.support import ok, refused


async def until_polling(standin: StandIn, polls: int = 1) -> None:
    """Let the event loop run until `polls` long polls wait (a yield, not a timed sleep)."""
    for _ in range(1000):
        if standin.updates.waiting >= polls:
            return
        await asyncio.sleep(0)
    raise AssertionError("the long poll never started waiting")


async def test_updates_wait_until_confirmed_by_offset(tg: StandIn, user: FakeUser) -> None:
    first = tg.user_message(user, "/start campaign_42")
    second = tg.user_message(user, "Salam")
    updates = await ok(tg, "getUpdates")
    assert [u["update_id"] for u in updates] == [first["update_id"], second["update_id"]]
    assert updates[0]["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    # Without a higher offset nothing is confirmed: the same updates come again.
    assert await ok(tg, "getUpdates") == updates
    assert await ok(tg, "getUpdates", offset=second["update_id"]) == [second]
    assert await ok(tg, "getUpdates", offset=second["update_id"] + 1) == []
    assert tg.updates.pending == []


async def test_limit_and_negative_offset(tg: StandIn, user: FakeUser) -> None:
    texts = [f"m{i}" for i in range(5)]
    for text in texts:
        tg.user_message(user, text)
    assert [u["message"]["text"] for u in await ok(tg, "getUpdates", limit=2)] == ["m0", "m1"]
    # A negative offset keeps only the last -offset updates and forgets the others.
    assert [u["message"]["text"] for u in await ok(tg, "getUpdates", offset=-2)] == ["m3", "m4"]
    assert len(tg.updates.pending) == 2


async def test_short_poll_returns_at_once(tg: StandIn) -> None:
    assert await ok(tg, "getUpdates", timeout=0) == []


async def test_long_poll_returns_as_soon_as_an_update_arrives(tg: StandIn, user: FakeUser) -> None:
    poll = asyncio.create_task(ok(tg, "getUpdates", timeout=50))
    await until_polling(tg)
    update = tg.user_message(user, "hello")
    assert await asyncio.wait_for(poll, 5) == [update]
    assert tg.updates.waiting == 0


async def test_a_second_poller_ends_the_first_with_409(tg: StandIn, user: FakeUser) -> None:
    first = asyncio.create_task(tg.call("getUpdates", {"timeout": "50"}))
    await until_polling(tg)
    second = asyncio.create_task(ok(tg, "getUpdates", timeout=50))
    status, body = await asyncio.wait_for(first, 5)
    assert status == 409 and b"terminated by other getUpdates request" in body
    await until_polling(tg)
    update = tg.user_message(user, "x")
    assert await asyncio.wait_for(second, 5) == [update]


async def test_get_updates_conflicts_with_a_webhook(tg: StandIn) -> None:
    await ok(tg, "setWebhook", url="https://bot.example.org/hook")
    assert (await ok(tg, "getWebhookInfo"))["url"] == "https://bot.example.org/hook"
    status, description = await refused(tg, "getUpdates")
    assert status == 409 and "webhook is active" in description
    await ok(tg, "deleteWebhook")
    assert await ok(tg, "getUpdates") == []


async def test_drop_pending_updates(tg: StandIn, user: FakeUser) -> None:
    tg.user_message(user, "old")
    assert (await ok(tg, "getWebhookInfo"))["pending_update_count"] == 1
    await ok(tg, "deleteWebhook", drop_pending_updates=True)
    assert await ok(tg, "getUpdates") == []


async def test_allowed_updates_filter_and_persist(tg: StandIn, user: FakeUser) -> None:
    tg.user_message(user, "text")
    await ok(
        tg,
        "sendMessage",
        chat_id=user.id,
        text="?",
        reply_markup={"inline_keyboard": [[{"text": "a", "callback_data": "a"}]]},
    )
    message = tg.last_message(user.id)
    assert message is not None
    tg.user_press(user, message, "a")
    updates = await ok(tg, "getUpdates", allowed_updates=["callback_query"])
    assert [next(k for k in u if k != "update_id") for u in updates] == ["callback_query"]
    tg.user_message(user, "ignored too")
    assert [u["update_id"] for u in await ok(tg, "getUpdates")] == [updates[0]["update_id"]]


async def test_chat_member_updates_need_to_be_asked_for(tg: StandIn) -> None:
    tg.raw_update({"chat_member": {}})
    assert await ok(tg, "getUpdates") == []


async def test_location_and_raw_updates(tg: StandIn, user: FakeUser) -> None:
    location = tg.user_location(user, 37.95, 58.38)
    assert location["message"]["location"] == {"latitude": 37.95, "longitude": 58.38}
    odd = tg.raw_update({"update_id": 1, "edited_message": {"message_id": 1}})
    assert odd["update_id"] == location["update_id"] + 1
    assert [u["update_id"] for u in await ok(tg, "getUpdates")] == [
        location["update_id"],
        odd["update_id"],
    ]


async def test_commands_get_a_bot_command_entity(tg: StandIn, user: FakeUser) -> None:
    for text, length in [("/start", 6), ("/start@SafeMigrationDemoBot x", 27), ("/case 12", 5)]:
        entities = tg.user_message(user, text)["message"]["entities"]
        assert entities == [{"type": "bot_command", "offset": 0, "length": length}]
    for text in ("start", "a /start", "/"):
        assert "entities" not in tg.user_message(user, text)["message"]


async def test_user_replies_carry_the_replied_message(tg: StandIn, user: FakeUser) -> None:
    tg.add_chat(-5, type="supergroup", title="Staff")
    await ok(tg, "sendMessage", chat_id=-5, text="Case 3")
    card = tg.last_message(-5)
    assert card is not None
    staff = FakeUser(id=900001, first_name="Staff")
    update = tg.user_message(staff, "We can help", chat_id=-5, reply_to=card)
    assert update["message"]["reply_to_message"]["text"] == "Case 3"
    assert update["message"]["chat"]["id"] == -5
