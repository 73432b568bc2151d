"""How the hotline numbers are written for a phone."""

from __future__ import annotations

import re

from bot.config import HotlineConfig


def dialable(number: str) -> str:
    """'+993 12 463514' → '+99312463514': written without spaces, every Telegram client makes it tappable."""
    return re.sub(r"[^\d+]", "", number)


def hotline_numbers(config: HotlineConfig) -> str:
    return ", ".join(dialable(number) for number in config.numbers)


def hotline_hours(config: HotlineConfig, language: str) -> str:
    return config.hours.get(language, "")
