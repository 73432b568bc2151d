"""Danger read wrongly, found by tester V (V#3, V#4, V#9): a number of minutes taken for a child's age; an agency that
sends people abroad answered as violence; a wife at home answered as if she were the one held, and a returnee given
the number of the country he came back from; a recruiter's plan of a trip not yet made answered as being locked in.
Each class is tried in Russian (also typed in Latin letters), Turkmen (also in Cyrillic) and English."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.someone_else import about_them, names_someone_else
from tests.chat import Chat, said

CHILD = (
    "⚠️ A child in danger needs help at once, and it is not the child's fault. If you are under 18 and someone wants "
    "to take you away to work, do not go: tell an adult you trust and call the hotline."
)
LOCKED_IN = "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your fault."
VIOLENCE = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
THEIR_DANGER = (
    "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
)
THEIR_NUMBER = (
    "If their life is in danger right now, they or people near them can call {number} (the emergency number in "
    "{country}), even if their papers are not in order."
)
ANSWER_NUMBER = "If you are in danger now, call {number} (the emergency number in {country}) or tap 🆘 below."
DANGER_NUMBER = (
    "If your life is in danger right now, call {number} (the emergency number in {country}) or ask people nearby to "
    "call the police, even if your papers are not in order."
)


# V#3: a number of minutes, hours or days is not an age ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i have this phone only 10 min"),
        ("en", "pls hurry i have this phone only 10 min"),
        ("en", "i am only 2 hours here, they locked us in"),
        ("ru", "дайте мне 5 минут, меня заперли"),
        ("ru", "dajte mne 5 minut, menya zaperli"),
        ("tk", "men on bir minut gepläp bilerin, meni gulpladylar"),
        ("tk", "мен он бир минут геплэп билерин, мени гулпладылар"),
    ],
)
async def test_a_number_of_minutes_is_not_taken_for_a_childs_age(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # found by tester V: a man on a borrowed phone with minutes left was told "if you are under 18 … do not go"
    assert detect_crisis(text) is not CrisisKind.CHILD
    chat = chat_with(language)
    reply = await chat.send(text)
    assert said(app, language, CHILD) not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "мне 15 лет, меня заперли",
        "mne 15 let, menya zaperli",
        "i am 15, they locked me in",
        "men 15 ýaşymda, meni gulpladylar",
        "my sister is only 12, they took her to dubai to work",
    ],
)
def test_an_age_told_with_danger_is_still_a_childs_danger(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.CHILD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "they send people to turkey and cyprus"),
        ("en", "they send people to turkey and cyprus, is it good agency"),
        (
            "en",
            "how can i check if agency is licensed? its called Altyn Yol Travel in ashgabat they send people to "
            "turkey and cyprus",
        ),
        ("ru", "они отправляют людей в турцию и на кипр, хорошее агентство?"),
        ("ru", "oni otpravlyayut lyudey v turciyu i na kipr"),
        ("tk", "olar adamlary Türkiýä we Kipre iberýärler, gowy agentlikmi?"),
        ("tk", "олар адамлары Түркиййә ибериәрлер"),
    ],
)
async def test_an_agency_that_sends_people_abroad_is_not_violence(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # found by tester V: someone at home checking an agency got "violence and threats" and Türkiye's 112
    assert detect_crisis(text) is None
    chat = chat_with(language)
    reply = await chat.send(text)
    assert not reply.text.startswith("⚠️"), reply.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he said he will send people to my parents if i leave", CrisisKind.VIOLENCE),
        ("they will send someone to kill me if i talk", CrisisKind.VIOLENCE),
        ("he will send men to find me", CrisisKind.VIOLENCE),
        ("they said they know where my mother lives and will send people if I leave", CrisisKind.VIOLENCE),
        ("they sent me to turkey against my will", CrisisKind.CONFINEMENT),
        ("they send us to dubai tomorrow, i dont want to go", CrisisKind.CONFINEMENT),
    ],
)
def test_people_sent_against_someone_or_a_person_sent_against_their_will_is_still_danger(
    text: str, kind: CrisisKind
) -> None:
    assert detect_crisis(text) is kind


# V#4: a wife at home, a returnee ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "muzh uehal v rossiyu na rabotu",
        "muj v rossii na stroyke",
        "brat uehal v kazan",
        "sestra v turcii",
        "syn rabotaet v moskve",
        "doch v dubae",
    ],
)
def test_a_relative_named_in_russian_typed_in_latin_letters_is_someone_else(text: str) -> None:
    assert names_someone_else(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "муж в подмосковье на складе, 3 недели нет связи, паспорта у них забрали"),
        ("ru", "muzh v podmoskovye na sklade, 3 nedeli net svyazi, pasporta u nih zabrali"),
        ("en", "my husband is at a warehouse near moscow, no contact for 3 weeks, they took their passports"),
        ("tk", "adamym Moskwanyň golaýynda ammarda, 3 hepde habar ýok, pasportlaryny aldylar"),
    ],
)
async def test_a_relative_who_cannot_be_reached_is_answered_as_their_danger(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # found by tester V: a wife in Mary was told "if you are locked in … it is not your fault", and 112 as hers
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text
    russia = app.bot_data.countries.get("ru")
    theirs = said(app, language, THEIR_NUMBER).format(
        number=russia.emergency, country=russia.in_sentence(language)
    )
    assert theirs in reply.text


async def test_a_relative_named_before_in_latin_letters_makes_the_next_danger_theirs(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("muzh uehal v rossiyu na rabotu v sentyabre i uzhe 3 nedeli ne otvechaet")
    reply = await chat.send("на складе в подмосковье, паспорта у них забрали, связи нет")
    assert reply.text.startswith(said(app, "ru", THEIR_DANGER)), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "муж не отвечает, я одна в стамбуле, хозяин не отпускает",
        "мы с мужем на складе, нет связи, паспорта забрали",
    ],
)
def test_the_writer_held_beside_a_silent_relative_is_their_own_danger(text: str) -> None:
    assert not about_them(text, named_before=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "salam men turkiyeden gaytdym, 4 ay isledim zawodda, 2 aylyk zahmet hakymy bermediler"),
        ("tk", "мен Түркиеден гайтдым, 2 айлык зәхмет хакымы бермедилер"),
        ("en", "i came back from turkey, they did not pay me for 2 months of work"),
        ("ru", "я вернулся из турции, 2 месяца не платили зарплату"),
        ("ru", "ya vernulsya iz turcii, 2 mesyaca ne platili zarplatu"),
    ],
)
async def test_a_returnee_is_not_given_the_number_of_the_country_he_came_back_from(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # found by tester V: a man back in Daşoguz was told to call 112 in Türkiye if in danger
    chat = chat_with(language)
    reply = await chat.send(text)
    turkiye = app.bot_data.countries.get("tr")
    line = said(app, language, ANSWER_NUMBER).format(
        number=turkiye.emergency, country=turkiye.in_sentence(language)
    )
    assert line not in reply.text, reply.text
    assert turkiye.in_sentence(language) not in reply.text.split("\n\n")[1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "я вернулся из турции, теперь мне угрожают, говорят убьют"),
        ("en", "i came back from turkey, now they threaten me, they say they will kill me"),
        ("tk", "men türkiýeden gaýtdym, indi maňa haýbat atýarlar, öldürjek diýýärler"),
    ],
)
async def test_a_returnee_in_danger_gets_the_local_number_line_not_the_country_he_left(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, VIOLENCE)), reply.text
    turkiye = app.bot_data.countries.get("tr")
    foreign = said(app, language, DANGER_NUMBER).format(
        number=turkiye.emergency, country=turkiye.in_sentence(language)
    )
    assert foreign not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "i came back from work and the boss locked the door",
        "вернулся с работы, хозяин запер дверь",
        "işden gaýtdym, meni gulpladylar",
    ],
)
async def test_back_from_work_abroad_keeps_the_country_the_person_is_in(
    app: Any, chat_with: Callable[..., Chat], text: str
) -> None:
    language = "ru" if "вернулся" in text else "tk" if "işden" in text else "en"
    chat = chat_with(language)
    await chat.send({"en": "i am in turkey", "ru": "я в турции", "tk": "men Türkiýede"}[language])
    reply = await chat.send(text)
    turkiye = app.bot_data.countries.get("tr")
    assert turkiye.emergency in reply.text, reply.text


# V#9: a recruiter's plan of a trip not yet made ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "they say after bangkok car will take us to other city near border"),
        ("en", "agent said they will drive us across the border at night"),
        ("ru", "говорят после бангкока машина отвезет нас в другой город у границы"),
        ("ru", "govoryat posle bangkoka mashina otvezet nas v drugoy gorod u granicy"),
        ("tk", "Bangkokdan soň maşyn bizi serhetdäki başga şähere äkider diýdiler"),
        ("tk", "Бангкокдан соң машын бизи серхетдäки башга шәхере әкидер дийдилер"),
    ],
)
async def test_a_trip_a_recruiter_plans_is_not_being_locked_in(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    # found by tester V: a man still deciding at home was told he is locked in
    assert detect_crisis(text) is None
    chat = chat_with(language)
    reply = await chat.send(text)
    assert said(app, language, LOCKED_IN) not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "they took us to another city and don't let us leave",
        "they say tomorrow car will take us to other city, i dont want to go",
        "they said car will take us to border. now we are in a house and cant go out",
        "нас увезли в другой город и не выпускают",
        "bizi başga şähere äkitdiler, goýbermeýärler",
    ],
)
def test_being_taken_and_held_or_sent_against_ones_will_is_still_confinement(text: str) -> None:
    assert detect_crisis(text) is CrisisKind.CONFINEMENT
