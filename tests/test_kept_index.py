"""The matcher's index kept between starts (bot/nlp/kept_index.py): the next start reads it instead of building it,
a change to what it is built from builds a new one, and a damaged file, or one another user could have written, is
never used."""

from __future__ import annotations

import dataclasses
import logging
import stat
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge import KnowledgeBase
from bot.nlp import kept_index
from bot.nlp.examples import Examples
from bot.nlp.kept_index import fingerprint, load_index
from bot.nlp.matcher import Matcher

QUESTIONS = (
    "работодатель забрал паспорт",
    "Türkiýede wizam gutardy, näme etmeli?",
    "how do I get a work permit",
)


def refuse_to_build(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("the index was built again")


def answers(matcher: Matcher) -> list[Any]:
    return [(matcher.match(q), matcher.scores(q)) for q in QUESTIONS]


def test_the_next_start_reads_the_kept_index_and_answers_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    knowledge = KnowledgeBase.load()
    older = tmp_path / "matcher-index-0123456789abcdef01234567.pickle"
    older.write_bytes(b"the index of older examples")
    half_written = tmp_path / "matcher-index-k1ll3d.tmp"  # a start killed while it wrote
    half_written.write_bytes(b"the first half")
    first = load_index(knowledge, 0.5, tmp_path)
    assert first.built and not first.path.exists(), "kept once the database has opened"
    first.keep()
    (kept,) = tmp_path.glob("matcher-index-*.pickle")
    assert kept == first.path and not older.exists(), "the older index is removed"
    assert not half_written.exists()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600

    monkeypatch.setattr(Matcher, "__init__", refuse_to_build)
    second = load_index(knowledge, 0.5, tmp_path)
    assert not second.built and answers(second.matcher) == answers(first.matcher)
    second.keep()  # nothing to write
    assert load_index(knowledge, 0.7, tmp_path).matcher.threshold == 0.7, (
        "the threshold is the configuration's"
    )


def test_a_change_to_any_example_or_answer_gives_another_index() -> None:
    knowledge = KnowledgeBase.load()
    examples = Examples.load(set(knowledge.topics))
    today = fingerprint(knowledge, examples)
    assert fingerprint(knowledge, examples) == today
    off_topic = {**examples.off_topic, "en": (*examples.off_topic["en"], "how do I cook plov")}
    assert fingerprint(knowledge, dataclasses.replace(examples, off_topic=off_topic)) != today
    topic = next(iter(knowledge.topics.values()))
    text = dataclasses.replace(topic.texts["ru"], answer=topic.texts["ru"].answer + " Исправлено.")
    changed = dataclasses.replace(topic, texts={**topic.texts, "ru": text})
    others = [t for t in knowledge.topics.values() if t.id != topic.id]
    assert fingerprint(KnowledgeBase([changed, *others]), examples) != today


@pytest.mark.parametrize("damage", ["cut short", "writable by others"])
def test_a_damaged_index_or_one_another_user_could_write_is_built_again_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    knowledge = KnowledgeBase.load()
    first = load_index(knowledge, 0.5, tmp_path)
    first.keep()
    kept = first.path
    if damage == "cut short":
        kept.write_bytes(kept.read_bytes()[:1000])
    else:
        kept.chmod(0o666)
    with caplog.at_level(logging.WARNING, logger=kept_index.__name__):
        again = load_index(knowledge, 0.5, tmp_path)
    assert str(kept) in caplog.text and "building" in caplog.text
    assert again.built and answers(again.matcher) == answers(first.matcher)
    again.keep()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600, "kept again, owner-only"


def test_build_index_before_the_bot_starts_keeps_the_index_the_bot_then_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.runtime.cli import main

    folder = tmp_path / "data"
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\ndatabase = "{folder / "bot.sqlite3"}"\n', encoding="utf-8")
    assert main(["build-index", "--config", str(config)]) == 0
    (kept,) = folder.glob("matcher-index-*.pickle")
    assert "built and kept" in capsys.readouterr().out
    monkeypatch.setattr(Matcher, "__init__", refuse_to_build)
    assert not load_index(KnowledgeBase.load(), 0.5, folder).built, "the bot's start reads it"
    assert main(["build-index", "--config", str(config)]) == 0
    assert "already kept" in capsys.readouterr().out


def test_build_index_where_the_index_cannot_be_kept_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from bot.runtime.cli import EXIT_FAILURE, main

    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\ndatabase = "{tmp_path / "data" / "bot.sqlite3"}"\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert main(["build-index", "--config", str(config)]) == EXIT_FAILURE
    assert "cannot keep the matcher index" in caplog.text
