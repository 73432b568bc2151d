"""One alert per case, and closes that keep their word (tester Z #1, #6, #7a, #7c): danger written again and again on
a case nobody has claimed alerts once, not every two minutes; a close for no answer lets the person's next message
through, as it says; a sticker on an open case is said not to have been sent; and the first message after a referral
is acknowledged naming the organisation that now has the case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.jobs import check_cases
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_case_tools import name
from tests.test_handoff_flow import button, request_help_from_mary, staff, text

LOCKED = {
    "ru": "он меня не выпускает из комнаты, помогите",
    "tk": "ol meni otagdan çykarmaýar, kömek ediň",
    "en": "he does not let me out of the room, help",
}
DANGER_ALERT = (
    "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: reply to this "
    "message."
)
STANDS = "The staff already have the alert. A person will write to you here."


def plain(app: Any, language: str, message: str) -> str:
    return text(app, language, message).replace("<b>", "").replace("</b>", "")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_written_again_and_again_on_an_unclaimed_case_alerts_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    """Z#1: ten danger lines 40 s apart, nobody claims: one alert in each staff chat and one copy of the card for the
    coordinators (edited once at the claim), each line under it marked urgent; the person gets the numbers once and
    one line after that. The reminder of a case nobody claims is what alerts again, beside that one copy."""
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    shown = len(chat.bot_messages())
    for i in range(10):
        clock.advance(40)
        await chat.send_only(f"{LOCKED[language]} ({i + 1})")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    mary = staff(app, standin)
    alert = plain(app, "ru", DANGER_ALERT).format(number=number)  # both chats are Russian-speaking
    copies = [m for m in coordinators.messages() if m.text.startswith(alert)]
    assert len(copies) == 1, [m.text for m in coordinators.messages()]
    assert sum(alert in m.text for m in mary.messages()) == 1
    copy = copies[0]
    for i in range(10):  # every line reached both teams, marked urgent; the coordinators' under their copy
        line = f"{LOCKED[language]} ({i + 1})"
        assert any(line in m.text for m in mary.messages())
        relayed = next(m for m in coordinators.messages() if line in m.text)
        assert "🆘" in relayed.text
        assert relayed.reply_to_message_id == copy.message_id
    hotline = text(app, language, "📞 Hotline: {numbers}").split("{")[0]
    assert (
        sum(hotline in m.text for m in chat.bot_messages()[shown:]) == 1
    )  # the numbers once, on a watched phone
    stands = text(app, language, STANDS)
    assert sum(m.text.endswith(stands) for m in chat.bot_messages()) == 9
    # The claim edits the one copy, not ten
    edits_before = len(standin.calls("editMessageText"))
    await mary.press(mary.card(number), button(app, "ru", "✋ Claim"))
    edited = [
        c
        for c in standin.calls("editMessageText")[edits_before:]
        if c.params.get("chat_id") == COORDINATOR_CHAT
    ]
    assert len(edited) == 1
    # Unclaimed again and left: the reminder says so as a reply to that copy, not as a new card
    await mary.send(f"/unclaim {number}")
    clock.advance(app.bot_data.config.staff.sla_minutes * 60 + 1)
    await check_cases(BotContext(app))
    late = coordinators.last()
    assert late.text.startswith("⏰") and late.reply_to_message_id == copy.message_id
    assert sum(m.text.startswith(alert) for m in coordinators.messages()) == 1


async def test_sos_pressed_again_minutes_later_alerts_beside_the_copy_the_coordinators_have(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    """🆘 is always the person's own call: pressed again after the pause it alerts again, in one line under the
    coordinators' copy of the card, not in a second copy."""
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await chat.send("/sos")
    clock.advance(300)
    await chat.send("/sos")
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    pressed = plain(
        app,
        "ru",
        "🆘 <b>Case #{number}: the person pressed SOS.</b> They may be in danger now. "
        "Please write to them at once: reply to this message.",
    ).format(number=number)
    alerts = [m for m in coordinators.messages() if m.text.startswith(pressed)]
    assert len(alerts) == 2
    assert (
        alerts[1].text == pressed and alerts[1].reply_to_message_id == alerts[0].message_id
    )  # a line, no card


# Z#6: the "no answer" close keeps its word ------------------------------------------------------------------------

AT_WORK = {
    "ru": "извините, я была на работе. помогите с паспортом",
    "tk": "bagyşlaň, işdedim. pasport bilen kömek ediň",
    "en": "sorry, I was at work. help with my passport",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_after_a_close_for_no_answer_the_persons_next_message_reaches_the_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    """The close said "write here … and a person will write to you again": her next message is the answer they
    waited for. It reopens the case with the same worker and is delivered, with no button to find first."""
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    clock.advance(5 * 3600)
    await chat.send(AT_WORK[language])
    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and case.claimed_by is not None  # Aman's again
    mary = name(app, "example-mary", language)
    told = [m.text for m in chat.bot_messages()[-3:]]
    assert (
        text(
            app,
            language,
            "↩️ Your request #{number} is open again. Write here and your message reaches {organisation}.",
        ).format(number=number, organisation=mary)
        in told
    )
    delivered = text(
        app, language, "Delivered to {organisation}. A person, not the bot, will answer you here."
    )
    assert delivered.format(organisation=mary) in told
    assert not any("📨" in m for m in told)  # no offer to tap: it went
    said = [m.text for m in worker.messages()]
    reopened = next(i for i, m in enumerate(said) if m.startswith(f"↩️ Обращение #{number} снова открыто"))
    assert said[-1].endswith(AT_WORK[language]) and reopened < len(said) - 1  # why, then her words


async def test_after_any_other_close_writing_still_waits_for_the_tap(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    clock.advance(3600)
    seen = len(worker.messages())
    await chat.send(AT_WORK["en"])
    assert (await app.bot_data.storage.case(number)).status == "closed"
    assert len(worker.messages()) == seen


# Z#7a: a sticker on an open case -----------------------------------------------------------------------------------


def sticker(chat: Chat, standin: StandIn) -> dict[str, Any]:
    """A sticker from the person, as Telegram sends it (no text)."""
    update = standin.user_message(chat.user, "")
    message = {key: value for key, value in update["message"].items() if key not in ("text", "entities")}
    return {
        **update,
        "message": {
            **message,
            "sticker": {
                "file_id": "x",
                "file_unique_id": "y",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
        },
    }


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_sticker_on_an_open_case_is_said_not_to_have_been_sent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    seen = len(staff(app, standin).messages())
    await chat._process(sticker(chat, standin))
    reply = chat.last_reply()
    assert reply.text == text(
        app,
        language,
        "This sticker was not sent to {organisation}: stickers are not passed on. Text, voice messages, photos "
        "and files are.",
    ).format(organisation=name(app, "example-mary", language))
    assert button(app, language, "Withdraw my request") in chat.labels(
        reply
    )  # the case's buttons, not the menu
    assert len(staff(app, standin).messages()) == seen
    assert (await app.bot_data.storage.case(number)).status == "open"


# Z#7c: the first message after a referral ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_the_first_message_after_a_referral_is_acknowledged_naming_the_new_organisation(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat.send("first")
    delivered = text(
        app, language, "Delivered to {organisation}. A person, not the bot, will answer you here."
    )
    assert chat.last_reply().text == delivered.format(organisation=name(app, "example-mary", language))
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), button(app, "ru", "↩️ Back to the hotline team"))
    assert (await app.bot_data.storage.case(number)).staff_chat_id == COORDINATOR_CHAT
    now_with = delivered.format(organisation=text(app, language, "the hotline team"))
    await chat.send("second")
    assert chat.last_reply().text == now_with
    await chat.send("third")  # once: not under every message
    assert chat.last_reply().text == now_with
    assert len([m for m in chat.bot_messages() if m.text.startswith(delivered.split("{")[0])]) == 2
