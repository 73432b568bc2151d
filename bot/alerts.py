"""Error alerts to the coordinator chat, summarised: counted per exception type as errors happen, and sent by a job
at most once per `interval`, so a burst of errors (or someone causing them on purpose) never holds up other
updates and never floods the chat. Telegram-free."""

from __future__ import annotations

from dataclasses import dataclass

ALERT_INTERVAL_SECONDS = 300


@dataclass(frozen=True)
class AlertSummary:
    total: int
    by_type: tuple[tuple[str, int], ...]  # most frequent first
    update_id: int | None  # of the last error


class ErrorAlerts:
    def __init__(self, interval: float = ALERT_INTERVAL_SECONDS) -> None:
        self.interval = interval
        self._counts: dict[str, int] = {}
        self._update_id: int | None = None
        self._sent_at: float | None = None

    def record(self, error_type: str, update_id: int | None) -> None:
        self._counts[error_type] = self._counts.get(error_type, 0) + 1
        self._update_id = update_id

    def due(self, now: float) -> AlertSummary | None:
        """The errors to report now, or None (nothing new, or an alert went out less than `interval` ago).
        Taking the summary starts the next interval."""
        if not self._counts or (self._sent_at is not None and now - self._sent_at < self.interval):
            return None
        by_type = tuple(sorted(self._counts.items(), key=lambda item: (-item[1], item[0])))
        summary = AlertSummary(sum(self._counts.values()), by_type, self._update_id)
        self._counts, self._sent_at = {}, now
        return summary

    def restore(self, summary: AlertSummary) -> None:
        """The alert could not be sent: count its errors again for the next one."""
        for error_type, count in summary.by_type:
            self._counts[error_type] = self._counts.get(error_type, 0) + count
        if self._update_id is None:
            self._update_id = summary.update_id
