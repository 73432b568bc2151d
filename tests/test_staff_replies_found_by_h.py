"""Replies on the staff side that reached nobody or showed the wrong thing (found by tester H, #10): a specialist's
reply to their request, a reply to the bot's "🙈 Not sent" note, and the other chat's copy of a /send."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from bot.runtime.context import BotContext
from bot.specialists import Roster
from bot.standin.server import FakeUser, StandIn
from handlers.cards import staff_translator
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT, AppFactory
from tests.hiding import end_hiding
from tests.test_crisis_flow import DANGER
from tests.test_handoff_flow import MARY_CHAT, button, request_help_from_mary, staff, text
from tests.test_specialists import claimed_case, specialist_chat

LANGUAGES = ["ru", "tk", "en"]
# In the person's language: what they write decides the language they are answered in
BACK = {"ru": "я снова могу писать", "tk": "Men indi ýazyp bilýärin", "en": "I can write again"}


def speaking(app: Any, specialist_id: str, language: str) -> None:
    """The roster's specialist with requests posted to their chat in `language`."""
    roster = app.bot_data.roster
    app.bot_data.roster = Roster(
        tuple(replace(s, staff_language=language) if s.id == specialist_id else s for s in roster.specialists)
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_specialists_reply_to_the_request_reaches_the_staff_who_asked_and_not_the_person(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    speaking(app, "example-mary-lawyer", language)
    person = chat_with(language)
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    heard = len(person.bot_messages())

    lawyer = specialist_chat(app, standin)
    await lawyer.reply(lawyer.last(), "Я позвоню ей завтра <утром>")
    assert lawyer.last().text == text(
        app,
        language,
        "📨 Passed on to the staff of case #{number} ({organisation}), not to the person: the bot writes to the "
        "person only from their staff, and they arrange the contact with you.",
    ).format(number=number, organisation=app.bot_data.directory.get("example-mary").text("name", language))
    heading = text(app, "ru", "🧑‍⚕️ Case #{number}: {role} {specialist} writes to you:").format(
        number=number, role=button(app, "ru", "⚖️ Lawyer", "specialist"), specialist="example-mary-lawyer"
    )
    note = worker.last()
    assert note.text == f"{heading}\nЯ позвоню ей завтра <утром>"  # the chat's language; the words as written
    assert len(person.bot_messages()) == heard, "a specialist's chat never writes to the person"

    # The staff's reply to that note is not taken for a message to the person, who did not write it
    await worker.reply(note, "Хорошо, я ей передам")
    assert len(person.bot_messages()) == heard


async def test_a_specialist_in_the_cases_own_chat_is_told_it_is_read_there_and_pointed_to_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    app.bot_data.roster = Roster(
        tuple(
            replace(s, staff_chat_id=MARY_CHAT) if s.id == "example-mary-lawyer" else s
            for s in app.bot_data.roster.specialists
        )
    )
    person = chat_with("ru")
    number = await claimed_case(app, standin, person)
    worker = staff(app, standin)
    await worker.send(f"/specialist {number} lawyer")
    await worker.press(worker.last(), "example-mary-lawyer")
    heard = len(person.bot_messages())
    await worker.reply(worker.last(), "Беру, позвоню завтра")
    assert worker.last().text == text(
        app,
        "ru",
        "👥 Case #{number}: the specialist and the case's staff share this chat, so your reply is read here and "
        "goes no further. Staff write to the person by replying to the case's card.",
    ).format(number=number)
    assert len(person.bot_messages()) == heard


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_reply_to_the_not_sent_note_is_taken_on_the_case_it_names(
    start_app: AppFactory, config: Any, standin: StandIn, language: str
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language=language)))
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code=language))
    number = await request_help_from_mary(app, person, language)
    await person.send(DANGER[language])  # urgent: the coordinators see the case too
    hotline = staff(app, standin, chat_id=COORDINATOR_CHAT)
    await person.send_only("/hide")
    await hotline.reply(hotline.last(), "Вы в безопасности?")
    tr = staff_translator(BotContext(app), COORDINATOR_CHAT)
    not_sent = tr.gettext(
        "🙈 Not sent now: the person of case #{number} hid the chat, and someone may be checking their phone. Your "
        "message is kept: once you judge that whoever writes from the chat is the person and end the hiding, they "
        "get a button to read it, and you are told when they do."
    ).format(number=number)
    note = hotline.last()
    assert note.text == not_sent
    await hotline.reply(note, "Напишите, когда сможете")
    assert hotline.last().text == not_sent, "the case the note names, still hidden: not 'belongs to no case'"
    assert person.bot_messages() == []

    await person.send(BACK[language])
    await end_hiding(app, staff(app, standin), number)  # Mary's staff read it is her, and lift the hold
    await hotline.reply(note, "Вы в безопасности?")
    team = app.bot_data.catalogs(language).pgettext("sender", "Hotline team")
    assert person.last_reply().text == f"💬 {team}:\nВы в безопасности?"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_other_chats_copy_of_a_sent_answer_shows_what_the_person_got(
    start_app: AppFactory, config: Any, standin: StandIn, language: str
) -> None:
    app = await start_app(config=replace(config, staff=replace(config.staff, coordinator_language=language)))
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code=language))
    number = await request_help_from_mary(app, person, language)
    await person.send(DANGER[language])
    worker = staff(app, standin)
    await worker.reply(worker.card(number), "/send employer-took-passport")
    got = person.last_reply().text
    copy = staff(app, standin, chat_id=COORDINATOR_CHAT).last().text
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    heading = text(app, language, "💬 Case #{number}: {sender} writes to the person:").format(
        number=number, sender=mary
    )
    assert copy == f"{heading}\n{got}"
    assert "/send" not in copy and "employer-took-passport" not in copy
