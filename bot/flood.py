"""A per-person flood guard: beyond `limit` updates in `window` seconds, warn once, then drop until it calms down.

Kept in memory on purpose: a dropped update must cost no database write."""

from __future__ import annotations

from collections import deque
from enum import Enum

MAX_TRACKED = 50_000


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first update over the limit: tell the person to slow down
    DROP = "drop"


class FloodGuard:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._recent: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int, now: float) -> Verdict:
        recent = self._recent.get(user_id)
        if recent is None:
            if len(self._recent) >= MAX_TRACKED:
                self._forget_idle(now)
            recent = self._recent[user_id] = deque()
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        if len(recent) < self.limit:
            recent.append(now)
            self._warned.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._warned:
            return Verdict.DROP
        self._warned.add(user_id)
        return Verdict.WARN

    def _forget_idle(self, now: float) -> None:
        for user_id in [
            u for u, times in self._recent.items() if not times or times[-1] <= now - self.window
        ]:
            del self._recent[user_id]
            self._warned.discard(user_id)
