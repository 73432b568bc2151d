"""Text normalisation for matching: one spelling for the many ways people type the same word.

Turkmen is often typed without its special letters, with Turkish or Russian habits, or in the Cyrillic alphabet;
Russian with or without ё. Everything is folded the same way on both sides (questions and knowledge base), so the
fold only has to be consistent, not reversible."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Turkmen Cyrillic (1940–1993 alphabet, still common among older people) → Turkmen Latin.
_TK_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "w",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "ýo",
    "ж": "j",
    "җ": "j",
    "з": "z",
    "и": "i",
    "й": "ý",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ň",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ç",
    "ш": "ş",
    "щ": "ş",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ә": "ä",
    "ю": "ýu",
    "я": "ýa",
}
# Letters only Turkmen Cyrillic has: their presence tells Turkmen from Russian.
TURKMEN_CYRILLIC_MARKERS = frozenset("әөүңҗ")

# Special letters to plain Latin, and the Turkish and English habits people use in their place.
_LATIN_FOLD = str.maketrans(
    {
        "ä": "a",
        "ç": "c",
        "ž": "z",
        "ň": "n",
        "ö": "o",
        "ş": "s",
        "ü": "u",
        "ý": "y",
        "ı": "y",
        "ğ": "g",
        "â": "a",
        "ê": "e",
        "w": "v",
        "ё": "е",
    }
)
_DIGRAPHS = (("sh", "s"), ("ch", "c"), ("zh", "z"), ("yy", "y"))
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


# A message is read by a dozen checks (danger, requests, places, the matcher), each asking for the same spellings of
# it, and the knowledge base's words are folded again and again: the last texts' spellings are kept, in memory only.
SPELLINGS_CACHE_SIZE = 1024


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


# Cyrillic е is "ýe" where a syllable starts with it (word start, after a vowel or a hard/soft sign): "ер" → "ýer".
_YE_AFTER = frozenset("аеёиоуыэюяәөүъь")


@lru_cache(maxsize=SPELLINGS_CACHE_SIZE)
def turkmen_cyrillic_to_latin(text: str) -> str:
    out = []
    previous = " "
    for char in text:
        if char in "еЕ" and (not previous.isalpha() or previous.lower() in _YE_AFTER):
            out.append("ýe" if char == "е" else "Ýe")
        else:
            out.append(_TK_CYRILLIC.get(char, char))
        previous = char
    return "".join(out)


@lru_cache(maxsize=SPELLINGS_CACHE_SIZE)
def fold(text: str) -> str:
    """Lower case, one Unicode form, special letters and digraphs folded."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_LATIN_FOLD)
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    return text


def typed_whole(text: str) -> str:
    """A whole message as the tables of words typed instead of pressed read it ("Да!", "ýok.", "don’t know"):
    folded, the punctuation around it dropped, its spaces single, its apostrophe plain."""
    return " ".join(fold(text).replace("’", "'").strip(" .!?,;:)(-").split())


def words(text: str) -> list[str]:
    """The folded words of a text, in order (numbers and one-letter words left out)."""
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 and not w.isdigit()]


def readings(text: str) -> list[str]:
    """The ways to read a text: Cyrillic may be Russian or Turkmen, so it is also read as Turkmen Latin."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if not has_cyrillic(folded):
        return [text]
    return [text, turkmen_cyrillic_to_latin(folded)]


def forms(text: str) -> list[str]:
    """Each reading folded, and the text as typed in lower case: what a pattern of words written either way (with
    the special letters or without) is searched in."""
    return [*(fold(reading) for reading in readings(text)), text.lower()]


# Latin → Cyrillic for Russian typed in Latin letters (longest spellings first).
_TRANSLIT = (
    *(
        ("shch", "щ"),
        ("tsya", "тся"),  # the reflexive ending: "hochetsya", "boitsya"
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("ya", "я"),
        ("ja", "я"),
        ("yu", "ю"),
        ("ju", "ю"),
        ("yo", "е"),
        ("jo", "е"),
        ("ye", "е"),
        ("je", "е"),
        ("aer", "аэр"),
        ("iy", "ий"),
        ("yi", "ый"),
        ("'", "ь"),
        ("č", "ч"),  # Czech-style letters some use for Russian ("lučše", "kaša")
        ("š", "ш"),
        ("ž", "ж"),
        ("@", "а"),  # "izn@silovali": a letter hidden from filters
    ),
    *zip("abvwgdezijklmnoprstufhxcqy4", "абввгдезийклмнопрстуфххцкыч", strict=True),
)
_TRANSLIT_RE = re.compile("|".join(re.escape(latin) for latin, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
_LATIN_WORD = re.compile(r"[a-z'4čšž@]*[a-zčšž][a-z'4čšž@]*")
_LATIN_J = re.compile(r"[a-z]j|j[a-z]")
_AFTER_VOWEL_Y = re.compile(r"([аоуеиы])ы(?![аоуеиыэюя])")


@lru_cache(maxsize=SPELLINGS_CACHE_SIZE)
def russian_from_latin(text: str) -> str:
    """Russian typed in Latin letters ("vozit lyudey"), in Cyrillic; `text` in lower case. Many write ж as j ("muj",
    "derjat", "jit"): a text with a j in a Latin word is read both ways, the two readings on separate lines so that no
    pattern spans them."""

    def letters(latin: str) -> str:
        return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group()], latin)

    def word(match: re.Match[str]) -> str:
        return letters(match.group())

    def word_j(match: re.Match[str]) -> str:
        return "ж".join(map(letters, match.group().split("j")))

    cyrillic = _AFTER_VOWEL_Y.sub("\\1й", _LATIN_WORD.sub(word, text))
    if not _LATIN_J.search(text):
        return cyrillic
    return cyrillic + "\n\n" + _AFTER_VOWEL_Y.sub("\\1й", _LATIN_WORD.sub(word_j, text))
