"""What an exploratory tester of session 16's changes found, held: a call time typed at the request's step is taken
as the answer (the crisis model read "agşamlar jaň ediň" as sexual abuse and the request stopped there), asking
for a person in Turkmen is no danger, an electric shock is a medical emergency, the ambulance's own number where a
pack has one, and a forwarded advert's country is not taken for the person's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from tests.chat import Chat, said
from tests.test_handoff_typing import reach_the_phone_step

CALL_TIMES = {
    "tk": ["agşamlar jaň ediň", "gije jan et"],
    "en": ["at night", "evenings after 7"],
    "ru": ["ночью"],
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_call_time_typed_at_its_step_is_the_answer(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    for typed in CALL_TIMES[language]:
        chat = chat_with(language)
        await reach_the_phone_step(app, chat, language)
        await chat.send("+99365123456")
        reply = await chat.send(typed)
        assert not reply.text.startswith("⚠️"), (typed, reply.text)
        assert reply.text != said(
            app, language, "When is it safe to call you? For example: weekdays after 18:00."
        )
        await chat.send("/forget")


@pytest.mark.parametrize(
    "text",
    ["adam bilen gepleşjek", "адам билен геплешжек", "agşamlar jaň ediň", "at night", "можно с человеком"],
)
def test_asking_for_a_person_or_a_time_to_call_is_no_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text", ["брата ударило током, он не двигается", "agam tok urdy, gymyldaanok", "my friend is unconcious"]
)
def test_an_electric_shock_or_a_misspelt_unconscious_is_a_medical_emergency(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.MEDICAL


async def test_a_medical_emergency_in_the_emirates_gets_the_ambulances_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    reply = await chat.send("my friend got electrocuted at the site and is not responding, we are in dubai")
    assert "998" in reply.text, "the Emirates' ambulance, not 999 (the police)"
    assert reply.text.index("998") < reply.text.index("+99312463514")


async def test_a_forwarded_advert_does_not_place_the_person_in_its_country(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.forward(
        "Hotel work in Antalya, Turkey! Salary 1500$, visa and ticket by the company, write now"
    )
    assert "(the emergency number in Türkiye)" not in reply.text


async def test_the_emergency_number_asked_on_an_open_case_is_answered_as_well_as_passed_on(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    from tests.test_handoff_flow import request_help_from_mary

    chat = chat_with("ru")
    await request_help_from_mary(app, chat, "ru")
    await chat.send("номер полиции в дубае")
    assert any("999" in m.text for m in chat.bot_messages()[-2:]), (
        "the Emirates' numbers, not only 'delivered'"
    )


@pytest.mark.parametrize("text", ["şu ýer", "вот здесь", "look here"])
def test_a_caption_that_only_points_is_no_danger(text: str) -> None:
    # found by a tester of the staff side: a photo captioned "şu ýer" (here) was read as a person stranded
    assert detect_crisis(text) is None
