"""Found by tester CC over two working days: a specialist taken off the roster while holding a case, a screening
recorded on the wrong case, a specialist's request after a referral, and specialist buttons answered in the wrong
language in a Turkmen staff chat."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import aiosqlite

from bot.runtime.context import BotContext
from bot.specialists import EXAMPLE_ROSTER
from bot.standin.model import SentMessage
from bot.standin.server import FakeUser, StandIn
from bot.storage import Storage, load_migrations
from handlers.delivery import deliver_outbox
from handlers.specialist_requests import DONE
from tests.chat import Chat
from tests.conftest import SECOND_STAFF_USER, AppFactory, stop_app
from tests.staffchat import StaffChat
from tests.test_case_tools import request_help
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff, text
from tests.test_screening_flow import interview, screen_to_the_end

LAWYER_CHAT = -1001000000111  # example-mary-lawyer's chat in the example roster (staff language ru)
BAYRAMALY_CHAT = -1001000000012  # example-mary-bayramaly: staff in Turkmen


def lawyer_chat(app: Any, standin: StandIn) -> StaffChat:
    return StaffChat(app, standin, LAWYER_CHAT, FakeUser(id=777001, first_name="Юрист", language_code="ru"))


def toast(standin: StandIn) -> str:
    return str(standin.callback_answers[-1].get("text"))


def request_in(chat: StaffChat, number: int) -> SentMessage:
    return [m for m in chat.messages() if m.text.startswith("🧑") and f"#{number}" in m.text][-1]


async def lawyer_accepts(
    app: Any, standin: StandIn, person: Chat, *, information: bool = False
) -> tuple[int, StaffChat, StaffChat]:
    """A claimed Mary case (legal, or an `information` one that Bayramaly may take) whose staff asked the Mary
    lawyer, who accepted."""
    standin.add_chat(LAWYER_CHAT, type="supergroup", title="Mary lawyer")
    if information:
        number = await request_help(app, person, "ru", "ℹ️ Information and advice", MARY, "example-mary")
    else:
        number = await request_help_from_mary(app, person, "ru", "Работодатель в Турции не платит")
    worker = staff(app, standin, name="Аман")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} юрист")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = lawyer_chat(app, standin)
    await lawyer.press(request_in(lawyer, number), button(app, "ru", "👍 Accept"))
    return number, worker, lawyer


def roster_without_the_mary_lawyer(tmp_path: Path) -> Path:
    blocks = EXAMPLE_ROSTER.read_text(encoding="utf-8").split("[[specialist]]")
    kept = [block for block in blocks if 'id = "example-mary-lawyer"' not in block]
    assert len(kept) == len(blocks) - 1
    path = tmp_path / "specialists.toml"
    path.write_text("[[specialist]]".join(kept), encoding="utf-8")
    return path


async def test_a_specialist_taken_off_the_roster_is_no_dead_end(
    start_app: AppFactory, config: Any, standin: StandIn, tmp_path: Path
) -> None:
    app = await start_app()
    person = Chat(app, standin, FakeUser(id=100033, first_name="Мая", language_code="ru"))
    number, worker, lawyer = await lawyer_accepts(app, standin, person)
    request = request_in(lawyer, number)

    # The operator takes her off the roster and restarts the bot
    await stop_app(app)
    roster = roster_without_the_mary_lawyer(tmp_path)
    app = await start_app(
        config=replace(config, directory=replace(config.directory, specialists=str(roster)))
    )
    await deliver_outbox(BotContext(app))
    await deliver_outbox(BotContext(app))  # a second run tells nobody twice
    worker, lawyer = staff(app, standin, name="Аман"), lawyer_chat(app, standin)

    left = button(
        app, "ru", "ended at {time}: the specialist is no longer on the roster", "specialist request"
    )
    card = worker.card(number).text
    assert left.split("{time}")[1] in card and button(app, "ru", "accepted", "specialist request") not in card
    notice = text(
        app,
        "ru",
        "⚠️ Case #{number}: {specialists} is no longer on the network's roster of specialists, so the request to "
        "them has ended. Ask another specialist: 🧑‍⚕️ Specialist on the card.",
    )
    told = [m for m in worker.messages() if m.text.startswith("⚠️") and "example-mary-lawyer" in m.text]
    assert [m.text for m in told] == [
        app.bot_data.catalogs("ru")
        .ngettext(notice, notice, 1)
        .format(number=number, specialists="example-mary-lawyer")
    ]
    await worker.send(f"/case {number}")
    assert button(app, "ru", "ended: the specialist is no longer on the roster", "specialist request") in (
        worker.last().text
    )
    # Her request lost its buttons and says why
    request = next(m for m in lawyer.messages() if m.message_id == request.message_id)
    assert request.buttons() == []
    assert button(app, "ru", "ended: the specialist is no longer on the roster", "specialist request") in (
        request.text
    )

    # Whatever she presses or writes: nothing was sent, in her language
    nothing = text(
        app,
        "ru",
        "You are no longer on the network's roster of specialists, so your requests have ended: nothing was sent "
        "or changed. To help on a case again, ask the network's coordinators.",
    )
    in_mary = len(worker.messages())
    await lawyer.press_data(request, f"{DONE}1")
    assert toast(standin) == nothing
    await lawyer.reply(request, "Договор проверил")
    assert lawyer.last().text == nothing
    assert len(worker.messages()) == in_mary and not any(m.method == "leaveChat" for m in standin.requests)

    # The close does not bring her request back, nor tell her chat anything more
    heard = len(lawyer.messages())
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert len(lawyer.messages()) == heard
    assert (await app.bot_data.storage.specialist_request(1)).end_reason == "left"


async def test_closing_a_case_ends_every_request_still_open_on_it(
    app: Any, standin: StandIn, chat_with: Any
) -> None:
    person = chat_with("ru")
    number, worker, lawyer = await lawyer_accepts(app, standin, person)
    await worker.send(f"/specialist {number} психолог")
    await worker.press(
        worker.last(), "example-mary-psychologist"
    )  # asked, not answered: in the Mary chat itself
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))

    for request_id in (1, 2):
        request = await app.bot_data.storage.specialist_request(request_id)
        assert request.ended
    ended = text(app, "ru", "🔒 Case #{number} has been closed, so your request for it has ended.").format(
        number=number
    )
    assert request_in(lawyer, number).buttons() == [] and lawyer.last().text == ended
    asked_there = [m for m in worker.messages() if m.text.startswith("🧑") and f"#{number}" in m.text]
    assert asked_there[-1].buttons() == [] and ended in [m.text for m in worker.messages()]


async def test_after_a_referral_the_specialist_knows_who_has_the_case(
    app: Any, standin: StandIn, chat_with: Any
) -> None:
    person = chat_with("ru")
    number, worker, lawyer = await lawyer_accepts(app, standin, person, information=True)
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    bayramaly = app.bot_data.directory.get("example-mary-bayramaly")
    await worker.press(
        worker.card(number),
        next(
            label for label in _labels(worker.card(number)) if label.startswith(bayramaly.text("name", "ru"))
        ),
    )
    assert (await app.bot_data.storage.case(number)).ngo_id == bayramaly.id

    # The lawyer is told where the case went and whom to arrange the contact with; her request says so too
    moved = text(
        app,
        "ru",
        "↪️ Case #{number} was referred to {organisation}: your request stands, and its staff now arrange the "
        "contact with you. Replies here reach them.",
    ).format(number=number, organisation=bayramaly.text("name", "ru"))
    assert lawyer.last().text == moved
    request = request_in(lawyer, number)
    mary = app.bot_data.directory.get("example-mary").text("name", "ru")
    assert (
        text(
            app,
            "ru",
            "Asked by: {asker}. The case has since been referred to {organisation}: arrange the contact with the "
            "person through them.",
        ).format(asker=mary, organisation=bayramaly.text("name", "ru"))
        in request.text
    )
    assert _labels(request) == [button(app, "ru", "✅ Done"), button(app, "ru", "👎 I can't take it")]

    # The receiving chat's card says who asked; its history names the organisation the request was made for
    ira = StaffChat(
        app, standin, BAYRAMALY_CHAT, FakeUser(id=SECOND_STAFF_USER, first_name="Ира", language_code="tk")
    )
    tk_mary = app.bot_data.directory.get("example-mary").text("name", "tk")
    assert (
        text(
            app,
            "tk",
            "Specialist: {role} {specialist} — {state} (asked by {organisation} before the referral)",
        ).format(
            role=button(app, "tk", "⚖️ Lawyer", "specialist"),
            specialist="example-mary-lawyer",
            state=button(app, "tk", "accepted", "specialist request"),
            organisation=tk_mary,
        )
        in ira.card(number).text
    )
    await ira.send(f"/case {number}")
    asked = [
        line
        for line in ira.last().text.splitlines()
        if button(app, "tk", "asked, waiting for an answer", "specialist request") in line
    ]
    assert asked and f"({tk_mary})" in asked[0]

    # Her next reply reaches the new organisation, and she is told which one
    await lawyer.reply(request, "Жду документы")
    assert "Жду документы" in ira.messages()[-1].text
    assert bayramaly.text("name", "ru") in lawyer.last().text


async def test_specialist_buttons_forged_in_a_turkmen_chat_are_refused_in_turkmen(
    app: Any, standin: StandIn, chat_with: Any
) -> None:
    person = chat_with("ru")
    number, _, _ = await lawyer_accepts(app, standin, person)
    ira = StaffChat(
        app, standin, BAYRAMALY_CHAT, FakeUser(id=SECOND_STAFF_USER, first_name="Ира", language_code="tk")
    )
    await ira.send("/queue")
    outdated = app.bot_data.catalogs("tk").gettext("This button is out of date.")
    not_here = app.bot_data.catalogs("tk").gettext("Case #{number} is not in this chat's queue.")
    assert outdated != "This button is out of date."
    for data in ("st:sy:1", "st:sd:1", "st:sn:1", "st:sw:1", "st:sd:999", f"st:sa:{number}:nobody"):
        await ira.press_data(ira.last(), data)
        assert toast(standin) in (outdated, not_here.format(number=number)), data


async def test_a_screening_on_the_wrong_case_is_discarded_and_counts_nowhere(
    app: Any, standin: StandIn, chat_with: Any
) -> None:
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    worker = staff(app, standin, name="Аман")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await screen_to_the_end(worker, app, "ru", number)
    counted = text(app, "ru", "🔎 Screenings done: {count}; persons identified as trafficked: {identified}")
    assert counted.format(count="<5", identified="<5") in await stats(worker)

    # 🗑 asks first; "keep it" brings the screening back untouched
    result = interview(worker)
    await worker.press(result, button(app, "ru", "🗑 Discard this screening", "screening"))
    assert "/stats" in interview(worker).text
    await worker.press(interview(worker), button(app, "ru", "⬅️ Keep it", "screening"))
    assert await app.bot_data.storage.screening(number) is not None
    await worker.press(interview(worker), button(app, "ru", "🗑 Discard this screening", "screening"))
    await worker.press(interview(worker), button(app, "ru", "🗑 Yes, discard", "screening"))

    assert await app.bot_data.storage.screening(number) is None
    result = now(worker, result)
    assert result.text == text(
        app,
        "ru",
        "🗑 The screening of case #{number} was discarded: it no longer counts in /stats. To screen the right "
        "case, use its card or /screen NUMBER.",
    ).format(number=number)
    assert result.buttons() == []
    assert counted.format(count=0, identified=0) in await stats(worker)
    await worker.send(f"/case {number}")
    history = worker.last().text
    assert (
        f"Аман: {button(app, 'ru', 'discarded a screening recorded on this case by mistake', 'case action')}"
        in history
    )
    assert button(app, "ru", "started the screening", "case action") not in history
    audit = await app.bot_data.storage.audit_log()
    assert audit[-1][1:] == (worker.user.id, "screen:discarded")
    # A new screening may start on it afresh
    await worker.send(f"/screen {number}")
    assert interview(worker).buttons() != []


def _labels(message: SentMessage) -> list[str]:
    return [str(b.get("text")) for row in message.buttons() for b in row]


async def stats(worker: StaffChat) -> str:
    """What /stats shows in the chat, all its messages."""
    before = len(worker.messages())
    await worker.send("/stats")
    return "\n".join(m.text for m in worker.messages()[before:])


def now(chat: StaffChat, message: SentMessage) -> SentMessage:
    """The message as the chat shows it now, after edits."""
    return next(m for m in chat.messages() if m.message_id == message.message_id)


async def test_the_migration_keeps_how_requests_ended_and_learns_who_asked(tmp_path: Path) -> None:
    migrations = load_migrations()
    before = next(m.version for m in migrations if m.name.startswith("0047_")) - 1
    path = tmp_path / "bot.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as raw:
        await Storage(raw, clock=lambda: 0).migrate(migrations[:before])
        await raw.execute("PRAGMA foreign_keys = ON")
        await raw.execute(
            "INSERT INTO cases (id, language, created_at, ngo_id) VALUES (1, 'ru', 10, 'example-ahal')"
        )
        await raw.execute(
            "INSERT INTO referrals (case_id, from_ngo_id, to_ngo_id, staff_user_id, status, asked_at, decided_at) "
            "VALUES (1, 'example-mary', 'example-ahal', 5, 'done', 30, 30)"
        )
        await raw.execute(
            "INSERT INTO specialist_requests (id, case_id, specialist_id, role, chat_id, message_id, asked_by, "
            "asked_at, ended_at, end_reason) VALUES (7, 1, 'x', 'lawyer', -100, 3, 5, 20, 25, 'declined')"
        )
        await raw.execute(
            "INSERT INTO specialist_messages (chat_id, message_id, request_id) VALUES (-100, 4, 7)"
        )
    storage = await Storage.open(path)
    request = await storage.specialist_request(7)
    assert request is not None
    assert (request.end_reason, request.asked_for, request.language) == ("declined", "example-mary", None)
    assert (await storage.request_of_message(-100, 4)) == request  # the conversation on it survived
    await storage.close()
