"""The bot's own long-polling loop with a durable inbox.

python-telegram-bot's Updater confirms updates to Telegram (the next getUpdates offset) before they are handled, so
a crash would lose the fetched-but-unhandled ones. Here every fetched update is stored first (deduplicated by
update_id), confirmed only by the next getUpdates, marked handled when its handling is done, and whatever is left
unhandled is handled at the next start. Updates of one chat are handled in order; different chats concurrently."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.error import NetworkError, RetryAfter, TelegramError, TimedOut

from bot.storage import Storage

log = logging.getLogger(__name__)
MAX_CONCURRENT = 64
BACKOFF_START = 1.0
BACKOFF_MAX = 60.0
READ_TIMEOUT_MARGIN = 10.0  # seconds on top of the long-polling timeout before a getUpdates counts as lost
ALL_TYPES = list(Update.ALL_TYPES)


def inbox_entry(payload: dict[str, Any], bot: Any) -> tuple[Update, str] | None:
    """An update as Telegram sent it, parsed, with the JSON the inbox keeps of it: one layout for polling and the
    webhook, which Storage.forget_person searches. None when python-telegram-bot makes no update of it."""
    update = Update.de_json(payload, bot)
    return None if update is None else (update, inbox_json(payload))


def inbox_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


def ordering_key(update: Update) -> int:
    """Updates with the same key are handled one after another: a person's chat, else the update itself."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return -update.update_id


class OrderedDispatcher:
    """Runs a handler per update: in order within a key, concurrently across keys, at most `limit` at once."""

    def __init__(self, handle: Callable[[Update], Awaitable[None]], limit: int = MAX_CONCURRENT) -> None:
        self._handle = handle
        self._tails: dict[int, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(limit)
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    def submit(self, update: Update) -> None:
        key = ordering_key(update)
        previous = self._tails.get(key)
        task = asyncio.create_task(self._run(update, previous))
        self._tails[key] = task
        self._tasks.add(task)
        task.add_done_callback(lambda done: self._finished(key, done))

    def _finished(self, key: int, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._tails.get(key) is task:
            del self._tails[key]

    async def _run(self, update: Update, previous: asyncio.Task[None] | None) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        async with self._slots:
            if self._closing:
                return  # stopping: not started, so left unhandled in the inbox for the next start
            await self._handle(update)

    async def drain(self, grace: float | None = None) -> None:
        """Wait until every submitted update is handled; with a `grace` (seconds), start no more of them and cancel
        those still running after it: they stay unhandled in the inbox, and the next start handles them."""
        if grace is None:
            while self._tasks:
                await asyncio.wait(list(self._tasks))
            return
        self._closing = True
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=grace)
        left = list(self._tasks)
        for task in left:
            task.cancel()
        if left:
            await asyncio.gather(*left, return_exceptions=True)
            log.warning("stopping: %d update(s) left in the inbox for the next start", len(left))


class InboxProcessor:
    """Handles stored updates and marks them handled; shared by polling and the webhook."""

    def __init__(self, application: Any, storage: Storage, *, grace: float | None = None) -> None:
        self.application = application
        self.storage = storage
        self.dispatcher = OrderedDispatcher(self._handle)
        # seconds the updates in flight get when the bot stops (None: as long as they take)
        self.grace = grace

    async def _handle(self, update: Update) -> None:
        try:
            await self.application.process_update(update)
        except Exception:
            log.exception("update %s could not be handled", update.update_id)
        try:
            await self.storage.mark_handled(update.update_id)
        except Exception:
            # It stays unhandled in the inbox and is handled again at the next start: a repeated reply at worst.
            log.exception("update %s could not be marked handled", update.update_id)

    async def resume(self) -> int:
        """Handle what a previous run stored but did not finish; returns how many."""
        left = await self.storage.unhandled_updates()
        for _, payload in left:
            self.dispatcher.submit(Update.de_json(json.loads(payload), self.application.bot))
        if left:
            log.info("handling %d updates left from the previous run", len(left))
        return len(left)

    async def accept(self, updates: list[tuple[Update, str]]) -> None:
        """Store each update with its JSON as Telegram sent it, then hand over for handling the ones not seen
        before. (The JSON comes along because Update.to_json costs a tenth of the bot's time under load.)"""
        fresh = set(await self.storage.store_updates([(update.update_id, raw) for update, raw in updates]))
        for update, _ in updates:
            if update.update_id in fresh:
                self.dispatcher.submit(update)


class DurablePoller(InboxProcessor):
    def __init__(
        self,
        application: Any,
        storage: Storage,
        *,
        timeout: int = 30,
        limit: int = 100,
        grace: float | None = None,
    ) -> None:
        super().__init__(application, storage, grace=grace)
        self.timeout = timeout
        self.limit = limit

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set, then give the updates in flight the grace (the rest wait in the inbox)."""
        bot = self.application.bot
        await bot.delete_webhook()
        await self.resume()
        last = await self.storage.last_update_id()
        offset = last + 1 if last is not None else None
        backoff = BACKOFF_START
        while not stop.is_set():
            fetch = asyncio.ensure_future(self._fetch(offset))
            stopped = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if fetch not in done:
                fetch.cancel()
                break
            stopped.cancel()
            try:
                updates = fetch.result()
            except RetryAfter as error:
                await _pause(
                    stop, float(error.retry_after if isinstance(error.retry_after, int | float) else 1)
                )
                continue
            except (TimedOut, NetworkError) as error:
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(error).__name__, backoff)
                await _pause(stop, backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)
                continue
            except TelegramError as error:
                log.error("getUpdates refused: %s; retrying in %.0f s", error, BACKOFF_MAX)
                await _pause(stop, BACKOFF_MAX)
                continue
            backoff = BACKOFF_START
            if not updates:
                continue
            await self.accept(updates)
            # Stored: now the next getUpdates may confirm them.
            offset = updates[-1][0].update_id + 1
        await self.dispatcher.drain(self.grace)

    async def _fetch(self, offset: int | None) -> list[tuple[Update, str]]:
        """getUpdates, each update with the JSON the inbox keeps of it."""
        updates = await self.application.bot.get_updates(
            offset=offset,
            limit=self.limit,
            timeout=self.timeout,
            allowed_updates=ALL_TYPES,
            read_timeout=self.timeout + READ_TIMEOUT_MARGIN,
        )
        return [(update, inbox_json(update.to_dict())) for update in updates]


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
