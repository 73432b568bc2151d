"""Webhook mode: a small HTTP server behind the operator's reverse proxy (which terminates TLS).

Telegram's request is checked for the secret token, the update is stored in the durable inbox, and only then is
HTTP 200 returned: an update Telegram was told we have is never lost. Anything else gets a 4xx, without a traceback.

The server is reachable by anyone who can reach the proxy, so it is bounded: the request head is at most
MAX_HEADER bytes, the head and the body must each arrive within `read_timeout` seconds, and at most
`max_connections` are open at once (more are answered 503 and closed at once, so idle connections cannot exhaust
file descriptors). The refusal of a request without the secret is logged at most once per LOG_INTERVAL seconds,
with the count since the last line."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any

from bot.runtime.polling import InboxProcessor, inbox_entry

log = logging.getLogger(__name__)
SECRET_HEADER = "x-telegram-bot-api-secret-token"
MAX_BODY = 1 << 20
MAX_HEADER = 16 * 1024
READ_TIMEOUT = 10.0
MAX_CONNECTIONS = 256  # Telegram opens at most 100 (setWebhook max_connections)
LOG_INTERVAL = 60.0
LINGER = 2.0  # seconds to read what is left of a refused request
_LENGTH = re.compile(r"[0-9]{1,8}", re.ASCII)
REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    411: "Length Required",
    413: "Payload Too Large",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class BadRequest(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class WebhookServer:
    def __init__(
        self,
        processor: InboxProcessor,
        *,
        secret_token: str,
        path: str = "/telegram",
        read_timeout: float = READ_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.processor = processor
        self.secret_token = secret_token.encode("ascii")
        self.path = path
        self.read_timeout = read_timeout
        self.max_connections = max_connections
        self.clock = clock
        self.connections = 0
        self._refused = 0  # requests without the secret since the last log line
        self._logged_at: float | None = None
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> int:
        # `limit` bounds the buffer readuntil() may fill while looking for the end of the head.
        self._server = await asyncio.start_server(self._serve, host, port, limit=MAX_HEADER)
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await self.processor.dispatcher.drain()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Counted before the first await: connections are served in the order they were accepted.
        self.connections += 1
        try:
            if self.connections > self.max_connections:
                status = 503
            else:
                status = await self._answer(reader)
            writer.write(
                f"HTTP/1.1 {status} {REASONS[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode()
            )
            await asyncio.wait_for(writer.drain(), self.read_timeout)
            if status not in (200, 408, 503):
                await self._discard(reader, writer)
        except (ConnectionError, TimeoutError):
            pass  # the client went away or does not read: nothing to tell it
        finally:
            self.connections -= 1
            writer.close()

    async def _discard(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Read what is left of a refused request (briefly, and only so much) before closing: closing with unread
        input makes the kernel reset the connection, and the client would lose the answer."""
        if writer.can_write_eof():
            writer.write_eof()
        left = MAX_BODY + MAX_HEADER
        async with asyncio.timeout(min(self.read_timeout, LINGER)):
            while left > 0 and (chunk := await reader.read(min(left, 1 << 16))):
                left -= len(chunk)

    async def _answer(self, reader: asyncio.StreamReader) -> int:
        try:
            return await self._one_request(reader)
        except BadRequest as refusal:
            return refusal.status
        except TimeoutError:
            return 408
        except asyncio.LimitOverrunError:
            return 431
        except (asyncio.IncompleteReadError, ValueError):
            return 400  # a cut-off request, or a body that is not JSON
        except ConnectionError:
            raise
        except Exception:
            log.exception("webhook request failed")  # our fault (e.g. the database): Telegram retries a 500
            return 500

    async def _one_request(self, reader: asyncio.StreamReader) -> int:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.read_timeout)
        except asyncio.LimitOverrunError:
            raise BadRequest(431) from None
        except asyncio.IncompleteReadError as error:
            if len(error.partial) >= MAX_HEADER:
                raise BadRequest(431) from None
            raise
        lines = head.decode("latin-1").split("\r\n")
        request_line = lines[0].split(" ")
        if len(request_line) != 3:
            raise BadRequest(400)
        method, target, _ = request_line
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if target.split("?", 1)[0] != self.path:
            return 404
        if method != "POST":
            return 405
        # Compared as bytes: a header may hold any byte, and compare_digest refuses non-ASCII text.
        if not hmac.compare_digest(headers.get(SECRET_HEADER, "").encode("latin-1"), self.secret_token):
            self._log_refusal()
            return 401
        length_text = headers.get("content-length")
        if length_text is None:
            return 411
        if _LENGTH.fullmatch(length_text) is None:
            return 400
        length = int(length_text)
        if length > MAX_BODY:
            return 413
        body = await asyncio.wait_for(reader.readexactly(length), self.read_timeout)
        payload: Any = json.loads(body)
        entry = inbox_entry(payload, self.processor.application.bot)
        if entry is None:
            return 400
        await self.processor.accept([entry])  # stored before the 200 goes back
        return 200

    def _log_refusal(self) -> None:
        self._refused += 1
        now = self.clock()
        if self._logged_at is None or now - self._logged_at >= LOG_INTERVAL:
            log.warning(
                "webhook: refused %d request(s) without the right secret token since the last such line",
                self._refused,
            )
            self._refused, self._logged_at = 0, now
