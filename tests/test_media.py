"""Media both ways (issue 18): a person's voice notes and photos reach the case's staff chat with the case number,
staff media reaches the person signed by the organisation, media without a case is carried into a request once the
person consents, with the delivery guarantees of text, and /forget and /hide cover it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update

from bot.config import Config
from bot.runtime.context import BotContext
from bot.standin.server import SentMessage, StandIn
from handlers.cards import staff_translator
from handlers.copies import kind_label
from handlers.delivery import relay_heading
from handlers.jobs import check_cases
from handlers.media import offer_text
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.staffchat import StaffChat
from tests.test_crisis_flow import DANGER
from tests.test_delivery import DELIVERED, HOTLINE, mary_name
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

LANGUAGES = ["en", "ru", "tk"]


async def send_media(
    app: Any, chat: Chat, kind: str, caption: str = "", location: tuple[float, float] | None = None
) -> SentMessage:
    """The person sends a voice note, photo ...; their message as the stand-in holds it."""
    update = chat.standin.user_media(chat.user, kind, caption=caption, location=location)
    await app.process_update(Update.de_json(update, app.bot))
    found = chat.standin.chats.find(chat.standin.chats.chats[chat.chat_id], update["message"]["message_id"])
    assert found is not None
    return found


async def staff_media(app: Any, worker: StaffChat, to: SentMessage, kind: str, caption: str = "") -> None:
    update = worker.standin.user_media(
        worker.user, kind, caption=caption, chat_id=worker.chat_id, reply_to=to
    )
    await app.process_update(Update.de_json(update, app.bot))


def copies(standin: StandIn, chat_id: int, kind: str) -> list[SentMessage]:
    return [m for m in standin.messages_in(chat_id, from_bot=True) if m.kind == kind]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_voice_note_and_a_photo_from_the_person_reach_staff_with_the_case_number(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    voice = await send_media(app, chat, "voice")
    await send_media(app, chat, "photo", caption="<b>my contract</b>")

    (voice_copy,) = copies(standin, MARY_CHAT, "voice")
    (photo_copy,) = copies(standin, MARY_CHAT, "photo")
    assert f"#{number}" in voice_copy.text and f"#{number}" in photo_copy.text
    assert photo_copy.text.endswith("<b>my contract</b>")  # escaped: shown as written, not as bold
    assert (
        voice_copy.forward_origin is None
        and voice_copy.reply_to_message_id == staff(app, standin).card(number).message_id
    )
    delivered = text(app, language, DELIVERED).format(organisation=mary_name(app, language))
    assert delivered in [m.text for m in chat.bot_messages()]
    assert voice.reactions == [{"type": "emoji", "emoji": "👌"}]
    worker = staff(app, standin)
    await worker.send(f"/case {number}")
    tr = staff_translator(BotContext(app), MARY_CHAT)
    history = worker.last().text
    assert kind_label(tr, "voice") in history and f"{kind_label(tr, 'photo')} <b>my contract</b>" in history


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_staff_photo_and_voice_note_reach_the_person_signed_without_the_staff_account(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Merdan")
    await staff_media(app, worker, worker.card(number), "photo", caption="Do not sign this page")
    await staff_media(app, worker, worker.card(number), "voice")
    await staff_media(app, worker, worker.card(number), "video_note")  # no caption: a signed line follows it

    organisation = mary_name(app, language)
    (photo,) = copies(standin, chat.chat_id, "photo")
    (voice,) = copies(standin, chat.chat_id, "voice")
    (circle,) = copies(standin, chat.chat_id, "video_note")
    assert photo.text == f"💬 {organisation}:\nDo not sign this page"
    assert voice.text == f"💬 {organisation}:"
    assert (
        chat.last_reply().text == f"⬆️ {organisation}"
        and chat.last_reply().reply_to_message_id == circle.message_id
    )
    for message in (photo, voice, circle):
        assert message.from_bot and message.forward_origin is None
    assert not any("Merdan" in m.text for m in chat.bot_messages())
    history = await app.bot_data.storage.case_history(number)
    assert [m.direction for m in history[0]].count("staff") == 3


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_voice_note_without_a_case_gets_help_and_reaches_staff_after_consent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await send_media(app, chat, "voice")
    tr = app.bot_data.catalogs(language)
    offer = chat.last_reply()
    assert offer.text == offer_text(tr, "voice")
    assert not copies(standin, COORDINATOR_CHAT, "voice")  # nothing shared before consent

    assert button(app, language, "🙋 Talk to a person") in chat.labels(offer)
    await chat.press(button(app, language, "🙋 Talk to a person"))
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.press(button(app, language, "Mary", "velayat"))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    consent = await chat.press(button(app, language, "Skip"))
    listed = tr.gettext("What you sent me: {items}").format(items=tr.pgettext("media", "🎤 voice message"))
    assert listed in consent.text
    await chat.press(button(app, language, "✅ Send the request"))

    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.staff_chat_id is not None
    (voice_copy,) = copies(standin, case.staff_chat_id, "voice")
    card = staff(app, standin, chat_id=case.staff_chat_id).card(case.id)
    assert f"#{case.id}" in voice_copy.text and voice_copy.message_id > card.message_id  # after the card


async def test_media_sent_before_a_cancelled_request_is_not_shared(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await send_media(app, chat, "photo", caption="passport page")
    await chat.press("🙋 Talk to a person")
    await chat.press("✖ Cancel")
    assert await app.bot_data.storage.held_media(chat.chat_id) == []


@pytest.mark.refusals_expected
async def test_media_no_chat_accepts_waits_and_is_retried_and_the_person_is_told_waiting(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    before = len(chat.bot_messages())
    photo = await send_media(app, chat, "photo", caption="contract")
    told = [m.text for m in chat.bot_messages()[before:]]
    assert len(told) == 1 and "not reached" in told[0] and "Delivered" not in told[0]
    assert photo.reactions == [{"type": "emoji", "emoji": "✍"}]

    standin.unblock(MARY_CHAT)
    await check_cases(BotContext(app))
    (photo_copy,) = copies(standin, MARY_CHAT, "photo")
    assert f"#{number}" in photo_copy.text and photo_copy.text.endswith("contract")
    assert chat.last_reply().text.startswith("👌 Your waiting messages have now reached")
    assert photo.reactions == [{"type": "emoji", "emoji": "👌"}]


@pytest.mark.refusals_expected  # the failed copies, and the reaction on the deleted photo
async def test_a_photo_deleted_before_it_reached_staff_is_said_so_and_does_not_hold_up_the_rest(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.fail_next("copyMessage", 1, status=502)
    photo = await send_media(app, chat, "photo")
    standin.chats.delete(standin.chats.chats[chat.chat_id], photo)  # the person deleted it meanwhile
    await chat.send("and this text")
    tr = staff_translator(BotContext(app), MARY_CHAT)
    note = tr.gettext("{heading} {kind} (deleted by the person before it reached you)").format(
        heading=relay_heading(tr, number, False), kind=kind_label(tr, "photo")
    )
    assert [m.text for m in standin.messages_in(MARY_CHAT, from_bot=True)].count(note) == 1
    assert standin.last_message(MARY_CHAT).text.endswith("and this text")


async def test_forget_removes_the_stored_media_and_deletes_the_relayed_copies(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await send_media(app, chat, "voice")
    await send_media(app, chat, "location")
    await chat.send("they took my passport")
    assert copies(standin, MARY_CHAT, "voice") and copies(standin, MARY_CHAT, "location")
    other = chat_with("en", user_id=100002)
    await other.send("/start")
    await send_media(app, other, "photo", caption="my passport")  # held, no case yet

    for person in (chat, other):
        await person.send("/forget")
        await person.press("Yes, delete everything")

    left = [m for m in standin.messages_in(MARY_CHAT, from_bot=True)]
    assert not [m for m in left if m.kind in ("voice", "location")]
    assert not [m for m in left if "they took my passport" in m.text]
    card = staff(app, standin).card(number)
    tr = staff_translator(BotContext(app), MARY_CHAT)
    reduced = tr.gettext("📋 <b>Case #{number}</b>: withdrawn, the person's data deleted.")
    assert card.html == reduced.format(number=number) and not card.buttons()
    history, _ = await app.bot_data.storage.case_history(number)
    assert all(m.text is None for m in history)
    assert await app.bot_data.storage.held_media(other.chat_id) == []


async def test_hide_deletes_media_the_bot_sent_to_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await staff_media(app, worker, worker.card(number), "photo", caption="the form")
    await staff_media(app, worker, worker.card(number), "location")
    assert copies(standin, chat.chat_id, "photo") and copies(standin, chat.chat_id, "location")
    await chat.send_only("/hide")
    assert standin.messages_in(chat.chat_id) == []


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_photo_whose_caption_tells_of_danger_is_relayed_urgent_and_alerts_staff(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await send_media(app, chat, "photo", caption=DANGER[language])
    case = await app.bot_data.storage.case(number)
    assert case is not None and case.urgent
    (photo_copy,) = copies(standin, MARY_CHAT, "photo")
    assert photo_copy.text.startswith("🆘")
    assert any(f"#{number}" in m.text for m in staff(app, standin, chat_id=COORDINATOR_CHAT).messages())
    assert HOTLINE in chat.last_reply().text


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_photo_whose_caption_tells_of_danger_without_a_case_is_answered_as_danger(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await send_media(app, chat, "photo", caption=DANGER[language])
    answer = chat.last_reply()
    assert HOTLINE in answer.text and answer.text != offer_text(app.bot_data.catalogs(language), "photo")
    assert button(app, language, "🙋 Talk to a person") in chat.labels(answer)
    assert [m.kind for m in await app.bot_data.storage.held_media(chat.chat_id)] == ["photo"]


async def test_a_staff_reply_to_the_line_after_a_copied_location_reaches_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await send_media(app, chat, "location", location=(38.0, 58.4))
    (place,) = copies(standin, MARY_CHAT, "location")
    assert place.location == (38.0, 58.4)
    worker = staff(app, standin)
    line = worker.last()
    assert line.reply_to_message_id == place.message_id and f"#{number}" in line.text
    await worker.reply(line, "We see where you are")
    assert chat.last_reply().text.endswith("We see where you are")


async def test_retention_wipes_media_captions_and_drops_media_held_longer_than_a_day(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, config: Config
) -> None:
    storage = app.bot_data.storage
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    await send_media(app, chat, "photo", caption="page 3 of my contract")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    waiting = chat_with("en", user_id=100002)
    await waiting.send("/start")
    await send_media(app, waiting, "voice")
    clock.advance(config.privacy.retention_days * 86400 + 1)

    await storage.purge(config.privacy.retention_days)
    history, _ = await storage.case_history(number)
    assert [m.kind for m in history] == ["photo"] and history[0].text is None
    assert await storage.run(lambda tx: tx.fetchall("SELECT * FROM held_media")) == []
