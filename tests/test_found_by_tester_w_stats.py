"""Tester W's findings: /stats keeps a close that a reopen undid in the period it happened, and its figures agree;
a specialist learns when the case they were asked on is closed; a list of specialists says who was left out for
the person's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import FakeUser, StandIn
from handlers.labels import format_time, outcome_label
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text
from tests.test_write_again import HI_AGAIN, closed_by_mary, write_again_label

MARY_LAWYER_CHAT = -1001000000111  # example-mary-lawyer's chat in the example roster


# W#4: /stats after a reopen ----------------------------------------------------------------------------------------


def stats_text(chat: StaffChat) -> str:
    return next(message.text for message in reversed(chat.messages()) if message.kind == "text")


async def test_a_close_stays_in_stats_after_the_person_reopens_and_the_close_time_agrees_with_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """Sam's case is closed with legal help and another person withdraws theirs; the next day Sam writes again and
    taps to reopen. /stats still counts both closes, says one case was reopened since, and times the staff close
    instead of saying nothing was closed."""
    sam = chat_with("en")
    number, _ = await closed_by_mary(app, standin, sam, "en")
    other = Chat(app, standin, FakeUser(id=100077, first_name="Tom", language_code="en"))
    await request_help_from_mary(app, other, "en")
    await other.press("Withdraw my request")
    await other.press("Yes, withdraw it")
    clock.advance(86400)
    await sam.send(HI_AGAIN["en"])
    await sam.press(write_again_label(app, "en"))
    assert (await app.bot_data.storage.case(number)).outcome is None  # open again

    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send("/stats")
    summary = stats_text(coordinators)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    outcomes = " · ".join(f"{outcome_label(tr, key)} 1" for key in sorted(["legal", "withdrawn"]))
    closes = tr.ngettext(
        "✔️ {count} close made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        "✔️ {count} closes made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        2,
    ).format(count=2, reopened=1, list=outcomes)
    assert closes in summary
    timed = tr.ngettext(
        "Time to close, of the closes made by staff, from the request or its reopening: median {median}, 90% "
        "within {p90} ({count} close)",
        "Time to close, of the closes made by staff, from the request or its reopening: median {median}, 90% "
        "within {p90} ({count} closes)",
        1,
    ).split("{median}")[0]
    assert timed in summary
    assert tr.gettext("Time to close: nothing was closed in this period.") not in summary
    # Mary's chat, whose staff made the close, counts it too
    mary = staff(app, standin, chat_id=MARY_CHAT)
    await mary.send("/stats")
    assert outcome_label(app.bot_data.catalogs("ru"), "legal") + " 1" in stats_text(mary)


# W#5: a specialist is told when the case closes -------------------------------------------------------------------


async def test_a_specialist_who_accepted_is_told_when_the_case_closes_and_the_old_button_changes_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = StaffChat(
        app, standin, MARY_LAWYER_CHAT, FakeUser(id=777001, first_name="Lawyer", language_code="ru")
    )
    request = lawyer.last()
    await lawyer.press(request, button(app, "ru", "👍 Accept"))

    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))

    # One line in the specialist's chat, as a reply to the request, which keeps no button
    notice = lawyer.last()
    assert notice.text == text(
        app, "ru", "🔒 Case #{number} has been closed, so your request for it has ended."
    ).format(number=number)
    assert notice.reply_to_message_id == request.message_id
    edited = lawyer.messages()[0]
    assert edited.message_id == request.message_id and edited.reply_markup is None
    ended = button(app, "ru", "ended when the case was closed", "specialist request")
    assert text(app, "ru", "State: {state}").format(state=ended) in edited.text
    # The card shows the request ended with the case's close, and when, not "accepted"
    card = worker.card(number).text
    closed_at = (await app.bot_data.storage.case(number)).closed_at
    on = button(app, "ru", "ended when the case was closed on {time}", "specialist request")
    assert on.format(time=format_time(closed_at)) in card
    assert button(app, "ru", "accepted", "specialist request") not in card

    # A press on the old Done button is answered "closed" and changes nothing
    told = len(worker.messages())
    asked = await app.bot_data.storage.request_of_message(MARY_LAWYER_CHAT, request.message_id)
    assert asked is not None
    await lawyer.press_data(request, f"st:sd:{asked.id}")
    assert str(standin.callback_answers[-1].get("text")) == text(
        app, "ru", "Case #{number} is closed: this request ended with it. Nothing was changed."
    ).format(number=number)
    stored = await app.bot_data.storage.specialist_request(asked.id)
    assert stored is not None and stored.state == "accepted"
    assert len(worker.messages()) == told  # no "consultation took place" notice to the staff
    assert len(lawyer.messages()) == 2  # the request and the one line, nothing more


async def test_a_request_done_before_the_close_stays_done_and_its_chat_is_not_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    lawyer = StaffChat(
        app, standin, MARY_LAWYER_CHAT, FakeUser(id=777001, first_name="Lawyer", language_code="ru")
    )
    await lawyer.press(lawyer.last(), button(app, "ru", "✅ Done"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert len(lawyer.messages()) == 1
    assert button(app, "ru", "done", "specialist request") in worker.card(number).text


# W#6c: who was left out of a list of specialists for the person's language -----------------------------------------


async def test_a_list_of_specialists_says_how_many_were_left_out_for_the_persons_language(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await coordinators.send(f"/specialist {number} lawyer")
    listing = coordinators.last().text
    # The Lebap lawyer covers Mary but speaks Russian and Turkmen only: not offered, and the list says so
    assert "example-mary-lawyer" in listing and "example-lebap-lawyer" not in listing
    language = app.bot_data.config.staff.coordinator_language
    assert (
        app.bot_data.catalogs(language)
        .ngettext(
            "{count} more specialist fits but does not speak the person's language ({language}): not listed.",
            "{count} more specialists fit but do not speak the person's language ({language}): not listed.",
            1,
        )
        .format(count=1, language="English")
        in listing
    )
