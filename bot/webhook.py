"""Webhook mode: a small HTTP server behind the operator's reverse proxy (which terminates TLS).

Telegram's request is checked for the secret token, the update is stored in the durable inbox, and only then is
HTTP 200 returned: an update Telegram was told we have is never lost. Anything else gets 401/400/404/405."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from bot.polling import InboxProcessor, inbox_entry

log = logging.getLogger(__name__)
SECRET_HEADER = "x-telegram-bot-api-secret-token"
MAX_BODY = 1 << 20


class WebhookServer:
    def __init__(self, processor: InboxProcessor, *, secret_token: str, path: str = "/telegram") -> None:
        self.processor = processor
        self.secret_token = secret_token
        self.path = path
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> int:
        self._server = await asyncio.start_server(self._serve, host, port)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await self.processor.dispatcher.drain()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status = await self._one_request(reader)
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, UnicodeDecodeError):
            status = 400
        except Exception:
            log.exception("webhook request failed")
            status = 500
        reason = {
            200: "OK",
            400: "Bad Request",
            401: "Unauthorized",
            404: "Not Found",
            405: "Method Not Allowed",
            413: "Payload Too Large",
            500: "Internal Server Error",
        }[status]
        writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
        try:
            await writer.drain()
        finally:
            writer.close()

    async def _one_request(self, reader: asyncio.StreamReader) -> int:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if target.split("?", 1)[0] != self.path:
            return 404
        if method != "POST":
            return 405
        if not hmac.compare_digest(headers.get(SECRET_HEADER, ""), self.secret_token):
            log.warning("webhook request without the right secret token refused")
            return 401
        length = int(headers.get("content-length", "0"))
        if length > MAX_BODY:
            return 413
        payload: Any = json.loads(await reader.readexactly(length))
        entry = inbox_entry(payload, self.processor.application.bot)
        if entry is None:
            return 400
        await self.processor.accept([entry])  # stored before the 200 goes back
        return 200
