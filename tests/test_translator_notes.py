"""Translators see where each message appears and its limit, and no button label is longer than its limit in any
language: in the interface catalogs (the `# TRANSLATORS:` comments in the code) and in the knowledge base's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LOCALES_DIR, extract_template

LIMIT = re.compile(r"at most (\d+) characters", re.IGNORECASE)
# Every message with one of these contexts is a button label: it must tell the translator its limit.
LABEL_CONTEXTS = {"button", "menu", "category", "service", "velayat", "answer", "outcome"}


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


@pytest.fixture(scope="module")
def interface(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The interface template as `python -m bot catalogs` extracts it from today's code."""
    fresh = tmp_path_factory.mktemp("pot") / "messages.pot"
    extract_template(fresh)
    return read_catalog(fresh)


def over_limit(template: Catalog, translations: dict[str, Catalog]) -> list[str]:
    """Every text (the English and each language's) longer than the limit its translator comment states."""
    problems = []
    for source in template:
        found = LIMIT.search(" ".join(source.auto_comments)) if source.id else None
        if found is None:
            continue
        limit = int(found.group(1))
        texts = [("en", source.id)]
        for language, catalog in translations.items():
            message = catalog.get(source.id, context=source.context)
            if message is not None and message.string and not message.fuzzy:
                texts.append((language, message.string))
        for language, text in texts:
            for form in text if isinstance(text, tuple) else (text,):
                if len(form) > limit:
                    problems.append(
                        f"{language} {source.context!r} {form!r}: {len(form)} > {limit} characters"
                    )
    return problems


def catalogs(domain: str, languages: Iterable[str]) -> dict[str, Catalog]:
    return {
        language: read_catalog(LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po", language)
        for language in languages
        if (LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po").exists()
    }


def test_every_interface_message_names_the_files_that_use_it(interface: Catalog) -> None:
    assert [m.id for m in interface if m.id and not m.locations] == []


def test_every_button_label_tells_the_translator_its_limit(interface: Catalog) -> None:
    missing = [
        (m.context, m.id)
        for m in interface
        if m.id and m.context in LABEL_CONTEXTS and not LIMIT.search(" ".join(m.auto_comments))
    ]
    assert missing == [], "add a `# TRANSLATORS: … at most N characters` comment above these in the code"


def test_no_interface_button_label_is_over_its_limit_in_any_language(interface: Catalog) -> None:
    assert over_limit(interface, catalogs("messages", LANGUAGES)) == []


def test_no_topic_title_is_over_its_button_limit_in_any_language() -> None:
    template = read_catalog(LOCALES_DIR / "kb.pot")
    assert any(LIMIT.search(" ".join(m.auto_comments)) for m in template)
    assert over_limit(template, catalogs("kb", LANGUAGES)) == []


def test_a_translation_over_the_limit_is_reported_with_its_language() -> None:
    template, russian = Catalog(), Catalog(locale="ru")
    template.add("✖ Stop", context="button", auto_comments=["a button; at most 10 characters."])
    russian.add("✖ Stop", "✖ Остановить проверку", context="button")
    assert over_limit(template, {"ru": russian}) == [
        "ru 'button' '✖ Остановить проверку': 21 > 10 characters"
    ]
