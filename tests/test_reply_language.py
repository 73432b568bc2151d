"""A person who writes in a language other than their phone's is written to in it, on every screen that follows:
the danger reply, the request and its confirmation, «delivered», «just alerted»; and their case's staff are told
when that language changes (found by exploratory testers: screens that mixed two languages)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from bot.i18n import answer_language
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_handoff_flow import request_help_from_mary, staff
from tests.test_handoff_typing import reach_the_phone_step

# Letters only one of the bot's languages uses (Turkmen's are not in English or Russian; Cyrillic is Russian here,
# as the bot writes Turkmen in Latin letters)
TURKMEN_LETTERS = re.compile("[äçňöşýž]", re.IGNORECASE)
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def in_one_language(app: Any, language: str, message: Any, chat: Chat) -> bool:
    """Whether a message and its buttons read in `language` only: the script, Turkmen's letters, and what the bot's
    own reader says of the text and of the buttons when it can tell."""
    labels = " ".join(chat.labels(message))
    reader = app.bot_data.matcher
    for part in (message.text or "", labels):
        told = reader.written_language(part)
        if told not in (None, language):
            return False
        if bool(CYRILLIC.search(part)) != (language == "ru") and part:
            return False
        if language == "en" and TURKMEN_LETTERS.search(part.replace("Türkiye", "")):
            return False
    return True


def new_messages(chat: Chat, since: int) -> list[Any]:
    return chat.bot_messages()[since:]


def assert_all_in(app: Any, chat: Chat, since: int, language: str) -> None:
    messages = new_messages(chat, since)
    assert messages
    mixed = [m.text for m in messages if not in_one_language(app, language, m, chat)]
    assert not mixed, f"not only in {language}: {mixed}"


@pytest.mark.parametrize(
    ("phone", "written", "danger", "again"),
    [
        ("en", "ru", "меня держат взаперти в стамбуле", "помогите"),
        ("ru", "tk", "meni gulplap saklaýarlar Stambulda", "kömek ediň"),
        ("tk", "ru", "алло ответьте, меня заперли", "помогите"),  # "алло ответьте" alone is impatience (Z#2)
    ],
)
async def test_danger_written_in_another_language_is_answered_in_it_through_sos_and_the_case(
    app: Any,
    standin: StandIn,
    chat_with: Callable[..., Chat],
    phone: str,
    written: str,
    danger: str,
    again: str,
) -> None:
    chat = chat_with(phone)
    await chat.send("/start")
    since = len(chat.bot_messages())
    await chat.send(danger)
    await chat.press(said(app, written, "🆘 Ask a person to write to me now", "button"))
    await chat.send(again)
    # The danger reply, the confirmation, «delivered» and «just alerted»: one language, the one written
    assert_all_in(app, chat, since, written)
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.language == written, "staff write in the language the person reads"
    card = staff(app, standin, chat_id=COORDINATOR_CHAT).card(case.id)
    language_line = said(app, "ru", "Language: {language}")
    assert language_line.format(language={"ru": "Русский", "tk": "Türkmençe"}[written]) in card.text


async def test_a_question_in_russian_on_an_english_phone_leads_to_a_russian_request_that_carries_it(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    since = len(chat.bot_messages())
    question = "здравствуйте мне нужен юрист, меня обманули с работой в дубае"
    await chat.send(question)
    await chat.press(said(app, "ru", "🙋 Talk to a person", "button"))
    assert chat.last_reply().text == said(app, "ru", "What help do you need?")
    await chat.press(said(app, "ru", "⚖️ Legal advice", "service"))
    await chat.press(said(app, "ru", "🌍 I am abroad", "velayat"))
    await chat.press(app.bot_data.countries.get("ae").title("ru"))
    await chat.press(said(app, "ru", "💬 Only through this chat", "button"))
    await chat.press(said(app, "ru", "No, keep it hidden", "button"))
    consent = await chat.press(said(app, "ru", "Skip", "button"))
    # The question asked before goes with the request, and the consent screen says so before anything is sent
    assert question in consent.text
    await chat.press(said(app, "ru", "✅ Send the request", "button"))
    assert_all_in(app, chat, since, "ru")
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.language == "ru" and case.first_message == question


async def test_the_phone_steps_hint_comes_in_the_language_the_person_types(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await reach_the_phone_step(app, chat, "en")
    since = len(chat.bot_messages())
    hint = await chat.send("не знаю")
    assert hint.text.startswith(
        said(
            app,
            "ru",
            "This does not look like a phone number. Please type it in digits, for example +993 65 000000 or 8 65 000000. Spaces, dashes and brackets are fine.",
        )
    )
    assert_all_in(app, chat, since, "ru")


async def test_a_language_changed_with_a_case_open_reaches_the_case_and_its_staff(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    ngo = staff(app, standin)
    await chat.send("/language")
    await chat.press("Türkmençe")
    since = len(chat.bot_messages())
    await chat.send("salam, men Moskwada, pasportym ýok")
    assert_all_in(app, chat, since, "tk")
    assert (await app.bot_data.storage.case(number)).language == "tk"
    notice = said(
        app,
        "ru",
        "🌐 Case #{number}: the person now writes in {language}. Please write to them in this language.",
    ).format(number=number, language="Türkmençe")
    assert notice in [m.text for m in ngo.messages()]
    assert said(app, "ru", "Language: {language}").format(language="Türkmençe") in ngo.card(number).text


async def test_writing_in_another_language_on_an_open_case_tells_its_staff_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    ngo = staff(app, standin)
    await chat.send("salam, men Moskwada, pasportym ýok")
    await chat.send("iş berijim aýlygymy bermeýär")
    told = [m for m in ngo.messages() if m.text.startswith("🌐")]
    assert len(told) == 1 and f"#{number}" in told[0].text
    assert (await app.bot_data.storage.case(number)).language == "tk"


def test_a_short_message_keeps_the_language_unless_it_tells_of_danger_in_cyrillic() -> None:
    # "паспорт?" on a Turkmen phone may be Turkmen typed in Cyrillic: it keeps Turkmen
    assert answer_language("tk", None, "ru", danger=False) == "tk"
    # "помогите" on a Turkmen phone must be read: Russian
    assert answer_language("tk", None, "ru", danger=True) == "ru"
    # Cyrillic is never English: "не знаю" on an English phone is Russian
    assert answer_language("en", None, "ru", danger=False) == "ru"
    # A clear message decides; a short Latin one ("SOS", "help") leaves the language as it was
    assert answer_language("ru", "tk", None, danger=False) == "tk"
    assert answer_language("tk", None, None, danger=True) == "tk"


# Russian questions full of words Turkmen shares (виза, агент, Кипр), and Turkmen ones, Latin and Cyrillic, full of
# words Russian shares: each is written in its own language whatever the person wrote before (E#4).
RUSSIAN_QUESTIONS = [
    "студенческая виза в северный кипр нужна? агент говорит не нужна",
    "агент сказал что виза не нужна",
    "сколько стоит рабочая виза в турцию",
    "агент забрал паспорт что делать",
]
TURKMEN_QUESTIONS = [
    "Demirgazyk Kiprde mugt okuw diyip agent 3000 dollar sorayar, dogrumy?",
    "iş wizasy näçe durýar",
    "гызым дубая гитди, хабар ёк",
    "паспортымы алдылар, нәме этмели",
]


@pytest.mark.parametrize("question", RUSSIAN_QUESTIONS)
def test_a_russian_question_is_clearly_russian_however_many_words_turkmen_shares(
    matcher: Any, question: str
) -> None:
    written = matcher.written_language(question)
    assert written == "ru"
    assert answer_language("tk", written, matcher.likely_language(question), danger=False) == "ru"


@pytest.mark.parametrize("question", TURKMEN_QUESTIONS)
def test_a_turkmen_question_is_clearly_turkmen_however_many_words_russian_shares(
    matcher: Any, question: str
) -> None:
    written = matcher.written_language(question)
    assert written == "tk"
    assert answer_language("ru", written, matcher.likely_language(question), danger=False) == "tk"


@pytest.mark.parametrize(
    ("before", "theirs", "question", "language"),
    [
        ("Demirgazyk Kiprde okuw mugt diýýärler, dogrumy?", "tk", RUSSIAN_QUESTIONS[0], "ru"),
        ("сколько стоит рабочая виза в турцию", "ru", "iş wizasy näçe durýar", "tk"),
        ("what documents do I need for a work visa", "en", "агент сказал что виза не нужна", "ru"),
    ],
)
async def test_a_question_after_one_in_another_language_is_answered_in_its_own(
    app: Any, chat_with: Callable[..., Chat], before: str, theirs: str, question: str, language: str
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.send(before)
    since = len(chat.bot_messages())
    await chat.send(question)
    assert_all_in(app, chat, since, language)
    # one line is not yet a switch (tester DD#10: a bilingual person's quote made the card Turkmen for good)
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == theirs
    await chat.send(question)
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == language, "two lines in a row"


@pytest.mark.parametrize("phone", ["ru", "tk", "en"])
async def test_russian_typed_in_latin_letters_is_answered_in_russian(
    app: Any, chat_with: Callable[..., Chat], phone: str
) -> None:
    # found by a tester: "rabotodatel zabral pasport ne otdaet" from a Russian phone was answered in Turkmen (Turkmen
    # examples borrow a few such words), and the chat stayed in Turkmen, danger replies too
    chat = chat_with(phone)
    await chat.send("/start")
    since = len(chat.bot_messages())
    await chat.send("rabotodatel zabral pasport ne otdaet")
    await chat.send("chto delat")  # too short to tell: stays in the language just written
    assert_all_in(app, chat, since, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "pasportymy aldylar name etmeli",
        "men turkiyede ishleyan, wiza gutardy",
        "sos sos sos",
        "bu yerde ish barmy",
    ],
)
def test_turkmen_in_latin_letters_is_not_taken_for_russian(app: Any, text: str) -> None:
    assert app.bot_data.matcher.written_language(text) in (None, "tk")


def test_english_is_not_taken_for_russian_typed_in_latin(app: Any) -> None:
    for text in ("my boss took my passport what do i do", "no one pays me, i am in dubai, what to do"):
        assert app.bot_data.matcher.written_language(text) == "en"


@pytest.mark.parametrize(
    ("phone", "refusal", "wanted"),
    [
        ("tk", "я не понимаю по туркменски", "ru"),
        ("tk", "ya ne ponimayu po turkmenski", "ru"),
        ("ru", "i dont understand russian", "en"),
        ("ru", "rusça düşünemok", "tk"),
    ],
)
async def test_saying_a_language_is_not_understood_switches_away_from_it(
    app: Any, chat_with: Callable[..., Chat], phone: str, refusal: str, wanted: str
) -> None:
    # found by tester K: "я не понимаю по туркменски" got "Boldy: indi size türkmençe ýazaryn"
    chat = chat_with(phone)
    await chat.send("/start")
    reply = await chat.send(refusal)
    assert reply.text.startswith(said(app, wanted, "Done: I will write in English."))


async def test_russian_in_latin_letters_with_a_turkmen_looking_word_is_still_russian(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    since = len(chat.bot_messages())
    await chat.send("ya v moskve, patent prosrochen chto delat")
    assert_all_in(app, chat, since, "ru")
