"""A thread per case (issue 18): in a staff chat that is a forum, each case has its own topic with its card first;
relayed messages and staff replies stay in it; staff write in it without replying; it closes and reopens with the
case; a deleted topic falls back to the general topic and says so; a plain group works as before; /queue links."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.runtime.cli import main
from bot.runtime.context import BotContext
from bot.standin.model import Topic
from bot.standin.server import SentMessage, StandIn
from handlers.cards import refresh_card, staff_translator
from handlers.delivery import deliver_outbox
from handlers.forum import topic_lost_note, topic_name
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text

# Mary's staff chat reads the bot in Russian (the example directory).
STAFF_LANGUAGE = "ru"


def make_forum(standin: StandIn, chat_id: int = MARY_CHAT, *, right: bool = True) -> None:
    """The staff group turns topics on (and makes the bot an administrator that may manage them, with `right`)."""
    chat = standin.chats.chats[chat_id]
    chat.is_forum = True
    chat.can_manage_topics = right
    chat.bot_is_admin = right


def topic_of(standin: StandIn, chat_id: int, number: int) -> int:
    """The id of the topic whose name starts with the case number."""
    chat = standin.chats.chats[chat_id]
    found = [thread for thread, topic in chat.topics.items() if topic.name.startswith(f"#{number} ")]
    assert len(found) == 1, {thread: topic.name for thread, topic in chat.topics.items()}
    return found[0]


def in_topic(standin: StandIn, chat_id: int, thread: int | None) -> list[str]:
    return [m.text for m in standin.topic_messages(chat_id, thread)]


def relayed(standin: StandIn, words: str) -> SentMessage:
    found = [m for m in standin.messages_in(MARY_CHAT, from_bot=True) if m.text.endswith(words)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_case_in_a_forum_staff_chat_gets_its_own_topic_named_without_the_person_and_its_card_first(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with(language, first_name="Aýna"), language)
    thread = topic_of(standin, MARY_CHAT, number)
    name = standin.chats.chats[MARY_CHAT].topics[thread].name
    tr = app.bot_data.catalogs(STAFF_LANGUAGE)
    case = await app.bot_data.storage.case(number)
    assert name == topic_name(tr, case)
    assert (
        name == f"#{number} · {tr.pgettext('velayat', 'Mary')} · {tr.pgettext('service', '⚖️ Legal advice')}"
    )
    assert "Aýna" not in name
    card = staff(app, standin).card(number)
    assert card.thread_id == thread and in_topic(standin, MARY_CHAT, thread)[0] == card.text
    assert in_topic(standin, MARY_CHAT, None) == []  # nothing about the case in the general topic


async def test_relayed_messages_and_staff_replies_stay_in_the_topic_and_writing_there_reaches_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    thread = topic_of(standin, MARY_CHAT, number)
    await chat.send("they took my passport")
    message = relayed(standin, "they took my passport")
    assert message.thread_id == thread and f"#{number}" in message.text
    worker = staff(app, standin)
    await worker.reply(message, "We will call you today.")  # a reply still works
    assert "We will call you today." in chat.last_reply().text
    await worker.write_in_topic(thread, "Are you safe now?")
    answer = chat.last_reply().text
    assert "Are you safe now?" in answer and app.bot_data.directory.get("example-mary").name["en"] in answer
    assert "Staff" not in answer  # signed by the organisation, never the staff member's account
    await worker.write_in_topic(thread, "/queue")
    assert chat.last_reply().text == answer  # a command in the topic is not sent to the person
    assert all(m.thread_id == thread for m in standin.messages_in(MARY_CHAT) if f"#{number}" in m.text)


async def test_writing_in_the_general_topic_or_another_topic_reaches_nobody(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    before = len(chat.bot_messages())
    worker = staff(app, standin)
    await worker.send("lunch at one?")  # the general topic: staff talking among themselves
    standin.chats.chats[MARY_CHAT].topics[999] = Topic("Staff room", 7322096, by_bot=False)
    await worker.write_in_topic(999, "shift swap?")
    assert len(chat.bot_messages()) == before


async def test_closing_a_case_closes_its_topic_and_reopening_it_reopens_the_topic(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    thread = topic_of(standin, MARY_CHAT, number)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, STAFF_LANGUAGE, "✔️ Close"))
    await worker.press(worker.card(number), button(app, STAFF_LANGUAGE, "Legal help", "outcome"))
    topic = standin.chats.chats[MARY_CHAT].topics[thread]
    assert topic.closed
    assert [r.params["message_thread_id"] for r in standin.calls("closeForumTopic")] == [thread]
    # Nothing reopens a case in the bot yet; when the database does, the next card refresh reopens the topic.
    await app.bot_data.storage.write(
        lambda tx: tx.execute("UPDATE cases SET status = 'claimed', outcome = NULL WHERE id = ?", (number,))
    )
    await deliver_outbox(BotContext(app), number)
    assert not topic.closed and len(standin.calls("reopenForumTopic")) == 1
    await deliver_outbox(BotContext(app), number)
    assert len(standin.calls("reopenForumTopic")) == 1  # once


@pytest.mark.refusals_expected
async def test_a_deleted_topic_falls_back_to_the_general_topic_says_so_and_is_remembered(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.delete_topic(MARY_CHAT, topic_of(standin, MARY_CHAT, number))
    await chat.send("are you there?")
    general = in_topic(standin, MARY_CHAT, None)
    note = app.bot_data.catalogs(STAFF_LANGUAGE).gettext(
        "⚠️ The topic of case #{number} was not found (was it deleted?). Its messages now come here, to the general "
        "topic: reply to them to write to the person."
    )
    worker = staff(app, standin)
    card = standin.topic_messages(MARY_CHAT, None)[
        1
    ]  # a new card with its buttons: the old one went with the topic
    assert general[0] == note.format(number=number) and card.text.startswith("📋") and card.buttons()
    assert general[2].endswith("are you there?") and relayed(
        standin, "are you there?"
    ).reply_to_message_id == (card.message_id)
    assert "Delivered" in chat.last_reply().text
    await chat.send("hello?")
    assert in_topic(standin, MARY_CHAT, None)[3].endswith("hello?")
    assert len(standin.refusals) == 1  # the lost topic is remembered: tried once
    await worker.press(card, button(app, STAFF_LANGUAGE, "✋ Claim"))  # the new card's buttons work
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    await worker.reply(relayed(standin, "hello?"), "Yes, we are here.")
    assert "Yes, we are here." in chat.last_reply().text


@pytest.mark.refusals_expected
async def test_without_the_right_to_manage_topics_cases_go_to_the_general_topic_as_replies_and_it_is_said_once(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    config: Any,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_forum(standin, right=False)
    caplog.set_level(logging.WARNING)
    first = await request_help_from_mary(app, chat_with("en", user_id=1), "en")
    person = chat_with("en", user_id=2)
    second = await request_help_from_mary(app, person, "en")
    assert [r.refusal for r in standin.refusals] == ["Bad Request: not enough rights to create a topic"] * 2
    said = [r.getMessage() for r in caplog.records if "may not create topics" in r.getMessage()]
    assert len(said) == 1 and str(MARY_CHAT) in said[0]
    worker = staff(app, standin)
    assert worker.card(first).thread_id is None and worker.card(second).thread_id is None
    await person.send("my words")
    assert relayed(standin, "my words").reply_to_message_id == worker.card(second).message_id
    path = tmp_path / "config.toml"
    path.write_text(
        f'[storage]\ndatabase = "{config.database_path}"\n[staff]\ncoordinator_chat_id = -100500\nstaff_user_ids = [1]\n',
        encoding="utf-8",
    )
    assert main(["check-config", "--config", str(path)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "manage topics" in line]
    assert len(warnings) == 1 and str(MARY_CHAT) in warnings[0]


async def test_a_plain_group_keeps_reply_threads_and_is_asked_about_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en", user_id=1)
    number = await request_help_from_mary(app, chat, "en")
    await request_help_from_mary(app, chat_with("en", user_id=2), "en")
    await chat.send("still here")
    worker = staff(app, standin)
    assert relayed(standin, "still here").reply_to_message_id == worker.card(number).message_id
    assert standin.calls("createForumTopic") == [] and len(standin.calls("getChat")) == 1
    await worker.send("not a reply")  # no reply, no topic: staff talking among themselves
    assert "not a reply" not in chat.last_reply().text


async def test_a_chat_that_turns_topics_on_is_learnt_from_its_updates(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    await request_help_from_mary(app, chat_with("en", user_id=1), "en")
    make_forum(standin)
    await staff(app, standin).send("we have topics now")  # the update's chat says is_forum
    second = await request_help_from_mary(app, chat_with("en", user_id=2), "en")
    assert staff(app, standin).card(second).thread_id == topic_of(standin, MARY_CHAT, second)


async def test_queue_links_each_case_to_its_card_or_topic(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    thread = topic_of(standin, MARY_CHAT, number)
    worker: StaffChat = staff(app, standin)
    await worker.send("/queue")
    card = worker.card(number).message_id
    assert f'<a href="https://t.me/c/1000000011/{thread}/{card}">#{number}</a>' in worker.last().html
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/queue")  # the coordinators see the NGO's card
    assert f'href="https://t.me/c/1000000011/{thread}/{card}"' in coordinator.last().html


async def test_queue_links_to_cards_in_a_plain_supergroup_and_not_in_a_basic_group(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en", user_id=1), "en")
    worker = staff(app, standin)
    await worker.send("/queue")
    card = worker.card(number).message_id
    assert f'<a href="https://t.me/c/1000000011/{card}">#{number}</a>' in worker.last().html
    await chat_with("en", user_id=2).send("/sos")
    await chat_with("en", user_id=2).press("🆘 Ask a person to write to me now")
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)  # -100500: a basic group's kind of id
    await coordinator.send("/queue")
    lines = coordinator.last().html.split("\n")
    urgent = next(line for line in lines if line.startswith("🆘"))
    assert "href" not in urgent and "#2" in urgent


async def test_an_urgent_request_to_a_forum_coordinator_chat_gets_a_topic_marked_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin, COORDINATOR_CHAT)
    chat = chat_with("tk")
    await chat.send("/sos")
    await chat.press(button(app, "tk", "🆘 Ask a person to write to me now"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    thread = topic_of(standin, COORDINATOR_CHAT, case.id)
    assert standin.chats.chats[COORDINATOR_CHAT].topics[thread].name.startswith(f"#{case.id} · 🆘")
    assert staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id).thread_id == thread


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_the_lost_topic_note_is_said_in_the_staff_chat_s_language(app: Any, language: str) -> None:
    await app.bot_data.storage.write(
        lambda tx: tx.execute("INSERT INTO cases (id, language, created_at) VALUES (7, 'en', 0)")
    )
    case = await app.bot_data.storage.case(7)
    note = topic_lost_note(app.bot_data.catalogs(language), case)
    english = topic_lost_note(app.bot_data.catalogs("en"), case)
    assert "#7" in note and (note == english) == (language == "en")


async def test_a_case_that_becomes_urgent_has_its_topic_renamed_to_say_so(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    topic = standin.chats.chats[MARY_CHAT].topics[topic_of(standin, MARY_CHAT, number)]
    assert "🆘" not in topic.name
    await chat.send("/sos")
    await chat.press(button(app, "en", "🆘 Ask a person to write to me now"))
    assert topic.name.startswith(f"#{number} · 🆘 · ")


async def test_a_case_keeps_the_first_topic_kept_for_it_in_a_chat(app: Any) -> None:
    storage = app.bot_data.storage
    await storage.write(
        lambda tx: tx.execute("INSERT INTO cases (id, language, created_at) VALUES (7, 'en', 0)")
    )
    assert await storage.set_case_topic(7, MARY_CHAT, 41) == 41
    assert await storage.set_case_topic(7, MARY_CHAT, 42) == 41  # two cards posted at once: one topic
    assert (await storage.case_for_topic(MARY_CHAT, 41)).id == 7
    await storage.lose_case_topic(7, MARY_CHAT)
    assert await storage.case_for_topic(MARY_CHAT, 41) is None
    assert [(t.chat_id, t.thread_id) for t in await storage.case_topics(7)] == [(MARY_CHAT, None)]


async def test_staff_commands_written_in_a_topic_are_answered_there(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    thread = topic_of(standin, MARY_CHAT, number)
    worker = staff(app, standin)
    for command in ("/queue", f"/case {number}", f"/unclaim {number}"):
        await worker.write_in_topic(thread, command)
        assert worker.last().thread_id == thread and f"#{number}" in worker.last().text
    for command in ("/topics passport", "/case", "/unclaim", "/case 999"):
        before = len(worker.messages())
        await worker.write_in_topic(thread, command)
        assert len(worker.messages()) > before and worker.last().thread_id == thread, command


async def test_screen_and_specialist_written_in_a_topic_are_answered_there(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    thread = topic_of(standin, MARY_CHAT, number)
    worker = staff(app, standin)
    claim_first = text(app, STAFF_LANGUAGE, "Claim case #{number} first, then ask a specialist.")
    answers = {
        "/screen": text(app, STAFF_LANGUAGE, "Use /screen NUMBER, e.g. /screen 12."),
        "/specialist": "/specialist 12 ",
        f"/specialist {number} plumber": "/specialist 12 ",
        "/screen 999": text(app, STAFF_LANGUAGE, "Case #{number} is not in this chat's queue.").format(
            number=999
        ),
        "/specialist 999": "#999",
        f"/screen {number}": f"#{number}",  # not claimed yet
        f"/specialist {number}": claim_first.format(number=number),
    }
    for command, answer in answers.items():
        before = len(worker.messages())
        await worker.write_in_topic(thread, command)
        assert len(worker.messages()) == before + 1, command
        assert worker.last().thread_id == thread and answer in worker.last().text, command
    card = worker.card(number)
    await worker.press(card, button(app, STAFF_LANGUAGE, "✋ Claim"))
    for command in (f"/screen {number}", f"/specialist {number}"):
        await worker.write_in_topic(thread, command)
        assert worker.last().thread_id == thread and f"#{number}" in worker.last().text, command
    # The card's own buttons, in the case's topic, open the screening and the specialists there too.
    for label in ("🔎 Screening", "🧑‍⚕️ Specialist"):
        before = len(worker.messages())
        await worker.press(card, button(app, STAFF_LANGUAGE, label))
        assert len(worker.messages()) == before + 1 and worker.last().thread_id == thread, label
    assert in_topic(standin, MARY_CHAT, None) == []


# Every other staff command, each answered (a summary and its chart, a file, a list, a usage line, a refusal ...).
OTHER_STAFF_COMMANDS = [
    "/stats",
    "/stats soon",
    "/export",
    "/export soon",
    "/staff",
    "/addstaff 4242",
    "/removestaff 4242",
    "/addstaff",
    "/whoami",
]


@pytest.mark.parametrize("chat_id", [COORDINATOR_CHAT, MARY_CHAT], ids=["coordinators", "organisation"])
@pytest.mark.parametrize("command", OTHER_STAFF_COMMANDS)
async def test_stats_export_and_the_staff_commands_written_in_a_topic_are_answered_there(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], command: str, chat_id: int
) -> None:
    make_forum(standin, chat_id)
    person = chat_with("en")
    if chat_id == MARY_CHAT:
        number = await request_help_from_mary(app, person, "en")
    else:  # an SOS with no organisation yet opens a case in the coordinator chat
        await person.send("/sos")
        await person.press(button(app, "en", "🆘 Ask a person to write to me now"))
        number = (await app.bot_data.storage.open_case_for(person.chat_id)).id
    thread = topic_of(standin, chat_id, number)
    worker = staff(app, standin, chat_id=chat_id)
    before = len(worker.messages())
    await worker.write_in_topic(thread, command)
    answers = worker.messages()[before:]
    assert answers and all(answer.thread_id == thread for answer in answers)
    assert in_topic(standin, chat_id, None) == []


@pytest.mark.refusals_expected  # the unchanged card is "not modified"
async def test_a_case_whose_card_moves_to_another_chat_has_its_old_topic_closed(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    topic = standin.chats.chats[MARY_CHAT].topics[topic_of(standin, MARY_CHAT, number)]
    # However a case moves (a referral to another organisation), its card refresh closes the topic it left.
    await app.bot_data.storage.write(
        lambda tx: tx.execute("UPDATE cases SET staff_chat_id = ? WHERE id = ?", (COORDINATOR_CHAT, number))
    )
    await refresh_card(BotContext(app), await app.bot_data.storage.case(number))
    assert topic.closed


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_the_persons_voice_note_and_photo_go_into_the_cases_topic(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    make_forum(standin)
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    thread = topic_of(standin, MARY_CHAT, number)
    for kind, caption in (("voice", ""), ("photo", "my contract")):
        await app.process_update(
            Update.de_json(standin.user_media(chat.user, kind, caption=caption), app.bot)
        )
    copies = [m for m in standin.messages_in(MARY_CHAT, from_bot=True) if m.kind in ("voice", "photo")]
    assert [m.kind for m in copies] == ["voice", "photo"]
    assert all(m.thread_id == thread and f"#{number}" in m.text for m in copies)
    assert in_topic(standin, MARY_CHAT, None) == []  # nothing about the case in the general topic


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_staff_photo_written_in_the_topic_without_replying_reaches_the_person_signed(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    make_forum(standin)
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    thread = topic_of(standin, MARY_CHAT, number)
    worker = staff(app, standin, name="Merdan")
    update = standin.user_media(
        worker.user, "photo", caption="Do not sign this", chat_id=MARY_CHAT, thread_id=thread
    )
    await app.process_update(Update.de_json(update, app.bot))
    (photo,) = [m for m in chat.bot_messages() if m.kind == "photo"]
    organisation = app.bot_data.directory.get("example-mary").text("name", language)
    assert photo.text == f"💬 {organisation}:\nDo not sign this" and photo.forward_origin is None
    assert not any("Merdan" in m.text for m in chat.bot_messages())


async def test_a_note_written_in_the_topic_is_kept_for_staff_and_never_reaches_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    thread = topic_of(standin, MARY_CHAT, number)
    worker = staff(app, standin)
    heard = len(chat.bot_messages())
    await worker.write_in_topic(thread, "/note her employer kept the passport")
    assert len(chat.bot_messages()) == heard
    tr = app.bot_data.catalogs(STAFF_LANGUAGE)
    saved = tr.gettext("📝 Note saved on case #{number}. Only staff see it, in /case {number}.")
    assert worker.last().text == saved.format(number=number) and worker.last().thread_id == thread
    await worker.write_in_topic(thread, f"/case {number}")
    assert f"{tr.gettext('📝 note (staff only)')}: her employer kept the passport" in worker.last().text
    assert len(chat.bot_messages()) == heard


async def test_the_card_in_a_cases_topic_says_that_writing_there_reaches_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    number = await request_help_from_mary(app, chat_with("en"), "en")
    tr = app.bot_data.catalogs(STAFF_LANGUAGE)
    in_topic = tr.gettext(
        "Anything written in this topic reaches the person, except commands and /note TEXT."
    )
    by_reply = tr.gettext("Reply to this card to write to the person.")
    worker = staff(app, standin)
    card = worker.card(number)
    assert in_topic in card.text and by_reply not in card.text
    await worker.press(card, tr.pgettext("button", "✋ Claim"))
    assert in_topic in worker.card(number).text  # still true after every edit
    await worker.send(f"/case {number}")  # a copy in the general topic: there, a reply reaches the person
    copy = worker.messages()[-2]
    assert copy.thread_id is None and by_reply in copy.text and in_topic not in copy.text


# In the person's own language: a message in another one would make it theirs (bot/i18n.py, answer_language)
PASSPORT = {
    "en": "my boss took my passport",
    "ru": "хозяин забрал мой паспорт",
    "tk": "hojaýyn pasportymy aldy",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_after_forget_every_copy_of_the_card_keeps_only_the_number_and_withdrawn(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    make_forum(standin)
    chat = chat_with(language, first_name="Aýna")
    number = await request_help_from_mary(app, chat, language, message=PASSPORT[language])
    thread = topic_of(standin, MARY_CHAT, number)
    await chat.send("/sos")  # the coordinator chat gets an urgent copy of the card
    await chat.press(button(app, language, "🆘 Ask a person to write to me now"))
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/case {number}")  # and a /case copy
    worker = staff(app, standin)
    await worker.write_in_topic(thread, f"/case {number}")  # and one in the case's topic
    cards = await app.bot_data.storage.card_messages(number)
    assert len(cards) == 4

    await chat.send("/forget")
    await chat.press(button(app, language, "Yes, delete everything"))
    for chat_id, message_id in cards:
        tr = staff_translator(BotContext(app), chat_id)
        withdrawn = tr.gettext("📋 <b>Case #{number}</b>: withdrawn, the person's data deleted.")
        card = standin.chats.find(standin.chats.chats[chat_id], message_id)
        assert card is not None and card.text == withdrawn.format(number=number).replace("<b>", "").replace(
            "</b>", ""
        )
        assert not card.buttons()
    name = standin.chats.chats[MARY_CHAT].topics[thread].name
    assert "Aýna" not in name and "passport" not in name and name.startswith(f"#{number} · 🆘")
    assert standin.chats.chats[MARY_CHAT].topics[thread].closed


@pytest.mark.refusals_expected
async def test_a_photo_for_a_deleted_topic_goes_to_the_general_topic_under_a_new_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    make_forum(standin)
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    standin.delete_topic(MARY_CHAT, topic_of(standin, MARY_CHAT, number))
    await app.process_update(
        Update.de_json(standin.user_media(chat.user, "photo", caption="page 2"), app.bot)
    )
    general = standin.topic_messages(MARY_CHAT, None)
    note = topic_lost_note(app.bot_data.catalogs(STAFF_LANGUAGE), await app.bot_data.storage.case(number))
    assert general[0].text == note
    card = general[1]  # a new card with its buttons: the old one went with the topic
    assert card.text.startswith("📋") and f"#{number}" in card.text and card.buttons()
    assert general[2].kind == "photo" and general[2].reply_to_message_id == card.message_id
    worker = staff(app, standin)
    await worker.press(card, button(app, STAFF_LANGUAGE, "✋ Claim"))
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    await worker.reply(general[2], "We see it.")
    assert "We see it." in chat.last_reply().text


async def test_after_forget_the_cards_of_the_persons_earlier_closed_cases_are_withdrawn_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en", message="my boss took my passport")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, STAFF_LANGUAGE, "✔️ Close"))
    await worker.press(worker.card(number), button(app, STAFF_LANGUAGE, "Legal help", "outcome"))
    assert "my boss took my passport" in worker.card(number).text  # a closed card still shows the person

    await chat.send("/forget")
    await chat.press(button(app, "en", "Yes, delete everything"))
    withdrawn = app.bot_data.catalogs(STAFF_LANGUAGE).gettext(
        "📋 <b>Case #{number}</b>: withdrawn, the person's data deleted."
    )
    assert worker.card(number).text == withdrawn.format(number=number).replace("<b>", "").replace("</b>", "")
