"""Where the person is, and whose danger it is, found by exploratory tester X: a wife at home was given Russia's 112
as her own number because her husband's silence, told in Turkmen or English, was not read as someone else's danger
(X#2); a country named in a plan to cross a border became the person's own emergency number (X#6); a man who said
"i am from dashoguz" had a 🆘 card showing only the country he asked about (X#9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import detect_crisis
from bot.nlp.someone_else import about_someone_else, out_of_reach
from bot.nlp.where_to_turn import home_velayat_said
from bot.nlp.whereabouts import names_a_crossing
from bot.standin.server import StandIn
from handlers.labels import velayat_label
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT

THEIR_DANGER = (
    "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
)
THEIR_NUMBER = (
    "If their life is in danger right now, they or people near them can call {number} (the emergency number in "
    "{country}), even if their papers are not in order."
)
ANSWER_NUMBER = "If you are in danger now, call {number} (the emergency number in {country}) or tap 🆘 below."
SOS = "🆘 Ask a person to write to me now"


# X#2: a relative abroad who cannot be reached, in every language -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ärim russiýada 3 hepde jogap berenok",
        "әрим руссиýада 3 хепде жогап беренок",
        "aýalym türkiýede bir hepde habar ýok",
        "oglum russiýada 5 gün telefony öçük",
        "ogluň türkiýede iki hepde jogap berenok",
        "gyzym dubaýda birnäçe gün habar ýok",
        "doganym russiýada 2 hepde jogap bermeýär",
        "jigim türkiýede 10 gün habar ýok",
        "kakam russiýada 3 hepde jogap berenok",
        "ejem türkiýede bir hepde telefony öçük",
        "my husband in russia hasnt answered for 3 weeks",
        "my husband is in russia, 3 weeks he does not answer",
        "муж в россии 3 недели не отвечает",
        "muzh uehal v rossiyu 3 nedeli ne otvechaet",
    ],
)
def test_a_relative_not_heard_from_for_days_is_their_danger(text: str) -> None:
    assert out_of_reach(text)
    assert (
        detect_crisis(text, model=False) is not None
    )  # by the rule, not by the model's reading of some wordings


@pytest.mark.parametrize(
    "text",
    [
        "doganym işe gitdi, bir hepde bäri jaň etmeýär, näme etmeli",
        "муж уехал в Россию и не звонит уже месяц, как найти его через консульство",
        "my husband hasnt answered for 3 weeks, what should i do?",
    ],
)
def test_asking_what_to_do_about_a_silent_relative_is_answered_by_the_article(text: str) -> None:
    assert detect_crisis(text, model=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "немного переживаю за брата, он не отвечает два часа, наверное на смене",
        "мой друг не отвечает неделю, но он часто так пропадает, как можно его проверить",
        "у брата пропал паспорт 3 дня назад",
        "брат 3 недели не отвечал, вчера позвонил",
        "my brother didnt answer for an hour, he is at work",
    ],
)
def test_a_short_silence_or_one_explained_away_is_not_danger_of_its_own(text: str) -> None:
    assert not out_of_reach(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "ärim russiýada 3 hepde jogap berenok"),
        ("tk", "әрим руссиýада 3 хепде жогап беренок"),
        ("en", "my husband in russia hasnt answered for 3 weeks"),
        ("ru", "муж в россии 3 недели не отвечает"),
    ],
)
async def test_a_wife_at_home_gets_the_relatives_danger_reply_not_112_as_her_own(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    home = {
        "tk": "men turkiyeden gaytdym, aylygymy bermediler",
        "en": "i live in mary",
        "ru": "я живу в мары",
    }[language]
    await chat.send(home)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text
    russia = app.bot_data.countries.get("ru")
    theirs = said(app, language, THEIR_NUMBER).format(
        number=russia.emergency, country=russia.in_sentence(language)
    )
    assert theirs in reply.text
    # and Russia is not taken for where she is: her next question gets no Russian number as hers
    answer = await chat.send(
        {
            "tk": "mening pasportym gutarýar taze nadip almaly",
            "en": "my passport is expiring how do i renew it",
            "ru": "у меня паспорт заканчивается как продлить",
        }[language]
    )
    hers = said(app, language, ANSWER_NUMBER).format(
        number=russia.emergency, country=russia.in_sentence(language)
    )
    assert hers not in answer.text, answer.text


@pytest.mark.parametrize("text", ["ärim russiýada", "ejem türkiýede", "kakam dubaýda", "ogluň türkiýede"])
def test_turkmen_husband_mother_father_and_your_son_are_someone_else(text: str) -> None:
    assert about_someone_else(text)


# X#6: a country one plans to cross into is not where one is -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("tk", "turkiye serhetden gizlin gecmek", "tr"),
        ("tk", "туркие серхетден гизлин гечмек", "tr"),
        ("ru", "переведу через границу казахстана ночью недорого", "kz"),
        ("ru", "perevedu cherez granicu kazahstana nochyu nedorogo", "kz"),
        ("en", "i can take people across the border to turkey at night, 500$", "tr"),
        ("en", "how to cross the border to kazakhstan at night", "kz"),
    ],
)
async def test_a_country_beyond_a_border_to_cross_is_never_the_persons_own_number(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str, code: str
) -> None:
    chat = chat_with(language)
    first = await chat.send(text)
    country = app.bot_data.countries.get(code)
    theirs = said(app, language, ANSWER_NUMBER).format(
        number=country.emergency, country=country.in_sentence(language)
    )
    assert theirs not in first.text, first.text
    later = await chat.send(
        {
            "tk": "mening pasportym gutarýar taze nadip almaly",
            "en": "my passport is expiring how do i renew it",
            "ru": "у меня паспорт заканчивается как продлить в консульстве",
        }[language]
    )
    assert theirs not in later.text, later.text


@pytest.mark.parametrize(
    "text",
    ["нас перевезли через границу казахстана", "we crossed the border into turkey", "serhetden geçdik"],
)
def test_a_border_already_crossed_is_not_a_plan(text: str) -> None:
    assert not names_a_crossing(text)


@pytest.mark.parametrize(
    ("language", "place", "code"),
    [
        ("ru", "я сейчас в стамбуле", "tr"),
        ("tk", "men häzir Stambulda", "tr"),
        ("en", "i am in istanbul now", "tr"),
    ],
)
async def test_saying_where_one_is_still_gives_that_countrys_number(
    app: Any, chat_with: Callable[..., Chat], language: str, place: str, code: str
) -> None:
    chat = chat_with(language)
    await chat.send(place)
    answer = await chat.send(
        {
            "tk": "mening pasportym gutarýar taze nadip almaly",
            "en": "my passport is expiring how do i renew it",
            "ru": "у меня паспорт заканчивается как продлить в консульстве",
        }[language]
    )
    country = app.bot_data.countries.get(code)
    assert (
        said(app, language, ANSWER_NUMBER).format(
            number=country.emergency, country=country.in_sentence(language)
        )
        in answer.text
    ), answer.text


async def test_a_shared_location_still_gives_that_countrys_number(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.share_location(41.0082, 28.9784)  # Istanbul
    answer = await chat.send("у меня паспорт заканчивается как продлить в консульстве")
    turkiye = app.bot_data.countries.get("tr")
    assert turkiye.emergency in answer.text and turkiye.in_sentence("ru") in answer.text, answer.text


# X#9: "i am from dashoguz" is a home place for the 🆘 card ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "velayat"),
    [
        ("i am from dashoguz", "dashoguz"),
        ("i am from dashoguz, now in dubai, the boss took my passport", "dashoguz"),
        ("я живу в мары, муж уехал в россию на стройку", "mary"),
        ("ya iz dashoguza, rabotayu v stambule", "dashoguz"),
        ("men Daşoguzdan, häzir Stambulda işleýärin", "dashoguz"),
        ("мен дашогуздан", "dashoguz"),
        ("Maryda ýaşaýan, ogluma kömek gerek", "mary"),
        ("a letter from mary", None),
        ("my sister lives in mary", None),
    ],
)
def test_the_velayat_one_lives_in_or_comes_from_is_read_anywhere_in_a_message(
    text: str, velayat: str | None
) -> None:
    assert home_velayat_said(text) == velayat


def _urgent_card(app: Any, standin: StandIn) -> str:
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    heading = tr.gettext("🆘 <b>Case #{number}</b> · URGENT").format(number=1)
    shown = heading.replace("<b>", "").replace("</b>", "")
    cards = [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True) if m.text.startswith(shown)]
    assert cards, "no urgent card in the coordinator chat"
    return cards[-1]


@pytest.mark.parametrize(
    ("language", "home", "question"),
    [
        ("en", "i am from dashoguz", "what is emergency number in dubai"),
        ("en", "i am from dashoguz, working in dubai two years", "what is emergency number in dubai"),
        ("ru", "я из дашогуза, работаю на стройке уже год", "какой номер полиции в дубае"),
        ("tk", "men Daşoguzdan, iki ýyl işledim", "dubaýda polisiýanyň belgisi näçe"),
    ],
)
async def test_the_sos_card_of_a_man_abroad_shows_the_velayat_he_is_from(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], language: str, home: str, question: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(home)
    await chat.send(question)
    await chat.press(said(app, language, SOS, "button"))
    card = _urgent_card(app, standin)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    uae = app.bot_data.countries.get("ae").title(app.bot_data.config.staff.coordinator_language)
    place = tr.gettext("{abroad} — {country} (home: {velayat})").format(
        abroad=velayat_label(tr, "abroad"), country=uae, velayat=velayat_label(tr, "dashoguz")
    )
    assert tr.gettext("Velayat: {velayat}").format(velayat=place) in card, card
