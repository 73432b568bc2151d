"""Which of many regular expressions can match a text at all, found without running them all.

The crisis detector has several hundred patterns per language and runs them on every message; nearly all of them
fail on any one text. Each pattern here is filed under the first three letters its matches can begin with, read
from the pattern itself ("\\b(?:beats|beaten)" under "bea"); a text is searched only with the patterns filed under
three letters it contains, and with the few whose beginnings cannot be listed ("\\w+ me"), or whose matches may be
shorter. A pattern is never left out when it could match: a match of three letters or more begins with three
letters the text contains. (Two letters leave a third of the crisis patterns to run on a message; three, a tenth.)

The beginnings are read with `re._parser`, the standard library's own reader of regular expressions (stable since
Python 3.11, when it took over from `sre_parse`); anything it is not sure of files the pattern as "always run"."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# A pattern with more beginnings than this is run always: listing them would cost more than it saves.
MAX_BEGINNINGS = 400
LENGTH = 3  # letters
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_SMALL_CLASS = 12  # a character class of at most this many letters is listed letter by letter


class _Unknown(Exception):
    """The beginnings cannot be listed: the pattern is run on every text."""


def _class_letters(items: Sequence[tuple[Any, Any]]) -> list[str]:
    letters: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            letters.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_CLASS:
            letters.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:  # a negated class, a category (\w, \d), a wide range
            raise _Unknown
    if len(letters) > _SMALL_CLASS:
        raise _Unknown
    return letters


def _beginnings(items: Sequence[tuple[Any, Any]], length: int) -> set[str]:
    """Every string of `length` letters that a match of `items` (followed by anything) can begin with."""
    if length == 0:
        return {""}
    if not items:
        raise _Unknown  # the match may end here, shorter than `length`
    (op, av), rest = items[0], list(items[1:])
    if op in _ZERO_WIDTH:
        # \b, ^, lookaheads and lookbehinds only narrow what matches; leaving them out lists more, never fewer.
        found = _beginnings(rest, length)
    elif op is sre.LITERAL:
        found = {chr(av) + tail for tail in _beginnings(rest, length - 1)}
    elif op is sre.IN:
        tails = _beginnings(rest, length - 1)
        found = {letter + tail for letter in _class_letters(av) for tail in tails}
    elif op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unknown
        found = _beginnings(list(body) + rest, length)
    elif op is sre.ATOMIC_GROUP:
        found = _beginnings(list(av) + rest, length)
    elif op is sre.BRANCH:
        found = set().union(*(_beginnings(list(branch) + rest, length) for branch in av[1]))
    elif op in _REPEATS:
        low, high, body = av
        found = _beginnings(rest, length) if low == 0 else set()
        if high != 0:
            again = (
                [(op, (max(low - 1, 0), high - 1 if high != sre.MAXREPEAT else high, body))]
                if high != 1
                else []
            )
            found |= _beginnings(list(body) + again + rest, length)
    else:  # any character, a category, a back reference
        raise _Unknown
    if len(found) > MAX_BEGINNINGS:
        raise _Unknown
    return found


def beginnings(pattern: re.Pattern[str]) -> set[str] | None:
    """The three-letter beginnings of the pattern's matches, or None when they cannot be listed."""
    if pattern.flags & ~re.UNICODE:
        return None
    try:
        return _beginnings(list(sre_parse.parse(pattern.pattern, pattern.flags)), LENGTH)
    except (_Unknown, RecursionError):
        return None


class PatternIndex(Generic[T]):
    """Items, each with its pattern, found by the three letters at each place in a text. `candidates` gives, in the
    order they were given, the items whose pattern may match the text."""

    def __init__(self, items: Iterable[tuple[re.Pattern[str], T]]) -> None:
        self.items = list(items)
        self.always: list[int] = []
        self.by_beginning: dict[str, list[int]] = {}
        for position, (pattern, _) in enumerate(self.items):
            found = beginnings(pattern)
            if found is None:
                self.always.append(position)
                continue
            for beginning in found:
                self.by_beginning.setdefault(beginning, []).append(position)

    def candidates(self, text: str) -> list[T]:
        positions = set(self.always)
        for beginning in {text[i : i + LENGTH] for i in range(len(text) - LENGTH + 1)}:
            positions.update(self.by_beginning.get(beginning, ()))
        return [self.items[position][1] for position in sorted(positions)]
