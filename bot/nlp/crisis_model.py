"""The crisis detector's second opinion: a naive Bayes model over letter sequences and word stems, Telegram-free.

The patterns (bot/nlp/crisis.py) know the ways of saying danger someone wrote down; this model has learned from the
development set's lines (tests/data/crisis/dev, crisis and ordinary, and the matcher's off-topic lines) which pieces
of words tell of danger, so it also flags a message said in words no pattern knows. It reads the `tk` and `ru`
readings of the text (bot.nlp.crisis.readings: Turkmen folded, Russian in Cyrillic), so spelling, keyboard and script
matter little, and counts:
- the letter sequences of 3 to 5 letters inside each word (with its edges: " urý", "ýar "),
- each word's first 5 letters (a stem), and each pair of neighbouring stems ("не вы", "don le").

The crisis score is the mean of the terms' log-likelihood ratios, crisis over ordinary (add-¼ smoothing), so a short
message and a long one are judged alike; the message is flagged above a threshold chosen by 5-fold cross-validation on the development set (at most 1 % of its ordinary
lines flagged). The kind is the most likely of the seven under a second naive Bayes over the crisis lines alone.

Terms are hashed (CRC-32) into fixed tables of small integers (weights in steps of 1/20), so the model is one small
file loaded at once and scoring is a few hundred additions. `python -m bot crisis-fit` trains it and writes
MODEL_FILE (bot/nlp/crisis_fit.py); a test checks that the shipped file is what training gives today."""

from __future__ import annotations

import json
import re
import zlib
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.nlp.crisis_patterns import CrisisKind

MODEL_NAME = "crisis_model.bin"
FORMAT = 1
SCALE = 20  # a stored weight is round(weight × SCALE), clipped to a signed byte
BUCKETS = 1 << 19  # crisis-or-not table
KIND_BUCKETS = 1 << 17  # one row of seven kind weights per bucket
KINDS = tuple(CrisisKind)
STEM = 5
_WORD = re.compile(r"[^\W_]+")
_READINGS = (("t", "tk"), ("r", "ru"))


def terms(texts: dict[str, str]) -> list[str]:
    """The terms of a text's readings (bot.nlp.crisis.readings), each once, in the order found."""
    found: list[str] = []
    add = found.append
    for tag, language in _READINGS:
        words = _WORD.findall(texts[language])
        stems = [word[:STEM] for word in words]
        for word, stem in zip(words, stems, strict=True):
            add(f"{tag}W{stem}")
            padded = f" {word} "
            size = len(padded)
            for n in (3, 4, 5):
                for i in range(size - n + 1):
                    add(tag + padded[i : i + n])
        for first, second in zip(stems, stems[1:], strict=False):
            add(f"{tag}B{first}_{second}")
    return list(dict.fromkeys(found))


def bucket(term: str) -> int:
    """A term's place in the tables: the same in every process and on every machine (unlike hash())."""
    return zlib.crc32(term.encode("utf-8"))


@dataclass(frozen=True)
class CrisisModel:
    threshold: float  # flagged when the mean crisis weight of the text's terms exceeds it
    crisis: array[int]  # BUCKETS signed bytes
    kinds: array[int]  # KIND_BUCKETS × len(KINDS) signed bytes, row by row
    source: str  # the fingerprint of the lines it was trained on

    def score(self, hashed: list[int]) -> float:
        """The mean crisis weight of the terms: a short message and a long one are judged alike."""
        table, mask = self.crisis, BUCKETS - 1
        return sum(table[h & mask] for h in hashed) / len(hashed) if hashed else 0.0

    def kind(self, hashed: list[int]) -> CrisisKind:
        width, mask = len(KINDS), KIND_BUCKETS - 1
        totals = [0] * width
        for h in hashed:
            start = (h & mask) * width
            for k, weight in enumerate(self.kinds[start : start + width]):
                totals[k] += weight
        # ties go to the first kind in KINDS' order: deterministic
        return KINDS[max(range(width), key=totals.__getitem__)]

    def judge(self, texts: dict[str, str]) -> CrisisKind | None:
        """The likely kind when the text reads as danger to the model, else None."""
        hashed = [bucket(term) for term in terms(texts)]
        return self.kind(hashed) if self.score(hashed) > self.threshold else None

    def to_bytes(self) -> bytes:
        header = {
            "format": FORMAT,
            "threshold": self.threshold,
            "buckets": BUCKETS,
            "kind_buckets": KIND_BUCKETS,
            "kinds": [kind.value for kind in KINDS],
            "scale": SCALE,
            "source": self.source,
        }
        body = zlib.compress(self.crisis.tobytes() + self.kinds.tobytes(), 9)
        return json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + body

    @classmethod
    def from_bytes(cls, data: bytes) -> CrisisModel:
        line, body = data.split(b"\n", 1)
        header = json.loads(line)
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
        tables = zlib.decompress(body)
        crisis, kinds = array("b"), array("b")
        crisis.frombytes(tables[:BUCKETS])
        kinds.frombytes(tables[BUCKETS:])
        if len(kinds) != KIND_BUCKETS * len(KINDS):
            raise ValueError(f"{MODEL_NAME} is truncated: run `python -m bot crisis-fit`")
        return cls(float(header["threshold"]), crisis, kinds, str(header["source"]))


@cache
def shipped() -> CrisisModel:
    """The model shipped with the bot (package data), read once."""
    return CrisisModel.from_bytes(resources.files("bot.nlp").joinpath(MODEL_NAME).read_bytes())
