"""Who holds a case, and who may talk to whom about it (found by tester L): the case's staff answering a
specialist, a coordinator's claim on an organisation's case and what follows it (unclaim, hand-back, the person's
receipts), and the organisation's card and /queue while the hotline team holds its case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.staffchat import StaffChat
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
