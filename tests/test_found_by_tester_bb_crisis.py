"""False alarms and a person's own alarm, found by exploratory tester BB: "im in istanbul working in a textile shop",
a borrowed phone not to be called, an address and "did someone answer" were read as being locked in or beaten, and
a request on a neighbour's phone made urgent again by each (BB#1); "I pressed it by mistake, cancel" after 🆘 got "not
sure" (BB#8); "no, I'm fine, just tired" after the self-harm reply got "not sure" (BB#11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.after_alarm import says_all_right
from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import SELF_HARM, sos_label
from tests.test_handoff_flow import staff

# BB#1: where one is and works, a phone not one's own, an address, waiting for an answer --------------------------

ORDINARY = {
    "en": [
        "im in istanbul working in a textile shop",
        "i live in istanbul and work in a textile shop",
        "im in bursa working in a textile factory",
        "my brother works in a textile factory in istanbul",
        "i work in a sewing workshop in zeytinburnu",
        "my sister is in gaziantep, she works at a textile factory",
        "please dont call this number its not mine, write only",
        "dont call me please, only write, this is not my phone",
        "this is my friends phone, write here please dont call",
        "saudi arabia, riyadh, al olaya, the villa with green door",
        "dubai, al barsha, building 12, flat 304",
        "my address is istanbul, esenyurt, street 15, house 7",
        "its me again did someone answer",
        "hello its me, did anyone reply to my request",
    ],
    "ru": [
        "я в стамбуле работаю в текстильном цехе",
        "живу в стамбуле и работаю на текстильной фабрике",
        "я в бурсе работаю на швейной фабрике",
        "мой брат работает на текстильной фабрике в стамбуле",
        "работаю в швейном цеху в зейтинбурну",
        "пожалуйста не звоните на этот номер он не мой, пишите только",
        "не звоните мне, только пишите, это не мой телефон",
        "это телефон подруги, пишите сюда, не звоните",
        "саудовская аравия, эр-рияд, олайя, вилла с зелёной дверью",
        "мой адрес стамбул, эсеньюрт, улица 15, дом 7",
        "это снова я, кто-нибудь ответил?",
        "здравствуйте это я, мне ответили?",
    ],
    "tk": [
        "men stambulda tekstil sehinde işleýärin",
        "stambulda ýaşaýan we tekstil fabriginde işleýän",
        "men bursada tekstil fabriginde işleýän",
        "agam stambulda tekstil fabriginde işleýär",
        "men zeytinburnuda tikinçilik sehinde işleýärin",
        "bu belgä jaň etmäň, meniňki däl, diňe ýazyň",
        "bu dostumyň telefony, şu ýere ýazyň, jaň etmäň",
        "saud arabystany, riýad, al olaýa, ýaşyl gapyly villa",
        "meniň salgym stambul, esenýurt, 15-nji köçe, 7-nji jaý",
        "ýene men, kimdir jogap berdimi?",
        "men ýene, haýyşyma jogap berdilermi",
    ],
}
DANGER_IN_THE_SAME_WORDS = {
    "en": [
        ("they lock us in the textile factory at night", CrisisKind.CONFINEMENT),
        (
            "im in istanbul, the boss locks us in the textile workshop and wont let us leave",
            CrisisKind.CONFINEMENT,
        ),
        ("i work in a textile shop in bursa and the owner beats us", CrisisKind.VIOLENCE),
        ("please dont call, my boss took my phone and locks me in", CrisisKind.CONFINEMENT),
        ("riyadh, al olaya, villa with green door, madam locks me inside, help", CrisisKind.CONFINEMENT),
        ("its me again, they beat me again today", CrisisKind.VIOLENCE),
    ],
    "ru": [
        ("нас на ночь запирают в текстильном цехе", CrisisKind.CONFINEMENT),
        ("я в стамбуле, хозяин запирает нас в швейном цеху и не выпускает", CrisisKind.CONFINEMENT),
        ("работаю на текстильной фабрике в бурсе, хозяин бьёт нас", CrisisKind.VIOLENCE),
        ("не звоните, хозяин забрал телефон и запирает меня", CrisisKind.CONFINEMENT),
        ("эр-рияд, олайя, вилла с зелёной дверью, мадам запирает меня, помогите", CrisisKind.CONFINEMENT),
        ("это снова я, сегодня меня опять избили", CrisisKind.VIOLENCE),
    ],
    "tk": [
        ("bizi gije tekstil sehinde gulplaýarlar", CrisisKind.CONFINEMENT),
        ("men stambulda, hojaýyn bizi tekstil sehinde gulplaýar we çykarmaýar", CrisisKind.CONFINEMENT),
        ("bursada tekstil fabriginde işleýän, hojaýyn bizi urýar", CrisisKind.VIOLENCE),
        ("jaň etmäň, hojaýyn telefonymy aldy we meni gulplaýar", CrisisKind.CONFINEMENT),
        (
            "riýad, al olaýa, ýaşyl gapyly villa, madam meni içerde gulplaýar, kömek ediň",
            CrisisKind.CONFINEMENT,
        ),
        ("ýene men, bu gün meni ýene urdular", CrisisKind.VIOLENCE),
    ],
}


@pytest.mark.parametrize("text", [text for texts in ORDINARY.values() for text in texts])
def test_work_a_phone_an_address_or_waiting_for_an_answer_is_no_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "kind"), [pair for pairs in DANGER_IN_THE_SAME_WORDS.values() for pair in pairs]
)
def test_danger_told_in_the_same_words_still_alarms(text: str, kind: CrisisKind) -> None:
    assert detect_crisis(text) is kind


LOCKED_IN = "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your fault."


async def test_a_textile_worker_in_istanbul_gets_no_locked_in_alarm(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("im in istanbul working in a textile shop")
    assert all(LOCKED_IN not in message.text for message in chat.bot_messages())
    assert sos_label(app, "en") not in chat.labels(chat.last_reply())


async def test_a_borrowed_phone_on_an_open_case_does_not_make_it_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(sos_label(app, "en"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None
    before = len(chat.bot_messages())
    await chat.send("please dont call this number its not mine, write only")
    answers = chat.bot_messages()[before:]
    assert all("🆘" not in message.text for message in answers), (
        "no second urgent message on a neighbour's phone"
    )
    relayed = staff(app, standin, chat_id=COORDINATOR_CHAT).last()
    assert "its not mine, write only" in relayed.text


# BB#8: 🆘 pressed by mistake ----------------------------------------------------------------------------------------

MISTAKE = {
    "ru": "ой я случайно нажала, у меня все нормально, отмените пожалуйста",
    "tk": "ýalňyşyp basdym, goýbolsun et",
    "en": "I pressed it by mistake, cancel",
}
NOTHING_SENT = "Nothing was sent: no request was made, and nobody was told about you. If you ever need help, 🆘 is in the menu."
OPEN_BY_MISTAKE = (
    "Your request #{number} is open, and the team can already see it. If you pressed 🆘 by mistake and need no "
    "help, withdraw it with the button below. If you are in danger, keep it."
)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_screen_pressed_by_mistake_is_told_nothing_was_sent(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send("/sos")
    answer = await chat.send(MISTAKE[language])
    assert answer.text == said(app, language, NOTHING_SENT)
    assert chat.labels(answer) == [said(app, language, "☰ Menu", "button")]
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is None


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_request_opened_by_mistake_is_relayed_and_the_way_to_withdraw_it_shown(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(sos_label(app, language))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None
    answer = await chat.send(MISTAKE[language])
    assert answer.text == said(app, language, OPEN_BY_MISTAKE).format(number=case.id)
    withdraw = said(app, language, "Withdraw my request", "button")
    assert withdraw in chat.labels(answer)
    assert MISTAKE[language] in staff(app, standin, chat_id=COORDINATOR_CHAT).last().text, "staff see it too"
    # the button asks once more, as the request's own does: a request for help is not ended by one tap
    await chat.press(withdraw)
    assert said(app, language, "Yes, withdraw it", "button") in chat.labels(chat.last_reply())
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is not None


# BB#11: all right after a crisis reply -----------------------------------------------------------------------------

ALL_RIGHT = {
    "tk": "yok yok men gowy, diňe ýadadym",
    "ru": "нет нет, я в порядке, просто устала",
    "en": "no no im fine, just tired",
}
GLAD = (
    "I am glad you are all right. If anything changes, write to me here at any time, or tap 🆘 and a person from "
    "the hotline team will write to you."
)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_all_right_after_the_self_harm_reply_gets_a_warm_line_and_sos_stays(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(SELF_HARM[language])
    answer = await chat.send(ALL_RIGHT[language])
    assert answer.text == said(app, language, GLAD)
    assert chat.labels(answer)[0] == sos_label(app, language)


async def test_all_right_with_no_danger_reply_before_gets_no_warm_line(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    answer = await chat.send(ALL_RIGHT["tk"])
    assert answer.text != said(app, "tk", GLAD)


@pytest.mark.parametrize(
    "text", ["нет, не в порядке", "i am not ok", "men gowy däl", "im fine but he took my passport"]
)
def test_not_all_right_is_not_read_as_all_right(text: str) -> None:
    assert not says_all_right(text)


# A job to come, told of someone close (noticed by the leftnlp helper): the model read a hotel as a child in danger
# or sexual abuse, and a mother asking about her daughter's offer got the danger reply
JOB_TO_COME = [
    "my daughter was told she will work in a hotel",
    "my son was told he will work at a restaurant",
    "дочке сказали что она будет работать в отеле",
    "сыну сказали, что будет работать в кафе",
    "gyzyma myhmanhanada işlärsiň diýdiler",
    "ogluma restoranda işlärsiň diýipdirler",
]


@pytest.mark.parametrize("text", JOB_TO_COME)
def test_a_job_to_come_told_of_someone_close_is_no_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my daughter was told she will work in a hotel but now they lock her in",
        "дочке сказали что она будет работать в отеле, а теперь её не выпускают",
        "gyzyma myhmanhanada işlärsiň diýdiler, indi ony daşary çykarmaýarlar",
    ],
)
def test_the_same_job_with_danger_told_still_alarms(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.CONFINEMENT
