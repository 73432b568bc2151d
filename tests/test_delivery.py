"""Honest delivery: a person is told "delivered" only when a staff chat has their words; what no chat accepts waits
in the database and arrives later, in order; a group that became a supergroup is followed; what follows a claim or
a close survives a crash (issue 16, items 1 to 4)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.runtime.cli import main
from bot.runtime.context import BotContext
from bot.standin.server import StandIn
from handlers.cards import staff_translator
from handlers.delivery import relay_heading
from handlers.jobs import CHECK_INTERVAL_SECONDS, check_cases
from handlers.opencase import relay_to_case
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory, stop_app
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

HOTLINE = "+99312463514"
NEW_MARY_CHAT = -1009000000011
NEW_COORDINATOR_CHAT = -1009000000099
DELIVERED = "Delivered to {organisation}. A person, not the bot, will answer you here."
SENT = "✅ Your request #{number} has been sent to {organisation}."


def mary_name(app: Any, language: str = "en") -> str:
    return str(app.bot_data.directory.get("example-mary").text("name", language))


def relayed_texts(standin: StandIn, chat_id: int) -> list[str]:
    """The relayed messages in a staff chat: a heading that ends with a colon, then the person's words."""
    return [
        m.text for m in standin.messages_in(chat_id, from_bot=True) if m.text.split("\n", 1)[0].endswith(":")
    ]


def only_migration_refusals(standin: StandIn) -> bool:
    return all(
        r.refusal == "Bad Request: group chat was upgraded to a supergroup chat" for r in standin.refusals
    )


def reaction(standin: StandIn, chat: Chat, text: str) -> list[Any]:
    mine = [m for m in standin.messages_in(chat.chat_id, from_bot=False) if m.text == text]
    assert len(mine) == 1
    return mine[0].reactions


# 1. Relayed messages -------------------------------------------------------------------------------------------


@pytest.mark.refusals_expected
async def test_a_message_no_staff_chat_accepts_is_never_called_delivered_and_arrives_later_in_order(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    before = len(chat.bot_messages())
    await chat.send("first: a question about my contract")
    await chat.send("second: I am in Antalya")
    told = [m.text for m in chat.bot_messages()[before:]]
    assert not any(text(app, "en", "Delivered to") in t or "Delivered" in t for t in told)
    assert len(told) == 1 and "not reached" in told[0] and HOTLINE in told[0]  # told once, with the numbers
    assert reaction(standin, chat, "second: I am in Antalya") == [{"type": "emoji", "emoji": "✍"}]

    await check_cases(BotContext(app))  # still nobody: nothing is lost, nothing said
    assert len(chat.bot_messages()) == before + 1

    standin.unblock(MARY_CHAT)
    await check_cases(BotContext(app))
    relayed = relayed_texts(standin, MARY_CHAT)
    assert [t.split("\n", 1)[1] for t in relayed] == [
        "first: a question about my contract",
        "second: I am in Antalya",
    ]
    assert all(f"#{number}" in t for t in relayed)
    arrived = chat.last_reply().text
    assert arrived == text(app, "en", "👌 Your waiting messages have now reached {organisation}.").format(
        organisation=mary_name(app)
    )
    assert reaction(standin, chat, "first: a question about my contract") == [
        {"type": "emoji", "emoji": "👌"}
    ]

    await check_cases(BotContext(app))  # each piece once, the person told once
    assert len(relayed_texts(standin, MARY_CHAT)) == 2 and chat.last_reply().text == arrived


@pytest.mark.refusals_expected
async def test_two_deliveries_at_once_post_each_waiting_message_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    for words in ("one", "two", "three"):
        await chat.send(words)
    standin.unblock(MARY_CHAT)
    await asyncio.gather(check_cases(BotContext(app)), check_cases(BotContext(app)))
    assert [t.split("\n", 1)[1] for t in relayed_texts(standin, MARY_CHAT)] == ["one", "two", "three"]


@pytest.mark.refusals_expected
async def test_relayed_messages_fall_back_to_the_coordinator_chat_and_replies_still_reach_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    # (a bare "please call me" is now read as a call for help, relayed urgent: test_crisis_flow covers that path)
    await chat.send("you can call me after six")
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    relayed = coordinator.last()
    assert f"#{number}" in relayed.text and "you can call me after six" in relayed.text
    hotline_team = text(app, "en", "the hotline team")
    assert chat.last_reply().text == DELIVERED.format(organisation=hotline_team)  # who really has it
    await coordinator.reply(relayed, "We will call you today.")
    assert "We will call you today." in chat.last_reply().text


async def test_later_messages_on_an_open_case_add_no_new_buttons(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    before = len(chat.bot_messages())
    for words in ("one", "two", "three"):
        await chat.send(words)
    new = chat.bot_messages()[before:]
    assert len(new) == 1 and new[0].text == DELIVERED.format(organisation=mary_name(app))
    assert "Withdraw my request" in chat.labels(
        new[0]
    )  # the first acknowledgement may carry the case's buttons
    assert all(
        reaction(standin, chat, w) == [{"type": "emoji", "emoji": "👌"}] for w in ("one", "two", "three")
    )


async def test_a_relayed_message_flagged_urgent_is_marked_urgent_for_staff(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    case = await app.bot_data.storage.case(number)
    context = BotContext(app)
    context.person = await app.bot_data.storage.get_person(chat.chat_id)
    update = Update.de_json(standin.user_message(chat.user, "they are coming"), app.bot)
    await relay_to_case(update, context, case, "they are coming", urgent=True)
    heading = relay_heading(staff_translator(context, MARY_CHAT), number, urgent=True)
    assert heading.startswith("🆘") and staff(app, standin).last().text == f"{heading}\nthey are coming"


# 2. A group that became a supergroup ----------------------------------------------------------------------------


@pytest.mark.refusals_expected
async def test_the_stand_in_answers_a_migrated_group_as_telegram_does(standin: StandIn) -> None:
    standin.add_chat(-4001, type="group", title="Old group")
    standin.migrate_to_supergroup(-4001, -1004001)
    status, body = await standin.call("sendMessage", {"chat_id": "-4001", "text": "hi"})
    answer = json.loads(body)
    assert (
        status == 400 and answer["description"] == "Bad Request: group chat was upgraded to a supergroup chat"
    )
    assert answer["parameters"] == {"migrate_to_chat_id": -1004001}
    status, _ = await standin.call("sendMessage", {"chat_id": "-1004001", "text": "hi"})
    assert status == 200


@pytest.mark.refusals_expected
async def test_a_staff_group_that_became_a_supergroup_gets_its_cards_and_messages(
    app: Any, start_app: AppFactory, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.migrate_to_supergroup(MARY_CHAT, NEW_MARY_CHAT)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    assert SENT.format(number=number, organisation=mary_name(app)) in chat.last_reply().text
    worker = staff(app, standin, chat_id=NEW_MARY_CHAT)
    card = worker.card(number)
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    notices = [m.text for m in coordinator.messages() if str(NEW_MARY_CHAT) in m.text]
    assert len(notices) == 1 and str(MARY_CHAT) in notices[0] and "example-mary" in notices[0]

    # Staff act in the new supergroup: it is Mary's staff chat now, until the directory is updated.
    await worker.press(card, button(app, "ru", "✋ Claim"))
    assert "Staff" in worker.card(number).text
    await chat.send("thank you")
    assert "thank you" in worker.last().text and worker.last().reply_to_message_id == card.message_id
    await worker.reply(worker.last(), "You are welcome.")
    assert "You are welcome." in chat.last_reply().text
    assert not any(r.method == "leaveChat" for r in standin.requests)

    # The migration is kept in the database: after a restart, the next request goes straight to the new id.
    await stop_app(app)
    restarted = await start_app()
    other = Chat(restarted, standin, replace(chat.user, id=100002))
    second = await request_help_from_mary(restarted, other, "en")
    assert staff(restarted, standin, chat_id=NEW_MARY_CHAT).card(second)
    assert len([m for m in coordinator.messages() if str(NEW_MARY_CHAT) in m.text]) == 1  # told once
    assert len(standin.refusals) == 1 and only_migration_refusals(standin)  # the old id was tried once


async def test_telegram_s_notice_of_a_migration_is_followed_not_taken_for_a_stranger_s_group(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.migrate_to_supergroup(MARY_CHAT, NEW_MARY_CHAT)
    # Telegram's service message in the new supergroup, sent as the group is upgraded.
    notice = {
        "message_id": 1,
        "date": int(standin.now),
        "chat": {"id": NEW_MARY_CHAT, "type": "supergroup", "title": "Mary staff"},
        "from": {"id": 900001, "is_bot": False, "first_name": "Staff"},
        "migrate_from_chat_id": MARY_CHAT,
    }
    update = standin.raw_update({"update_id": 1, "message": notice})
    await app.process_update(Update.de_json(update, app.bot))
    assert not standin.calls("leaveChat")
    number = await request_help_from_mary(app, chat_with("en"), "en")
    assert staff(app, standin, chat_id=NEW_MARY_CHAT).card(number)  # straight there: nothing refused


@pytest.mark.refusals_expected
async def test_a_case_whose_group_then_became_a_supergroup_continues_there(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.migrate_to_supergroup(MARY_CHAT, NEW_MARY_CHAT)
    await chat.send("are you there?")
    moved = staff(app, standin, chat_id=NEW_MARY_CHAT)
    relayed = moved.last()
    assert (
        "are you there?" in relayed.text and relayed.reply_to_message_id is None
    )  # not a reply to another message
    await moved.reply(relayed, "Yes, we are.")
    assert "Yes, we are." in chat.last_reply().text

    # Writing claimed the case. The old card's buttons no longer reach the bot: that change posted the card again
    # in the new chat, and its buttons work.
    card = next(m for m in moved.messages() if m.buttons())
    assert f"#{number}" in card.text and "Staff" in card.text
    await moved.press(card, button(app, "ru", "↩️ Unclaim"))
    case = await app.bot_data.storage.case(number)
    assert case.status == "open"
    reopened = next(m for m in moved.messages() if m.message_id == card.message_id)
    assert reopened.buttons()[0][0]["text"] == button(app, "ru", "✋ Claim")
    assert only_migration_refusals(standin)


@pytest.mark.refusals_expected
async def test_the_coordinator_chat_is_followed_when_it_becomes_a_supergroup(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.migrate_to_supergroup(COORDINATOR_CHAT, NEW_COORDINATOR_CHAT)
    chat = chat_with("en")
    await chat.send("/sos")
    await chat.press("🆘 Ask a person to write to me now")
    moved = staff(app, standin, chat_id=NEW_COORDINATOR_CHAT)
    assert any("#1" in m.text for m in moved.messages())
    assert any(
        "coordinator_chat_id" in m.text and str(NEW_COORDINATOR_CHAT) in m.text for m in moved.messages()
    )
    assert "#1" in chat.last_reply().text and "not reached" not in chat.last_reply().text
    assert only_migration_refusals(standin)


async def test_check_config_warns_of_recorded_chat_migrations(
    app: Any, config: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await app.bot_data.storage.record_chat_migration(MARY_CHAT, NEW_MARY_CHAT)
    path = tmp_path / "config.toml"
    path.write_text(
        f'[storage]\ndatabase = "{config.database_path}"\n[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n',
        encoding="utf-8",
    )
    assert main(["check-config", "--config", str(path)]) == 0
    printed = capsys.readouterr().err.splitlines()
    warnings = [line for line in printed if line.startswith("WARNING") and "supergroup" in line]
    assert len(warnings) == 1
    assert (
        str(MARY_CHAT) in warnings[0] and str(NEW_MARY_CHAT) in warnings[0] and "example-mary" in warnings[0]
    )


# 3. A request no chat accepted ----------------------------------------------------------------------------------


@pytest.mark.refusals_expected
async def test_a_request_no_chat_accepted_is_confirmed_as_waiting_never_as_sent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    confirmation = chat.last_reply().text
    assert "sent" not in confirmation and "not reached" in confirmation and HOTLINE in confirmation

    standin.unblock(MARY_CHAT)
    await check_cases(BotContext(app))
    assert staff(app, standin).card(number)
    reached = "✅ Your request #{number} has now reached {organisation}. A person, not the bot, will answer you here."
    assert chat.last_reply().text == text(app, "en", reached).format(
        number=number, organisation=mary_name(app)
    )
    await check_cases(BotContext(app))
    assert len([m for m in chat.bot_messages() if "has now reached" in m.text]) == 1


@pytest.mark.refusals_expected
async def test_an_sos_that_reaches_no_chat_is_never_called_sent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    standin.block(COORDINATOR_CHAT)
    chat = chat_with("en")
    await chat.send("/sos")
    await chat.press("🆘 Ask a person to write to me now")
    confirmation = chat.last_reply().text
    assert "#1" in confirmation and "sent" not in confirmation and HOTLINE in confirmation


# 4. Crash windows: what follows a claim or a close is finished from the database --------------------------------


async def test_a_claim_interrupted_before_the_card_edit_is_finished_after_a_restart(
    app: Any, start_app: AppFactory, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    won, _ = await app.bot_data.storage.claim_case(
        number, 900001, "Staff"
    )  # the claim commits; then the crash
    assert won
    worker = staff(app, standin)
    assert "✋" in json.dumps(worker.card(number).buttons(), ensure_ascii=False)
    await stop_app(app)

    restarted = await start_app()
    await check_cases(BotContext(restarted))
    card = worker.card(number)
    assert "Staff" in card.text and "✋" not in json.dumps(card.buttons(), ensure_ascii=False)


async def test_a_close_interrupted_before_the_person_was_told_is_finished_after_a_restart(
    app: Any, start_app: AppFactory, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    closed, _ = await app.bot_data.storage.close_case(number, "legal", 900001)  # committed; then the crash
    assert closed
    await stop_app(app)

    restarted = await start_app()
    await check_cases(BotContext(restarted))
    await check_cases(BotContext(restarted))
    told = [m for m in chat.bot_messages() if m.text.startswith(f"Your request #{number} is now closed.")]
    assert len(told) == 1  # told, and once
    card = staff(restarted, standin).card(number)  # the card shows it closed: only Reopen applies
    assert [b["text"] for row in card.buttons() for b in row] == [button(restarted, "ru", "↩️ Reopen")]


async def test_what_a_crash_left_pending_is_finished_at_start_not_a_minute_later(
    start_app: AppFactory,
) -> None:
    before = datetime.now(UTC)
    app = await start_app()
    checks = next(job for job in app.job_queue.jobs() if job.name == "check_cases")
    # Scheduled from start-up on: its first run is at once, not after CHECK_INTERVAL_SECONDS.
    assert checks.job.trigger.start_date - before < timedelta(seconds=CHECK_INTERVAL_SECONDS)


@pytest.mark.refusals_expected
async def test_a_closed_notice_that_failed_is_sent_by_the_periodic_job(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    standin.fail_next("sendMessage")  # the notice to the person
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert not any(m.text.startswith(f"Your request #{number} is now closed.") for m in chat.bot_messages())
    await check_cases(BotContext(app))
    assert chat.last_reply().text.startswith(f"Your request #{number} is now closed.")


@pytest.mark.refusals_expected
async def test_a_staff_notice_no_chat_accepts_waits_for_the_periodic_job(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.block(MARY_CHAT)
    standin.block(COORDINATOR_CHAT)
    await chat.press("Withdraw my request")
    await chat.press("Yes, withdraw it")
    worker = staff(app, standin)
    assert not any(
        f"#{number}" in m.text and m.message_id != worker.card(number).message_id for m in worker.messages()
    )
    standin.unblock(MARY_CHAT)
    await check_cases(BotContext(app))
    notices = [m for m in worker.messages() if m.message_id != worker.card(number).message_id]
    assert len(notices) == 1 and f"#{number}" in notices[0].text


@pytest.mark.refusals_expected
async def test_the_stand_in_refuses_a_reaction_telegram_does_not_allow(standin: StandIn) -> None:
    standin.add_chat(4242)
    message = standin.chats.add_message(
        standin.chats.chats[4242],
        text="hi",
        html="hi",
        entities=[],
        reply_markup=None,
        from_bot=False,
        date=0,
    )
    allowed = json.dumps([{"type": "emoji", "emoji": "👌"}])
    status, _ = await standin.call(
        "setMessageReaction", {"chat_id": "4242", "message_id": str(message.message_id), "reaction": allowed}
    )
    assert status == 200 and message.reactions == [{"type": "emoji", "emoji": "👌"}]
    for refused in (
        [{"type": "emoji", "emoji": "✅"}],
        [{"type": "emoji", "emoji": "👌"}, {"type": "emoji", "emoji": "✍"}],
    ):
        status, _ = await standin.call(
            "setMessageReaction",
            {"chat_id": "4242", "message_id": str(message.message_id), "reaction": json.dumps(refused)},
        )
        assert status == 400
