"""What was left on the staff side after testers J and L: a coordinator who writes to the person of a case an
organisation holds hears the answer; a specialist's photo or voice reply reaches the case's staff, and theirs the
specialist; the case tools' dead ends (a card after the case closed or was forgotten, /case of a number that does
not exist or is another organisation's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER
from tests.test_found_by_tester_j import ANSWER, coordinators_tr
from tests.test_handoff_flow import button, request_help_from_mary, staff, text

LANGUAGES = ["ru", "tk", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_coordinator_who_writes_on_an_organisations_case_hears_the_persons_answer(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    """The behaviour: the organisation that holds a case keeps it (its claim, its card, its queue), and sees
    everything as before. A coordinator who writes to the person on it without claiming it (a reply to `/case N`, to
    an old copy, or to the escalated card after the organisation claimed it) has asked something, and the person
    answers whoever wrote last: from that moment the coordinators' chat sees the case as the organisation's chat
    does, the person's messages and what either team writes to them, until the case closes or moves to another
    organisation. The coordinators are told so once, under their first message; the organisation's chat sees the
    coordinator's words as a copy, as it did already."""
    person = chat_with(language)
    number = await request_help_from_mary(app, person, language)
    mary = staff(app, standin)
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Dilara")
    await hotline.send(f"/case {number}")
    await hotline.reply(hotline.last(), "Salam! Näme boldy?")
    tr = coordinators_tr(app)
    organisation = app.bot_data.directory.get("example-mary").text("name", tr.language)
    told = tr.gettext(
        "👀 Case #{number} is {organisation}'s. From now on the person's messages on it reach this chat too, and "
        "what either chat writes to them is shown to the other."
    ).format(number=number, organisation=organisation)
    assert hotline.last().text == told
    assert person.last_reply().text.endswith("Salam! Näme boldy?")
    assert mary.last().text.endswith("Salam! Näme boldy?")  # the organisation sees what the hotline team asked

    await person.send(ANSWER[language])
    assert hotline.last().text.endswith(ANSWER[language]), "the coordinator who asked hears the answer"
    assert f"#{number}" in hotline.last().text
    assert mary.last().text.endswith(ANSWER[language])  # and the organisation, whose case it is
    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and not case.claimed_by_coordinators  # still the organisation's claim

    # The organisation's worker answers: the coordinators see it, and are not told again that they see the case
    await mary.reply(mary.last(), "Мы вам поможем")
    assert hotline.last().text.endswith("Мы вам поможем")
    await hotline.reply(hotline.last(), "Hawa")
    assert [m.text for m in hotline.messages()].count(told) == 1

    # Closed, the coordinators no longer get the person's words
    await mary.press(mary.card(number), button(app, "ru", "✔️ Close"))
    await mary.press(mary.card(number), button(app, "ru", "Legal help", "outcome"))
    seen = len(hotline.messages())
    await person.send("spasibo")
    assert len(hotline.messages()) == seen
