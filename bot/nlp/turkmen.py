"""Turkmen, which no ready-made stemmer covers: strip the common endings (folded the way textnorm folds them)."""

from __future__ import annotations

import re

# Turkmen is agglutinative: a word is a root and a chain of endings. Stripping the common endings (folded the way
# textnorm folds them, longest first) brings "pasportymy", "pasportym" and "pasporty" to one root.
_TK_SUFFIXES = sorted(
    """
    lar ler lary leri larymyz lerimiz laryny lerini larda lerde lardan lerden lara lere laryn lerin
    ym im um yn in ny ni na ne nyn nin myz miz nyz niz ynyz iniz ymyz imiz sy si syny sini
    da de ta te nda nde dan den tan ten ndan nden daky deki ca ce ça
    mak mek maga mage magy megi mag meg maly meli malymy melimi mag my mi mu
    dy di dym dim dyk dik dyn din dyr dir dylar diler ypdyr ipdir updyr
    yar yarin yaryn yarys yarlar yan yanok yamok yarsyn
    jak jek jakdy jekdi ar er mar mer may mey man men maz mez
    yp ip up mayar meyar mady medi manok menok mok mayan meyan mayarlar meyarler madylar mediler manoklar menokler
    """.split(),
    key=len,
    reverse=True,
)
TK_MIN_STEM = 3
TK_MAX_STEM = 7  # longer roots are compounds or endings the list misses: their first letters are enough


# Negative verb endings: "bermeýär" (does not give) must not become "ber" (give), so the stem keeps a mark.
_TK_NEGATIVE = frozenset(
    "mayar meyar mady medi manok menok mok mayan meyan mayarlar meyarler madylar mediler manoklar menokler".split()
)


def stem_turkmen(word: str) -> str:
    """Strip endings until none fits, keeping at least TK_MIN_STEM letters."""
    negative = False
    changed = True
    while changed:
        changed = False
        for suffix in _TK_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= TK_MIN_STEM:
                word = word[: -len(suffix)]
                negative = negative or suffix in _TK_NEGATIVE
                changed = True
                break
    return word[:TK_MAX_STEM] + ("-ma" if negative else "")


# The evidential past ("alypdyrlar": they have taken, it turns out) tells of something done as the plain past
# ("aldylar") does, and the crisis patterns and the model know the plain one. Its ending: a linking vowel after a
# consonant (al-yp, ur-up, diý-ip; none after a vowel: gulpla-p), -pdyr or -pdir, and the person; the plain past
# keeps the writer's harmony (-dy or -di). Latin letters with or without the Turkmen ones, and Cyrillic.
_EVIDENTIAL = re.compile(r"\b(\w{2,}?)[yiuüыиуү]?[pп]([dд][yiыи])[rр](\w*)\b", re.IGNORECASE)
# the plain past's person ending by the evidential's (I, you, we, you all, they), in both alphabets
_PLAIN_PERSON = {
    **{"": "", "lar": "lar", "ler": "ler", "лар": "лар", "лер": "лер"},
    **{"yn": "m", "in": "m", "ын": "м", "ин": "м", "ys": "k", "is": "k", "ыс": "к", "ис": "к"},
    **{"syň": "ň", "siň": "ň", "syn": "n", "sin": "n", "сың": "ң", "сиң": "ң", "сын": "н", "син": "н"},
    **{"syňyz": "ňyz", "siňiz": "ňiz", "synyz": "nyz", "siniz": "niz"},
    **{"сыңыз": "ңыз", "сиңиз": "ңиз", "сыныз": "ныз", "синиз": "низ"},
}
# stems whose "t" is "d" before a vowel: edipdir / etdi, gidipdir / gitdi, ýidipdir / ýitdi
_VOICED = {"ed": "et", "gid": "git", "ýid": "ýit", "yid": "yit", "ед": "ет", "гид": "гит", "ýид": "ýит"}


def plain_past(text: str) -> str:
    """The text with each verb in the evidential past put in the plain past: "pasportymy alypdyrlar" reads as
    "pasportymy aldylar", "urupdyrlar" as "urdular"."""

    def plain(match: re.Match[str]) -> str:
        stem, past, person = match.groups()
        ending = _PLAIN_PERSON.get(person.lower())
        if ending is None:  # not a person ending: "alypdyrlarmy" and the like are left as written
            return match.group()
        return _VOICED.get(stem.lower(), stem) + past + ending

    return _EVIDENTIAL.sub(plain, text)
