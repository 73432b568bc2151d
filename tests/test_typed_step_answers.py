"""Words typed at the request's button steps (found by tester V): the builder in Almaty typed "юрист нужен" and
"только тут в чате" five times without getting past "What help do you need?". Each step takes a few words around its
buttons' own, in the three languages as people type them (Turkmen without its letters or in Cyrillic, Russian in Latin
letters), and a "not" only ever leaves the safer answer; words meant as an answer that the step cannot take get one
line on what to press or type, not an article; a real question is still answered, and danger is still danger."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import SentMessage
from tests.chat import Chat
from tests.conftest import FakeClock
from tests.test_handoff_back import ask_a_person
from tests.test_handoff_flow import button, text

MINUTE = 60.0
NEED = "What help do you need?"
VELAYAT = "Where are you from, or where is your family? This helps choose the organisation."
CONTACT = "How may the organisation contact you?"
SAFE = "Is it safe for you to be called? Say yes only if nobody else can answer or check your phone."
NAME = "May the organisation see your Telegram name? It helps them know who is writing."
MESSAGE = "If you want, write a short message for the organisation: what happened and what you need. Or press {skip}."
WAITING = "Your request to talk to a person is still waiting for this answer:"
NEED_HINT = (
    "Press the help you need under the question, or type it in a word or two, for example: lawyer, doctor, "
    "psychologist."
)
CONTACT_HINT = "Press an answer under the question, or type “chat” or “phone”."


def prompt(app: Any, language: str, msgid: str) -> str:
    return text(app, language, msgid).format(skip=button(app, language, "Skip"))


async def answers(app: Any, chat: Chat) -> dict[str, str]:
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None
    return dict(draft.answers)


async def typed_moves_on(
    app: Any, clock: FakeClock, chat: Chat, language: str, typed: str, shown: str
) -> SentMessage:
    """`typed` is taken as an answer: one reply, the next step's question."""
    clock.advance(MINUTE)  # a person types one form at a time, never fast enough for the flood limit
    before = len(chat.bot_messages())
    asked = await chat.send(typed)
    assert len(chat.bot_messages()) == before + 1, f"{typed!r}: no article, no 'not sure'"
    assert asked.text == prompt(app, language, shown), typed
    return asked


async def reach_contact(app: Any, chat: Chat, language: str) -> None:
    await ask_a_person(app, chat, language)
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    asked = await chat.press(button(app, language, "Mary", "velayat"))
    assert asked.text == prompt(app, language, CONTACT)


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ru", ["юрист нужен", "нужен адвокат", "мне нужна юридическая консультация", "yurist nuzhen"]),
        ("tk", ["yurist", "yurist gerek", "maňa hukukçy gerek", "юрист герек"]),
        ("en", ["I need a lawyer", "lawyer please", "legal advice pls"]),
    ],
)
async def test_the_help_needed_typed_in_a_few_words_is_its_button(
    app: Any, clock: FakeClock, chat_with: Callable[..., Chat], language: str, forms: list[str]
) -> None:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    for typed in forms:
        await typed_moves_on(app, clock, chat, language, typed, VELAYAT)
        assert (await answers(app, chat))["need"] == "legal", typed
        await chat.press(button(app, language, "⬅️ Back"))
    doctor = {"ru": "врач нужен", "tk": "lukman gerek", "en": "a doctor"}[language]
    await typed_moves_on(app, clock, chat, language, doctor, VELAYAT)
    assert (await answers(app, chat))["need"] == "medical"


@pytest.mark.parametrize(
    ("language", "chat_forms", "phone_forms"),
    [
        (
            "ru",
            ["только тут в чате", "только чат", "в чате", "tolko chat", "не звоните", "нет, звонить не надо"],
            ["можно звонить", "звоните", "lučše po telefonu"],
        ),
        (
            "tk",
            [
                "dine su chatda",
                "cat arkaly",
                "dine cat",
                "çat",
                "чат аркалы",
                "дине чат",
                "şu ýerde",
                "jaň etmäň",
            ],
            ["telefon arkaly", "jaň ediň", "жаң эдиң"],
        ),
        (
            "en",
            ["only here in the chat", "chat please", "text only", "don't call me"],
            ["call me", "by phone pls"],
        ),
    ],
)
async def test_how_to_be_contacted_typed_in_a_few_words_is_its_button_and_a_not_means_the_chat(
    app: Any,
    clock: FakeClock,
    chat_with: Callable[..., Chat],
    language: str,
    chat_forms: list[str],
    phone_forms: list[str],
) -> None:
    chat = chat_with(language)
    await reach_contact(app, chat, language)
    for typed in chat_forms:
        await typed_moves_on(app, clock, chat, language, typed, NAME)
        assert (await answers(app, chat))["contact"] == "chat", typed
        await chat.press(button(app, language, "⬅️ Back"))
    for typed in phone_forms:
        await typed_moves_on(app, clock, chat, language, typed, SAFE)
        assert (await answers(app, chat))["contact"] == "phone", typed
        await chat.press(button(app, language, "⬅️ Back"))


@pytest.mark.parametrize(
    ("language", "safe", "unsafe", "show", "hide", "send"),
    [
        ("ru", "да, можно звонить", "не безопасно", "покажите имя", "не показывайте моё имя", "да отправить"),
        ("tk", "howpsuz", "howpsuz däl", "adymy görkeziň", "adymy görkezmäň", "hawa iberiň"),
        ("en", "it is safe", "not safe", "show my name", "hide my name", "yes send it"),
    ],
)
async def test_yes_or_no_steps_and_the_consent_take_their_answers_in_words(
    app: Any,
    clock: FakeClock,
    chat_with: Callable[..., Chat],
    language: str,
    safe: str,
    unsafe: str,
    show: str,
    hide: str,
    send: str,
) -> None:
    chat = chat_with(language)
    await reach_contact(app, chat, language)
    await chat.press(button(app, language, "📞 Also by phone"))
    await typed_moves_on(app, clock, chat, language, unsafe, NAME)
    assert (await answers(app, chat))["phone_safe"] == "n"
    await chat.press(button(app, language, "⬅️ Back"))
    await typed_moves_on(app, clock, chat, language, safe, "Type the phone number to call.")
    await chat.send("+993 65 123456")
    await chat.send("18:00")
    await typed_moves_on(app, clock, chat, language, show, MESSAGE)
    assert (await answers(app, chat))["share_name"] == "y"
    await chat.press(button(app, language, "⬅️ Back"))
    await typed_moves_on(app, clock, chat, language, hide, MESSAGE)
    assert (await answers(app, chat))["share_name"] == "n"
    await chat.press(button(app, language, "Skip"))
    await chat.send(send)
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.contact_phone == "+993 65 123456" and case.display_name is None


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", ["только тут в чате", "мары", "по телефону"]),
        ("tk", ["dine çat", "marydan", "telefon arkaly"]),
        ("en", ["only in the chat", "from Mary", "call me"]),
    ],
)
async def test_words_meant_for_another_answer_get_one_line_on_what_to_do_not_an_article(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: list[str]
) -> None:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    for words in typed:
        before = len(chat.bot_messages())
        asked = await chat.send(words)
        assert len(chat.bot_messages()) == before + 1, f"{words!r}: only the step, under its hint"
        assert asked.text == text(app, language, NEED_HINT) + "\n\n" + text(app, language, NEED), words
        assert button(app, language, "⚖️ Legal advice", "service") in chat.labels(asked)
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "need" and not draft.urgent


@pytest.mark.parametrize(
    ("language", "typed"),
    [("ru", "в приюте"), ("tk", "lukman"), ("en", "a psychologist")],
)
async def test_an_answer_to_another_step_at_how_to_contact_gets_its_hint(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await reach_contact(app, chat, language)
    asked = await chat.send(typed)
    assert asked.text == text(app, language, CONTACT_HINT) + "\n\n" + text(app, language, CONTACT)
    assert (await app.bot_data.storage.draft(chat.chat_id)).step == "contact"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("ru", "юрист бесплатный или платный?"),
        ("tk", "yurist mugtmy ya pullymy"),
        ("en", "is the lawyer free or do I pay?"),
    ],
)
async def test_a_real_question_with_an_answers_word_is_still_answered_then_the_step(
    app: Any, chat_with: Callable[..., Chat], language: str, question: str
) -> None:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    before = len(chat.bot_messages())
    asked = await chat.send(question)
    assert len(chat.bot_messages()) == before + 2, "the answer, then the step"
    answer = chat.bot_messages()[-2]
    lawyer = app.bot_data.knowledge["legal-help"].text(language).title
    assert answer.text.startswith(lawyer)
    assert asked.text == text(app, language, WAITING) + "\n\n" + text(app, language, NEED)
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "need"


@pytest.mark.parametrize(
    ("language", "danger"),
    [
        ("ru", "не звоните, хозяин бьёт меня"),
        ("tk", "jaň etmäň, hojaýyn meni urýar"),
        ("en", "dont call, he hits me"),
    ],
)
async def test_danger_with_a_contact_word_is_danger_not_the_chat(
    app: Any, chat_with: Callable[..., Chat], language: str, danger: str
) -> None:
    chat = chat_with(language)
    await reach_contact(app, chat, language)
    asked = await chat.send(danger)
    reply = chat.bot_messages()[-2]
    assert reply.text.startswith(
        text(
            app,
            language,
            "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first.",
        )
    )
    assert asked.text == text(app, language, WAITING) + "\n\n" + text(app, language, CONTACT)
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "contact" and draft.urgent and "contact" not in draft.answers


@pytest.mark.parametrize(
    ("step", "typed", "meant"),
    [
        ("name", "не показывайте моё имя", "n"),
        ("name", "adymy görkezmäň", "n"),
        ("name", "don't show my name", "n"),
        ("phone_safe", "звонить нельзя", "n"),
        ("contact", "у меня нет телефона", "chat"),
        ("contact", "no calls", "chat"),
        ("confirm", "не отправлять", None),
        ("confirm", "нет", None),
        ("need", "не юрист", None),
    ],
)
def test_a_not_only_ever_leaves_the_safer_answer(step: str, typed: str, meant: str | None) -> None:
    from bot.handoff_words import typed_choice

    assert typed_choice(step, typed) == meant


@pytest.mark.parametrize(
    ("language", "typed"),
    [("en", "evening after 6"), ("ru", "вечером после шести"), ("tk", "agşam altydan soň")],
)
async def test_words_about_nothing_else_at_a_step_get_its_hint_not_not_about_travel(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    """X#9: "evening after 6" where "is it safe to call you?" is asked was told it is not about travelling: it answers
    the bot's own question (too early), so the step again under its hint, nothing else."""
    chat = chat_with(language)
    await reach_contact(app, chat, language)
    await chat.press(button(app, language, "📞 Also by phone"))
    before = len(chat.bot_messages())
    asked = await chat.send(typed)
    assert len(chat.bot_messages()) == before + 1, "only the step, under its hint"
    assert asked.text.endswith(text(app, language, SAFE)), asked.text
    assert not asked.text.startswith(text(app, language, WAITING))
    assert (await app.bot_data.storage.draft(chat.chat_id)).step == "phone_safe"  # type: ignore[union-attr]


async def test_russian_typed_in_latin_letters_without_the_soft_sign_is_still_its_answer(
    app: Any, clock: FakeClock, chat_with: Callable[..., Chat]
) -> None:
    """X#9: "ne pokazyvat imya" (не показывать имя, its soft sign left out) was "not sure" at the name step."""
    chat = chat_with("ru")
    await reach_contact(app, chat, "ru")
    await chat.press(button(app, "ru", "💬 Only through this chat"))
    await typed_moves_on(app, clock, chat, "ru", "ne pokazyvat imya", MESSAGE)
    assert (await answers(app, chat))["share_name"] == "n"
