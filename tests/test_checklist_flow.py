"""The job-offer checklist as a person goes through it, in each language: every level with its explanations,
a question skipped, back, typed answers, a restart, a stale button, and progress saved by the earlier checklist."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import DONE, KEYS, QUESTIONS, advice, flag, question
from bot.handoff import checklist_summary
from bot.standin.server import FakeUser, SentMessage, StandIn
from handlers.labels import checklist_words
from tests.chat import Chat, said
from tests.conftest import AppFactory, FakeClock, stop_app
from tests.test_handoff_flow import request_help_from_mary, staff

LANGUAGES = ["en", "ru", "tk"]
LEVEL = {
    "en": {"low": "🟢 Low risk.", "medium": "🟡 Medium risk.", "high": "🔴 High risk."},
    "ru": {"low": "🟢 Низкий риск.", "medium": "🟡 Средний риск.", "high": "🔴 Высокий риск."},
    "tk": {"low": "🟢 Howp pes.", "medium": "🟡 Howp orta.", "high": "🔴 Howp ýokary."},
}
SAFE = {
    "age": "n",
    "job": "other",
    "contract": "y",
    "visa": "y",
    "fees": "none",
    "passport": "y",
    "pay": "me",
    "hours": "y",
    "movement": "y",
    "phone": "y",
    "rush": "n",
    "secret": "n",
}
MEDIUM = {**SAFE, "fees": "before"}
HIGH = {**SAFE, "passport": "n", "phone": "u"}


def label(app: Any, language: str, key: str, answer: str) -> str:
    """The button of this answer to this question, as the person sees it."""
    option = question(key).option(answer)
    assert option is not None
    return said(app, language, option.label)


def progress(app: Any, language: str, number: int, total: int) -> str:
    return said(app, language, "Question {number} / {total}").format(number=number, total=total)


async def open_checklist(app: Any, chat: Chat, language: str) -> None:
    """The checklist from the menu, for the person's own offer."""
    await chat.send("/start")
    await chat.press(said(app, language, "✅ Check a job offer", "menu"))
    await chat.press(said(app, language, "For me", "answer"))


async def walk(app: Any, chat: Chat, language: str, answers: dict[str, str]) -> str:
    """Answer every question asked, by its button; the result's text."""
    await open_checklist(app, chat, language)
    number = 0
    for key in KEYS:
        if key not in answers:
            continue
        number += 1
        shown = chat.last_reply().text
        assert progress(app, language, number, 12) in shown
        assert said(app, language, question(key).text) in shown
        pressed = chat.last_reply().message_id
        await chat.press(label(app, language, key, answers[key]))
    # The last question became the result; the way forward with its buttons and the optional questions follow it.
    return next(m for m in chat.bot_messages() if m.message_id == pressed).text


def way_forward(chat: Chat) -> SentMessage:
    """The message after the result: the hotline and the button to an organisation."""
    return chat.bot_messages()[-2]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("answers", "level"), [(SAFE, "low"), (MEDIUM, "medium"), (HIGH, "high")])
async def test_whole_checklist_to_each_level_in_each_language(
    app: Any, chat_with: Callable[..., Chat], language: str, answers: dict[str, str], level: str
) -> None:
    chat = chat_with(language)
    result = await walk(app, chat, language, answers)
    assert result.startswith(LEVEL[language][level])
    assert "+99312463514" in way_forward(chat).text
    stored = await app.bot_data.storage.checklist_result(1)
    assert stored is not None and stored["level"] == level and stored["language"] == language
    assert set(stored) == {
        "id",
        "finished_on",
        "language",
        "level",
        "flagged",
        "region",
        "gender",
        "age_band",
    }
    if level == "medium":
        # The answer that raised the risk, in the person's words, and what to do about it: workers pay no fees.
        fees = label(app, language, "fees", "before")
        assert f"• {fees}\n{said(app, language, advice('fees', 'before'))}" in result
        assert stored["flagged"] == "fees"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_result_then_the_way_forward_with_its_buttons_then_the_optional_questions_apart(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    """On a phone the result reads top to bottom: the last question becomes the result, then a short message with
    the hotline and "tap «🙋 Talk to an NGO» under this message" right above that button, then the optional
    questions in a message of their own, whose answers are not taken for the way forward's buttons (a long result
    once said "under this message" some forty lines above the button, with the survey's buttons beside it)."""
    chat = chat_with(language)
    await walk(app, chat, language, {k: v for k, v in HIGH.items() if k != "secret"})
    before = len(chat.bot_messages())
    last_question = chat.last_reply()
    await chat.press(label(app, language, "secret", "n"))
    result, forward, optional = chat.bot_messages()[-3:]
    assert len(chat.bot_messages()) == before + 2 and result.message_id == last_question.message_id
    assert result.text.startswith(LEVEL[language]["high"]) and chat.labels(result) == []
    ngo, again = (
        said(app, language, "🙋 Talk to an NGO", "button"),
        said(app, language, "🔁 Take it again", "button"),
    )
    talk = said(app, language, "🙋 To talk to an organisation, tap «{button}» under this message.").format(
        button=ngo
    )
    assert "+99312463514" in forward.text and forward.text.endswith(talk) and len(forward.text) < 600
    assert chat.labels(forward) == [ngo, again, said(app, language, "☰ Menu", "button")]
    intro = said(
        app,
        language,
        "Two optional questions. The answers are anonymous and only help the network count whom it reaches. You are:",
    )
    woman, skip = said(app, language, "A woman", "answer"), said(app, language, "Skip", "button")
    assert optional.text == intro and woman in chat.labels(optional) and ngo not in chat.labels(optional)

    shown = await chat.press(woman)
    assert len(chat.bot_messages()) == before + 2 and shown.message_id == optional.message_id
    assert shown.text == said(app, language, "Your age:")
    assert "25–34" in chat.labels(shown) and skip in chat.labels(shown) and woman not in chat.labels(shown)
    shown = await chat.press("25–34")
    # Once both are answered no question is left on screen without its buttons; the way forward keeps its own.
    assert len(chat.bot_messages()) == before + 2 and shown.text == said(app, language, "Thank you.")
    assert chat.labels(shown) == [] and chat.labels(chat.bot_messages()[-2]) == chat.labels(forward)
    stored = await app.bot_data.storage.checklist_result(1)
    assert stored is not None and (stored["gender"], stored["age_band"]) == ("female", "25-34")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_result_explains_each_risky_answer_most_serious_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    result = await walk(app, chat, language, HIGH)
    passport = f"• {label(app, language, 'passport', 'n')}\n{said(app, language, advice('passport', 'n'))}"
    # "Not sure" alone would not say about what: the question comes with it.
    phone_question = said(app, language, question("phone").text)
    phone = (
        f"• {phone_question} {said(app, language, 'Not sure')}\n{said(app, language, advice('phone', 'u'))}"
    )
    assert passport in result and phone in result
    assert result.index(passport) < result.index(phone)
    assert said(app, language, "These answers raised the risk. What to do about each:") in result
    # Nothing is said about the answers that raised nothing.
    assert said(app, language, advice("contract", "n")) not in result


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_job_not_told_skips_the_questions_it_settles_and_back_comes_over_them(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", "n"))
    shown = await chat.press(label(app, language, "job", "u"))
    # No contract question for a job nobody has named: the visa comes next, and there are two questions fewer.
    assert progress(app, language, 3, 10) in shown.text
    assert said(app, language, question("visa").text) in shown.text
    shown = await chat.press(said(app, language, "⬅️ Back", "button"))
    assert said(app, language, question("job").text) in shown.text
    assert progress(app, language, 2, 10) in shown.text
    shown = await chat.press(label(app, language, "job", "other"))
    assert said(app, language, question("contract").text) in shown.text
    assert progress(app, language, 3, 12) in shown.text


async def test_back_goes_to_the_previous_question_and_keeps_the_answer_until_changed(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await open_checklist(app, chat, "en")
    await chat.press("I am 18 or older")
    assert "Question 2 / 12" in chat.last_reply().text
    await chat.press("⬅️ Back")
    assert "Question 1 / 12" in chat.last_reply().text
    await chat.press("I am under 18")
    progress_now = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress_now is not None and progress_now.answers == {"age": "y"} and progress_now.position == 1


@pytest.mark.parametrize(
    ("language", "back", "stop"),
    [("ru", "Назад", "отмена"), ("tk", "ýza", "goýbolsun"), ("en", "back", "stop")],
)
async def test_back_and_stop_typed_do_what_their_buttons_do(
    app: Any, chat_with: Callable[..., Chat], language: str, back: str, stop: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", "n"))
    reply = await chat.send(back)
    assert (
        progress(app, language, 1, 12) in reply.text
        and said(app, language, question("age").text) in reply.text
    )
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and (stored.position, stored.answers) == (0, {"age": "n"})
    reply = await chat.send(stop)
    assert reply.text == said(
        app,
        language,
        "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later.",
    )
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.answers == {"age": "n"}, (
        "stopping keeps the answers, as the button does"
    )


@pytest.mark.parametrize(
    ("language", "typed", "job"),
    [("ru", "няня", "home"), ("tk", "gurluşyk", "other"), ("en", "club", "club")],
)
async def test_a_job_typed_at_the_job_question_counts_as_its_button_and_is_said(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, job: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    # at "Are you under 18?" the word answers nothing: read as usual, and the question comes back after it
    last = await chat.send(typed)
    assert said(app, language, question("age").text) in last.text
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.answers == {}
    await chat.press(label(app, language, "age", "n"))
    reply = await chat.send(typed)
    counted = said(
        app, language, "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    )
    assert reply.text.startswith(counted.format(answer=label(app, language, "job", job)))
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.answers == {"age": "n", "job": job}


@pytest.mark.parametrize(
    ("language", "yes", "no", "unsure"),
    [("ru", "да", "Нет", "не знаю"), ("tk", "hawa", "ýok", "bilemok"), ("en", "yes", "no", "not sure")],
)
async def test_typed_answers_count_where_the_question_is_asked_as_yes_or_no(
    app: Any, chat_with: Callable[..., Chat], language: str, yes: str, no: str, unsure: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    await chat.send(no)  # "Are you under 18?" — no
    # "What work are you offered?" has no yes or no: a typed one counts as nothing, and the question is shown again.
    reply = await chat.send(yes)
    assert reply.text.startswith(
        said(app, language, "Please press the answer that fits, under the question.")
    )
    assert said(app, language, question("job").text) in reply.text
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and (stored.position, stored.answers) == (1, {"age": "n"})
    await chat.send(unsure)  # the job: "Not told yet"
    await chat.send(yes)  # "Will you have a work visa or work permit?" — yes
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.answers == {"age": "n", "job": "u", "visa": "y"}
    assert chat.last_reply().text.startswith(progress(app, language, 4, 10))
    assert said(app, language, question("fees").text) in chat.last_reply().text


async def at_the_passport_question(app: Any, chat: Chat, language: str) -> None:
    await open_checklist(app, chat, language)
    for key in ("age", "job", "contract", "visa", "fees"):
        await chat.press(label(app, language, key, SAFE[key]))
    assert said(app, language, question("passport").text) in chat.last_reply().text


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "no they keep it"), ("ru", "нет, паспорт будет у них"), ("tk", "ýok, olarda galar")],
)
async def test_a_yes_or_no_typed_with_words_that_restate_it_is_the_answer_not_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    # the person tells of the offer ("they will keep my passport"), not of being held now
    chat = chat_with(language)
    await at_the_passport_question(app, chat, language)
    reply = await chat.send(typed)
    counted = said(
        app, language, "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    )
    assert reply.text.startswith(counted.format(answer=label(app, language, "passport", "n")))
    assert said(app, language, question("pay").text) in reply.text
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.answers["passport"] == "n"


@pytest.mark.parametrize(
    ("language", "typed"), [("ru", "нет, меня бьют"), ("en", "no, they keep me locked in")]
)
async def test_danger_typed_at_a_checklist_question_after_a_no_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_passport_question(app, chat, language)
    reply = await chat.send(typed)
    assert reply.text.startswith("⚠️")
    assert any("🆘" in button for button in chat.labels(reply))
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and "passport" not in stored.answers


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_answer_button_fits_a_phone(app: Any, language: str) -> None:
    for q in QUESTIONS:
        for option in q.options:
            assert len(said(app, language, option.label)) <= 30, (language, q.key, option.label)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_longest_result_fits_one_message(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    # Every answer the riskiest it can be: every question explained.
    worst = {"age": "y", "job": "home", "fees": "before", "pay": "held", "rush": "y", "secret": "y"}
    worst |= {"contract": "u", "visa": "u", "passport": "u", "hours": "u", "movement": "u", "phone": "u"}
    result = await walk(app, chat_with(language), language, worst)
    assert result.count("• ") == len(KEYS) and len(result) <= 4096


async def test_checklist_continues_after_the_bot_restarts(
    app: Any, start_app: AppFactory, standin: StandIn
) -> None:
    user = FakeUser(id=4242, first_name="R", language_code="ru")
    chat = Chat(app, standin, user)
    await open_checklist(app, chat, "ru")
    for key in KEYS[:4]:
        await chat.press(label(app, "ru", key, SAFE[key]))
    assert "Вопрос 5 / 12" in chat.last_reply().text
    await stop_app(app)

    chat = Chat(await start_app(), standin, user)
    await chat.send("/menu")
    reply = await chat.press("✅ Проверить предложение о работе")
    assert reply.text.startswith("Продолжим с того места, где вы остановились.")
    assert "Вопрос 5 / 12" in reply.text


async def test_a_stale_button_does_not_count_twice(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await open_checklist(app, chat, "en")
    first_question = chat.last_reply()
    await chat.press("I am 18 or older")  # question 1 answered; the message now shows question 2
    # A second delivery of the old press (question 1, the other answer) must not change it or skip question 2.
    await chat.press_data(first_question, "cl:a:0:y")
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.position == 1 and stored.answers == {"age": "n"}
    assert "Question 2 / 12" in chat.last_reply().text
    assert chat.standin.callback_answers[-1].get("text") == "That question is already answered."


async def test_tampered_checklist_data_never_acts(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await open_checklist(app, chat, "en")
    for data in (
        "cl:a:0:x",
        "cl:a:0:club",
        "cl:a:9:y",
        "cl:a:99:y",
        "cl:a:²:y",
        "cl:a:abc:y",
        "cl:b:7",
        "cl:b:0",
    ):
        await chat.press_data(chat.last_reply(), data)
    stored = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert stored is not None and stored.position == 0 and stored.answers == {}


# Progress as the earlier checklist (eleven yes/no questions) saved it: one in progress, one finished.
OLD_IN_PROGRESS = (5, {"contract": "y", "visa": "y", "agency": "n", "fees": "y", "passport": "n"})
OLD_FINISHED = (11, dict.fromkeys(("contract", "visa", "agency", "fees", "passport", "employer"), "y"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("old", [OLD_IN_PROGRESS, OLD_FINISHED])
async def test_progress_from_the_earlier_checklist_starts_again_politely(
    app: Any, chat_with: Callable[..., Chat], language: str, old: tuple[int, dict[str, str]]
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    storage = app.bot_data.storage
    note = said(app, language, "The checklist has changed since you began it, so let us start again.")
    first = progress(app, language, 1, 12)
    # From the menu, by an old button, and by a typed answer: each time a fresh start, never a crash or a mix.
    await storage.save_checklist_progress(chat.chat_id, *old)
    reply = await chat.press(said(app, language, "✅ Check a job offer", "menu"))
    assert reply.text.startswith(f"{note}\n\n{first}")
    await storage.save_checklist_progress(chat.chat_id, *old)
    await chat.press_data(chat.last_reply(), f"cl:a:{old[0]}:y")
    assert chat.last_reply().text.startswith(f"{note}\n\n{first}")
    await storage.save_checklist_progress(chat.chat_id, *old)
    await chat.press_data(chat.last_reply(), f"cl:b:{old[0]}")
    assert chat.last_reply().text.startswith(f"{note}\n\n{first}")
    await storage.save_checklist_progress(chat.chat_id, *old)
    reply = await chat.send({"en": "yes", "ru": "да", "tk": "hawa"}[language])
    assert reply.text.startswith(f"{note}\n\n{first}")
    stored = await storage.checklist_progress(chat.chat_id)
    assert stored is not None and (stored.position, stored.answers) == (0, {})
    assert old[0] < DONE  # so a hand-off never carries an old result scored as if it were new


async def test_staff_read_the_checklist_warnings_in_words_on_the_card(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock
) -> None:
    chat = chat_with("tk")
    await walk(app, chat, "tk", HIGH)
    clock.advance(600)  # a person who reads the result before asking for help, not a flood
    number = await request_help_from_mary(app, chat, "tk")
    card = staff(app, standin).card(number).text  # the Mary NGO's staff read Russian
    heading = said(app, "ru", "Checklist: {summary}").split("{")[0]
    line = next(line for line in card.splitlines() if line.startswith(heading))
    assert said(app, "ru", "high risk", "risk") in line
    assert said(app, "ru", "passport may be kept by others") in line
    assert said(app, "ru", "phone may be taken, or unsure") in line
    assert "passport" not in line and "phone" not in line


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_warning_on_a_card_is_in_words_also_for_cases_from_the_earlier_checklist(
    app: Any, language: str
) -> None:
    tr = app.bot_data.catalogs(language)
    earlier = ("agency", "employer", "too_good", "channel", "family", "contacts", "copies", "passport")
    for keys in (KEYS, earlier):
        shown = checklist_words(tr, checklist_summary("high", keys))
        words = [tr.gettext(msgid) for msgid in map(flag, keys) if msgid]
        assert len(words) == len(keys) and shown == f"{tr.pgettext('risk', 'high risk')}: {'; '.join(words)}"
        if language != "en":
            assert not any(key in shown for key in keys), shown
    assert checklist_words(tr, "low") == tr.pgettext("risk", "low risk")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_card_names_the_job_the_person_chose_not_every_risky_job(app: Any, language: str) -> None:
    tr = app.bot_data.catalogs(language)
    lumped = tr.gettext("club or bar job, live-in home work, or job not told")
    for answer, own in (
        ("club", "job: club, bar or hostess"),
        ("home", "job: home help, living there"),
        ("u", "job not told yet"),
    ):
        shown = checklist_words(tr, f"high: age=y, job={answer}")
        assert shown == f"{tr.pgettext('risk', 'high risk')}: {tr.gettext('under 18')}; {tr.gettext(own)}"
        assert lumped not in shown


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_consent_screen_lists_the_warnings_staff_will_read(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str
) -> None:
    chat = chat_with(language)
    await walk(app, chat, language, {**SAFE, "job": "club"})
    clock.advance(600)
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🙋 Ask a person to contact me", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    await chat.press(said(app, language, "Mary", "velayat"))
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    consent = (await chat.press(said(app, language, "Skip", "button"))).text
    await chat.press(said(app, language, "✅ Send the request", "button"))
    number = (await app.bot_data.storage.open_case_for(chat.chat_id)).id
    warning = (
        f"{said(app, language, 'high risk', 'risk')}: {said(app, language, 'job: club, bar or hostess')}"
    )
    assert said(app, language, "Checklist result: {level}").format(level=warning) in consent
    card = staff(app, standin).card(number).text
    staff_warning = f"{said(app, 'ru', 'high risk', 'risk')}: {said(app, 'ru', 'job: club, bar or hostess')}"
    assert said(app, "ru", "Checklist: {summary}").format(summary=staff_warning) in card


async def test_a_person_who_said_they_are_under_18_is_not_asked_their_age_again(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await walk(app, chat, "tk", {**{k: v for k, v in HIGH.items() if k != "secret"}, "age": "y"})
    await chat.press(label(app, "tk", "secret", "n"))
    shown = await chat.press(said(app, "tk", "A woman", "answer"))
    assert "18–24" not in chat.labels(shown) and said(app, "tk", "Your age:") not in shown.text
    stored = await app.bot_data.storage.checklist_result(1)
    assert (stored["gender"], stored["age_band"]) == ("female", "under18")
    assert shown.text == said(app, "tk", "Thank you.")
