"""Helpers for the stand-in's own tests: requests in PTB's wire form, and decoded answers."""

import json
from typing import Any

from bot.standin.errors import UploadedFile
from bot.standin.server import StandIn

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (2).to_bytes(4, "big") * 2 + b"\x00" * 8


def wire(**params: Any) -> dict[str, str | UploadedFile]:
    """Parameters as python-telegram-bot sends them: strings plain, the rest JSON-encoded."""
    return {
        name: value if isinstance(value, str | UploadedFile) else json.dumps(value)
        for name, value in params.items()
    }


async def call(standin: StandIn, method: str, **params: Any) -> tuple[int, Any]:
    """Call a method; returns the HTTP status and the result (or the error description)."""
    status, body = await standin.call(method, wire(**params))
    answer = json.loads(body)
    assert answer["ok"] == (status == 200)
    return status, answer["result"] if answer["ok"] else answer["description"]


async def ok(standin: StandIn, method: str, **params: Any) -> Any:
    """Call a method that must succeed; returns its result."""
    status, result = await call(standin, method, **params)
    assert status == 200, result
    return result


async def refused(standin: StandIn, method: str, **params: Any) -> tuple[int, str]:
    """Call a method that must be refused; returns the status and Telegram's description."""
    status, description = await call(standin, method, **params)
    assert status != 200, f"{method} was accepted: {description}"
    return status, description


async def refusal(standin: StandIn, method: str, **params: Any) -> str:
    """Telegram's description of why a request that must be refused was refused."""
    return (await refused(standin, method, **params))[1]


def keyboard(*rows: list[str]) -> dict[str, Any]:
    """An inline keyboard whose buttons carry their label as callback_data."""
    return {"inline_keyboard": [[{"text": t, "callback_data": t} for t in row] for row in rows]}
