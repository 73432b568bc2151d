"""A secret asked of someone close, told by their family: "агент сказал дочке никому не говорить", "agent gyzyma hiç
kime aýtma diýipdir", "the recruiter told my son not to tell anyone". Russian drops "my" before one's own ("дочке",
"сыну", "брату"), Turkmen names them in the dative ("ogluma", "doganyma") and may be typed in Cyrillic: each is a
warning sign about them, said to the one who writes, as English already was. A secret asked of the writer still tells
them to tell their family; ordinary lines close to these, and danger told with a secret, are answered as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_found_by_tester_q import THEIR_DANGER
from tests.test_found_by_tester_y import OWN_SECRET, THEIR_SECRET, title

THEIRS = [
    ("ru", "агент сказал дочке никому не говорить"),
    ("ru", "сыну сказали никому не рассказывать про работу"),
    ("ru", "брату велели ничего не говорить родителям"),
    ("ru", "сестрёнке сказали держать это в тайне"),
    ("ru", "дочь попросили никому не говорить"),
    ("ru", "вербовщик сказал сыну ничего не говорить нам"),
    ("ru", "moyey dochke skazali nikomu ne govorit"),
    ("tk", "agent gyzyma hiç kime aýtma diýipdir"),
    ("tk", "ogluma hiç kime aýtmaly däl diýdiler"),
    ("tk", "agent gyzyma hic kime aytma diyipdir"),
    ("tk", "агент гызыма хич киме айтма диййпдир"),
    ("tk", "doganyma ejeňe aýtma diýipdirler"),
    ("tk", "jigime hiç kime aýtma diýdi"),
    ("tk", "ogluma bize hiç zat aýtma diýipdirler"),
    ("en", "the recruiter told my son not to tell anyone"),
    ("en", "they told my sister to keep it a secret"),
    ("en", "the agent told my daughter not to tell us"),
    ("en", "my brother was told not to tell our parents"),
    ("en", "a woman told my niece dont tell your mother"),
    ("en", "the agent told my son to keep it secret from us"),
]
# Asked of the writer: "tell your family"
OWN = [
    ("ru", "агент сказал мне никому не говорить"),
    ("ru", "мне сказали никому не говорить про эту работу"),
    ("tk", "agent maňa hiç kime aýtma diýdi"),
    ("tk", "ejeme hiç aýtma diýdi"),
    ("en", "agent told me not to tell anyone"),
    ("en", "they told me to keep it secret"),
]
# No secret asked: not the warning at all
ORDINARY = [
    ("ru", "сказали дочке что работа в дубае хорошая"),
    ("ru", "не говори мне что это нормально"),
    ("tk", "ogluma işiň Dubaýda gowy diýipdirler"),
    ("tk", "gyzyma Türkiýede iş tapyp beris diýdiler"),
    ("en", "my son was told the job is in a hotel"),
    ("en", "they told my daughter the visa is ready"),
]


@pytest.mark.parametrize(("language", "typed"), THEIRS)
async def test_a_secret_asked_of_someone_close_is_a_warning_about_them(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, THEIR_SECRET), reply.text
    assert chat.labels(reply)[0] == "📄 " + title(app, "help-someone-else", language)


@pytest.mark.parametrize(("language", "typed"), OWN)
async def test_a_secret_asked_of_the_writer_tells_them_to_tell_their_family(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text == said(app, language, OWN_SECRET), reply.text


@pytest.mark.parametrize(("language", "typed"), ORDINARY)
async def test_what_someone_close_was_told_without_a_secret_is_no_warning(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text not in (said(app, language, THEIR_SECRET), said(app, language, OWN_SECRET)), reply.text
    assert "⚠️" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "у дочки забрали паспорт и сказали никому не говорить"),
        ("ru", "брату угрожают, сказали что убьют если он расскажет родителям"),
        ("en", "the recruiter took my daughter's passport and told her not to tell anyone"),
    ],
)
async def test_danger_told_with_a_secret_is_danger_to_them(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text


async def test_danger_told_by_the_writer_with_a_secret_is_still_theirs(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    reply = await chat.send("не говори маме, он меня бьёт")
    assert reply.text.startswith("⚠️"), reply.text
    assert not reply.text.startswith(said(app, "ru", THEIR_DANGER)), reply.text
