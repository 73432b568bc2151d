"""Found by exploratory tester V: 🆘 under the emergency numbers a person asked for edited them away (V#7); more words
of danger on an urgent case brought the whole urgent message again (V#11); the urgent card of a woman at home in Mary
said she was in Russia, and showed her last question, not what had happened (V#5); the quick emergency numbers did not
say when they were checked (V#12)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from handlers.labels import velayat_label
from handlers.sos import REALERT_SECONDS
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock

SOS = "🆘 Ask a person to write to me now"
NUMBER_QUESTION = {
    "ru": "какой номер полиции в казахстане",
    "tk": "gazagystanda polisiýanyň belgisi näçe",
    "en": "what is the police number in kazakhstan",
}


def coordinators_card(app: Any, standin: StandIn, number: int) -> str:
    heading = staff_translator_for_coordinators(app).gettext("🆘 <b>Case #{number}</b> · URGENT")
    shown = heading.format(number=number).replace("<b>", "").replace("</b>", "")
    cards = [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True) if m.text.startswith(shown)]
    assert cards, "no urgent card in the coordinator chat"
    return cards[-1]


def staff_translator_for_coordinators(app: Any) -> Any:
    return app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_under_the_emergency_numbers_keeps_them_and_confirms_below(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    numbers = await chat.send(NUMBER_QUESTION[language])
    kazakhstan = app.bot_data.countries.get("kz")
    title = said(app, language, "Emergency numbers: {country}").format(country=kazakhstan.title(language))
    assert title in numbers.text and "102" in numbers.text
    confirmation = await chat.press(said(app, language, SOS, "button"))
    assert confirmation.message_id != numbers.message_id  # a new message, under the numbers
    assert "#1" in confirmation.text
    kept = next(m for m in chat.bot_messages() if m.message_id == numbers.message_id)
    assert kept.text == numbers.text  # the numbers he asked for are still on the screen


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_quick_emergency_numbers_say_when_they_were_checked(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    numbers = await chat.send(NUMBER_QUESTION[language])
    kazakhstan = app.bot_data.countries.get("kz")
    checked = said(app, language, "Checked on {date}.").format(date=kazakhstan.oldest_check.isoformat())
    assert checked in numbers.text
    pack = await chat.press(
        said(app, language, "🌍 {country}: numbers, rules", "button").format(
            country=kazakhstan.title(language)
        )
    )
    assert checked in pack.text  # the same date as the country's pack


DANGER = {
    "ru": (
        "меня избили и заперли в комнате",
        "нас снова бьют, помогите быстрее",
        "они вернулись, быстрее пожалуйста бьют",
    ),
    "tk": (
        "meni urdular we otaga gulpladylar",
        "bizi ýene urýarlar, çalt kömek ediň",
        "olar gaýdyp geldiler, urýarlar, çalt",
    ),
    "en": (
        "they beat me and locked the door",
        "they are beating us again please hurry",
        "they came back they beat us hurry",
    ),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_more_danger_on_an_urgent_case_gets_one_line_while_it_has_its_alert(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    first, second, third = DANGER[language]
    await chat.send(first)
    await chat.press(said(app, language, SOS, "button"))  # the first alert on the case: the card it sends
    await chat.send(second)  # one line that the alert stands (tests/test_found_by_tester_x_sos.py)
    hotline = said(app, language, "📞 Hotline: {numbers}").split("{")[0]
    before = len(chat.bot_messages())
    again = await chat.send(third)
    assert len(chat.bot_messages()) == before + 1
    line = said(app, language, "🆘 Your request #{number} is urgent.").format(number=1)
    stands = said(app, language, "The staff already have the alert. A person will write to you here.")
    assert again.text == f"{line} {stands}"  # one line: no numbers, no keyboard on a watched screen
    assert not again.buttons()
    assert any(third in m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True))  # staff have it
    # Minutes later too: the case has its alert, and the person one line (tester Z#1)
    clock.advance(REALERT_SECONDS + 1)
    later = await chat.send(second)
    assert later.text == f"{line} {stands}" and hotline not in later.text


TOLD = {
    "ru": (
        "muzh uehal v rossiyu na rabotu v sentyabre i uzhe 3 nedeli ne otvechaet telefon vyklyuchen chto delat",
        "в полицию россии я могу написать отсюда из туркменистана?",
        "я живу в мары",
    ),
    "tk": (
        "adamym russiýa işe gitdi, 3 hepde bäri telefonyna jogap bermeýär, näme etmeli",
        "russiýanyň polisiýasyna şu ýerden ýazyp bolarmy?",
        "men maryda ýaşaýaryn",
    ),
    "en": (
        "my husband went to russia for work and has not answered his phone for 3 weeks, what do i do",
        "can i write to the russian police from here in turkmenistan?",
        "i live in mary",
    ),
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_sos_card_shows_the_velayat_she_lives_in_and_what_happened(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    story, question, home = TOLD[language]
    await chat.send(story)
    await chat.send(question)
    await chat.send(home)
    await chat.press(said(app, language, SOS, "button"))  # under the answer to her question about Russia
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Velayat: {velayat}").format(velayat=velayat_label(tr, "mary")) in card
    russia = app.bot_data.countries.get("ru").title(app.bot_data.config.staff.coordinator_language)
    assert russia not in card.split(tr.gettext("Message: «{message}»").split("{")[0])[0]
    # her last messages, the story first: which of them told the trouble is for staff to read (tester BB#2)
    assert tr.gettext("Message: «{message}»").format(message="\n\n".join([story, question, home])) in card
    assert tr.gettext("↑ The person's last messages before 🆘, oldest first.") in card


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_under_the_numbers_sends_the_story_told_before(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    first = DANGER[language][0]
    await chat.send(first)  # read as danger: its reply has a 🆘 too, not pressed
    await chat.send(NUMBER_QUESTION[language])
    await chat.press(said(app, language, SOS, "button"))  # the newest: under the numbers
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert (
        tr.gettext("Message: «{message}»").format(message=f"{first}\n\n{NUMBER_QUESTION[language]}") in card
    )
    assert tr.gettext("↑ The person's last messages before 🆘, oldest first.") in card


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_sos_under_the_danger_reply_says_it_is_that_message(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    first = DANGER[language][0]
    await chat.send(first)
    await chat.press(said(app, language, SOS, "button"))
    card = coordinators_card(app, standin, 1)
    tr = staff_translator_for_coordinators(app)
    assert tr.gettext("Message: «{message}»").format(message=first) in card
    assert tr.gettext("↑ The message 🆘 was pressed under.") in card
