"""Webhook mode over loopback: only Telegram's requests with the secret token get in, and each is stored first."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from bot.config import ConfigError, load_config
from bot.polling import InboxProcessor
from bot.standin.server import FakeUser, StandIn
from bot.webhook import SECRET_HEADER, WebhookServer

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
