"""Questions answered from the knowledge base, in each language, through the real Application."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.indicators import Period, compute
from tests.chat import Chat, said

QUESTION = {
    "en": "my boss took my passport, what do I do",
    "ru": "работодатель забрал мой паспорт, что делать",
    "tk": "iş berijim pasportymy aldy, näme etmeli",
}
TITLE = {"en": "employer-took-passport", "ru": "employer-took-passport", "tk": "employer-took-passport"}
HELPFUL = {"en": "👍 Helpful", "ru": "👍 Полезно", "tk": "👍 Peýdaly"}
NOT_SURE = {
    "en": "I am not sure I understood your question",
    "ru": "Я не уверен, что правильно понял ваш вопрос",
    "tk": "Soragyňyza dogry düşünendigime ynamym ýok",
}
PERSON = {"en": "🙋 Talk to a person", "ru": "🙋 Поговорить с человеком", "tk": "🙋 Adam bilen gepleşmek"}


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_question_is_answered_in_the_persons_language_and_feedback_is_counted(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(QUESTION[language])
    topic = app.bot_data.knowledge["employer-took-passport"].text(language)
    assert reply.text.startswith(topic.title)
    assert "+99312463514" in reply.text and "{hotline}" not in reply.text
    labels = chat.labels()
    assert HELPFUL[language] in labels and PERSON[language] in labels
    await chat.press(HELPFUL[language])
    assert await app.bot_data.storage.feedback("employer-took-passport", language) == (1, 0)
    # The feedback buttons are gone: the same answer cannot be rated twice from one message.
    assert HELPFUL[language] not in chat.labels(chat.bot_messages()[-1])


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_an_unsure_question_says_so_offers_topics_a_person_and_is_stored_masked(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send("qwzx vbnm plkj +993 65 123456")
    assert reply.text.startswith(NOT_SURE[language])
    assert "+99312463514" in reply.text
    assert PERSON[language] in chat.labels()
    stored = await app.bot_data.storage.unanswered_questions(language)
    assert stored == [(language, "qwzx vbnm plkj [number]", 1)]


@pytest.mark.parametrize(("phone", "written"), [("en", "ru"), ("tk", "ru"), ("ru", "tk"), ("ru", "en")])
async def test_a_question_clearly_written_in_another_language_is_answered_in_it_and_so_is_what_follows(
    app: Any, chat_with: Callable[..., Chat], phone: str, written: str
) -> None:
    chat = chat_with(phone)
    reply = await chat.send(QUESTION[written])
    assert reply.text.startswith(app.bot_data.knowledge["employer-took-passport"].text(written).title)
    assert PERSON[written] in chat.labels(reply), "the buttons are in the answer's language"
    reply = await chat.send("/menu")
    assert reply.text == said(app, written, "What do you need? Choose below, or just type your question.")


async def test_turkmen_words_an_english_example_borrowed_do_not_hide_a_turkmen_question(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    # The English examples hold mixed lines ("Türkiýede iş rugsady who does it, me or the boss"): their Turkmen words
    # are still Turkmen when the bot asks which language a message is written in.
    chat = chat_with("en")
    reply = await chat.send("Türkiýede iş rugsady nädip almaly")
    assert PERSON["tk"] in chat.labels(reply)


async def test_a_short_or_unclear_message_keeps_the_persons_language(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    reply = await chat.send("паспорт?")
    assert reply.text.startswith(
        said(app, "tk", "I am not sure I understood your question, and I do not want to guess.")
    )


async def test_greeting_gets_a_friendly_pointer_and_is_not_stored(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    reply = await chat.send("Привет!")
    assert reply.text.startswith("Здравствуйте! Я отвечаю на вопросы")
    assert await app.bot_data.storage.unanswered_questions() == []


OFF_TOPIC = {
    "en": (
        "how do I cook plov with lamb",
        "That does not look like a question about travelling or working abroad",
    ),
    "ru": ("как приготовить плов с бараниной", "Похоже, это вопрос не о поездке или работе за границей"),
    "tk": (
        "palowy goýun eti bilen nädip bişirmeli",
        "Bu daşary ýurda gitmek ýa-da işlemek barada soraga meňzänok",
    ),
}


HARM_REFUSAL = (
    "🚫 I do not help with this. I help people travel and work abroad safely, check job offers, and put people in "
    "touch with those who help. If you yourself are in trouble, choose below or talk to a person."
)


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_an_off_topic_message_gets_a_pointer_to_what_the_bot_does_with_help_one_tap_away(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    text, pointer = OFF_TOPIC[language]
    reply = await chat.send(text)
    assert reply.text.startswith(pointer)
    labels = chat.labels()
    assert any(label.startswith("🆘") for label in labels), labels  # "I am in trouble now" stays one tap away
    # Kept (masked) for the content editors, in case it was a question about migration after all.
    assert [stored for _, stored, _ in await app.bot_data.storage.unanswered_questions(language)] == [text]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much money can i take with me at the airport"),
        ("ru", "сколько наличных можно провезти через таможню"),
    ],
)
async def test_a_question_naming_travel_is_never_told_it_is_not_about_travel(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    not_about = said(app, language, OFF_TOPIC[language][1])
    assert not reply.text.startswith(not_about)
    assert said(app, language, "🙋 Talk to a person", "button") in chat.labels()


async def test_a_request_the_bot_declines_stays_declined_though_it_names_a_passport_or_a_border(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    reply = await chat.send("where can i buy a fake passport")  # for themselves: not that, but the lawful way
    assert reply.text.startswith("🚫 I do not help with bought or forged papers")
    reply = await chat.send("how do i take people across the border for money")  # a smuggler's trade: no more
    assert reply.text == HARM_REFUSAL


async def test_topic_browser_goes_from_category_to_answer(app: Any, chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press("❓ Ask a question")
    await chat.press("🛂 Documents")
    title = app.bot_data.knowledge["passport-safety"].text("en").title
    reply = await chat.press("📄 " + title)
    assert reply.text.startswith(title)


async def test_html_in_a_question_is_never_echoed_unescaped(chat_with: Callable[..., Chat]) -> None:
    chat = chat_with("en")
    reply = await chat.send("<b>hi</b> <a href='x'>passport</a> & stuff")
    # The stand-in refuses malformed HTML, so reaching here means the reply was valid; it must not echo the tags.
    assert "<a href" not in reply.html


async def test_questions_asked_are_in_the_indicators_at_once(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    # Counts are buffered between the periodic writes; a read of the indicators must still see every question.
    chat = chat_with("en")
    await chat.send(QUESTION["en"])
    await chat.send("xqzv wvut")  # not understood: counted, but not as a topic answered
    storage = app.bot_data.storage
    today = datetime.fromtimestamp(storage.now(), UTC).date()
    figures = await compute(storage, Period.between(today, today), None)
    assert figures.network is not None
    assert (figures.network.questions, figures.network.questions_confident) == (2, 1)
    assert dict(figures.network.top_topics) == {"employer-took-passport": 1}


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "how do I get a work permit"), ("ru", "моя виза в России кончилась, что будет на выезде")],
)
async def test_a_confident_answer_offers_the_topic_ranked_close_behind_it_first(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # Where the matcher is wrong it has most often ranked the right topic second: one tap away, above the related.
    match = app.bot_data.matcher.match(text)
    assert match.confident and match.runner_up is not None
    knowledge = app.bot_data.knowledge
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(knowledge[match.topic].text(language).title)
    topics = [label for label in chat.labels() if label.startswith("📄 ")]
    runner_up = knowledge[match.runner_up].text(language).title
    assert topics[0] == "📄 " + runner_up and len(topics) <= 3
    assert (await chat.press(topics[0])).text.startswith(runner_up)


def test_only_a_confident_answer_s_close_runner_up_is_offered() -> None:
    from bot.nlp.matcher import Match

    close = (("work-visa", 0.6), ("turkiye-russia-rules", 0.55))
    assert Match("work-visa", 0.9, True, close).runner_up == "turkiye-russia-rules"
    far = (("work-visa", 0.8), ("turkiye-russia-rules", 0.2))
    assert Match("work-visa", 0.9, True, far).runner_up is None
    assert Match("work-visa", 0.9, True, (("work-visa", 0.8), ("visa-overstay", 0.0))).runner_up is None
    assert Match(None, 0.3, False, close).runner_up is None, "not sure: the closest topics are offered anyway"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "сын уехал в турцию на стройку 2 месяца назад и уже 3 недели не выходит на связь, телефон выключен",
        ),
        ("en", "my daughter went to work in dubai and stopped answering calls two weeks ago"),
        ("tk", "Türkiýedäki gyzym iki hepde bäri telefonyna jogap bermeýär"),
    ],
)
async def test_a_relative_who_cannot_be_reached_gets_what_to_do_and_a_person_on_the_answer(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    topic = app.bot_data.knowledge["help-someone-else"].text(language)
    # the topic's steps, or (when the crisis detector reads danger in it) the danger reply for a relative, with the
    # topic one tap away: either way the hotline and a person first
    danger = said(
        app,
        language,
        "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now.",
    )
    assert reply.text.startswith(topic.title) or (
        reply.text.startswith(danger) and "📄 " + topic.title in chat.labels()
    )
    assert "+99312463514" in reply.text
    assert chat.labels()[0] == said(app, language, "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "меня депортируют завтра"),
        ("en", "im in deportation center in istanbul 3 months already, they say i overstayed. nobody helps"),
    ],
)
async def test_being_deported_or_held_for_it_gets_the_detention_answer_with_a_person(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(app.bot_data.knowledge["arrested-abroad"].text(language).title)
    assert chat.labels()[0] == said(app, language, "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize(
    ("language", "typed", "starts"),
    [
        (
            "ru",
            "проверить предложение о работе",
            "Let us check the job offer: up to {total} short questions. Press the answer that fits you. "
            "It takes about two minutes. Your answers are not shared with anyone.",
        ),
        ("tk", "Kömek almak", "📞"),
        ("en", "get help", "📞"),
    ],
)
async def test_a_menu_buttons_words_typed_do_what_the_button_does(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, starts: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, starts).split("{")[0])
    assert await app.bot_data.storage.unanswered_questions() == []


@pytest.mark.parametrize(
    ("language", "typed"), [("ru", "спасибо!"), ("ru", "spasibo"), ("tk", "sag bol"), ("en", "thanks a lot")]
)
async def test_thanks_get_a_short_you_are_welcome(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, "You are welcome! If you have another question, just write it.")


async def test_crying_in_emoji_gets_care_and_a_person_not_a_greeting(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    reply = await chat.send("😭😭😭")
    assert reply.text.startswith("💙 Я здесь.")
    assert chat.labels()[0] == said(app, "ru", "🆘 Ask a person to write to me now", "button")


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_an_answer_on_judging_a_job_offer_carries_the_checklist(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    topic = app.bot_data.knowledge["job-offer-red-flags"]
    assert topic.checklist and not app.bot_data.knowledge["passport-safety"].checklist
    await chat.send("/start")
    await chat.press(said(app, language, "❓ Ask a question", "menu"))
    await chat.press(said(app, language, "🧳 Before you go", "category"))
    await chat.press("📄 " + topic.text(language).title)
    check = said(app, language, "✅ Check a job offer", "menu")
    assert check in chat.labels(chat.last_reply())
    await chat.press(check)
    first = await chat.press(said(app, language, "For me", "answer"))
    assert said(app, language, "Question {number} / {total}").format(number=1, total=12) in first.text


SAFER_WAY_ASKED = [
    (
        "ru",
        "где можно купить патент на работу в россии без очереди, мне сказали есть люди делают за 15000 рублей",
    ),
    ("tk", "Moskwada patent galpysy nirede satylýar 3 müňe diýdiler kim bilýär adresi"),
    ("en", "where can i buy nurse diploma, need it for hospital job in Turkey, price doesnt matter"),
]


@pytest.mark.parametrize(("language", "text"), SAFER_WAY_ASKED)
async def test_asked_for_forged_papers_a_person_is_refused_but_shown_the_lawful_way(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    """V#1: "where can I buy a patent" got "that is not about work abroad", though the answer saying a patent sold
    to a Turkmen citizen is a fraud was there. Now: no help with the forgery, what it leads to, and the lawful way."""
    chat = chat_with(language)
    reply = await chat.send(text)
    assert not reply.text.startswith(said(app, language, OFF_TOPIC["en"][1]))
    assert reply.text.startswith("🚫") and "+993" not in reply.text
    knowledge = app.bot_data.knowledge
    lawful = [knowledge[topic].text(language).title for topic in ("work-visa", "turkiye-russia-rules")]
    assert all(f"📄 {title}" in chat.labels(reply) for title in lawful), chat.labels(reply)
    assert PERSON[language] in chat.labels(reply)
    opened = await chat.press(f"📄 {lawful[1]}")
    assert opened.text.startswith(lawful[1])
