"""The extra example messages: every topic has them in every language, and bad files are named with the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import LANGUAGES
from bot.knowledge import KnowledgeBase
from bot.nlp.examples import EXAMPLES_DIR, OFF_TOPIC, Examples, ExamplesError
from bot.nlp.textnorm import words

TOPICS = set(KnowledgeBase.load().topics)


def test_every_topic_has_many_examples_in_every_language_and_off_topic_lines_too() -> None:
    examples = Examples.load(TOPICS)
    for language in LANGUAGES:
        for topic in TOPICS:
            assert len(examples.for_topic(language, topic)) >= 25, (language, topic)
        assert len(examples.off_topic[language]) >= 100, language


def test_the_evaluation_sets_are_not_among_the_examples() -> None:
    # The matcher is judged on questions it has never seen; a copied line would flatter it. Lines count as the same
    # when they have the same words, whatever their order, case, punctuation, numbers or Turkmen letters.
    import tomllib

    examples = Examples.load(TOPICS)
    learned = {
        frozenset(words(text))
        for language in LANGUAGES
        for texts in (*examples.by_topic[language].values(), examples.off_topic[language])
        for text in texts
    }
    learned.discard(frozenset())
    data = Path(__file__).parent / "data"
    # The crisis detector's sets (tests/data/crisis) are not the matcher's: a shared line flatters nothing there.
    copied = [
        (str(path.relative_to(data)), language, number)
        for path in sorted(p for p in data.glob("**/*.toml") if "crisis" not in p.relative_to(data).parts)
        for language, lines in tomllib.loads(path.read_text(encoding="utf-8")).items()
        for number, line in enumerate(lines, 1)
        if frozenset(words(line)) in learned
    ]
    # file, language and place only: a failure must not show a held-out line to whoever writes the examples
    assert copied == []


def write(folder: Path, language: str, text: str) -> Path:
    (folder / language).mkdir(parents=True, exist_ok=True)
    path = folder / language / "extra.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('pasport-safety = ["where do i keep my passport"]', "'pasport-safety' is not a topic id"),
        ('passport-safety = "where do i keep my passport"', "must be a list of non-empty messages"),
        ('passport-safety = ["  "]', "must be a list of non-empty messages"),
        (f'passport-safety = ["{"a" * 700}"]', "longer than 600 characters"),
        ("passport-safety = [", "not valid TOML"),
    ],
)
def test_a_bad_file_is_named_with_the_key_and_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "en", text)
    with pytest.raises(ExamplesError) as error:
        Examples.load(TOPICS, tmp_path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_an_unknown_language_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "kk", 'passport-safety = ["pasport"]')
    with pytest.raises(ExamplesError, match="unknown language folder"):
        Examples.load(TOPICS, tmp_path)


def test_files_of_one_language_add_up_and_off_topic_lines_are_kept_apart(tmp_path: Path) -> None:
    write(tmp_path, "en", f'passport-safety = ["one"]\n{OFF_TOPIC} = ["how do i cook plov"]')
    (tmp_path / "en" / "more.toml").write_text('passport-safety = ["two"]', encoding="utf-8")
    examples = Examples.load(TOPICS, tmp_path)
    assert examples.for_topic("en", "passport-safety") == ("one", "two")
    assert examples.off_topic["en"] == ("how do i cook plov",)
    assert examples.for_topic("ru", "passport-safety") == ()


def test_the_shipped_folder_is_the_default() -> None:
    assert EXAMPLES_DIR.name == "examples" and (EXAMPLES_DIR / "en").is_dir()
