"""The stand-in over loopback HTTP, for the real polling loop and PTB's default HTTPXRequest.

Serves ``/bot<token>/<method>`` with form-encoded, JSON or multipart bodies, HTTP/1.1 with
keep-alive. It binds to 127.0.0.1 only: it is a test double, never a server for anyone else.
"""

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from urllib.parse import parse_qsl, urlsplit

from bot.standin.errors import UploadedFile
from bot.standin.server import StandIn
from bot.standin.transport import answer

_LOOPBACK = "127.0.0.1"
_MAX_BODY = 64 * 1024 * 1024


class _Malformed(Exception):
    """A request this server cannot read; the connection is answered with 400 and closed."""


@dataclass
class _Request:
    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    keep_alive: bool = True


class StandInHttpServer:
    """Serve a StandIn at http://127.0.0.1:<port>/bot<token>/<method>."""

    def __init__(self, standin: StandIn) -> None:
        self.standin = standin
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    async def start(self, host: str = _LOOPBACK, port: int = 0) -> str:
        """Start listening; returns the base_url to give python-telegram-bot."""
        if host != _LOOPBACK:
            raise ValueError("the stand-in only listens on 127.0.0.1")
        self._server = await asyncio.start_server(self._serve, host, port)
        bound_port = self._server.sockets[0].getsockname()[1]
        return f"http://{host}:{bound_port}/bot"

    async def stop(self) -> None:
        """Stop listening and close every open connection (including waiting long polls)."""
        if self._server is None:
            return
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                try:
                    request = await _read_request(reader, writer)
                except _Malformed as error:
                    _write_response(writer, 400, _error_body(f"Bad Request: {error}"), False)
                    await writer.drain()
                    break
                if request is None:
                    break
                answered = await self._answer_unless_gone(reader, request)
                if answered is None:
                    break
                status, body = answered
                _write_response(writer, status, body, request.keep_alive)
                await writer.drain()
                if not request.keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away; nothing to answer
        except asyncio.CancelledError:
            # stop() cancels this connection on purpose. Ending normally rather than cancelled
            # keeps asyncio's stream callback (Python 3.11) from logging the cancellation.
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _answer_unless_gone(
        self, reader: asyncio.StreamReader, request: _Request
    ) -> tuple[int, bytes] | None:
        """Answer, unless the client hangs up first: then the request is abandoned, unanswered.

        A client that gives up on a long poll (PTB stopping its Updater) must not leave a poll
        behind that the next getUpdates would end with 409 Conflict, nor a recorded refusal.
        HTTP/1.1 clients send nothing while they wait, so anything read here means "gone".
        """
        answering = asyncio.ensure_future(self._answer(request))
        hang_up = asyncio.ensure_future(reader.read(1))
        try:
            await asyncio.wait({answering, hang_up}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (answering, hang_up):
                if not task.done():
                    task.cancel()
            # Let the cancelled read release the reader before the next request is read.
            await asyncio.wait({answering, hang_up})
        if answering.cancelled():
            return None
        return answering.result()

    async def _answer(self, request: _Request) -> tuple[int, bytes]:
        if request.method not in ("GET", "POST"):
            return 405, _error_body("Method Not Allowed", 405)
        url = urlsplit(request.target)
        raw: dict[str, str | UploadedFile] = dict(parse_qsl(url.query, keep_blank_values=True))
        try:
            raw.update(_decode_body(request))
        except (ValueError, UnicodeDecodeError) as error:
            return 400, _error_body(f"Bad Request: can't parse the request body: {error}")
        return await answer(self.standin, url.path, raw)


async def _read_request(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> _Request | None:
    """Read one HTTP/1.1 request, or None when the client closed the connection."""
    line = await reader.readline()
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _Malformed("malformed request line")
    request = _Request(method=parts[0].upper(), target=parts[1])
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n"):
            break
        if not line:
            raise asyncio.IncompleteReadError(b"", None)
        name, _, value = line.decode("latin-1").partition(":")
        request.headers[name.strip().lower()] = value.strip()
    connection = request.headers.get("connection", "").lower()
    # HTTP/1.1 keeps the connection open unless told otherwise; HTTP/1.0 closes it.
    is_http_11 = parts[2] == "HTTP/1.1"
    request.keep_alive = connection != "close" if is_http_11 else connection == "keep-alive"
    if request.headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    if "chunked" in request.headers.get("transfer-encoding", "").lower():
        request.body = await _read_chunked(reader)
    else:
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > _MAX_BODY:
            raise _Malformed("bad Content-Length")
        request.body = await reader.readexactly(int(length))
    return request


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_line = (await reader.readline()).split(b";", 1)[0].strip()
        try:
            size = int(size_line, 16)
        except ValueError:
            raise _Malformed("bad chunk size") from None
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readline()


def _decode_body(request: _Request) -> dict[str, str | UploadedFile]:
    """The parameters of a request body, in the wire form `StandIn.call` takes."""
    if not request.body:
        return {}
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/x-www-form-urlencoded":
        return dict(parse_qsl(request.body.decode("utf-8"), keep_blank_values=True))
    if media_type == "application/json":
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("a JSON body must be an object")
        # Strings stay plain, everything else travels JSON-encoded, as in a form.
        return {key: _wire(value) for key, value in data.items()}
    if media_type == "multipart/form-data":
        return _decode_multipart(content_type, request.body)
    raise ValueError(f"unsupported Content-Type {content_type!r}")


def _decode_multipart(content_type: str, body: bytes) -> dict[str, str | UploadedFile]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("malformed multipart body")
    params: dict[str, str | UploadedFile] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a multipart part has no name")
        content = part.get_payload(decode=True)
        assert isinstance(content, bytes)
        filename = part.get_filename()
        if filename is None:
            params[name] = content.decode(part.get_content_charset() or "utf-8")
        else:
            params[name] = UploadedFile(filename, content)
    return params


def _error_body(description: str, code: int = 400) -> bytes:
    return json.dumps({"ok": False, "error_code": code, "description": description}).encode()


def _wire(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _write_response(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes,
    keep_alive: bool,
) -> None:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
    )
    writer.write(head.encode("latin-1") + body)
