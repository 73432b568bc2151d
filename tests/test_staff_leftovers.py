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
from tests.test_case_tools import BAYRAMALY_CHAT, labels
from tests.test_claims_found_by_l import asked_lawyer
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
    assert mary.last().text.endswith(
        "Salam! Näme boldy?"
    )  # the organisation sees what the hotline team asked

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


# A specialist's photo or voice reply, and the worker's ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_specialists_photo_or_voice_reply_reaches_the_staff_and_theirs_the_specialist(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    """A photo or voice note in reply on the conversation with a specialist goes where a text does: the
    specialist's to the case's staff chat, copied under "🧑‍⚕️ Case #N: Lawyer … writes to you", the staff's to the
    specialist's chat under "💬 Case #N: <organisation> writes to you"; each writer gets the same "📨 Passed on"
    notice, and the person sees none of it."""
    person = chat_with(language)
    number, worker, lawyer = await asked_lawyer(app, standin, person)
    heard = len(person.bot_messages())
    await lawyer.reply(lawyer.last(), "Пришлите фото договора")
    request = lawyer.messages()[-2]  # the bot's request, which the lawyer answered

    await lawyer._process(
        standin.user_media(
            lawyer.user, "photo", caption="Образец & <заявления>", chat_id=lawyer.chat_id, reply_to=request
        )
    )
    photo = worker.last()
    role = button(app, "ru", "⚖️ Lawyer", "specialist")
    heading = text(app, "ru", "🧑‍⚕️ Case #{number}: {role} {specialist} writes to you:").format(
        number=number, role=role, specialist="example-mary-lawyer"
    )
    assert photo.kind == "photo" and photo.text == f"{heading}\nОбразец & <заявления>"
    assert lawyer.last().text == text(
        app,
        "ru",
        "📨 Passed on to the staff of case #{number} ({organisation}), not to the person: the bot writes to the "
        "person only from their staff, and they arrange the contact with you.",
    ).format(number=number, organisation=app.bot_data.directory.get("example-mary").text("name", "ru"))

    await lawyer._process(standin.user_media(lawyer.user, "voice", chat_id=lawyer.chat_id, reply_to=request))
    assert any(m.kind == "voice" for m in worker.messages()[-3:])

    # The worker answers the photo with a photo: it reaches the lawyer, signed by the organisation
    await worker._process(
        standin.user_media(
            worker.user, "photo", caption="Вот договор", chat_id=worker.chat_id, reply_to=photo
        )
    )
    organisation = app.bot_data.directory.get("example-mary").text("name", "ru")
    theirs = text(app, "ru", "💬 Case #{number}: {sender} writes to you:").format(
        number=number, sender=organisation
    )
    copy = lawyer.last()
    assert copy.kind == "photo" and copy.text == f"{theirs}\nВот договор"
    assert worker.last().text == text(
        app,
        "ru",
        "📨 Passed on to {role} {specialist} for case #{number}, not to the person. A reply there comes back here.",
    ).format(role=role, specialist="example-mary-lawyer", number=number)

    # A reply to that copy is a reply on the request again
    await lawyer.reply(copy, "Получил")
    assert worker.last().text.endswith("\nПолучил")
    assert len(person.bot_messages()) == heard, "the person never sees this conversation"


# Dead ends of the case tools -------------------------------------------------------------------------------------


async def test_two_workers_closing_at_once_the_second_is_told_and_the_first_outcome_stays(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """Aman and Bahar both close case #1 at the same moment, from phones that had not yet seen each other's press.
    The first outcome closes it; the second press is answered with why nothing happened (who closed it, and how),
    not with silence, and never replaces the first outcome. A Close pressed on a card that has just
    closed offers no outcomes under the closed card."""
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    aman = staff(app, standin, name="Aman")
    bahar = staff(app, standin, user_id=SECOND_STAFF_USER, name="Bahar")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    await aman.press(aman.card(number), button(app, "ru", "✔️ Close"))
    choices = aman.card(number)  # the outcomes, as both phones show them
    await bahar.press(choices, button(app, "ru", "Legal help", "outcome"))
    told = person.last_reply().text

    await aman.press_data(choices, f"st:out:{number}:no_answer")  # his phone had not seen the close yet
    closed = text(
        app,
        "ru",
        "Case #{number} is closed. To work on it again, first press {button} on its card (/case {number} shows it).",
    ).format(number=number, button=button(app, "ru", "↩️ Reopen"))
    # Not silence: who closed it and how, and that his outcome was not kept (tester P#5)
    assert standin.callback_answers[-1].get("text") == text(
        app, "ru", "{name} has already closed case #{number} ({outcome}). Your choice was not recorded."
    ).format(name="Bahar", number=number, outcome=button(app, "ru", "Legal help", "outcome"))
    case = await app.bot_data.storage.case(number)
    assert case.outcome == "legal" and person.last_reply().text == told  # the first close stands, told once

    await aman.press_data(aman.card(number), f"st:close:{number}")
    assert standin.callback_answers[-1].get("text") == closed
    assert labels(aman.card(number)) == [button(app, "ru", "↩️ Reopen")], "no outcomes under a closed card"


async def test_case_of_a_number_that_does_not_exist_says_so_to_the_coordinators_and_nothing_more_to_an_ngo(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """The coordinators see every organisation's cases: for a number no case has, "not in this chat's queue" would
    send them looking in other chats, so they are told there is no such case. An organisation's chat gets the same
    answer for a number that does not exist as for another organisation's case, so it learns nothing of others."""
    person = chat_with("ru")
    number = await request_help_from_mary(app, person, "ru")
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=SECOND_STAFF_USER, name="Dilara")
    tr = coordinators_tr(app)
    for command in ("/case 999", "/unclaim 999", "/specialist 999 lawyer"):
        await hotline.send(command)
        assert hotline.last().text == tr.gettext("There is no case #{number}.").format(number=999)
    await hotline.send(f"/case {number}")
    assert f"#{number}" in hotline.last().text.split("\n", 1)[0]
    bayramaly = staff(app, standin, chat_id=BAYRAMALY_CHAT)
    ngo_tr = app.bot_data.catalogs(app.bot_data.directory.get("example-mary-bayramaly").staff_language)
    await bayramaly.send("/case 999")
    nothing = bayramaly.last().text
    await bayramaly.send(f"/case {number}")
    assert nothing == ngo_tr.gettext("Case #{number} is not in this chat's queue.").format(number=999)
    assert bayramaly.last().text == nothing.replace("999", str(number))
