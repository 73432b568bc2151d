"""The naive Bayes scorer and the letter sequences the matcher feeds it."""

from __future__ import annotations

from bot.nlp.analysis import letter_grams
from bot.nlp.bayes import NaiveBayes


def test_the_class_whose_examples_share_the_terms_scores_highest() -> None:
    bayes = NaiveBayes(
        [
            (0, ["passport", "boss"]),
            (0, ["passport", "took"]),
            (1, ["salary", "boss"]),
            (1, ["salary", "paid"]),
        ],
        classes=2,
        smoothing=0.5,
    )
    passport, salary = bayes.scores(["passport", "boss"])
    assert passport > salary
    assert bayes.scores(["never-seen"]) == [0.0, 0.0]  # unknown terms say nothing
    # With a limit only the rarest terms count: "boss" is in both classes, so "took" alone decides here.
    assert bayes.scores(["boss", "took"], limit=1) == bayes.scores(["took"])


def test_letter_sequences_tie_word_forms_scripts_and_spellings_together() -> None:
    assert {"<pas", "pasp", "aspo", "spor", "port"} <= set(letter_grams("Pasportymy aldylar"))
    latin, cyrillic = set(letter_grams("pasportymy")), set(letter_grams("паспортымы"))
    assert latin <= cyrillic  # Turkmen typed in Cyrillic meets the Latin examples
    assert set(letter_grams("ýaşaýyş")) == set(letter_grams("yasayys"))  # with or without Turkmen letters
