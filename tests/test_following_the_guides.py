"""The guides keep their word to the people who follow them step by step: the network re-checking a destination
pack's facts (docs/countries.md) and a translator adding a language (docs/translating.md) keep the tests the guide
tells them to run green. Each runs those tests on a copy of the project changed as the guide says."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tests.test_adding_a_language import UZBEK


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project as its contributors clone it, with its tests (without their data)."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.mo", "data")
    for folder in ("bot", "handlers", "locales", "tests"):
        shutil.copytree(PROJECT_ROOT / folder, copy / folder, ignore=ignore)
    for name in ("pyproject.toml", "config.example.toml", "babel.cfg"):
        shutil.copy(PROJECT_ROOT / name, copy / name)
    return copy


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` in the project copy, with its code (not the installed one) first."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project), "HOME": str(project)},
    )


def pytest_in(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    tested = run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args)
    assert "/project/" in run(project, "-c", "import bot; print(bot.__file__)").stdout  # the copy is tested
    return tested


def test_re_checking_every_fact_of_a_pack_today_leaves_the_tests_the_guide_names_green(project: Path) -> None:
    # docs/countries.md step 3: "set `checked` to today's date"; step 7 runs these tests. "A new `checked` date ...
    # needs no test change."
    pack = project / "locales" / "countries" / "tr.toml"
    text, count = re.subn(
        r"(?m)^checked = \d{4}-\d{2}-\d{2}$", f"checked = {date.today()}", pack.read_text("utf-8")
    )
    assert count > 1
    pack.write_text(text, encoding="utf-8")
    tested = pytest_in(
        project,
        "tests/test_countries.py",
        "tests/test_abroad_flow.py",
        "-k",
        "stale_facts or turkiyes_numbers_first or every_shipped_pack",
    )
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and "failed" not in tested.stdout


def add_uzbek(project: Path) -> None:
    """docs/translating.md "Adding a language", steps 1 and 2."""
    started = run(project, "-m", "bot", "catalogs", "--init", "uz")
    assert started.returncode == 0, started.stderr
    languages = project / "bot" / "languages.py"
    text = languages.read_text(encoding="utf-8")
    english = re.search(r'\n( *)Language\("en", .*\),\n', text)
    assert english is not None
    languages.write_text(
        text.replace(english.group(0), english.group(0) + english.group(1) + UZBEK + "\n"), encoding="utf-8"
    )


def test_a_translator_who_registers_a_language_keeps_the_translators_check_green(project: Path) -> None:
    add_uzbek(project)
    # Step 3, "Check it", without the operator's configuration (there is no config.toml in the copy).
    checked = run(project, "-m", "bot", "catalogs", "--check")
    assert checked.returncode == 0, checked.stderr
    lines = checked.stderr.splitlines()
    assert checked.stdout.startswith(f"catalogs: read the {len(lines)} WARNING line(s)")
    for about in (
        "uz/LC_MESSAGES/messages.po: ",
        "uz/LC_MESSAGES/kb.po: ",
        "[uz] example questions",
        "[uz] yet",
    ):
        assert sum(about in line for line in lines) == 1, (about, lines)
    assert all(line.startswith("WARNING: ") and "uz" in line for line in lines)
    # Then the check command of "With Poedit" (its step 6).
    tested = pytest_in(
        project,
        "tests/test_knowledge.py",
        "tests/test_catalogs.py",
        "-k",
        "every_required_topic or every_topic_has_every_field or needs_no_fallback or real_translation",
    )
    assert tested.returncode == 0, tested.stdout[-3000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and "failed" not in tested.stdout


def test_the_operators_spreadsheet_still_imports_while_a_language_is_being_added(project: Path) -> None:
    add_uzbek(project)
    out = project.parent / "ngos.toml"
    imported = run(
        project, "-m", "bot", "directory", "import", "locales/ngos.template.csv", "--out", str(out)
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    said = imported.stdout + imported.stderr
    assert (
        "no column name_uz, town_uz, address_uz, hours_uz: people reading in uz see the English texts" in said
    )
    assert "is missing" not in said and out.is_file()
    # A column of a complete language is still required.
    template = (project / "locales" / "ngos.template.csv").read_text(encoding="utf-8-sig")
    header, _, rows = template.partition("\n")
    (project / "no-tk.csv").write_text(header.replace(",name_tk", ",name_x") + "\n" + rows, encoding="utf-8")
    refused = run(project, "-m", "bot", "directory", "import", "no-tk.csv", "--out", str(out))
    assert refused.returncode == 2 and "column 'name_tk' is missing" in refused.stderr
