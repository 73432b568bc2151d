"""Danger replies that tester S met and that were wrong for the person (S#2, S#3, S#4, S#5, S#11): ordinary lines
(money spent on the trip, having said yes, bad dreams, one's passport at hand) answered as sexual abuse or as being
stranded; fear of the police answered as being locked in, with "ask people to call the police"; "the phone is his"
answered as a relative's danger and "he is asleep now" as "not sure"; a threat to the family said with an "if"
answered as confinement. Each class is tried in Russian (also typed in Latin letters), Turkmen (also in Cyrillic) and
English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said

SEXUAL_ABUSE = "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault."
LOCKED_IN = "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your fault."
VIOLENCE = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
THEIR_DANGER = (
    "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
)
HIDE_FIRST = (
    "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
    "sends nothing back. Write again when it is safe: I will be here."
)
MOMENT = (
    "If you can write safely now, tell me in a few words what is happening, or tap 🆘: a person from the hotline team "
    "will write to you here. Before anyone can see the phone, tap «{button}»."
)
POLICE = (
    "👮 Many people whose papers are not in order fear the police, and it is not your fault. Call the hotline first: "
    "they know what is safe to do where you are."
)
PAPERS_NOT_IN_ORDER = "even if your papers are not in order"
SOS = "🆘 Ask a person to write to me now"
HIDE = "🙈 Hide this chat"


# S#2 and S#11: ordinary lines the model read as danger ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # money spent on the trip
        ("en", "my parents already sold the car for this 😭😭"),
        ("en", "we took a loan for this trip"),
        ("ru", "родители уже продали машину ради этого 😭"),
        ("ru", "roditeli uzhe prodali mashinu radi etogo"),
        ("tk", "kakam eýýäm maşyny satdy şu iş üçin"),
        ("tk", "какам эййям машыны сатды шу иш үчин"),
        # having said yes
        ("en", "i already said yes tho"),
        ("ru", "я уже согласилась"),
        ("ru", "ya uzhe soglasilas"),
        ("tk", "eýýäm hawa diýdim"),
        ("tk", "эййям хава дийдим"),
        # bad dreams, no sleep
        ("en", "cant sleep bad dreams every night"),
        ("en", "cant sleep bad dreams every night what happened there"),
        ("ru", "не могу спать, кошмары каждую ночь"),
        ("ru", "ne mogu spat koshmary kazhduyu noch"),
        ("tk", "ukym gelenok, her gije erbet düýş görýärin"),
        ("tk", "укым геленок хер гидже эрбет дүйш гөрйәрин"),
        # one's passport at hand (S#11)
        ("ru", "пасспорт у меня на руках слава богу"),
        ("ru", "pasport u menya na rukah slava bogu"),
        ("en", "my passport is with me thank god"),
        ("tk", "pasportym elimde, şükür"),
        ("tk", "пасспортым элимде шүкүр"),
    ],
)
async def test_money_spent_a_yes_bad_dreams_and_a_passport_at_hand_are_not_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert not reply.text.startswith("⚠️"), reply.text
    assert said(app, language, SEXUAL_ABUSE) not in reply.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i said yes and now he beats me"),
        ("ru", "не могу спать, он каждую ночь приходит ко мне"),
        ("ru", "меня продали"),
    ],
)
async def test_danger_told_beside_such_words_is_still_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith("⚠️"), reply.text


# S#3: fear of the police -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "place", "text"),
    [
        ("tk", "men Türkiýede", "полисиядан горкярын коча чыкып билемок"),
        ("tk", "men Türkiýede", "polisiýadan gorkýaryn köçä çykyp bilemok"),
        ("en", "i am in turkey", "i am scared of police i cant go outside"),
        ("ru", "я в турции", "боюсь полиции, не могу выйти на улицу"),
        ("ru", "я в турции", "boyus policii ne mogu vyiti na ulicu"),
    ],
)
async def test_fear_of_the_police_gets_the_hotline_first_and_the_countrys_police_caveat_not_the_police(
    app: Any, chat_with: Callable[..., Chat], language: str, place: str, text: str
) -> None:
    # found by tester S: a woman whose visa ran out, hiding from the police in Türkiye, was told she is locked in
    # and to have the police called "even if your papers are not in order"
    chat = chat_with(language)
    await chat.send(place)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, POLICE)), reply.text
    assert said(app, language, LOCKED_IN) not in reply.text
    assert said(app, language, PAPERS_NOT_IN_ORDER) not in reply.text
    detention = app.bot_data.countries.get("tr").facts
    caveat = next(fact for fact in detention if fact.kind == "police").text(language)
    assert caveat in reply.text, "Türkiye's pack: people without papers can be held for months"
    assert "+99312463514" in reply.text.split(caveat)[0], "the hotline before the police caveat"
    assert reply.text.rstrip().endswith(
        said(
            app,
            language,
            "Call {number} (the emergency number in {country}) only if your life is in danger right now.",
        ).format(number="112", country=app.bot_data.countries.get("tr").in_sentence(language))
    )
    labels = chat.labels(reply)
    assert said(app, language, SOS, "button") in labels
    overstay = app.bot_data.knowledge["visa-overstay"].text(language).title
    assert "📄 " + overstay in labels


async def test_fear_of_the_police_with_no_country_known_says_the_local_number_only_in_danger(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    reply = await chat.send("i am scared of police i cant go outside")
    assert reply.text.startswith(said(app, "en", POLICE)), reply.text
    assert reply.text.rstrip().endswith(
        said(app, "en", "Call the local emergency number only if your life is in danger right now.")
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "боюсь полиции, хозяин запер меня"),
        ("en", "i am scared of police, the boss locked me in"),
        ("ru", "не могу выйти на улицу"),
    ],
)
async def test_being_locked_in_beside_fear_of_the_police_is_still_locked_in(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, LOCKED_IN)), reply.text


# S#4: the phone is his, he is asleep now ---------------------------------------------------------------------------

SOLD = {
    "ru": ["меня выдали", "деньги дали брату моему", "не выпускает"],
    "en": ["they married me off", "they gave the money to my brother", "he doesnt let me out"],
    "tk": ["meni durmuşa berdiler", "puly agama berdiler", "meni goýbermeýär"],
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "телефон его"),
        ("ru", "это телефон мужа"),
        ("ru", "telefon ego"),
        ("en", "it's his phone"),
        ("en", "the phone is not mine"),
        ("tk", "telefon onuňky"),
        ("tk", "ärimiň telefony"),
        ("tk", "телефон онуңкы"),
    ],
)
async def test_the_phone_being_his_is_hide_first_not_a_relatives_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    for line in SOLD[language]:
        await chat.send(line)
    reply = await chat.send(text)
    hide = said(app, language, HIDE, "button")
    assert reply.text.startswith(said(app, language, HIDE_FIRST).format(button=hide)), reply.text
    assert said(app, language, THEIR_DANGER) not in reply.text
    assert hide in chat.labels(reply)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "сейчас спит"),
        ("ru", "он спит сейчас можно писать"),
        ("ru", "хозяйка ушла"),
        ("en", "he is asleep now"),
        ("en", "he's sleeping i can write now"),
        ("tk", "ol ýatyr"),
        ("tk", "ärim häzir uklaýar"),
        ("tk", "ол ятыр"),
    ],
)
async def test_he_is_asleep_now_is_her_moment_to_write_with_sos_and_hide(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    for line in SOLD[language]:
        await chat.send(line)
    reply = await chat.send(text)
    hide = said(app, language, HIDE, "button")
    assert reply.text == said(app, language, MOMENT).format(button=hide), reply.text
    labels = chat.labels(reply)
    assert said(app, language, SOS, "button") in labels
    assert hide in labels


@pytest.mark.parametrize(
    ("language", "text"), [("ru", "сын ушёл"), ("en", "my son is sleeping"), ("ru", "не сплю")]
)
async def test_family_news_and_not_sleeping_are_not_taken_for_that_moment(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert not reply.text.startswith(said(app, language, MOMENT).split(",")[0]), reply.text


# S#5: a threat to the family with an "if" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "now he says he knows where my family lives if i back out"),
        ("en", "he knows where my parents live if i say no"),
        ("ru", "он говорит что знает где живет моя семья если я откажусь"),
        ("ru", "on govorit znaet gde zhivet moya semya esli otkazhus"),
        ("tk", "ol maşgalamyň nirede ýaşaýanyny bilýär diýýär"),
        ("tk", "ол машгаламың ниреде яшаянына билйэр диййэр"),
    ],
)
async def test_a_threat_to_the_family_said_with_an_if_gets_the_threats_reply(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, VIOLENCE)), reply.text
