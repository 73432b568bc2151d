"""The checklist run for someone else (found by tester S, #7: a mother in Mary checking her daughter's "waitress in
Dubai" offer answered "I am under 18" for her, and was told "talk to an adult you trust"). "Who is the offer for?"
comes first, unless the person already said; for someone close, the questions speak of the person and the result
speaks to the one helping; the stored answers and the result are the same either way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import KEYS, advice, question
from bot.checklist_whom import FOR_OTHER, Whom, option_label
from tests.chat import Chat, said
from tests.test_checklist_flow import HIGH, LEVEL, SAFE, label, way_forward

LANGUAGES = ["en", "ru", "tk"]
HOTLINE = "+99312463514"
# The daughter is 17, a "waitress" in a bar, the passport to be kept by them (tester S's mother)
DAUGHTER = {**SAFE, "age": "y", "job": "club", "passport": "n"}
FOR_MY_DAUGHTER = {
    "en": "check a job offer for my daughter",
    "ru": "Проверить предложение о работе для дочери",
    "tk": "iş teklibini barlamak gyzym üçin",
}


def their_label(app: Any, language: str, key: str, answer: str) -> str:
    """The button of this answer as someone checking another person's offer sees it."""
    option = question(key).option(answer)
    assert option is not None
    return said(app, language, option_label(key, option.answer, Whom.OTHER))


async def ask_whom(app: Any, chat: Chat, language: str) -> Any:
    await chat.send("/start")
    return await chat.press(said(app, language, "✅ Check a job offer", "menu"))


async def answer_all(app: Any, chat: Chat, language: str, answers: dict[str, str], whom: Whom) -> str:
    """Answer every question asked, by its button as this person sees it; the result's text."""
    number = 0
    for key in KEYS:
        if key not in answers:
            continue
        number += 1
        shown = chat.last_reply().text
        asked = FOR_OTHER[key].text if whom is Whom.OTHER else question(key).text
        assert said(app, language, asked) in shown, (key, shown)
        pressed = chat.last_reply().message_id
        button = their_label if whom is Whom.OTHER else label
        await chat.press(button(app, language, key, answers[key]))
    return next(m for m in chat.bot_messages() if m.message_id == pressed).text


@pytest.mark.parametrize("language", LANGUAGES)
async def test_whom_the_offer_is_for_is_asked_first_and_for_me_is_the_checklist_as_it_was(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    shown = await ask_whom(app, chat, language)
    assert said(app, language, "Who is the offer for?") in shown.text
    me, other = (
        said(app, language, "For me", "answer"),
        said(app, language, "For someone close to me", "answer"),
    )
    assert chat.labels(shown)[:2] == [me, other]
    first = await chat.press(me)
    assert first.message_id == shown.message_id  # the question takes the place of "Who is the offer for?"
    assert said(app, language, "Question {number} / {total}").format(number=1, total=12) in first.text
    assert said(app, language, question("age").text) in first.text
    assert label(app, language, "age", "y") in chat.labels(first)
    result = await answer_all(app, chat, language, DAUGHTER, Whom.SELF)
    assert said(app, language, advice("age", "y")) in result  # "You are under 18 … an adult you trust"
    assert said(app, language, FOR_OTHER["age"].advice) not in result
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.answers == DAUGHTER and progress.whom == Whom.SELF


@pytest.mark.parametrize("language", LANGUAGES)
async def test_for_someone_close_the_questions_speak_of_the_person_and_the_result_to_the_helper(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await ask_whom(app, chat, language)
    first = await chat.press(said(app, language, "For someone close to me", "answer"))
    assert said(app, language, "Answer for the person, as far as you know.") in first.text
    assert said(app, language, "Is the person under 18?") in first.text
    assert chat.labels(first)[:2] == [
        said(app, language, "The person is under 18"),
        said(app, language, "The person is 18 or older"),
    ]
    assert label(app, language, "age", "y") not in chat.labels(first)  # no "I am under 18" for her daughter
    result = await answer_all(app, chat, language, DAUGHTER, Whom.OTHER)
    assert result.startswith(LEVEL[language]["high"])
    # A child's offer: the hotline, not "talk to an adult you trust"
    assert said(app, language, FOR_OTHER["age"].advice) in result
    assert said(app, language, advice("age", "y")) not in result
    passport = said(app, language, "Others will keep the passport")
    assert f"• {passport}\n{said(app, language, FOR_OTHER['passport'].advice)}" in result
    club = said(app, language, FOR_OTHER["job"].option_advice[question("job").options[0].answer])
    assert club in result
    forward = way_forward(chat)
    assert (
        said(app, language, "👉 <b>What you can do now</b>").replace("<b>", "").replace("</b>", "")
        in forward.text
    )
    assert HOTLINE in forward.text
    assert said(
        app, language, "The hotline also advises relatives and friends: you may call about them."
    ) in (forward.text)
    helping = app.bot_data.knowledge["help-someone-else"].text(language).title
    assert "📄 " + helping in chat.labels(forward)
    assert said(app, language, "🙋 Talk to an NGO", "button") in chat.labels(forward)
    intro = (
        "Two optional questions about the person whose offer it is. The answers are anonymous and only help the "
        "network count whom it reaches. The person is:"
    )
    assert chat.last_reply().text == said(app, language, intro)
    shown = await chat.press(said(app, language, "A woman", "answer"))
    assert shown.text == said(app, language, "Thank you.")  # her age band is known: under 18
    stored = await app.bot_data.storage.checklist_result(1)
    assert stored is not None and (stored["gender"], stored["age_band"]) == ("female", "under18")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_same_answers_store_the_same_data_whoever_the_offer_is_for(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    results = []
    for number, whom in enumerate((Whom.SELF, Whom.OTHER)):
        chat = chat_with(language, user_id=900 + number)
        await ask_whom(app, chat, language)
        await chat.press(
            said(app, language, "For me" if whom is Whom.SELF else "For someone close to me", "answer")
        )
        await answer_all(app, chat, language, HIGH, whom)
        progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
        assert progress is not None and progress.answers == HIGH
        stored = await app.bot_data.storage.checklist_result(number + 1)
        assert stored is not None
        results.append((stored["level"], stored["flagged"]))
    assert results[0] == results[1] == ("high", "passport,phone")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_low_result_for_someone_else_says_so_in_the_third_person(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await ask_whom(app, chat, language)
    await chat.press(said(app, language, "For someone close to me", "answer"))
    result = await answer_all(app, chat, language, SAFE, Whom.OTHER)
    assert result.startswith(LEVEL[language]["low"])
    still = "Still: the person should keep their passport themselves, and the hotline number with them."
    assert said(app, language, still) in result


@pytest.mark.parametrize("language", LANGUAGES)
async def test_for_my_daughter_typed_with_the_menu_words_skips_whom_it_is_for(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    first = await chat.send(FOR_MY_DAUGHTER[language])
    assert said(app, language, "Who is the offer for?") not in first.text
    assert said(app, language, "Is the person under 18?") in first.text
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and (progress.position, progress.whom) == (0, Whom.OTHER)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_answer_on_helping_someone_else_checks_their_offer_about_them(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    topic = app.bot_data.knowledge["help-someone-else"]
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press_data(chat.last_reply(), f"kb:{topic.id}")  # the topic's button, wherever it is shown
    answer = chat.last_reply()
    assert topic.text(language).title in answer.text
    theirs = said(app, language, "✅ Check their job offer", "button")
    assert theirs in chat.labels(answer)
    first = await chat.press(theirs)
    assert said(app, language, "Who is the offer for?") not in first.text
    assert said(app, language, "Is the person under 18?") in first.text
    # Back from the first question asks whom it is for: a wrong start is one tap to mend
    back = await chat.press(said(app, language, "⬅️ Back", "button"))
    assert said(app, language, "Who is the offer for?") in back.text
    again = await chat.press(said(app, language, "For me", "answer"))
    assert said(app, language, question("age").text) in again.text


@pytest.mark.parametrize(
    ("language", "mine", "theirs"),
    [("ru", "для себя", "для дочери"), ("tk", "özüm üçin", "gyzym üçin"), ("en", "for me", "my daughter")],
)
async def test_whom_typed_counts_as_its_button_and_a_yes_asks_again(
    app: Any, chat_with: Callable[..., Chat], language: str, mine: str, theirs: str
) -> None:
    chat = chat_with(language)
    await ask_whom(app, chat, language)
    again = await chat.send({"ru": "да", "tk": "hawa", "en": "yes"}[language])
    assert said(app, language, "Who is the offer for?") in again.text
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.answers == {} and progress.whom == Whom.ASKING
    first = await chat.send(theirs)
    assert said(app, language, "Is the person under 18?") in first.text
    await chat.press(said(app, language, "⬅️ Back", "button"))
    first = await chat.send(mine)
    assert said(app, language, question("age").text) in first.text


async def test_take_it_again_keeps_whom_it_is_for(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("tk")
    await ask_whom(app, chat, "tk")
    await chat.press(said(app, "tk", "For someone close to me", "answer"))
    await answer_all(app, chat, "tk", SAFE, Whom.OTHER)
    first = await chat.press(said(app, "tk", "🔁 Take it again", "button"))
    assert said(app, "tk", "Is the person under 18?") in first.text
    assert first.text.startswith(said(app, "tk", "Question {number} / {total}").format(number=1, total=12))


async def at_their_passport_question(app: Any, chat: Chat, language: str) -> None:
    await ask_whom(app, chat, language)
    await chat.press(said(app, language, "For someone close to me", "answer"))
    for key in KEYS[: KEYS.index("passport")]:
        await chat.press(their_label(app, language, key, SAFE[key]))
    assert said(app, language, FOR_OTHER["passport"].text) in chat.last_reply().text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("tk", "gyzym eyyam pasportyny berdi olara"),
        ("tk", "ýok, olarda galar"),
        ("ru", "дочь уже отдала паспорт"),
        ("en", "my daughter already gave them her passport"),
    ],
)
async def test_the_passport_handed_over_counts_as_kept_by_others_said_of_the_person(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """Tester S's mother, at the passport question: "my daughter already gave them her passport" got "not sure"."""
    chat = chat_with(language)
    await at_their_passport_question(app, chat, language)
    reply = await chat.send(typed)
    counted = said(
        app, language, "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    )
    assert reply.text.startswith(counted.format(answer=said(app, language, "Others will keep the passport")))
    assert said(app, language, FOR_OTHER["pay"].text) in reply.text
    agent = said(app, language, "Paid to the agent, not to the person")
    assert agent in chat.labels(reply)
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.answers["passport"] == "n"


async def test_ones_own_passport_taken_is_not_taken_for_an_answer(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await at_their_passport_question(app, chat, "ru")
    await chat.send("я отдала паспорт, а теперь меня не отпускают")
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and "passport" not in progress.answers
