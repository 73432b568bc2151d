"""The crisis detector's second opinion: a naive Bayes model over letter sequences and word stems, Telegram-free.

The patterns (bot/nlp/crisis.py) know the ways of saying danger someone wrote down; this model has learned from the
development set's lines (tests/data/crisis/dev, crisis and ordinary, and the matcher's off-topic lines) which pieces
of words tell of danger, so it also flags a message said in words no pattern knows. It reads the `tk` and `ru`
readings of the text (bot.nlp.crisis.readings: Turkmen folded, Russian in Cyrillic), so spelling, keyboard and script
matter little, and counts:
- the letter sequences of 3 to 5 letters inside each word (with its edges: " urý", "ýar "),
- each word's first 5 letters (a stem), and each pair of neighbouring stems ("не вы", "don le").
The names of places (PLACES: the countries and cities people go to) are read as one word, "⌂": writers put Antalya
or Dubai in more crisis lines than ordinary ones, and a model that learned them read "I live in Antalya now with my
family" as danger; where a person is tells nothing of whether they are safe.

The crisis score is the mean of the terms' log-likelihood ratios, crisis over ordinary (add-¼ smoothing), so a short
message and a long one are judged alike (with 20 terms of weight 0 added, so that two or three words alone weigh
less); the message is flagged above a threshold chosen by 5-fold cross-validation on the development set (at most 1 % of its ordinary
lines flagged). A message of two to five words has its own, stricter threshold, chosen the same way among the ordinary
lines of that length: on so few words the mean follows single words ("they took my passport" reads as danger at the
threshold of a sentence), yet "dermanlary içdim hemmesini" must not wait for a pattern. One word is the patterns' alone. The kind is the most likely of the seven under a second naive Bayes over the crisis lines alone.

Terms are hashed (CRC-32) into fixed tables of small integers (weights in steps of 1/20), so the model is one small
file loaded at once and scoring is a few hundred additions. `python -m bot crisis-fit` trains it and writes
MODEL_FILE (bot/nlp/crisis_fit.py); a test checks that the shipped file is what training gives today."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.nlp.crisis_patterns import CrisisKind

MODEL_NAME = "crisis_model.bin"
FORMAT = 2
SCALE = 20  # a stored weight is round(weight × SCALE), clipped to a signed byte
BUCKETS = 1 << 19  # crisis-or-not table
KIND_BUCKETS = 1 << 16  # one row of kind weights (KINDS) per bucket
# The kinds the model may name: not MEDICAL, which the patterns alone tell (bot/nlp/crisis_fit.py leaves its lines out).
KINDS = tuple(kind for kind in CrisisKind if kind is not CrisisKind.MEDICAL)
STEM = 5
# How far, in stored weight per term, the kind named after a ruled-out CHILD must lead the next (CrisisModel.kind):
# on the lines the model alone flags, those under it are mostly ordinary ones (bench/README.md)
CLEAR_LEAD = 1.0
PRIOR_TERMS = 20
MIN_WORDS = 2  # a message of one word is left to the patterns (bot.nlp.crisis FRAGMENTS)
SENTENCE_WORDS = 6  # from this many words a message is judged against the sentence threshold
# (6 rather than 5: in cross-validation on the dev set the model then flags 2-3 points more crisis lines at the same 1 %
# of ordinary lines, and "second: I am in Antalya" on an open case is no longer made urgent)
_WORD = re.compile(r"[^\W_]+")
# Beginnings of place names as the readings spell them (Turkmen reading: folded Latin; Russian reading: Cyrillic).
PLACES = re.compile(
    r"(?:antaly|antalý|istanbul|ystanbul|stambul|izmir|ankara|alanya|alaný|mersin|trabzon|dubai|dubaý|dubay|sharj"
    r"|şarja|emirat|türki|turki|turkey|turkiý|russia|russi|rossi|orsýet|moskw|moskv|moscow|kazan|peterburg|piter"
    r"|novosibir|ekaterinb|yekaterin|samara|krasnodar|sochi|kazakh|gazagyst|almaty|astana|aktau|belarus|minsk|polan"
    r"|polş|polsh|polsa|warsaw|warşaw|cyprus|kipr|lefko|nicosi|girne|kyreni|korea|koreý|korey|seoul|seul|katar|qatar"
    r"|doha|saudi|kuwait|bahrain|german|europ|ýewrop|amerik|americ|israel|china|hytaý|thailand|malaysi|cambodi|myanmar"
    r"|анталь|анталий|анталия|анталя|стамбул|истанбул|измир|анкар|аланья|мерсин|трабзон|дубай|дубаи|шардж|эмират"
    r"|турци|турецк|росси|москв|казань|казани|петербург|питер|новосибир|екатеринб|самар|краснодар|сочи|казахст|алмат"
    r"|астан|актау|беларус|белорус|минск|польш|варшав|кипр|коре|сеул|катар|доха|сауд|кувейт|бахрейн|германи|европ"
    r"|америк|израил|кита|таиланд|тайланд|малайзи|камбодж|мьянм)"
)
PLACE = "⌂"
_ENCODING = "utf-32-le"  # four bytes a letter: a word's letter sequences are slices of its bytes
_SIZES = (12, 16, 20)  # sequences of 3, 4 and 5 letters


def _seeds(tag: str) -> tuple[int, int, int]:
    """Where a reading's letter sequences, stems and pairs of stems start hashing from: each kind of term apart."""
    grams, stems, pairs = (zlib.crc32(f"{tag}{kind}".encode()) for kind in ("", "W", "B"))
    return grams, stems, pairs


_READINGS = ((_seeds("t"), "tk"), (_seeds("r"), "ru"))


def terms(texts: dict[str, str]) -> list[int]:
    """The terms of a text's readings (bot.nlp.crisis.readings), each once, in the order found, as their places in
    the tables: a term is hashed with CRC-32, the same in every process and on every machine (unlike hash()). Each
    word is encoded once, four bytes a letter, and its letter sequences are hashed as slices of it."""
    found: list[int] = []
    crc = zlib.crc32
    for seeds, language in _READINGS:
        grams, stem_seed, pair_seed = seeds
        words = [PLACE if PLACES.match(word) else word for word in _WORD.findall(texts[language])]
        stems = [word[:STEM].encode(_ENCODING) for word in words]
        for word, stem in zip(words, stems, strict=True):
            found.append(crc(stem, stem_seed))
            padded = f" {word} ".encode(_ENCODING)
            end = len(padded) + 4
            for n in _SIZES:
                found += [crc(padded[i : i + n], grams) for i in range(0, end - n, 4)]
        found += [crc(second, crc(first, pair_seed)) for first, second in zip(stems, stems[1:], strict=False)]
    return list(dict.fromkeys(found))


def band_threshold(words: int, threshold: float, short_threshold: float) -> float | None:
    """Which threshold judges a message of this many words: none below MIN_WORDS, the short one below
    SENTENCE_WORDS, else the sentence one. Training (crisis_fit.py) chooses them by the same rule."""
    if words < MIN_WORDS:
        return None
    return short_threshold if words < SENTENCE_WORDS else threshold


@dataclass(frozen=True)
class CrisisModel:
    threshold: float  # flagged when the mean crisis weight of the text's terms exceeds it
    short_threshold: float  # the same, for a message of MIN_WORDS to SENTENCE_WORDS - 1 words
    crisis: Sequence[int]  # BUCKETS signed bytes
    kinds: Sequence[int]  # KIND_BUCKETS × len(KINDS) signed bytes, row by row
    source: str  # the fingerprint of the lines it was trained on

    def score(self, hashed: list[int]) -> float:
        """The mean crisis weight of the terms, as if PRIOR_TERMS more of weight 0 were there: a short message and a
        long one are judged alike, but a few words alone ("scared of flying") weigh less than a sentence."""
        table, mask = self.crisis, BUCKETS - 1
        return sum(table[h & mask] for h in hashed) / (len(hashed) + PRIOR_TERMS)

    def kind(self, hashed: list[int], child: bool = True) -> CrisisKind | None:
        """The most likely kind; not CHILD unless child (the text names someone under 18): the kind model learned
        letter sequences of child lines that are everyday words ("meni", "gitmäge"), and read "meni goymeyarler"
        (they don't let me go) as a child in danger. When CHILD is the most likely and ruled out, the next kind
        only if it clearly leads the rest (CLEAR_LEAD), else HELP: a kind picked from what is left by a hair ("the
        boss won't give the passport back" as sexual abuse, a suitor's age as violence) is not one to name, but the
        line still read as danger gets the plain call for help (None would drop it, and with it a brother's
        "goodbye, forgive me" and a sister beaten in Istanbul: a person in danger must reach a human first)."""
        width, mask = len(KINDS), KIND_BUCKETS - 1
        totals = [0] * width
        for h in hashed:
            start = (h & mask) * width
            for k, weight in enumerate(self.kinds[start : start + width]):
                totals[k] += weight
        # ties go to the first kind in KINDS' order: deterministic
        ranked = sorted(range(width), key=lambda k: (-totals[k], k))
        if child or KINDS[ranked[0]] is not CrisisKind.CHILD:
            return KINDS[ranked[0]]
        first, second = ranked[1], ranked[2]
        if totals[first] - totals[second] < CLEAR_LEAD * len(hashed):
            return CrisisKind.HELP
        return KINDS[first]

    def threshold_for(self, words: int) -> float | None:
        """The threshold for a message of this many words (bot.nlp.crisis counts them), None when too short."""
        return band_threshold(words, self.threshold, self.short_threshold)

    def judge(self, texts: dict[str, str], words: int, child: bool = True) -> CrisisKind | None:
        """The likely kind when the text of this many words reads as danger to the model and it can name one,
        else None; CHILD only when child."""
        threshold = self.threshold_for(words)
        if threshold is None:
            return None
        hashed = terms(texts)
        return self.kind(hashed, child) if self.score(hashed) > threshold else None

    def to_bytes(self) -> bytes:
        header = {
            "format": FORMAT,
            "threshold": self.threshold,
            "short_threshold": self.short_threshold,
            "buckets": BUCKETS,
            "kind_buckets": KIND_BUCKETS,
            "kinds": [kind.value for kind in KINDS],
            "scale": SCALE,
            "source": self.source,
        }
        body = zlib.compress(bytes(self.crisis) + bytes(self.kinds), 9)
        return json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + body

    @classmethod
    def from_bytes(cls, data: bytes) -> CrisisModel:
        cut = data.index(b"\n")
        header = json.loads(data[:cut])
        expected = (FORMAT, BUCKETS, KIND_BUCKETS, [kind.value for kind in KINDS], SCALE)
        found = (
            header["format"],
            header["buckets"],
            header["kind_buckets"],
            header["kinds"],
            header["scale"],
        )
        if found != expected:
            raise ValueError(f"{MODEL_NAME} was written for another layout: run `python -m bot crisis-fit`")
        # signed bytes read in place: the tables are not copied
        # decompressed into a buffer of the tables' size at once (left to grow, zlib's would peak at four times it)
        size = BUCKETS + KIND_BUCKETS * len(KINDS)
        tables = memoryview(zlib.decompress(memoryview(data)[cut + 1 :], bufsize=size)).cast("b")
        crisis, kinds = tables[:BUCKETS], tables[BUCKETS:]
        if len(kinds) != KIND_BUCKETS * len(KINDS):
            raise ValueError(f"{MODEL_NAME} is truncated: run `python -m bot crisis-fit`")
        threshold, short = float(header["threshold"]), float(header["short_threshold"])
        return cls(threshold, short, crisis, kinds, str(header["source"]))


@cache
def shipped() -> CrisisModel:
    """The model shipped with the bot (package data), read once."""
    return CrisisModel.from_bytes(resources.files("bot.nlp").joinpath(MODEL_NAME).read_bytes())
