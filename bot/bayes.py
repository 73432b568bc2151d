"""Naive Bayes over terms, computed sparsely: how typical a message's terms are of each class.

The matcher uses two: one over word stems and concepts, one over the letter sequences inside words (bot.analysis.
letter_grams), which sees that "ýaşaýyş" and "ýaşaýan" or "pasport" and "pasportymy" are related where a stemmer
that does not know every ending would not. A term counts once per example (present or not), with add-`smoothing`."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable


class NaiveBayes:
    def __init__(
        self, documents: Iterable[tuple[int, Iterable[str]]], classes: int, smoothing: float
    ) -> None:
        bags: list[list[str]] = [[] for _ in range(classes)]
        count = 0
        for cls, terms in documents:
            bags[cls].extend(set(terms))
            count += 1
        per_class = [Counter(bag) for bag in bags]  # counted in C: this runs over some 500,000 terms at start
        # Each example counts a term once, so the classes' counts summed are its document frequency.
        background: Counter[str] = Counter()
        for counts in per_class:
            background.update(counts)
        # How rare a term is among the examples: the weight of its evidence.
        self.idf = {f: math.log((count + 1) / (df + 1)) + 1.0 for f, df in background.items()}
        vocabulary, total = len(background), sum(background.values())
        self._background = {f: math.log(n / total) for f, n in background.items()}
        sizes = [sum(counts.values()) + smoothing * vocabulary for counts in per_class]
        # Every class starts from its floor (the term never seen with it); the classes that use a term get their
        # lift over that floor. Kept in arrays: the letter model has some 170,000 (term, class) pairs.
        self._floor = [math.log(smoothing / size) for size in sizes]
        # log((n + s) / size) - log(s / size): the lift depends on the count alone.
        lift = [math.log((n + smoothing) / smoothing) for n in range(max(background.values(), default=0) + 1)]
        found: dict[str, tuple[array[int], array[float]]] = {
            term: (array("H"), array("d")) for term in background
        }
        for cls, counts in enumerate(per_class):
            for term, n in counts.items():
                classes_of, lifts = found[term]
                classes_of.append(cls)
                lifts.append(lift[n])
        self._postings = found

    def scores(self, weights: dict[str, float]) -> list[float]:
        """Per class: the sum over the known terms of weight × log(P(term | class) / P(term))."""
        known = {f: w for f, w in weights.items() if f in self._background}
        total = sum(known.values())
        background = sum(w * self._background[f] for f, w in known.items())
        scores = [total * floor - background for floor in self._floor]
        for term, weight in known.items():
            classes_of, lifts = self._postings[term]
            for cls, lift in zip(classes_of, lifts, strict=True):
                scores[cls] += weight * lift
        return scores
