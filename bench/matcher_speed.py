"""How long the matcher takes per question: p50/p95/p99 in milliseconds for 300-character questions.

python bench/matcher_speed.py [--count 2000]

The questions are made from the knowledge base's own example questions (joined and cut to 300 characters), with
some letters dropped so the typo mending runs too; build time of the index is printed first.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from bot.config import KnowledgeConfig
from bot.knowledge import KnowledgeBase
from bot.nlp.matcher import Matcher

LENGTH = 300


def questions(knowledge: KnowledgeBase, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    examples = [
        q for topic in knowledge.topics.values() for text in topic.texts.values() for q in text.questions
    ]
    made = []
    for _ in range(count):
        text = ""
        while len(text) < LENGTH:
            example = rng.choice(examples)
            cut = rng.randrange(len(example))
            text += " " + example[:cut] + example[cut + 1 :]  # one letter dropped: a typo to mend
        made.append(text[:LENGTH])
    return made


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    knowledge = KnowledgeBase.load()
    started = time.perf_counter()
    matcher = Matcher(knowledge, KnowledgeConfig().confidence_threshold)
    print(f"index built in {(time.perf_counter() - started) * 1000:.0f} ms")
    texts = questions(knowledge, args.count)
    timings = []
    for text in texts:
        started = time.perf_counter()
        matcher.match(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"{len(timings)} questions of {LENGTH} characters: p50 {statistics.median(timings):.3f} ms, "
        f"p95 {percentile(timings, 0.95):.3f} ms, p99 {percentile(timings, 0.99):.3f} ms, max {timings[-1]:.3f} ms"
    )


if __name__ == "__main__":
    main()
