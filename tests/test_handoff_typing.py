"""What people type into the hand-off request and on an open case: a phone number read as written or refused with
a hint, and a long message reaching staff whole, in marked pieces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat
from tests.test_handoff_flow import MARY, button, request_help_from_mary, staff, text


async def reach_the_phone_step(app: Any, chat: Chat, language: str) -> None:
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "📍 Find an organisation near me"))
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.share_location(*MARY)
    mary = app.bot_data.directory.get("example-mary").text("name", language)
    await chat.press(button(app, language, "🙋 Ask {name} for help").format(name=mary))
    await chat.press(button(app, language, "📞 Also by phone"))
    await chat.press(button(app, language, "Yes, it is safe"))
    assert chat.last_reply().text == text(app, language, "Type the phone number to call.")


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_phone_number_with_a_letter_gets_a_hint_and_the_same_step(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await reach_the_phone_step(app, chat, language)
    hint = await chat.send("+993 6x 12 34 56")
    assert hint.text == text(
        app,
        language,
        "This does not look like a phone number. Please type it in digits, for example +993 65 000000 or "
        "8 65 000000. Spaces, dashes and brackets are fine.",
    )
    assert button(app, language, "✖ Cancel") in chat.labels(hint), "the way out stays one tap away"
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.step == "phone" and "phone" not in draft.answers

    asked = await chat.send("+993 65 12-34-56")
    assert asked.text == text(
        app, language, "When is it safe to call you? For example: weekdays after 18:00."
    )


def words_up_to(length: int, word: str = "слово") -> list[str]:
    """Numbered words ("слово0 слово1 …") whose text is just under `length` characters."""
    words: list[str] = []
    while len(" ".join([*words, f"{word}{len(words)}"])) <= length:
        words.append(f"{word}{len(words)}")
    return words


# A word in each language: a message in another language would make that one the person's (bot/i18n.py)
WORD = {"ru": "слово", "tk": "söz", "en": "word"}


def relayed_piece(app: Any, message_text: str, number: int, part: int, parts: int) -> str:
    heading = text(app, "ru", "💬 Case #{number}, the person writes ({part}/{parts}):")
    first_line, _, body = message_text.partition("\n")
    assert first_line == heading.format(number=number, part=part, parts=parts)
    return body


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
async def test_a_long_request_message_reaches_staff_whole_and_the_person_is_told_before_sending(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    words = words_up_to(3000, WORD[language])
    chat = chat_with(language)
    await reach_the_phone_step(app, chat, language)
    await chat.send("+993 65 000000")
    await chat.send("after 18:00")
    await chat.press(button(app, language, "No, keep it hidden"))
    consent = await chat.send(" ".join(words))
    note = text(
        app,
        language,
        "Your message is long, so only its beginning is shown here. All of it will be sent: the rest goes right "
        "after the request, nothing is cut.",
    )
    assert note in consent.text, "told before they consent"
    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None
    number = case.id

    worker = staff(app, standin)
    card = worker.card(number)
    label = text(app, "ru", "Message (1/{parts}): «{message}»").split("«")[0].format(parts=2)
    beginning = card.text.split(label, 1)[1].split("\n", 1)[0].strip("«»")
    rest = relayed_piece(app, worker.last().text, number, 2, 2)
    assert (beginning + " " + rest).split() == words, "every word reaches staff, none cut in two"


async def test_a_long_message_on_an_open_case_is_relayed_in_marked_pieces_cut_between_words(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    words = words_up_to(4096)  # as long as Telegram lets a person write
    await chat.send(" ".join(words))
    first, second = staff(app, standin).messages()[-2:]
    pieces = [relayed_piece(app, first.text, number, 1, 2), relayed_piece(app, second.text, number, 2, 2)]
    assert " ".join(pieces).split() == words


@pytest.mark.parametrize(("language", "cancel"), [("ru", "Отмена"), ("tk", "goýbolsun"), ("en", "cancel")])
async def test_cancel_typed_at_any_step_of_a_request_does_what_its_button_does(
    app: Any, chat_with: Callable[..., Chat], language: str, cancel: str
) -> None:
    chat = chat_with(language)
    await reach_the_phone_step(app, chat, language)  # a typed step: the word is not taken for a phone number
    reply = await chat.send(cancel)
    assert reply.text.startswith(text(app, language, "Cancelled. Nothing was sent."))
    assert await app.bot_data.storage.draft(chat.chat_id) is None
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is None


@pytest.mark.parametrize(
    ("language", "need", "velayat", "contact"),
    [("tk", "hukuk", "Mary", "çat"), ("ru", "юрист", "Мары", "чат"), ("en", "lawyer", "mary", "chat")],
)
async def test_the_requests_button_steps_take_a_typed_answer(
    app: Any, chat_with: Callable[..., Chat], language: str, need: str, velayat: str, contact: str
) -> None:
    # typed instead of pressed: "Mary" in the middle of a request is its velayat, not a question with 🆘 and topics
    chat = chat_with(language)
    await chat.send("/start")
    await chat.press(button(app, language, "🤝 Get help", "menu"))
    await chat.press(button(app, language, "🙋 Ask a person to contact me"))
    await chat.send(need)
    await chat.send(velayat)
    await chat.send(contact)
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.need == "legal" and draft.velayat == "mary"
    assert draft.answers.get("contact") == "chat"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", "ой нет подождите я передумала, не надо никому передавать"),
        ("tk", "yok gerek dal, pikirimi uytgetdim"),
        ("en", "wait actually never mind, dont send this"),
    ],
)
async def test_changing_ones_mind_in_words_cancels_the_request_at_a_typed_step_and_a_button_step(
    app: Any, chat_with: Callable[..., Chat], language: str, words: str
) -> None:
    # found by tester I: "я передумала" got "I am not sure I understood your question", and nothing said whether
    # the request would still go
    from tests.test_handoff_back import ask_a_person

    chat = chat_with(language)
    await reach_the_phone_step(
        app, chat, language
    )  # typed there, the words would have been taken as the phone
    reply = await chat.send(words)
    assert reply.text.startswith(text(app, language, "Cancelled. Nothing was sent."))
    assert await app.bot_data.storage.draft(chat.chat_id) is None
    await ask_a_person(app, chat, language)
    reply = await chat.send(words)
    assert reply.text.startswith(text(app, language, "Cancelled. Nothing was sent."))
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is None


async def test_words_of_danger_with_a_change_of_mind_are_answered_as_danger(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await reach_the_phone_step(app, chat, "ru")
    reply = await chat.send("я передумала, не надо никому передавать, он меня избил и запер")
    assert not reply.text.startswith(text(app, "ru", "Cancelled. Nothing was sent."))
    assert await app.bot_data.storage.draft(chat.chat_id) is not None, "the request waits, its 🆘 a tap away"


@pytest.mark.parametrize(
    "words",
    [
        "не хочу возвращаться домой",
        "не надо было ехать",
        "he changed his mind about paying",
        "i dont want to work there anymore, he took my passport",
        "мне не нужно визу?",
        "не хочу чтобы муж узнал",
    ],
)
def test_words_that_only_contain_a_no_are_no_change_of_mind(words: str) -> None:
    from bot.controls import changed_mind

    assert not changed_mind(words)


@pytest.mark.parametrize(
    "words",
    ["I changed my mind", "cancel please", "не надо ничего", "ладно не надо", "yok gerek dal", "islemeyan"],
)
def test_more_ways_of_saying_one_changed_ones_mind(words: str) -> None:
    # found by tester K: none of these cancelled the request
    from bot.controls import changed_mind

    assert changed_mind(words)
