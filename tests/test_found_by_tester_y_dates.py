"""Rules in an answer carry the day they were checked, as a destination pack's do (exploratory tester Y, #11): «Visa
lottery and Korea E-9 offers» said "at the last check the United States had suspended immigrant visas" and that
Turkmenistan is not an EPS partner, with no date, while the packs beside it said "Checked on 2026-12-06"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge import KnowledgeError
from tests.chat import Chat, said
from tests.test_knowledge import copy_kb, load_copy, rewrite

E9 = {
    "en": "an agent sells e-9 visas to korea for turkmens",
    "ru": "могут ли граждане туркменистана получить корейскую визу e-9",
    "tk": "Türkmenistanyň raýatlary Koreýanyň E-9 iş wizasyny alyp bilýärmi",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_e9_and_lottery_answer_says_when_its_rules_were_checked(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(E9[language])
    assert answer.text.startswith(app.bot_data.knowledge["visa-lottery-korea-scams"].text(language).title)
    checked = said(app, language, "Checked on {date}.").format(date="2026-12-06")
    assert answer.text.rstrip().endswith(checked), answer.text[-80:]


async def test_an_answer_with_no_changing_rules_has_no_date(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    answer = await chat.send("what is human trafficking")
    assert answer.text.startswith(app.bot_data.knowledge["what-is-trafficking"].text("en").title)
    assert said(app, "en", "Checked on {date}.").split("{")[0] not in answer.text


def test_the_shipped_dated_topic_names_where_its_rules_were_read() -> None:
    from bot.knowledge import KnowledgeBase

    topic = KnowledgeBase.load()["visa-lottery-korea-scams"]
    assert topic.checked is not None and topic.sources
    assert all(source.startswith("https://") for source in topic.sources)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "checked = 2026-12-06",
            'checked = "2026-12-06"',
            r"'checked' must be the day the rules were last read",
        ),
        ("checked = 2026-12-06", "checked = 2026-12-06T10:00:00", r"'checked' must be the day"),
        ("checked = 2026-12-06\n", "", r"'checked' and 'sources' go together"),
        (
            'sources = [\n  "https://travel',
            'sources = [\n  "travel',
            r"'sources' must be a list of the addresses",
        ),
    ],
)
def test_a_dated_topic_without_a_day_or_its_sources_is_named(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = copy_kb(tmp_path)
    rewrite(folder / "visa-lottery-korea-scams.toml", old, new)
    with pytest.raises(
        KnowledgeError, match=r"visa-lottery-korea-scams\.toml: topic 'visa-lottery-korea-scams': " + message
    ):
        load_copy(folder)
