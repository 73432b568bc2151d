"""False alarms of the crisis detector that testers M and N met: a secret asked of the person, shame and not being able
to tell anyone, a door named in a photo's caption, a husband come home, a phone kept, a live-in job and a greeting
are not danger told; danger on a case whose city was told gets that country's number on every path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import detect_crisis
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_danger_in_conversation import danger_line
from tests.test_handoff_flow import MARY_CHAT, request_help_from_mary, staff

SEXUAL_ABUSE = "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault."
SECRET_WARNING = (
    "⚠️ Being asked to keep it secret from your family is a warning sign: people who mean well do not ask that. "
    "Before you agree to anything, tell your family or someone you trust who this person is, what they offer and "
    "where they want you to go."
)

SECRET = {
    "en": "he says dont tell my parents yet",
    "ru": "он говорит пока не говори родителям",
    "tk": "ol entek ata-enäňe aýtma diýýär",
}
ABUSE = {"en": "he touched me", "ru": "он меня изнасиловал", "tk": "meni zorladylar"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_being_told_to_keep_it_from_the_family_is_named_a_warning_sign_not_abuse(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(SECRET[language])
    assert reply.text == said(app, language, SECRET_WARNING)
    marriage = app.bot_data.knowledge["marriage-abroad"].text(language).title
    assert "📄 " + marriage in chat.labels(reply)
    # abuse told is still answered as abuse
    reply = await chat.send(ABUSE[language])
    assert said(app, language, SEXUAL_ABUSE) in reply.text


async def test_a_job_kept_secret_gets_the_warning_with_the_matchers_article_first(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("they told me don't tell anyone about this job, is it normal?")
    assert reply.text == said(app, "en", SECRET_WARNING)
    red_flags = app.bot_data.knowledge["job-offer-red-flags"].text("en").title
    assert chat.labels(reply)[0] == "📄 " + red_flags


SHAME = {
    "en": "i am ashamed i cant tell anyone not even my mom",
    "ru": "мне стыдно, никому не могу рассказать, даже маме",
    "tk": "utanyaryn, hic kime aydyp bilemok, ejeme-de",
}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_shame_and_not_being_able_to_tell_anyone_gets_the_psychologist_not_a_danger_reply(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(SHAME[language])
    assert "⚠️" not in reply.text  # every danger reply starts with it
    assert app.bot_data.knowledge["psychological-help"].text(language).title in reply.text
    # self-harm said is still answered as such
    for line in ("не хочу жить", "özümi öldürjek"):
        assert detect_crisis(line) is not None


@pytest.mark.parametrize("caption", ["фото двери", "ключ от двери", "photo of the door", "the door key"])
async def test_a_caption_naming_a_door_or_a_key_on_an_open_case_alerts_nobody(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caption: str
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    coordinators = len(standin.messages_in(COORDINATOR_CHAT, from_bot=True))
    await chat._process(standin.user_media(chat.user, "photo", caption=caption))
    photo = next(m for m in reversed(standin.messages_in(MARY_CHAT, from_bot=True)) if m.kind == "photo")
    assert not photo.text.startswith(("🆘", "⚠️")), "the photo reaches the case's chat as any other"
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == coordinators, "no alert"
    case = await app.bot_data.storage.case(number)
    assert case is not None and not case.urgent


@pytest.mark.parametrize("how", ["text", "caption"])
async def test_danger_on_a_case_whose_request_named_the_city_gives_that_countrys_number(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], how: str
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru", message="меня заперли в квартире в Стамбуле")
    worker = staff(app, standin)
    await worker.press(worker.card(number), said(app, "ru", "✋ Claim", "button"))
    await worker.reply(worker.card(number), "Здравствуйте, я вас слушаю.")
    await chat.send("да, пока да")
    danger = "меня опять заперли, помогите"
    if how == "text":
        await chat.send(danger)
    else:
        await chat._process(standin.user_media(chat.user, "photo", caption=danger))
    assert chat.last_reply().text == danger_line(app, "ru", "tr")


@pytest.mark.parametrize(
    "text", ["муж пришёл", "телефон оставлю себе", "housekeeper living in", "hello my boss took my passport"]
)
async def test_everyday_lines_get_no_danger_reply(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send(text)
    assert "⚠️" not in reply.text, text  # every danger reply starts with it
    if "passport" in text:
        assert app.bot_data.knowledge["employer-took-passport"].text("en").title in reply.text


@pytest.mark.parametrize(
    "text", ["муж пришёл", "телефон оставлю себе", "housekeeper living in", "фото двери", "the door key"]
)
def test_people_coming_home_things_named_and_a_job_named_are_not_danger(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_greeting_first_does_not_make_a_few_words_a_sentence_to_the_model() -> None:
    assert (
        detect_crisis("hello my boss took my passport") is detect_crisis("my boss took my passport") is None
    )
    assert detect_crisis("hello they beat me every day") is not None
