"""How the crisis detector (bot/nlp/crisis.py) reads a message before its patterns run; Telegram-free.

A person may write Russian, Turkmen or English whatever their Telegram language, in Cyrillic or Latin letters, so
every message is read three ways and every language's patterns run on the reading made for them:

- `en`: the text in lower case, as typed;
- `ru`: Cyrillic, with Latin-letter words transliterated ("menya byut" → "меня бют"), so one set of Russian patterns
  also covers Russian typed in Latin letters (a j is read both as й and as ж: "muj", "jit"; the patterns allow the
  soft sign to be missing after л and т and before a consonant or a word's end);
- `tk`: Turkmen Latin folded as `bot/textnorm.py` folds it (Cyrillic Turkmen converted, special letters and digraphs
  folded: "urýarlar", "uryarlar" and "урярлар" read the same). Turkmen patterns are written with the special
  letters and folded once, the same way.

Ages written in words read as digits in all three ("fourteen", "пятнадцать", "on dört"), and common typos of the key
words are corrected. `compile_pattern` turns a pattern into the form its reading needs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.nlp.crisis_markers import HARMLESS, HARMLESS_TO_PATTERNS, NUMBER_WORDS, TYPO_TARGETS
from bot.nlp.textnorm import (
    SPELLINGS_CACHE_SIZE,
    fold,
    has_cyrillic,
    russian_from_latin,
    turkmen_cyrillic_to_latin,
)

_TK_FOLDED = ("tk",)
_ESCAPE = re.compile(r"(\\.)")
# A soft sign after л or т, or before a consonant or the end of a word ("убь" needs it: "убивает" is not "убьёт"),
# or a character class, left as it is.
_SOFT_SIGN = re.compile(r"\[[^\]]*\]|(?<=[лт])ь\??|ь\??(?=[бвгджзйклмнпрстфхцчшщ ]|\\b)")


def compile_pattern(pattern: str, language: str) -> re.Pattern[str]:
    # Turkmen patterns are written with the special letters and folded like the text they are matched on.
    # Only the letters are folded, not the escapes (fold would turn \w into \v).
    if language in _TK_FOLDED:
        pattern = "".join(part if part.startswith("\\") else fold(part) for part in _ESCAPE.split(pattern))
    # The soft sign is often left out ("болше", "bolshe", "zhit", "teper"): the patterns do not require it.
    if language == "ru":
        pattern = _SOFT_SIGN.sub(lambda m: m.group() if m.group().startswith("[") else "ь?", pattern)
    return re.compile(pattern)


def compiled(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {language: compile_pattern(pattern, language) for language, pattern in table.items()}


_HARMLESS = compiled(HARMLESS)
_HARMLESS_TO_PATTERNS = compiled(HARMLESS_TO_PATTERNS)
_NUMBER_WORDS = {
    # Turkmen "on" alone (ten) is also the English word: only "on ýaş..." reads as 10.
    "en": (
        re.compile(r"\b(" + "|".join(NUMBER_WORDS["en"]) + r")\b"),
        {w: str(10 + i) for i, w in enumerate(NUMBER_WORDS["en"])},
    ),
    "ru": (
        re.compile(r"\b(" + "|".join(NUMBER_WORDS["ru"]) + r")[ьи]\b"),
        {w: str(10 + i) for i, w in enumerate(NUMBER_WORDS["ru"])},
    ),
    "tk": (
        re.compile(
            r"\b("
            + "|".join(sorted(map(fold, NUMBER_WORDS["tk"][1:]), key=len, reverse=True))
            + r"|on(?= yas))\b"
        ),
        {fold(w): str(10 + i) for i, w in enumerate(NUMBER_WORDS["tk"])},
    ),
}
_TYPO_TARGETS = {
    language: {fold(w) if language in _TK_FOLDED else w for w in words}
    for language, words in TYPO_TARGETS.items()
}
_TYPO_ORDER = {language: tuple(sorted(words)) for language, words in _TYPO_TARGETS.items()}
_TK_LOOSE = str.maketrans("ei", "ay")  # Turkmen typed without ä and ý (crisis_markers.TYPO_TARGETS)
_TK_LOOSE_TARGETS = {target.translate(_TK_LOOSE): target for target in _TYPO_ORDER["tk"]}

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

_TK_KEYBOARD = str.maketrans("ӧӱӓѳұ", "өүәөү")
# On a Russian keyboard ә is typed э inside a word ("ишледйэрлер"); Turkmen spells э only at a word's start.
_TK_INNER_E = re.compile(r"(?<=\w)э")
_TK_LATIN_KEYBOARD = str.maketrans("ñÿə", "ňýä")
_LONG_RUN = re.compile(r"([^\W\d_])\1{2,}")  # a letter held down: "помогииите", "kömek edinnnn"


def readings(text: str, loose: bool = True) -> dict[str, str]:
    """The text as each language's patterns read it (see the module docstring); loose=False for the model, which
    learned Turkmen typed without its letters as it is written and is not refit with every new spelling."""
    return dict(_readings(text, loose))


# The detector, the police-fear check and the sending check each read the same message and its sentences: the last
# texts' readings are kept, in memory only, like the spellings in textnorm.
@lru_cache(maxsize=SPELLINGS_CACHE_SIZE)
def _readings(text: str, loose: bool) -> tuple[tuple[str, str], ...]:
    plain = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("`", "'").replace("ʼ", "'")
    russian = russian_from_latin(plain).replace("ё", "е")
    # ӧ ӱ ӓ are what some keyboards give for Turkmen ө ү ә; ѳ and ұ (Old Cyrillic, Kazakh) are taken for ө and ү.
    turkmen = fold(
        turkmen_cyrillic_to_latin(_TK_INNER_E.sub("ә", plain.translate(_TK_KEYBOARD)))
        if has_cyrillic(plain)
        else plain.translate(_TK_LATIN_KEYBOARD)
    )
    return tuple(
        (
            language,
            _harmless(
                _numbers(_correct(_LONG_RUN.sub(r"\1", text), language, loose), language), language, loose
            ),
        )
        for language, text in (("en", plain), ("ru", russian), ("tk", turkmen))
    )


def _harmless(text: str, language: str, loose: bool) -> str:
    """The reading without its harmless phrases; loose (the patterns'), without those the model was fit before too."""
    text = _HARMLESS[language].sub(" ", text)
    later = _HARMLESS_TO_PATTERNS.get(language) if loose else None
    return later.sub(" ", text) if later else text


def _numbers(text: str, language: str) -> str:
    """Ages written in words read as digits ("fourteen", "четырнадцати", "on dört" → "14"), for MINOR."""
    pattern, values = _NUMBER_WORDS[language]
    return pattern.sub(lambda m: values[m.group(1)], text)


def _correct(text: str, language: str, loose: bool) -> str:
    targets = _TYPO_TARGETS[language]
    return (
        WORD.sub(lambda m: _nearest(m.group(), language, loose) if len(m.group()) >= 6 else m.group(), text)
        if targets
        else text
    )


@lru_cache(maxsize=8192)
def _nearest(word: str, language: str, loose: bool) -> str:
    if word in _TYPO_TARGETS[language]:
        return word
    if loose and language == "tk" and (target := _TK_LOOSE_TARGETS.get(word.translate(_TK_LOOSE))):
        return target
    for target in _TYPO_ORDER[language]:  # in a fixed order: the first target one edit away wins
        if abs(len(target) - len(word)) <= 1 and target[0] == word[0] and _one_edit(word, target):
            return target
    return word


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter inserted, deleted, replaced, or two neighbours swapped."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def word_count(text: str) -> int:
    """The words the model's threshold goes by (bot.nlp.crisis_model: a few words have a stricter one)."""
    return len(WORD.findall(text))
