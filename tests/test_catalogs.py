"""The three languages are equal: every interface string is translated, with the same placeholders, and the
committed template is what the code asks for today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.catalog_check import translation_problem
from bot.i18n import LOCALES_DIR, Catalogs, extract_template, language_from_telegram
from bot.languages import COMPLETE_LANGUAGES, DEFAULT_LANGUAGE

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TAG = re.compile(r"</?[a-z]+")


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def message_key(message: object) -> tuple[object, object]:
    return (getattr(message, "context", None), getattr(message, "id", None))


def shape(text: str) -> tuple[list[str], list[str]]:
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))


# Every complete language but the source's (a language being added is counted by check-config instead).
@pytest.mark.parametrize("language", [code for code in COMPLETE_LANGUAGES if code != DEFAULT_LANGUAGE])
def test_every_message_has_a_real_translation_with_the_same_placeholders(language: str) -> None:
    problems = catalog_problems(LOCALES_DIR / language / "LC_MESSAGES" / "messages.po", language)
    assert not problems, "\n".join(problems)


def test_a_catalog_problem_names_the_file_the_line_and_the_message(tmp_path: Path) -> None:
    path = tmp_path / "messages.po"
    text = (LOCALES_DIR / "tk" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    path.write_text(
        text.replace('msgstr "<b>Nobat</b>: {count}"', 'msgstr "<b>Nobat<b>: {sany}"'), encoding="utf-8"
    )
    line = text.splitlines().index('msgid "<b>Queue</b>: {count}"') + 1
    (problem,) = catalog_problems(path, "tk")
    assert problem.startswith(f"{path}:{line}: msgid '<b>Queue</b>: {{count}}': placeholders or tags differ")


def catalog_problems(path: Path, language: str) -> list[str]:
    """A line per message of the catalog at `path` that is untranslated, fuzzy or unlike its English."""
    template = read_catalog(LOCALES_DIR / "messages.pot")
    catalog = read_catalog(path, language)
    problems = []
    for source in template:
        if not source.id:
            continue
        message = catalog.get(source.id, context=source.context)
        if message is None or message.fuzzy:
            where = path if message is None else f"{path}:{message.lineno}"
            problems.append(
                f"{where}: msgid {source.id!r}: missing or fuzzy: translate it and clear the fuzzy flag"
            )
            continue
        ids = source.id if isinstance(source.id, tuple) else (source.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for translated in strings:
            where = f"{path}:{message.lineno}: msgid {source.id!r}"
            if not translated.strip():
                problems.append(f"{where}: empty: translate it")
            elif shape(translated) != shape(ids[-1]) and shape(translated) != shape(ids[0]):
                problems.append(
                    f"{where}: placeholders or tags differ in {translated!r}: keep the English's {shape(ids[-1])}"
                )
            elif problem := translation_problem(ids, translated):
                problems.append(f"{where}: {problem}")
    return problems


def test_plural_forms_are_right_for_each_language() -> None:
    from bot.languages import REGISTRY

    for language in REGISTRY:
        catalog = read_catalog(LOCALES_DIR / language.code / "LC_MESSAGES" / "messages.po", language.code)
        assert catalog.num_plurals == language.plural_forms, language.code


def test_template_is_current_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.pot"
    extract_template(fresh)
    wanted = {message_key(m) for m in read_catalog(fresh) if m.id}
    committed = {message_key(m) for m in read_catalog(LOCALES_DIR / "messages.pot") if m.id}
    assert wanted - committed == set(), "run the catalog refresh command from the README"
    assert committed - wanted == set(), "the template has messages the code no longer uses"


def test_each_catalog_really_loads() -> None:
    catalogs = Catalogs.load()
    # The language names its own button label: a catalog that silently fell back would answer in English.
    assert catalogs("ru").pgettext("menu", "🌐 Language") != "🌐 Language"
    assert catalogs("tk").pgettext("menu", "🌐 Language") != "🌐 Language"
    assert catalogs("en").pgettext("menu", "🌐 Language") == "🌐 Language"


@pytest.mark.parametrize(
    ("code", "language"),
    [("ru", "ru"), ("ru-RU", "ru"), ("tk", "tk"), ("tr", "en"), ("en", "en"), (None, "en")],
)
def test_telegram_language_code_is_a_first_guess(code: str | None, language: str) -> None:
    assert language_from_telegram(code) == language


def test_a_new_language_s_catalog_is_started_from_the_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import bot.i18n

    shutil.copy(LOCALES_DIR / "messages.pot", tmp_path / "messages.pot")
    shutil.copy(LOCALES_DIR / "kb.pot", tmp_path / "kb.pot")
    monkeypatch.setattr(bot.i18n, "LOCALES_DIR", tmp_path)
    advice = bot.i18n.init_catalog("uz")
    for domain in ("messages", "kb"):
        started = read_catalog(tmp_path / "uz" / "LC_MESSAGES" / f"{domain}.po", "uz")
        template = read_catalog(LOCALES_DIR / f"{domain}.pot")
        assert {message_key(m) for m in started if m.id} == {message_key(m) for m in template if m.id}
    assert "REGISTRY" in advice and "bot/languages.py" in advice
