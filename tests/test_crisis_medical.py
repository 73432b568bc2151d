"""Someone badly hurt or ill now (a fall at a building site, not breathing) is answered as danger: an ambulance
first, with the country's emergency number before the hotline's; an injury that is over, or already in a hospital's
hands, is answered as a question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import HOTLINE, sos_label

HURT_IN_MOSCOW = {
    "ru": "братан срочно друг упал с лесов на стройке в москве, ногу сломал, кровь идет, что делать",
    "tk": "Moskwada gurluşykda dostum iskeleden ýykyldy, huşy ýok, näme etmeli",
    "en": "my friend fell from the scaffolding at a site in moscow, he is not breathing, what do i do",
}
AMBULANCE = (
    "⚠️ Someone badly hurt or very ill needs a doctor now. Call an ambulance first, even if papers are not in order: "
    "a life comes first."
)


@pytest.mark.parametrize(
    "text",
    [
        "братан срочно друга придавило плитой на стройке он не дышит",
        "сестра упала в обморок и не приходит в себя",
        "dostum ýykyldy aýagy döwüldi, gan akýar",
        "ol dem almaýar",
        "he got electrocuted at the site and is not responding",
        # found by tester K
        "he fainted and is not waking up",
        "i feel like im dying my chest",
    ],
)
def test_someone_badly_hurt_now_is_a_medical_emergency(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.MEDICAL


@pytest.mark.parametrize(
    "text",
    [
        "мой муж упал с крыши в петербурге, он в больнице, с нас просят деньги",
        "I fell from scaffolding in July, I am in hospital now, will the boss pay",
        "в прошлом году друг упал с лесов, должна ли была фирма оплатить лечение?",
        "какой номер скорой в Турции, хочу сохранить",
        "what if i get a heart attack there, does insurance pay?",
        "i feel like im dying of boredom in this job",
        "the baby is not waking up for school on time",
    ],
)
def test_an_injury_over_or_in_a_hospitals_hands_or_a_question_is_no_emergency(text: str) -> None:
    assert detect_crisis(text) is not CrisisKind.MEDICAL


def test_a_beating_that_drew_blood_stays_violence() -> None:
    assert detect_crisis("меня избили, кровь идёт") is CrisisKind.VIOLENCE
    assert detect_crisis("he hit me, i'm bleeding") is CrisisKind.VIOLENCE


@pytest.mark.parametrize(
    "text",
    [
        "меня снова побьют если я не отдам деньги",
        "если я не отдам деньги, меня побьют",
        "pul bermesem meni ýene urarlar",
    ],
)
def test_a_beating_promised_again_or_for_a_demand_is_violence(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.VIOLENCE


def test_a_mothers_fear_of_a_beating_is_no_threat() -> None:
    assert detect_crisis("мама боится, что меня там побьют, как ее успокоить") is None


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_fall_at_a_building_site_gets_the_ambulance_and_russias_number_for_it_before_the_hotline(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(HURT_IN_MOSCOW[language])
    assert reply.text.startswith(said(app, language, AMBULANCE))
    assert "103" in reply.text, "Russia's ambulance (its pack's fact), from the city the message names"
    assert reply.text.index("103") < reply.text.index(HOTLINE), "the ambulance before the hotline"
    assert chat.labels(reply)[0] == sos_label(app, language)


async def test_a_medical_emergency_on_an_open_case_gets_the_ambulance_after_the_alert(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    # found trying the demo: on an open case the alert's line says "call the police"
    from tests.test_handoff_flow import request_help_from_mary

    chat = chat_with("ru")
    await request_help_from_mary(app, chat, "ru")
    reply = await chat.send("друг упал с лесов на стройке в москве, не дышит")
    assert reply.text.startswith("🚑") and "103" in reply.text


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_photo_captioned_with_a_medical_emergency_on_an_open_case_is_answered_as_the_text_is(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str
) -> None:
    # the caption's path had drifted from the text's: no ambulance line, and no words for the coordinators
    from tests.test_handoff_flow import request_help_from_mary, staff

    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    await chat._process(standin.user_media(chat.user, "photo", caption=HURT_IN_MOSCOW[language]))
    assert chat.last_reply().text.startswith("🚑") and "103" in chat.last_reply().text
    assert (await app.bot_data.storage.case(number)).urgent
    words = staff(app, standin, chat_id=COORDINATOR_CHAT).last()
    assert HURT_IN_MOSCOW[language] in words.text, "the coordinators get the words with the alert"
