"""(Tester M, the words people typed.) What people typed that the bot misread, found by exploratory tester M, held in the three languages: someone near
or "I can't talk now" offers 🙈 Hide first, and "what do I do" after telling what happened gets the way forward
(M#3); a place named by its city is where the person is for the hour, "who do I call here" gets that country's
numbers, and a request does not ask again for a country known (M#6); a daughter is not a child unless something
says so, and "dobryi den" is a greeting (M#8); rude words get a calm reply, markup is no question, and "спасибо
брат" is thanks (M#10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.countries import Countries
from bot.nlp.minors import speaks_of_a_minor
from bot.nlp.watched import cannot_talk_now
from bot.nlp.what_now import asks_what_to_do
from bot.nlp.whereabouts import places_writer_in
from tests.chat import Chat, said
from tests.test_country_now import numbers_heading

LANGUAGES = ["ru", "tk", "en"]


def hide_label(app: Any, language: str) -> str:
    return said(app, language, "🙈 Hide this chat", "button")


def sos_label(app: Any, language: str) -> str:
    return said(app, language, "🆘 Ask a person to write to me now", "button")


def title(app: Any, language: str, topic: str) -> str:
    return app.bot_data.knowledge[topic].text(language).title


# M#3: someone near, "I can't talk now", "what do I do" ------------------------------------------------------------

WATCHED = {
    "ru": ("хозяин каждый вечер проверяет мой телефон", "не могу сейчас говорить", "он рядом"),
    "tk": ("hojaýyn her gije telefonymy barlaýar", "men häzir gürläp bilemok", "ol ýanymda"),
    "en": ("my boss checks my phone every night", "i cant talk now", "he is here"),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_someone_near_or_no_time_to_talk_offers_hide_first_and_the_quiet_way_to_the_hotline(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    checks_phone, cannot_talk, near = WATCHED[language]
    await chat.send(checks_phone)
    for text in (cannot_talk, near):
        answer = await chat.send(text)
        labels = chat.labels(answer)
        assert labels[:2] == [hide_label(app, language), sos_label(app, language)], (text, labels)
        assert answer.text.startswith(said(app, language, "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and sends nothing back. Write again when it is safe: I will be here.").format(button=hide_label(app, language)))  # fmt: skip
        quietly = "To reach the hotline without a call, tap 🆘: a person from the hotline team will write to you here, in this chat."  # fmt: skip
        assert said(app, language, quietly) in answer.text


TOLD = {
    "ru": (
        "я в анталии приехала работать в отель горничной а привезли в бар заставляют сидеть с клиентами пить",
        "что мне делать",
    ),
    "tk": ("men Antalýada, hojaýyn pasportymy aldy we meni daşary çykarmaýar", "men näme etmeli?"),
    "en": ("i am in antalya, the boss took my passport and does not let me go out", "what do i do"),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_what_do_i_do_after_telling_what_happened_gets_the_way_forward(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    story, what_now = TOLD[language]
    await chat.send(story)
    answer = await chat.send(what_now)
    turkey = app.bot_data.countries.get("tr")
    assert answer.text.startswith(said(app, language, "What you can do now:"))
    danger = said(app, language, "• In danger right now: call {number} (the emergency number in {country}), or tap 🆘 and a person from the hotline team will write to you here.")  # fmt: skip
    assert danger.format(number=turkey.emergency, country=turkey.in_sentence(language)) in answer.text
    labels = chat.labels(answer)
    assert labels[0] == sos_label(app, language)
    assert said(app, language, "🙋 Talk to a person", "button") in labels
    assert said(app, language, "I am not sure I understood your question, and I do not want to guess.") not in answer.text  # fmt: skip


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("не могу сейчас говорить", True),
        ("ne mogu seychas govorit", True),
        ("муж пришёл", True),
        ("he is here now!", True),
        ("ол яньымда", True),
        # someone somewhere, or something that cannot be done: not a sign of being watched
        ("he is here in istanbul with me, what visa does he need", False),
        ("she is coming to turkey", False),
        ("i cant pay the fee", False),
        ("я не могу найти работу", False),
    ],
)
def test_someone_near_is_read_only_in_a_few_words_that_say_so(text: str, near: bool) -> None:
    assert cannot_talk_now(text) is near


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Что мне делать?", True),
        ("chto mne delat", True),
        ("и что теперь делать", True),
        ("What should I do now?", True),
        ("näme etmeli", True),
        # what to do about something: a question for the knowledge base
        ("что мне делать с паспортом", False),
        ("what do i do if they check my bag", False),
        ("näme etmeli, pasportym ýok", False),
    ],
)
def test_what_to_do_is_only_a_whole_message_that_asks_nothing_else(text: str, asks: bool) -> None:
    assert asks_what_to_do(text) is asks


# M#6: a country named through a city ------------------------------------------------------------------------------

UNPAID_IN_ALMATY = {
    "ru": ("на стройке в алматы 3 месяца не платят", "номер полиции", "а куда звонить тут в казахстане"),
    "tk": (
        "Almatyda gurluşykda 3 aý aýlyk bermeýärler",
        "polisiýanyň belgisi",
        "Gazagystanda kime jaň etmeli",
    ),
    "en": (
        "no pay for 3 months at a building site in almaty",
        "police number",
        "who do i call here in kazakhstan",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_city_named_in_trouble_is_where_the_person_is_for_the_next_questions(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    story, police, whom_to_call = UNPAID_IN_ALMATY[language]
    await chat.send(story)
    heading = numbers_heading(app, language, "kz")
    assert (await chat.send(police)).text.startswith(heading)  # not "Which country are you in?"
    assert (await chat.send(whom_to_call)).text.startswith(heading)  # not the hotline's article


DUBAI = {
    "ru": "я в дубае, хозяйка забрала паспорт и телефон",
    "tk": "men Dubaýda, hojaýyn pasportymy we telefonymy aldy",
    "en": "i am in dubai, the madam took my passport and phone",
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_request_does_not_ask_again_for_the_country_the_person_said_they_are_in(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(DUBAI[language])
    await chat.press(said(app, language, "🙋 Talk to a person", "button"))
    await chat.press(said(app, language, "⚖️ Legal advice", "service"))
    step = await chat.press(said(app, language, "🌍 I am abroad", "velayat"))
    assert step.text == said(app, language, "How may the organisation contact you?")
    # ⬅️ Back asks the country after all (she may have moved on), and the one she picks is kept
    step = await chat.press(said(app, language, "⬅️ Back", "button"))
    assert step.text == said(app, language, "Which country are you in?")
    await chat.press(app.bot_data.countries.get("ae").title(language))
    await chat.press(said(app, language, "💬 Only through this chat", "button"))
    await chat.press(said(app, language, "No, keep it hidden", "button"))
    consent = await chat.press(said(app, language, "Skip", "button"))
    assert app.bot_data.countries.get("ae").title(language) in consent.text  # the consent screen shows it


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("я в алматы", True),
        ("работаю в алматы", True),
        ("я в алматы поеду", False),
        ("я в эмираты лечу", False),
    ],
)
def test_a_name_that_does_not_decline_places_the_writer_unless_they_are_going_there(
    text: str, placed: bool
) -> None:
    assert places_writer_in(text, Countries.load().get("kz" if "алмат" in text else "ae").said_as) is placed


# M#8: a daughter is not a child; "dobryi den" -----------------------------------------------------------------------

DAUGHTER_AS_NANNY = {
    "ru": "doch hochet poehat v dubai nyanei v semyu",
    "tk": "gyzym Türkiýä öý işine gitjek",
    "en": "my daughter wants to work as a nanny in dubai",
}
CHILD_TO_WORK = {
    "ru": "сыну 15 лет, хочет поехать в россию на стройку",
    "tk": "14 ýaşly oglum Türkiýä işe gitjek",
    "en": "my 15 year old son wants to go to russia to work on a building site",
}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_grown_daughters_nanny_job_gets_the_domestic_work_answer_and_a_child_still_the_childrens(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    answer = await chat.send(DAUGHTER_AS_NANNY[language])
    assert answer.text.startswith(title(app, language, "domestic-work"))
    answer = await chat.send(CHILD_TO_WORK[language])  # the answer, or a danger reply with it one tap away
    children = title(app, language, "children-safety")
    assert answer.text.startswith(children) or f"📄 {children}" in chat.labels(answer)


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("my 14 yr old boy", True),
        ("дочка-школьница", True),
        ("ей 15 лет", True),
        ("kämillik ýaşyna ýetmedik", True),
        ("she is only 16", True),
        # a family word alone, or looking after children as a job
        ("дочь хочет поехать в дубай няней", False),
        ("ей 19", False),
        ("gyzym Dubaýa çaga bakyjy bolup gitmek isleýär", False),
        ("childcare job in dubai", False),
    ],
)
def test_a_child_is_read_from_a_word_for_one_or_an_age_under_18(text: str, child: bool) -> None:
    assert speaks_of_a_minor(text) is child


GREETING = "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in touch with people who help. Type your question or choose below."  # fmt: skip
THANKS = "You are welcome! If you have another question, just write it."
RUDE = "I am sorry if I did not help. I am an automatic helper: I answer questions about travelling and working abroad safely, and I can put you in touch with a person. Ask in other words, or choose below."  # fmt: skip


# M#8, M#10: small talk, rude words, markup ---------------------------------------------------------------------------

SMALL_TALK = {
    "ru": [("dobryi den", GREETING), ("ладно спасибо брат", THANKS), ("тупой бот", RUDE)],
    "tk": [("haýyrly gün", GREETING), ("sag bol jigim", THANKS), ("bu bot peýdasyz", RUDE)],
    "en": [("good morning bro", GREETING), ("ok thanks bro", THANKS), ("this bot is shit", RUDE)],
}
MARKUP = "<b>x</b> <script>alert(1)</script> & < >"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_greetings_thanks_and_rude_words_get_short_replies_with_the_menu_and_markup_is_no_question(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    menu = said(app, language, "❓ Ask a question", "menu")
    for text, reply in [*SMALL_TALK[language], (MARKUP, GREETING)]:
        answer = await chat.send(text)
        assert answer.text == said(app, language, reply), text
        assert chat.labels(answer)[0] == menu, text
        assert sos_label(app, language) not in chat.labels(answer), text  # no topic with 🆘 for markup


@pytest.mark.parametrize(
    "text",
    [
        "my boss says i am stupid",
        "моя хозяйка называет меня дурой",
        "is it a scam or a garbage offer",
        "this job sucks",
    ],
)
async def test_rude_words_about_someone_else_are_not_taken_for_rudeness_to_the_bot(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    assert (await chat.send(text)).text != said(app, "en", RUDE)
