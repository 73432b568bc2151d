"""Who holds a case, and who may talk to whom about it (found by tester L): the case's staff answering a
specialist, a coordinator's claim on an organisation's case and what follows it (unclaim, hand-back, the person's
receipts), and the organisation's card and /queue while the hotline team holds its case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.jobs import check_cases
from tests.chat import Chat
from tests.conftest import FakeClock
from tests.staffchat import StaffChat
from tests.test_case_tools import labels, name
from tests.test_found_by_tester_j import (
    ANSWER,
    card_copy,
    coordinators_tr,
    escalated_and_claimed_by_the_hotline,
)
from tests.test_handoff_flow import button, staff, text
from tests.test_specialists import claimed_case, specialist_chat
from tests.test_staff_replies_found_by_h import speaking

LANGUAGES = ["ru", "tk", "en"]


async def asked_lawyer(app: Any, standin: StandIn, person: Chat) -> tuple[int, StaffChat, StaffChat]:
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    return number, worker, specialist_chat(app, standin)


# L#1: the staff answer the specialist -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_staff_reply_to_a_specialists_words_reaches_the_specialist_and_back(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    speaking(app, "example-mary-lawyer", language)
    person = chat_with(language)
    number, worker, lawyer = await asked_lawyer(app, standin, person)
    heard = len(person.bot_messages())
    await lawyer.reply(lawyer.last(), "Позвоню ей завтра в 10, дайте номер & адрес")
    relayed = worker.last()

    await worker.reply(relayed, "Номер: спросите у <человека>")
    sent_on = text(
        app,
        "ru",
        "📨 Passed on to {role} {specialist} for case #{number}, not to the person. A reply there comes back here.",
    ).format(
        role=button(app, "ru", "⚖️ Lawyer", "specialist"), specialist="example-mary-lawyer", number=number
    )
    assert worker.last().text == sent_on, "not 'this message belongs to no case'"
    organisation = app.bot_data.directory.get("example-mary").text("name", language)
    heading = text(app, language, "💬 Case #{number}: {sender} writes to you:").format(
        number=number, sender=organisation
    )
    assert (
        lawyer.last().text == f"{heading}\nНомер: спросите у <человека>"
    )  # the lawyer's language; as written
    assert len(person.bot_messages()) == heard, "the person never sees this conversation"

    # The lawyer answers that, or the bot's confirmation: both are replies on the request, back to the staff
    await lawyer.reply(lawyer.last(), "Спасибо")
    assert worker.last().text.endswith("\nСпасибо")
    passed_on = lawyer.last()
    assert passed_on.text.startswith("📨")
    await lawyer.reply(passed_on, "Ок, спасибо")
    assert worker.last().text.endswith("\nОк, спасибо")
    assert lawyer.last().text == passed_on.text  # told again where it went
    # And the worker's reply to their own confirmation goes to the lawyer too
    await worker.reply(worker.messages()[-2], "Договорились")
    assert lawyer.last().text == f"{heading}\nДоговорились"
    assert len(person.bot_messages()) == heard


# L#2–L#4: the hotline team's claim on an organisation's case, and what follows it ---------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_coordinator_giving_back_their_claim_tells_the_organisation_and_the_person_the_truth(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, language, clock)
    mary = staff(app, standin)
    await hotline.reply(card_copy(hotline, number), "Salam! Size näme kömek gerek?")
    before = len(chat.bot_messages())
    await chat.send(ANSWER[language])
    hotline_team = text(app, language, "the hotline team")
    receipt = text(app, language, "Delivered to {organisation}. A person, not the bot, will answer you here.")
    told = [m.text for m in chat.bot_messages()[before:]]
    assert receipt.format(organisation=hotline_team) in told, (
        "the hotline team holds it, not the organisation"
    )

    await hotline.send(f"/unclaim {number}")
    assert mary.last().text == text(
        app,
        "ru",
        "↩️ The hotline team gave case #{number} back to you: it is in your queue again, and anyone here can claim it.",
    ).format(number=number)
    assert chat.last_reply().text == text(
        app,
        language,
        "↩️ Your request #{number} is with {organisation} again. Write here and your message reaches them.",
    ).format(number=number, organisation=name(app, "example-mary", language))
    heard = len(chat.bot_messages())

    # Hours later nobody has claimed it again: the person is not told "a person will write to you", as one had
    clock.advance(3 * 3600)
    await check_cases(BotContext(app))
    assert len(chat.bot_messages()) == heard


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_hand_back_while_a_coordinator_holds_the_case_says_the_claim_ended(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, language, clock)
    await hotline.reply(card_copy(hotline, number), "Salam!")
    mary = staff(app, standin)
    await mary.press(mary.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await mary.press(mary.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    ended = coordinators_tr(app).gettext(
        "✋ Case #{number}: {name}'s claim ended with the move to this chat. Anyone here can claim it."
    )
    assert ended.format(number=number, name="Dilara") in [m.text for m in hotline.messages()]
    assert chat.last_reply().text == text(
        app,
        language,
        "↪️ Your request #{number} is now with the hotline team only. Write here and your message reaches them.",
    ).format(number=number), "not 'a person will write to you': one has"


async def test_the_coordinators_taking_back_a_case_they_hold_say_the_claim_ended(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("tk")
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, "tk", clock)
    tr = coordinators_tr(app)
    await hotline.press(card_copy(hotline, number), tr.pgettext("button", "↪️ Refer to another NGO"))
    await hotline.press(card_copy(hotline, number), tr.pgettext("button", "↩️ Back to the hotline team"))
    ended = tr.gettext(
        "✋ Case #{number}: {name}'s claim ended with the move to this chat. Anyone here can claim it."
    )
    assert ended.format(number=number, name="Dilara") in [m.text for m in hotline.messages()]


# L#5: the organisation's card and /queue while the hotline team holds its case -----------------------------------


async def test_the_organisations_card_offers_no_unclaim_it_would_refuse_and_its_queue_names_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("tk")
    number, hotline = await escalated_and_claimed_by_the_hotline(app, standin, chat, "tk", clock)
    mary = staff(app, standin)
    assert button(app, "ru", "↩️ Unclaim") not in labels(mary.card(number))
    assert coordinators_tr(app).pgettext("button", "↩️ Unclaim") in labels(card_copy(hotline, number))
    await mary.send("/queue")
    claimed = text(app, "ru", "claimed by {name} of the hotline team").format(name="Dilara")
    assert claimed in mary.last().text
