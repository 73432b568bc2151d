"""Staff and people read words, never the bot's keys: the consent screen names who receives a request, staff find
knowledge-base topics by a word, and a staff reply that reaches no case is answered rather than dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update

from bot.standin.server import FakeUser, StandIn
from tests.chat import Chat, said
from tests.conftest import STAFF_USER
from tests.staffchat import StaffChat

MARY_CHAT = -1001000000011  # example-mary, staff language ru
ASHGABAT_2_CHAT = -1001000000002  # example-ashgabat-2, staff language en
AHAL_CHAT = -1001000000003  # example-ahal, staff language tk
STAFF_CHATS = {"ru": MARY_CHAT, "en": ASHGABAT_2_CHAT, "tk": AHAL_CHAT}


def staff_in(app: Any, standin: StandIn, chat_id: int, name: str = "Ogulgerek") -> StaffChat:
    return StaffChat(app, standin, chat_id, FakeUser(id=STAFF_USER, first_name=name, language_code="ru"))


async def ask_a_person(app: Any, chat: Chat, language: str, velayat: str = "Mary") -> str:
    """Menu → get help → ask a person → legal → a velayat → chat only → name hidden → no message: the consent
    screen's text."""
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, velayat, "velayat"))
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    return (await chat.press(said(app, language, "Skip", "button"))).text


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_consent_names_the_organisation_the_request_will_reach(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    consent = await ask_a_person(app, chat, language)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    assert mary in consent
    assert said(app, language, "the hotline team") not in consent
    await chat.press(said(app, language, "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.ngo_id == "example-mary"  # the one the consent screen named


PASSPORT_TOPICS = {"employer-took-passport", "lost-documents", "passport-expiring-abroad", "passport-safety"}


@pytest.mark.parametrize("language", ["ru", "en", "tk"])
async def test_topics_passport_lists_the_passport_topics_in_the_staff_chats_language(
    app: Any, standin: StandIn, language: str
) -> None:
    worker = staff_in(app, standin, STAFF_CHATS[language])
    await worker.send("/topics passport")
    listing = worker.last().text
    knowledge = app.bot_data.knowledge
    for topic_id in PASSPORT_TOPICS:
        assert f"{topic_id} — {knowledge[topic_id].text(language).title}" in listing
    assert "wages-not-paid" not in listing and "work-visa" not in listing
    # The same topics whichever language, case or spelling the word is typed in.
    for word in ("ПАСПОРТ", "pasport", "Pasportyňyz"):
        await worker.send(f"/topics {word}")
        shown = worker.last().text
        assert {t for t in knowledge.topics if f"{t} — " in shown} <= PASSPORT_TOPICS, word
        assert "passport-safety — " in shown, word


async def test_topics_finds_a_title_by_another_form_of_its_word(app: Any, standin: StandIn) -> None:
    worker = staff_in(app, standin, STAFF_CHATS["ru"])
    await worker.send("/topics органы")  # the title says «орган»
    assert "organ-sale — " in worker.last().text


async def test_topics_without_a_word_lists_every_topic(app: Any, standin: StandIn) -> None:
    worker = staff_in(app, standin, ASHGABAT_2_CHAT)
    await worker.send("/topics")
    shown = "\n".join(m.text for m in worker.messages())
    assert all(f"{topic_id} — " in shown for topic_id in app.bot_data.knowledge.topics)
    assert all(len(m.text) <= 4096 for m in worker.messages())


async def case_for_mary(app: Any, chat_with: Callable[..., Chat], language: str = "tk") -> int:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    await chat.press(said(app, language, "✅ Send the request", "button"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.ngo_id == "example-mary"
    return case.id


async def test_send_takes_a_topic_id_or_a_word_only_one_topic_has(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await case_for_mary(app, chat_with, "tk")
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="tk"))
    worker = staff_in(app, standin, MARY_CHAT)
    knowledge = app.bot_data.knowledge
    heading = said(app, "tk", "💬 Sent to you by {organisation}:").format(
        organisation=app.bot_data.directory.get("example-mary").text("name", "tk")
    )
    await worker.reply(worker.card(number), "/send passport-safety")
    assert person.last_reply().text.startswith(
        f"{heading}\n\n{knowledge['passport-safety'].text('tk').title}"
    )
    await worker.reply(worker.card(number), "/send wages")  # only "My wages are not paid" has it
    assert person.last_reply().text.startswith(f"{heading}\n\n{knowledge['wages-not-paid'].text('tk').title}")
    await worker.reply(worker.card(number), "/send Aýlygymy")  # a word of the Turkmen title
    assert person.last_reply().text.startswith(f"{heading}\n\n{knowledge['wages-not-paid'].text('tk').title}")
    sent = [a for c, _, a in await app.bot_data.storage.audit_log() if c == number and a.startswith("send:")]
    assert sent == ["send:passport-safety", "send:wages-not-paid", "send:wages-not-paid"]


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_sent_answer_says_who_sent_it_and_has_the_buttons_the_bot_puts_under_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    number = await case_for_mary(app, chat_with, language)
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code=language))
    topic = app.bot_data.knowledge["employer-took-passport"]
    assert topic.sos  # its answer speaks of the 🆘 button
    await staff_in(app, standin, MARY_CHAT).reply(
        staff_in(app, standin, MARY_CHAT).card(number), f"/send {topic.id}"
    )
    sent = person.last_reply()
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    assert sent.text.split("\n")[0] == said(app, language, "💬 Sent to you by {organisation}:").format(
        organisation=mary
    )
    labels = person.labels(sent)
    assert labels[0] == said(app, language, "🆘 Ask a person to write to me now", "button")
    assert said(app, language, "👍 Helpful", "button") in labels
    # The 🆘 button works from there: the open case becomes urgent.
    await person.press(labels[0])
    assert (await app.bot_data.storage.case(number)).urgent


async def test_send_says_which_was_wrong_the_topic_or_the_reply(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await case_for_mary(app, chat_with, "en")
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    before = len(person.bot_messages())
    worker = staff_in(app, standin, MARY_CHAT)
    tr = app.bot_data.catalogs("ru")

    await worker.reply(worker.card(number), "/send keep-passport")
    unknown = worker.last().text
    assert unknown == tr.gettext("No topic matches “{word}”. /topics lists them all.").format(
        word="keep-passport"
    )

    await worker.reply(worker.card(number), "/send passport")
    ambiguous = worker.last().text
    assert ambiguous.startswith(
        tr.gettext("Several topics match “{word}”; send one of these ids:").format(word="passport")
    )
    assert all(topic_id in ambiguous for topic_id in PASSPORT_TOPICS)

    await worker.send("/queue")
    await worker.reply(worker.last(), "/send passport-safety")  # /queue's message is not a case's
    wrong_reply = worker.last().text
    assert "passport-safety" in wrong_reply
    assert len({unknown, ambiguous.split("\n")[0], wrong_reply}) == 3
    assert len(person.bot_messages()) == before  # nothing reached the person


@pytest.mark.parametrize("staff_language", ["ru", "en", "tk"])
async def test_a_staff_reply_to_a_bot_message_of_no_case_gets_a_hint(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], staff_language: str
) -> None:
    await case_for_mary(app, chat_with, "en")
    chat_id = STAFF_CHATS[staff_language]
    worker = staff_in(app, standin, chat_id)
    await worker.send("/queue")
    queue = worker.last()
    await worker.reply(queue, "Who takes the first one?")
    hint = worker.last()
    assert hint.message_id != queue.message_id
    assert hint.text == app.bot_data.catalogs(staff_language).gettext(
        "This message belongs to no case, so your reply was not sent to anyone. To write to a person, reply to "
        "their case card or to one of their messages."
    )
    # Staff replying to each other are left alone.
    question = standin.last_message(chat_id, from_bot=False)
    assert question is not None
    await worker.reply(question, "I will")
    assert worker.last().message_id == hint.message_id


async def test_topics_is_only_for_staff(app: Any, standin: StandIn) -> None:
    outsider = StaffChat(
        app, standin, MARY_CHAT, FakeUser(id=31337, first_name="Outsider", language_code="ru")
    )
    await outsider.send("/topics passport")
    assert outsider.last().text.startswith(
        app.bot_data.catalogs("ru").gettext("Sorry, this is only for the network's staff.")
    )


async def test_a_staff_members_name_is_kept_as_they_last_acted(app: Any, standin: StandIn) -> None:
    storage = app.bot_data.storage
    await staff_in(app, standin, MARY_CHAT, name="Aman").send("/queue")
    assert (await storage.staff_names())[STAFF_USER] == "Aman"
    await staff_in(app, standin, MARY_CHAT, name="Amanmyrat").send("/queue")
    assert (await storage.staff_names())[STAFF_USER] == "Amanmyrat"
    outsider = StaffChat(
        app, standin, MARY_CHAT, FakeUser(id=31337, first_name="Outsider", language_code="ru")
    )
    await outsider.send("/queue")
    assert 31337 not in await storage.staff_names()  # only staff are remembered


async def test_a_staff_photo_in_reply_to_a_bot_message_of_no_case_gets_the_hint_too(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    await case_for_mary(app, chat_with, "en")
    worker = staff_in(app, standin, MARY_CHAT)
    await worker.send("/queue")
    queue = worker.last()
    update = standin.user_media(worker.user, "photo", caption="this one?", chat_id=MARY_CHAT, reply_to=queue)
    await app.process_update(Update.de_json(update, app.bot))
    assert worker.last().message_id != queue.message_id
    assert worker.last().text == app.bot_data.catalogs("ru").gettext(
        "This message belongs to no case, so your reply was not sent to anyone. To write to a person, reply to "
        "their case card or to one of their messages."
    )


async def end_case(app: Any, chat: Chat, worker: StaffChat, number: int, how: str) -> None:
    if how == "closed":
        await worker.press(worker.card(number), said(app, "ru", "✔️ Close", "button"))
        await worker.press(worker.card(number), said(app, "ru", "Legal help", "outcome"))
    elif how == "withdrawn":
        await chat.press(said(app, "en", "Withdraw my request", "button"))
        await chat.press(said(app, "en", "Yes, withdraw it", "button"))
    else:
        await chat.send("/forget")
        await chat.press(said(app, "en", "Yes, delete everything", "button"))


@pytest.mark.parametrize("how", ["closed", "withdrawn", "forgotten"])
async def test_a_reply_to_the_card_or_a_notice_of_an_ended_case_says_the_case_ended_and_nothing_was_sent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], how: str
) -> None:
    number = await case_for_mary(app, chat_with, "en")
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    worker = staff_in(app, standin, MARY_CHAT)
    await end_case(app, person, worker, number, how)
    heard = len(person.bot_messages())
    tr = app.bot_data.catalogs("ru")
    ended = (
        tr.gettext("Case #{number} is closed: the message was not sent.")
        if how == "closed"
        else tr.gettext("Case #{number} was withdrawn by the person: the message was not sent.")
    ).format(number=number)
    await worker.reply(worker.card(number), "Are you still there?")
    assert worker.last().text == ended
    if how != "closed":  # the notice that the person withdrew, or asked the bot to forget them
        notice = [m for m in worker.messages() if f"#{number}" in m.text and m.text != ended][-1]
        assert notice.message_id != worker.card(number).message_id
        await worker.reply(notice, "Are you still there?")
        assert worker.last().text == ended and worker.last().message_id != notice.message_id
    assert len(person.bot_messages()) == heard


async def test_a_reply_to_a_cases_history_reaches_the_person_like_a_reply_to_its_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    number = await case_for_mary(app, chat_with, "en")
    person = Chat(app, standin, FakeUser(id=100001, first_name="Aýna", language_code="en"))
    worker = staff_in(app, standin, MARY_CHAT)
    await worker.send(f"/case {number}")
    history = worker.last()
    heading = app.bot_data.catalogs("ru").gettext("<b>Case #{number}</b> — history").format(number=number)
    assert history.html.startswith(heading)
    await worker.reply(history, "We are here, write to us.")
    assert person.last_reply().text.endswith("We are here, write to us.")
    # No hint: it went to the person, and writing to them claimed the case
    claimed = app.bot_data.catalogs("ru").gettext("You have claimed case #{number}.").format(number=number)
    assert worker.last().text == claimed
