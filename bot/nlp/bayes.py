"""Naive Bayes over terms, computed sparsely: how typical a message's terms are of each class.

The matcher uses two: one over word stems and concepts, one over the letter sequences inside words (bot.nlp.analysis.
letter_grams), which sees that "ýaşaýyş" and "ýaşaýan" or "pasport" and "pasportymy" are related where a stemmer
that does not know every ending would not. A term counts once per example (present or not), with add-`smoothing`,
and weighs in a message by its inverse document frequency: rare terms say more."""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Iterable
from typing import NamedTuple


class Term(NamedTuple):
    idf: float
    background: float  # log of the term's share of all (example, term) pairs
    # idf × how much more likely the term is in a class than in one that never uses it: for a term most classes
    # use, a row over all classes (added in one C-level step); otherwise only the classes that use it.
    classes: array[int] | None
    lifts: array[float]


DENSE_SHARE = 0.2  # a term used by at least this share of the classes gets a full row


class NaiveBayes:
    def __init__(
        self, documents: Iterable[tuple[int, Iterable[str]]], classes: int, smoothing: float
    ) -> None:
        per_class: list[dict[str, int]] = [{} for _ in range(classes)]
        count = 0
        for cls, terms in documents:
            counts = per_class[cls]
            for term in set(terms):
                counts[term] = counts.get(term, 0) + 1
            count += 1
        # Each example counts a term once, so the classes' counts summed are its document frequency.
        frequency: dict[str, int] = {}
        for counts in per_class:
            for term, n in counts.items():
                frequency[term] = frequency.get(term, 0) + n
        total = sum(frequency.values())
        sizes = [sum(counts.values()) + smoothing * len(frequency) for counts in per_class]
        # Every class starts from its floor, the term never seen with it; log((n + s) / size) - log(s / size), a
        # class's lift over its floor, depends on the count alone.
        self._floor = [math.log(smoothing / size) for size in sizes]
        lift = [math.log((n + smoothing) / smoothing) for n in range(max(frequency.values(), default=0) + 1)]
        postings: dict[str, tuple[array[int], array[float]]] = {
            t: (array("H"), array("d")) for t in frequency
        }
        for cls, counts in enumerate(per_class):
            for term, n in counts.items():
                classes_of, lifts = postings[term]
                classes_of.append(cls)
                lifts.append(lift[n])
        # One dict, arrays inside: the letter model has some 30,000 terms and 170,000 (term, class) pairs.
        self._terms: dict[str, Term] = {}
        for term, n in frequency.items():
            idf = math.log((count + 1) / (n + 1)) + 1.0
            classes_of, lifts = postings[term]
            weighted = array("d", (idf * value for value in lifts))
            if len(classes_of) >= DENSE_SHARE * classes:
                row = array("d", bytes(8 * classes))
                for cls, value in zip(classes_of, weighted, strict=True):
                    row[cls] = value
                self._terms[term] = Term(idf, math.log(n / total), None, row)
            else:
                self._terms[term] = Term(idf, math.log(n / total), classes_of, weighted)

    def idf(self, term: str) -> float | None:
        found = self._terms.get(term)
        return found.idf if found else None

    def scores(self, terms: Iterable[str], limit: int | None = None) -> list[float]:
        """Per class: the sum over the known terms of idf × log(P(term | class) / P(term)); with `limit`, only the
        rarest terms count (a long message is about what its rarest terms say, and it stays fast)."""
        # In the order given, each term once: a set's order changes with Python's hash seed, and with it the sums'
        # rounding and which of equally rare terms the limit keeps, so a close call could go either way per run.
        known = [found for term in dict.fromkeys(terms) if (found := self._terms.get(term)) is not None]
        if limit is not None and len(known) > limit:
            known = heapq.nlargest(limit, known, key=lambda found: found.idf)
        weight = sum(found.idf for found in known)
        background = sum(found.idf * found.background for found in known)
        # Full rows are summed column by column in C (most of a question's letter sequences are common ones, so
        # this is most of the work); then each class's floor, then the sparse terms one class at a time.
        dense = [found.lifts for found in known if found.classes is None]
        columns = list(map(sum, zip(*dense, strict=True))) if dense else [0.0] * len(self._floor)
        scores = [
            total + weight * floor - background for total, floor in zip(columns, self._floor, strict=True)
        ]
        for found in known:
            if found.classes is not None:
                for cls, lift in zip(found.classes, found.lifts, strict=True):
                    scores[cls] += lift
        return scores
