"""The queue of updates waiting for getUpdates, with Telegram's offset and long-poll rules."""

import asyncio
from collections.abc import Iterable

from bot.standin.errors import BotApiRefusal
from bot.standin.model import UpdateDict

# Telegram delivers every update type except these unless allowed_updates names them.
_NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_FIRST_UPDATE_ID = 100_000_001


def update_type(update: UpdateDict) -> str:
    """The kind of an update: the name of its one field besides update_id."""
    return next((key for key in update if key != "update_id"), "")


class UpdateQueue:
    """Updates not yet confirmed by the bot, and the long polls waiting for them."""

    def __init__(self) -> None:
        self.pending: list[UpdateDict] = []
        self.allowed: frozenset[str] | None = None
        self._next_id = _FIRST_UPDATE_ID
        self._waiters: set[asyncio.Event] = set()
        self._poll = 0  # which getUpdates request is the current one

    def push(self, update: UpdateDict) -> UpdateDict:
        """Queue an update, giving it the next update_id, and wake a waiting long poll."""
        update["update_id"] = self._next_id
        self._next_id += 1
        self.pending.append(update)
        self._wake()
        return update

    @property
    def waiting(self) -> int:
        """How many long polls are waiting for an update now."""
        return len(self._waiters)

    def drop_all(self) -> None:
        self.pending.clear()

    async def get(
        self, offset: int, limit: int, timeout: float, allowed: Iterable[str] | None
    ) -> list[UpdateDict]:
        """Answer one getUpdates request; a newer request ends this one with 409 Conflict."""
        self._poll += 1
        poll = self._poll
        self._wake()
        if allowed is not None:
            # As in Telegram, an empty list means "the default set" and the choice persists.
            self.allowed = frozenset(allowed) or None
        self._confirm(offset)
        limit = min(max(limit, 1), 100)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0)
        while True:
            ready = self._deliverable()[:limit]
            remaining = deadline - loop.time()
            if ready or remaining <= 0:
                return ready
            await self._wait(remaining)
            if poll != self._poll:
                raise BotApiRefusal(
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                    409,
                )

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self.pending = [u for u in self.pending if _update_id(u) >= offset]
        elif offset < 0:
            self.pending = self.pending[offset:]

    def _deliverable(self) -> list[UpdateDict]:
        # Updates the bot did not ask for are never delivered: Telegram does not keep them.
        self.pending = [u for u in self.pending if self._is_allowed(update_type(u))]
        return list(self.pending)

    def _is_allowed(self, kind: str) -> bool:
        if self.allowed is None:
            return kind not in _NOT_BY_DEFAULT
        return kind in self.allowed

    async def _wait(self, timeout: float) -> None:
        # One event per waiter, so no event outlives the event loop it was awaited in.
        event = asyncio.Event()
        self._waiters.add(event)
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(event)

    def _wake(self) -> None:
        for event in self._waiters:
            event.set()


def _update_id(update: UpdateDict) -> int:
    value = update["update_id"]
    assert isinstance(value, int)
    return value
