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
from tests.test_found_by_tester_v_sos import coordinators_card, staff_translator_for_coordinators

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
    first, *latest = DRIVER[language]
    for text in DRIVER[language]:
        await chat.send(text)
    await chat.press(said(app, language, SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert first not in card, "the harmless first question is not passed off as the trouble"
    assert tr.gettext("↑ Written earlier: the message that told of the trouble. 🆘 was pressed later.") not in card
    bribe = latest[1]
    assert bribe in card, "the bribe demand reaches staff"
    assert tr.gettext("Message: «{message}»").format(message="\n\n".join(latest)) in card
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
    assert where in card and locked in card, "both messages reach staff, the first with the place and the phone"
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
    later = ["what is the police number in russia", "is there a turkmen embassy in moscow", "how do i get home"]
    for text in [danger, "im in moscow", *later]:
        await chat.send(text)
    await chat.press(said(app, "en", SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Message: «{message}»").format(message="\n\n".join([danger, *later])) in card
    told = "↑ Written before 🆘, oldest first: a message read as danger, then the person's last ones."
    assert tr.gettext(told) in card


async def test_sos_after_one_harmless_question_does_not_call_it_the_trouble(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    question = "what is the police number in kazakhstan"
    await chat.send(question)
    await chat.press(said(app, "en", "🆘 I am in trouble now", "menu"))
    await chat.press(said(app, "en", SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Message: «{message}»").format(message=question) in card
    assert tr.gettext("↑ The person's last message before 🆘.") in card
