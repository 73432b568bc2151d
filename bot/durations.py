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
    return _quantile(sorted(values), fraction)


def _quantile(ordered: Sequence[float], fraction: float) -> float | None:
    if not ordered:
        return None
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def spread(seconds: Sequence[int]) -> Spread:
    minutes = sorted(value / 60 for value in seconds)  # sorted once for both quantiles
    return Spread(len(minutes), _quantile(minutes, 0.5), _quantile(minutes, 0.9))
