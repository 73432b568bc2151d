"""A person in a country without a pack of its own (Berlin, Riyadh, Tashkent) gets what they can do tonight: the
"another country" pack, what to do without the local number, and a way on that is not the same list again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_abroad_flow import country_label

BERLIN = (52.52, 13.40)
RIYADH = (24.71, 46.67)


def without_the_number(app: Any, language: str) -> str:
    return said(
        app,
        language,
        "Do not know the local emergency number? Ask people nearby to call the police, or press 🆘: a "
        "person from the hotline team will write to you here.",
    )


@pytest.mark.parametrize("language", ["ru", "tk", "en"])
async def test_the_other_country_pack_says_what_to_do_without_the_local_number(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send("/sos")
    await chat.press(said(app, language, "🌍 I am abroad", "button"))
    pack = await chat.press(country_label(app, language, "other"))
    assert "112" in pack.text
    assert without_the_number(app, language) in pack.text
    labels = chat.labels(pack)
    assert said(app, language, "🆘 Ask a person to write to me now", "button") in labels
    assert said(app, language, "🌍 Choose the country", "button") in labels
    assert said(app, language, "🌍 Another country", "button") not in labels, "not the same words twice"


@pytest.mark.parametrize("where", [BERLIN, RIYADH])
async def test_a_location_in_a_country_without_a_pack_leads_to_the_other_country_pack(
    app: Any, chat_with: Callable[..., Chat], where: tuple[float, float]
) -> None:
    chat = chat_with("en")
    await chat.send("/start")
    await chat.press(said(app, "en", "🤝 Get help", "menu"))
    await chat.press(said(app, "en", "🌍 I am abroad", "button"))
    await chat.share_location(*where)
    nothing = next(
        m
        for m in reversed(chat.bot_messages())
        if said(app, "en", "There is no organisation of our network near you.") in m.text
    )
    labels = chat.labels(nothing)
    assert said(app, "en", "🌍 I am abroad", "button") not in labels, (
        "not the list just answered with a location"
    )
    other = said(app, "en", "🌍 {country}: numbers, rules", "button").format(
        country=country_label(app, "en", "other")
    )
    pack = await chat.press(other)
    assert without_the_number(app, "en") in pack.text
