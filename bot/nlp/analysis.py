"""Text → the terms the matcher counts: word stems per language, with stop words dropped and typos mended.

A message is read as Russian, English or Turkmen (Latin, or Cyrillic transliterated), whichever of them knows more
of its words; that language's stemmer and stop words are then used. The knowledge base itself is analysed the same
way, language by language, so both sides meet on the same stems."""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.nlp.profiles import PROFILES, profile
from bot.nlp.textnorm import fold, has_cyrillic, readings, turkmen_cyrillic_to_latin

MAX_WORDS = 80  # a 4,096-character message is read only this far: enough to know what it is about
# Words seen → stems: most questions reuse the same few thousand words. Building the index fills about 17,600; the
# rest is room for the words people use that the examples do not. Bounded because every stranger's typo is new: at
# 100,000 the cache grew the process by some 27 MB over months of unseen words, beyond what the benchmark sees.
STEM_CACHE_SIZE = 32_768
MIN_CORRECTABLE = 4  # shorter words have too many neighbours one typo away to guess which was meant
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def normal_word(word: str, language: str) -> str:
    """One spelling per word form (see each language's profile)."""
    return profile(language).normal_word(word)


def stem(word: str, language: str) -> str:
    return profile(language).stem(word)


def raw_words(text: str) -> list[str]:
    """Lower-case words in order, digits and one-letter words left out."""
    text = unicodedata.normalize("NFKC", text).lower().replace("'", "").replace("’", "")
    return [w for w in _WORD.findall(text) if len(w) > 1][:MAX_WORDS]


def _deleted_key(text: str) -> int:
    # A stable 32-bit key (Python's own hash changes from process to process, and the index is kept between starts).
    return zlib.crc32(text.encode())


@dataclass
class Vocabulary:
    """The normal word forms one language uses in the knowledge base, for guessing the language and mending typos."""

    language: str
    counts: Counter[str]
    words: tuple[str, ...]  # the same words, the most frequent first
    # Every word with one letter dropped, as sorted keys (_deleted_key) beside the index in `words` of the most frequent
    # word it came from: some 110,000 of them in three languages, held in two arrays instead of a dictionary of
    # strings (about 12 MB less). Two different keys that collide only add a candidate that _one_typo then refuses.
    deleted_keys: array[int]
    deleted_from: array[int]

    @classmethod
    def build(cls, language: str, texts: Iterable[str]) -> Vocabulary:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(normal_word(w, language) for w in raw_words(_script_for(text, language)))
        words = tuple(word for word, _ in counts.most_common())
        first: dict[str, int] = {}
        for index, word in enumerate(words):
            if len(word) >= MIN_CORRECTABLE:
                for variant in _deletes(word):
                    first.setdefault(variant, index)
        pairs = sorted((_deleted_key(variant), index) for variant, index in first.items())
        keys, sources = array("I", (key for key, _ in pairs)), array("I", (index for _, index in pairs))
        return cls(language, counts, words, keys, sources)

    def _deleted(self, variant: str) -> list[str]:
        """The known words that give `variant` with one letter dropped (the most frequent one for each)."""
        key, keys = _deleted_key(variant), self.deleted_keys
        start = bisect_left(keys, key)
        return [self.words[self.deleted_from[i]] for i in range(start, bisect_right(keys, key, start))]

    def correct(self, word: str) -> str:
        """The most frequent known word one typo (a letter missing, extra, wrong, or two swapped) away, else ""."""
        if len(word) < MIN_CORRECTABLE:
            return ""
        candidates = set(self._deleted(word))  # the word misses a letter
        for variant in _deletes(word):
            if variant in self.counts:  # the word has a letter too many
                candidates.add(variant)
            candidates.update(self._deleted(variant))  # a wrong letter, or two swapped
        found = [c for c in candidates if _one_typo(word, c)]
        return max(found, key=lambda c: (self.counts[c], c), default="")


def _one_typo(a: str, b: str) -> bool:
    """True if b is a with one letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        rest = a[start + 1 :] == b[start + 1 :]
        swapped = a[start : start + 2] == b[start : start + 2][::-1] and a[start + 2 :] == b[start + 2 :]
        return rest or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _script_for(text: str, language: str) -> str:
    reads = profile(language).reads_cyrillic
    return turkmen_cyrillic_to_latin(text.lower()) if reads and has_cyrillic(text) else text


# How often a stop word of a language typed in Latin letters is taken to be used: as a common word, so that "ya"
# (я) outweighs Turkmen's "ýa" (or) typed without its letter, but not English's "to" or "my".
STOP_WORD_SHARE = 0.003
# Known words it takes to say a text is clearly in one language: "да" or "ok visa" is not enough.
CLEAR_LANGUAGE_WORDS = 3
# Letters in a sequence: long enough to carry meaning, short enough to survive endings and typos.
LETTER_GRAM = 4
# Words whose letter sequences are kept. The examples use about 22,600 words, but the common ones are most of the
# lookups: building the index takes no longer with 8,192 kept, and the bot's peak memory is some 7 MB lower.
WORD_GRAMS_CACHE_SIZE = 8_192


def letter_grams(text: str, size: int = LETTER_GRAM) -> Counter[str]:
    """The sequences of `size` letters inside each word, its edges marked ("<pas", "ort>"), folded as Turkmen is.
    Cyrillic is also read as Turkmen Latin, so a Turkmen question typed in Cyrillic meets the Latin examples."""
    grams: Counter[str] = Counter()
    for form in readings(unicodedata.normalize("NFKC", text).lower()):
        for word in raw_words(form):
            grams.update(_word_grams(word, size))
    return grams


@functools.lru_cache(maxsize=WORD_GRAMS_CACHE_SIZE)
def _word_grams(word: str, size: int) -> tuple[str, ...]:
    # Cached: the examples and the questions use the same few thousand words again and again.
    marked = f"<{fold(word)}>"
    return tuple(marked[i : i + size] for i in range(max(1, len(marked) - size + 1)))


@dataclass(frozen=True)
class Reading:
    language: str
    stems: tuple[str, ...]


class Analyzer:
    """Reads text in the most likely language and turns it into stems; one per bot, built from the knowledge base."""

    def __init__(self, texts_by_language: dict[str, list[str]]) -> None:
        """texts_by_language: everything known to be written in each language (the knowledge base, the concepts)."""
        self.vocabularies = {lang: Vocabulary.build(lang, texts) for lang, texts in texts_by_language.items()}
        # A registered language without a profile of its own is read only once it has texts of its own (examples).
        self._languages = [*PROFILES, *(lang for lang in self.vocabularies if lang not in PROFILES)]
        self.stop_words = {
            lang: frozenset(normal_word(w, lang) for w in profile(lang).stop_words.split())
            for lang in self._languages
        }
        self._stem_cache: dict[tuple[str, str], str] = {}
        # Every known word's plain stem, kept: reading the knowledge base asks for the same words again.
        self._known_word_stems = {
            (w, lang): stem(w, lang)
            for lang, vocabulary in self.vocabularies.items()
            for w in vocabulary.counts
        }
        self._word_totals = {lang: max(1, v.counts.total()) for lang, v in self.vocabularies.items()}
        self.known_stems = {lang: set[str]() for lang in self.vocabularies}
        for (_, lang), found in self._known_word_stems.items():
            self.known_stems[lang].add(found)

    def candidates(self, text: str) -> list[str]:
        """The languages a text could be in, by its script."""
        cyrillic = has_cyrillic(text)
        return [
            code
            for code in self._languages
            if (code in PROFILES or self.vocabularies[code].counts)
            and (profile(code).cyrillic == cyrillic or (cyrillic and profile(code).reads_cyrillic))
        ]

    def known_words(self, text: str, *, own: bool = False) -> dict[str, int]:
        """For each candidate language, how many of the text's words it knows (stop words count: they are common).
        `own`: a word counts only for the languages that use it at least as often as any other does, so a Turkmen
        word an English example borrowed ("Türkiýede iş rugsady who does it") stays Turkmen, and a Russian word
        read as Turkmen Cyrillic ("виза", "агент") stays Russian unless Turkmen uses it more."""
        languages = self.candidates(text)
        if own:
            return self._own_known_words(text, languages)
        known: dict[str, int] = {}
        for language in languages:
            vocabulary = self.vocabularies[language].counts
            stops = self.stop_words[language]
            normal = [normal_word(w, language) for w in raw_words(_script_for(text, language))]
            known[language] = sum(1 for w in normal if w in stops or w in vocabulary)
        return known

    def _own_known_words(self, text: str, languages: list[str]) -> dict[str, int]:
        # Word by word, each as every language writes it: Turkmen reads "виза" as "wiza", and only the two forms of
        # the same word can say which language uses it more.
        known = dict.fromkeys(languages, 0)
        for word in dict.fromkeys(raw_words(text)):  # each word once: "sos sos sos" says no more than "sos"
            forms = {language: self._normal_form(word, language) for language in languages}
            uses = {
                language: self.vocabularies[language].counts.get(form, 0) if form else 0
                for language, form in forms.items()
            }
            most = max(uses.values())
            for language, form in forms.items():
                if form and (form in self.stop_words[language] or 0 < uses[language] == most):
                    known[language] += 1
        return known

    def _normal_form(self, word: str, language: str) -> str:
        """One word of a text as `language` reads it (Cyrillic transliterated where it reads Turkmen Cyrillic)."""
        found = raw_words(_script_for(word, language))
        return normal_word(found[0], language) if len(found) == 1 else ""

    def clear_language(self, text: str) -> str | None:
        """The language a text is clearly written in: one that knows at least three of its words (each counted
        once) and at least twice as many as the other reading; None for short or mixed texts."""
        if not has_cyrillic(text) and (typed := self._typed_in_latin(text)) is not None:
            return typed
        known = self.known_words(text, own=True)
        ranked = sorted(known.values(), reverse=True)
        best = ranked[0]
        runner_up = ranked[1] if len(ranked) > 1 else 0
        if best < CLEAR_LANGUAGE_WORDS or best < 2 * runner_up:
            return None
        (language,) = [lang for lang, count in known.items() if count == best]
        return language

    def _typed_in_latin(self, text: str) -> str | None:
        """A language of another script typed in Latin letters (its profile's typed_in_latin): the one whose
        reading is the most used form of at least CLEAR_LANGUAGE_WORDS of the text's words, and of twice as many
        as any other language's, each word counted once. Uses are shares of each language's words, its vocabulary's size apart: Turkmen
        examples borrow "rabotodatel" or "dolg" now and then, Russian uses "работодатель" far more."""
        owned = dict.fromkeys(self.vocabularies, 0)
        for word in dict.fromkeys(raw_words(text.lower())):  # "sos sos sos" is one word, not three
            shares = {language: self._share_of_use(word, language) for language in self.vocabularies}
            most = max(shares.values())
            for language, share in shares.items():
                if 0 < share == most:
                    owned[language] += 1
        for language, own in PROFILES.items():
            others = max((n for other, n in owned.items() if other != language), default=0)
            count = owned.get(language, 0)
            if own.typed_in_latin and count >= CLEAR_LANGUAGE_WORDS and count >= 2 * others:
                return language
        return None

    def _share_of_use(self, word: str, language: str) -> float:
        """How often the language's examples use the Latin word (or, typed in Latin, its own reading of it)."""
        vocabulary, total = self.vocabularies[language].counts, self._word_totals[language]
        translit = profile(language).typed_in_latin
        if not profile(language).cyrillic:
            return vocabulary.get(normal_word(word, language), 0) / total
        if translit is None:
            return 0.0
        forms = [normal_word(form, language) for form in translit(word).split("\n\n")]
        if any(form in self.stop_words[language] for form in forms):
            return STOP_WORD_SHARE  # "ya", "chto": a pronoun or particle of the language, a word too short to count
        # the soft sign Latin letters leave out ("delat" for "делать", "prosit" for "просить")
        return max(vocabulary.get(f, 0) for form in forms for f in (form, form + "ь")) / total

    def guess_languages(self, text: str) -> list[str]:
        """The candidate languages that know the most of the text's words; more than one on a tie, so a question
        like "hotline?" is read both ways rather than guessed."""
        known = self.known_words(text)
        most = max(known.values())
        tied = [language for language, count in known.items() if count == most]
        # Cyrillic that neither reading prefers is Russian, unless it has letters only Turkmen Cyrillic uses:
        # reading "реши уравнение" as Turkmen too only finds false friends.
        if len(tied) > 1 and has_cyrillic(text):
            letters = set(text.lower())
            written = [
                code for code in tied if profile(code).cyrillic or profile(code).cyrillic_markers & letters
            ]
            return written or tied
        return tied

    def readings(self, text: str) -> list[Reading]:
        return [self.read(text, language) for language in self.guess_languages(text)]

    def read(self, text: str, language: str) -> Reading:
        stems = []
        negated = False
        negators = profile(language).negators
        for word in raw_words(_script_for(text, language)):
            word = normal_word(word, language)
            if word in negators:
                negated = True
                continue
            found = self.stem_of(word, language)
            if found:
                # "не платят" is not "платят": the negated verb is a word of its own, as Turkmen's "-ma" already is.
                stems.append(found + "-ma" if negated and not found.endswith("-ma") else found)
                negated = False
        return Reading(language, tuple(stems))

    def stem_of(self, word: str, language: str) -> str:
        """The word's stem; an unknown word is first mended to a known one a typo away; "" for a stop word."""
        key = (word, language)
        cached = self._stem_cache.get(key)
        if cached is None:
            cached = self._find_stem(word, language)
            if len(self._stem_cache) < STEM_CACHE_SIZE:  # bounded: strangers' typos must not grow it forever
                self._stem_cache[key] = cached
        return cached

    def _find_stem(self, word: str, language: str) -> str:
        stops = self.stop_words[language]
        if word in stops:
            return ""
        found = self._known_word_stems.get((word, language)) or stem(word, language)
        if found not in self.known_stems[language]:
            mended = self.vocabularies[language].correct(word)
            if mended in stops:
                return ""
            if mended:
                found = self._known_word_stems.get((mended, language)) or stem(mended, language)
        return found
