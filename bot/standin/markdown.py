"""Telegram's MarkdownV2 and legacy Markdown, simplified from TDLib's parsers.

The project writes HTML; these parsers exist so that a stray MarkdownV2 message is refused for
the reason Telegram gives (an unescaped reserved character, an unclosed entity) and a valid one
gets the right plain text. Nesting rules and the rarer forms (custom emoji, expandable
blockquotes) are accepted without being modelled exactly.
"""

from bot.standin.errors import BotApiRefusal
from bot.telegram_text import Entity, sorted_entities, utf16_len

_RESERVED_V2 = "_*[]()~`>#+-=|{}.!"
_V2_ENTITIES = {
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
    "`": ("code", "Code"),
    "```": ("pre", "Pre"),
    "[": ("text_link", "TextUrl"),
    "![": ("custom_emoji", "CustomEmoji"),
}


def _refuse(reason: str) -> BotApiRefusal:
    return BotApiRefusal(f"Bad Request: can't parse entities: {reason}")


class _Output:
    """The plain text being built, with its length in UTF-16 code units."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.offset = 0

    def add(self, chars: str) -> None:
        self.pieces.append(chars)
        self.offset += utf16_len(chars)

    def text(self) -> str:
        return "".join(self.pieces)


def _byte_offset(text: str, pos: int) -> int:
    return len(text[:pos].encode("utf-8"))


def _read_url(text: str, pos: int) -> tuple[str, int]:
    """Read "(url)" at pos (the character after "]"); returns the url and the next position."""
    if pos >= len(text) or text[pos] != "(":
        return "", pos
    url: list[str] = []
    pos += 1
    while pos < len(text) and text[pos] != ")":
        if text[pos] == "\\" and pos + 1 < len(text):
            pos += 1
        url.append(text[pos])
        pos += 1
    if pos >= len(text):
        raise _refuse(f"Can't find end of a URL at byte offset {_byte_offset(text, pos)}")
    return "".join(url), pos + 1


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    """Return the plain text and entities of a MarkdownV2 text, or refuse it."""
    out = _Output()
    entities: list[Entity] = []
    # Each open entity: its marker, start offset, byte offset of the marker, pre's language.
    open_entities: list[tuple[str, int, int, str]] = []
    quote_start: int | None = None
    pos = 0
    while pos < len(text):
        char = text[pos]
        at_line_start = pos == 0 or text[pos - 1] == "\n"
        if at_line_start:
            if char == ">" and quote_start is None:
                quote_start = out.offset
            if char != ">" and quote_start is not None:
                _close_quote(entities, quote_start, out)
                quote_start = None
            if char == ">":
                pos += 1
                continue
        if char == "\\" and pos + 1 < len(text) and 0 < ord(text[pos + 1]) < 127:
            out.add(text[pos + 1])
            pos += 2
            continue
        top = open_entities[-1][0] if open_entities else ""
        if top in ("`", "```") and not text.startswith(top, pos):
            out.add(char)
            pos += 1
            continue
        if char not in _RESERVED_V2:
            out.add(char)
            pos += 1
            continue
        marker = _closing_marker(text, pos, top)
        if marker:
            marker_start, offset, _, language = open_entities.pop()
            pos += len(marker)
            entity: Entity = {"type": _V2_ENTITIES[marker_start][0], "offset": offset}
            if language:
                entity["language"] = language
            if marker == "]":
                url, pos = _read_url(text, pos)
                if marker_start == "![":
                    entity["custom_emoji_id"] = url.removeprefix("tg://emoji?id=")
                else:
                    entity["url"] = url or _text_since(out, offset)
            entity["length"] = out.offset - offset
            if entity["length"]:
                entities.append(entity)
            continue
        marker = _opening_marker(text, pos)
        if not marker:
            rule = "is reserved and must be escaped with the preceding '\\'"
            raise _refuse(f"Character '{char}' {rule}")
        at = _byte_offset(text, pos)
        pos += len(marker)
        language = ""
        end = text.find("\n", pos)
        if marker == "```" and end != -1:
            # The rest of the opening line names the language.
            language, pos = text[pos:end].strip(), end + 1
        open_entities.append((marker, out.offset, at, language))
    if open_entities:
        marker, _, at, _ = open_entities[-1]
        raise _refuse(f"Can't find end of {_V2_ENTITIES[marker][1]} entity at byte offset {at}")
    if quote_start is not None:
        _close_quote(entities, quote_start, out)
    return out.text(), sorted_entities(entities)


def _text_since(out: _Output, offset: int) -> str:
    """The plain text produced since a UTF-16 offset (the text of an entity being closed)."""
    text = out.text()
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 :].decode("utf-16-le")


def _close_quote(entities: list[Entity], start: int, out: _Output) -> None:
    end = out.offset
    if out.pieces and out.pieces[-1] == "\n":
        end -= 1
    if end > start:
        entities.append({"type": "blockquote", "offset": start, "length": end - start})


def _closing_marker(text: str, pos: int, top: str) -> str:
    if not top:
        return ""
    expected = {"[": "]", "![": "]"}.get(top, top)
    return expected if text.startswith(expected, pos) else ""


def _opening_marker(text: str, pos: int) -> str:
    for marker in ("```", "||", "__", "![", "*", "_", "~", "`", "["):
        if text.startswith(marker, pos):
            return marker
    return ""


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Return the plain text and entities of a legacy Markdown text, or refuse it."""
    out = _Output()
    entities: list[Entity] = []
    pos = 0
    types = {"*": "bold", "_": "italic", "`": "code", "[": "text_link"}
    while pos < len(text):
        char = text[pos]
        if char == "\\" and pos + 1 < len(text) and text[pos + 1] in "_*`[":
            out.add(text[pos + 1])
            pos += 2
            continue
        if char not in types:
            out.add(char)
            pos += 1
            continue
        begin = pos
        kind = types[char]
        end_marker = {"[": "]"}.get(char, char)
        if text.startswith("```", pos):
            kind, end_marker = "pre", "```"
            pos += 3
        else:
            pos += 1
        offset = out.offset
        end = text.find(end_marker, pos)
        if end == -1:
            at = _byte_offset(text, begin)
            raise _refuse(f"Can't find end of the entity starting at byte offset {at}")
        out.add(text[pos:end])
        pos = end + len(end_marker)
        entity: Entity = {"type": kind, "offset": offset, "length": out.offset - offset}
        if kind == "text_link":
            url, pos = _read_url(text, pos)
            entity["url"] = url or text[begin + 1 : end]
        if entity["length"]:
            entities.append(entity)
    return out.text(), sorted_entities(entities)
