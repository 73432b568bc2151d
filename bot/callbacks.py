"""One strict parser for button payloads and staff command arguments.

A modified client can send any callback data (up to 64 bytes) and any command argument, so nothing from them goes
to `int()` or to the database unchecked. Each function returns a typed value or None; None means "out of date or
forged", which the handler answers quietly. Telegram-free: the prefixes stay with their handlers."""

from __future__ import annotations

import re

MAX_CALLBACK_BYTES = 64  # Telegram's limit on callback data
MAX_INTEGER = 2**63 - 1  # SQLite's INTEGER is a signed 64-bit number
# Fields are words of the payload between ":": ids, codes and numbers, ASCII only.
_FIELD = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
_NUMBER = re.compile(r"[0-9]{1,19}", re.ASCII)


def number(text: str) -> int | None:
    """A non-negative whole number written in ASCII digits that SQLite can store, or None ("²", "١٢", 50 digits)."""
    if _NUMBER.fullmatch(text) is None:
        return None
    value = int(text)
    return value if value <= MAX_INTEGER else None


def fields(data: str | None, prefix: str, count: int) -> tuple[str, ...] | None:
    """The `count` ":"-separated words after `prefix`, or None when the payload has another shape."""
    if data is None or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES or not data.startswith(prefix):
        return None
    parts = tuple(data[len(prefix) :].split(":"))
    if len(parts) != count or not all(_FIELD.fullmatch(part) for part in parts):
        return None
    return parts


def word(data: str | None, prefix: str) -> str | None:
    """`prefix<word>`: "lang:ru", "kb:passport-safety", "ho:ngo:ngo-ashgabat"."""
    parts = fields(data, prefix, 1)
    return parts[0] if parts else None


def words(data: str | None, prefix: str) -> tuple[str, str] | None:
    """`prefix<word>:<word>`: "ho:fv:ahal:legal", "fb:topic:y"."""
    parts = fields(data, prefix, 2)
    return (parts[0], parts[1]) if parts else None


def numbered(data: str | None, prefix: str) -> int | None:
    """`prefix<number>`: "st:claim:12", "cl:b:3"."""
    found = word(data, prefix)
    return number(found) if found is not None else None


def numbered_word(data: str | None, prefix: str) -> tuple[int, str] | None:
    """`prefix<number>:<word>`: "st:out:12:helped", "cl:a:3:yes"."""
    parts = words(data, prefix)
    value = number(parts[0]) if parts else None
    return (value, parts[1]) if parts and value is not None else None


def case_argument(args: list[str] | None) -> int | None:
    """The case number of a staff command: exactly one argument, "12" or "#12"."""
    if not args or len(args) != 1:
        return None
    return number(args[0].removeprefix("#"))
