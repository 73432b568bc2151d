"""How the hotline numbers are written for a phone."""

from __future__ import annotations

import re

from bot.config import HotlineConfig


def dialable(number: str) -> str:
    """'+993 12 463514' → '+99312463514': written without spaces, every Telegram client makes it tappable."""
    return re.sub(r"[^\d+]", "", number)


def example_numbers(config: HotlineConfig) -> list[str]:
    """The configured numbers that are the example's (config.example.toml's, as the built-in settings hold them),
    however they are spaced: by content, so a copied or retyped example is still the example."""
    shipped = {dialable(number) for number in HotlineConfig().numbers}
    return [number for number in config.numbers if dialable(number) in shipped]


def hotline_numbers(config: HotlineConfig) -> str:
    return ", ".join(dialable(number) for number in config.numbers)


def hotline_hours(config: HotlineConfig, language: str) -> str:
    return config.hours.get(language, "")
