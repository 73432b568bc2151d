"""An in-process transport: python-telegram-bot talks to a StandIn with no network at all.

Usage::

    ApplicationBuilder().token("123:ABC").request(StandInRequest(s)).get_updates_request(
        StandInRequest(s)
    )
"""

import asyncio
from urllib.parse import urlsplit

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.standin.errors import UploadedFile
from bot.standin.server import StandIn
from bot.standin.transport import answer


class StandInRequest(BaseRequest):
    """A python-telegram-bot request object that hands every request to a StandIn."""

    def __init__(self, standin: StandIn, *, read_timeout: float | None = 5.0) -> None:
        self.standin = standin
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Answer the request in process. Like HTTPXRequest, give up after the read timeout."""
        raw: dict[str, str | UploadedFile] = {}
        if request_data is not None:
            raw.update(request_data.json_parameters)
            for name, (filename, content, _) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                raw[name] = UploadedFile(filename, data)
        if isinstance(read_timeout, int | float):
            timeout: float | None = float(read_timeout)
        elif read_timeout is None:
            timeout = None
        else:
            timeout = self._read_timeout
        # Only a long poll can take time; PTB gives getUpdates its poll timeout plus a margin.
        if timeout is not None and timeout <= 0:
            timeout = None
        try:
            return await asyncio.wait_for(answer(self.standin, urlsplit(url).path, raw), timeout)
        except TimeoutError as error:
            raise TimedOut from error
