"""Webhook mode over loopback: only Telegram's requests with the secret token get in, and each is stored first."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bot.config import ConfigError, load_config
from bot.runtime.polling import InboxProcessor
from bot.runtime.webhook import SECRET_HEADER, WebhookServer
from bot.standin.server import FakeUser, StandIn
from tests.conftest import FakeClock

SECRET = "a-very-secret-token-0123456789"


async def test_webhook_refuses_requests_without_the_secret_and_handles_the_rest(
    app: Any, standin: StandIn
) -> None:
    processor = InboxProcessor(app, app.bot_data.storage)
    server = WebhookServer(processor, secret_token=SECRET, path="/telegram")
    port = await server.start("127.0.0.1", 0)
    user = FakeUser(id=91, first_name="W", language_code="en")
    update = standin.user_message(user, "/start")
    url = f"http://127.0.0.1:{port}/telegram"
    body = json.dumps(update)
    try:
        async with httpx.AsyncClient() as client:
            assert (await client.post(url, content=body)).status_code == 401
            assert (await client.post(url, content=body, headers={SECRET_HEADER: "wrong"})).status_code == 401
            assert (
                await client.post(url + "x", content=body, headers={SECRET_HEADER: SECRET})
            ).status_code == 404
            assert (await client.get(url, headers={SECRET_HEADER: SECRET})).status_code == 405
            assert standin.messages_in(user.id, from_bot=True) == []
            ok = await client.post(url, content=body, headers={SECRET_HEADER: SECRET})
            assert ok.status_code == 200
            again = await client.post(url, content=body, headers={SECRET_HEADER: SECRET})  # Telegram retried
            assert again.status_code == 200
    finally:
        await server.stop()
    assert len(standin.messages_in(user.id, from_bot=True)) == 1
    assert await app.bot_data.storage.unhandled_updates() == []
    assert await app.bot_data.storage.last_update_id() == update["update_id"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[webhook]\nenabled = true\npublic_url = "http://x"\nsecret_token = "' + "a" * 20 + '"\n',
            "public_url",
        ),
        ('[webhook]\nenabled = true\npublic_url = "https://x/telegram"\n', "secret_token"),
    ],
)
def test_webhook_mode_needs_an_https_url_and_a_secret(tmp_path: Any, text: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"\[webhook\] {expected}"):
        load_config(path, environ={})


async def exchange(port: int, data: bytes) -> bytes:
    """Send raw bytes to the server over loopback and read its answer until it closes the connection (bounded)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), 10)
    finally:
        writer.close()


def request(body: bytes, *, secret: bytes = SECRET.encode(), extra: bytes = b"") -> bytes:
    return (
        b"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + (SECRET_HEADER.encode() + b": " + secret + b"\r\n" if secret else b"")
        + extra
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


def status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


@pytest.fixture
async def server(app: Any, clock: FakeClock) -> AsyncIterator[WebhookServer]:
    processor = InboxProcessor(app, app.bot_data.storage)
    server = WebhookServer(
        processor, secret_token=SECRET, path="/telegram", read_timeout=0.5, max_connections=3, clock=clock
    )
    server.port = await server.start("127.0.0.1", 0)  # type: ignore[attr-defined]
    yield server
    await server.stop()


async def test_malformed_webhook_requests_get_a_4xx_without_a_traceback(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.runtime.webhook")
    body = b"{}"
    cases = [
        (request(body, secret="é-ünïcode".encode()), 401),
        (request(body, secret=b"\xff\xfe"), 401),
        (request(body, extra=b"X-Big: " + b"a" * (72 * 1024) + b"\r\n"), 431),
        (request(body).replace(b"Content-Length: 2", b"Content-Length: \xc2\xb2"), 400),
        (request(body).replace(b"Content-Length: 2", b"Content-Length: -1"), 400),
        (request(body).replace(b"Content-Length: 2", b"Content-Length: " + b"9" * 50), 400),
        (request(b"not json"), 400),
        (b"GARBAGE\r\n\r\n", 400),
    ]
    for data, expected in cases:
        assert status(await exchange(server.port, data)) == expected, data[:80]
    assert "Traceback" not in caplog.text and "ERROR" not in caplog.text


async def test_a_slow_webhook_request_is_timed_out_and_closed(server: Any) -> None:
    head_only = request(b"{}").split(b"\r\n\r\n")[0] + b"\r\n"  # the head never ends
    assert status(await exchange(server.port, head_only)) == 408
    slow_body = request(b'{"update_id": 1}').replace(b"Content-Length: 16", b"Content-Length: 100")
    assert status(await exchange(server.port, slow_body)) == 408  # the body never arrives in full


async def test_webhook_connections_are_bounded_and_the_held_ones_still_work(
    server: Any, app: Any, standin: StandIn
) -> None:
    server.read_timeout = 30  # the held connections stay open for the whole test
    idle = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(3)]
    try:
        # Accepted in order: the fourth is refused at once instead of waiting for a file descriptor.
        assert status(await exchange(server.port, request(b"{}"))) == 503
        user = FakeUser(id=92, first_name="W", language_code="en")
        update = json.dumps(standin.user_message(user, "/start")).encode()
        reader, writer = idle[0]
        writer.write(request(update))
        assert status(await asyncio.wait_for(reader.read(), 10)) == 200
    finally:
        for _, writer in idle:
            writer.close()
    assert await app.bot_data.storage.last_update_id() is not None


async def test_refused_webhook_requests_are_logged_once_a_minute_with_a_count(
    server: Any, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.runtime.webhook")
    for _ in range(200):
        assert status(await exchange(server.port, request(b"{}", secret=b""))) == 401
    lines = [r for r in caplog.records if r.name == "bot.runtime.webhook"]
    assert len(lines) == 1
    clock.advance(60)
    assert status(await exchange(server.port, request(b"{}", secret=b"wrong"))) == 401
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.runtime.webhook"]
    assert len(lines) == 2 and "refused 200 request(s)" in lines[1]
