"""A case's life as staff and the person see it: writing to the person of an unclaimed case takes it, a closed case
can be reopened, and a withdrawal pressed by mistake can be undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import SECOND_STAFF_USER
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
