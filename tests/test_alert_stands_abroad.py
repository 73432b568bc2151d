"""A person abroad who writes of danger again after the alert gets one short line (tester Z#1), and in it what to dial
where the one in danger is: a person in danger writing again needs the number more than anything. At home, or with
no country known, the line is as it was; someone close in danger gets the number for them to call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from handlers.sos import REALERT_SECONDS
from tests.chat import Chat, said
from tests.conftest import FakeClock

SOS = "🆘 Ask a person to write to me now"
URGENT = "🆘 Your request #{number} is urgent."
STANDS = "The staff already have the alert. A person will write to you here."
CALL = "In danger now? Call {number} (the emergency number in {country})."
THEY_CALL = "In danger now? They or people near them can call {number} (the emergency number in {country})."
HOTLINE = "📞 Hotline: {numbers}"

OWN = {
    "ru": ("я в Стамбуле, меня избили и заперли в комнате", "нас снова бьют, помогите быстрее"),
    "tk": ("men Stambulda, meni urdular we otaga gulpladylar", "bizi ýene urýarlar, çalt kömek ediň"),
    "en": ("i am in istanbul, they beat me and locked the door", "they are beating us again please hurry"),
}
AT_HOME = {
    "ru": ("меня избили и заперли в комнате", "нас снова бьют, помогите быстрее"),
    "tk": ("meni urdular we otaga gulpladylar", "bizi ýene urýarlar, çalt kömek ediň"),
    "en": ("they beat me and locked the door", "they are beating us again please hurry"),
}
THEIRS = {
    "ru": ("мою сестру держат взаперти в Стамбуле, забрали паспорт", "её снова бьют, помогите быстрее"),
    "tk": ("uýamy Stambulda gulplap saklaýarlar, pasportyny aldylar", "ony ýene urýarlar, çalt kömek ediň"),
    "en": (
        "my sister is locked in a flat in istanbul, they took her passport",
        "they are beating her again please hurry",
    ),
}


def turkiye(app: Any, language: str) -> dict[str, str]:
    country = app.bot_data.countries.get("tr")
    return {"number": country.emergency, "country": country.in_sentence(language)}


async def alerted_then_again(
    app: Any, chat: Chat, clock: FakeClock, language: str, story: str, more: str
) -> Any:
    """The story, 🆘 pressed under its reply, and danger written again minutes later."""
    await chat.send("/start")
    await chat.send(story)
    await chat.press(said(app, language, SOS, "button"))
    clock.advance(REALERT_SECONDS + 1)
    return await chat.send(more)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_again_after_the_alert_from_abroad_says_what_to_dial_there(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    later = await alerted_then_again(app, chat, clock, language, *OWN[language])
    line = said(app, language, URGENT).format(number=1)
    call = said(app, language, CALL).format(**turkiye(app, language))
    assert later.text == f"{line} {said(app, language, STANDS)} {call}", later.text
    assert not later.buttons()  # still one line on a screen that may be watched, no hotline block
    assert said(app, language, HOTLINE).split("{")[0] not in later.text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_again_after_the_alert_of_someone_close_abroad_gives_the_number_for_them(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    later = await alerted_then_again(app, chat, clock, language, *THEIRS[language])
    line = said(app, language, URGENT).format(number=1)
    call = said(app, language, THEY_CALL).format(**turkiye(app, language))
    assert later.text == f"{line} {said(app, language, STANDS)} {call}", later.text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_danger_again_after_the_alert_with_no_country_known_is_the_one_line(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    later = await alerted_then_again(app, chat, clock, language, *AT_HOME[language])
    line = said(app, language, URGENT).format(number=1)
    assert later.text == f"{line} {said(app, language, STANDS)}", later.text
