"""Telegram's HTML subset, parsed the way the Bot API parses it (after TDLib's parse_html); Telegram-free, so the core
checks a catalog's HTML with it (bot/catalog_check.py) and the Bot API stand-in refuses messages with it
(bot/standin/html.py): one parser for both.

It is a little stricter than Telegram where Telegram silently drops what it does not understand (unknown
attributes, ``&name;`` entities, ``<code class="x">``): those are refused, because a message that renders
differently from what its author meant is a bug in the bot.
"""

import re
from dataclasses import dataclass

from bot.telegram_text import Entity, sorted_entities, utf16_len

_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_ATTRIBUTES: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in _SIMPLE_TAGS},
    "span": frozenset({"class"}),
    "a": frozenset({"href"}),
    "tg-emoji": frozenset({"emoji-id"}),
    "tg-time": frozenset({"unix", "format"}),
    "code": frozenset({"class"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_CHARACTER_REFERENCE = re.compile(r"&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z]+))(;?)")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_SPACE = " \t\n\r\f\v"


class HtmlRefused(ValueError):
    """Text that Telegram would refuse to send as HTML; `reason` in the words of the Bot API's error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_html(text: str) -> tuple[str, list[Entity]]:
    """Return the plain text and entities of an HTML-formatted text, or raise HtmlRefused."""
    return _HtmlParser(text).parse()


def _refuse(reason: str) -> HtmlRefused:
    return HtmlRefused(reason)


@dataclass
class _OpenTag:
    name: str
    attributes: dict[str, str]
    offset: int  # UTF-16 offset in the plain text
    text_start: int  # index in the output pieces, for <a> without href


class _HtmlParser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.pieces: list[str] = []
        self.offset = 0
        self.entities: list[Entity] = []
        self.open_tags: list[_OpenTag] = []

    def parse(self) -> tuple[str, list[Entity]]:
        source = self.source
        while self.pos < len(source):
            char = source[self.pos]
            if char == "&":
                decoded = self._character_reference()
                if decoded is not None:
                    self._emit(decoded)
                    continue
            if char == "&":
                self._emit(char)
                self.pos += 1
            elif char != "<":
                # Plain text up to the next tag or reference, in one step rather than a character at a time.
                end = _next_markup(source, self.pos)
                self._emit(source[self.pos : end])
                self.pos = end
            elif source.startswith("</", self.pos):
                self._end_tag()
            else:
                self._start_tag()
        if self.open_tags:
            name = self.open_tags[-1].name
            raise _refuse(f'Can\'t find end tag corresponding to start tag "{name}"')
        for entity in self.entities:
            # Only "pre" carries a language; a lone <code class="language-x"> loses it.
            if entity["type"] == "code":
                entity.pop("language", None)
        return "".join(self.pieces), sorted_entities(self.entities)

    def _emit(self, chars: str) -> None:
        self.pieces.append(chars)
        self.offset += utf16_len(chars)

    def _byte_offset(self, pos: int) -> int:
        return len(self.source[:pos].encode("utf-8"))

    def _character_reference(self) -> str | None:
        """Decode ``&...;`` at the cursor; None leaves a bare "&" to be taken literally."""
        match = _CHARACTER_REFERENCE.match(self.source, self.pos)
        if match is None:
            return None
        hex_digits, decimal, name, semicolon = match.groups()
        if name is not None:
            if name not in _NAMED_ENTITIES:
                if not semicolon:
                    return None  # "AT&T": Telegram keeps the ampersand as it is
                at = self._byte_offset(self.pos)
                raise _refuse(f'Unsupported HTML entity "&{name};" at byte offset {at}')
            decoded = _NAMED_ENTITIES[name]
        else:
            code = int(hex_digits, 16) if hex_digits else int(decimal)
            if code == 0 or code >= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                return None
            decoded = chr(code)
        self.pos = match.end()
        return decoded

    def _skip_space(self) -> None:
        while self.pos < len(self.source) and self.source[self.pos] in _SPACE:
            self.pos += 1

    def _peek(self) -> str:
        return self.source[self.pos] if self.pos < len(self.source) else ""

    def _start_tag(self) -> None:
        begin = self.pos
        at = self._byte_offset(begin)
        self.pos += 1
        while self._peek() and self._peek() not in _SPACE and self._peek() != ">":
            self.pos += 1
        if not self._peek():
            raise _refuse(f"Unclosed start tag at byte offset {at}")
        name = self.source[begin + 1 : self.pos].lower()
        if name not in _ATTRIBUTES:
            raise _refuse(f'Unsupported start tag "{name}" at byte offset {at}')
        attributes: dict[str, str] = {}
        while True:
            self._skip_space()
            if not self._peek():
                raise _refuse(f"Unclosed start tag at byte offset {at}")
            if self._peek() == ">":
                self.pos += 1
                break
            attribute, value = self._attribute(name, at)
            if attribute not in _ATTRIBUTES[name]:
                unsupported = f'Unsupported attribute "{attribute}" in the tag "{name}"'
                raise _refuse(f"{unsupported} at byte offset {at}")
            attributes[attribute] = value
        self._check_start_tag(name, attributes, at)
        self.open_tags.append(_OpenTag(name, attributes, self.offset, len(self.pieces)))

    def _attribute(self, tag: str, at: int) -> tuple[str, str]:
        start = self.pos
        while self._peek() and self._peek() not in _SPACE and self._peek() not in "=>":
            self.pos += 1
        attribute = self.source[start : self.pos]
        if not attribute:
            raise _refuse(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
        self._skip_space()
        if self._peek() != "=":
            if tag == "blockquote" and attribute == "expandable":
                return attribute, ""
            if not self._peek():
                raise _refuse(f'Unclosed start tag "{tag}" at byte offset {at}')
            expected = f'Expected equal sign in declaration of an attribute of the tag "{tag}"'
            raise _refuse(f"{expected} at byte offset {at}")
        self.pos += 1
        self._skip_space()
        quote = self._peek()
        if not quote:
            raise _refuse(f'Unclosed start tag "{tag}" at byte offset {at}')
        if quote not in "\"'":
            token = _NAME_TOKEN.match(self.source, self.pos)
            assert token is not None  # the pattern also matches the empty string
            self.pos = token.end()
            if self._peek() and self._peek() not in _SPACE + ">":
                at_token = self._byte_offset(self.pos)
                raise _refuse(f"Unexpected end of name token at byte offset {at_token}")
            return attribute, token.group().lower()
        self.pos += 1
        value: list[str] = []
        while self._peek() and self._peek() != quote:
            decoded = self._character_reference() if self._peek() == "&" else None
            if decoded is None:
                value.append(self._peek())
                self.pos += 1
            else:
                value.append(decoded)
        if not self._peek():
            raise _refuse(f"Unclosed start tag at byte offset {at}")
        self.pos += 1
        return attribute, "".join(value)

    def _check_start_tag(self, name: str, attributes: dict[str, str], at: int) -> None:
        if name == "span" and attributes.get("class") != "tg-spoiler":
            raise _refuse(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        if name == "code" and not attributes.get("class", "language-x").startswith("language-"):
            raise _refuse(f'Tag "code" may only have class "language-..." at byte offset {at}')
        if name == "tg-emoji" and not attributes.get("emoji-id", "").isdigit():
            raise _refuse("Invalid custom emoji identifier specified")
        if name == "tg-time" and not attributes.get("unix", "").lstrip("-").isdigit():
            raise _refuse("Invalid Unix time specified")

    def _end_tag(self) -> None:
        begin = self.pos
        at = self._byte_offset(begin)
        if not self.open_tags:
            raise _refuse(f"Unexpected end tag at byte offset {at}")
        self.pos += 2
        while self._peek() and self._peek() not in _SPACE and self._peek() != ">":
            self.pos += 1
        name = self.source[begin + 2 : self.pos].lower()
        self._skip_space()
        if self._peek() != ">":
            raise _refuse(f"Unclosed end tag at byte offset {at}")
        self.pos += 1
        tag = self.open_tags.pop()
        if name != tag.name:
            expected = f'expected "</{tag.name}>", found "</{name}>"'
            raise _refuse(f"Unmatched end tag at byte offset {at}, {expected}")
        if self.offset > tag.offset:
            self._add_entity(tag)

    def _add_entity(self, tag: _OpenTag) -> None:
        entity: Entity = {"type": "", "offset": tag.offset, "length": self.offset - tag.offset}
        attributes = tag.attributes
        if tag.name in _SIMPLE_TAGS:
            entity["type"] = _SIMPLE_TAGS[tag.name]
        elif tag.name == "a":
            # <a> without href links to its own text, as in Telegram.
            url = attributes.get("href") or "".join(self.pieces[tag.text_start :])
            entity.update(type="text_link", url=url)
        elif tag.name == "tg-emoji":
            entity.update(type="custom_emoji", custom_emoji_id=attributes["emoji-id"])
        elif tag.name == "tg-time":
            entity.update(type="date_time", unix_time=int(attributes["unix"]))
            if "format" in attributes:
                entity["date_time_format"] = attributes["format"]
        elif tag.name == "blockquote":
            is_expandable = "expandable" in attributes
            entity["type"] = "expandable_blockquote" if is_expandable else "blockquote"
        elif tag.name == "code":
            entity["type"] = "code"
            if "class" in attributes:
                entity["language"] = attributes["class"].removeprefix("language-")
        else:  # pre, possibly wrapping a <code class="language-..."> of the same extent
            entity["type"] = "pre"
            last = self.entities[-1] if self.entities else None
            if (
                last is not None
                and last["type"] == "code"
                and (last["offset"], last["length"]) == (entity["offset"], entity["length"])
            ):
                self.entities.pop()
                if "language" in last:
                    entity["language"] = last["language"]
        self.entities.append(entity)


def _next_markup(source: str, start: int) -> int:
    """The index of the next "<" or "&" at or after `start`, or the end of the text."""
    ends = [i for i in (source.find("<", start), source.find("&", start)) if i >= 0]
    return min(ends) if ends else len(source)
