"""A case's life as staff and the person see it: writing to the person of an unclaimed case takes it, a closed case
can be reopened, and a withdrawal pressed by mistake can be undone."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, FakeClock
from tests.test_case_tools import labels, name
from tests.test_handoff_flow import button, request_help_from_mary, staff, text


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_writing_to_the_person_of_an_unclaimed_case_claims_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.reply(worker.card(number), "Здравствуйте, мы поможем.")

    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and case.claimed_by_name == "Aman"
    card = worker.card(number)
    assert "Aman" in card.text and button(app, "ru", "✋ Claim") not in labels(card)
    await worker.send("/queue")
    assert text(app, "ru", "claimed by {name}").format(name="Aman") in worker.last().text
    # The person is told who has the request, then gets the message itself
    taken, message = [m.text for m in chat.bot_messages()[-2:]]
    assert taken == text(
        app,
        language,
        "✋ {organisation} has taken your request #{number}. A person there will write to you here.",
    ).format(organisation=name(app, "example-mary", language), number=number)
    assert message.endswith("Здравствуйте, мы поможем.")
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions == ["claim", "reply"]

    # Writing again claims nothing more
    await worker.reply(worker.card(number), "Ещё одно сообщение.")
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions == ["claim", "reply", "reply"]


async def test_writing_to_a_case_another_worker_claimed_leaves_it_with_them(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    aman = staff(app, standin, name="Aman")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    bahar = staff(app, standin, user_id=SECOND_STAFF_USER, name="Bahar")
    await bahar.reply(bahar.card(number), "Hello")
    case = await app.bot_data.storage.case(number)
    assert case.claimed_by_name == "Aman"
    assert chat.last_reply().text.endswith("Hello")


# Reopening -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_staff_reopen_a_closed_case_and_the_person_is_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))  # a slip of the thumb
    assert labels(worker.card(number)) == [button(app, "ru", "↩️ Reopen")]

    await worker.press(worker.card(number), button(app, "ru", "↩️ Reopen"))
    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and case.claimed_by_name == "Aman" and case.outcome is None
    assert "Aman" in worker.card(number).text and button(app, "ru", "✔️ Close") in labels(worker.card(number))
    assert chat.last_reply().text == text(
        app,
        language,
        "↩️ Your request #{number} is open again. Write here and your message reaches {organisation}.",
    ).format(number=number, organisation=name(app, "example-mary", language))
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions == ["claim", "close:no_answer", "reopen"]

    await chat.send("I am here, my phone was off")
    assert "I am here, my phone was off" in worker.last().text  # the person's words reach staff again
    await worker.reply(worker.card(number), "Good, we will call you.")
    assert chat.last_reply().text.endswith("Good, we will call you.")


async def test_a_case_is_not_reopened_while_the_person_has_a_new_one(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    first = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(first), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(first), button(app, "ru", "Legal help", "outcome"))
    second = await request_help_from_mary(app, chat, "en")
    await worker.press(worker.card(first), button(app, "ru", "↩️ Reopen"))
    assert (await app.bot_data.storage.case(first)).status == "closed"
    assert str(standin.callback_answers[-1].get("text")) == text(
        app, "ru", "The person has another open request, #{other}: case #{number} stays closed."
    ).format(other=second, number=first)


# A withdrawal pressed by mistake -----------------------------------------------------------------------------------


PRESSED_WRONG = {
    "ru": "ой, я нажала не туда",  # a few words the matcher once answered with a topic: still a slip
    "tk": "salam?? ýalňyş basdym",
    "en": "hello?? i pressed wrong",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_message_soon_after_withdrawing_offers_to_undo_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await chat.press(button(app, language, "Withdraw my request"))
    await chat.press(button(app, language, "Yes, withdraw it"))
    assert labels(worker.card(number)) == []  # the person's own choice: no Reopen for staff

    # written in the person's own language: one in another would switch theirs (bot/i18n.answer_language)
    before = len(chat.bot_messages())
    await chat.send(PRESSED_WRONG[language])
    withdrawn = text(
        app,
        language,
        "Your request #{number} is withdrawn, so this message reached nobody. If you withdrew it by mistake, you "
        "can keep it open.",
    ).format(number=number)
    # the offer comes first (a topic the matcher finds in the few words may follow it)
    offer = chat.bot_messages()[before]
    assert offer.text == withdrawn
    await chat.press(button(app, language, "↩️ Undo: keep my request open"))
    opened = next(m for m in chat.bot_messages() if m.message_id == offer.message_id)
    assert opened.text == text(
        app,
        language,
        "↩️ Your request #{number} is open again. Write here and your message reaches {organisation}.",
    ).format(number=number, organisation=name(app, "example-mary", language))
    assert (await app.bot_data.storage.case(number)).status == "open"
    assert worker.last().text == text(
        app, "ru", "Case #{number}: the person withdrew it by mistake; it is open again."
    ).format(number=number)
    assert button(app, "ru", "✋ Claim") in labels(worker.card(number))
    await chat.send("sorry, I still need a lawyer")
    assert "sorry, I still need a lawyer" in worker.last().text


async def test_later_or_with_a_question_the_withdrawn_person_gets_the_usual_answers(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await chat.press("Withdraw my request")
    await chat.press("Yes, withdraw it")
    answer = await chat.send("my boss took my passport")  # a question it answers is answered
    assert answer.text.startswith(app.bot_data.knowledge["employer-took-passport"].text("en").title)
    offer = await chat.send("hello?")
    assert f"#{number}" in offer.text
    clock.advance(20 * 60)
    later = await chat.send("hello?")
    assert f"#{number}" not in later.text
    await chat.press_data(
        offer, str(offer.button(button(app, "en", "↩️ Undo: keep my request open"))["callback_data"])
    )
    edited = next(m for m in chat.bot_messages() if m.message_id == offer.message_id)
    assert edited.text == text(
        app,
        "en",
        "Request #{number} can no longer be reopened. To ask for help again, choose “Get help” in the menu.",
    ).format(number=number)
    assert (await app.bot_data.storage.case(number)).status == "closed"


# The history -----------------------------------------------------------------------------------------------------


def history_lines(history: str) -> list[str]:
    """The history's entries without their time ("12-07 01:25 Aman: …" → "Aman: …")."""
    return [line.split(" ", 2)[2] for line in history.split("\n")[2:]]


async def test_the_history_keeps_the_order_of_what_happened_in_one_minute(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin, name="Aman")
    await worker.reply(worker.card(number), "We have a shelter place tonight")
    await chat.send("yes thank you")
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Shelter", "outcome"))
    await worker.send(f"/case {number}")
    person = text(app, "ru", "person")
    closed = button(app, "ru", "closed the case: {outcome}", "case action").format(
        outcome=button(app, "ru", "Shelter", "outcome")
    )
    assert history_lines(worker.last().text) == [
        f"Aman: {button(app, 'ru', 'took the case', 'case action')}",
        "Aman: We have a shelter place tonight",
        f"{person}: yes thank you",
        f"Aman: {closed}",
    ]


async def test_the_history_of_an_sos_case_says_it_was_opened_urgent_with_sos(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/sos")
    await chat.press("🆘 Ask a person to write to me now")
    await chat.send("thank you, I will wait")
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinators.send(f"/case {case.id}")
    person = text(app, "ru", "person")
    assert history_lines(coordinators.last().text) == [
        f"{person}: {button(app, 'ru', 'opened the case with 🆘 SOS: urgent from the start', 'case action')}",
        f"{person}: thank you, I will wait",
    ]


# /forget ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_forget_lists_the_kept_country_and_speaks_of_a_request_only_when_one_is_open(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await app.bot_data.storage.set_country(chat.chat_id, "tr")
    question = await chat.send("/forget")
    country = app.bot_data.countries.name("tr", language)
    assert (
        text(
            app,
            language,
            "This deletes everything I hold about you: your language, the country you are in ({country}), your "
            "checklist, your questions and the texts of your requests.",
        ).format(country=country)
        in question.text
    )
    closed = text(
        app, language, "Your open request #{number} will be closed, and nobody will write to you about it."
    )
    assert not re.search(r"#\d", question.text)  # no request is open: nothing to close
    await chat.press(button(app, language, "No, keep it"))

    await app.bot_data.storage.set_country(chat.chat_id, None)
    number = await request_help_from_mary(app, chat, language)
    question = await chat.send("/forget")
    assert (
        text(
            app,
            language,
            "This deletes everything I hold about you: your language, your checklist, your questions and the texts "
            "of your requests.",
        )
        in question.text
    )
    assert closed.format(number=number) in question.text
    assert button(app, language, "🙈 Hide this chat") not in labels(
        question
    )  # not urgent: deleting is all it asks


# Handing a case back to the coordinators ---------------------------------------------------------------------------


async def test_an_organisation_hands_its_case_back_to_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    back = button(app, "ru", "↩️ Back to the hotline team")
    assert back in labels(worker.card(number))
    await worker.press(worker.card(number), back)

    case = await app.bot_data.storage.case(number)
    assert case.ngo_id is None and case.staff_chat_id == COORDINATOR_CHAT and case.status == "open"
    assert labels(worker.card(number)) == []  # the old card says where it went, with no buttons
    assert text(app, "ru", "the hotline team") in worker.card(number).text
    assert chat.last_reply().text == text(  # the hotline team is no organisation (H#6)
        app,
        "en",
        "↪️ Your request #{number} is now with the hotline team. A person from the hotline team will write to you "
        "here.",
    ).format(number=number)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Maral")
    card = coordinators.card(number)
    assert button(app, "ru", "✋ Claim") in labels(card)
    await coordinators.press(card, button(app, "ru", "↪️ Refer to another NGO"))
    assert back not in labels(coordinators.card(number))  # the coordinators' own case: nothing to hand back
    await coordinators.press(coordinators.card(number), button(app, "ru", "⬅️ Back"))

    await worker.reply(worker.card(number), "Still here?")  # the organisation no longer writes to the person
    assert not chat.last_reply().text.endswith("Still here?")
    await coordinators.reply(coordinators.card(number), "Hello from the hotline")
    assert chat.last_reply().text.endswith("Hello from the hotline")
    await coordinators.send(f"/case {number}")
    referred = button(app, "ru", "referred the case to {organisation}", "case action").format(
        organisation=text(app, "ru", "the hotline team")
    )
    # Made for the organisation that had the case then: the history names it (Z#7d)
    mary = app.bot_data.directory.get("example-mary").text("name", "ru")
    assert f"Aman ({mary}): {referred}" in coordinators.last().text
