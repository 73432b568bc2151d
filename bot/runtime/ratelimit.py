"""Outgoing requests: Telegram's rate limits and retry_after (python-telegram-bot's AIORateLimiter), plus retries
with backoff for network errors and Telegram's 5xx answers, which AIORateLimiter does not retry."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, *, network_retries: int = 4, first_delay: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.network_retries = network_retries
        self.first_delay = first_delay

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        delay = self.first_delay
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise  # a refusal, not a fault: trying again would be refused again
            except NetworkError as error:
                # A long poll that timed out is normal; the polling loop has its own backoff.
                if attempt == self.network_retries or (
                    isinstance(error, TimedOut) and endpoint == "getUpdates"
                ):
                    raise
                log.warning("%s failed (%s); retry %d in %.1f s", endpoint, error, attempt + 1, delay)
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")
