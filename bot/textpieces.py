"""Cutting a person's long text into pieces that Telegram takes, at the boundaries a reader expects. No Telegram
here: only its counting (UTF-16 units) and its limit as numbers."""

from __future__ import annotations

import unicodedata

MAX_MESSAGE_UNITS = 4096  # Telegram's limit on a message's text
# Where a piece may end, best first: a line, a sentence, a word. Only one in the piece's later half is taken, so
# that no piece comes out nearly empty.
BOUNDARIES = ("\n", ". ", "! ", "? ", "… ", " ")


# Letters and symbols that draw nothing (Hangul fillers, the Mongolian vowel separator, the braille blank): chosen
# for blank names and "empty" messages because they are not whitespace or format characters
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
# Unicode categories that draw nothing: spaces, line breaks, controls, format characters (zero-width ones) and
# marks with nothing to sit on
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"})


def has_visible(text: str) -> bool:
    """Whether the text shows anything at all: a message of zero-width characters alone is an empty one."""
    return any(
        char not in BLANK_CHARACTERS and unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        for char in text
    )


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, room: int) -> list[str]:
    """Cut a person's text into pieces that each fit in `room` UTF-16 units (how Telegram counts), at a line,
    sentence or word boundary where there is one, so a long message is relayed whole instead of being refused.
    The pieces joined are the text."""
    pieces: list[str] = []
    while utf16_units(text) > room:
        cut, units = 0, 0
        for index, char in enumerate(text):
            units += 2 if ord(char) > 0xFFFF else 1
            if units > room:
                break
            cut = index + 1
        for separator in BOUNDARIES:
            at = text.rfind(separator, 0, cut)
            if at > cut // 2:
                cut = at + len(separator)
                break
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text or not pieces else pieces
