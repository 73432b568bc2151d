"""What exploratory tester BB saw staff and people lose: a 🆘 card that quoted a harmless first question as "the
message that told of the trouble" (BB#2), a cleaner on a neighbour's phone whose first message, with where she is and
whose phone it is, never reached staff (BB#3), a staff reply refused while she had hidden the chat and never offered
when she came back (BB#5), and "👍" answered with the greeting (BB#11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from handlers.labels import velayat_label
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.hiding import end_hiding, show_label
from tests.test_found_by_tester_v_sos import coordinators_card, staff_translator_for_coordinators
from tests.test_handoff_back import ask_a_person
from tests.test_handoff_flow import request_help_from_mary, staff

SOS = "🆘 Ask a person to write to me now"

# BB#2: a driver's harmless question from Kazakhstan, then in Russia an officer's bribe demand answered with an
# article, then the police number, and 🆘 under that answer
DRIVER = {
    "ru": [
        "salam ya voditel dalnoboi seichas v kazahstane pod almatoi, kakoi tut nomer policii esli chto",
        "мне нужна регистрация в россии если я водитель и через 3 дня уеду",
        "гаишник остановил требует 20 тыс иначе заберет права и машину что делать 😡",
        "номер полиции какой",
    ],
    "tk": [
        "salam men sürüji, häzir gazagystanda almatynyň golaýynda, bu ýerde polisiýanyň belgisi näçe",
        "russiýada registrasiýa gerekmi, men sürüji we 3 günden gaýdýan",
        "ýol polisiýasy saklady, 20 müň talap edýär, ýogsa sürüjilik şahadatnamamy we maşyny alýar diýýär",
        "polisiýanyň belgisi näçe",
    ],
    "en": [
        "hi im a truck driver now in kazakhstan near almaty, what is the police number here just in case",
        "do i need registration in russia if im a driver and leave in 3 days",
        "traffic cop stopped me wants 20 thousand or he takes my licence and the truck what do i do",
        "what is the police number",
    ],
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_after_several_questions_carries_the_last_ones_not_the_first_as_the_trouble(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    written = DRIVER[language]
    for text in written:
        await chat.send(text)
    await chat.press(said(app, language, SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    # the harmless first question is carried among his last messages, not passed off as the trouble
    assert (
        tr.gettext("↑ Written earlier: the message that told of the trouble. 🆘 was pressed later.")
        not in card
    )
    bribe = written[2]
    assert bribe in card, "the bribe demand reaches staff"
    assert tr.gettext("Message: «{message}»").format(message="\n\n".join(written)) in card
    assert tr.gettext("↑ The person's last messages before 🆘, oldest first.") in card


# BB#3: where she is and whose phone it is in one message, being locked in in the next
CLEANER = {
    "en": [
        "hello please help i am cleaner in riyadh saudi arabia madam took my phone this is neighbour phone i have "
        "only few minutes",
        "they not pay me 4 month and i cant go out the door is locked when they go",
    ],
    "ru": [
        "здравствуйте помогите я работаю уборщицей в эр-рияде саудовская аравия хозяйка забрала телефон, это "
        "телефон соседки, у меня несколько минут",
        "не платят 4 месяца и я не могу выйти, дверь запирают когда уходят",
    ],
    "tk": [
        "salam kömek ediň men saud arabystanynda er-riýadda arassaçy, hojaýyn telefonymy aldy, bu goňşymyň "
        "telefony, birnäçe minudym bar",
        "4 aý bäri aýlyk bermeýärler, gidenlerinde gapyny gulplaýarlar, çykyp bilemok",
    ],
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_sos_card_carries_where_she_is_and_whose_phone_from_her_first_message(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    for text in CLEANER[language]:
        await chat.send(text)
    await chat.press(said(app, language, SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    where, locked = CLEANER[language]
    assert where in card and locked in card, (
        "both messages reach staff, the first with the place and the phone"
    )
    # abroad, and the places she named as she wrote them: no pack has Saudi Arabia's numbers
    places = tr.gettext("{places} (in the person's words)").format(places=", ".join(PLACES[language]))
    abroad = velayat_label(tr, "abroad")
    assert tr.gettext("Velayat: {velayat}").format(velayat=f"{abroad} — {places}") in card


PLACES = {"en": ["riyadh", "saudi"], "ru": ["эр-рияде", "саудовская"], "tk": ["saud", "er-riýadda"]}


async def test_a_thumbs_up_mid_conversation_gets_a_word_back_not_the_greeting(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    await chat.send("через кого лучше переводить деньги в туркменистан чтобы не обманули")
    for thumbs in ("👍", "👍🏻", "🙏"):
        reply = await chat.send(thumbs)
        assert reply.text == said(app, "ru", "👌 All right. Write whenever you need anything.")
        assert "Здравствуйте" not in reply.text


async def test_sos_card_keeps_danger_told_before_the_last_messages(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    danger = "they beat me and locked the door"
    later = [
        "what is the police number in russia",
        "is there a turkmen embassy in moscow",
        "how do i get home",
        "do i need a ticket first",
        "can my brother send money for it",
    ]
    for text in [danger, "im in moscow", *later]:
        await chat.send(text)
    await chat.press(said(app, "en", SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Message: «{message}»").format(message="\n\n".join([danger, *later])) in card
    told = "↑ Written before 🆘, oldest first: a message read as danger, then the person's last ones."
    assert tr.gettext(told) in card


async def test_sos_under_the_answer_to_a_question_does_not_call_an_earlier_one_the_trouble(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    before = "what is the police number in kazakhstan"
    question = "my boss took my passport and says he will keep it"
    await chat.send(before)
    await chat.send(question)
    await chat.press(said(app, "en", SOS, "button"))  # under the answer to the second
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Message: «{message}»").format(message=f"{before}\n\n{question}") in card
    assert tr.gettext("↑ The person's last messages before 🆘, oldest first.") in card
    assert (
        tr.gettext("↑ Written earlier: the message that told of the trouble. 🆘 was pressed later.")
        not in card
    )


# BB#5: a reply written while she had hidden the chat, and her coming back a day later on a borrowed phone
BACK = {
    "en": "its me again did someone answer",
    "ru": "это снова я, мне кто-нибудь ответил?",
    "tk": "ýene men, kimdir jogap berdimi?",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_reply_held_while_hidden_is_offered_when_she_comes_back_and_staff_are_told(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    worker = staff(app, standin)
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), "We are here. Are you safe now?")
    assert standin.messages_in(chat.chat_id) == [], "nothing lands in the chat just cleared"
    tr = app.bot_data.catalogs("ru")
    assert worker.last().text == tr.gettext(
        "🙈 Not sent now: the person of case #{number} hid the chat, and someone may be checking their phone. Your "
        "message is kept: once you judge that whoever writes from the chat is the person and end the hiding, they "
        "get a button to read it, and you are told when they do."
    ).format(number=number)

    clock.advance(24 * 3600)
    await chat.send(BACK[language])
    assert [m.text for m in chat.bot_messages()] == [said(app, language, "✉️ Passed on.")], (
        "whoever holds the phone is offered nothing: staff judge first that it is her"
    )
    await end_hiding(app, worker, number)  # Aman reads "did someone answer" and knows it is her
    waiting = app.bot_data.catalogs(language).ngettext(
        "💬 While this chat was hidden, the team wrote you {count} message. Tap below to read it here.",
        "💬 While this chat was hidden, the team wrote you {count} messages. Tap below to read them here.",
        1,
    )
    (offer,) = [m for m in chat.bot_messages() if m.text.endswith(waiting.format(count=1))]
    assert "Are you safe now?" not in offer.text, "shown only when she asks: the phone is not hers"
    assert any(m.text.startswith("✅") and f"#{number}" in m.text for m in worker.messages())

    shown = await chat.press(show_label(app, language, 1))
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    assert shown.text == f"💬 {mary}:\nWe are here. Are you safe now?"
    opened = tr.gettext("📩 Case #{number}: the person opened what you wrote while the chat was hidden.")
    assert worker.last().text == opened.format(number=number)
    before = len(chat.bot_messages())
    await chat.press_data(offer, f"held:{number}")  # a second tap sends nothing twice
    assert len(chat.bot_messages()) == before
    # from now on, replies reach her as usual
    await worker.reply(worker.card(number), "Write when you can.")
    assert chat.last_reply().text.endswith("Write when you can.")


async def test_coming_back_after_hide_with_nothing_held_offers_nothing(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await request_help_from_mary(app, chat, "en")
    await chat.send_only("/hide")
    reply = await chat.send(BACK["en"])
    assert "hidden" not in reply.text
    assert all("📩" not in label for label in chat.labels(reply))


async def test_a_phone_typed_for_a_cancelled_request_is_not_on_a_later_sos_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await ask_a_person(app, chat, "en")
    await chat.press(said(app, "en", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "en", "Mary", "velayat"))
    await chat.press(said(app, "en", "📞 Also by phone", "button"))
    await chat.press(said(app, "en", "Yes, it is safe", "button"))
    await chat.send("+993 65 123456")
    await chat.press(said(app, "en", "✖ Cancel", "button"))
    await chat.send("my boss took my passport and says he will keep it")
    await chat.press(said(app, "en", SOS, "button"))
    card = coordinators_card(app, standin, 1)
    assert "123456" not in card, "typed for a request, not said to whoever a 🆘 reaches"


async def test_a_reply_held_while_hidden_and_then_edited_is_shown_as_edited(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    # A worker corrects a reply written while the chat was hidden: she must read the corrected words, not the first
    chat = chat_with("en")
    number = await request_help_from_mary(app, chat, "en")
    worker = staff(app, standin)
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await chat.send_only("/hide")
    await worker.reply(worker.card(number), "Come to the office on Monday")
    await worker.edit(worker.mine()[-1], "Come to the office on Tuesday")
    clock.advance(3600)
    await chat.send(BACK["en"])
    await end_hiding(app, worker, number)
    shown = await chat.press(show_label(app, "en", 1))
    assert shown.text.endswith("Come to the office on Tuesday")
    assert "Monday" not in shown.text
