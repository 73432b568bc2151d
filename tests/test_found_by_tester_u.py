"""Found by exploratory tester U: 🆘 or "сос" typed again on an urgent case sent the whole urgent message every time
(U#4); typed answers to "Who is the offer for?" without Turkmen letters, in Cyrillic, or in Russian typed in Latin
letters were not understood (U#7); asked to carry a bag to Istanbul, the person was given Türkiye's emergency number
as if they were there, and kept it for the next question (U#10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.checklist_whom import Whom
from bot.languages import LANGUAGES
from bot.standin.server import StandIn
from handlers.questions import render_topic
from handlers.sos import REALERT_SECONDS
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT, FakeClock
from tests.test_checklist_for_other import ask_whom
from tests.test_handoff_flow import request_help_from_mary

MARY_CHAT = -1001000000011
OK_HAND = [{"type": "emoji", "emoji": "👌"}]
DANGER_ALERT = (
    "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: reply to this "
    "message."
)


def alerts(app: Any, standin: StandIn, chat_id: int, number: int) -> int:
    """How many urgent alerts on the case this staff chat got (SOS typed is a message that signals danger)."""
    headings = [
        said(app, language, DANGER_ALERT).split("</b>")[0].replace("<b>", "") for language in LANGUAGES
    ]
    return sum(
        1
        for m in standin.messages_in(chat_id, from_bot=True)
        if any(heading.format(number=number) in m.text for heading in headings)
    )


@pytest.mark.parametrize(("language", "typed"), [("ru", "сос"), ("en", "🆘"), ("tk", "sos")])
async def test_sos_typed_again_while_the_alert_is_fresh_gets_a_reaction_not_another_copy(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], clock: FakeClock, language: str, typed: str
) -> None:
    chat = chat_with(language)
    number = await request_help_from_mary(app, chat, language)
    first = await chat.send(typed)  # the first one: the whole urgent message, and the staff alerted
    assert f"#{number}" in first.text
    assert alerts(app, standin, MARY_CHAT, number) == 1
    assert alerts(app, standin, COORDINATOR_CHAT, number) == 1
    shown = chat.bot_messages()
    for again in (typed, "🆘", "SOS"):
        await chat.send_only(again)
        assert chat.bot_messages() == shown  # as /sos typed again: 👌 on it, nothing new on a watched screen
        assert chat.my_messages()[-1].reactions == OK_HAND
    assert alerts(app, standin, MARY_CHAT, number) == 1  # staff: one alert, as before
    assert alerts(app, standin, COORDINATOR_CHAT, number) == 1
    # Danger told in words is still answered in full (the words tell staff something new)
    told = await chat.send(
        {"ru": "меня бьют, помогите", "tk": "meni urýarlar, kömek ediň", "en": "he beats me, help"}[language]
    )
    assert told.message_id != shown[-1].message_id and f"#{number}" in told.text
    # Once the window is over, SOS typed alerts staff again and is said in full, as before
    clock.advance(REALERT_SECONDS + 1)
    later = await chat.send(typed)
    assert later.message_id != told.message_id and f"#{number}" in later.text
    assert alerts(app, standin, MARY_CHAT, number) == 2


@pytest.mark.parametrize(
    ("language", "typed", "whom"),
    [
        ("tk", "ejem ucin", Whom.OTHER),
        ("tk", "uyam ucin", Whom.OTHER),
        ("tk", "gyzym ucin", Whom.OTHER),
        ("tk", "жейем учин", Whom.OTHER),
        ("tk", "эжем учин", Whom.OTHER),
        ("tk", "гызым учин", Whom.OTHER),
        ("tk", "kakam üçin", Whom.OTHER),
        ("tk", "meniki", Whom.SELF),
        ("tk", "özüm", Whom.SELF),
        ("tk", "ozum", Whom.SELF),
        ("ru", "dlya mamy", Whom.OTHER),
        ("ru", "dlya docheri", Whom.OTHER),
        ("ru", "dlya sebya", Whom.SELF),
        ("ru", "сестре 16 лет", Whom.OTHER),
        ("en", "for my sister she is 16", Whom.OTHER),
    ],
)
async def test_whom_the_offer_is_for_typed_in_everyday_spellings(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, whom: Whom
) -> None:
    chat = chat_with(language)
    await ask_whom(app, chat, language)
    first = await chat.send(typed)
    asked = "Is the person under 18?" if whom is Whom.OTHER else "Are you under 18?"
    assert said(app, language, asked) in first.text, first.text
    progress = await app.bot_data.storage.checklist_progress(chat.chat_id)
    assert progress is not None and progress.whom == whom


@pytest.mark.parametrize(
    ("language", "asked", "then"),
    [
        ("en", "someone pays me to carry a bag to istanbul", "can i take my friends parcel to moscow"),
        (
            "en",
            "a man asked me to carry a bag to istanbul for 100 dollars",
            "can i take my friends parcel to moscow",
        ),
        (
            "ru",
            "знакомый просит отвезти сумку в стамбул, заплатит 100 долларов",
            "а если посылку в москву отвезти",
        ),
        (
            "ru",
            "znakomyy prosit otvezti sumku v stambul, zaplatit 100 dollarov",
            "а если посылку в москву отвезти",
        ),
        ("tk", "bir tanysym Stambula posylka alyp git diyyar", "Moskwa posylka alyp gitsem bolarmy"),
    ],
)
async def test_a_bag_to_be_taken_somewhere_does_not_say_where_the_person_is(
    app: Any, chat_with: Callable[..., Chat], language: str, asked: str, then: str
) -> None:
    chat = chat_with(language)
    topic = app.bot_data.knowledge["carrying-parcels"]
    generic = render_topic(app.bot_data, topic, language)  # the danger line with "the local emergency number"
    answer = await chat.send(asked)
    assert answer.html.startswith(generic), (asked, answer.text)
    assert "112" not in answer.text, (asked, answer.text)
    # the same warning again is pointed to, not sent word for word (tester Y#8), and still names no country's number
    answer = await chat.send(then)
    assert f"«{topic.text(language).title}»" in answer.text and "112" not in answer.text, (then, answer.text)
    assert app.bot_data.places.get(chat.chat_id, app.bot_data.storage.now()) is None  # no country noted
