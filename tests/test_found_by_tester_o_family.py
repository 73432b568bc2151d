"""What exploratory tester O found in the crisis detector, held in the three languages: being abroad with family
("my brother is here in istanbul too", "agam hem şu ýerde") is not danger, while danger told with it still is (O#2);
"I can't speak Turkish" is not a call for help, "не могу говорить" alone is a sign of being watched in either
script, and with more ("он рядом") a call for help (O#3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_found_by_tester_o import hide_label, hides_first

# O#2: where one is, with family. The model read them as confinement, violence or sexual abuse.
WITH_FAMILY = {
    "en": (
        "he is here in Istanbul too, my brother",
        "my brother is here in istanbul too",
        "my husband and i are in dubai",
        "i came to dubai with my husband",
        "we are in dubai together with my husband",
        "i live in istanbul with my brother and his wife",
    ),
    "tk": ("agam hem şu ýerde (Stambulda)", "agam hem şu ýerde", "men ärim bilen Dubaýa geldim"),
    "ru": ("муж тоже здесь со мной в москве", "я приехала в дубай с мужем", "брат тоже здесь в стамбуле"),
}
LOCKED_IN = (
    "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your "
    "fault."
)
VIOLENCE = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
# Danger told with family abroad: still danger, of its kind
DANGER_WITH_FAMILY = {
    "en": (("my husband locked me in in dubai", LOCKED_IN), ("he beats me, we are in dubai", VIOLENCE)),
    "tk": (("ärim meni urýar", VIOLENCE), ("agam hem şu ýerde, ol meni urýar", VIOLENCE)),
    "ru": (("мы с мужем в дубае, он меня бьет", VIOLENCE),),
}
LANGUAGES = ["ru", "tk", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_being_abroad_with_family_is_not_danger_but_danger_told_with_it_is(
    app: Any, chat_with: Callable[..., Chat], language: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    for typed in WITH_FAMILY[language]:
        reply = await chat.send(typed)
        assert "⚠️" not in reply.text, (typed, reply.text)  # every danger reply starts with it
    for typed, danger in DANGER_WITH_FAMILY[language]:
        reply = await chat.send(typed)
        assert reply.text.startswith(said(app, language, danger)), (typed, reply.text)


# O#3: "I can't speak Turkish", in Russian, in either script
CANNOT_SPEAK_A_LANGUAGE = (
    "я не могу говорить по-турецки",
    "я не могу говорить по-турецки, как найти работу",
    "ne mogu govorit po-turecki",
    "по-турецки не могу говорить",
    "не могу говорить на турецком",
)
ASKING_FOR_HELP = "⚠️ You asked for help. You are not alone: here is how to get it now."


async def test_cannot_speak_a_language_is_not_a_call_for_help(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("ru")
    await chat.send("/start")
    for typed in CANNOT_SPEAK_A_LANGUAGE:
        reply = await chat.send(typed)
        assert "⚠️" not in reply.text, (typed, reply.text)
        assert hide_label(app, "ru") not in chat.labels(reply), (typed, reply.text)


async def test_cannot_talk_alone_hides_first_in_either_script_and_with_more_is_a_call_for_help(
    app: Any, chat_with: Callable[..., Chat]
) -> None:
    """ "не могу говорить" alone is answered as "не могу сейчас говорить" and "i cant talk" are: 🙈 Hide first, with 🆘;
    "не могу говорить, он рядом" asks for help, and the danger reply carries 🙈 Hide too."""
    chat = chat_with("ru")
    await chat.send("/start")
    for typed in ("ne mogu govorit", "не могу говорить", "я не могу говорить"):
        reply = await chat.send(typed)
        assert hides_first(app, chat, reply, "ru"), (typed, reply.text)
    for typed in ("не могу говорить, он рядом", "ne mogu govorit, on ryadom"):
        reply = await chat.send(typed)
        assert reply.text.startswith(said(app, "ru", ASKING_FOR_HELP)), (typed, reply.text)
        assert hide_label(app, "ru") in chat.labels(reply)
