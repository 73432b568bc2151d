"""Case tools (issue 18): unclaim, referral to another organisation, internal notes, the notice that the
organisation took the request, every copy of a card kept true, the question after a close, and working hours."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.casework import needs_consent_again, open_now, referral_targets
from bot.config import Config
from bot.directory import Directory
from bot.standin.server import FakeUser, SentMessage, StandIn
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, SECOND_STAFF_USER, STAFF_USER, AppFactory, FakeClock
from tests.staffchat import StaffChat
from tests.test_handoff_flow import MARY, MARY_CHAT, button, request_help_from_mary, staff, text

BAYRAMALY_CHAT = -1001000000012  # example-mary-bayramaly: same velayat as Mary, staff in Turkmen
ASHGABAT = (37.96, 58.33)
ASHGABAT_CHAT = -1001000000001  # example-ashgabat: Mon–Fri 9:00–18:00


def labels(message: SentMessage) -> list[str]:
    return [str(b["text"]) for row in message.buttons() for b in row]


def answered(standin: StandIn) -> str:
    return str(standin.callback_answers[-1].get("text", ""))


async def request_help(
    app: Any, chat: Chat, language: str, service: str, place: tuple[float, float], ngo_id: str
) -> int:
    """Get help → near me → `service` → location → `ngo_id` → consent → sent; the case number."""
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, service, "service"))
    await chat.share_location(*place)
    ngo = app.bot_data.directory.get(ngo_id)
    await chat.press(button(app, language, "🙋 Ask {name} for help").format(name=ngo.text("name", language)))
    await chat.press(button(app, language, "💬 Only through this chat"))
    await chat.press(button(app, language, "No, keep it hidden"))
    await chat.press(button(app, language, "Skip"))
    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.ngo_id == ngo_id
    return case.id


def name(app: Any, ngo_id: str, language: str) -> str:
    return app.bot_data.directory.get(ngo_id).text("name", language)


# Unclaim ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("coordinators", ["ru", "tk", "en"])
async def test_the_claimer_or_a_coordinator_can_unclaim_and_others_are_refused(
    start_app: AppFactory, config: Config, standin: StandIn, coordinators: str
) -> None:
    app = await start_app(
        config=replace(config, staff=replace(config.staff, coordinator_language=coordinators))
    )
    number = await request_help_from_mary(
        app, Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en")), "en"
    )
    aman = staff(app, standin, user_id=STAFF_USER, name="Aman")
    bahar = staff(app, standin, user_id=SECOND_STAFF_USER, name="Bahar")
    await aman.press(aman.card(number), button(app, "ru", "✋ Claim"))
    assert "Aman" in aman.card(number).text  # the card shows who has it
    unclaim = button(app, "ru", "↩️ Unclaim")
    assert unclaim in labels(aman.card(number))

    await bahar.press(bahar.card(number), unclaim)
    assert (await app.bot_data.storage.case(number)).status == "claimed"
    assert answered(standin) == text(
        app, "ru", "Only {name}, who claimed case #{number}, or a coordinator can unclaim it."
    ).format(name="Aman", number=number)

    await aman.press(aman.card(number), unclaim)
    case = await app.bot_data.storage.case(number)
    assert case.status == "open" and case.claimed_by is None
    assert button(app, "ru", "✋ Claim") in labels(aman.card(number))
    # Nobody holds it, and the card says who gave it back (R#2), not that Aman still has it
    claimed_by = text(app, "ru", "Status: claimed by {name}").format(name="Aman")
    assert claimed_by not in aman.card(number).text
    assert (
        text(app, "ru", "Status: waiting — given back by {name} on {time}; nobody has it now").split("{")[0]
        in aman.card(number).text
    )

    await bahar.press(bahar.card(number), button(app, "ru", "✋ Claim"))
    await aman.send(f"/unclaim {number}")  # not his claim any more, and not a coordinator
    assert (await app.bot_data.storage.case(number)).claimed_by == SECOND_STAFF_USER
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT, user_id=STAFF_USER)
    await coordinator.send(f"/unclaim {number}")
    assert (await app.bot_data.storage.case(number)).status == "open"
    assert coordinator.last().text == text(
        app, coordinators, "Case #{number} is open again: anyone can claim it."
    ).format(number=number)
    actions = [action for _, _, action in await app.bot_data.storage.audit_log()]
    assert actions == ["claim", "unclaim", "claim", "unclaim"]


# Taken notice, and every copy of a card ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_claim_tells_the_person_the_organisation_took_their_request(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    notice = chat.last_reply().text
    assert notice == text(
        app,
        language,
        "✋ {organisation} has taken your request #{number}. A person there will write to you here.",
    ).format(organisation=name(app, "example-mary", language), number=number)
    assert "Aman" not in notice


async def test_the_coordinators_case_copy_loses_claim_after_a_claim(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/case {number}")
    copy = coordinator.card(number)
    assert button(app, "ru", "✋ Claim") in labels(copy)
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    copy = coordinator.card(number)
    assert button(app, "ru", "✋ Claim") not in labels(copy)
    assert button(app, "ru", "↩️ Unclaim") in labels(copy) and "Aman" in copy.text
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    assert labels(coordinator.card(number)) == [button(app, "ru", "↩️ Reopen")]  # closed: only Reopen applies


async def test_case_history_keeps_the_newest_lines_and_names_who_wrote(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin, name="Aman")
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.reply(worker.card(number), "Hello, tell us what happened")
    story = " ".join(
        f"I worked 14 hours on day {day} on the site in Antalya and was not paid." for day in range(90)
    )
    await chat.send(story)
    await chat.send("they are coming back tonight i am scared")
    await worker.send(f"/case {number}")
    history = worker.last().text
    # the newest words, which matter most, are there; a long story is shortened, not the end of the history
    assert "they are coming back tonight i am scared" in history
    assert len(history) < 4096 and story not in history
    # the worker's message is one line, under their name, not also "wrote to the person"
    assert "Aman: Hello, tell us what happened" in history
    assert button(app, "ru", "wrote to the person", "case action") not in history


async def test_the_card_and_the_history_give_the_time_in_turkmenistan(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    """Staff work in Turkmenistan (UTC+5 all year): the clock's 14:13 UTC is 19:13 for them."""
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    assert "2026-09-21 19:13 (UTC+5)" in worker.card(number).text
    await worker.send(f"/case {number}")
    assert "09-21 19:13 " in worker.last().text and "UTC " not in worker.last().text


# Notes -----------------------------------------------------------------------------------------------------------


async def test_a_note_never_reaches_the_person_and_shows_in_case_until_forgotten(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    heard = len(chat.bot_messages())
    await worker.reply(worker.card(number), "/note called her employer, <no answer>")
    assert len(chat.bot_messages()) == heard
    assert worker.last().text == text(
        app, "ru", "📝 Note saved on case #{number}. Only staff see it, in /case {number}."
    ).format(number=number)
    await worker.reply(worker.last(), "a reply to the bot's confirmation")  # not a case message: goes nowhere
    assert len(chat.bot_messages()) == heard
    await worker.send(f"/case {number}")
    history = worker.last().text
    assert f"{text(app, 'ru', '📝 note (staff only)')}: called her employer, <no answer>" in history

    await chat.send("/forget")
    await chat.press(button(app, "en", "Yes, delete everything"))
    messages, _ = await app.bot_data.storage.case_history(number)
    assert [m.text for m in messages if m.direction == "note"] == [None]


# Referral --------------------------------------------------------------------------------------------------------


def test_referral_targets_offer_the_needed_help_nearest_first() -> None:
    directory = Directory.load()
    mary = directory.get("example-mary")
    targets = referral_targets(directory, mary, "legal")
    assert targets and all(t.ngo.offers("legal") and t.ngo.id != "example-mary" for t in targets)
    distances = [t.distance_km for t in targets]
    assert distances == sorted(distances)  # type: ignore[type-var]
    nearest = referral_targets(directory, mary, "information")[0].ngo
    assert nearest.id == "example-mary-bayramaly"
    assert not needs_consent_again(mary, "mary", nearest)
    assert needs_consent_again(mary, "mary", targets[0].ngo)


def test_every_organisation_of_the_network_can_be_chosen_for_a_referral() -> None:
    # six were listed, and for a case with no organisation, Daşoguz, Lebap and Mary could not be reached at all
    directory = Directory.load()
    in_turkmenistan = {ngo.id for ngo in directory.ngos if ngo.velayat is not None}
    assert {t.ngo.id for t in referral_targets(directory, None, None)} == in_turkmenistan
    mary = directory.get("example-mary")
    assert {t.ngo.id for t in referral_targets(directory, mary, None)} == in_turkmenistan - {"example-mary"}


# In the person's own language: a message in another one would make it theirs (bot/i18n.py, answer_language)
FIRST_MESSAGE = {"en": "my first message", "ru": "моё первое сообщение", "tk": "meniň ilkinji habarym"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_referral_in_the_same_velayat_moves_the_case_and_tells_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help(app, chat, language, "ℹ️ Information and advice", MARY, "example-mary")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await chat.send(FIRST_MESSAGE[language])
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    choices = labels(worker.card(number))
    assert choices[0].startswith(name(app, "example-mary-bayramaly", "ru"))  # nearest first
    await worker.press(worker.card(number), choices[0])

    case = await app.bot_data.storage.case(number)
    assert case.ngo_id == "example-mary-bayramaly" and case.staff_chat_id == BAYRAMALY_CHAT
    assert case.status == "open" and case.claimed_by is None
    assert chat.last_reply().text == text(
        app,
        language,
        "↪️ Your request #{number} is now with {organisation}. A person there will write to you here.",
    ).format(number=number, organisation=name(app, "example-mary-bayramaly", language))
    old = worker.card(number)
    assert (
        text(app, "ru", "➡️ Referred to {organisation}: this chat no longer handles it.").format(
            organisation=name(app, "example-mary-bayramaly", "ru")
        )
        in old.text
    )
    assert labels(old) == []
    new = staff(app, standin, chat_id=BAYRAMALY_CHAT)
    card = new.card(number)
    assert button(app, "tk", "✋ Claim") in labels(card)  # the new chat's card, in its language
    await new.send(f"/case {number}")
    assert FIRST_MESSAGE[language] in new.last().text  # the case moved with its history
    await new.reply(
        new.card(number), "Salam"
    )  # writing to the person claims the case: the old card is not edited
    assert name(app, "example-mary-bayramaly", language) in chat.bot_messages()[-2].text
    assert chat.last_reply().text.endswith("Salam")
    assert worker.card(number).text == old.text
    notice = next(m for m in new.messages() if m.text.endswith(f"/case {number}"))
    await new.reply(notice, "Salam, ýene")  # a reply to the notice that the case came reaches the person too
    assert chat.last_reply().text.endswith("Salam, ýene")

    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/stats")
    assert text(app, "ru", "↪️ Referred to another organisation: {count}").format(count=1) in "\n".join(
        m.text for m in coordinator.messages()
    )


async def test_a_referral_to_another_velayat_waits_for_the_persons_consent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    number = await request_help_from_mary(app, chat, "tk")
    worker = staff(app, standin)
    target = referral_targets(app.bot_data.directory, app.bot_data.directory.get("example-mary"), "legal")[
        0
    ].ngo
    assert target.velayat != "mary"
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])
    question = chat.last_reply()
    assert target.text("name", "tk") in question.text and name(app, "example-mary", "tk") in question.text
    assert (
        await app.bot_data.storage.case(number)
    ).ngo_id == "example-mary"  # nothing moves before they agree

    await chat.press(button(app, "tk", "No, keep it where it is"))
    assert (await app.bot_data.storage.case(number)).ngo_id == "example-mary"
    assert chat.last_reply().text == text(
        app, "tk", "Your request #{number} stays with {organisation}."
    ).format(number=number, organisation=name(app, "example-mary", "tk"))
    assert worker.last().text == text(
        app, "ru", "Case #{number}: the person did not agree to the referral; the case stays with you."
    ).format(number=number)

    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])
    await chat.press(button(app, "tk", "✅ Yes, send it to them"))
    case = await app.bot_data.storage.case(number)
    assert case.ngo_id == target.id and case.staff_chat_id == target.staff_chat_id
    assert target.text("name", "tk") in chat.last_reply().text
    assert staff(app, standin, chat_id=target.staff_chat_id).card(number)
    log = await app.bot_data.storage.audit_log()
    assert log[-1] == (number, STAFF_USER, f"refer:{target.id}")  # the staff member who proposed it
    actions = [action for _, _, action in log]
    assert actions == [
        f"refer-asked:{target.id}",
        f"refer-declined:{target.id}",
        f"refer-asked:{target.id}",
        f"refer:{target.id}",
    ]


# The question after a close ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_the_after_close_question_is_anonymous_and_counted_in_stats(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    clock.advance(600)
    await worker.reply(worker.card(number), "Hello")
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    closing = chat.last_reply()
    assert text(
        app, language, "One optional question, answered anonymously: how much did this help you?"
    ) in (closing.text)
    assert len(labels(closing)) == 4
    await chat.press(button(app, language, "It helped a lot", "feedback"))
    assert labels(closing) == [], "answered once: the buttons are gone"
    thanks = chat.last_reply()
    assert thanks.text == text(app, language, "Thank you.") and labels(thanks) == [
        button(app, language, "☰ Menu")
    ]
    await chat.press_data(closing, f"cs:fb:{number}:none")  # a second answer is not counted
    rows = await app.bot_data.storage.run(lambda tx: tx.fetchall("SELECT * FROM case_feedback"))
    assert [tuple(row) for row in rows] == [(1, "example-mary", "2026-09-21", "much")]  # no case, no person

    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send("/stats")
    shown = "\n".join(m.text for m in coordinator.messages())
    assert (
        text(
            app,
            "ru",
            "{organisation}: first staff reply in {median} (median of the cases it answered first, those since "
            "referred elsewhere too: {count}); it helped a lot {much}, a little {little}, not at all {none}",
        ).format(
            organisation=name(app, "example-mary", "ru"),
            median=app.bot_data.catalogs("ru")
            .ngettext("{count} minute", "{count} minutes", 10)
            .format(count=10),
            count=1,
            much=1,
            little=0,
            none=0,
        )
        in shown
    )


# Working hours ----------------------------------------------------------------------------------------------------


def test_open_now_reads_the_directorys_hours_in_turkmenistan_time() -> None:
    monday_evening = datetime(2026, 9, 21, 14, 13, tzinfo=UTC)  # 19:13 in Ashgabat
    tuesday_morning = datetime(2026, 9, 22, 5, 0, tzinfo=UTC)  # 10:00
    saturday = datetime(2026, 9, 26, 5, 0, tzinfo=UTC)
    assert open_now("Mon–Fri 9:00–18:00", monday_evening) is False
    assert open_now("Mon–Fri 9:00–18:00", tuesday_morning) is True
    assert open_now("Mon–Fri 9:00–18:00", saturday) is False
    assert open_now("Mon–Sat 9:00–17:00", saturday) is True
    assert open_now("Every day, 24 hours", monday_evening) is True
    assert open_now("by appointment", monday_evening) is None  # unreadable: never "closed" by mistake


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_message_outside_working_hours_gets_the_hours_and_is_still_delivered(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    # The clock starts on a Monday at 19:13 in Ashgabat: example-ashgabat (Mon–Fri 9:00–18:00) is closed.
    number = await request_help(app, chat, language, "⚖️ Legal advice", ASHGABAT, "example-ashgabat")
    worker = StaffChat(app, standin, ASHGABAT_CHAT, staff(app, standin).user)
    await chat.send("are you there?")
    assert "are you there?" in worker.last().text  # delivered all the same
    ngo = app.bot_data.directory.get("example-ashgabat")
    notice = text(
        app,
        language,
        "🕘 {organisation} is closed now. Their hours: {hours} (Turkmenistan time). Your message is saved and "
        "reaches them; they will answer when they are back. If you need help now, call the hotline:",
    ).format(organisation=ngo.text("name", language), hours=ngo.text("hours", language))
    assert chat.last_reply().text.startswith(notice)
    told = len(chat.bot_messages())
    await chat.send("hello?")
    assert len(chat.bot_messages()) == told  # once per closed stretch, not under every message
    clock.advance(15 * 3600)  # Tuesday 10:13
    await chat.send("good morning")
    assert "good morning" in worker.last().text
    assert not any(m.text.startswith(notice) for m in chat.bot_messages()[told:])
    assert number


@pytest.mark.parametrize(
    ("worker_writes", "message"),
    [
        (True, "I need advice about a work visa"),
        (False, "they locked me in the flat and beat me, please help"),
    ],
)
async def test_no_closed_notice_while_a_worker_is_writing_with_the_person_nor_for_danger(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    clock: FakeClock,
    worker_writes: bool,
    message: str,
) -> None:
    # Monday 19:13 in Ashgabat: example-ashgabat is closed by its hours
    chat = chat_with("en")
    await request_help(app, chat, "en", "⚖️ Legal advice", ASHGABAT, "example-ashgabat")
    worker = StaffChat(app, standin, ASHGABAT_CHAT, staff(app, standin).user)
    if worker_writes:
        await worker.reply(worker.last(), "Hello! How can we help?")
    await chat.send(message)
    notice = f"🕘 {app.bot_data.directory.get('example-ashgabat').text('name', 'en')} is closed now."
    # a worker is there now; danger goes to the hotline team at once: "they will answer when they are back" is false
    assert not any(m.text.startswith(notice) for m in chat.bot_messages())
    if worker_writes:
        clock.advance(2 * 3600)  # nobody has written for two hours: now the hours are told
        await chat.send("hello?")
        assert chat.last_reply().text.startswith(notice)


async def test_retention_wipes_notes_and_the_unanswered_questions_link_to_the_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.reply(worker.card(number), "/note she will call back on Monday")
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    storage = app.bot_data.storage
    asked = "SELECT COUNT(*) FROM case_feedback_asked"
    assert (await storage.run(lambda tx: tx.fetchone(asked)))[0] == 1
    days = app.bot_data.config.privacy.retention_days
    clock.advance(days * 86400 + 1)
    await storage.purge(days)
    messages, _ = await storage.case_history(number)
    assert [m.text for m in messages if m.direction == "note"] == [None]
    assert (await storage.run(lambda tx: tx.fetchone(asked)))[0] == 0


async def refer_to_another_velayat(app: Any, worker: StaffChat, number: int) -> None:
    """Staff refer the case to the first organisation offered, in another velayat than Mary's."""
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_referral_waiting_for_the_persons_answer_shows_on_every_card_until_they_answer(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/case {number}")
    target = referral_targets(app.bot_data.directory, app.bot_data.directory.get("example-mary"), "legal")[0]
    await refer_to_another_velayat(app, worker, number)
    question = chat.last_reply().text  # in the person's language
    assert target.ngo.text("name", language) in question and name(app, "example-mary", language) in question
    waiting = text(app, "ru", "↪️ Referral to {organisation}: waiting for the person to agree.").format(
        organisation=name(app, target.ngo.id, "ru")
    )
    assert waiting in worker.card(number).text and waiting in coordinator.card(number).text
    await coordinator.send(f"/case {number}")
    assert waiting in coordinator.card(number).text

    await chat.press(button(app, language, "No, keep it where it is"))
    assert chat.last_reply().text == text(
        app, language, "Your request #{number} stays with {organisation}."
    ).format(number=number, organisation=name(app, "example-mary", language))
    assert waiting not in worker.card(number).text and waiting not in coordinator.card(number).text


@pytest.mark.refusals_expected  # the person blocked the bot
async def test_a_referral_the_person_cannot_be_asked_about_is_not_left_waiting_and_staff_are_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    target = referral_targets(app.bot_data.directory, app.bot_data.directory.get("example-mary"), "legal")[0]
    standin.block(chat.chat_id)
    await refer_to_another_velayat(app, worker, number)
    assert worker.last().text == text(
        app,
        "ru",
        "Case #{number}: the person could not be asked about {organisation} (they can no longer be reached "
        "through the bot), so the case was not referred.",
    ).format(number=number, organisation=name(app, target.ngo.id, "ru"))
    assert await app.bot_data.storage.waiting_referral(number) is None
    card = worker.card(number).text
    assert "↪️" not in card.split("\n")[1]  # no referral shown waiting
    assert text(app, "ru", "⚠️ The person has blocked the bot: messages no longer reach them.") in card


@pytest.mark.refusals_expected  # the person blocked the bot
async def test_a_referral_asked_of_someone_who_then_blocked_the_bot_can_be_asked_again(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await refer_to_another_velayat(app, worker, number)
    standin.block(chat.chat_id)
    await worker.reply(worker.card(number), "Did you see our question?")  # the bot learns it is blocked
    await refer_to_another_velayat(app, worker, number)
    refused = text(app, "ru", "The person has not yet answered an earlier referral.")
    assert refused not in [answer.get("text") for answer in standin.callback_answers]
    assert "Case #" in worker.last().text or f"#{number}" in worker.last().text
    assert await app.bot_data.storage.waiting_referral(number) is None


async def test_a_direct_referral_ends_a_referral_still_waiting_for_the_persons_answer(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await refer_to_another_velayat(app, worker, number)
    # Meanwhile the case goes straight to an organisation of the same velayat.
    await app.bot_data.storage.move_case(number, "example-mary-bayramaly", BAYRAMALY_CHAT, STAFF_USER)
    await chat.press(button(app, "en", "✅ Yes, send it to them"))
    assert (await app.bot_data.storage.case(number)).ngo_id == "example-mary-bayramaly"


@pytest.mark.parametrize("coordinators", ["ru", "tk", "en"])
async def test_a_note_is_confirmed_in_the_staff_chats_language_and_never_reaches_the_person(
    start_app: AppFactory, config: Config, standin: StandIn, coordinators: str
) -> None:
    app = await start_app(
        config=replace(config, staff=replace(config.staff, coordinator_language=coordinators))
    )
    chat = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code=coordinators))
    number = await request_help_from_mary(app, chat, coordinators)
    heard = len(chat.bot_messages())
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/case {number}")
    await coordinator.reply(coordinator.card(number), "/note she is safe at her aunt's")
    assert len(chat.bot_messages()) == heard
    assert coordinator.last().text == text(
        app, coordinators, "📝 Note saved on case #{number}. Only staff see it, in /case {number}."
    ).format(number=number)
    await coordinator.send(f"/case {number}")
    note = text(app, coordinators, "📝 note (staff only)")
    assert f"{note}: she is safe at her aunt's" in coordinator.last().text


async def test_a_reply_to_the_old_card_of_a_referred_case_reaches_nobody_and_is_said_so(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help(app, chat, "en", "ℹ️ Information and advice", MARY, "example-mary")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])
    assert (await app.bot_data.storage.case(number)).ngo_id == "example-mary-bayramaly"
    heard = len(chat.bot_messages())
    await worker.reply(worker.card(number), "One more thing...")
    assert len(chat.bot_messages()) == heard
    assert worker.last().text == text(
        app, "ru", "Case #{number} is no longer handled in this chat: the message was not sent."
    ).format(number=number)


async def test_a_referral_a_coordinator_starts_is_announced_in_the_cases_chat_in_its_language(
    start_app: AppFactory, config: Config, standin: StandIn
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language="en")))
    chat = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="tk"))
    number = await request_help_from_mary(app, chat, "tk")
    target = referral_targets(app.bot_data.directory, app.bot_data.directory.get("example-mary"), "legal")[0]
    coordinator = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await coordinator.send(f"/case {number}")
    await coordinator.press(coordinator.card(number), button(app, "en", "↪️ Refer to another NGO"))
    await coordinator.press(coordinator.card(number), labels(coordinator.card(number))[0])
    # Mary's chat reads Russian, and learns that the coordinators (not its own staff) started it
    notice = text(
        app,
        "ru",
        "Case #{number}: the hotline team suggests referring it to {organisation}. The person is asked first; the "
        "case stays here until they agree.",
    ).format(number=number, organisation=name(app, target.ngo.id, "ru"))
    assert staff(app, standin).last().text == notice


async def test_referring_a_case_whose_person_never_said_where_they_are_says_so(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/sos")
    await chat.press(button(app, "ru", "🆘 Ask a person to write to me now"))
    coordinators = staff(app, standin, chat_id=COORDINATOR_CHAT)
    card = coordinators.last()
    await coordinators.press(card, button(app, "ru", "↪️ Refer to another NGO"))
    await coordinators.press(
        card, name(app, "example-mary", "ru") + " · " + button(app, "ru", "Mary", "velayat")
    )
    assert coordinators.last().text == text(
        app,
        "ru",
        "Case #{number}: the person has not said where they are, so they are asked about {organisation} first. "
        "The case stays here until they agree.",
    ).format(number=1, organisation=name(app, "example-mary", "ru"))


async def test_after_forget_the_old_card_of_a_referred_case_is_withdrawn_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help(app, chat, "en", "ℹ️ Information and advice", MARY, "example-mary")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "↪️ Refer to another NGO"))
    await worker.press(worker.card(number), labels(worker.card(number))[0])
    await chat.send("/forget")
    await chat.press(button(app, "en", "Yes, delete everything"))
    for chat_id, language in ((MARY_CHAT, "ru"), (BAYRAMALY_CHAT, "tk")):
        withdrawn = text(app, language, "📋 <b>Case #{number}</b>: withdrawn, the person's data deleted.")
        card = staff(app, standin, chat_id=chat_id).card(number)
        assert card.text == withdrawn.format(number=number).replace("<b>", "").replace("</b>", "")


async def test_choosing_how_a_case_ended_says_what_one_tap_does(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await request_help_from_mary(app, chat_with("en"), "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    told = text(
        app, "ru", "How did the case end? One tap closes it, and the person is told. ⬅️ Back keeps it open."
    )
    assert standin.callback_answers[-1].get("text") == told
    assert button(app, "ru", "⬅️ Back") in labels(worker.card(number))


async def test_a_case_closed_for_no_answer_gives_the_way_back_not_thanks(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    # the person may not have answered because their phone was taken: no "thank you", no "how did it help"
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "No answer", "outcome"))
    closing = chat.last_reply()
    assert closing.text.startswith(
        text(
            app,
            "en",
            "Your request #{number} is closed: we could not reach you. If you still need help, write "
            "here or press 🆘, and a person will write to you again.",
        ).format(number=number)
    )
    assert labels(closing) == [button(app, "en", "🆘 Ask a person to write to me now")]


async def test_it_did_not_help_is_not_a_dead_end(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), button(app, "ru", "✋ Claim"))
    await worker.press(worker.card(number), button(app, "ru", "✔️ Close"))
    await worker.press(worker.card(number), button(app, "ru", "Legal help", "outcome"))
    await chat.press(button(app, "en", "It did not help", "feedback"))
    sorry = chat.last_reply()
    assert sorry.text.startswith(
        text(
            app,
            "en",
            "I am sorry it did not help. If you still need help, the hotline "
            "listens, and a new request reaches a person:",
        )
    )
    assert labels(sorry) == [button(app, "en", "☰ Menu")], "the way on: the menu, with a new request"
