"""What exploratory tester S met in the hand-off request and around it: 🆘, SOS or danger typed at a step of the
request taken for its message and sent as not urgent, or not at all (S#1); cancel typed with a "no" before it not
cancelling (S#8); "в турции город урфа" not placing the writer in Türkiye (S#4); "salam aleykum" refused as
off-topic (S#9); and "куда жаловаться тут в россии" answered with the place only (S#10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import sos_label
from tests.test_handoff_back import ask_a_person
from tests.test_handoff_flow import MARY_CHAT, button, staff, text

MESSAGE_STEP = "If you want, write a short message for the organisation: what happened and what you need. Or press {skip}."
CONTACT_STEP = "How may the organisation contact you?"


async def reach(app: Any, chat: Chat, language: str, step: str) -> None:
    """Get help → a person → legal → Mary, then on to `step`: "contact" or "message"."""
    await ask_a_person(app, chat, language)
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    asked = await chat.press(button(app, language, "Mary", "velayat"))
    assert asked.text == text(app, language, CONTACT_STEP)
    if step == "message":
        await chat.press(button(app, language, "💬 Only through this chat"))
        asked = await chat.press(button(app, language, "No, keep it hidden"))
        assert asked.text.startswith(text(app, language, MESSAGE_STEP).split(".")[0])


def coordinator_cards(standin: StandIn, number: int) -> list[str]:
    return [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True) if f"#{number}" in m.text]


# S#1 ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "step", "typed"),
    [
        ("ru", "message", "🆘"),
        ("en", "message", "SOS help me"),
        ("en", "message", "sos"),
        ("tk", "message", "🆘🆘"),
        ("tk", "contact", "🆘"),
        ("ru", "contact", "sos помогите"),
    ],
)
async def test_sos_typed_at_a_step_of_the_request_opens_an_urgent_case_for_the_hotline_team_at_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, step: str, typed: str
) -> None:
    # found by tester S: "🆘" at the message step became the request's message, sent (after Send) as not urgent
    chat = chat_with(language)
    await reach(app, chat, language, step)
    reply = await chat.send(typed)
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent, "no consent screen in between: a person first, as the 🆘 button"
    assert case.staff_chat_id == COORDINATOR_CHAT
    assert reply.text.startswith(
        said(app, language, "✅ Your request #{number} has been sent to {organisation}.").split("#")[0]
    )
    assert "+99312463514" in reply.text
    assert coordinator_cards(standin, case.id), "the hotline team has the card"
    assert await app.bot_data.storage.draft(chat.chat_id) is None, "the urgent case takes the request's place"


async def test_sos_typed_after_danger_told_at_a_step_passes_those_words_once(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await reach(app, chat, "ru", "contact")
    await chat.send("меня бьют и не выпускают из квартиры")  # the danger reply, and the step again
    await chat.send("SOS")
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent and case.staff_chat_id == COORDINATOR_CHAT
    card = coordinator_cards(standin, case.id)[0]
    assert card.count("меня бьют и не выпускают из квартиры") == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", "он меня бьет помогите срочно"),
        ("ru", "помогите срочно"),
        ("en", "they locked us in the flat and beat us, please help"),
        ("tk", "hojaýyn pasportymy aldy, sorasam urdy, polisiýa gitseň seni nelegal diýýär"),
    ],
)
async def test_danger_typed_as_the_requests_message_is_answered_as_danger_at_once_and_the_request_kept_urgent(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, words: str
) -> None:
    # found by tester S: "он меня бьет помогите срочно" got the consent screen, no numbers, nothing sent until Send
    chat = chat_with(language)
    await reach(app, chat, language, "message")
    await chat.send(words)
    danger_reply, consent = chat.bot_messages()[-2:]
    assert danger_reply.text.startswith("⚠️") and "+99312463514" in danger_reply.text
    assert chat.labels(danger_reply)[0] == sos_label(app, language)
    assert consent.text.count(words) == 1, "the words are the request's message, once"
    assert button(app, language, "✅ Send the request") in chat.labels(consent)
    await chat.press(button(app, language, "✅ Send the request"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent and case.staff_chat_id == MARY_CHAT
    assert staff(app, standin).card(case.id).text.count(words) == 1
    assert coordinator_cards(standin, case.id), "the hotline team is alerted too"


async def test_sos_on_the_danger_reply_at_the_message_step_sends_the_words_once_to_the_hotline_team(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await reach(app, chat, "ru", "message")
    await chat.send("он меня бьет помогите срочно")
    await chat.press(sos_label(app, "ru"))
    case = await app.bot_data.storage.open_case_for(chat.chat_id)
    assert case is not None and case.urgent and case.staff_chat_id == COORDINATOR_CHAT
    assert coordinator_cards(standin, case.id)[0].count("он меня бьет помогите срочно") == 1


async def test_a_plain_call_for_help_as_the_message_still_gets_the_consent_screen(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    # "help me please" asks for what the request does (tester J): no danger reply in its way
    chat = chat_with("en")
    await reach(app, chat, "en", "message")
    consent = await chat.send("help me please")
    assert not chat.bot_messages()[-2].text.startswith("⚠️")
    assert "«help me please»" in consent.text


# S#8 ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "step", "typed"),
    [
        ("tk", "contact", "yok gerek dal, goybolsun"),
        ("tk", "message", "ýok, goýbolsun"),
        ("ru", "message", "не надо, отмена"),
        ("ru", "contact", "нет, отмена"),
        ("en", "message", "no, cancel"),
        ("en", "contact", "never mind"),
        ("tk", "contact", "goybolsun"),
    ],
)
async def test_cancel_typed_after_a_no_at_a_step_cancels_as_its_button_does(
    app: Any, chat_with: Callable[..., Chat], language: str, step: str, typed: str
) -> None:
    # found by tester S: "yok gerek dal, goybolsun" got "I am not sure I understood", then the step again
    chat = chat_with(language)
    await reach(app, chat, language, step)
    reply = await chat.send(typed)
    assert reply.text.startswith(text(app, language, "Cancelled. Nothing was sent."))
    assert await app.bot_data.storage.draft(chat.chat_id) is None
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is None


async def test_continue_typed_after_a_no_shows_the_step_again(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await reach(app, chat, "tk", "contact")
    before = len(chat.bot_messages())
    reply = await chat.send("ay yok bolya dowam edeli")
    assert reply.text.endswith(text(app, "tk", CONTACT_STEP))
    assert len(chat.bot_messages()) == before + 1, 'the step again, and no "not sure" before it'


# S#4 ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "place", "danger"),
    [
        ("ru", "в турции город урфа", "не выпускает"),
        ("tk", "turkiyede, urfa şäherinde", "meni goýbermeýär"),
        ("en", "in turkey, urfa city", "he wont let me out"),
    ],
)
async def test_a_town_named_after_the_country_places_the_writer_there_for_the_danger_reply(
    app: Any, chat_with: Callable[..., Chat], language: str, place: str, danger: str
) -> None:
    # found by tester S: "в турции город урфа" got "not sure", and the next danger reply no 112
    chat = chat_with(language)
    await chat.send("/start")
    noted = await chat.send(place)
    assert noted.text.startswith("📍")
    reply = await chat.send(danger)
    assert reply.text.startswith("⚠️") and "112" in reply.text


# S#9 ----------------------------------------------------------------------------------------------------------------

GREETING = (
    "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in touch "
    "with people who help. Type your question or choose below."
)
THANKS = "You are welcome! If you have another question, just write it."


@pytest.mark.parametrize(
    ("language", "typed", "answer"),
    [
        ("tk", "salam aleykum", GREETING),
        ("tk", "assalawmaleykim", GREETING),
        ("tk", "salam aleýkum", GREETING),
        ("ru", "понятно спасибо", THANKS),
        ("en", "ok thanks got it", THANKS),
        # tester U#12: a greeting back after a while
        ("tk", "yene salam", GREETING),
        ("tk", "ýene salam", GREETING),
        ("ru", "снова здравствуйте", GREETING),
        ("en", "hi again", GREETING),
    ],
)
async def test_the_muslim_greeting_and_thanks_with_got_it_are_small_talk(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, answer: str
) -> None:
    # found by tester S: "salam aleykum" was refused as off-topic, "понятно спасибо" got "not sure"
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(typed)
    assert reply.text == text(app, language, answer)


# S#10 ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "asked", "country", "number"),
    [
        ("ru", "куда жаловаться тут в россии", "Russia", "112"),
        ("en", "im in dubai where can i complain", "United Arab Emirates", "999"),
        ("tk", "men russiýada, kime şikaýat etmeli", "Russia", "112"),
    ],
)
async def test_a_place_said_with_a_question_is_noted_and_the_question_answered(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str, country: str, number: str
) -> None:
    # found by tester S: "куда жаловаться тут в россии" got only "Noted: you are here — Russia… How can I help?"
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(asked)
    noted, answer = chat.bot_messages()[-2:]
    assert noted.text.startswith("📍")
    assert (
        answer.text.startswith(text(app, language, "Emergency numbers: {country}").split("{")[0])
        and number in answer.text
    )
    pack = app.bot_data.countries.by_code["ru" if country == "Russia" else "ae"]
    assert any(pack.title(language) in label for label in chat.labels(answer))
