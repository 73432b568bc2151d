"""A PNG bar chart of the main indicators, drawn with the standard library only (zlib and struct).

Headless and dependency-free on purpose: the bot runs on small servers where an imaging library (and its fonts) is
one more thing to install and patch. Text uses a built-in 5x7 bitmap font: digits, Latin capitals (lower case is
drawn as capitals) and a few symbols; anything else is drawn as "?". Labels are therefore the data's own ASCII keys
("low", "open", "no_answer"), not translations — the translated figures are in the text summary sent with it.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from bot.indicators import Counts, Indicators

Color = tuple[int, int, int]

BACKGROUND: Color = (255, 255, 255)
INK: Color = (33, 37, 41)
MUTED: Color = (134, 142, 150)
# One colour per section, distinguishable with the common forms of colour blindness (Okabe–Ito).
PALETTE: tuple[Color, ...] = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233))

SCALE = 2  # pixels per font dot
GLYPH_W, GLYPH_H = 5, 7
ADVANCE = (GLYPH_W + 1) * SCALE
WIDTH = 720
MARGIN = 16
LABEL_CHARS = 14
LABEL_W = LABEL_CHARS * ADVANCE
VALUE_W = 8 * ADVANCE
BAR_H = GLYPH_H * SCALE + 2
ROW_H = BAR_H + 6
HEADING_H = GLYPH_H * SCALE + 14
SECTION_GAP = 12

# Each glyph: seven rows of five dots, "#" on.
_FONT_ROWS = {
    "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
    "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
    "2": ".###. #...# ....# ...#. ..#.. .#... #####",
    "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
    "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
    "5": "##### #.... ####. ....# ....# #...# .###.",
    "6": "..##. .#... #.... ####. #...# #...# .###.",
    "7": "##### ....# ...#. ..#.. .#... .#... .#...",
    "8": ".###. #...# #...# .###. #...# #...# .###.",
    "9": ".###. #...# #...# .#### ....# ...#. .##..",
    "A": ".###. #...# #...# ##### #...# #...# #...#",
    "B": "####. #...# #...# ####. #...# #...# ####.",
    "C": ".###. #...# #.... #.... #.... #...# .###.",
    "D": "###.. #..#. #...# #...# #...# #..#. ###..",
    "E": "##### #.... #.... ####. #.... #.... #####",
    "F": "##### #.... #.... ####. #.... #.... #....",
    "G": ".###. #...# #.... #.### #...# #...# .####",
    "H": "#...# #...# #...# ##### #...# #...# #...#",
    "I": ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
    "J": "..### ...#. ...#. ...#. ...#. #..#. .##..",
    "K": "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
    "L": "#.... #.... #.... #.... #.... #.... #####",
    "M": "#...# ##.## #.#.# #.#.# #...# #...# #...#",
    "N": "#...# #...# ##..# #.#.# #..## #...# #...#",
    "O": ".###. #...# #...# #...# #...# #...# .###.",
    "P": "####. #...# #...# ####. #.... #.... #....",
    "Q": ".###. #...# #...# #...# #.#.# #..#. .##.#",
    "R": "####. #...# #...# ####. #.#.. #..#. #...#",
    "S": ".#### #.... #.... .###. ....# ....# ####.",
    "T": "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
    "U": "#...# #...# #...# #...# #...# #...# .###.",
    "V": "#...# #...# #...# #...# #...# .#.#. ..#..",
    "W": "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
    "X": "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
    "Y": "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
    "Z": "##### ....# ...#. ..#.. .#... #.... #####",
    " ": "..... ..... ..... ..... ..... ..... .....",
    "-": "..... ..... ..... ##### ..... ..... .....",
    "_": "..... ..... ..... ..... ..... ..... #####",
    ".": "..... ..... ..... ..... ..... .##.. .##..",
    ",": "..... ..... ..... ..... .##.. ..#.. .#...",
    ":": "..... .##.. .##.. ..... .##.. .##.. .....",
    "%": "##... ##..# ...#. ..#.. .#... #..## ...##",
    "/": "..... ....# ...#. ..#.. .#... #.... .....",
    "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.",
    ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
    "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
    "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
    "=": "..... ..... ##### ..... ##### ..... .....",
    "'": "..#.. ..#.. .#... ..... ..... ..... .....",
    "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
}
FONT: dict[str, tuple[str, ...]] = {char: tuple(rows.split()) for char, rows in _FONT_ROWS.items()}


class Canvas:
    """An RGB image in memory, 8 bits a channel."""

    def __init__(self, width: int, height: int, background: Color = BACKGROUND) -> None:
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(background) * (width * height))

    def fill(self, x: int, y: int, width: int, height: int, color: Color) -> None:
        """Fill a rectangle, clipped to the canvas."""
        left, right = max(0, x), min(self.width, x + width)
        top, bottom = max(0, y), min(self.height, y + height)
        if left >= right or top >= bottom:
            return
        run = bytes(color) * (right - left)
        for row in range(top, bottom):
            start = (row * self.width + left) * 3
            self.pixels[start : start + len(run)] = run

    def text(self, x: int, y: int, text: str, color: Color = INK) -> int:
        """Draw `text` with its top-left corner at (x, y); returns the x after it."""
        for char in text.upper():
            for row, dots in enumerate(FONT.get(char, FONT["?"])):
                for column, dot in enumerate(dots):
                    if dot == "#":
                        self.fill(x + column * SCALE, y + row * SCALE, SCALE, SCALE, color)
            x += ADVANCE
        return x

    def png(self) -> bytes:
        return encode_png(self.width, self.height, bytes(self.pixels))


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """A PNG (truecolour, 8 bits, no interlace) of `rgb`, rows top to bottom."""
    stride = width * 3
    if len(rgb) != stride * height:
        raise ValueError(f"expected {stride * height} bytes of pixels, got {len(rgb)}")
    # Every scanline starts with its filter type; 0 (none) keeps the encoder trivial, zlib does the rest.
    raw = b"".join(b"\x00" + rgb[row * stride : (row + 1) * stride] for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@dataclass(frozen=True)
class Section:
    title: str
    bars: Counts


def sections(indicators: Indicators) -> list[Section]:
    """What the chart shows: network-wide figures only where the chat may see them."""
    found = []
    network = indicators.network
    if network is not None:
        unsure = network.questions - network.questions_confident
        found.append(Section("questions", (("confident", network.questions_confident), ("not sure", unsure))))
        found.append(Section("checklists by risk", network.checklists_by_level))
    found.append(Section("cases by status", indicators.cases.by_status))
    found.append(Section("cases by outcome", indicators.cases.by_outcome))
    return found


def render_png(indicators: Indicators) -> bytes:
    """The chart as PNG bytes: one block of horizontal bars per section, each scaled to its own largest bar."""
    parts = sections(indicators)
    height = MARGIN + HEADING_H + sum(_section_height(part) for part in parts) + MARGIN
    canvas = Canvas(WIDTH, height)
    canvas.text(MARGIN, MARGIN, f"indicators {indicators.period}")
    y = MARGIN + HEADING_H
    for index, part in enumerate(parts):
        _draw_section(canvas, y, part, PALETTE[index % len(PALETTE)])
        y += _section_height(part)
    return canvas.png()


def _section_height(section: Section) -> int:
    return HEADING_H + ROW_H * max(1, len(section.bars)) + SECTION_GAP


def _draw_section(canvas: Canvas, y: int, section: Section, color: Color) -> None:
    canvas.text(MARGIN, y + 4, section.title, MUTED)
    canvas.fill(MARGIN, y + HEADING_H - 4, WIDTH - 2 * MARGIN, 1, MUTED)
    y += HEADING_H
    if not section.bars:
        canvas.text(MARGIN, y, "none", MUTED)
        return
    room = WIDTH - 2 * MARGIN - LABEL_W - VALUE_W
    largest = max(count for _, count in section.bars) or 1
    for label, count in section.bars:
        canvas.text(MARGIN, y + 1, label[:LABEL_CHARS])
        length = round(room * count / largest)
        left = MARGIN + LABEL_W
        canvas.fill(left, y, length, BAR_H, color)
        canvas.text(left + length + ADVANCE // 2, y + 1, str(count))
        y += ROW_H
