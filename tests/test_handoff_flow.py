"""The hand-off from a person to people: the whole path in each language, and what must never go wrong."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update

from bot.checklist import QUESTIONS
from bot.runtime.context import BotContext
from bot.standin.server import FakeUser, StandIn
from handlers.alerts import late_alert, urgent_alert
from handlers.cards import staff_translator
from handlers.jobs import check_cases
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, STAFF_USER, AppFactory, FakeClock, stop_app
from tests.staffchat import StaffChat

MARY_CHAT = -1001000000011  # example-mary's staff group in the example directory
MARY = (37.60, 61.83)


def button(app: Any, language: str, label: str, context: str = "button") -> str:
    return app.bot_data.catalogs(language).pgettext(context, label)


def text(app: Any, language: str, message: str) -> str:
    return app.bot_data.catalogs(language).gettext(message)


def staff(
    app: Any, standin: StandIn, chat_id: int = MARY_CHAT, user_id: int = STAFF_USER, name: str = "Staff"
) -> StaffChat:
    return StaffChat(app, standin, chat_id, FakeUser(id=user_id, first_name=name, language_code="ru"))


async def request_help_from_mary(app: Any, chat: Chat, language: str, message: str | None = None) -> int:
    """Get help → near me → legal → location → the Mary NGO → consent → sent; returns the case number."""
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    listing = await chat.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary")
    assert listing.text.startswith(mary.text("name", language))  # nearest first, with its distance
    await chat.press(button(app, language, "🙋 Ask {name} for help").format(name=mary.text("name", language)))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    if message is None:
        await chat.press(button(app, language, "Skip"))
    else:
        await chat.send(message)
    consent = chat.last_reply()
    assert mary.text("name", language) in consent.text
    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and f"#{case.id}" in chat.last_reply().text
    return case.id


# In the person's own language: a message in another one makes it theirs (bot/i18n.py, answer_language)
THANKS = {"ru": "Спасибо, жду", "tk": "Sag boluň, garaşýaryn", "en": "Thank you, I will wait"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_whole_hand_off_path(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language, message="I need a lawyer")
    worker = staff(app, standin)
    card = worker.card(number)
    assert "I need a lawyer" in card.text

    await worker.press(card, button(app, "ru", "✋ Claim"))
    assert "Staff" in worker.card(number).text  # the card shows who has it

    await worker.reply(worker.card(number), "Здравствуйте, мы поможем.")
    signed = chat.last_reply()
    mary_name = app.bot_data.directory.get("example-mary").text("name", language)
    assert signed.text == f"💬 {mary_name}:\nЗдравствуйте, мы поможем."

    await chat.send(THANKS[language])
    relayed = worker.last()
    assert f"#{number}" in relayed.text and THANKS[language] in relayed.text
    assert relayed.reply_to_message_id == worker.card(number).message_id  # threaded under the case's card
    delivered = chat.last_reply()
    await worker.reply(relayed, "Хорошо, позвоним завтра.")  # answering the relayed message reaches them too
    assert chat.last_reply().text == f"💬 {mary_name}:\nХорошо, позвоним завтра."
    assert (
        text(
            app, language, "Delivered to {organisation}. A person, not the bot, will answer you here."
        ).format(organisation=mary_name)
        == delivered.text
    )
    await chat.send(THANKS[language])
    # Later messages are acknowledged with a reaction on the message itself, not a new message with buttons.
    assert chat.last_reply().text == f"💬 {mary_name}:\nХорошо, позвоним завтра."
    mine = standin.last_message(chat.chat_id, from_bot=False)
    assert mine is not None and mine.reactions == [{"type": "emoji", "emoji": "👌"}]

    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    closed = await app.bot_data.storage.case(number)
    assert closed.status == "closed" and closed.outcome == "legal"
    assert chat.last_reply().text.startswith(
        text(
            app,
            language,
            "Your request #{number} is now closed. Thank you for trusting us. If you need help again, choose “Get help” in the menu at any time.",
        ).format(number=number)[:20]
    )
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions == ["claim", "reply", "reply", "close:legal"]


async def test_two_concurrent_claims_one_wins(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    first = staff(app, standin, user_id=STAFF_USER, name="Aman")
    second = staff(app, standin, user_id=SECOND_STAFF_USER, name="Bahar")
    card = first.card(number)
    claim = button(app, "ru", "✋ Claim")
    await asyncio.gather(first.press(card, claim), second.press(card, claim))
    case = await app.bot_data.storage.case(number)
    assert case.status == "claimed" and case.claimed_by_name in ("Aman", "Bahar")
    told = [a.get("text") for a in standin.callback_answers[-2:]]
    assert text(app, "ru", "Already claimed by {name}.").format(name=case.claimed_by_name) in told
    assert [a for _, _, a in await app.bot_data.storage.audit_log()].count("claim") == 1


async def test_non_staff_and_other_ngo_staff_are_refused(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    card = staff(app, standin).card(number)
    outsider = staff(app, standin, user_id=777, name="Stranger")
    await outsider.press(card, button(app, "ru", "✋ Claim"))
    await outsider.send("/queue")
    assert (await app.bot_data.storage.case(number)).status == "open"
    assert (
        text(app, "ru", "Sorry, this is only for the network's staff.")
        in standin.last_message(MARY_CHAT).text
    )
    # A configured staff member, but in another NGO's chat, cannot see or act on Mary's case.
    other_chat = -1001000000001
    other = staff(app, standin, chat_id=other_chat)
    await other.send(f"/case {number}")
    assert f"#{number}" in other.last().text and "history" not in other.last().text.lower()
    await other.send("/queue")
    assert other.last().text == text(app, "ru", "The queue is empty.")
    assert "Stranger" not in caplog.text


@pytest.mark.refusals_expected
async def test_same_update_twice_and_double_press_make_one_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("🆘 I am in trouble now")
    emergency = chat.last_reply()
    update = standin.user_press_button(chat.user, emergency, "🆘 Ask a person to write to me now")
    await app.process_update(Update.de_json(update, app.bot))
    await app.process_update(Update.de_json(update, app.bot))
    await chat.press_data(emergency, "ho:urgent")  # a second press on the same button
    # Only Telegram's refusal to answer the same callback query twice; nothing else was refused.
    assert {r.method for r in standin.refusals} <= {"answerCallbackQuery"}
    cases = await app.bot_data.storage.queue(None)
    assert len(cases) == 1 and cases[0].urgent and cases[0].ngo_id is None
    assert "#1" in staff(app, standin, chat_id=COORDINATOR_CHAT).last().text


@pytest.mark.refusals_expected
async def test_unreachable_ngo_chat_falls_back_to_the_coordinator(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.block(MARY_CHAT)
    number = await request_help_from_mary(app, chat_with("ru"), "ru")
    assert staff(app, standin, chat_id=COORDINATOR_CHAT).card(number)
    case = await app.bot_data.storage.case(number)
    assert case.staff_chat_id == COORDINATOR_CHAT and case.card_message_id is not None


@pytest.mark.refusals_expected
async def test_a_card_nobody_accepted_is_retried_from_the_database(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    assert (await app.bot_data.storage.case(number)).card_message_id is None
    standin.unblock(MARY_CHAT)
    await check_cases(BotContext(app))
    assert staff(app, standin).card(number)


async def test_escalation_after_sla_and_no_repeat_after_restart(
    app: Any, start_app: AppFactory, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await check_cases(BotContext(app))
    assert not coordinator.messages()  # not yet due
    clock.advance(app.bot_data.config.staff.sla_minutes * 60 + 1)
    await check_cases(BotContext(app))
    assert len(coordinator.messages()) == 1 and f"#{number}" in coordinator.last().text
    await stop_app(app)

    restarted = await start_app()
    await check_cases(BotContext(restarted))
    assert len(coordinator.messages()) == 1  # not escalated twice
    clock.advance(app.bot_data.config.staff.second_window_minutes * 60)
    await check_cases(BotContext(restarted))
    await check_cases(BotContext(restarted))
    notice = text(
        restarted,
        "tk",
        "Your request #{number} is taking longer than it should. We are sorry. It has not been forgotten, "
        "and a person will write to you here. If you need help now, call the hotline:",
    ).format(number=number)
    told = [m for m in standin.messages_in(chat.chat_id, from_bot=True) if m.text.startswith(notice)]
    assert len(told) == 1 and "+99312463514" in told[0].text


async def test_html_from_people_and_staff_names_is_shown_literally(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en", message="<a href='http://x'>click</a>")
    worker = staff(app, standin, name="<b>Boss</b>")
    card = worker.card(number)
    assert "<a href='http://x'>click</a>" in card.text  # shown as text, not as a link
    assert not any(e.get("type") == "text_link" for e in card.entities or [])
    await worker.press(card, button(app, "ru", "✋ Claim"))
    assert "<b>Boss</b>" in worker.card(number).text


async def test_nothing_a_person_writes_reaches_the_logs(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    chat = chat_with("en")
    secret = "Zyxwv-secret-detail"
    await chat.send(f"my boss took my passport {secret}")
    number = await request_help_from_mary(app, chat, "en", message=f"I am in Antalya {secret}")
    await chat.send(f"hello again {secret}")
    worker = staff(app, standin)
    await worker.reply(worker.card(number), f"reply {secret}")
    assert secret not in caplog.text


async def test_withdrawing_a_case_tells_staff_and_stops_relaying(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    question = await chat.press("Withdraw my request")
    assert f"#{number}" in question.text
    assert (await app.bot_data.storage.case(number)).is_open, "withdrawing asks first"
    await chat.press("Yes, withdraw it")
    assert (await app.bot_data.storage.case(number)).outcome == "withdrawn"
    worker = staff(app, standin)
    assert f"#{number}" in worker.last().text
    reply = await chat.send("my boss took my passport")
    assert reply.text.startswith(app.bot_data.knowledge["employer-took-passport"].text("en").title)


async def test_send_gives_the_person_a_knowledge_base_answer_in_their_own_language(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    worker = staff(app, standin)
    await worker.reply(worker.card(number), "/send passport-safety")
    topic = app.bot_data.knowledge["passport-safety"].text("tk")
    assert chat.last_reply().text.split("\n\n")[1] == topic.title  # under who sent it
    assert topic.title in worker.last().text
    assert ("send:passport-safety") in [a for _, _, a in await app.bot_data.storage.audit_log()]


async def test_queue_lists_urgent_first_then_oldest_with_waiting_time(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    older = await request_help_from_mary(app, chat_with("en", user_id=1), "en")
    clock.advance(600)
    urgent_chat = chat_with("ru", user_id=2)
    await urgent_chat.send("/sos")
    await urgent_chat.press(button(app, "ru", "🆘 Ask a person to write to me now"))
    clock.advance(60)
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/queue")
    lines = coordinator.last().text.split("\n")
    assert lines[1].startswith("🆘 #2") and lines[2].startswith(f"• #{older}")
    assert (
        app.bot_data.catalogs("ru").ngettext("{count} minute", "{count} minutes", 11).format(count=11)
        in lines[2]
    )
    mary = staff(app, standin)
    await mary.send("/queue")
    assert "#2" not in mary.last().text and f"#{older}" in mary.last().text  # an NGO sees its own cases only


async def test_case_command_shows_the_history(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.reply(worker.card(number), "We are here")
    await chat.send("Thank you")
    await worker.send(f"/case {number}")
    history = worker.last().text
    assert "We are here" in history and "Thank you" in history
    assert button(app, "ru", "took the case", "case action") in history  # the claim, in the reader's words


@pytest.mark.refusals_expected
async def test_a_person_who_blocked_the_bot_is_marked_inactive_and_staff_are_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(chat.chat_id)
    worker = staff(app, standin)
    await worker.reply(worker.card(number), "Are you safe?")
    assert (await app.bot_data.storage.get_person(chat.chat_id)).blocked
    assert (await app.bot_data.storage.case(number)).person_blocked
    tr = app.bot_data.catalogs("ru")
    assert worker.last().text == tr.gettext(
        "Not delivered: the person can no longer be reached through the bot."
    )
    assert (
        tr.gettext("⚠️ The person has blocked the bot: messages no longer reach them.")
        in worker.card(number).text
    )
    assert {r.error_code for r in standin.refusals} == {403}
    standin.unblock(chat.chat_id)
    await chat.send("I am back")
    assert not (await app.bot_data.storage.get_person(chat.chat_id)).blocked
    assert not (await app.bot_data.storage.case(number)).person_blocked
    assert (
        tr.gettext("⚠️ The person has blocked the bot: messages no longer reach them.")
        not in worker.card(number).text
    )


async def test_the_coordinators_copy_of_an_escalated_card_follows_the_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    clock.advance(app.bot_data.config.staff.sla_minutes * 60 + 1)
    await check_cases(BotContext(app))
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    claimed = app.bot_data.catalogs("ru").gettext("Status: claimed by {name}").format(name="Staff")
    assert claimed in coordinator.last().text and claimed in worker.card(number).text


async def test_the_coordinators_escalated_copy_keeps_its_heading_until_the_case_is_claimed(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    minutes = app.bot_data.config.staff.sla_minutes + 1
    clock.advance(minutes * 60)
    await check_cases(BotContext(app))
    copy = staff(app, standin, chat_id=COORDINATOR_CHAT).last()
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    heading = late_alert(tr, number, minutes) + "\n\n"
    assert copy.html.startswith(heading)
    # The card changes while nobody has claimed it (the person asks for help now): still true, still said.
    await chat.send("/sos")
    await chat.press(button(app, "en", "🆘 Ask a person to write to me now"))
    urgent = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=number)
    assert copy.edited and copy.html.startswith(heading + urgent)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    assert copy.html.startswith(urgent)
    # Unclaimed again, the case waits for someone, but "nobody has claimed it" is no longer true.
    await worker.send(f"/unclaim {number}")
    assert tr.gettext("Status: claimed by {name}").format(name="Staff") not in copy.html
    assert copy.html.startswith(urgent)


async def test_the_consent_screen_shows_the_checklist_result_in_words(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.press(button(app, "ru", "✅ Check a job offer", "menu"))
    await chat.press(button(app, "ru", "For me", "answer"))
    for _ in range(len(QUESTIONS)):  # the first answer to every question asked
        question = chat.last_reply()
        if not question.buttons() or not str(question.buttons()[0][0].get("callback_data", "")).startswith(
            "cl:a:"
        ):
            break
        await chat.press_data(question, str(question.buttons()[0][0]["callback_data"]))
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.position >= len(QUESTIONS), "the checklist is finished"
    clock.advance(120)  # past the flood guard's window
    await chat.press(button(app, "ru", "🤝 Get help", "menu"))
    await chat.press(button(app, "ru", "🙋 Ask a person to contact me"))
    await chat.press(button(app, "ru", "⚖️ Legal advice", "service"))
    await chat.press(button(app, "ru", "Mary", "velayat"))
    await chat.press(button(app, "ru", "💬 Only through this chat"))
    await chat.press(button(app, "ru", "No, keep it hidden"))
    consent = await chat.press(button(app, "ru", "Skip"))
    labels = [button(app, "ru", f"{level} risk", "risk") for level in ("low", "medium", "high")]
    assert any(f": {label}" in consent.text for label in labels)
    assert not any(f": {level}" in consent.text for level in ("low", "medium", "high"))


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_shelter_sought_in_a_velayat_without_one_finds_the_nearest_elsewhere(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, "🏠 Shelter", "service"))
    listing = await chat.press(button(app, language, "Ahal", "velayat"))
    said_none = text(app, language, "No organisation in {velayat} offers this. The nearest that do:")
    assert said_none.format(velayat=button(app, language, "Ahal", "velayat")) in chat.bot_messages()[-2].text
    ashgabat = [n for n in app.bot_data.directory.ngos if n.velayat == "ashgabat" and n.offers("shelter")]
    assert ashgabat and listing.text.startswith(ashgabat[0].text("name", language))
    assert (
        text(app, language, "I found no organisation for this. The hotline can help you.") not in listing.text
    )


async def test_a_request_made_urgent_by_a_high_checklist_alerts_the_hotline_team_with_the_true_reason(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    # the first answer to every question is the riskiest (under 18 first): the organisation's chat may be closed
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.press(button(app, "ru", "✅ Check a job offer", "menu"))
    await chat.press(button(app, "ru", "For me", "answer"))
    for _ in range(len(QUESTIONS)):
        question = chat.last_reply()
        if not question.buttons() or not str(question.buttons()[0][0].get("callback_data", "")).startswith(
            "cl:a:"
        ):
            break
        await chat.press_data(question, str(question.buttons()[0][0]["callback_data"]))
    clock.advance(120)
    number = await request_help_from_mary(app, chat, "ru")
    case = await app.bot_data.storage.case(number)
    assert case.urgent, "a high checklist result makes the request urgent"
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT).messages()
    assert any(m.html.startswith(urgent_alert(tr, case, "checklist")) for m in coordinators)
    assert not any(m.html.startswith(urgent_alert(tr, case, "message")) for m in coordinators), (
        "no message told it"
    )
