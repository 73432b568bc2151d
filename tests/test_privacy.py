"""Privacy: /forget leaves no trace of the person, retention deletes what is old, backup restores identically."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.runtime.cli import main
from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY, MARY_CHAT, STAFF_USER, button, request_help_from_mary, staff

SECRET = "Qwerty-private-words"


def every_row(path: Path) -> list[tuple[str, tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [(table, row) for table in tables for row in db.execute(f"SELECT * FROM {table}")]  # noqa: S608


async def test_forget_deletes_the_person_everywhere_and_in_the_file(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], config: Config
) -> None:
    chat = chat_with("en", first_name="Gulnara")
    await chat.send("/start campaign_x")
    await chat.send(f"xqzv wvut {SECRET}")  # an unanswered question, stored masked
    await chat.press("✅ Check a job offer")
    await chat.press("For me")
    await chat.press("I am 18 or older")
    number = await request_help_from_mary(app, chat, "en", message=f"help {SECRET}")
    await chat.send(f"more {SECRET}")
    worker: StaffChat = staff(app, standin)
    await worker.reply(worker.card(number), f"staff answer {SECRET}")

    await chat.send("/forget")
    await chat.press("Yes, delete everything")
    assert chat.last_reply().text.startswith("Done. Everything I held about you is deleted.")

    case = await app.bot_data.storage.case(number)
    assert case.status == "closed" and case.outcome == "withdrawn" and case.user_id is None
    assert "#" + str(number) in worker.last().text and SECRET not in worker.last().text
    await app.bot_data.storage.close()
    app.bot_data.storage = None
    for table, row in every_row(config.database_path):
        assert chat.chat_id not in row, (table, row)
        assert not any(SECRET in str(value) for value in row), (table, row)
    for path in config.database_path.parent.glob("bot.sqlite3*"):
        assert SECRET.encode() not in path.read_bytes(), path


async def test_privacy_says_what_is_kept_and_for_how_long(
    chat_with: Callable[..., Chat], config: Config
) -> None:
    reply = await chat_with("en").send("/privacy")
    assert reply.text.startswith("What I keep, and for how long")
    assert f"{config.privacy.retention_days} days" in reply.text and "/forget" in reply.text


async def test_purge_deletes_exactly_what_is_past_retention(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    storage = app.bot_data.storage
    old_chat = chat_with("en", user_id=1)
    await old_chat.send("qzxw plmk")  # not understood: kept, masked, for the content editors
    number = await request_help_from_mary(app, old_chat, "en", message=f"old {SECRET}")
    await old_chat.send(f"relayed {SECRET}")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    clock.advance(config.privacy.retention_days * 86400 + 1)
    new_chat = chat_with("en", user_id=2)
    await new_chat.send("vbnm zxcv")
    recent = await request_help_from_mary(app, new_chat, "en", message="recent message")
    await new_chat.send("recent relayed")

    # The closed case's phone, call time and first message, its relayed text, and the unanswered question.
    assert await storage.purge(config.privacy.retention_days) == (1, 1, 1, 0)
    assert (await storage.case(number)).first_message is None
    assert (await storage.case(recent)).first_message == "recent message"
    assert [text for _, text, _ in await storage.unanswered_questions()] == ["vbnm zxcv"]
    assert await storage.purge(config.privacy.retention_days) == (0, 0, 0, 0)  # nothing is counted twice


async def test_a_request_left_unsent_is_deleted_a_week_after_it_was_last_touched_and_privacy_says_so(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    storage = app.bot_data.storage
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(button(app, "en", "🤝 Get help", "menu"))
    await chat.press(button(app, "en", "📍 Find an organisation near me"))
    await chat.press(button(app, "en", "⚖️ Legal advice", "service"))
    await chat.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary")
    await chat.press(button(app, "en", "🙋 Ask {name} for help").format(name=mary.text("name", "en")))
    await chat.press(button(app, "en", "💬 Only through this chat"))
    await chat.press(button(app, "en", "No, keep it hidden"))
    await chat.send(f"my husband is away in the evenings {SECRET}")  # and then the person never presses Send
    assert SECRET in str((await storage.draft(chat.chat_id)).answers)

    assert config.privacy.retention_days > 7
    clock.advance(7 * 86400 - 60)
    await storage.purge(config.privacy.retention_days)
    assert await storage.draft(chat.chat_id) is not None  # still there to finish within the week
    clock.advance(60)
    await storage.purge(config.privacy.retention_days)
    assert await storage.draft(chat.chat_id) is None
    assert not [row for row in every_row(config.database_path) if SECRET in str(row)]
    assert "did not send" in (await chat.send("/privacy")).text and "for 7 days" in (chat.last_reply()).text


async def test_the_operators_purge_says_what_it_wiped(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], config: Config, tmp_path: Path, capsys: Any
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en", message=f"old {SECRET}")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    # The test's clock stands in 2026-09; the command reads the real one, long past the 30 days of retention.
    config_path = tmp_path / "config.toml"
    config_path.write_text(f'[storage]\ndatabase = "{config.database_path}"\n', encoding="utf-8")
    assert await asyncio.to_thread(main, ["purge", "--config", str(config_path)]) == 0
    assert "wiped the texts of 1 closed case(s) (0 relayed message(s))" in capsys.readouterr().out
    assert (await app.bot_data.storage.case(number)).first_message is None


async def test_backup_restores_to_an_identical_database(
    app: Any, chat_with: Callable[..., Chat], config: Config, tmp_path: Path, capsys: Any
) -> None:
    await request_help_from_mary(app, chat_with("ru"), "ru", message="копия")
    config_path = tmp_path / "config.toml"
    config_path.write_text(f'[storage]\ndatabase = "{config.database_path}"\n', encoding="utf-8")
    copy = tmp_path / "backup" / "copy.sqlite3"
    # While the bot is running (the command line runs its own event loop, so in a thread here).
    assert await asyncio.to_thread(main, ["backup", str(copy), "--config", str(config_path)]) == 0
    assert every_row(copy) == every_row(config.database_path)


def test_staff_user_constants_are_configured(config: Config) -> None:
    assert STAFF_USER in config.staff.staff_user_ids and MARY_CHAT < 0
