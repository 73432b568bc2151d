"""One term per key concept in everything a person reads: the glossary's rejected variants appear in no shown text."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator

import pytest
from babel.messages.pofile import read_po

from bot.config import LOCALES_DIR
from bot.knowledge import KnowledgeBase

GLOSSARY = LOCALES_DIR / "glossary.toml"
LANGUAGES = ("tk", "ru")  # the glossary fixes the Turkmen and Russian terms; English is the source


def glossary() -> dict[str, dict[str, object]]:
    return tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))


def shown_texts(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person can see: knowledge-base titles and answers, catalog translations."""
    for topic in KnowledgeBase.load().topics.values():
        text = topic.text(language)
        yield f"kb {topic.id} title", text.title
        yield f"kb {topic.id} answer", text.answer
    with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as file:
        for message in read_po(file):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for string in strings:
                if message.id and string:
                    yield f"po {str(message.id)[:40]!r}", string


def found(variant: str, text: str) -> bool:
    """At the start of a word, any ending after it."""
    return re.search(r"(?<!\w)" + re.escape(variant), text, re.IGNORECASE) is not None


def test_every_concept_has_one_term_per_language_and_its_rejected_variants() -> None:
    for concept, entry in glossary().items():
        for language in LANGUAGES:
            assert isinstance(entry[language], str) and entry[language], (concept, language)
            rejected = entry[f"rejected_{language}"]
            assert isinstance(rejected, list) and all(isinstance(v, str) and v for v in rejected)
            assert not any(found(v, str(entry[language])) for v in rejected), (concept, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_shown_text_uses_a_rejected_variant(language: str) -> None:
    variants = [(concept, v) for concept, entry in glossary().items() for v in entry[f"rejected_{language}"]]  # type: ignore[union-attr]
    hits = [
        f"{where}: {variant!r} (use {glossary()[concept][language]!r})"
        for where, text in shown_texts(language)
        for concept, variant in variants
        if found(variant, text)
    ]
    assert not hits, "\n".join(hits)


def test_a_rejected_variant_is_found_in_any_word_form() -> None:
    assert found("deport edil", "Siz Deport edilip bilersiňiz")
    assert found("НПО", "юрист НПО сети")
    assert not found("НПО", "непосредственно")
