"""What an exploratory tester of the staff side found, held: after /hide staff are not told the person heard of a
close or a reopening (H#3); the coordinators taking a case back keep one card and are not told they passed it to
themselves, and the person hears the hotline team will write (H#6); the coordinators' copy names the organisation
when the case is closed (H#5); /stats times a claim by the first one (H#8); a request that never reached a
specialist's chat is not shown as waiting for an answer (H#9); and the hotline team's referral list puts the
case's velayat first (H#7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from bot import indicators
from bot.casework import referral_targets
from bot.directory import Directory
from bot.standin.server import SentMessage, StandIn
from handlers.cards import CLAIM
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.hiding import end_hiding
from tests.staffchat import StaffChat
from tests.test_case_tools import answered, labels, name
from tests.test_handoff_flow import button, request_help_from_mary, staff, text
from tests.test_specialists import MARY_LAWYER_CHAT

# H#3: after /hide, no toast says the person was told ------------------------------------------------------------


async def test_after_hide_the_close_and_reopen_toasts_say_the_person_is_not_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send_only("/hide")

    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    assert answered(standin) == text(
        app,
        "ru",
        "How did the case end? One tap closes it; the person is not told while they have the chat hidden. ⬅️ Back "
        "keeps it open.",
    )
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    await worker.press(worker.card(number), button(app, "ru", "↩️ Reopen"))
    assert answered(standin) == text(
        app, "ru", "Case #{number} is open again; the person is not told while they have the chat hidden."
    ).format(number=number)
    assert standin.messages_in(chat.chat_id) == []  # and indeed nothing reached them

    await chat.send_only("я тут")
    await end_hiding(
        app, worker, number
    )  # staff read it is her: the case's news reaches her again, as they are told
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    assert answered(standin) == text(
        app, "ru", "How did the case end? One tap closes it, and the person is told. ⬅️ Back keeps it open."
    )


# H#6 and H#7: the hotline team takes a case back ---------------------------------------------------------------


def claimable_cards(coordinators: StaffChat, number: int) -> list[SentMessage]:
    return [
        message
        for message in coordinators.messages()
        if any(b.get("callback_data") == f"{CLAIM}{number}" for row in message.buttons() for b in row)
    ]


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_hotline_team_taking_a_case_back_keeps_one_card_and_the_person_hears_who_writes(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    await coordinators.send(f"/case {number}")
    await coordinators.press(coordinators.card(number), tr.pgettext("button", "↪️ Refer to another NGO"))
    await coordinators.press(coordinators.card(number), tr.pgettext("button", "↩️ Back to the hotline team"))

    assert len(claimable_cards(coordinators, number)) == 1, "their /case copy became the card: no second one"
    referred = tr.gettext("Case #{number} was referred to you by {organisation}. Its history: /case {number}")
    assert referred.format(number=number, organisation=tr.gettext("the hotline team")) not in [
        message.text for message in coordinators.messages()
    ]
    assert chat.last_reply().text == text(
        app,
        language,
        "↪️ Your request #{number} is now with the hotline team. A person from the hotline team will write to you "
        "here.",
    ).format(number=number)
    await coordinators.reply(
        coordinators.card(number), "Здравствуйте!"
    )  # a reply to that card reaches the person
    assert chat.last_reply().text.endswith("Здравствуйте!")

    # H#7: the list for the hotline team's case in Mary velayat starts with Mary's organisation, not the file's order
    await coordinators.press(coordinators.card(number), tr.pgettext("button", "↪️ Refer to another NGO"))
    first = labels(coordinators.card(number))[0]
    assert first.startswith(name(app, "example-mary", tr.language))


async def test_an_organisation_handing_back_a_case_the_coordinators_opened_leaves_them_one_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send(f"/case {number}")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    assert len(claimable_cards(coordinators, number)) == 1
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    referred = tr.gettext("Case #{number} was referred to you by {organisation}. Its history: /case {number}")
    # handed back by the organisation: the coordinators are told who did it
    assert coordinators.last().text == referred.format(
        number=number, organisation=name(app, "example-mary", tr.language)
    )


def test_the_hotline_teams_referral_list_puts_the_cases_velayat_first_then_the_nearest() -> None:
    directory = Directory.load()
    listed = [found.ngo for found in referral_targets(directory, None, None, velayat="mary")]
    in_mary = [ngo for ngo in listed if ngo.velayat == "mary"]
    assert in_mary and listed[: len(in_mary)] == in_mary  # those in the velayat first
    assert len(listed) == len(referral_targets(directory, None, None))  # and every other one after them
    nearest_other = listed[len(in_mary)]
    lebap = next(ngo for ngo in listed if ngo.velayat == "lebap")
    balkan = next(ngo for ngo in listed if ngo.velayat == "balkan")
    assert listed.index(lebap) < listed.index(balkan)  # Lebap borders Mary; Balkan is across the country
    assert nearest_other.velayat != "mary"
    # with no velayat known, the directory's order as before
    assert [found.ngo for found in referral_targets(directory, None, None)] == [
        ngo for ngo in directory.ngos if ngo.velayat is not None
    ]


# H#5: the coordinators' copy names the organisation after the close -------------------------------------------


async def test_the_coordinators_copy_names_the_organisation_after_it_closes_the_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send(f"/case {number}")
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    holder = tr.gettext("Organisation: {organisation}").format(
        organisation=name(app, "example-mary", tr.language)
    )
    assert holder in coordinators.card(number).text
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    closed = coordinators.card(number).text
    assert (
        tr.gettext("Status: closed — {outcome}").format(outcome=tr.pgettext("outcome", "Legal help"))
        in closed
    )
    assert holder in closed, "who closed it"
    await coordinators.send(f"/case {number}")
    assert holder in coordinators.messages()[-2].text  # /case: the card, then the history


# H#8: the time to claim is the first claim's -----------------------------------------------------------------


async def test_stats_time_a_case_given_back_and_claimed_again_by_its_first_claim(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(3 * 3600)
    await worker.press(worker.card(number), button(app, "ru", "↩️ Unclaim"))
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    storage = app.bot_data.storage
    today = datetime.fromtimestamp(clock.now, UTC).date()
    period = indicators.parse_period("30d", today)
    figures = await indicators.compute(storage, period, None)
    assert (figures.cases.to_claim.count, figures.cases.to_claim.median) == (1, 0)
    columns, rows = await indicators.export_rows(storage, period)
    cases = [dict(zip(columns, row, strict=True)) for row in rows if row[0] == "case"]
    assert [case["minutes_to_claim"] for case in cases] == ["0"]


# H#9: a request that never reached the specialist's chat -------------------------------------------------------


@pytest.mark.refusals_expected  # the lawyer's chat does not exist at first
async def test_a_specialist_request_that_did_not_arrive_is_not_shown_as_waiting(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("tk"), "tk")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "🧑‍⚕️ Specialist"))
    await worker.press(worker.last(), button(app, "ru", "⚖️ Lawyer", "specialist"))
    listing = worker.last()
    await worker.press(listing, "example-mary-lawyer")  # its chat is not there

    waiting = button(app, "ru", "asked, waiting for an answer", "specialist request")
    unsent = button(app, "ru", "did not reach their chat", "specialist request")
    line = text(app, "ru", "Specialist: {role} {specialist} — {state}")
    lawyer = button(app, "ru", "⚖️ Lawyer", "specialist")
    card = worker.card(number).text
    assert line.format(role=lawyer, specialist="example-mary-lawyer", state=unsent) in card
    assert waiting not in card
    await worker.send(f"/case {number}")
    history = worker.last().text
    assert unsent in history

    standin.add_chat(MARY_LAWYER_CHAT, type="supergroup", title="Example lawyer")
    await worker.press(listing, "example-mary-lawyer")  # asked again, it arrives
    assert len(standin.messages_in(MARY_LAWYER_CHAT, from_bot=True)) == 1
    card = worker.card(number).text
    assert line.format(role=lawyer, specialist="example-mary-lawyer", state=waiting) in card


# H#4: the first message after /hide is acknowledged in words, as the chat's first message was ---------------------


async def test_the_first_message_after_hide_is_acknowledged_in_words(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await request_help_from_mary(app, chat, "ru")
    await chat.send("первое сообщение")  # acknowledged once, with the case's buttons
    await chat.send_only("/hide")
    assert standin.messages_in(chat.chat_id) == []
    await chat.send_only("вы получили?")
    replies = [m for m in standin.messages_in(chat.chat_id) if m.from_bot]
    # an empty chat shows it arrived, and names nobody: the phone may be in someone else's hands
    assert [m.text for m in replies] == [text(app, "ru", "✉️ Passed on.")]


# G#10: /case marks the messages staff were shown as danger ------------------------------------------------------


async def test_the_history_marks_a_message_read_as_danger(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    worker = staff(app, standin)
    await chat.send("когда вы ответите?")
    await chat.send("меня бьют и не выпускают из квартиры")
    await worker.send(f"/case {number}")
    history = worker.last().text
    person = text(app, "ru", "person")
    assert f"⚠️ {person}: меня бьют и не выпускают из квартиры" in history
    assert f"{person}: когда вы ответите?" in history and f"⚠️ {person}: когда" not in history


async def test_the_history_tells_that_the_person_hid_the_chat(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    # found by a tester: /case did not say why nothing reached the person
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    await chat.send_only("/hide")
    worker = staff(app, standin)
    await worker.send(f"/case {number}")
    hid = app.bot_data.catalogs("ru").pgettext(
        "case action", "hid the chat: nothing is sent to them until staff end the hiding"
    )
    assert f"{text(app, 'ru', 'person')}: {hid}" in worker.last().text
