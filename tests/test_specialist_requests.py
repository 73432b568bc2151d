"""Asking a specialist of the roster from a claimed case: the request reaches the specialist's chat with only the
case's number, language, velayat and need; its acceptance and completion show under the case's card; only the
specialist's chat answers it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.test_handoff_flow import button, request_help_from_mary, staff

ASHGABAT_CHAT = -1001000000001  # example-ashgabat, where the example lawyer of Ashgabat takes requests


def role(app: Any, language: str, label: str) -> str:
    return app.bot_data.catalogs(language).pgettext("specialist", label)


async def test_a_specialist_request_reaches_the_right_chat_and_its_acceptance_shows_under_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    person = chat_with("ru", first_name="Gulnara")
    number = await request_help_from_mary(app, person, "ru", message="Мой секрет 12345")
    heard = len(person.bot_messages())
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "🧑‍⚕️ Specialist"))
    await worker.press(worker.last(), role(app, "ru", "Lawyer"))
    listing = worker.last()
    labels = [b["text"] for row in listing.buttons() for b in row]
    assert labels == ["Example lawyer (Mary) · 🏠", "Example lawyer (Ashgabat)"]  # the person's velayat first
    await worker.press(listing, "Example lawyer (Ashgabat)")
    assert f"#{number}" in worker.last().text

    there = staff(app, standin, chat_id=ASHGABAT_CHAT, name="Lawyer")
    request = there.last()
    assert f"#{number}" in request.text and "Example lawyer (Ashgabat)" in request.text
    for private in ("Gulnara", "12345", "секрет"):
        assert private not in request.text

    notices = len(worker.messages())
    await worker.press_data(
        worker.card(number), request.button(button(app, "ru", "✅ Accept"))["callback_data"]
    )
    assert len(worker.messages()) == notices  # only the specialist's chat answers its request
    await there.press(request, button(app, "ru", "✅ Accept"))
    tr = app.bot_data.catalogs("ru")
    accepted = tr.gettext("✅ {reference} ({role}) accepted the request for case #{number}.").format(
        reference="Example lawyer (Ashgabat)", role=role(app, "ru", "Lawyer"), number=number
    )
    notice = worker.last()
    assert notice.text == accepted and notice.reply_to_message_id == worker.card(number).message_id
    await there.press(there.last(), button(app, "ru", "✔️ Done"))
    assert there.last().buttons() == []
    assert f"#{number}" in worker.last().text and worker.last().text != accepted

    audit = [action for case, _, action in await app.bot_data.storage.audit_log() if case == number]
    assert [a for a in audit if a.startswith("specialist:")] == [
        "specialist:asked:lawyer",
        "specialist:accepted:lawyer",
        "specialist:done:lawyer",
    ]
    assert len(person.bot_messages()) == heard  # the person is told nothing of it by the bot
    await worker.send(f"/case {number}")
    assert tr.pgettext("case action", "the specialist accepted the request") in worker.last().text


async def test_a_specialist_is_asked_for_on_a_claimed_case_only(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.send(f"/specialist {number}")
    tr = app.bot_data.catalogs("ru")
    assert worker.last().text == tr.gettext(
        "A specialist is asked for on a claimed case: claim case #{number} first."
    ).format(number=number)


async def test_the_wrong_people_cannot_ask_for_a_specialist(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    outsider = staff(app, standin, user_id=31337, name="Outsider")
    other = staff(app, standin, chat_id=ASHGABAT_CHAT)
    for who in (outsider, other):
        await who.send(f"/specialist {number}")
        target = worker.card(number) if who is outsider else who.last()  # a message in the presser's chat
        await who.press_data(target, f"st:sp:a:{number}:example-lawyer-ashgabat")
    assert not [a for _, _, a in await app.bot_data.storage.audit_log() if a.startswith("specialist:")]
    assert not [m for m in other.messages() if "Example lawyer" in m.text]  # no request was posted
