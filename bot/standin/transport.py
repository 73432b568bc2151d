"""What both transports share: finding the token and method in a Bot API URL path."""

import json
from collections.abc import Mapping

from bot.standin.errors import UploadedFile
from bot.standin.server import StandIn


def split_bot_path(path: str) -> tuple[str, str] | None:
    """("<token>", "<method>") from a path ending in /bot<token>/<method>, else None."""
    parts = path.split("?", 1)[0].rstrip("/").split("/")
    if len(parts) < 2 or not parts[-2].startswith("bot") or not parts[-1]:
        return None
    return parts[-2].removeprefix("bot"), parts[-1]


def _error(code: int, description: str) -> tuple[int, bytes]:
    body = {"ok": False, "error_code": code, "description": description}
    return code, json.dumps(body).encode()


async def answer(
    standin: StandIn,
    path: str,
    raw: Mapping[str, str | UploadedFile],
) -> tuple[int, bytes]:
    """Answer a request for `path` as api.telegram.org would."""
    target = split_bot_path(path)
    if target is None:
        return _error(404, "Not Found")
    token, method = target
    if standin.token is not None and token != standin.token:
        return _error(401, "Unauthorized")
    return await standin.call(method, raw)
