"""What an exploratory tester of today's changes, as staff, specialists and a translator meet them, found, held: the
claim window counts from when a case became unclaimed, not from the request (P#1); the coordinators are told when a
case they wrote on moves away, and their later reply does not take it (P#2); the directory import refuses what
check-config refuses (P#3); a specialist in their organisation's own chat is answered as a specialist (P#4); the
loser of two closes is told who won (P#5); /stats says which cases it counts (P#6); the reminder names its case and
a reopened case's old urgency says it is old (P#7)."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import PROJECT_ROOT
from bot.directory import EXAMPLE_DIRECTORY, Directory
from bot.runtime.cli import main
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.alerts import late_alert
from handlers.cards import staff_translator
from handlers.jobs import check_cases
from handlers.labels import format_time
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, FakeClock
from tests.test_adding_a_language import UZBEK, python
from tests.test_case_tools import labels, refer_to_another_velayat
from tests.test_crisis_flow import DANGER
from tests.test_directory_csv import rows_of, to_csv
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

LATE_NOTICE = (
    "Your request #{number} is taking longer than it should. We are sorry. It has not been forgotten, "
    "and a person will write to you here. If you need help now, call the hotline:"
)


def late_notices(app: Any, standin: StandIn, person: Chat, language: str, number: int) -> list[str]:
    notice = text(app, language, LATE_NOTICE).format(number=number)
    return [m.text for m in standin.messages_in(person.chat_id, from_bot=True) if m.text.startswith(notice)]


async def test_a_case_claimed_in_time_and_unclaimed_days_later_gets_a_full_claim_window_from_the_unclaim(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(2 * 86400)
    await worker.send(f"/unclaim {number}")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    before = len(coordinators.messages())
    clock.advance(60)
    await check_cases(BotContext(app))
    # Held for two days: "nobody has claimed it for 2,881 minutes" would be untrue, and the person waited a minute.
    assert len(coordinators.messages()) == before
    assert late_notices(app, standin, person, "en", number) == []

    sla = app.bot_data.config.staff.sla_minutes
    clock.advance(sla * 60)
    await check_cases(BotContext(app))
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    heading = late_alert(tr, number, sla + 1)
    assert coordinators.last().text.startswith(heading)
    assert (
        f"#{number}" in heading
        and tr.ngettext("{count} minute", "{count} minutes", sla + 1).format(count=sla + 1) in heading
    )
    assert late_notices(app, standin, person, "en", number) == []
    # The person's "taking longer" counts from the same moment: the second window after the unclaim.
    clock.advance(app.bot_data.config.staff.second_window_minutes * 60)
    await check_cases(BotContext(app))
    assert len(late_notices(app, standin, person, "en", number)) == 1


async def test_a_referred_case_gets_its_own_claim_window_at_the_new_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(3 * 86400)
    await refer_to_another_velayat(app, worker, number)
    await person.press(button(app, "en", "✅ Yes, send it to them"))
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    before = len(coordinators.messages())
    clock.advance(60)
    await check_cases(BotContext(app))
    assert len(coordinators.messages()) == before
    clock.advance(app.bot_data.config.staff.sla_minutes * 60)
    await check_cases(BotContext(app))
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    assert coordinators.last().text.startswith(
        late_alert(tr, number, app.bot_data.config.staff.sla_minutes + 1)
    )


async def test_a_long_wait_in_the_reminder_reads_in_days_as_in_the_queue(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """The bot was down for three days: the escalation at its first check says days, not 4,320 minutes."""
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    clock.advance(3 * 86400)
    await check_cases(BotContext(app))
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    days = tr.ngettext("{count} day", "{count} days", 3).format(count=3)
    assert coordinators.last().text.startswith(
        tr.gettext("⏰ Case #{number}: nobody has claimed it for {time}.").format(number=number, time=days)
    )


async def test_coordinators_who_wrote_on_a_case_are_told_when_it_moves_and_a_later_reply_does_not_take_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """The 👀 note promised the coordinators the person's messages; a referral ends that. They are told in one
    line, and a reply on their old view of the case reaches the person without taking the case from the
    organisation it went to (which keeps its Claim button)."""
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    mary = staff(app, standin, name="Aman")
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Dilara")
    await hotline.send(f"/case {number}")
    view = hotline.last()
    await hotline.reply(view, "Салам! Что случилось?")
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)

    await refer_to_another_velayat(app, mary, number)
    await person.press(button(app, "ru", "✅ Yes, send it to them"))
    case = await app.bot_data.storage.case(number)
    organisation = app.bot_data.directory.get(case.ngo_id)
    assert case.ngo_id != "example-mary"
    moved = tr.gettext(
        "↪️ Case #{number} went to {organisation}: the person's messages on it no longer reach this chat. Write "
        "on it to see them again."
    ).format(number=number, organisation=organisation.text("name", tr.language))
    assert hotline.last().text == moved
    seen = len(hotline.messages())
    await person.send("Меня кто-то слышит?")
    assert len(hotline.messages()) == seen  # as the line said

    new_chat = staff(app, standin, chat_id=organisation.staff_chat_id)
    claim = staff_translator(BotContext(app), organisation.staff_chat_id).pgettext("button", "✋ Claim")
    assert claim in labels(new_chat.card(number))
    await hotline.reply(view, "Вы написали в новую организацию?")
    assert person.last_reply().text.endswith("Вы написали в новую организацию?")
    case = await app.bot_data.storage.case(number)
    assert case.status == "open" and case.ngo_id == organisation.id  # not taken from the new organisation
    assert claim in labels(new_chat.card(number))
    claimed = tr.gettext("You have claimed case #{number}.").format(number=number)
    assert all(m.text != claimed for m in hotline.messages())
    # Nor does a reply to the line that said it moved
    line = next(m for m in hotline.messages() if m.text == moved)
    await hotline.reply(line, "Ещё вопрос")
    assert person.last_reply().text.endswith("Ещё вопрос")
    assert (await app.bot_data.storage.case(number)).status == "open"
    # Writing on it joined them again, and said so
    assert hotline.last().text == tr.gettext(
        "👀 Case #{number} is {organisation}'s. From now on the person's messages on it reach this chat too, and "
        "what either chat writes to them is shown to the other."
    ).format(number=number, organisation=organisation.text("name", tr.language))
    await person.send("Да, слышу")
    assert hotline.last().text.endswith("Да, слышу")


async def test_of_two_closes_at_once_the_second_is_told_who_closed_it_and_no_edit_repeats_itself(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """The stand-in refuses an edit that changes nothing, as Telegram does ("message is not modified"), and the
    fixture fails a test on any refusal it did not expect."""
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    aman = staff(app, standin, name="Aman")
    oleg = staff(app, standin, user_id=SECOND_STAFF_USER, name="Oleg")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await aman.press(aman.card(number), button(app, "ru", "✔️ Close"))
    card = aman.card(number)
    legal, shelter = (
        next(
            b["callback_data"]
            for row in card.buttons()
            for b in row
            if b["text"] == button(app, "ru", o, "outcome")
        )
        for o in ("Legal help", "Shelter")
    )
    await asyncio.gather(aman.press_data(card, str(legal)), oleg.press_data(card, str(shelter)))

    case = await app.bot_data.storage.case(number)
    assert case.status == "closed" and case.outcome == "legal"
    ru = app.bot_data.catalogs("ru")
    toasts = [str(answer.get("text", "")) for answer in standin.callback_answers[-2:]]
    assert ru.gettext("Case #{number} is closed.").format(number=number) in toasts
    assert (
        ru.gettext(
            "{name} has already closed case #{number} ({outcome}). Your choice was not recorded."
        ).format(name="Aman", number=number, outcome=button(app, "ru", "Legal help", "outcome"))
        in toasts
    )
    feedback = [m for m in person.bot_messages() if f"#{number}" in m.text and m.reply_markup]
    assert len([m for m in feedback if "?" in m.text]) >= 1
    assert not standin.refusals


async def test_stats_say_their_case_figures_are_of_the_cases_received_in_the_period(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """A claim made today on a case received eleven days ago is not in a week's figures: the words say which cases
    are counted, so "none of them has been claimed" is true beside a /queue that shows the claim."""
    old = await request_help_from_mary(app, chat_with("en", user_id=100001), "en")
    clock.advance(10 * 86400)
    recent = await request_help_from_mary(app, chat_with("en", user_id=100002), "en")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(old), button(app, "ru", "✋ Claim"))
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send("/stats 7d")
    summary = coordinators.messages()[-2].text
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    received = tr.ngettext(
        "🤝 {count} case received in this period, {urgent} urgent",
        "🤝 {count} cases received in this period, {urgent} urgent",
        1,
    ).format(count=1, urgent=0)
    assert received in summary
    assert tr.gettext("Time to claim: none of them has been claimed yet.") in summary
    await coordinators.send("/queue")
    assert f"#{old} " in coordinators.last().text and f"#{recent} " in coordinators.last().text


def test_the_directory_import_refuses_a_turkmen_number_of_the_wrong_length_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check-config and `run` refuse such a number: the import, whose file is loaded back as the bot loads it,
    must not write one (docs/directory.md: nothing is written until the whole file is good)."""
    rows = rows_of(Directory.load(EXAMPLE_DIRECTORY))
    rows[0]["phone"], rows[1]["phone"] = "+993 12 4000", "+993 422 322290"
    sheet, out = tmp_path / "ngos.csv", tmp_path / "ngos.toml"
    sheet.write_text(to_csv(rows), encoding="utf-8")
    assert main(["directory", "import", str(sheet), "--out", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{sheet}: row 2, column 'phone': '+993 12 4000' has 6 digits after +993")
    assert err[1].startswith(f"{sheet}: row 3, column 'phone': '+993 422 322290' has 9 digits after +993")
    assert err[2] == "nothing written: 2 problem(s) to fix in the spreadsheet"
    assert not out.exists()


@pytest.fixture
def translators_copy(tmp_path: Path) -> Path:
    """A copy of the bot as a translator clones it (as tests/test_adding_a_language.py makes one)."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.mo", "data")
    for folder in ("bot", "locales"):
        shutil.copytree(PROJECT_ROOT / folder, copy / folder, ignore=ignore)
    return copy


def test_the_directory_import_says_a_language_being_added_is_empty_once_per_column(
    translators_copy: Path, tmp_path: Path
) -> None:
    project = translators_copy
    """As check-config does, and docs/translating.md promises: not one warning per empty cell (48 for the example)."""
    languages = project / "bot" / "languages.py"
    text = languages.read_text(encoding="utf-8")
    english = re.search(r'\n( *)Language\("en", .*\),\n', text)
    assert english is not None
    languages.write_text(
        text.replace(english.group(0), english.group(0) + english.group(1) + UZBEK + "\n"), encoding="utf-8"
    )
    exported = python(project, tmp_path, "directory", "export", "ngos.csv")
    assert exported.returncode == 0, exported.stderr
    imported = python(project, tmp_path, "directory", "import", "ngos.csv", "--out", "ngos.toml")
    assert imported.returncode == 0, imported.stderr
    about_uzbek = [line for line in (imported.stdout + imported.stderr).splitlines() if "_uz" in line]
    assert len(about_uzbek) == 4, "\n".join(about_uzbek)  # name, town, address, hours
    assert any("column 'name_uz' is empty in 12 of 12 rows" in line for line in about_uzbek)


async def test_a_specialist_whose_chat_is_their_organisations_staff_chat_is_answered_as_a_specialist(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """The shipped example-mary-psychologist takes requests in Mary's own staff chat (docs/specialists.md allows
    it). A reply to the request there is her word to the staff, who read it in the same chat: she is told so, not
    "nothing was sent: the person cannot see requests", and the person hears nothing."""
    assert app.bot_data.roster.get("example-mary-psychologist").staff_chat_id == MARY_CHAT
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} psychologist")
    await worker.press(worker.last(), "example-mary-psychologist")
    psychologist = staff(app, standin, user_id=900888, name="Gulya")
    request = worker.last()
    assert f"#{number}" in request.text
    await psychologist.press(request, button(app, "ru", "👍 Accept"))
    heard = len(person.bot_messages())

    await psychologist.reply(request, "Могу в среду")
    shared = text(
        app,
        "ru",
        "👥 Case #{number}: the specialist and the case's staff share this chat, so your reply is read here and "
        "goes no further. Staff write to the person by replying to the case's card.",
    ).format(number=number)
    assert psychologist.last().text == shared
    await psychologist._process(
        standin.user_media(psychologist.user, "voice", chat_id=MARY_CHAT, reply_to=request)
    )
    assert psychologist.last().text == shared
    assert len(person.bot_messages()) == heard  # the person sees none of it
    # A reply to the card in the same chat is a worker's to the person, as ever.
    await worker.reply(worker.card(number), "Психолог свяжется с вами в среду")
    assert person.last_reply().text.endswith("Психолог свяжется с вами в среду")


async def test_a_case_reopened_days_later_says_its_urgency_dates_from_the_first_request(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """The urgency is kept (a danger once told of is the staff's to judge), but the card says it is from before the
    close, so that a twelve-day-old flag is not read as today's."""
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    await person.send(DANGER["en"])
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    clock.advance(12 * 86400)
    await worker.press(worker.card(number), button(app, "ru", "↩️ Reopen"))
    tr = app.bot_data.catalogs("ru")
    old = tr.gettext("🕰 Urgent since its first request, before it was closed; reopened on {time}.").format(
        time=format_time(app.bot_data.storage.now())
    )
    heading = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=number)
    assert worker.card(number).html.startswith(f"{heading}\n{old}")
