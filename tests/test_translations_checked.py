"""A translation the bot cannot show (a translated placeholder, broken HTML) is found when the catalogs load, at
start-up and by check-config: it is left out, the English is shown for it, and one line names the file, the line,
the message and the fix. Before, it passed check-config and broke the Turkmen hand-off for every Turkmen speaker."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

import bot.i18n
from bot.catalog_check import translation_problem
from bot.config import LOCALES_DIR
from bot.i18n import Catalogs
from bot.languages import LANGUAGES
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat
from tests.conftest import AppFactory
from tests.test_config_checks import check, write_directory
from tests.test_handoff_flow import request_help_from_mary

CONSENT = "<b>This is exactly what {organisation} will see:</b>"
QUEUE = "<b>Queue</b>: {count}"
BROKEN = {
    'msgstr "<b>Ine, {organisation} edil şulary görer:</b>"': 'msgstr "<b>Ine, {gurama} edil şulary görer:</b>"',
    'msgstr "<b>Nobat</b>: {count}"': 'msgstr "<b>Nobat<b>: {count}"',
}


@pytest.fixture
def broken_turkmen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The catalogs, with the two mistakes a Turkmen translator made in tk's messages.po; returns that file."""
    folder = tmp_path / "locales"
    for language in LANGUAGES:
        (folder / language / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(LOCALES_DIR / language / "LC_MESSAGES" / "messages.po", folder / language / "LC_MESSAGES")
    po = folder / "tk" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    for right, wrong in BROKEN.items():
        assert right in text, right
        text = text.replace(right, wrong)
    po.write_text(text, encoding="utf-8")
    monkeypatch.setattr(bot.i18n, "LOCALES_DIR", folder)
    return po


def line_of(po: Path, msgid: str) -> int:
    lines = po.read_text(encoding="utf-8").splitlines()
    return lines.index(f'msgid "{msgid}"') + 1


async def test_a_translated_placeholder_leaves_the_turkmen_hand_off_working_in_english_with_a_warning(
    broken_turkmen: Path, start_app: AppFactory, standin: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    app = await start_app()
    chat = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="tk"))
    number = await request_help_from_mary(app, chat, "tk")
    assert f"#{number}" in chat.last_reply().text  # the request is sent: before, a KeyError and an apology
    mary = app.bot_data.directory.get("example-mary")
    shown = [
        str(r.params.get("text", "")) for r in standin.requests if r.params.get("chat_id") == chat.chat_id
    ]
    assert any(f"This is exactly what {mary.text('name', 'tk')} will see:" in text for text in shown)
    assert not any("Bagyşlaň" in text for text in shown)
    warning = (
        f"{broken_turkmen}:{line_of(broken_turkmen, CONSENT)}: msgid {CONSENT!r}: placeholder {{gurama}} is not "
        "in the English: the English has {organisation}. Copy the placeholders exactly"
    )
    assert warning in caplog.text
    assert (
        f"{broken_turkmen}:{line_of(broken_turkmen, QUEUE)}: msgid {QUEUE!r}: Telegram would refuse"
        in caplog.text
    )
    # The others of tk's translations are still shown.
    assert (
        app.bot_data.catalogs("tk").gettext("<b>Case #{number}</b> — history")
        != "<b>Case #{number}</b> — history"
    )


def test_check_config_names_and_counts_the_translations_it_leaves_out(
    broken_turkmen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = check(write_directory(tmp_path, {}), capsys)
    assert status == 0, err
    left_out = [line for line in err.splitlines() if str(broken_turkmen) in line]
    assert len(left_out) == 2, err
    consent = f"WARNING: {broken_turkmen}:{line_of(broken_turkmen, CONSENT)}: msgid {CONSENT!r}"
    assert any(line.startswith(consent) for line in left_out), err
    assert "Unclosed" in err or "end tag" in err
    warned = int(out.split("read the ")[1].split(" WARNING")[0])
    assert warned == len([line for line in err.splitlines() if line.startswith("WARNING: ")])
    assert "Until it is fixed the English is shown for it." in err


def test_the_shipped_catalogs_leave_nothing_out() -> None:
    assert Catalogs.load(quiet=True).problems == []


@pytest.mark.parametrize(
    ("english", "translated", "wanted"),
    [
        (("Hello, {name}",), "Salam, {name}", None),
        (
            ("Hello, {name}",),
            "Salam, {ady}",
            "placeholder {ady} is not in the English: the English has {name}",
        ),
        (("Hello, {name}",), "Salam", "placeholder {name} is missing"),
        (("<b>Queue</b>: {count}",), "<b>Nobat<b>: {count}", "Telegram would refuse its HTML"),
        (("<b>Queue</b>: {count}",), "<b>Nobat</b>: {count}", None),
        (("<b>Queue</b>",), "<b>Nobat</x>", "Telegram would refuse its HTML"),
        (("{count} case", "{count} cases"), "{count} ýüzlenme", None),
        (("one case", "{count} cases"), "bir ýüzlenme", None),
        # A label that is plain text is never parsed as HTML: a "<" in it is no mistake.
        (("a < b",), "a < b", None),
    ],
)
def test_a_translation_is_checked_against_its_english(
    english: tuple[str, ...], translated: str, wanted: str | None
) -> None:
    problem = translation_problem(english, translated)
    assert (problem is None) if wanted is None else (problem is not None and wanted in problem)


def test_run_would_have_served_the_broken_translation_before(broken_turkmen: Path) -> None:
    catalogs: Any = Catalogs.load(quiet=True)
    assert catalogs("tk").gettext(CONSENT) == CONSENT
    assert catalogs("tk").gettext(QUEUE) == QUEUE
    assert len(catalogs.problems) == 2
