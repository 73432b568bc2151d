"""The coordinators' indicators: each figure on a known data set, the period, the weekly schedule, the chart, the
anonymised export, and /stats and /export through the application."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from PIL import Image

from bot import indicators
from bot.chart import TEXT, Chart, ChartError, font, render_in_child, render_png
from bot.i18n import LANGUAGES, Catalogs
from bot.indicators import COORDINATOR, NO_CAMPAIGN, Period, Storage, parse_period, percentile, report_due
from bot.runtime.context import BotContext
from bot.standin.server import FakeUser, StandIn
from bot.storage import NewCase, Transaction, load_migrations, trend
from handlers import indicators as indicator_handlers
from handlers.indicators import chart
from tests import chart_samples
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory, FakeClock, stop_app
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
WEEK = Period(date(2026, 3, 9), date(2026, 3, 15))
MINUTE = 60


def at(day: str, hour: int = 10, minutes: int = 0) -> int:
    return int(datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00").timestamp()) + minutes * MINUTE


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    storage = await Storage.open(tmp_path / "indicators.sqlite3", clock=NOW.timestamp)
    yield storage
    await storage.close()


async def seed(storage: Storage) -> None:
    """A known week (2026-03-09..15) with rows just outside it on both sides."""

    async def work(db: Transaction) -> None:
        await db.executemany(
            "INSERT INTO users (user_id, language, first_seen, last_seen, campaign) VALUES (?, ?, ?, ?, ?)",
            [
                (1, "ru", at("2026-03-10"), at("2026-03-10"), "radio"),
                (2, "ru", at("2026-03-15", 11), at("2026-03-15", 11), None),
                (3, "en", at("2026-03-09", 0), at("2026-03-09", 0), None),  # the first second of the period
                (4, "tk", at("2026-03-09", 0) - 1, at("2026-03-10"), "radio"),  # the day before
                (5, "tk", at("2026-03-16", 0), at("2026-03-16", 0), None),  # the day after
            ],
        )
        await db.executemany(
            "INSERT INTO question_counts (day, language, topic_id, confident, count) VALUES (?, ?, ?, ?, ?)",
            [
                ("2026-03-10", "ru", "passport-safety", 1, 5),
                ("2026-03-11", "en", "passport-safety", 1, 2),
                ("2026-03-11", "ru", "", 0, 3),
                ("2026-03-12", "ru", "visa", 0, 4),  # an unsure guess: asked, but not a topic answered
                *[("2026-03-13", "tk", topic, 1, 1) for topic in ("t-e", "t-d", "t-c", "t-b", "t-a")],
                ("2026-03-08", "ru", "old-topic", 1, 100),
                ("2026-03-16", "ru", "new-topic", 1, 100),
            ],
        )
        await db.executemany(
            "INSERT INTO feedback (topic_id, language, helpful, unhelpful) VALUES (?, ?, ?, ?)",
            [("passport-safety", "ru", 3, 1), ("passport-safety", "en", 1, 0), ("visa", "ru", 0, 2)],
        )
        await db.executemany(
            "INSERT INTO checklist_results (finished_on, language, level, flagged, region, gender, age_band) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                ("2026-03-09", "ru", "low", "", "mary", "female", "18-24"),
                ("2026-03-15", "tk", "low", "", None, None, None),
                ("2026-03-12", "en", "high", "passport_kept,no_contract", "lebap", "male", "25-34"),
                ("2026-03-08", "ru", "medium", "no_contract", None, None, None),
            ],
        )
        await db.executemany(
            """
            INSERT INTO cases (user_id, ngo_id, status, urgent, language, velayat, need, created_at, claimed_at,
                               closed_at, outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                (1, "example-mary", "closed", 0, "ru", "mary", "legal", at("2026-03-10"), at("2026-03-10", 10, 10),
                 at("2026-03-10", 12), "legal"),
                (2, "example-mary", "claimed", 0, "tk", "mary", "shelter", at("2026-03-11"),
                 at("2026-03-11", 10, 30), None, None),
                (3, None, "open", 1, "ru", None, None, at("2026-03-12"), None, None, None),
                (4, "example-ashgabat", "closed", 0, "en", "ashgabat", "medical", at("2026-03-13"), None,
                 at("2026-03-13", 10, 5), "withdrawn"),
                (1, "example-ashgabat", "closed", 0, "ru", "ahal", "legal", at("2026-03-14"),
                 at("2026-03-14", 10, 50), at("2026-03-14", 20), "referred"),
                (1, "example-mary", "closed", 0, "ru", "mary", "legal", at("2026-03-01"), at("2026-03-01", 11),
                 at("2026-03-02"), "legal"),
            ],
        )  # fmt: skip

    await storage.write(work)


# The period ----------------------------------------------------------------------------------------------------


def test_default_period_is_the_last_seven_days_including_today() -> None:
    today = date(2026, 3, 15)
    assert parse_period(None, today) == parse_period("", today) == parse_period("7d", today) == WEEK
    assert WEEK.days == 7


def test_thirty_days_and_an_inclusive_range() -> None:
    today = date(2026, 3, 15)
    assert parse_period("30d", today) == Period(date(2026, 2, 14), today)
    period = parse_period(" 2026-01-01..2026-01-31 ", today)
    assert (period.start, period.end, period.days) == (date(2026, 1, 1), date(2026, 1, 31), 31)
    assert period.end_ts - period.start_ts == 31 * 86400
    assert period.start_ts == int(datetime(2026, 1, 1, tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("week", "is not a period: use 7d, 30d or YYYY-MM-DD..YYYY-MM-DD"),
        ("0d", "between 1 and 366"),
        ("2026-02-30..2026-03-01", "2026-02-30 is not a date"),
        ("2026-03-05..2026-03-01", "starts (2026-03-05) after it ends (2026-03-01)"),
        ("2026-03-01", "is not a period"),
        ("٣d", "is not a period"),
        ("²d", "is not a period"),
        ("2020-01-01..2026-03-01", "at most 366 days"),
    ],
)
def test_a_bad_period_is_explained(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_period(text, date(2026, 3, 15))


# Percentiles ---------------------------------------------------------------------------------------------------


def test_percentiles_interpolate_between_ranks() -> None:
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 0.5) == 5.5
    assert percentile(values, 0.9) == pytest.approx(9.1)
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([30.0, 10.0, 50.0], 0.5) == 30.0  # unsorted input
    assert percentile([], 0.5) is None


# The figures ---------------------------------------------------------------------------------------------------


async def test_coordinator_figures_on_a_known_week(storage: Storage) -> None:
    await seed(storage)
    figures = await indicators.compute(storage, WEEK, None)
    network = figures.network
    assert network is not None
    assert network.new_people == 3
    assert network.people_by_language == (("ru", 2), ("en", 1))
    assert network.people_by_source == ((NO_CAMPAIGN, 2), ("radio", 1))
    assert (network.questions, network.questions_confident) == (19, 12)
    assert network.share_confident == pytest.approx(12 / 19)
    assert network.top_topics == (("passport-safety", 7), ("t-a", 1), ("t-b", 1), ("t-c", 1), ("t-d", 1))
    assert network.feedback == (("passport-safety", 4, 1), ("visa", 0, 2))  # totals: the table has no dates
    assert network.checklists_by_level == (("low", 2), ("medium", 0), ("high", 1))
    assert network.checklists == 3

    cases = figures.cases
    assert (cases.total, cases.urgent) == (5, 1)
    assert cases.by_ngo == (("example-ashgabat", 2), ("example-mary", 2), (COORDINATOR, 1))
    assert cases.by_status == (("open", 1), ("claimed", 1), ("closed", 3))
    assert cases.by_outcome == (("legal", 1), ("referred", 1), ("withdrawn", 1))
    # Claimed after 10, 30 and 50 minutes; closed after 120 and 600 (the withdrawn case is left out).
    assert (cases.to_claim.count, cases.to_claim.median, cases.to_claim.p90) == (3, 30, pytest.approx(46))
    assert (cases.to_close.count, cases.to_close.median, cases.to_close.p90) == (2, 360, pytest.approx(552))


async def test_an_ngo_chat_sees_its_own_cases_and_no_network_figures(storage: Storage) -> None:
    await seed(storage)
    figures = await indicators.compute(storage, WEEK, ("example-mary",))
    assert figures.network is None
    cases = figures.cases
    assert (cases.total, cases.urgent) == (2, 0)
    assert cases.by_ngo == (("example-mary", 2),)
    assert cases.by_status == (("open", 0), ("claimed", 1), ("closed", 1))
    assert cases.by_outcome == (("legal", 1),)
    assert (cases.to_claim.median, cases.to_claim.p90) == (20, pytest.approx(28))
    assert (cases.to_close.count, cases.to_close.median) == (1, 120)
    several = await indicators.compute(storage, WEEK, ("example-mary", "example-ashgabat"))
    assert several.cases.total == 4
    nothing = await indicators.compute(storage, WEEK, ("example-lebap",))
    assert nothing.cases.total == 0 and nothing.cases.to_claim.median is None


async def test_the_daily_counts_follow_language_campaign_and_forget(storage: Storage) -> None:
    await seed(storage)
    await storage.set_language(1, "tk")  # person 1 (ru, radio) first seen in the week
    await storage.touch_person(2, "ru", "poster")  # person 2 (ru, no campaign) gets one from a later /start
    await storage.forget_person(3)  # person 3 (en): gone, and so from the counts
    network = (await indicators.compute(storage, WEEK, None)).network
    assert network is not None and network.new_people == 2
    assert network.people_by_language == (("ru", 1), ("tk", 1))
    assert network.people_by_source == (("poster", 1), ("radio", 1))


async def test_the_daily_counts_are_filled_from_existing_rows_when_the_migration_runs(tmp_path: Path) -> None:
    migrations = load_migrations()
    daily = next(m.version for m in migrations if "people_by_day" in m.sql)
    path = tmp_path / "bot.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as raw:
        before = Storage(raw, clock=lambda: 0)
        await before.migrate(migrations[: daily - 1])
        await seed(before)
    storage = await Storage.open(path)
    network = (await indicators.compute(storage, WEEK, None)).network
    assert network is not None and network.new_people == 3
    assert network.checklists_by_level == (("low", 2), ("medium", 0), ("high", 1))
    await storage.close()


async def test_an_empty_database_gives_zeros_not_errors(storage: Storage) -> None:
    figures = await indicators.compute(storage, WEEK, None)
    assert figures.network is not None and figures.network.share_confident is None
    assert figures.network.checklists_by_level == (("low", 0), ("medium", 0), ("high", 0))
    assert figures.cases.total == 0 and figures.cases.to_close.p90 is None


# The weekly schedule -------------------------------------------------------------------------------------------

MONDAY, NINE = 1, 9


def test_report_is_due_at_its_hour_and_not_before() -> None:
    monday = datetime(2026, 3, 16, tzinfo=UTC)  # ISO week 12
    assert report_due(monday.replace(hour=8, minute=59), MONDAY, NINE, "2026-W11") is None
    assert report_due(monday.replace(hour=9), MONDAY, NINE, "2026-W11") == "2026-W12"
    assert report_due(monday.replace(hour=9), MONDAY, NINE, None) == "2026-W12"  # first ever run


def test_report_is_not_posted_twice_after_a_restart() -> None:
    monday = datetime(2026, 3, 16, 9, 5, tzinfo=UTC)
    assert report_due(monday, MONDAY, NINE, "2026-W12") is None
    assert report_due(monday + timedelta(days=3), MONDAY, NINE, "2026-W12") is None
    assert report_due(monday + timedelta(days=7), MONDAY, NINE, "2026-W12") == "2026-W13"


def test_a_report_missed_while_the_bot_was_down_is_posted_when_it_comes_back() -> None:
    back = datetime(2026, 3, 18, 15, 0, tzinfo=UTC)  # Wednesday, two days after the hour
    assert report_due(back, MONDAY, NINE, "2026-W11") == "2026-W12"
    # Down for weeks: only the latest week is posted, not a backlog.
    assert report_due(back + timedelta(weeks=3), MONDAY, NINE, "2026-W11") == "2026-W15"


def test_report_schedule_across_the_year_end_and_on_other_days() -> None:
    assert report_due(datetime(2026, 12, 28, 9, tzinfo=UTC), MONDAY, NINE, "2026-W52") == "2026-W53"
    assert report_due(datetime(2027, 1, 4, 9, tzinfo=UTC), MONDAY, NINE, "2026-W53") == "2027-W01"
    assert indicators.week_period("2027-W01", MONDAY) == Period(date(2026, 12, 28), date(2027, 1, 3))
    sunday_evening = datetime(2026, 3, 22, 20, tzinfo=UTC)
    assert report_due(sunday_evening, 7, 18, "2026-W11") == "2026-W12"
    assert report_due(sunday_evening.replace(tzinfo=None), 7, 18, None) == "2026-W12"  # naive means UTC
    with pytest.raises(ValueError):
        report_due(sunday_evening, 0, 9, None)


def test_a_weekly_report_covers_the_seven_days_before_its_day() -> None:
    assert indicators.week_period("2026-W12", MONDAY) == Period(date(2026, 3, 9), date(2026, 3, 15))


# The chart -----------------------------------------------------------------------------------------------------


def chart_strings(figure: Chart) -> list[str]:
    """Every piece of text the chart draws."""
    texts = [
        figure.title,
        *figure.subtitle,
        figure.none,
        figure.trend_title,
        figure.trend_note,
        *figure.weeks,
    ]
    for block in figure.blocks:
        texts += [block.title, *(label for label, _ in block.bars)]
    for panel in figure.panels:
        texts.append(panel.title)
        for series in panel.series:
            texts += [series.name, *series.texts]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_chart_is_a_png_a_phone_shows_in_each_language(language: str) -> None:
    tr = Catalogs.load()(language)
    coordinator = render_png(chart(tr, chart_samples.FIGURES, chart_samples.weeks()))
    ngo = render_png(chart(tr, chart_samples.NGO_FIGURES, chart_samples.weeks(network=False)))
    sizes = []
    for png in (coordinator, ngo):
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        with Image.open(io.BytesIO(png)) as image:
            assert image.format == "PNG"
            image.verify()  # checks every chunk's CRC
        with Image.open(io.BytesIO(png)) as image:
            image.load()
            width, height = image.size
            assert width == 800  # about two pixels a point on a phone: text 22 px and up stays legible
            # Telegram's limits for a photo: sides adding up to 10000 at most, a ratio of 20 at most.
            assert width + height <= 10_000 and height / width <= 20
            assert len(image.getcolors(maxcolors=100_000) or ()) > 10  # text and bars, not a blank page
            sizes.append(height)
        assert len(png) < 1_000_000
    assert sizes[0] > sizes[1]  # the coordinator's chart has the network's figures and trend too


def test_the_chart_speaks_the_chats_language() -> None:
    catalogs = Catalogs.load()
    english, russian, turkmen = (
        chart(catalogs(language), chart_samples.FIGURES, chart_samples.weeks())
        for language in ("en", "ru", "tk")
    )
    assert (english.title, russian.title, turkmen.title) == ("Indicators", "Показатели", "Görkezijiler")
    assert [block.title for block in russian.blocks] == [
        "Вопросы",
        "Проверки вакансий по риску",
        "Обращения за период: статус сейчас",
        "Закрытия за период, по итогу",  # the period's closes, not its cases
    ]
    assert russian.blocks[1].bars == (("низкий", 38), ("средний", 21), ("высокий", 9))
    assert russian.trend_title == "По неделям: последние 8 недель"
    assert turkmen.trend_title == "Hepde-hepde: soňky 8 hepde"
    # Nothing in English is left on a Russian or Turkmen chart, apart from dates and numbers.
    for translated in (russian, turkmen):
        words = {
            text
            for text in chart_strings(translated)
            if re.search("[a-z]", text) and not re.search(r"\d", text)
        }
        same = words & set(chart_strings(english))
        assert not same, same
    assert russian.panels[-1].series[0].texts[-4:] == ("2,5 ч", "55 мин", "47 мин", "42 мин")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_font_draws_every_letter_on_the_chart(language: str) -> None:
    """The shipped font is a subset: a letter outside it would be drawn as nothing."""
    texts = chart_strings(chart(Catalogs.load()(language), chart_samples.FIGURES, chart_samples.weeks()))
    letters = set("".join(texts) + "äçžňöşüýÄÇŽŇÖŞÜÝабвгдеёжзийклмнопрстуфхцчшщъыьэюяАЯ") - {" "}
    for bold in (False, True):
        face = font(TEXT, bold)
        missing = sorted(letter for letter in letters if face.getmask(letter).getbbox() is None)
        assert not missing


async def test_the_bot_draws_the_chart_in_a_child_process() -> None:
    figure = chart(Catalogs.load()("tk"), chart_samples.FIGURES, chart_samples.weeks())
    assert await render_in_child(figure) == render_png(figure)


async def test_a_failed_chart_process_is_an_error_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/bin/false")
    with pytest.raises(ChartError, match="exited with 1"):
        await render_in_child(chart(Catalogs.load()("ru"), chart_samples.FIGURES, chart_samples.weeks()))


def test_the_bot_process_never_loads_pillow() -> None:
    """Pillow and the image buffers stay in the child process, out of the bot's memory."""
    code = "import sys, bot.runtime.app, handlers, handlers.indicators; print('PIL' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


async def test_the_trend_counts_each_week(storage: Storage) -> None:
    await seed(storage)

    async def replies(db: Transaction) -> None:
        # Staff first write 15 and 45 minutes after two of the week's cases; the person's own message is no reply.
        rows = await db.fetchall(
            "SELECT id, created_at FROM cases WHERE created_at >= ? AND created_at < ? ORDER BY id",
            (at("2026-03-09", 0), at("2026-03-16", 0)),
        )
        for (case_id, created), minutes, direction in zip(
            rows, (15, 45, 5), ("staff", "staff", "person"), strict=False
        ):
            await db.execute(
                "INSERT INTO case_messages (case_id, direction, text, created_at) VALUES (?, ?, '', ?)",
                (case_id, direction, created + minutes * 60),
            )
            await db.execute(
                "INSERT INTO case_messages (case_id, direction, text, created_at) VALUES (?, 'staff', '', ?)",
                (case_id, created + (minutes + 60) * 60),  # a later reply does not count
            )

    await storage.write(replies)
    before, week = await trend.weekly(storage, WEEK.end, None, weeks=2)
    assert (before.period, week.period) == (Period(date(2026, 3, 2), date(2026, 3, 8)), WEEK)
    assert (week.new_people, week.questions, week.opened, week.closed) == (3, 19, 5, 3)
    # First staff replies after 15 and 45 minutes, and 65 for the case whose person wrote first: median 45.
    assert week.to_first_reply == 45
    # The week before: one person the second before midnight, the old topic's 100 questions, and a case closed on
    # 2 March that was opened on 1 March (before both weeks, so not counted as opened).
    assert (before.new_people, before.questions, before.opened, before.closed, before.to_first_reply) == (
        1,
        100,
        0,
        1,
        None,
    )
    mary_before, mary = await trend.weekly(storage, WEEK.end, ("example-mary",), weeks=2)
    assert (mary.new_people, mary.questions, mary.opened, mary.closed) == (None, None, 2, 1)
    assert (mary_before.opened, mary_before.closed) == (0, 1)


async def test_the_trend_of_an_empty_database_is_zeros(storage: Storage) -> None:
    weeks = await trend.weekly(storage, WEEK.end, None)
    assert len(weeks) == trend.WEEKS and weeks[0].period.start == WEEK.end - timedelta(
        days=7 * trend.WEEKS - 1
    )
    assert {
        (week.new_people, week.questions, week.opened, week.closed, week.to_first_reply) for week in weeks
    } == {(0, 0, 0, 0, None)}


# The export ----------------------------------------------------------------------------------------------------

SECRETS = (
    "Gulnara Secretova",
    "+99365123456",
    "after six",
    "took my passport in Antalya",
    "relayed secret text",
)
PERSON_ID, STAFF_ID = 987654321, 555444333


async def test_export_has_the_documented_columns_and_no_personal_data(
    storage: Storage, tmp_path: Path
) -> None:
    await seed(storage)

    async def work(db: Transaction) -> None:
        await db.execute(
            "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (?, 'ru', ?, ?)",
            (PERSON_ID, at("2026-03-15"), at("2026-03-15")),
        )

    await storage.write(work)
    case, _ = await storage.create_case(
        NewCase(
            user_id=PERSON_ID,
            language="ru",
            ngo_id="example-mary",
            staff_chat_id=MARY_CHAT,
            urgent=True,
            velayat="mary",
            need="legal",
            checklist_summary="high: passport_kept, no_contract",
            display_name=SECRETS[0],
            contact_phone=SECRETS[1],
            contact_time=SECRETS[2],
            first_message=SECRETS[3],
        )
    )
    await storage.add_case_message(case.id, "person", SECRETS[4], MARY_CHAT, 4242)
    await storage.claim_case(case.id, STAFF_ID, "Staffname Secret")

    columns, rows = await indicators.export_rows(storage, WEEK)
    assert columns == indicators.EXPORT_COLUMNS
    assert all(name in indicators.__doc__ for name in columns)  # documented
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    assert sorted(r["record_type"] for r in records) == ["case"] * 6 + ["checklist"] * 3
    mine = next(r for r in records if r["urgent"] == "1" and r["status"] == "claimed")
    assert mine == {
        "record_type": "case",
        "date": "2026-03-15",
        "language": "ru",
        "region": "mary",
        "need": "legal",
        "ngo_id": "example-mary",
        "urgent": "1",
        "status": "claimed",
        "outcome": "",
        "minutes_to_claim": "0",
        "minutes_to_close": "",
        "risk_level": "high",
        "flagged": "passport_kept;no_contract",
        "gender": "",
        "age_band": "",
    }
    closed = next(r for r in records if r["outcome"] == "referred")
    assert (closed["minutes_to_claim"], closed["minutes_to_close"]) == ("50", "600")
    high = next(r for r in records if r["record_type"] == "checklist" and r["risk_level"] == "high")
    assert (high["date"], high["region"], high["gender"], high["age_band"]) == (
        "2026-03-12",
        "lebap",
        "male",
        "25-34",
    )

    path = tmp_path / "out" / "export.csv"
    indicators.write_csv(path, columns, rows)
    content = path.read_bytes().decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(content)))[0] == list(columns)
    for secret in (*SECRETS, "Staffname", str(PERSON_ID), str(STAFF_ID), str(MARY_CHAT)):
        assert secret not in content


def test_a_cell_that_looks_like_a_formula_is_defused() -> None:
    data = indicators.csv_bytes(("a", "b"), [("=HYPERLINK(1)", "plain")]).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in data and ",plain" in data


async def test_export_file_for_the_command_line(storage: Storage, tmp_path: Path) -> None:
    await seed(storage)
    database = tmp_path / "indicators.sqlite3"
    count = await indicators.export_file(database, WEEK, tmp_path / "week.csv", rows=True)
    assert count == 8 and len((tmp_path / "week.csv").read_text(encoding="utf-8-sig").splitlines()) == 9
    count = await indicators.export_file(database, WEEK, tmp_path / "week.csv")
    # Counts: four pairs of NGO and velayat with cases; two velayats, and "not given", with checklists.
    assert count == 7
    assert (tmp_path / "week.csv").read_text(encoding="utf-8-sig").startswith("period_start,period_end,")


async def test_the_export_gives_counts_with_small_cells_suppressed(storage: Storage) -> None:
    await seed(storage)
    columns, rows = await indicators.export_counts(storage, WEEK, min_cell_size=1)
    assert columns == indicators.COUNT_COLUMNS
    for forbidden in ("date", "language", "flagged", "minutes_to_claim"):
        assert forbidden not in columns  # nothing that ties a row to a day or a person
    records = {(r[2], r[3], r[4]): dict(zip(columns, r, strict=True)) for r in rows}
    assert set(records) == {
        ("case", "example-mary", "mary"),
        ("case", COORDINATOR, ""),
        ("case", "example-ashgabat", "ashgabat"),
        ("case", "example-ashgabat", "ahal"),
        ("checklist", "", "mary"),
        ("checklist", "", "lebap"),
        ("checklist", "", ""),
    }
    mary = records[("case", "example-mary", "mary")]
    assert (mary["period_start"], mary["period_end"]) == ("2026-03-09", "2026-03-15")
    assert (mary["total"], mary["need_legal"], mary["need_shelter"], mary["status_now_claimed"]) == (
        "2",
        "1",
        "1",
        "1",
    )
    assert (mary["outcome_now_legal"], mary["urgent_yes"], mary["risk_low"]) == ("1", "0", "")
    assert records[("case", COORDINATOR, "")]["urgent_yes"] == "1"
    lebap = records[("checklist", "", "lebap")]
    assert (lebap["risk_high"], lebap["gender_male"], lebap["age_25-34"], lebap["need_legal"]) == (
        "1",
        "1",
        "1",
        "",
    )

    _, suppressed = await indicators.export_counts(storage, WEEK)  # the default minimum, 5
    cells = {cell for row in suppressed for cell in row[5:] if cell}
    assert cells == {"0", "<5"}


async def test_a_forgotten_persons_case_is_not_exported(storage: Storage) -> None:
    await seed(storage)
    await storage.forget_person(2)  # their claimed shelter case keeps no user id from now on
    _, rows = await indicators.export_rows(storage, WEEK)
    assert not any("shelter" in row for row in rows)
    columns, counts = await indicators.export_counts(storage, WEEK, min_cell_size=1)
    mary = next(dict(zip(columns, r, strict=True)) for r in counts if r[3] == "example-mary")
    assert (mary["total"], mary["need_shelter"]) == ("1", "0")


# Through the application ---------------------------------------------------------------------------------------


@pytest.fixture
async def stats_app(start_app: AppFactory) -> Any:
    return await start_app()


def person(app: Any, standin: StandIn, language: str, user_id: int) -> Chat:
    return Chat(app, standin, FakeUser(id=user_id, first_name="Aýna", language_code=language))


async def test_stats_and_export_in_staff_chats(stats_app: Any, standin: StandIn, clock: FakeClock) -> None:
    app = stats_app
    await request_help_from_mary(app, person(app, standin, "en", 100001), "en", message="Zyxwv +99365000000")
    urgent = person(app, standin, "ru", 2)
    await urgent.send("/sos")
    await urgent.press(button(app, "ru", "🆘 Ask a person to write to me now"))
    clock.advance(600)
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)

    await coordinator.send("/stats")
    summary, photo = coordinator.messages()[-2:]
    assert summary.kind == "text" and photo.kind == "photo"
    assert (
        tr.ngettext(
            "🤝 {count} case received in this period, {urgent} urgent",
            "🤝 {count} cases received in this period, {urgent} urgent",
            2,
        ).format(count=2, urgent=1)
        in summary.text
    )
    assert tr.ngettext("👤 {count} new person", "👤 {count} new people", 2).format(count=2) in summary.text
    assert tr.pgettext("sender", "Hotline team") in summary.text
    assert "Zyxwv" not in summary.text
    # Nothing claimed or closed yet: said in words, not as a median of nothing.
    assert tr.gettext("Time to claim: none of them has been claimed yet.") in summary.text
    assert tr.gettext("Time to close: nothing was closed in this period.") in summary.text
    assert "—," not in summary.text
    assert photo.photo is not None and Image.open(io.BytesIO(photo.photo)).format == "PNG"

    mary = staff(app, standin, chat_id=MARY_CHAT)
    await mary.send("/stats 30d")
    mine, chart = mary.messages()[-2:]
    mary_tr = app.bot_data.catalogs(app.bot_data.directory.get("example-mary").staff_language)
    assert (
        mary_tr.ngettext(
            "🤝 {count} case reached this chat's organisations in this period (created for them or referred to "
            "them), {urgent} urgent",
            "🤝 {count} cases reached this chat's organisations in this period (created for them or referred to "
            "them), {urgent} urgent",
            1,
        ).format(count=1, urgent=0)
        in mine.text
    )
    assert mary_tr.gettext("Cases of this chat's organisations only.") in mine.text
    assert "👤" not in mine.text and chart.kind == "photo"

    await mary.send("/stats someday")
    hint = mary_tr.gettext(
        "Use {command} 7d, {command} 30d or {command} YYYY-MM-DD..YYYY-MM-DD (whole days, UTC)."
    )
    assert mary.last().text == hint.format(command="/stats")

    outsider = staff(app, standin, chat_id=MARY_CHAT, user_id=777, name="Stranger")
    await outsider.send("/stats")
    assert mary.last().text.startswith(
        text(app, mary_tr.language, "Sorry, this is only for the network's staff.")
    )

    await mary.send("/export")
    assert mary.last().kind == "text"
    assert mary.last().text == mary_tr.gettext("Sorry, the export is available in the coordinator chat only.")

    await coordinator.send("/export 2026-09-01..2026-09-30")
    document = coordinator.last()
    assert document.kind == "document" and document.document_name == "indicators-2026-09-01-2026-09-30.csv"
    assert document.document is not None
    content = document.document.decode("utf-8-sig")
    assert content.splitlines()[0] == ",".join(indicators.COUNT_COLUMNS)  # counts, never rows of people
    assert len(content.splitlines()) == 3  # Mary's cases and the coordinator's, one each
    assert all(line.split(",")[5] == "<5" for line in content.splitlines()[1:])
    assert "Zyxwv" not in content and "99365000000" not in content


@pytest.mark.refusals_expected
async def test_weekly_report_is_posted_once_and_retried_after_a_failure(
    stats_app: Any, start_app: AppFactory, standin: StandIn, clock: FakeClock
) -> None:
    now = datetime.fromtimestamp(clock(), UTC)
    day, hour = now.isoweekday(), now.hour  # due right now
    coordinator = staff(stats_app, standin, chat_id=COORDINATOR_CHAT)

    standin.block(COORDINATOR_CHAT)
    assert await indicator_handlers.post_weekly_report(BotContext(stats_app), day, hour) is None
    assert await stats_app.bot_data.storage.last_report_week() is None  # not lost: tried again
    standin.unblock(COORDINATOR_CHAT)

    week = await indicator_handlers.post_weekly_report(BotContext(stats_app), day, hour)
    assert week == f"{now.isocalendar()[0]}-W{now.isocalendar()[1]:02d}"
    posted = len(coordinator.messages())
    heading = text(stats_app, stats_app.bot_data.config.staff.coordinator_language, "🗓 <b>Weekly report</b>")
    summary, chart = coordinator.messages()[-2:]
    assert summary.html.startswith(heading) and chart.kind == "photo"
    await stop_app(stats_app)

    restarted = await start_app()
    assert await indicator_handlers.post_weekly_report(BotContext(restarted), day, hour) is None
    assert len(coordinator.messages()) == posted  # not doubled after the restart
    clock.advance(7 * 86400)
    assert await indicator_handlers.post_weekly_report(BotContext(restarted), day, hour) != week


async def test_a_summary_with_long_lists_stays_within_telegram_limits(
    stats_app: Any, standin: StandIn
) -> None:
    storage = stats_app.bot_data.storage
    now = storage.now()
    day = datetime.fromtimestamp(now, UTC).date().isoformat()

    async def work(db: Transaction) -> None:
        await db.executemany(
            "INSERT INTO users (user_id, language, first_seen, last_seen, campaign) VALUES (?, 'ru', ?, ?, ?)",
            [(n, now, now, f"campaign-with-a-rather-long-name-{n}") for n in range(1, 400)],
        )
        await db.executemany(
            "INSERT INTO feedback (topic_id, language, helpful, unhelpful) VALUES (?, 'ru', 1, 1)",
            [(f"removed-topic-with-a-long-id-{n}",) for n in range(200)],
        )
        await db.executemany(
            "INSERT INTO question_counts (day, language, topic_id, confident, count) VALUES (?, 'ru', ?, 1, 1)",
            [(day, f"<b>topic-{n}</b>") for n in range(50)],
        )

    await storage.write(work)
    coordinator = staff(stats_app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/stats")
    summary = coordinator.messages()[-2]
    assert "campaign-with-a-rather-long-name" in summary.text and "… +" in summary.text
    assert "<b>topic-" in summary.text  # escaped: shown as text, and the stand-in accepted the HTML
    assert len(summary.text) < 4096


async def test_a_summary_too_long_for_one_message_reaches_the_chat_whole_in_pieces(
    stats_app: Any, standin: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A year of a busy network's figures outgrew 4,096 characters and Telegram refused the whole summary: staff got
    # nothing. Stand in for such a summary with many short lines of figures.
    lines = [f"<b>Figure {n}</b>: {n * 7} cases" for n in range(400)]
    monkeypatch.setattr(indicator_handlers, "summary", lambda *_: "\n".join(lines))
    coordinator = staff(stats_app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/stats")
    pieces = [m.text for m in coordinator.messages() if "Figure" in m.text]
    assert len(pieces) >= 2  # the stand-in refuses a message over 4,096 characters, as Telegram does
    shown = "\n".join(pieces).split("\n")
    assert [line for line in shown if line.startswith("Figure")] == [re.sub("</?b>", "", x) for x in lines]
