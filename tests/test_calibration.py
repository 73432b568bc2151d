"""The matcher's confidence parameters live in a data file written by `python -m bot refit`, and are refitted
whenever what the matcher learns from changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from bot.knowledge import KnowledgeBase
from bot.nlp.calibration import CALIBRATION_FILE, Calibration, fingerprint, load, write
from bot.nlp.evaluation import refit
from bot.nlp.examples import Examples
from bot.nlp.matcher import Matcher

KNOWLEDGE = KnowledgeBase.load()
EXAMPLES = Examples.load(set(KNOWLEDGE.topics))


def test_the_confidence_was_refitted_after_the_examples_last_changed() -> None:
    assert load().examples == fingerprint(KNOWLEDGE, EXAMPLES), (
        "the titles, example questions or concepts changed since the matcher's confidence was fitted: "
        "run `python -m bot refit` and commit locales/matcher.toml"
    )


def test_one_more_example_or_a_new_title_changes_the_fingerprint() -> None:
    more = dict(EXAMPLES.off_topic)
    more["ru"] = (*more["ru"], "где купить билеты на концерт")
    assert fingerprint(KNOWLEDGE, replace(EXAMPLES, off_topic=MappingProxyType(more))) != fingerprint(
        KNOWLEDGE, EXAMPLES
    )
    topic = KNOWLEDGE["work-visa"]
    texts = dict(topic.texts)
    texts["tk"] = replace(texts["tk"], title="Iş wizasy")
    changed = KnowledgeBase(
        [*(t for t in KNOWLEDGE.topics.values() if t.id != topic.id), replace(topic, texts=texts)]
    )
    assert fingerprint(changed, EXAMPLES) != fingerprint(KNOWLEDGE, EXAMPLES)


def test_the_matcher_takes_its_confidence_from_the_data_file(tmp_path: Path) -> None:
    shipped = load()
    doubtful = tmp_path / "matcher.toml"
    write(Calibration((-30.0,) + (0.0,) * (len(shipped.weights) - 1), shipped.examples), doubtful)
    # a question the matcher answers from its scores alone (a passport someone holds is named by its words, and
    # answered whatever the weights: bot/nlp/told_topic.py)
    question = "they don't pay my salary for three months"
    assert Matcher(KNOWLEDGE, 0.5, EXAMPLES).match(question).confident
    assert not Matcher(KNOWLEDGE, 0.5, EXAMPLES, load(doubtful)).match(question).confident


def test_refit_writes_weights_the_matcher_reads_with_the_examples_fingerprint(tmp_path: Path) -> None:
    output = tmp_path / "matcher.toml"
    written = refit(output, steps=3)
    assert load(output) == written
    assert written.examples == load(CALIBRATION_FILE).examples
    assert len(written.weights) == len(load(CALIBRATION_FILE).weights)


def test_keeping_the_weights_records_the_examples_without_moving_the_confidence(tmp_path: Path) -> None:
    output = tmp_path / "matcher.toml"
    write(Calibration(load(CALIBRATION_FILE).weights, "stale"), output)
    kept = refit(output, keep_weights=True)
    assert kept.weights == load(CALIBRATION_FILE).weights  # the confidence of every question stays as it was
    assert load(output).examples == fingerprint(KNOWLEDGE, EXAMPLES)  # and the fingerprint test is satisfied
