"""A translator adding a language follows `catalogs --init` and docs/translating.md: the bot then starts and answers,
showing in English what is not translated yet, with one warning per kind of file; the shipped languages stay
complete, a text missing in them still stops the bot."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.countries import COUNTRIES_DIR, CountryError, load_pack, shown
from bot.languages import COMPLETE_LANGUAGES, LANGUAGES
from bot.nlp.analysis import Analyzer
from tests.test_config_checks import check, write_directory
from tests.test_countries import GOOD, TODAY, write_pack

UZBEK = 'Language("uz", "Oʻzbekcha", 2),'


def python(project: Path, cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` run from `cwd` with the project copy `project` as the code."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project)},
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the bot as a translator clones it."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.mo", "data")
    for folder in (
        "bot",
        "handlers",
        "locales",
    ):  # the whole application, not bot/ beside an installed handlers/
        shutil.copytree(PROJECT_ROOT / folder, copy / folder, ignore=ignore)
    shutil.copy(PROJECT_ROOT / "config.example.toml", copy / "config.example.toml")
    return copy


def test_a_translator_who_follows_catalogs_init_gets_a_bot_that_starts_and_answers_in_english(
    project: Path, tmp_path: Path
) -> None:
    started = python(project, project, "catalogs", "--init", "uz")
    assert started.returncode == 0, started.stderr
    advice = started.stdout
    assert "docs/translating.md" in advice and "Adding a language" in advice
    assert "REGISTRY in bot/languages.py" in advice and "check-config" in advice
    # The step the advice gives: the language's entry in the registry, nothing else.
    languages = project / "bot" / "languages.py"
    text = languages.read_text(encoding="utf-8")
    english = re.search(r'\n( *)Language\("en", .*\),\n', text)
    assert english is not None
    languages.write_text(
        text.replace(english.group(0), english.group(0) + english.group(1) + UZBEK + "\n"), encoding="utf-8"
    )
    config = tmp_path / "config.toml"
    config.write_text("[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [7]\n", encoding="utf-8")

    checked = python(project, tmp_path, "check-config", "--config", str(config))
    output = checked.stdout + checked.stderr
    assert checked.returncode == 0, output
    assert "configuration error" not in output and "Traceback" not in output
    about_uzbek = [line for line in output.splitlines() if "uz" in re.sub(r"/tmp\S*", "", line)]
    # One line per kind of file: the interface catalog, the answers, the example questions, the packs, the directory.
    assert len(about_uzbek) == 5, "\n".join(about_uzbek)
    topics = len(list((project / "locales" / "kb").glob("*.toml")))
    assert any(
        f"kb.po: {topics} of {topics} topics have no [uz] title or answer yet" in line for line in about_uzbek
    )
    assert any(
        "locales/countries: 8 of 8 destination packs have texts without [uz]" in line for line in about_uzbek
    )
    assert any("12 of 12 organisations have texts without 'uz'" in line for line in about_uzbek)

    demo = tmp_path / "demo"
    demo.mkdir()
    # In trouble → I am abroad → Türkiye; then a question.
    script = "/start\n4\n2\n1\n/start\n1\nmy employer took my passport\n"
    answered = python(project, demo, "demo", "--language", "uz", stdin=script)
    assert answered.returncode == 0, answered.stderr
    assert "Traceback" not in answered.stdout + answered.stderr
    out = answered.stdout
    assert "bot › Hello! I help people travel and work abroad safely" in out
    assert "An employer or agent should not keep your passport against your will" in out
    assert "🚨 112 — the one emergency number" in out  # the Türkiye pack, in English


def test_a_new_language_missing_in_a_pack_is_shown_in_english_but_the_shipped_ones_are_still_required(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.countries

    monkeypatch.setattr(bot.countries, "LANGUAGES", (*LANGUAGES, "uz"))
    country = load_pack(write_pack(tmp_path, GOOD), TODAY)
    assert country.title("uz") == "Country" and country.facts[0].text("uz") == "🚨 112 — emergencies."
    assert country.untranslated == {"uz"}
    assert COMPLETE_LANGUAGES == ("ru", "tk", "en")
    for language, text in (
        ("tk", 'tk = "🚨 112 — gyssagly kömek."\n'),
        ("ru", 'ru = "🚨 112 — экстренные службы."\n'),
    ):
        with pytest.raises(CountryError) as raised:
            load_pack(write_pack(tmp_path, GOOD.replace(text, "")), TODAY)
        assert f"fact 'emergency'.{language}: missing language" in str(raised.value)
        assert "every text needs ru, tk, en" in str(raised.value)


def test_a_pack_error_names_its_file_with_its_folder(tmp_path: Path) -> None:
    assert shown(COUNTRIES_DIR / "tr.toml") == "locales/countries/tr.toml"
    path = write_pack(
        tmp_path, GOOD.replace('"2026-12-06"', "").replace("checked = 2026-12-06", 'checked = "x"')
    )
    with pytest.raises(CountryError) as raised:
        load_pack(path, TODAY)
    assert str(raised.value).startswith(f"{path}: fact 'emergency' checked")


def test_a_language_without_a_profile_of_its_own_is_read_by_a_neutral_one() -> None:
    analyzer = Analyzer({"en": ["my employer took my passport"], "uz": ["ish beruvchi pasportimni oldi"]})
    assert "uz" in analyzer.candidates("pasportimni oldi")
    reading = analyzer.read("Pasportimni oldi", "uz")
    assert reading.stems == ("pasportimni", "oldi")
    # With no texts of its own, the language is never a reading of a message.
    assert "uz" not in Analyzer({"en": ["my passport"], "uz": []}).candidates("my passport")


@pytest.mark.parametrize("phone", ["+993 612345", "+993 12 4000", "+993 65 1234567 (mobile)"])
def test_check_config_refuses_a_turkmen_number_of_the_wrong_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phone: str
) -> None:
    config = write_directory(tmp_path, {'phone = "+993 00 000002 (example)"': f'phone = "{phone}"'})
    status, _, err = check(config, capsys)
    assert status == 2
    assert f"ngos.toml: organisation 'example-ashgabat-2': phone {phone!r} has" in err
    assert "Turkmenistan's numbers have 8" in err
    number = phone.split(" (")[0]
    config = write_directory(tmp_path, {})
    config.write_text(
        config.read_text(encoding="utf-8") + f'[hotline]\nnumbers = ["{number}"]\n', encoding="utf-8"
    )
    status, _, err = check(config, capsys)
    assert status == 2 and f"config.toml: [hotline] numbers: {number!r} has" in err and "have 8" in err


def test_right_turkmen_numbers_and_other_countries_numbers_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_directory(tmp_path, {'phone = "+993 00 000002 (example)"': 'phone = "+993 422 32229"'})
    config.write_text(
        config.read_text(encoding="utf-8") + '[hotline]\nnumbers = ["+993 12 463514", "+90 212 555 0000"]\n',
        encoding="utf-8",
    )
    status, out, err = check(config, capsys)
    assert status == 0 and "configuration error" not in err, err
