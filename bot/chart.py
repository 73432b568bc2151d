"""The indicators chart as a PNG: the period's figures as horizontal bars, then the trend week by week.

Drawn with Pillow and DejaVu Sans (shipped in bot/fonts, subset to Latin, Cyrillic and punctuation; licence in
bot/fonts/LICENSE), so Russian and Turkmen labels (ä ç ž ň ö ş ü ý) are drawn as written. The chart is laid out for
a phone: 800 pixels wide, text at least 22 pixels high. It knows no language: the caller passes a `Chart` whose
strings are already translated (handlers/indicators.py builds it from the catalogs).

The bot draws in a short-lived child process (`render_in_child`, running `python -m bot.chart`): Pillow, the fonts
and the image buffers (about 16 MB together) are never loaded into the long-running bot, whose memory stays within
its target, and a drawing that goes wrong cannot take the bot down. The chart goes to the child as JSON on its
standard input; the PNG comes back on its standard output.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.ImageDraw import ImageDraw as Draw
    from PIL.ImageFont import FreeTypeFont as Font

Color = tuple[int, int, int]

BACKGROUND: Color = (255, 255, 255)
INK: Color = (33, 37, 41)
MUTED: Color = (108, 117, 125)
RULE: Color = (222, 226, 230)
# Distinguishable with the common forms of colour blindness (Okabe–Ito).
PALETTE: tuple[Color, ...] = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233))

WIDTH = 800
MARGIN = 36
INNER = WIDTH - 2 * MARGIN
TITLE, HEADING, TEXT, SMALL = 40, 30, 27, 22
TITLE_H = 88  # the title's height; each subtitle line adds SUBTITLE_H
SUBTITLE_H = 40
BLOCK_HEADING_H = 52
ROW_H = 44
LABEL_SHARE = 0.42  # of the width, for labels beside their bars; longer ones go above them
LABEL_ABOVE_H = 36
BLOCK_GAP = 22
VALUE_W = 90
TREND_HEADING_H = 104
PANEL_TITLE_H = 48
PLOT_H = 170
VALUE_ROOM = 32  # above the highest bar, for its value
WEEK_LABEL_H = 40
PANEL_GAP = 26


@dataclass(frozen=True)
class Block:
    """Horizontal bars for the period: (label, count), each block scaled to its own largest bar."""

    title: str
    bars: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Series:
    name: str  # in the legend; "" when the panel has one series
    values: tuple[float | None, ...]  # one per week, oldest first; None: nothing to measure
    texts: tuple[str, ...]  # each value as written above its bar


@dataclass(frozen=True)
class Panel:
    title: str
    series: tuple[Series, ...]


@dataclass(frozen=True)
class Chart:
    title: str
    subtitle: tuple[str, ...]  # lines under the title
    blocks: tuple[Block, ...]
    none: str  # written in a block without bars
    trend_title: str
    trend_note: str  # under the trend's title: how to read the weeks
    weeks: tuple[str, ...]  # each week's label under its bars
    panels: tuple[Panel, ...]


@cache
def font(size: int, bold: bool = False) -> Font:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    data = resources.files("bot").joinpath("fonts", name).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), size)


def height(chart: Chart) -> int:
    blocks = sum(
        BLOCK_HEADING_H + _row_height(block) * max(1, len(block.bars)) + BLOCK_GAP for block in chart.blocks
    )
    panel = PANEL_TITLE_H + VALUE_ROOM + PLOT_H + WEEK_LABEL_H + PANEL_GAP
    trend = TREND_HEADING_H + panel * len(chart.panels) if chart.panels else 0
    return TITLE_H + SUBTITLE_H * len(chart.subtitle) + blocks + trend + MARGIN // 2


def render_png(chart: Chart) -> bytes:
    """The chart drawn in this process (the bot uses `render_in_child`)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, height(chart)), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text(
        (MARGIN, MARGIN - 8), fit(chart.title, font(TITLE, True), INNER), font=font(TITLE, True), fill=INK
    )
    y = TITLE_H - 12
    for line in chart.subtitle:
        draw.text((MARGIN, y), fit(line, font(TEXT), INNER), font=font(TEXT), fill=MUTED)
        y += SUBTITLE_H
    y += 12
    for index, block in enumerate(chart.blocks):
        y = _draw_block(draw, y, block, chart.none, PALETTE[index % len(PALETTE)])
    if chart.panels:
        draw.line((MARGIN, y, WIDTH - MARGIN, y), fill=INK, width=2)
        draw.text(
            (MARGIN, y + 18),
            fit(chart.trend_title, font(HEADING, True), INNER),
            font=font(HEADING, True),
            fill=INK,
        )
        draw.text((MARGIN, y + 58), fit(chart.trend_note, font(SMALL), INNER), font=font(SMALL), fill=MUTED)
        y += TREND_HEADING_H
        lone = 0  # panels of one series so far: each gets its own colour
        for panel in chart.panels:
            y = _draw_panel(draw, y, panel, chart.weeks, lone)
            lone += len(panel.series) == 1
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()


def fit(text: str, face: Font, width: float) -> str:
    """`text`, cut with an ellipsis to fit `width` pixels."""
    if face.getlength(text) <= width:
        return text
    while text and face.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _labels_above(block: Block) -> bool:
    return any(font(TEXT).getlength(label) > INNER * LABEL_SHARE for label, _ in block.bars)


def _row_height(block: Block) -> int:
    return ROW_H + LABEL_ABOVE_H if _labels_above(block) else ROW_H


def _draw_block(draw: Draw, y: int, block: Block, none: str, color: Color) -> int:
    draw.text(
        (MARGIN, y + 10), fit(block.title, font(HEADING, True), INNER), font=font(HEADING, True), fill=INK
    )
    draw.line((MARGIN, y + BLOCK_HEADING_H - 4, WIDTH - MARGIN, y + BLOCK_HEADING_H - 4), fill=RULE, width=2)
    y += BLOCK_HEADING_H
    if not block.bars:
        draw.text((MARGIN, y + 6), none, font=font(TEXT), fill=MUTED)
        return y + ROW_H + BLOCK_GAP
    text = font(TEXT)
    above = _labels_above(block)
    label_w = INNER if above else max(text.getlength(label) for label, _ in block.bars)
    left = MARGIN if above else MARGIN + label_w + 16
    room = WIDTH - MARGIN - VALUE_W - left
    largest = max(count for _, count in block.bars) or 1
    for label, count in block.bars:
        draw.text((MARGIN, y + 6), fit(label, text, label_w), font=text, fill=INK)
        y += LABEL_ABOVE_H if above else 0
        length = round(room * count / largest)
        if length:
            draw.rectangle((left, y + 6, left + length, y + ROW_H - 8), fill=color)
        draw.text((left + length + 10, y + 6), str(count), font=text, fill=INK)
        y += ROW_H
    return y + BLOCK_GAP


def _draw_panel(draw: Draw, y: int, panel: Panel, weeks: tuple[str, ...], index: int) -> int:
    # Two series take the first two colours; a lone one cycles through the others, so no panel looks like them.
    colors = PALETTE[:2] if len(panel.series) > 1 else (PALETTE[2 + index % (len(PALETTE) - 2)],)
    title = font(HEADING, True)
    legend_x = float(WIDTH - MARGIN)
    legend = font(SMALL)
    # The legend from the right, then the title in the room left.
    for series, color in reversed(list(zip(panel.series, colors, strict=True))):
        if not series.name:
            continue
        legend_x -= legend.getlength(series.name)
        draw.text((legend_x, y + 16), series.name, font=legend, fill=INK)
        legend_x -= 30
        draw.rectangle((legend_x, y + 18, legend_x + 20, y + 38), fill=color)
        legend_x -= 24
    draw.text((MARGIN, y + 8), fit(panel.title, title, legend_x - MARGIN), font=title, fill=INK)
    top = y + PANEL_TITLE_H + VALUE_ROOM
    base = top + PLOT_H
    slot = INNER / max(1, len(weeks))
    largest = max((value for series in panel.series for value in series.values if value), default=0.0) or 1.0
    count = len(panel.series)
    bar_w = slot * 0.7 / count
    value_font = font(SMALL if count == 1 else SMALL - 4)
    for week, label in enumerate(weeks):
        x0 = MARGIN + slot * week + slot * 0.15
        for number, (series, color) in enumerate(zip(panel.series, colors, strict=True)):
            value = series.values[week]
            left = x0 + bar_w * number
            bar_h = 0 if value is None else round(PLOT_H * value / largest)
            if bar_h:
                draw.rectangle((left, base - bar_h, left + bar_w - 3, base), fill=color)
            text = series.texts[week]
            width = value_font.getlength(text)
            draw.text((left + (bar_w - 3 - width) / 2, base - bar_h - 28), text, font=value_font, fill=INK)
        week_font = font(SMALL)
        center = MARGIN + slot * week + slot / 2
        draw.text((center - week_font.getlength(label) / 2, base + 8), label, font=week_font, fill=MUTED)
    draw.line((MARGIN, base, WIDTH - MARGIN, base), fill=MUTED, width=2)
    return base + WEEK_LABEL_H + PANEL_GAP


class ChartError(RuntimeError):
    """The child process drew no chart."""


CHILD_TIMEOUT = 60.0  # seconds; a few hundred milliseconds is usual


async def render_in_child(chart: Chart, timeout: float = CHILD_TIMEOUT) -> bytes:
    """The chart drawn by `python -m bot.chart` in a child process that exits afterwards (module docstring)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.chart",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        png, errors = await asyncio.wait_for(process.communicate(json.dumps(asdict(chart)).encode()), timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise ChartError(f"no chart after {timeout:.0f} s") from None
    if process.returncode != 0 or not png.startswith(b"\x89PNG"):
        last = errors.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise ChartError(f"the chart process exited with {process.returncode}: {last[0]}")
    return png


def from_json(data: dict[str, Any]) -> Chart:
    return Chart(
        title=data["title"],
        subtitle=tuple(data["subtitle"]),
        blocks=tuple(
            Block(block["title"], tuple((label, count) for label, count in block["bars"]))
            for block in data["blocks"]
        ),
        none=data["none"],
        trend_title=data["trend_title"],
        trend_note=data["trend_note"],
        weeks=tuple(data["weeks"]),
        panels=tuple(
            Panel(
                panel["title"],
                tuple(Series(s["name"], tuple(s["values"]), tuple(s["texts"])) for s in panel["series"]),
            )
            for panel in data["panels"]
        ),
    )


def main() -> None:
    sys.stdout.buffer.write(render_png(from_json(json.loads(sys.stdin.buffer.read()))))


if __name__ == "__main__":
    main()
