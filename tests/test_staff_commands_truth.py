"""Staff commands that tell the truth: removing a staff member gives back the cases they held, /staff names people,
commands on a closed case point to ↩️ Reopen, specialists are named in histories and only they (or staff) move
their requests on, a judgement pressed again changes nothing, and /stats, /queue and a newcomer's reply say what a
busy coordinator needs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config
from bot.indicators import Period, parse_period
from bot.standin.server import FakeUser, SentMessage, StandIn
from handlers.labels import format_time
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, STAFF_USER, AppFactory, FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff, text
from tests.test_screening_flow import interview, mary_app, pick, screen_to_the_end
from tests.test_specialists import MARY_LAWYER_CHAT

NEWCOMER = 777001


def labels(message: SentMessage) -> list[str]:
    return [str(b["text"]) for row in message.buttons() for b in row]


def coordinators_tr(app: Any) -> Any:
    return app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)


def answered(standin: StandIn) -> str:
    return str(standin.callback_answers[-1].get("text", ""))


# /removestaff and /staff -----------------------------------------------------------------------------------------


async def test_removing_a_staff_member_puts_their_cases_back_in_the_queue_urgent_first(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    first = await request_help_from_mary(app, chat_with("en"), "en")
    urgent_person = chat_with("tk", user_id=100002, first_name="Merjen")
    second = await request_help_from_mary(app, urgent_person, "tk")
    aman = staff(app, standin, user_id=SECOND_STAFF_USER, name="Aman")
    for number in (first, second):
        await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await urgent_person.send("/sos")
    assert (await app.bot_data.storage.case(second)).urgent
    told_before = len(aman.messages())

    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/removestaff {SECOND_STAFF_USER}")

    tr = coordinators_tr(app)
    who = f"Aman (<code>{SECOND_STAFF_USER}</code>)"  # the name they acted under, beside the id
    assert coordinator.last().html == "\n".join(
        [
            tr.gettext("{user} is no longer staff. This takes effect at once.").format(user=who),
            tr.ngettext(
                "The case they held, {cases}, is back in the queue: claim it or ask someone to.",
                "The cases they held, {cases}, are back in the queue: claim them or ask someone to.",
                2,
            ).format(cases=f"#{second} 🆘, #{first}"),  # urgent first
        ]
    )
    for number in (first, second):
        case = await app.bot_data.storage.case(number)
        assert case.status == "open" and case.claimed_by is None
        assert button(app, "ru", "✋ Claim") in labels(
            aman.card(number)
        )  # every card says anyone can claim it
        # nobody holds it: the card says whose claim ended (R#2), not that Aman has it
        assert text(app, "ru", "Status: claimed by {name}").format(name="Aman") not in aman.card(number).text
        assert (
            text(
                app, "ru", "Status: waiting — {name} was removed from staff on {time}; nobody has it now"
            ).format(name="Aman", time=format_time(case.waiting_since or 0))
            in aman.card(number).text
        )
    notices = [message.text for message in aman.messages()[told_before:]]
    for number in (second, first):  # the organisation's chat is told about each, in its language
        assert (
            text(
                app,
                "ru",
                "Case #{number} is back in the queue: {user} is no longer staff. Anyone here can claim it.",
            ).format(number=number, user=f"Aman ({SECOND_STAFF_USER})")
            in notices
        )
    assert (first, STAFF_USER, f"release:{SECOND_STAFF_USER}") in await app.bot_data.storage.audit_log()

    await coordinator.send(f"/case {first}")
    assert (
        tr.pgettext("case action", "put the case back in the queue: {name} is no longer staff").format(
            name="Aman"
        )
        in coordinator.last().text
    )
    await aman.send("/queue")
    assert aman.last().text.startswith(text(app, "ru", "Sorry, this is only for the network's staff."))


async def test_removing_a_staff_member_who_holds_nothing_says_only_that(app: Any, standin: StandIn) -> None:
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/removestaff {SECOND_STAFF_USER}")
    assert coordinator.last().html == coordinators_tr(app).gettext(
        "{user} is no longer staff. This takes effect at once."
    ).format(user=f"<code>{SECOND_STAFF_USER}</code>")


async def test_the_staff_list_names_each_member_by_the_name_they_act_under(
    app: Any, standin: StandIn
) -> None:
    await staff(app, standin, user_id=SECOND_STAFF_USER, name="<b>Ann</b> & Co").send("/queue")
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT, name="Dilara")
    await coordinator.send(f"/addstaff {NEWCOMER}")
    await coordinator.send("/staff")
    tr = coordinators_tr(app)
    lines = coordinator.last().html.split("\n")
    config_file, added = (
        tr.pgettext("staff list", "config file"),
        tr.pgettext("staff list", "added in this chat"),
    )
    assert lines[1:] == [
        f"<code>{NEWCOMER}</code> {tr.pgettext('staff list', '(name not seen yet)')} — {added}",
        f"<code>{STAFF_USER}</code> Dilara — {config_file}",
        f"<code>{SECOND_STAFF_USER}</code> &lt;b&gt;Ann&lt;/b&gt; &amp; Co — {config_file}",
    ]


# A closed case ---------------------------------------------------------------------------------------------------


async def test_commands_on_a_closed_case_say_it_is_closed_and_point_to_reopen(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("tk"), "tk")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    reopen = button(app, "ru", "↩️ Reopen")
    assert labels(worker.card(number)) == [reopen]  # the one button the words point to
    closed = text(
        app,
        "ru",
        "Case #{number} is closed. To work on it again, first press {button} on its card (/case {number} shows it).",
    ).format(number=number, button=reopen)
    for command in ("/screen", "/specialist", "/unclaim"):
        await worker.send(f"{command} {number}")
        assert worker.last().text == closed, command
    await worker.press_data(
        worker.card(number), f"st:claim:{number}"
    )  # a stale Claim button of an older copy
    assert answered(standin) == closed

    await worker.press(worker.card(number), reopen)
    await worker.send(f"/unclaim {number}")  # open again, as the words said
    assert worker.last().text == text(app, "ru", "Case #{number} is open again: anyone can claim it.").format(
        number=number
    )


# Specialists -----------------------------------------------------------------------------------------------------


def in_lawyers_chat(app: Any, standin: StandIn, user_id: int, name: str) -> StaffChat:
    return StaffChat(
        app, standin, MARY_LAWYER_CHAT, FakeUser(id=user_id, first_name=name, language_code="ru")
    )


async def test_only_the_specialist_who_accepted_or_staff_finish_a_request_and_histories_name_them(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")

    lawyer = in_lawyers_chat(app, standin, 777002, "Lawyer")
    assistant = in_lawyers_chat(app, standin, 777003, "Assistant")
    await lawyer.press(lawyer.last(), button(app, "ru", "👍 Accept"))
    await assistant.press(assistant.last(), button(app, "ru", "✅ Done"))
    assert answered(standin) == text(
        app,
        "ru",
        "Someone else in this chat accepted this request: only they, or the network's staff, can mark it done.",
    )
    assert (await app.bot_data.storage.specialist_request(1)).state == "accepted"
    await lawyer.press(lawyer.last(), button(app, "ru", "✅ Done"))
    assert (await app.bot_data.storage.specialist_request(1)).state == "done"

    await worker.send(f"/case {number}")
    history = worker.last().text
    for state in ("accepted", "done"):
        line = (
            app.bot_data.catalogs("ru")
            .pgettext("case action", "specialist ({role}): {state}")
            .format(
                role=button(app, "ru", "⚖️ Lawyer", "specialist"),
                state=button(app, "ru", state, "specialist request"),
            )
        )
        assert f"example-mary-lawyer: {line}" in history
    assert "777002" not in history


async def test_staff_may_finish_a_request_a_specialist_accepted(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    await in_lawyers_chat(app, standin, 777002, "Lawyer").press(
        standin.messages_in(MARY_LAWYER_CHAT, from_bot=True)[-1], button(app, "ru", "👍 Accept")
    )
    coordinator_there = in_lawyers_chat(app, standin, STAFF_USER, "Dilara")
    await coordinator_there.press(coordinator_there.last(), button(app, "ru", "✅ Done"))
    assert (await app.bot_data.storage.specialist_request(1)).state == "done"


# The screening judgement -----------------------------------------------------------------------------------------


async def test_the_same_judgement_pressed_again_changes_nothing(
    start_app: AppFactory, config: Config, tmp_path: Path, standin: StandIn
) -> None:
    app = await mary_app(start_app, config, tmp_path, "ru")
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    number = await request_help_from_mary(app, person, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await screen_to_the_end(worker, app, "ru", number)
    await pick(worker, app, "ru", "I judge: meets", "screening")
    edits = len(standin.calls("editMessageText"))
    result = interview(worker).text
    for _ in range(3):
        await pick(worker, app, "ru", "I judge: meets", "screening")
        assert answered(standin) == text(app, "ru", "This judgement is already recorded.")
    assert len(standin.calls("editMessageText")) == edits  # no edit Telegram would refuse as "not modified"
    assert interview(worker).text == result
    judged = [a for _, _, a in await app.bot_data.storage.audit_log() if a == "screen:judged"]
    assert len(judged) == 1
    await pick(worker, app, "ru", "I judge: unclear", "screening")  # a different judgement is recorded
    assert answered(standin) == text(app, "ru", "Your judgement is recorded.")
    assert (await app.bot_data.storage.screening(number)).judgement == "unclear"


# /stats, /queue, a newcomer ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["30", "30d", "30 d", "30д", "30 д", "30 дней", "30 gün", "30 GÜN", "30 days"]
)
def test_a_number_of_days_is_read_as_staff_write_it(typed: str) -> None:
    today = date(2026, 3, 15)
    assert parse_period(typed, today) == Period(date(2026, 2, 14), today)


async def test_stats_30_means_thirty_days(app: Any, standin: StandIn) -> None:
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/stats 30")
    usage = coordinators_tr(app).gettext(
        "Use {command} 7d, {command} 30d or {command} YYYY-MM-DD..YYYY-MM-DD (whole days, UTC)."
    )
    assert usage.format(command="/stats") not in [message.text for message in coordinator.messages()]
    period = parse_period("30d", date.fromtimestamp(app.bot_data.storage.now()))
    assert any(period.start.isoformat() in message.text for message in coordinator.messages())


async def test_the_queue_times_a_claimed_case_from_the_claim_or_the_last_reply(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    clock.advance(3 * 3600)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(10 * 60)
    tr = app.bot_data.catalogs("ru")
    minutes = tr.ngettext("{count} minute", "{count} minutes", 10).format(count=10)
    await worker.send("/queue")
    assert tr.gettext("claimed {time} ago, no reply since").format(time=minutes) in worker.last().text
    assert tr.gettext("waiting {time}").split("{")[0] not in worker.last().text
    await worker.reply(worker.card(number), "Здравствуйте!")
    clock.advance(25 * 60)
    await worker.send("/queue")
    minutes = tr.ngettext("{count} minute", "{count} minutes", 25).format(count=25)
    assert tr.gettext("last reply {time} ago").format(time=minutes) in worker.last().text


async def test_someone_not_yet_staff_who_replies_to_a_card_is_told_who_can_add_them(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("en")
    number = await request_help_from_mary(app, person, "en")
    heard = len(person.bot_messages())
    newcomer = staff(app, standin, user_id=NEWCOMER, name="Jeren")
    await newcomer.reply(newcomer.card(number), "Здравствуйте, я новый юрист")
    assert newcomer.last().text == " ".join(
        [
            text(app, "ru", "Sorry, this is only for the network's staff."),
            text(app, "ru", "A coordinator can add you: they reply to one of your messages with /addstaff."),
        ]
    )
    assert len(person.bot_messages()) == heard  # nothing reached the person


# The request's message step ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_message_step_names_the_skip_button_by_its_label(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    await chat.press(button(app, language, "🙋 Ask {name} for help").format(name=mary))
    await chat.press(button(app, language, "💬 Only through this chat"))
    step = await chat.press(button(app, language, "No, keep it hidden"))
    skip = button(app, language, "Skip")
    assert skip in chat.labels(step)
    assert f"«{skip}»" in step.text if language != "en" else skip in step.text
    assert "{skip}" not in step.text
