"""The network's screening indicators: screenings done and persons identified by form of exploitation, destination,
sex, age band and assistance, in the figures, /stats and the aggregated export, with small cells suppressed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot import indicators
from bot.config import Config
from bot.indicators import COORDINATOR, Storage
from bot.runtime.context import BotContext
from bot.standin.server import FakeUser, StandIn
from handlers import indicators as indicator_handlers
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory, FakeClock
from tests.test_handoff_flow import staff
from tests.test_indicators import NOW, WEEK, at
from tests.test_screening_flow import claimed_case, interview, option, screen_to_the_end

ADULT_LABOUR = {"act": ("recruitment",), "means": ("debt",), "purpose": ("labour",)}
SCREENINGS = [
    # (case, ngo, velayat, answers, judgement, finished)
    (
        1,
        "example-mary",
        "mary",
        {**ADULT_LABOUR, "country": ("tr",), "sex": ("female",), "age": ("25-34",)},
        None,
        True,
    ),
    (
        2,
        "example-mary",
        "mary",
        {
            "act": ("transport",),
            "purpose": ("sexual", "labour"),
            "country": ("ru",),
            "sex": ("female",),
            "age": ("under18",),
        },
        None,
        True,
    ),
    (
        3,
        "example-ashgabat",
        "ashgabat",
        {"act": ("recruitment",), "country": ("ae",), "sex": ("male",), "age": ("35plus",)},
        "meets",
        True,
    ),
    (4, "example-ashgabat", "ashgabat", {**ADULT_LABOUR, "age": ("18-24",)}, "not_met", True),
    (5, "example-mary", "mary", {"act": ("recruitment",)}, None, False),
]


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    storage = await Storage.open(tmp_path / "screenings.sqlite3", clock=NOW.timestamp)
    day = at("2026-03-10")

    async def cases(db: Any) -> None:
        await db.executemany(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (?, 'ru', ?, ?)",
            [(case, day, day) for case, *_ in SCREENINGS],
        )
        await db.executemany(
            """
            INSERT INTO cases (id, user_id, ngo_id, status, language, velayat, created_at, claimed_at, claimed_by,
                               outcome, closed_at)
            VALUES (?, ?, ?, ?, 'ru', ?, ?, ?, 7, ?, ?)
            """,
            [
                (
                    case,
                    case,
                    ngo,
                    "closed" if case == 1 else "claimed",
                    velayat,
                    day,
                    day,
                    *(("legal", day + 60) if case == 1 else (None, None)),
                )
                for case, ngo, velayat, *_ in SCREENINGS
            ],
        )

    await storage.write(cases)
    for case, _, _, answers, judgement, finished in SCREENINGS:
        await storage.start_screening(case, 7, "act")
        await storage.save_screening(case, 7, answers, None if finished else "means")
        if judgement:
            await storage.judge_screening(case, 7, judgement)
    lawyer, _ = await storage.ask_specialist(1, "example-lawyer-mary", "lawyer", -100123, 7)
    await storage.advance_request(lawyer.id, "accepted", 7)
    await storage.advance_request(lawyer.id, "done", 7)
    await storage.ask_specialist(3, "example-psy-mary", "psychologist", -100123, 7)
    yield storage
    await storage.close()


async def test_screening_figures_count_identified_persons_by_each_dimension(storage: Storage) -> None:
    everything = (await indicators.compute(storage, WEEK, None)).screenings
    assert everything is not None
    assert (everything.done, everything.identified) == (4, 3)  # half-way screenings do not count
    assert everything.by_form == (("labour", 2), ("sexual", 1))
    assert everything.by_country == (("tr", 1), ("ru", 1), ("ae", 1))
    assert everything.by_sex == (("female", 2), ("male", 1))
    assert everything.by_age == (("under18", 1), ("25-34", 1), ("35plus", 1))
    assert everything.assistance == (("legal", 1),)
    assert everything.consultations == (("psychologist", 1, 0), ("lawyer", 1, 1))  # (role, asked, given)
    mary = (await indicators.compute(storage, WEEK, ("example-mary",))).screenings
    assert mary is not None and (mary.done, mary.identified) == (2, 2)
    assert mary.consultations == (("lawyer", 1, 1),)


async def test_the_export_counts_specialist_consultations_per_ngo_and_velayat_by_role(
    storage: Storage,
) -> None:
    columns, rows = await indicators.export_counts(storage, WEEK, min_cell_size=1)
    consultations = {(r[3], r[4]): dict(zip(columns, r, strict=True)) for r in rows if r[2] == "consultation"}
    assert set(consultations) == {("example-mary", "mary"), ("example-ashgabat", "ashgabat")}
    mary, ashgabat = consultations[("example-mary", "mary")], consultations[("example-ashgabat", "ashgabat")]
    assert (mary["total"], mary["lawyer_asked"], mary["lawyer_given"], mary["psychologist_asked"]) == (
        "1",
        "1",
        "1",
        "0",
    )
    assert (ashgabat["psychologist_asked"], ashgabat["psychologist_given"], ashgabat["lawyer_asked"]) == (
        "1",
        "0",
        "0",
    )
    assert mary["identified"] == ""  # a consultation row carries only its own columns
    _, suppressed = await indicators.export_counts(storage, WEEK)  # the default minimum, 5
    assert {cell for row in suppressed if row[2] == "consultation" for cell in row[5:] if cell} == {"0", "<5"}


async def test_the_export_has_screening_counts_per_ngo_and_velayat_with_small_cells_suppressed(
    storage: Storage,
) -> None:
    columns, rows = await indicators.export_counts(storage, WEEK, min_cell_size=1)
    records = {(r[2], r[3], r[4]): dict(zip(columns, r, strict=True)) for r in rows}
    mary = records[("screening", "example-mary", "mary")]
    assert (mary["total"], mary["identified"], mary["form_labour"], mary["form_sexual"]) == (
        "2",
        "2",
        "2",
        "1",
    )
    assert (mary["country_tr"], mary["sex_female"], mary["age_band_under18"], mary["assistance_legal"]) == (
        "1",
        "2",
        "1",
        "1",
    )
    ashgabat = records[("screening", "example-ashgabat", "ashgabat")]
    assert (ashgabat["total"], ashgabat["identified"], ashgabat["sex_male"], ashgabat["age_band_18-24"]) == (
        "2",
        "1",
        "1",
        "0",  # the one judged "not met" is not counted as identified
    )
    assert len(set(columns)) == len(columns)  # no column shared by two kinds of row but "total"
    assert COORDINATOR not in {r[3] for r in rows if r[2] == "screening"}
    _, suppressed = await indicators.export_counts(storage, WEEK)  # the default minimum, 5
    cells = {cell for row in suppressed if row[2] == "screening" for cell in row[5:] if cell}
    assert cells == {"0", "<5"}
    for forbidden in ("answers", "act", "means", "judgement"):
        assert forbidden not in columns


@pytest.mark.parametrize("minimum", [1, 5])
async def test_stats_show_the_screening_indicators(
    start_app: AppFactory, config: Config, standin: StandIn, minimum: int
) -> None:
    app = await start_app(
        config=replace(config, indicators=replace(config.indicators, min_cell_size=minimum))
    )
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    number, worker = await claimed_case(app, standin, person, "ru")
    await screen_to_the_end(worker, app, "ru", number)
    assert "🔎" in interview(worker).text
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    await coordinator.send("/stats")
    summary, photo = coordinator.messages()[-2:]
    one = "1" if minimum == 1 else "<5"
    assert (
        tr.gettext("🔎 Screenings done: {count}; persons identified as trafficked: {identified}").format(
            count=one, identified=one
        )
        in summary.text
    )
    forced_labour = option(app, tr.language, "Forced labour")
    assert tr.gettext("By form of exploitation: {list}").format(list=f"{forced_labour} {one}") in summary.text
    assert photo.kind == "photo"
    mary = staff(app, standin)
    await mary.send("/stats")  # the NGO's own chat: its own screenings
    mary_tr = app.bot_data.catalogs("ru")
    assert (
        mary_tr.gettext("By sex: {list}").format(list=f"{option(app, 'ru', 'Female')} {one}")
        in mary.messages()[-2].text
    )


async def test_the_weekly_report_has_the_screening_indicators(
    start_app: AppFactory, config: Config, standin: StandIn, clock: FakeClock
) -> None:
    app = await start_app(config=replace(config, indicators=replace(config.indicators, min_cell_size=1)))
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    number, worker = await claimed_case(app, standin, person, "ru")
    await screen_to_the_end(worker, app, "ru", number)
    clock.advance(86400)  # the report covers the seven days before its day
    now = datetime.fromtimestamp(clock(), UTC)
    assert (
        await indicator_handlers.post_weekly_report(BotContext(app), now.isoweekday(), now.hour) is not None
    )
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    summary, chart = staff(app, standin, chat_id=COORDINATOR_CHAT).messages()[-2:]
    line = tr.gettext("🔎 Screenings done: {count}; persons identified as trafficked: {identified}")
    assert line.format(count=1, identified=1) in summary.text and chart.kind == "photo"
