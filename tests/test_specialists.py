"""The network's specialists: the roster file and its checks, who fits a case (nearest first), and asking one from
a claimed case, in each language of the staff chats."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.directory import Directory
from bot.runtime.cli import main
from bot.specialists import (
    EXAMPLE_ROSTER,
    Need,
    Roster,
    RosterError,
    Specialist,
    fitting,
    offices,
    velayat_centre,
)
from bot.specialists_csv import ENCODING, TEMPLATE, CsvError, export_csv, import_csv
from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, AppFactory
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

MARY_LAWYER_CHAT = -1001000000111  # example-mary-lawyer's chat in the example roster
OTHER_NGO_CHAT = -1001000000001  # example-ashgabat

GOOD = """
[[specialist]]
id = "mary-lawyer-1"
role = "lawyer"
organisation = "example-mary"
languages = ["ru", "tk"]
velayats = ["mary"]
home_visits = true
staff_chat_id = -1001000000111
staff_language = "ru"
"""


def test_the_example_roster_loads_against_the_example_directory_and_says_it_is_an_example() -> None:
    roster = Roster.load(EXAMPLE_ROSTER, Directory.load())
    assert len(roster) >= 4 and {s.role for s in roster.specialists} >= {"lawyer", "psychologist", "doctor"}
    assert "EXAMPLE DATA — NOT REAL PEOPLE" in EXAMPLE_ROSTER.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "line", "fix"),
    [
        ("role", 'role = "judge"', "use one of: psychologist, lawyer"),
        ("organisation", 'organisation = "nowhere"', "not an organisation of the NGO directory"),
        ("languages", 'languages = ["de"]', "'de' is not one of"),
        ("velayats", "velayats = []", "non-empty list"),
        ("home_visits", 'home_visits = "yes"', "must be true"),
        ("staff_chat_id", "staff_chat_id = 12345", "negative whole number"),
        ("staff_language", 'staff_language = "de"', "use one of: ru, tk, en"),
        ("id", 'id = "+993 65 123456"', "never a personal phone"),
        ("phone", 'phone = "+99365123456"', "unknown key"),
    ],
)
def test_each_bad_field_is_one_error_naming_the_file_the_entry_and_the_key(
    tmp_path: Path, key: str, line: str, fix: str
) -> None:
    lines = [row for row in GOOD.splitlines() if not row.startswith(f"{key} =")]
    path = tmp_path / "specialists.toml"
    path.write_text("\n".join([*lines, line]), encoding="utf-8")
    with pytest.raises(RosterError) as error:
        Roster.load(path, Directory.load())
    message = str(error.value)
    assert str(path) in message and "[[specialist]] #1" in message and f"key {key!r}" in message
    assert fix in message


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "specialists.toml"
    path.write_text(GOOD.replace("home_visits = true\n", ""), encoding="utf-8")
    with pytest.raises(
        RosterError, match=r"\[\[specialist\]\] #1 \('mary-lawyer-1'\), key 'home_visits': missing"
    ):
        Roster.load(path, Directory.load())


def _specialist(
    id: str, role: str, organisation: str, velayats: tuple[str, ...], home: bool, languages: str
) -> Specialist:
    return Specialist(id, role, organisation, tuple(languages.split()), velayats, home, -100, "ru")


TABLE = [
    _specialist("far-lawyer", "lawyer", "example-lebap", ("mary", "lebap"), False, "ru tk"),
    _specialist("near-lawyer", "lawyer", "example-mary", ("mary",), True, "ru tk en"),
    _specialist("tk-only-lawyer", "lawyer", "example-lebap-kerki", ("mary",), True, "tk"),
    _specialist("ashgabat-lawyer", "lawyer", "example-ashgabat", ("ashgabat",), True, "ru"),
    _specialist("mary-doctor", "doctor", "example-mary", ("mary",), True, "ru"),
    _specialist("unknown-office", "lawyer", "not-in-directory", ("mary",), True, "ru"),
]


@pytest.mark.parametrize(
    ("need", "expected"),
    [
        (Need("lawyer", "ru", "mary"), ["near-lawyer", "far-lawyer", "unknown-office"]),
        (Need("lawyer", "tk", "mary"), ["near-lawyer", "far-lawyer", "tk-only-lawyer"]),
        (Need("lawyer", "en", "mary"), ["near-lawyer"]),
        (Need("lawyer", "ru", "mary", home_visit=True), ["near-lawyer", "unknown-office"]),
        (Need("lawyer", "ru", "ashgabat"), ["ashgabat-lawyer"]),
        (Need("doctor", "ru", "mary"), ["mary-doctor"]),
        (Need("doctor", "en", "mary"), []),
        (Need("lawyer", "ru", "balkan"), []),
        # Velayat unknown (or abroad): every lawyer in the language; no home visit can be promised.
        (Need("lawyer", "ru", None), ["ashgabat-lawyer", "far-lawyer", "near-lawyer", "unknown-office"]),
        (Need("lawyer", "ru", "abroad", home_visit=True), []),
    ],
)
def test_who_fits_a_case_nearest_first(need: Need, expected: list[str]) -> None:
    directory = Directory.load()
    found = fitting(TABLE, need, velayat_centre(directory, need.velayat), offices(directory))
    assert [fit.specialist.id for fit in found] == expected
    distances = [fit.distance_km for fit in found if fit.distance_km is not None]
    assert distances == sorted(distances)


# Conversations -------------------------------------------------------------------------------------------------


def specialist_chat(app: Any, standin: StandIn) -> StaffChat:
    return StaffChat(
        app, standin, MARY_LAWYER_CHAT, FakeUser(id=777001, first_name="Lawyer", language_code="ru")
    )


async def claimed_case(app: Any, standin: StandIn, person: Chat) -> int:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, person, person_language(person))
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    return number


def person_language(person: Chat) -> str:
    return person.user.language_code


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_lawyer_asked_from_a_claimed_case_accepts_and_the_card_and_case_show_it(
    start_app: AppFactory, config: Any, standin: StandIn, language: str
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language=language)))
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    number = await claimed_case(app, standin, person)
    heard = len(person.bot_messages())
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)

    await coordinators.send(f"/specialist {number}")
    await coordinators.press(coordinators.last(), button(app, language, "⚖️ Lawyer", "specialist"))
    listing = coordinators.last()
    assert "example-mary-lawyer" in listing.text and "example-balkan-lawyer" not in listing.text
    await coordinators.press(listing, "example-mary-lawyer")

    await coordinators.press(listing, "example-mary-lawyer")  # a second press asks no second time

    lawyer = specialist_chat(app, standin)
    assert len(lawyer.messages()) == 1
    request = lawyer.last()
    assert f"#{number}" in request.text
    assert (
        "Aýna" not in request.text and "+993" not in request.text
    )  # nothing that names or reaches the person
    await lawyer.press(request, button(app, "ru", "👍 Accept"))

    accepted = text(app, "ru", "Specialist: {role} {specialist} — {state}").format(
        role=button(app, "ru", "⚖️ Lawyer", "specialist"),
        specialist="example-mary-lawyer",
        state=button(app, "ru", "accepted", "specialist request"),
    )
    assert accepted in staff(app, standin).card(number).text  # the NGO's card, in its language (ru)
    # The staff who hold the case are told in their chat, not only by a silent edit of the card.
    assert staff(app, standin).last().text == text(
        app, "ru", "👍 {specialist} accepted the request for case #{number}."
    ).format(specialist="example-mary-lawyer", number=number)
    await coordinators.send(f"/case {number}")
    history = coordinators.last().text
    assert button(app, language, "accepted", "specialist request") in history
    assert button(app, language, "asked, waiting for an answer", "specialist request") in history

    await lawyer.press(lawyer.last(), button(app, "ru", "✅ Done"))
    case = await app.bot_data.storage.case(number)
    assert case.specialists == "lawyer:example-mary-lawyer:done:example-mary"  # then who asked
    assert staff(app, standin).last().text == text(
        app, "ru", "✅ {specialist}: the consultation for case #{number} took place."
    ).format(specialist="example-mary-lawyer", number=number)
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions[-3:] == [
        "specialist:asked:lawyer",
        "specialist:accepted:lawyer:example-mary-lawyer",
        "specialist:done:lawyer:example-mary-lawyer",
    ]
    assert len(person.bot_messages()) == heard  # the person sees nothing of it


@pytest.mark.refusals_expected  # the Lebap lawyer's chat does not exist here
async def test_the_card_button_leads_to_the_roles_and_an_unreachable_chat_is_said(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("tk")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "🧑‍⚕️ Specialist"))
    await worker.press(worker.last(), button(app, "ru", "⚖️ Lawyer", "specialist"))
    assert "example-mary-lawyer" in worker.last().text and "example-lebap-lawyer" in worker.last().text
    await worker.press(worker.last(), "example-lebap-lawyer")
    request = await app.bot_data.storage.specialist_request(1)
    assert request.chat_id == -1001000000109 and request.state == "asked"
    assert "example-lebap-lawyer" in worker.card(number).text
    assert worker.last().text == text(
        app,
        "ru",
        "The request for case #{number} could not reach {specialist}'s chat. Reach them another way.",
    ).format(number=number, specialist="example-lebap-lawyer")


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("юрист", "lawyer"),
        ("Hukukçy", "lawyer"),
        ("социальный работник", "social_worker"),
        ("lawyer", "lawyer"),
    ],
)
async def test_staff_name_the_role_in_their_own_language(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], typed: str, role: str
) -> None:
    person = chat_with("ru")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} {typed}")
    listing = worker.last().text
    assert f"#{number}" in listing and ("example-mary-lawyer" in listing) == (role == "lawyer")
    assert "НОМЕР" not in listing


async def test_an_unknown_role_gets_the_roles_in_the_chats_language(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("ru")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} сантехник")
    assert "психолог, юрист, врач, социальный работник" in worker.last().text


async def test_staff_of_another_ngo_and_outsiders_cannot_ask_or_accept(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("en")
    number = await claimed_case(app, standin, person)
    heard = len(person.bot_messages())
    other = staff(app, standin, chat_id=OTHER_NGO_CHAT)
    await other.send(f"/specialist {number} lawyer")
    await other.press_data(other.last(), f"st:sa:{number}:example-mary-lawyer")
    outsider = staff(app, standin, chat_id=MARY_CHAT, user_id=31337, name="Outsider")
    await outsider.send(f"/specialist {number} lawyer")
    await outsider.press_data(outsider.card(number), f"st:sa:{number}:example-mary-lawyer")
    assert await app.bot_data.storage.specialist_request(1) is None
    assert standin.messages_in(MARY_LAWYER_CHAT, from_bot=True) == []
    assert "example-mary-lawyer" not in " ".join(m.text for m in other.messages())

    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    await other.send("/queue")
    await other.press_data(other.last(), "st:sy:1")  # a press from any other chat changes nothing
    await worker.press_data(worker.card(number), "st:sy:1")  # not even from the case's own chat
    assert len(person.bot_messages()) == heard  # the person saw nothing of the request
    await person.send("/start")
    heard = len(person.bot_messages())
    await person.press_data(person.last_reply(), "st:sy:1")
    assert (await app.bot_data.storage.specialist_request(1)).state == "asked"
    assert len(person.bot_messages()) == heard


async def test_an_unclaimed_case_gets_no_specialist_and_stats_count_consultations(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    assert worker.last().text == text(app, "ru", "Claim case #{number} first, then ask a specialist.").format(
        number=number
    )
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    await worker.send("/stats")
    stats = next(m.text for m in reversed(worker.messages()) if m.kind == "text")
    counts = f"{button(app, 'ru', '⚖️ Lawyer', 'specialist')} <5 / 0"
    assert (
        text(app, "ru", "🧑‍⚕️ Specialist consultations by role, asked / given: {list}").format(list=counts)
        in stats
    )


# The spreadsheet ---------------------------------------------------------------------------------------------


def test_exporting_and_importing_the_example_roster_gives_the_same_roster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, out = tmp_path / "specialists.csv", tmp_path / "specialists.toml"
    assert main(["specialists", "export", str(sheet)]) == 0
    assert main(["specialists", "import", str(sheet), "--out", str(out)]) == 0
    example = Roster.load(EXAMPLE_ROSTER, Directory.load())
    assert Roster.load(out, Directory.load()) == example
    assert f"wrote {len(example)} specialists to {out}" in capsys.readouterr().out
    assert TEMPLATE.read_text(encoding=ENCODING) == export_csv(example)  # the shipped template is the example


def test_a_bad_spreadsheet_lists_every_bad_cell_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(csv.reader(io.StringIO(export_csv(Roster.load()))))
    rows[1][1], rows[3][2], rows[4][5] = "judge", "nowhere", "maybe"
    sheet, out = tmp_path / "specialists.csv", tmp_path / "specialists.toml"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8")
    assert main(["specialists", "import", str(sheet), "--out", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{sheet}: row 2, column 'role': 'judge'")
    assert err[1].startswith(f"{sheet}: row 4, column 'organisation': 'nowhere' is not")
    assert err[2].startswith(f"{sheet}: row 5, column 'home_visits': 'maybe'")
    assert err[3] == "nothing written: 3 problem(s) to fix in the spreadsheet"
    assert not out.exists()
    with pytest.raises(CsvError, match="column 'contact' is missing"):
        import_csv("id,role\n")


def test_check_config_refuses_a_bad_roster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "specialists.toml").write_text(GOOD.replace('"lawyer"', '"judge"'), encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[directory]\nspecialists = "specialists.toml"\n[staff]\ncoordinator_chat_id = -100500\n'
        "staff_user_ids = [1]\n",
        encoding="utf-8",
    )
    assert main(["check-config", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "specialists.toml: [[specialist]] #1 ('mary-lawyer-1'), key 'role': is 'judge'" in err


async def test_forget_takes_the_persons_specialist_requests_with_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("en")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    storage = app.bot_data.storage
    assert await storage.specialist_request(1) is not None
    await person.send("/forget")
    await person.press(said(app, "en", "Yes, delete everything", "button"))
    assert await storage.specialist_request(1) is None
    assert (await storage.case(number)).specialists is None
    lawyer = specialist_chat(app, standin)
    assert lawyer.last().reply_markup is None  # the request, withdrawn, has no button left to press
