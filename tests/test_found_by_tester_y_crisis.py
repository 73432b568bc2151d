"""Whose place a country is, and what is danger, found by exploratory testers Y and Z: a country named in an offer or
of someone else ("turkiyede operasiya", "turkiyede yasayan bir adama") became the writer's own, so a man at home got
Türkiye's 112, unnamed, in the self-harm reply (Y#1); the learned model named kinds the rules could not support on
harmless Turkmen lines (Y#2); asking where to go was read as being stranded (Y#7); impatience while waiting for staff
was read as danger and made the case urgent (Z#2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.crisis_model import shipped, terms
from bot.nlp.crisis_reading import readings
from bot.nlp.whereabouts import places_writer_in
from bot.standin.server import StandIn
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_danger_in_conversation import URGENT_TEXTS
from tests.test_handoff_flow import request_help_from_mary

SELF_HARM_LOCAL = (
    "If you might harm yourself soon, call the local emergency number now, or go to people you trust and stay with "
    "them."
)
SELF_HARM_NUMBER = (
    "If you might harm yourself soon, call {number} now (the emergency number in {country}), or go to people you "
    "trust and stay with them."
)
ANSWER_NUMBER = "If you are in danger now, call {number} (the emergency number in {country}) or tap 🆘 below."
DANGER_NUMBER = (
    "If your life is in danger right now, call {number} (the emergency number in {country}) or ask people nearby "
    "to call the police, even if your papers are not in order."
)


# Y#1: an offer's, a procedure's or someone else's country is not the writer's ----------------------------------------

OFFER_IN_TURKIYE = {
    "tk": "bir adam bobregini satsan 20 müň dollar berjek diyyar turkiyede operasiya",
    "ru": "дадут 20 тысяч долларов за почку, операция в турции",
    "en": "a man will pay 20000 dollars for my kidney, surgery in turkey",
}
NO_WISH_TO_LIVE = {"tk": "yasamak islamok", "ru": "не хочу жить", "en": "i dont want to live anymore"}


@pytest.mark.parametrize("language", ["tk", "ru", "en"])
async def test_after_an_offer_naming_turkiye_the_self_harm_reply_gives_the_local_number(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    turkiye = app.bot_data.countries.get("tr")
    answer = await chat.send(OFFER_IN_TURKIYE[language])
    theirs = said(app, language, ANSWER_NUMBER).format(
        number=turkiye.emergency, country=turkiye.in_sentence(language)
    )
    assert theirs not in answer.text, "the operation's country is not where he is"
    reply = await chat.send(NO_WISH_TO_LIVE[language])
    assert said(app, language, SELF_HARM_LOCAL) in reply.text, reply.text
    assert turkiye.emergency not in reply.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "meni turkiyede yasayan bir adama durmusa cykarjak bolyar, gorkyaryn"),
        ("tk", "мени туркиеде яшаян бир адама дурмуша чыкарҗак боляр"),
        ("ru", "меня выдают замуж за мужчину, живущего в турции"),
        ("ru", "menya vydayut zamuzh za muzhchinu v turtsii"),
        ("en", "they want me to marry a man living in turkey"),
    ],
)
async def test_a_groom_in_turkiye_does_not_put_the_bride_there(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    turkiye = app.bot_data.countries.get("tr")
    answer = await chat.send(text)
    for line in (ANSWER_NUMBER, DANGER_NUMBER):
        assert (
            said(app, language, line).format(number=turkiye.emergency, country=turkiye.in_sentence(language))
            not in answer.text
        ), answer.text


@pytest.mark.parametrize(
    ("text", "there"),
    [
        ("men turkiyede, hojayyn pasportymy aldy", True),
        ("turkiyede men, pasportymy aldylar", True),
        ("häzir stambulda", True),
        ("сейчас в стамбуле", True),
        ("Türkiýede wizam gutardy", True),
        ("meni turkiyede yasayan bir adama durmusa cykarjak bolyar", False),
        ("dostum türkiýede işleýän bir adamy tanaýar", False),
    ],
)
def test_the_turkmen_locative_places_the_writer_only_when_it_says_so(
    app: Any, text: str, there: bool
) -> None:
    assert places_writer_in(text, app.bot_data.countries.get("tr").said_as) is there


@pytest.mark.parametrize("language", ["tk", "ru", "en"])
async def test_the_self_harm_reply_that_gives_a_number_names_its_country(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(
        {"tk": "men häzir Stambulda", "ru": "я сейчас в стамбуле", "en": "i am in istanbul now"}[language]
    )
    reply = await chat.send(NO_WISH_TO_LIVE[language])
    turkiye = app.bot_data.countries.get("tr")
    assert (
        said(app, language, SELF_HARM_NUMBER).format(
            number=turkiye.emergency, country=turkiye.in_sentence(language)
        )
        in reply.text
    ), reply.text


# Y#2: the model names no kind picked by a hair after the one the rules rule out: the line gets the plain call for
# help, never a harm it cannot support (None would also drop real danger read the same way) -----------------------

RULED_OUT_CHILD = [
    "hojayyn pasporty hem berenok, gel isle tolarin diyyar",  # the passport withheld: not sexual abuse
    "adamy gormedim dine suratyny gorkezdi, 45 yasynda diyyar",  # a suitor's photo and age: not violence
]


@pytest.mark.parametrize("text", RULED_OUT_CHILD)
def test_a_kind_left_over_from_a_ruled_out_child_is_not_named(text: str) -> None:
    # what the model reads most in them is a child, and nobody under 18 is named
    assert shipped().kind(terms(readings(text, loose=False)), child=True) is CrisisKind.CHILD
    assert detect_crisis(text) is CrisisKind.HELP


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("eje meni bu yerde satdylar", CrisisKind.SEXUAL),  # a kind still clear after the child is ruled out
        ("hojayyn pasportymy aldy, gel isle tolarin diyyar, gijesine urya", CrisisKind.VIOLENCE),
    ],
)
def test_danger_beside_them_is_still_read(text: str, kind: CrisisKind) -> None:
    assert detect_crisis(text) is kind


async def test_the_withheld_passport_gets_the_plain_call_for_help_not_a_sexual_abuse_alarm(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("tk")
    await chat.send("/start")
    reply = await chat.send(RULED_OUT_CHILD[0])
    for kind in ("⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault.",):
        assert said(app, "tk", kind) not in reply.text, reply.text
    # a withheld passport is a sign of forced labour: the ways to reach help, with no harm named
    assert reply.text.startswith(
        said(app, "tk", "⚠️ You asked for help. You are not alone: here is how to get it now.")
    ), reply.text


# Y#7: asking where to go is not being stranded -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["куда мне идти в минске", "kuda mne idti v minske", "where do i go in minsk", "nira barmaly minskde"],
)
def test_asking_where_to_go_is_not_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text", ["мне некуда идти", "мне некуда идти в минске", "куда мне идти, меня выгнали из общежития"]
)
def test_having_nowhere_to_go_is_still_stranded(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.STRANDED


# Z#2: impatience with staff is not danger --------------------------------------------------------------------------

IMPATIENT = [
    "алло, ответьте уже",
    "где вы? ответьте пожалуйста",
    "где вы? ответьте",
    "почему молчите? ответьте",
    "ответьте уже сколько можно ждать",
    "allo, otvette uzhe",
    "gde vy? otvette pojaluysta",
    "where are you? answer me",
    "nire siz? jogap beriň",
]


@pytest.mark.parametrize("text", IMPATIENT)
def test_impatience_while_waiting_is_not_danger(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("где вы? помогите", CrisisKind.HELP),
        ("ответьте, помогите", CrisisKind.HELP),
        ("алло, ответьте, меня заперли", CrisisKind.CONFINEMENT),
        ("где вы? ответьте, он меня бьёт", CrisisKind.VIOLENCE),
    ],
)
def test_a_plea_with_danger_in_it_is_still_danger(text: str, kind: CrisisKind) -> None:
    assert detect_crisis(text) is kind


async def test_impatience_on_a_waiting_case_makes_it_neither_urgent_nor_alerted(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    number = await request_help_from_mary(app, chat, "ru")
    coordinator_before = len(standin.messages_in(COORDINATOR_CHAT, from_bot=True))
    before = len(chat.bot_messages())
    for text in ("алло, ответьте уже", "где вы? ответьте пожалуйста"):
        await chat.send(text)
    case = await app.bot_data.storage.case(number)
    assert case is not None and not case.urgent
    assert len(standin.messages_in(COORDINATOR_CHAT, from_bot=True)) == coordinator_before
    told = "\n".join(m.text for m in chat.bot_messages()[before:])
    for urgent in URGENT_TEXTS:
        assert said(app, "ru", urgent).format(number=number) not in told, told
