"""Medians and percentiles of durations, for the indicators (bot/indicators.py) and the weekly trend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Spread:
    """Median and 90th percentile of durations, in minutes, over `count` cases (None when there are none)."""

    count: int
    median: float | None
    p90: float | None


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The `fraction` quantile with linear interpolation between closest ranks (numpy's default); None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def spread(seconds: Sequence[int]) -> Spread:
    minutes = [value / 60 for value in seconds]
    return Spread(len(minutes), percentile(minutes, 0.5), percentile(minutes, 0.9))
