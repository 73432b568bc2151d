"""What people type, as an exploratory tester played them (I#1, I#5, I#9, I#12–I#15): an age or a restated option
typed at a checklist question is that answer, not danger, while danger typed there is still danger; a job typed at
"What work are you offered?" counts, and one the bot does not know asks the question again; "are you a bot?" is
answered honestly; "my husband might see this" offers 🙈; chest pain is an ambulance; the high-risk result gives the
way forward first and does not ask "Under 18" again; tickets, slang greetings and "the United Arab Emirates"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist import question
from tests.chat import Chat, said
from tests.test_checklist_flow import LEVEL, SAFE, label, open_checklist, walk, way_forward
from tests.test_crisis_flow import HOTLINE
from tests.test_crisis_medical import AMBULANCE

COUNTED = "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."


async def answers(app: Any, chat: Chat) -> tuple[int, dict[str, str]]:
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None
    return progress.position, dict(progress.answers)


def counted(app: Any, language: str, key: str, answer: str) -> str:
    return said(app, language, COUNTED).format(answer=label(app, language, key, answer))


# I#1: an age typed at "Are you under 18?" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "answer"),
    [
        ("ru", "нет, мне 21", "n"),
        ("ru", "я совершеннолетняя мне 22", "n"),
        ("ru", "нет мне 20 я уже взрослая", "n"),
        ("ru", "мне 16", "y"),
        ("tk", "men 25 yasymda", "n"),
        ("tk", "ýok, men 19 ýaşymda", "n"),
        ("tk", "gyzym 19 yasynda", "n"),  # a mother checking the offer for her daughter
        ("en", "no, I'm 21", "n"),
        ("en", "im 17 years old", "y"),
    ],
)
async def test_an_age_typed_at_the_first_question_is_its_answer_not_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, answer: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    reply = await chat.send(typed)
    assert not reply.text.startswith("⚠️"), "an age is not a sexual abuse or a stranded person"
    assert reply.text.startswith(counted(app, language, "age", answer))
    assert said(app, language, question("job").text) in reply.text
    assert await answers(app, chat) == (1, {"age": answer})


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "мне 16, меня заперли"),
        ("tk", "men 16 ýaşymda, meni urýarlar"),
        ("en", "i'm 16 and he beats me"),
    ],
)
async def test_danger_typed_with_an_age_at_the_first_question_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    reply = await chat.send(typed)
    assert reply.text.startswith("⚠️")
    assert any("🆘" in button for button in chat.labels(reply))
    assert await answers(app, chat) == (0, {})


# I#1: "told me not to tell my family" at the secrecy question -------------------------------------------------------


async def at_the_last_question(app: Any, chat: Chat, language: str) -> None:
    await open_checklist(app, chat, language)
    for key in (
        "age",
        "job",
        "contract",
        "visa",
        "fees",
        "passport",
        "pay",
        "hours",
        "movement",
        "phone",
        "rush",
    ):
        await chat.press(label(app, language, key, SAFE[key]))
    assert said(app, language, question("secret").text) in chat.last_reply().text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "told me not to tell my family"),
        ("tk", "ejeme aytma diydiler"),
        ("ru", "сказали никому не говорить"),
    ],
)
async def test_words_restating_keep_it_secret_count_as_that_answer_not_as_abuse(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_last_question(app, chat, language)
    await chat.send(typed)
    reply = chat.bot_messages()[-3]  # the result; the way forward and the optional questions follow it
    assert reply.text.startswith(counted(app, language, "secret", "y"))
    assert LEVEL[language]["high"] in reply.text
    assert (await answers(app, chat))[1]["secret"] == "y"


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "he beats me"), ("ru", "меня заперли"), ("tk", "meni gulpladylar")],
)
async def test_danger_that_answers_no_question_is_still_danger_at_the_last_question(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await at_the_last_question(app, chat, language)
    reply = await chat.send(typed)
    assert reply.text.startswith("⚠️")
    assert "secret" not in (await answers(app, chat))[1]


# I#13: a job typed at "What work are you offered?" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "job"),
    [
        ("en", "waitress", "other"),
        ("ru", "официантка в кафе", "other"),
        ("tk", "ofisiantka", "other"),
        ("ru", "официантка в баре", "club"),
        ("tk", "çaga seretmek", "home"),
    ],
)
async def test_a_job_typed_at_the_job_question_counts_as_the_option_it_names(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, job: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", "n"))
    reply = await chat.send(typed)
    assert reply.text.startswith(counted(app, language, "job", job))
    assert (await answers(app, chat))[1] == {"age": "n", "job": job}


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "selling cosmetics"), ("ru", "продавщица косметики"), ("tk", "kosmetika satmak")],
)
async def test_a_job_the_bot_does_not_know_asks_the_question_again_with_other_work(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    await chat.press(label(app, language, "age", "n"))
    reply = await chat.send(typed)
    hint = said(
        app,
        language,
        "I do not know this job well enough to choose for you. If it is not in the list, press «{other}».",
    ).format(other=label(app, language, "job", "other"))
    assert reply.text.startswith(hint)
    assert said(app, language, question("job").text) in reply.text
    assert label(app, language, "job", "other") in chat.labels(reply)
    assert await answers(app, chat) == (1, {"age": "n"})


# I#12: "are you a bot?" --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "are you a real person"),
        ("en", "are you a bot"),
        ("ru", "ты бот или человек?"),
        ("tk", "sen adammy"),
        ("ru", "ty bot?"),  # tester K: Russian in Latin letters got "you're welcome"
        ("ru", "ty chelovek?"),
    ],
)
async def test_asked_whether_it_is_a_person_the_bot_says_it_is_a_bot_and_how_a_person_writes(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, "🤖 I am a bot: an automatic helper, not a person."))
    assert said(app, language, "🙋 Yes, a person can write to you here.")[:12] not in reply.text
    assert said(app, language, "🙋 Talk to a person", "button") in chat.labels(reply)


# I#5: "my husband might see this" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "my husband might see this"),
        ("ru", "муж может увидеть"),
        ("tk", "ärim okap biler"),
        (
            "ru",
            "muzh mozhet uvidet",
        ),  # tester K: Russian in Latin letters, and Turkmen "he reads my messages"
        ("tk", "agam hatlarymy okaýar"),
    ],
)
async def test_someone_close_who_may_see_the_chat_gets_the_hide_button(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert said(app, language, "🙈 Hide this chat", "button") in chat.labels(reply)


# I#9: chest pain, no breath ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "my friend has chest pain and cant breathe"),
        ("ru", "сердце болит сильно"),
        ("tk", "yuregim agyryar"),
    ],
)
async def test_chest_pain_or_no_breath_gets_the_ambulance_first(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, AMBULANCE))
    assert HOTLINE in reply.text


# I#14: the high-risk result --------------------------------------------------------------------------------------

RISKY = {
    **SAFE,
    "job": "club",
    "contract": "n",
    "visa": "n",
    "fees": "frompay",
    "passport": "n",
    "pay": "held",
    "hours": "n",
    "movement": "n",
    "phone": "n",
    "rush": "y",
    "secret": "y",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_long_high_risk_result_ends_with_the_way_forward_right_above_its_buttons(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    """K#10: the result was one message of 2,800 characters whose top line said "tap «🙋 Talk to an NGO» under this
    message", some forty lines above the button. Now the explanations come first, and the way forward is a short
    last message with the button under its words; every message well under Telegram's 4,096."""
    chat = chat_with(language)
    result = await walk(app, chat, language, RISKY)
    details = said(app, language, "These answers raised the risk. What to do about each:")
    assert details in result and len(result) > 1500, "the per-answer explanations are all still there"
    assert said(app, language, question("passport").option("n").label) in result  # type: ignore[union-attr]
    forward = way_forward(chat)
    talk = said(app, language, "🙋 To talk to an organisation, tap «{button}» under this message.").format(
        button=said(app, language, "🙋 Talk to an NGO", "button")
    )
    assert HOTLINE in forward.text and forward.text.endswith(talk) and forward.text.count("\n") < 10
    assert chat.labels(forward)[0] == said(app, language, "🙋 Talk to an NGO", "button")
    assert all(len(message.text) < 3500 for message in chat.bot_messages())


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "what should i do now?"), ("ru", "а что мне теперь делать?"), ("tk", "indi näme etmeli?")],
)
async def test_what_now_after_a_result_is_answered_with_its_way_forward(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """K#10: asked after a result, "what should I do now?" got "I am not sure I understood your question"."""
    chat = chat_with(language)
    await walk(app, chat, language, RISKY)
    forward = way_forward(chat)
    reply = await chat.send(typed)
    assert reply.message_id != forward.message_id and reply.text == forward.text
    assert HOTLINE in reply.text and chat.labels(reply) == chat.labels(forward)


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_optional_age_question_does_not_offer_under_18_to_who_said_they_are_older(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await walk(app, chat, language, RISKY)
    shown = await chat.press(said(app, language, "A woman", "answer"))
    assert "25–34" in chat.labels(shown)
    assert said(app, language, "Under 18", "answer") not in chat.labels(shown)


# I#15: tickets, slang greetings, "the United Arab Emirates" -----------------------------------------------------------

TOURIST = (
    "I do not help with tickets, hotels or holiday plans: an airline or a travel agency can. I answer questions about "
    "travelling and working abroad safely, check job offers, and put you in touch with people who help. Ask in other "
    "words, or choose below."
)
GREETING = (
    "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in touch "
    "with people who help. Type your question or choose below."
)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "how much is a flight ashgabat to istanbul"),
        ("ru", "сколько стоит билет ашхабад стамбул"),
        ("tk", "arzan bilet nireden alyp bolar"),
    ],
)
async def test_a_ticket_question_is_told_the_bot_does_not_help_with_tickets(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text == said(app, language, TOURIST)


@pytest.mark.parametrize(
    ("language", "typed"), [("en", "hey whats up"), ("ru", "kak dela"), ("tk", "salam, kak dela")]
)
async def test_slang_and_latin_letter_greetings_get_the_greeting(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text == said(app, language, GREETING)


@pytest.mark.parametrize(
    ("language", "named"),
    [("en", "(the emergency number in the United Arab Emirates)"), ("ru", "ОАЭ"), ("tk", "BAE")],
)
async def test_the_emirates_are_named_with_the_article_inside_an_english_sentence(
    app: Any, chat_with: Callable[..., Chat], language: str, named: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await app.bot_data.storage.set_country(chat.chat_id, "ae")
    reply = await chat.send("/sos")
    assert named in reply.text
    assert "in United Arab Emirates" not in reply.text


async def test_the_question_whether_to_remember_the_emirates_names_them_with_the_article(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.share_location(25.2, 55.27)  # Dubai
    asked = next(m for m in reversed(chat.bot_messages()) if "May I remember" in m.text)
    assert "May I remember that you are in the United Arab Emirates?" in asked.text


SHARE = (
    "📤 To show it to someone: press and hold the message, then «Forward», or take a screenshot. They can also open "
    "this bot themselves and press «{button}» to check the offer with you. Someone without Telegram can call the "
    "hotline:"
)


@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("ru", "а как маме переслать результат"),
        ("tk", "netijäni ejeme nädip ugratmaly"),
        ("en", "can my mom check it too she is in mary and has no telegram"),
    ],
)
async def test_asking_how_to_show_a_mother_is_told_how_and_given_the_hotline_mid_checklist_too(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str
) -> None:
    # found by tester I (#10): refused as "not about travelling or working abroad", in the middle of the checklist
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    reply = await chat.send(asked)
    check = said(app, language, "✅ Check a job offer", "menu")
    assert reply.text.startswith(said(app, language, SHARE).format(button=check))
    assert HOTLINE in reply.text
    assert chat.labels(reply)[0] == check, "the check goes on where it stopped"


@pytest.mark.parametrize("asked", ["как маме отправить деньги", "how do i send money to my mother"])
async def test_sending_money_to_a_mother_is_still_a_question(
    app: Any, chat_with: Callable[..., Chat], asked: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send(asked)
    assert not reply.text.startswith("📤")


# Tester K: a few words answering a question with buttons are judged by the danger patterns alone --------------------


@pytest.mark.parametrize(
    ("language", "answer"),
    [("ru", "я из Теджена"), ("ru", "я живу в Теджене"), ("en", "babysitter living with family")],
)
async def test_a_short_answer_at_a_request_step_is_not_taken_for_danger_by_the_model(
    app: Any, chat_with: Callable[..., Chat], language: str, answer: str
) -> None:
    from tests.test_handoff_back import ask_a_person

    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    reply = await chat.send(answer)
    assert not reply.text.startswith("⚠️"), "the model read a town or a job as danger"
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and not draft.urgent


@pytest.mark.parametrize(
    ("language", "answer"), [("ru", "сказали только сегодня"), ("ru", "массажистка в салоне")]
)
async def test_a_short_answer_in_the_checklist_is_not_taken_for_danger_by_the_model(
    app: Any, chat_with: Callable[..., Chat], language: str, answer: str
) -> None:
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    reply = await chat.send(answer)
    assert not reply.text.startswith("⚠️")


@pytest.mark.parametrize(("language", "danger"), [("ru", "меня бьют"), ("en", "they locked me in")])
async def test_danger_typed_as_an_answer_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, danger: str
) -> None:
    from tests.test_handoff_back import ask_a_person

    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    await chat.send(danger)
    assert any(m.text.startswith("⚠️") for m in chat.bot_messages()[-2:]), "the danger reply, then the step"
    other = chat_with(language, user_id=100002)
    await open_checklist(app, other, language)
    assert (await other.send(danger)).text.startswith("⚠️")


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_button_of_the_question_typed_in_words_counts_as_pressing_it(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    # found by tester K: "i keep my phone" typed at "Will you keep your own phone?" was answered as a question
    chat = chat_with(language)
    await open_checklist(app, chat, language)
    typed = said(app, language, "I am 18 or older").lower().rstrip(".")
    reply = await chat.send(typed)
    assert said(app, language, question("job").text) in reply.text


@pytest.mark.parametrize(("language", "typed"), [("ru", "муж может увидеть"), ("ru", "muzh mozhet uvidet")])
async def test_fear_of_being_seen_with_nothing_else_puts_hiding_first(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    # found by tester K: "not sure", with 🙈 Hide as the 8th button and not a word about it
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    hide = said(app, language, "🙈 Hide this chat", "button")
    assert reply.text.startswith("🙈") and hide in reply.text
    assert chat.labels(reply)[1] == hide
