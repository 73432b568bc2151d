"""Cutting a person's long text into pieces that Telegram takes, at the boundaries a reader expects. No Telegram
here: only its counting (UTF-16 units) and its limit as numbers."""

from __future__ import annotations

MAX_MESSAGE_UNITS = 4096  # Telegram's limit on a message's text
# Where a piece may end, best first: a line, a sentence, a word. Only one in the piece's later half is taken, so
# that no piece comes out nearly empty.
BOUNDARIES = ("\n", ". ", "! ", "? ", "… ", " ")


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
