"""A location just across Turkmenistan's border is named as another country, while the organisations near it are
still listed for a person who is in fact at home."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.border_towns import HOME, TOWNS, across_the_border
from bot.directory import great_circle_km
from tests.chat import Chat, said
from tests.test_abroad_flow import country_label

KHIVA = (41.38, 60.36)
SARAKHS_IN_IRAN = (36.54, 61.16)
# Towns in Turkmenistan near the border and in between: never "another country".
AT_HOME = {
    "Saragt": (36.52, 61.21),
    "Daşoguz": (41.84, 59.97),
    "Köneürgenç": (42.33, 59.15),
    "Serhetabat": (35.28, 62.35),
    "Türkmenabat": (39.07, 63.58),
    "Kerki": (37.83, 65.21),
    "Kaka": (37.35, 59.62),
    "Ashgabat, south": (37.88, 58.38),
    "Mary": (37.60, 61.83),
    "Esenguly": (37.47, 53.97),
}


def test_khiva_and_sarakhs_in_iran_are_across_the_border() -> None:
    khiva = across_the_border(*KHIVA)
    assert khiva is not None and khiva.country == "uz" and khiva.town.name("en") == "Khiva"
    sarakhs = across_the_border(*SARAKHS_IN_IRAN)
    assert sarakhs is not None and sarakhs.country == "ir" and sarakhs.town.name("ru") == "Серахс"


@pytest.mark.parametrize("place", sorted(AT_HOME))
def test_towns_at_home_near_the_border_are_not_abroad(place: str) -> None:
    assert across_the_border(*AT_HOME[place]) is None


def test_far_from_every_listed_town_nothing_is_said() -> None:
    assert across_the_border(40.3, 61.0) is None  # the Karakum between Lebap and Daşoguz
    assert across_the_border(52.52, 13.40) is None  # Berlin: the country outlines answer there


def test_the_towns_sit_where_their_neighbours_say() -> None:
    """Distances between neighbouring towns, as the road signs give them roughly: a slipped digit shows here."""
    by_name = {t.name("en"): t for t in TOWNS if t.country != HOME}
    for first, second, low, high in (
        ("Khiva", "Urgench", 20, 40),
        ("Nukus", "Khojeyli", 5, 25),
        ("Bukhara", "Karakul", 45, 70),
        ("Mashhad", "Quchan", 115, 145),
        ("Mashhad", "Sarakhs", 125, 160),
        ("Gorgan", "Bandar Torkaman", 25, 45),
        ("Andkhoy", "Sheberghan", 50, 80),
        ("Sheberghan", "Mazar-i-Sharif", 105, 135),
    ):
        a, b = by_name[first], by_name[second]
        assert low <= great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude) <= high, (
            first,
            second,
        )


async def share_location_abroad(app: Any, chat: Chat, language: str, where: tuple[float, float]) -> list[Any]:
    await chat.send("/start")
    await chat.press(said(app, language, "🤝 Get help", "menu"))
    await chat.press(said(app, language, "🌍 I am abroad", "button"))
    before = len(chat.bot_messages())
    await chat.share_location(*where)
    return chat.bot_messages()[before:]


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_a_location_in_khiva_names_uzbekistan_and_still_lists_the_nearest_organisation(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    replies = await share_location_abroad(app, chat, language, KHIVA)
    note = next(m for m in replies if "📍" in m.text and m.buttons())
    assert said(app, language, "Uzbekistan", "country") in note.text
    # the way on for a person who is there: the "another country" pack, and remote help
    labels = chat.labels(note)
    assert said(app, language, "🙋 Ask for help remotely", "button") in labels
    other = said(app, language, "🌍 {country}: numbers, rules", "button").format(
        country=country_label(app, language, "other")
    )
    assert other in labels
    dashoguz = app.bot_data.directory.get("example-dashoguz").text("name", language)
    assert any(dashoguz in m.text for m in replies[replies.index(note) :]), "the organisations still follow"


async def test_a_location_at_home_says_nothing_of_another_country(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    replies = await share_location_abroad(app, chat, "en", AT_HOME["Daşoguz"])
    assert replies[0].text == said(app, "en", "Thank you. The nearest organisations:")
    assert not any(said(app, "en", "Uzbekistan", "country") in m.text for m in replies)
