"""The layers you can see: the core in bot/ knows nothing of Telegram; the Telegram runtime and handlers build on it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import bot

CORE = Path(bot.__file__).parent
# Only these parts of bot/ may import python-telegram-bot (or the Telegram layer), and the entry point that starts
# the runtime.
TELEGRAM_PARTS = ("runtime", "standin")
# The Bot API stand-in imports python-telegram-bot: the core uses the Telegram-free parts it builds on
# (bot/telegram_html.py, bot/telegram_text.py), never the stand-in
FORBIDDEN = ("telegram", "handlers", "bot.runtime", "bot.standin")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_core_imports_neither_telegram_nor_the_telegram_layer() -> None:
    offenders = {}
    for path in sorted(CORE.rglob("*.py")):
        if path.relative_to(CORE).parts[0] in TELEGRAM_PARTS or path.name == "__main__.py":
            continue
        bad = {m for m in imported_modules(path) if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)}
        if bad:
            offenders[str(path.relative_to(CORE))] = sorted(bad)
    assert offenders == {}


def test_checking_a_catalog_loads_no_telegram() -> None:
    """bot/catalog_check.py checks a translation's HTML with the parser the stand-in refuses messages with: importing
    it and checking loads neither python-telegram-bot nor the stand-in, imports inside functions included."""
    script = (
        "import sys\n"
        "from bot.catalog_check import html_problem, translation_problem\n"
        "assert html_problem('<b>x') is not None and html_problem('<b>x</b>') is None\n"
        "assert translation_problem(('<b>{n}</b>',), '<b>{n}') is not None\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'telegram' or m.startswith('bot.standin')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=CORE.parent, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_no_module_of_the_application_is_over_500_lines() -> None:
    roots = [CORE, CORE.parent / "handlers"]
    long = {
        str(path.relative_to(CORE.parent)): lines
        for root in roots
        for path in root.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
