"""A few typed words read as one of a question's answers: "юрист нужен", "dine şu çatda", "не звоните", "adymy
görkezme". Each answer has its words (its buttons' own in the three languages, and their synonyms); a message counts
when every word in it is one of those, a word typed around an answer ("нужен", "please", "gerek") or a "not", and its
words name exactly one answer. A word outside them all (a question's "бесплатно", "how much") and the message is no
answer: it is read as usual.

Each word is compared folded (bot.nlp.textnorm.fold) and by its stem, in every reading of the message: Cyrillic as
Russian and as Turkmen typed in it, Latin as typed and as Russian written in Latin letters ("tolko chat")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.nlp.analysis import stem
from bot.nlp.textnorm import fold, has_cyrillic, russian_from_latin, turkmen_cyrillic_to_latin, typed_whole

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A Turkmen verb says "not" right after its stem: "görkez" (show), "görkezme", "görkezmäň" (don't show). A word whose
# stem is an answer's word and whose ending starts so is that answer turned round ("-mak", "-mek": the plain verb).
_TURKMEN_NOT = re.compile(r"m(?!ak|ek)")
_HARD_INFINITIVE = re.compile(r"(?<=[аяие])т\b")


def words_of(text: str) -> list[str]:
    """The folded words of a text, an apostrophe inside a word kept out ("don't" is "dont")."""
    return _WORD.findall(typed_whole(text).replace("'", ""))


def readings(text: str) -> list[list[str]]:
    """The words of each way to read a message: as typed; Cyrillic also as Turkmen typed in it; Latin also as Russian
    typed in Latin letters (each of its readings)."""
    lower = text.lower()
    if has_cyrillic(lower):
        others = [turkmen_cyrillic_to_latin(lower)]
    else:
        others = russian_from_latin(lower).split("\n\n")
        # Russian typed in Latin letters leaves out an infinitive's soft sign: "ne pokazyvat" is "не показывать";
        # read with it too, the reading without it kept ("advokat" is "адвокат")
        others += [soft for reading in others if (soft := _HARD_INFINITIVE.sub("ть", reading)) != reading]
    return [words_of(text), *(words_of(other) for other in others)]


def _keys(word: str) -> list[str]:
    """The forms a word is compared by, in order: itself and its stem (Russian for Cyrillic; Turkmen, then English
    for Latin)."""
    languages = ("ru",) if has_cyrillic(word) else ("tk", "en")
    return list(dict.fromkeys([word, *(stem(word, language) for language in languages)]))


@dataclass(frozen=True)
class Reading:
    """What the words of a message say at a question: the answers they name (each word that names only one), and
    whether a "not" is among them."""

    named: frozenset[str]
    negated: bool


class Vocabulary:
    """The words of each answer of one question, the words typed around an answer, and the words that say "not"."""

    def __init__(
        self,
        answers: Mapping[str, Iterable[str]],
        around: Iterable[str],
        negations: Iterable[str],
        own: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """`answers`: each answer's phrases (its buttons' labels, its words), whose words typed around an answer and
        "not"s are left out; `own`: words of an answer kept even where they are typed around others ("можно" is a yes to "may we call")."""
        self._negations = frozenset(fold(word) for word in negations)
        self._around = frozenset(fold(word) for word in around) - self._negations
        self._exact: dict[str, set[str]] = {}
        self._stems: dict[str, set[str]] = {}
        for answer, phrases in answers.items():
            for phrase in phrases:
                for word in words_of(phrase):
                    if word not in self._negations and word not in self._around:
                        self._add(answer, word)
        for answer, phrases in (own or {}).items():
            for phrase in phrases:
                for word in words_of(phrase):
                    if word not in self._negations:
                        self._add(answer, word)

    def _add(self, answer: str, word: str) -> None:
        self._exact.setdefault(word, set()).add(answer)
        for key in _keys(word):
            self._stems.setdefault(key, set()).add(answer)

    def read(self, words: list[str]) -> Reading | None:
        """The answers these words name, or None when a word is none of the question's, none typed around an answer
        and no "not"."""
        named: set[str] = set()
        negated = False
        for word in words:
            answers = self._exact.get(word)
            if answers is None and word in self._negations:
                negated = True
                continue
            if answers is None:
                answers, turned = self._by_stem(word)
                negated = negated or turned
            if not answers:
                if word in self._around:
                    continue
                return None
            if len(answers) == 1:
                named |= answers
        return Reading(frozenset(named), negated)

    def _by_stem(self, word: str) -> tuple[set[str], bool]:
        """The answers whose words share this word's stem, and whether its ending is a Turkmen "not"."""
        for key in _keys(word):
            answers = self._stems.get(key)
            if answers:
                ending = word[len(key) :] if word.startswith(key) else ""
                return answers, not has_cyrillic(word) and _TURKMEN_NOT.match(ending) is not None
        return set(), False

    def knows(self, word: str) -> bool:
        """Whether the word is an answer's, one typed around an answer, or a "not"."""
        return (
            word in self._negations
            or word in self._around
            or word in self._exact
            or bool(self._by_stem(word)[0])
        )
