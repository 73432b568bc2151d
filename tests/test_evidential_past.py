"""Turkmen tells a past learnt of afterwards in the evidential ("gyzymyň pasportyny alypdyrlar": they have taken my
daughter's passport, it turns out), and it tells of something done just as the plain past ("aldylar") does: the
detector reads it as that plain past, typed with the Turkmen letters or without, of oneself or of someone close.
And "please dont tell us lies", which the model read as confinement, is no alarm, while being kept in still is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.nlp.crisis import CrisisKind, detect_crisis
from bot.nlp.turkmen import plain_past
from tests.chat import Chat

K = CrisisKind

# (the evidential past, the same line in the plain past): each pair is read alike, and as danger
TOLD_BOTH_WAYS = [
    # the line that raised no alarm, and the same typed without the Turkmen letters
    (
        "gyzymyň pasportyny alypdyrlar, hiç kime aýtma diýipdirler",
        "gyzymyň pasportyny aldylar, hiç kime aýtma diýdiler",
    ),
    (
        "gyzymyn pasportyny alypdyrlar, hic kime aytma diyipdirler",
        "gyzymyn pasportyny aldylar, hic kime aytma diydiler",
    ),
    # of oneself
    (
        "pasportymy alypdyrlar we hiç kime aýtma diýipdirler",
        "pasportymy aldylar we hiç kime aýtma diýdiler",
    ),
    ("meni otaga gulplapdyrlar", "meni otaga gulpladylar"),
    ("meni zorlapdyrlar", "meni zorladylar"),
    # of someone close, several verbs
    ("aýalymy podwalda saklapdyrlar", "aýalymy podwalda sakladylar"),
    ("gyzymy otagda saklapdyrlar", "gyzymy otagda sakladylar"),
    ("ejemi ýaralapdyrlar", "ejemi ýaraladylar"),
    ("gyzymy alyp gidipdirler", "gyzymy alyp gitdiler"),
    ("uyamy zorlapdyrlar", "uyamy zorladylar"),
    ("doganymy yenjipdirler", "doganymy yenjdiler"),
    ("jigimi urupdyrlar", "jigimi urdylar"),
]


@pytest.mark.parametrize(("evidential", "plain"), TOLD_BOTH_WAYS)
def test_the_evidential_past_is_read_as_the_plain_past_it_tells_of(evidential: str, plain: str) -> None:
    kind = detect_crisis(plain)
    assert kind is not None, plain
    assert detect_crisis(evidential) is kind, evidential


@pytest.mark.parametrize(
    ("evidential", "plain"),
    [
        ("alypdyrlar", "aldylar"),
        ("diýipdirler", "diýdiler"),
        ("diyipdirler", "diydiler"),
        ("urupdyrlar", "urdylar"),
        ("gulplapdyrlar", "gulpladylar"),
        ("men gidipdirin", "men gitdim"),  # gid-/git-: the stem's own t
        ("ol edipdir", "ol etdi"),
        ("alypdyrsyňyz", "aldyňyz"),
        ("алыпдырлар", "алдылар"),  # Turkmen typed in Cyrillic
        # not the evidential: left as written
        ("alypdyrlarmy", "alypdyrlarmy"),
        ("pasport", "pasport"),
    ],
)
def test_the_plain_past_of_each_evidential_form(evidential: str, plain: str) -> None:
    assert plain_past(evidential) == plain


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what the plain past showed once it was read: a sister hurting herself, sold to a club, a boy of 15 sold
        ("uyam yene ozuni yaralapdyr, Kiprde yeke", K.SELF_HARM),
        ("aýal doganym Dubaýda, ony kluba satypdyrlar, her gije mejbur edýärler", K.SEXUAL),
        ("inim kiçi, 15, ony satypdyrlar", K.CHILD),
        ("telefonymy aldylar, gyzym ogurlandy", K.CONFINEMENT),
        # and what it does not tell: a stolen thing, a locked account, a story told once home
        ("telefonym ogurlandy", None),
        ("Hasabym bloklanypdyr (gulplanypdyr), parolymy unutdym, nädip açmaly?", None),
        ("Uýam Dubaýdan öýe geldi, ol ýerde öýde saklapdyrlar, indi ol howpsuz, ýöne gürlänok", None),
    ],
)
def test_what_the_plain_past_tells_and_does_not(text: str, kind: CrisisKind | None) -> None:
    assert detect_crisis(text) is kind


async def test_the_daughters_passport_taken_in_the_evidential_is_answered_as_danger(
    chat_with: Callable[..., Chat],
) -> None:
    chat = chat_with("tk")
    reply = await chat.send("gyzymyň pasportyny alypdyrlar, hiç kime aýtma diýipdirler")
    assert reply.text.startswith("⚠️"), reply.text
    assert "+99312463514" in reply.text, "the hotline first"


@pytest.mark.parametrize(
    "text",
    ["please dont tell us lies", "dont tell us lies", "please dont lie to us", "не врите нам пожалуйста"],
)
def test_asking_not_to_be_lied_to_is_no_alarm(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "they dont let us leave",
        "we are locked in",
        "they tell us lies and dont let us leave",
        "please dont tell us lies, we are locked in",
    ],
)
def test_being_kept_in_is_still_confinement_lies_or_not(text: str) -> None:
    assert detect_crisis(text) is K.CONFINEMENT


async def test_a_plea_not_to_be_lied_to_gets_no_danger_reply(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    reply = await chat.send("please dont tell us lies")
    assert not reply.text.startswith("⚠️"), reply.text
    locked = await chat.send("we are locked in")
    assert locked.text.startswith("⚠️"), locked.text
