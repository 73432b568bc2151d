"""Danger missed, and whose danger it is, found by exploratory tester DD: a builder with a broken leg whose foreman
will not take him to hospital got no medical alarm, the hospital named being read as treatment (DD#1); a 17-year-old
going to Dubai, told not to tell her mother, was answered as if the danger were her mother's, and told to dial the
UAE's number from home (DD#2); "if I refuse, he knows where I live" was read as danger to someone close (DD#6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.secrecy import without_untold
from bot.nlp.someone_else import about_them
from tests.chat import Chat, said
from tests.test_crisis_flow import HOTLINE, sos_label
from tests.test_crisis_medical import AMBULANCE

# DD#1: a hospital refused, far, unaffordable or feared is no treatment ------------------------------------------

REFUSED = [
    "упал с лесов нога болит прораб в больницу не повезу",
    "упал на стройке нога сломана прораб в больницу не везёт",
    "он упал с крыши, в больницу боимся, депортируют",
    "отравился на работе химией, бригадир запрещает ехать в больницу",
    "gurlusykda yykyldym, aýagym döwüldi, hojayyn hassahana äkitmeýär",
    "ol üçekden ýykyldy, hassahana gitmäge gorkýar",
    "ol üçekden ýykyldy, hassahana uzak",
    "i fell from the scaffolding, my leg is broken, the boss won't take me to hospital",
    "i fell at the construction site, my leg is broken, the boss says he will not take me to hospital",
    "he fell from the roof, the hospital is too far",
]
TREATED = [
    "he fell from the roof, he is in hospital now",
    "i was in hospital, they treated me, now ok",
    "упал с лесов, сейчас в больнице",
    "он упал с крыши, его положили в больницу",
    "ol üçekden ýykyldy, hassahanada ýatyr",
    "aýagym döwüldi, indi hassahanada, bejerdiler",
    "I fell from scaffolding in July, now healed, but boss never paid the hospital. can I ask him to pay",
    "i fell from the ladder but i'm ok now, no need for hospital",
    "сломал ногу в прошлом году",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_hospital_refused_far_or_feared_leaves_the_medical_alarm(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.MEDICAL


@pytest.mark.parametrize("text", TREATED)
def test_an_injury_in_a_hospitals_hands_or_over_is_no_emergency(text: str) -> None:
    assert detect_crisis(text) is not CrisisKind.MEDICAL


INJURED_IN_ASTANA = {
    "ru": "здравствуйте я на стройке в астане упал с лесов вчера нога опухла сильно болит наверно перелом прораб "
    "говорит иди работай в больницу не повезу у меня нет страховки и разрешения что делать",
    "tk": "Astanada gurluşykda işleýärin, iskeleden ýykyldym, aýagym döwüldi, hojaýyn hassahana äkitmeýär",
    "en": "im in astana, i fell from the scaffolding at the site, my leg is broken, the boss won't take me to hospital",
}


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_an_injured_builder_refused_a_hospital_gets_kazakhstans_ambulance_first(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(INJURED_IN_ASTANA[language])
    assert reply.text.startswith(said(app, language, AMBULANCE))
    ambulance = app.bot_data.countries.get("kz").ambulance()
    assert ambulance and ambulance in reply.text, "Kazakhstan's ambulance, from the city he named"
    assert reply.text.index(ambulance) < reply.text.index(HOTLINE), "the ambulance before the hotline"
    assert chat.labels(reply)[0] == sos_label(app, language)


# DD#2: naming whom to keep it from, or whom one's earnings help, does not make the danger theirs; a place one is
# going to is not where one is ---------------------------------------------------------------------------------

GOING_AT_17 = {
    "tk": "men 17 yasymda, dubaya model isine gitjek, ejeme aytma diydiler",
    "en": "im 17, going to dubai for model job, they said dont tell my mom",
    "ru": "мне 17, еду в дубай работать моделью, сказали маме не говорить",
}
GOING_ANYWAY = {
    "tk": "men gitjek dubaya obshy pul gazanyp ejeme komek etjek",
    "en": "im going to dubai anyway to earn money and help my mom",
    "ru": "всё равно поеду в дубай заработать и помочь маме",
}
THEIRS = "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
CHILD = (
    "⚠️ A child in danger needs help at once, and it is not the child's fault. If you are under 18 and someone wants "
    "to take you away to work, do not go: tell an adult you trust and call the hotline."
)


@pytest.mark.parametrize("text", [*GOING_AT_17.values(), *GOING_ANYWAY.values()])
def test_a_mother_kept_from_knowing_or_helped_is_not_the_one_in_danger(text: str) -> None:
    assert not about_them(without_untold(text), named_before=True)


@pytest.mark.parametrize(
    "text",
    [
        "my sister is locked in a flat in dubai, they said dont tell our mom",
        "the woman told her dont tell your mother details",
        "i want to help my brother, he is locked in",
        "gyzymy Dubaýda gulplap saklaýarlar, ejesine aýtma diýdiler",
    ],
)
def test_someone_close_in_danger_is_still_theirs(text: str) -> None:
    assert about_them(without_untold(text), named_before=True)


@pytest.mark.parametrize("language", ["tk", "en", "ru"])
async def test_a_girl_of_17_going_to_dubai_is_answered_as_the_child_she_is_with_no_uae_number(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    reply = await chat.send(GOING_AT_17[language])
    assert reply.text.startswith(said(app, language, CHILD))
    assert said(app, language, THEIRS) not in reply.text
    uae = app.bot_data.countries.get("ae")
    assert uae.emergency not in reply.text, "she is still at home: not the UAE's number to dial"
    # the UAE's numbers and rules stay a tap away
    assert any(uae.name[language] in label for label in chat.labels(reply))


@pytest.mark.parametrize("language", ["tk", "en", "ru"])
async def test_going_anyway_to_help_her_mother_is_not_her_mothers_danger(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(GOING_AT_17[language])
    reply = await chat.send(GOING_ANYWAY[language])
    assert said(app, language, THEIRS) not in reply.text
    assert app.bot_data.countries.get("ae").emergency not in reply.text


async def test_a_sister_held_in_dubai_is_still_answered_as_hers_with_the_uaes_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    reply = await chat.send("my sister is locked in a flat in dubai, they said dont tell our mom")
    assert reply.text.startswith(THEIRS)
    assert app.bot_data.countries.get("ae").emergency in reply.text


# DD#6: a threat hung on what the writer does is a threat to the writer --------------------------------------------

THREATENED = {
    "ru": (
        "что там внутри не говорят сказали просто вещи для родственников",
        "а если откажусь он знает где я живу 😟",
    ),
    "tk": (
        "içinde näme bar aýtmaýarlar, garyndaşlary üçin zatlar diýdiler",
        "boýun gaçsam, ol nirede ýaşaýanymy bilýär",
    ),
    "en": ("they wont say whats inside, just things for relatives", "if i refuse he knows where i live"),
}
VIOLENCE = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_if_i_refuse_he_knows_where_i_live_is_a_threat_to_the_writer(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    relatives, threat = THREATENED[language]
    await chat.send(relatives)  # a relative named just before: "he" could have been taken for them
    reply = await chat.send(threat)
    assert reply.text.startswith(said(app, language, VIOLENCE))
    assert said(app, language, THEIRS) not in reply.text
