"""A screening counts for the organisation whose worker ran it: after a referral, the first organisation's /stats
still counts it, and the organisation the case went to does not count it as its own (as specialist requests count
for the organisation that asked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiosqlite

from bot.standin.server import StandIn
from bot.storage import Storage, load_migrations
from tests.chat import Chat
from tests.test_case_tools import BAYRAMALY_CHAT, labels, name, request_help
from tests.test_found_by_tester_cc import stats
from tests.test_handoff_flow import MARY, button, staff, text
from tests.test_screening_flow import screen_to_the_end


async def test_a_screening_counts_for_the_organisation_that_ran_it_after_a_referral(
    app: Any, standin: StandIn, chat_with: Any
) -> None:
    person: Chat = chat_with("ru")
    # information and advice: a service Bayramaly, in Mary's velayat, gives too, so the case moves at once
    number = await request_help(app, person, "ru", "ℹ️ Information and advice", MARY, "example-mary")
    mary = staff(app, standin, name="Аман")
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT, name="Ira")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    await screen_to_the_end(mary, app, "ru", number)
    screened = "🔎 Screenings done: {count}; persons identified as trafficked: {identified}"
    in_mary = text(app, "ru", screened)
    in_bayramaly = text(app, "tk", screened)
    assert in_mary.format(count="<5", identified="<5") in await stats(mary)
    assert in_bayramaly.format(count=0, identified=0) in await stats(bayramaly)

    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly_name = name(app, "example-mary-bayramaly", "ru")
    (choice,) = [label for label in labels(mary.card(number)) if label.startswith(bayramaly_name)]
    await mary.press(mary.card(number), choice)
    assert (await app.bot_data.storage.case(number)).ngo_id == "example-mary-bayramaly"

    assert in_mary.format(count="<5", identified="<5") in await stats(mary), "Mary's worker ran it"
    assert in_bayramaly.format(count=0, identified=0) in await stats(bayramaly), "not Bayramaly's own"


async def test_the_migration_credits_older_screenings_to_who_had_the_case_then(tmp_path: Path) -> None:
    migrations = load_migrations()
    before = next(m.version for m in migrations if m.name.startswith("0048_")) - 1
    path = tmp_path / "bot.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as raw:
        await Storage(raw, clock=lambda: 0).migrate(migrations[:before])
        await raw.execute(
            "INSERT INTO cases (id, language, created_at, ngo_id) VALUES (1, 'ru', 10, 'example-ahal'), "
            "(2, 'ru', 10, 'example-ahal'), (3, 'ru', 10, NULL)"
        )
        # case 1 screened at Mary before it went to Ahal; case 2 screened at Ahal after it came from Mary
        await raw.execute(
            "INSERT INTO referrals (case_id, from_ngo_id, to_ngo_id, staff_user_id, status, asked_at, decided_at) "
            "VALUES (1, 'example-mary', 'example-ahal', 5, 'done', 30, 30), "
            "(2, 'example-mary', 'example-ahal', 5, 'done', 30, 30)"
        )
        await raw.execute(
            "INSERT INTO screenings (case_id, started_by, started_at, updated_at, finished_at) "
            "VALUES (1, 5, 20, 25, 25), (2, 5, 40, 45, 45), (3, 5, 20, 25, 25)"
        )
    storage = await Storage.open(path)
    rows = await storage.db.fetchall("SELECT case_id, screened_for FROM screenings ORDER BY case_id")
    assert [tuple(row) for row in rows] == [(1, "example-mary"), (2, "example-ahal"), (3, "hotline-team")]
    await storage.close()
