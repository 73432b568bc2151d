"""Storage on a real temporary SQLite file: migrations, people, languages."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.storage import Draft, Migration, NewCase, Storage, Transaction, load_migrations
from bot.storage.connection import Gathering
from bot.storage.migrations import split_statements


async def test_database_file_and_folder_are_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "bot.sqlite3"
    storage = await Storage.open(path)
    await storage.close()
    assert path.exists()


async def test_migrations_bring_a_new_database_to_the_latest_version_and_rerun_is_a_no_op(
    tmp_path: Path,
) -> None:
    latest = len(load_migrations())
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    assert await storage.schema_version() == latest
    tables = await storage.tables()
    assert await storage.migrate() == latest
    assert await storage.tables() == tables
    await storage.close()


async def test_each_migration_applies_on_the_previous_version(tmp_path: Path) -> None:
    migrations = load_migrations()
    path = tmp_path / "bot.sqlite3"
    for step in range(1, len(migrations) + 1):
        storage = await Storage.open(path) if step == len(migrations) else None
        if storage is None:
            async with aiosqlite.connect(path, isolation_level=None) as raw:
                raw_storage = Storage(raw, clock=lambda: 0)
                assert await raw_storage.migrate(migrations[:step]) == step
        else:
            assert await storage.schema_version() == step
            await storage.close()


async def test_a_failing_migration_leaves_neither_schema_nor_version(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    version = await storage.schema_version()
    broken = Migration(
        version + 1, "broken.sql", "CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table"
    )
    with pytest.raises(aiosqlite.OperationalError):
        await storage.migrate([*load_migrations(), broken])
    assert await storage.schema_version() == version
    assert "half" not in await storage.tables()
    await storage.close()


async def test_person_follows_telegram_language_until_one_is_chosen(tmp_path: Path) -> None:
    clock = iter(range(1000, 2000)).__next__
    storage = await Storage.open(tmp_path / "bot.sqlite3", clock=lambda: clock())
    first = await storage.touch_person(42, "ru")
    assert (first.language, first.language_chosen) == ("ru", False)
    assert (await storage.touch_person(42, "en")).language == "en"
    await storage.set_language(42, "tk")
    again = await storage.touch_person(42, "en")
    assert (again.language, again.language_chosen) == ("tk", True)
    assert again.first_seen == first.first_seen and again.last_seen > first.last_seen
    await storage.close()


async def test_a_checklist_answer_counts_only_at_the_question_the_person_is_at(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    await storage.touch_person(42, "en")

    def second(answers: dict[str, str]) -> int:
        return 1

    assert await storage.answer_checklist(42, 0, "contract", "n", second) == (
        None,
        False,
    )  # no checklist begun
    await storage.save_checklist_progress(42, 0, {})
    progress, moved = await storage.answer_checklist(42, 0, "contract", "n", second)
    assert moved and (progress.position, progress.answers) == (1, {"contract": "n"})
    # The same press delivered again, or a press on an older question, changes nothing.
    progress, moved = await storage.answer_checklist(42, 0, "contract", "y", second)
    assert not moved and (progress.position, progress.answers) == (1, {"contract": "n"})
    assert await storage.checklist_progress(42) == progress
    # Where the answers lead nowhere (progress from an earlier checklist), nothing is recorded.
    await storage.save_checklist_progress(42, 1, {"too_good": "y"})
    progress, moved = await storage.answer_checklist(42, 1, "job", "club", lambda answers: None)
    assert not moved and progress == await storage.checklist_progress(42)
    assert progress is not None and progress.answers == {"too_good": "y"}
    await storage.close()


async def test_campaign_is_kept_from_the_first_start_that_had_one(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    await storage.touch_person(7, "en")
    assert (await storage.touch_person(7, "en", "poster_mary")).campaign == "poster_mary"
    assert (await storage.touch_person(7, "en", "leaflet")).campaign == "poster_mary"
    await storage.close()


async def test_connection_has_wal_foreign_keys_and_secure_delete(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")

    async def read(db: Transaction) -> dict[str, object]:
        pragmas = {}
        for name in ("journal_mode", "foreign_keys", "secure_delete", "busy_timeout"):
            row = await db.fetchone(f"PRAGMA {name}")
            assert row is not None
            pragmas[name] = row[0]
        return pragmas

    pragmas = await storage.run(read)
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["foreign_keys"] == 1 and pragmas["secure_delete"] == 1 and pragmas["busy_timeout"] > 0
    await storage.close()


async def test_a_person_s_row_shows_every_change(tmp_path: Path) -> None:
    now = [1_790_000_000.0]
    storage = await Storage.open(tmp_path / "bot.sqlite3", clock=lambda: now[0])
    await storage.touch_person(1, "ru")
    assert (await storage.touch_person(1, "en")).language == "en"  # Telegram's language, until one is chosen
    await storage.set_language(1, "tk")
    assert (await storage.touch_person(1, "en")).language == "tk"
    assert (await storage.touch_person(1, "en", "radio")).campaign == "radio"
    await storage.mark_person_blocked(1)
    assert (await storage.touch_person(1, "en")).blocked
    await storage.unblock_person(1)
    assert not (await storage.touch_person(1, "en")).blocked
    now[0] += 1
    assert (await storage.touch_person(1, "en")).last_seen == int(now[0])
    stored = await storage.get_person(1)
    assert stored is not None and stored.last_seen == int(now[0])
    await storage.forget_person(1)
    again = await storage.touch_person(1, "ru")
    assert again.language == "ru" and not again.language_chosen and again.campaign is None
    await storage.close()


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    opened = await Storage.open(tmp_path / "bot.sqlite3")
    try:
        yield opened
    finally:
        await opened.close()


async def test_a_person_s_draft_and_open_case_see_every_write(storage: Storage) -> None:
    # Every text asks for both, in one snapshot.
    await storage.touch_person(1, "ru")
    assert await storage.draft_and_open_case(1) == (None, None)
    await storage.save_draft(Draft(1, step="need", answers={"need": "legal"}))
    draft, case = await storage.draft_and_open_case(1)
    assert draft is not None and draft.need == "legal" and case is None
    opened, _ = await storage.create_case(NewCase(1, "ru", ngo_id=None, staff_chat_id=None, urgent=False))
    assert await storage.draft_and_open_case(1) == (None, opened)
    assert await storage.open_case_for(1) == opened
    await storage.close_case(opened.id, "information", None)
    assert await storage.open_case_for(1) is None


async def test_a_handled_update_is_not_handled_again_and_keeps_no_text(tmp_path: Path) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    await storage.store_updates([(number, '{"text": "my passport"}') for number in (1, 2, 3)])
    for number in (1, 2):
        await storage.mark_handled(number)
    await storage.close()
    reopened = await Storage.open(tmp_path / "bot.sqlite3")
    try:
        assert await reopened.unhandled_updates() == [(3, '{"text": "my passport"}')]
        payloads = await reopened.run(lambda db: db.fetchone("SELECT COUNT(payload) FROM inbox"))
        assert (
            payloads is not None and payloads[0] == 1
        )  # the handled ones no longer hold what the person wrote
    finally:
        await reopened.close()


@pytest.mark.parametrize(
    ("write", "written"),
    [
        (lambda storage: storage.mark_handled(1), "SELECT COUNT(*) FROM inbox WHERE handled_at IS NOT NULL"),
        (lambda storage: storage.remember_message(5, 77), "SELECT COUNT(*) FROM chat_messages"),
        (
            lambda storage: storage.count_question("en", "work-visa", True),
            "SELECT SUM(count) FROM question_counts",
        ),
    ],
)
async def test_a_handled_mark_a_message_id_and_a_question_count_are_committed_when_made(
    storage: Storage, tmp_path: Path, write: Any, written: str
) -> None:
    await storage.touch_person(5, "en")
    await storage.store_updates([(1, "{}")])
    await write(storage)
    with closing(sqlite3.connect(tmp_path / "bot.sqlite3")) as other:  # another process sees it at once
        assert other.execute(written).fetchone() == (1,)


@pytest.mark.parametrize(
    "script",
    [
        "CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; with a semicolon\nCREATE TABLE b (y INTEGER);",
        "CREATE TABLE a (x TEXT);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
        "  INSERT INTO b VALUES (2);\nEND;\nCREATE TABLE b (y INTEGER); -- the end",
    ],
)
def test_a_migration_is_split_where_sqlite_ends_a_statement(script: str) -> None:
    statements = split_statements(script)
    assert len(statements) == 3 if "TRIGGER" in script else len(statements) == 2
    assert all(sqlite3.complete_statement(statement) for statement in statements)


def test_a_migration_s_last_statement_may_go_without_its_semicolon() -> None:
    assert split_statements("CREATE TABLE a (x TEXT);\nCREATE TABLE b (y TEXT)\n-- done\n") == [
        "CREATE TABLE a (x TEXT);",
        "CREATE TABLE b (y TEXT)\n-- done",
    ]


async def test_rows_given_while_a_write_is_in_flight_go_together_in_the_next_and_each_caller_waits_for_its_own() -> (
    None
):
    """Under load every statement waits its turn on aiosqlite's one thread: handled marks and message ids given
    while one is being written go in one write after it, and no caller returns before its own row is committed."""
    gathering = Gathering()
    writes: list[list[Any]] = []
    writing, go_on = asyncio.Event(), asyncio.Event()
    returned: list[int] = []

    async def write(rows: list[Any]) -> None:
        writes.append(list(rows))
        if len(writes) == 1:
            writing.set()
            await go_on.wait()

    async def add(number: int) -> None:
        await gathering.add((number,), write)
        returned.append(number)

    tasks = [asyncio.create_task(add(number)) for number in (1, 2, 3, 4)]
    await writing.wait()  # the first row is being written; the others were given meanwhile
    assert returned == [] and writes == [[(1,)]]
    go_on.set()
    await asyncio.gather(*tasks)
    assert writes == [[(1,)], [(2,), (3,), (4,)]]
    assert returned == [1, 2, 3, 4]


async def test_a_gathered_write_that_fails_fails_for_every_row_it_carried_and_the_next_row_is_written_afresh() -> (
    None
):
    gathering = Gathering()
    writes: list[list[Any]] = []
    writing, go_on = asyncio.Event(), asyncio.Event()

    async def write(rows: list[Any]) -> None:
        writes.append(list(rows))
        if len(writes) == 1:
            writing.set()
            await go_on.wait()
        if len(writes) == 2:
            raise sqlite3.OperationalError("disk I/O error")

    first = asyncio.create_task(gathering.add((1,), write))
    others = [asyncio.create_task(gathering.add((n,), write)) for n in (2, 3)]
    await writing.wait()
    go_on.set()
    outcomes = await asyncio.gather(first, *others, return_exceptions=True)
    assert outcomes[0] is None and all(isinstance(o, sqlite3.OperationalError) for o in outcomes[1:])
    await gathering.add((4,), write)
    assert writes == [[(1,)], [(2,), (3,)], [(4,)]]
