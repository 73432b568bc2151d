"""Found by exploratory tester X: the first danger line typed right after 🆘 brought the whole urgent message again and
a second alert to staff, and for a relative's danger the message told the writer to save their own life (X#3); "i
have this phone only 10 min" was a locked-in alarm in English and "not sure" in Russian and Turkmen (X#4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.watched import moment_to_write
from bot.standin.server import StandIn
from handlers.sos import REALERT_SECONDS
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock

SOS = "🆘 Ask a person to write to me now"
HIDE = "🙈 Hide this chat"
URGENT = "🆘 Your request #{number} is urgent."
STANDS = "The staff already have the alert. A person will write to you here."
DANGER_ALERT = (
    "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: reply to this "
    "message."
)
HOTLINE = "📞 Hotline: {numbers}"
YOUR_LIFE = (
    "If your life is in danger right now, call {number} (the emergency number in {country}) or ask people nearby to "
    "call the police, even if your papers are not in order."
)
YOUR_LIFE_LOCAL = (
    "If your life is in danger right now, call the local emergency number or ask people nearby to call the police, "
    "even if your papers are not in order."
)
THEIR_LIFE = (
    "If their life is in danger right now, they or people near them can call {number} (the emergency number in "
    "{country}), even if their papers are not in order."
)
MOMENT = (
    "If you can write safely now, tell me in a few words what is happening, or tap 🆘: a person from the hotline team "
    "will write to you here. Before anyone can see the phone, tap «{button}»."
)
LOCKED_IN = "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your fault."


def danger_alerts(app: Any, standin: StandIn, number: int) -> list[str]:
    """The coordinators' alerts that a message of the person's signals danger."""
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    alert = tr.gettext(DANGER_ALERT).format(number=number).replace("<b>", "").replace("</b>", "")
    return [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True) if m.text.startswith(alert)]


def no_number(app: Any, language: str, msgid: str) -> str:
    """The words of `msgid` before its first placeholder."""
    return said(app, language, msgid).split("{")[0]


# X#3: the 🆘 press is the alert ---------------------------------------------------------------------------------------

OWN = {
    "ru": ("меня избили и заперли в комнате", "нас снова бьют, помогите быстрее"),
    "tk": ("meni urdular we otaga gulpladylar", "bizi ýene urýarlar, çalt kömek ediň"),
    "en": ("they beat me and locked the door", "they are beating us again please hurry"),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_first_danger_line_after_sos_gets_one_line_and_no_second_alert(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    story, more = OWN[language]
    await chat.send(story)
    await chat.press(said(app, language, SOS, "button"))  # the urgent case: the hotline team has its card
    before = len(chat.bot_messages())
    reply = await chat.send(more)  # seconds later
    line = said(app, language, URGENT).format(number=1)
    assert reply.text == f"{line} {said(app, language, STANDS)}"  # one line, on a phone that may be watched
    assert not reply.buttons()
    new = chat.bot_messages()[before:]  # that line, and the first message's word that it was delivered
    assert not any(no_number(app, language, HOTLINE) in m.text for m in new)
    assert any(more in m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True))  # staff have it
    assert danger_alerts(app, standin, 1) == []  # the card 🆘 sent was the alert: not a second one
    # A press of 🆘 again is no new alert either: the card is seconds old
    await chat.press(said(app, language, SOS, "button"))
    assert danger_alerts(app, standin, 1) == []
    # Minutes later danger told again is one line still, and no alert: the case has one (tester Z#1)
    clock.advance(REALERT_SECONDS + 1)
    later = await chat.send(more)
    assert later.text == f"{line} {said(app, language, STANDS)}"
    assert danger_alerts(app, standin, 1) == []


# X#3: the danger of someone close stays theirs after 🆘 ---------------------------------------------------------------

THEIRS = {
    "ru": (
        "я живу в лебапе",
        "муж уехал в россию на стройку 3 недели не отвечает",
        "какой номер полиции в россии",
        "мне сказали его держат и не отпускают",
    ),
    "tk": (
        "men lebapda ýaşaýaryn",
        "adamym russiýa işe gitdi, 3 hepde bäri telefonyna jogap bermeýär",
        "russiýada polisiýanyň belgisi näçe",
        "maňa aýtdylar, ony saklaýarlar, goýbermeýärler",
    ),
    "en": (
        "i live in lebap",
        "my husband went to russia for work and has not answered his phone for 3 weeks",
        "what is the police number in russia",
        "they told me they are holding him and wont let him go",
    ),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_after_sos_the_danger_of_someone_close_is_still_told_as_theirs(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    home, story, question, held = THEIRS[language]
    for line in (home, story, question):
        await chat.send(line)
    await chat.press(said(app, language, SOS, "button"))  # under the numbers of Russia
    russia = app.bot_data.countries.get("ru")
    theirs = said(app, language, THEIR_LIFE).format(
        number=russia.emergency, country=russia.in_sentence(language)
    )

    def yours(text: str) -> bool:
        return no_number(app, language, YOUR_LIFE) in text or said(app, language, YOUR_LIFE_LOCAL) in text

    # Words of danger after 🆘, seconds or minutes after it: one line that the alert stands, no line of whose life
    first = await chat.send(held)
    assert first.text.startswith(said(app, language, URGENT).format(number=1)) and not yours(first.text)
    clock.advance(REALERT_SECONDS + 1)
    later = await chat.send(held)
    assert later.text.startswith(said(app, language, URGENT).format(number=1))
    assert not yours(later.text) and no_number(app, language, THEIR_LIFE) not in later.text
    # /sos minutes later alerts again, said in full: his life, not hers
    clock.advance(REALERT_SECONDS + 1)
    again = await chat.send("/sos")
    assert theirs in again.text and not yours(again.text), again.text


# X#4: a phone for a few minutes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i have this phone only 10 min"),
        ("en", "pls hurry i have this phone only 10 min"),
        ("en", "please hurry, i only have this phone for 10 minutes"),
        ("en", "i have the phone for a short time"),
        ("en", "it's a friend's phone, only 5 minutes"),
        ("ru", "у меня телефон только на 10 минут"),
        ("ru", "телефон дали ненадолго"),
        ("ru", "мне дали телефон на пять минут"),
        ("ru", "u menya telefon tolko na 10 minut"),
        ("ru", "telefon dali nenadolgo"),
        ("tk", "bu telefon mende dine 10 minut"),
        ("tk", "telefon mende az wagtlyk"),
        ("tk", "telefony maňa 5 minutlyk berdiler"),
        ("tk", "бу телефон менде дине 10 минут"),
        ("tk", "телефон менде аз вагтлык"),
    ],
)
async def test_a_phone_for_a_few_minutes_is_the_moment_to_write_in_every_language(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(text)
    hide = said(app, language, HIDE, "button")
    assert reply.text == said(app, language, MOMENT).format(button=hide), reply.text
    labels = chat.labels(reply)
    assert said(app, language, SOS, "button") in labels
    assert hide in labels


RETURNED = {
    "en": ("i came back from turkey last month, they didnt pay me", "i have this phone only 10 min"),
    "ru": ("я вернулся из турции, мне не заплатили", "у меня телефон только на 10 минут"),
    "tk": ("men türkiýeden gaýtdym, aýlygymy bermediler", "bu telefon mende dine 10 minut"),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_returnee_on_a_borrowed_phone_is_not_told_he_is_locked_in(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    back, phone = RETURNED[language]
    await chat.send(back)
    reply = await chat.send(phone)
    assert said(app, language, LOCKED_IN) not in reply.text
    hide = said(app, language, HIDE, "button")
    assert reply.text == said(app, language, MOMENT).format(button=hide), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "i talked on the phone for 10 minutes with the agency",
        "звонил по телефону 10 минут",
        "how many minutes is a phone call to russia",
        "my phone broke a minute ago",
        "телефон сел 5 минут назад",
        "i have a 10 minute break",
        "telefon belgisi näçe",
    ],
)
def test_minutes_of_a_call_or_a_broken_phone_are_not_that_moment(text: str) -> None:
    assert not moment_to_write(text)


async def test_danger_told_with_the_minutes_left_is_still_danger(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    reply = await chat.send("меня заперли, телефон на 10 минут")
    assert reply.text.startswith(said(app, "ru", LOCKED_IN)), reply.text
