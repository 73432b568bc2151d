"""A person abroad who said where they are from ("i am from dashoguz", then 🆘 about Dubai): their case is where they
are, abroad, with the velayat they are from kept apart for the card. It was stored as the case's velayat, so the
export counted a man in Dubai among Daşoguz's cases, a specialist covering Daşoguz could be offered for a home visit,
and the coordinators could move the case to a Daşoguz organisation without asking him. The velayat he is from is
personal: /forget and retention wipe it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot import indicators
from bot.config import Config
from bot.directory import VELAYATS
from bot.specialists import Need, fitting, offices, velayat_centre
from bot.standin.server import StandIn
from bot.storage import Storage, load_migrations
from bot.storage.privacy import PERSONAL_CASE_COLUMNS
from handlers.cards import REFER_TO
from handlers.labels import place_label, velayat_label
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_case_tools import labels
from tests.test_handoff_flow import button, staff, text

SOS = "🆘 Ask a person to write to me now"


FROM_DASHOGUZ = {
    "en": ("i am from dashoguz, working in dubai two years", "what is emergency number in dubai"),
    "tk": ("men Daşoguzdan, iki ýyl işledim", "dubaýda polisiýanyň belgisi näçe"),
}


async def sos_from_dubai(app: Any, chat: Chat, language: str = "en") -> int:
    """A man from Daşoguz working in Dubai asks for a person with 🆘; returns the case number."""
    await chat.send("/start")
    for line in FROM_DASHOGUZ[language]:
        await chat.send(line)
    await chat.press(said(app, language, SOS, "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent
    return int(case.id)


def home_line(app: Any) -> str:
    """The card's place line for him, in the coordinators' language."""
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    place = tr.gettext("{abroad} — {country} (home: {velayat})").format(
        abroad=velayat_label(tr, "abroad"),
        country=app.bot_data.countries.get("ae").title(tr.language),
        velayat=velayat_label(tr, "dashoguz"),
    )
    return str(tr.gettext("Velayat: {velayat}").format(velayat=place))


async def test_a_man_in_dubai_from_dashoguz_is_counted_abroad_and_his_card_still_says_where_he_is_from(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    number = await sos_from_dubai(app, chat_with("en"))
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    assert home_line(app) in coordinators.card(number).text
    await coordinators.send("/queue")
    assert velayat_label(app.bot_data.catalogs("ru"), "dashoguz") in coordinators.last().text

    case = await app.bot_data.storage.case(number)
    assert (case.velayat, case.country, case.home_velayat) == ("abroad", "ae", "dashoguz")
    today = datetime.fromtimestamp(clock(), UTC).date()
    columns, rows = await indicators.export_counts(
        app.bot_data.storage, indicators.Period(today, today), min_cell_size=1
    )
    places = {(row[2], row[3], row[4]) for row in rows}
    assert ("case", indicators.COORDINATOR, "abroad") in places
    assert not any(place[2] in VELAYATS for place in places), places  # not one of Daşoguz's cases


async def test_no_specialist_is_offered_a_home_visit_in_the_velayat_a_man_abroad_is_from(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    number = await sos_from_dubai(app, chat_with("tk"), "tk")
    case = await app.bot_data.storage.case(number)
    directory = app.bot_data.directory
    # as handlers/specialists.py asks, of a roster with a Turkmen-speaking psychologist who visits homes in Daşoguz
    need = Need("psychologist", case.language, case.velayat, home_visit=True)
    found = fitting(
        app.bot_data.roster.specialists, need, velayat_centre(directory, case.velayat), offices(directory)
    )
    assert found == []


async def test_the_coordinators_moving_his_case_to_his_home_velayat_ask_him_first(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await sos_from_dubai(app, chat)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.press(coordinators.card(number), button(app, "ru", "✋ Claim"))
    await coordinators.press(coordinators.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    dashoguz = app.bot_data.directory.get("example-dashoguz")
    # Listed from where he comes from: the organisations near his family first
    assert labels(coordinators.card(number))[0].startswith(dashoguz.text("name", "ru"))
    await coordinators.press_data(coordinators.card(number), f"{REFER_TO}{number}:example-dashoguz")

    case = await app.bot_data.storage.case(number)
    assert case.ngo_id is None, "moved to Daşoguz without asking a man who is in Dubai"
    asked = text(
        app,
        "en",
        "↪️ Your request #{number}: {current} suggests passing it to {organisation} ({velayat}), who can help "
        "better. They would see your request and what you have written here. Do you agree?",
    )
    assert chat.last_reply().text.startswith(asked.split("{current}")[0].format(number=number))
    assert dashoguz.text("name", "en") in chat.last_reply().text


async def test_forget_and_retention_wipe_the_velayat_a_person_abroad_is_from(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    assert "home_velayat" in PERSONAL_CASE_COLUMNS
    storage = app.bot_data.storage
    forgetting = chat_with("en", user_id=100001)
    forgotten = await sos_from_dubai(app, forgetting)
    await forgetting.send("/forget")
    await forgetting.press("Yes, delete everything")
    assert (await storage.case(forgotten)).home_velayat is None
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    assert home_line(app) not in coordinators.card(forgotten).text  # the card was edited to what is left
    assert velayat_label(app.bot_data.catalogs("ru"), "dashoguz") not in coordinators.card(forgotten).text

    kept = await sos_from_dubai(app, chat_with("en", user_id=100002))
    await coordinators.press(coordinators.card(kept), button(app, "ru", "✔️ Close"))
    await coordinators.press(coordinators.card(kept), button(app, "ru", "Legal help", "outcome"))
    assert (await storage.case(kept)).home_velayat == "dashoguz"  # closed, not yet past retention
    clock.advance(config.privacy.retention_days * 86400 + 1)
    await storage.purge(config.privacy.retention_days)
    case = await storage.case(kept)
    assert (case.home_velayat, case.velayat, case.country) == (None, "abroad", "ae")  # counted still, abroad


async def test_an_sos_case_from_abroad_stored_before_is_moved_abroad_with_its_home_kept_apart(
    tmp_path: Path,
) -> None:
    migrations = load_migrations()
    before = next(m.version for m in migrations if m.name.endswith("_home_velayat.sql")) - 1
    path = tmp_path / "bot.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as raw:
        await Storage(raw, clock=lambda: 0).migrate(migrations[:before])
        rows = [  # id, user, velayat, country, opened with
            (1, 5, "dashoguz", "ae", "sos"),  # 🆘 from Dubai by a man from Daşoguz
            (2, None, "mary", "tr", "sos"),  # the same, of a person who used /forget since
            (3, 6, None, "ru", "sos"),  # 🆘 from Russia, no home said
            (4, 7, "mary", None, "sos"),  # 🆘 at home in Mary
            (5, 8, "lebap", "tr", None),  # a request for Lebap's organisation, a country kept
        ]
        for number, user, velayat, country, opened in rows:
            await raw.execute(
                "INSERT INTO cases (id, user_id, status, urgent, language, velayat, country, created_at) "
                "VALUES (?, ?, 'open', 1, 'en', ?, ?, 0)",
                (number, user, velayat, country),
            )
            if opened:
                await raw.execute(
                    "INSERT INTO audit (case_id, staff_user_id, action, at) VALUES (?, 0, 'opened:sos', 0)",
                    (number,),
                )
    storage = await Storage.open(path)
    cases = [await storage.case(number) for number in range(1, 6)]
    await storage.close()
    assert [(c.velayat, c.home_velayat) for c in cases if c is not None] == [
        ("abroad", "dashoguz"),
        ("abroad", None),
        ("abroad", None),
        ("mary", None),
        ("lebap", None),
    ]


def test_a_person_abroad_in_a_country_not_named_shows_the_velayat_they_are_from(app: Any) -> None:
    tr = app.bot_data.catalogs("tk")
    assert place_label(tr, "abroad", None, "dashoguz") == tr.gettext("{abroad} (home: {velayat})").format(
        abroad=velayat_label(tr, "abroad"), velayat=velayat_label(tr, "dashoguz")
    )
    assert place_label(tr, "mary", None, None) == velayat_label(tr, "mary")  # at home: the velayat alone
