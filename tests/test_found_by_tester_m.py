"""Flows where tester M's people got stuck (M#4, M#5, M#9, M#11, M#12): at the checklist's job question almost
anything typed was "I do not know this job"; "is it real??" about a lottery win was "I am a bot"; a velayat typed at
"Find an organisation near me" was not understood; a language changed in a request dropped it for the menu; and an
urgent case nobody answered got only 👌."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import question
from bot.languages import LANGUAGE_NAMES
from tests.chat import Chat, said
from tests.conftest import FakeClock
from tests.test_checklist_flow import label, open_checklist
from tests.test_handoff_flow import request_help_from_mary

UNKNOWN_JOB = (
    "I do not know this job well enough to choose for you. If it is not in the list, press «{other}»."
)
HINT = "Please press the answer that fits, under the question."
GO_ON = "Let us continue where you stopped."
STOPPED = "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later."
HOTLINE = "+99312463514"


async def at_the_job_question(app: Any, chat: Chat, language: str) -> None:
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", "n"))
    assert said(app, language, question("job").text) in chat.last_reply().text


async def stored(app: Any, chat: Chat) -> tuple[int, dict[str, str]]:
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None
    return progress.position, progress.answers


def unknown_job(app: Any, language: str) -> str:
    return said(app, language, UNKNOWN_JOB).format(other=label(app, language, "job", "other"))


# M#4 -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "whats the hotline number"), ("ru", "номер горячей линии"), ("tk", "ynam telefonynyň nomeri")],
)
async def test_a_question_at_the_job_question_is_answered_and_the_question_comes_back(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    before, shown = await stored(app, chat), len(chat.bot_messages())
    await chat.send(typed)
    replies = chat.bot_messages()[shown:]
    assert any(HOTLINE in reply.text for reply in replies)
    assert all(not reply.text.startswith(unknown_job(app, language)) for reply in replies)
    last = chat.last_reply()
    assert said(app, language, question("job").text) in last.text
    assert label(app, language, "job", "home") in chat.labels(last)
    assert await stored(app, chat) == before


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "ne znayu"),
        ("en", "i don't know"),
        ("ru", "ne znayu"),
        ("ru", "я не знаю пока"),
        ("tk", "men bilemok"),
    ],
)
async def test_i_do_not_know_counts_as_not_told_yet(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    await chat.send(typed)
    assert (await stored(app, chat))[1]["job"] == "u"


@pytest.mark.parametrize(
    ("language", "typed", "job"),
    [
        ("ru", "nyanya", "home"),
        ("en", "nyanya", "home"),
        ("tk", "энеке", "home"),
        ("en", "oficiantka", "other"),
    ],
)
async def test_a_job_word_in_either_script_counts(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, job: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    await chat.send(typed)
    assert (await stored(app, chat))[1]["job"] == job


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "da 1500"),
        ("ru", "spasibo ogromnoe"),
        ("ru", "что дальше"),
        ("en", "what next"),
        ("en", "thanks a lot"),
        ("tk", "indi näme"),
        ("tk", "sag bolsun"),
    ],
)
async def test_words_that_are_no_job_ask_the_question_again_with_how_to_answer(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    before = await stored(app, chat)
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, HINT))
    assert said(app, language, question("job").text) in reply.text
    assert await stored(app, chat) == before


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "programmer"), ("ru", "продавщица косметики"), ("ru", "programmist"), ("tk", "kosmetika satyjy")],
)
async def test_only_a_job_the_bot_does_not_know_is_called_so(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    reply = await chat.send(typed)
    assert reply.text.startswith(unknown_job(app, language))


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "i want to stop this"), ("ru", "хочу закончить"), ("tk", "togtatmak isleýärin")],
)
async def test_a_wish_to_stop_stops_the_checklist(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    before = await stored(app, chat)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, STOPPED)
    assert await stored(app, chat) == before  # saved, to go on with later


@pytest.mark.parametrize(("language", "typed"), [("en", "menu"), ("ru", "меню"), ("tk", "menýu")])
async def test_menu_typed_shows_the_menu_and_keeps_the_answers(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_job_question(app, chat, language)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, STOPPED)
    assert said(app, language, "✅ Check a job offer", "menu") in chat.labels(reply)
    await chat.press(said(app, language, "✅ Check a job offer", "menu"))
    assert said(app, language, question("job").text) in chat.last_reply().text


@pytest.mark.parametrize(("language", "typed"), [("en", "main menu"), ("ru", "меню"), ("tk", "menýu")])
async def test_menu_typed_outside_any_flow_shows_the_menu(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """ "menu" typed with nothing in progress was "I am not sure I understood"; it is what ☰ Menu gives."""
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert said(app, language, "✅ Check a job offer", "menu") in chat.labels(reply)
    assert said(app, language, "🤝 Get help", "menu") in chat.labels(reply)


# M#5 -------------------------------------------------------------------------------------------------------------

LOTTERY = "visa-lottery-korea-scams"
IS_IT_REAL = {"en": "is it real??", "ru": "это правда??", "tk": "bu hakykatmy??"}
ARE_YOU_REAL = {"en": "are you real?", "ru": "ты живой человек?", "tk": "sen adammy?"}
BOT = "🤖 I am a bot: an automatic helper, not a person."


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_is_it_real_after_a_lottery_offer_is_how_to_check_it_not_i_am_a_bot(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press_data(chat.last_reply(), f"kb:{LOTTERY}")
    title = app.bot_data.knowledge[LOTTERY].text(language).title
    assert title in chat.last_reply().text
    reply = await chat.send(IS_IT_REAL[language])
    assert said(app, language, BOT) not in reply.text
    assert HOTLINE in reply.text
    labels = chat.labels(reply)
    assert said(app, language, "✅ Check a job offer", "menu") in labels
    assert any(title in shown for shown in labels)  # the article just read, a tap away
    reply = await chat.send(ARE_YOU_REAL[language])
    assert reply.text.startswith(said(app, language, BOT))


# M#9 -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "velayat"),
    [
        ("tk", "Mary", "mary"),
        ("tk", "mary welaýaty", "mary"),
        ("ru", "Лебап", "lebap"),
        ("en", "dashoguz", "dashoguz"),
    ],
)
async def test_a_velayat_typed_at_find_an_organisation_shows_its_organisations(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, velayat: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "📍 Find an organisation near me", "button"))
    await chat.press(said(app, language, "Any help", "button"))
    reply = await chat.send(typed)
    found = app.bot_data.directory.in_velayat(velayat)
    assert found
    assert all(item.ngo.text("name", language) in reply.text for item in found)


# M#11 ------------------------------------------------------------------------------------------------------------

WAITING = "Your request to talk to a person is still waiting for this answer:"
NEED = "What help do you need?"
CONTINUE = {"en": "continue", "ru": "продолжить", "tk": "dowam et"}


@pytest.mark.parametrize(("before", "after"), [("ru", "tk"), ("tk", "en"), ("en", "ru")])
async def test_a_language_changed_in_a_request_shows_its_step_in_the_new_one(
    app: Any, chat_with: Callable[..., Chat], before: str, after: str
) -> None:
    chat = chat_with(before)
    await chat.send("/start")
    await chat.press(said(app, before, "🤝 Get help", "menu"))
    await chat.press(said(app, before, "🙋 Ask a person to contact me", "button"))
    assert said(app, before, NEED) in chat.last_reply().text
    await chat.send("/language")
    await chat.press(LANGUAGE_NAMES[after])
    step = chat.last_reply()
    assert said(app, after, WAITING) in step.text and said(app, after, NEED) in step.text
    assert said(app, after, "⚖️ Legal advice", "service") in chat.labels(step)
    assert said(app, after, "✅ Check a job offer", "menu") not in chat.labels(step)
    again = await chat.send(CONTINUE[after])
    assert said(app, after, NEED) in again.text


# M#12 ------------------------------------------------------------------------------------------------------------

REACHED = (
    "📨 Your messages have reached {organisation}: they see them, and a person will write to you here. If you are in "
    "danger now, do not wait: call the hotline or tap 🆘."
)
NOBODY = {"en": "no one answers", "ru": "никто не отвечает", "tk": "hiç kim jogap berenok"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_an_urgent_case_nobody_answers_gets_words_and_the_hotline(
    app: Any, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await app.bot_data.storage.record_urgent(number, "sos")
    await chat.send("?")  # the first message on the case: its acknowledgement says it was delivered
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    reached = said(app, language, REACHED).format(organisation=mary)
    shown = len(chat.bot_messages())
    await chat.send(NOBODY[language])
    reply = chat.last_reply()
    assert len(chat.bot_messages()) == shown + 1
    assert reply.text.startswith(reached) and HOTLINE in reply.text
    # a long silence from staff: told once more when the person writes again, then not after every message
    clock.advance(3600)
    shown = len(chat.bot_messages())
    await chat.send("please")
    await chat.send("please")
    assert len(chat.bot_messages()) == shown + 1
    assert HOTLINE in chat.last_reply().text
