"""What exploratory tester Q met outside the crisis detector: a friend or sister told of someone else's danger as if
it were hers (Q#4), "my husband and i are in dubai" not kept as the place (Q#7), "he is coming" on an open case
answered with nothing (Q#8), and "ok", "rahmat" and "is tapmak isleyan" answered wrongly (Q#11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.directory import EXAMPLE_DIRECTORY, Directory
from tests.chat import Chat, said
from tests.conftest import COORDINATOR_CHAT
from tests.test_crisis_flow import DANGER, sos_label

THEIR_DANGER = (
    "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
)
NOT_YOUR_FAULT = "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not your fault."
VIOLENCE = "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."

# Q#4: someone else named, then spoken of by a pronoun (the danger line, and the lines before it)
SOMEONE_ELSE = [
    ("en", ["my friend went to turkey for job in a hotel"], "she cant leave the place"),
    (
        "en",
        ["my friend went to turkey for job in a hotel"],
        "now she writes me they took her phone and she uses other girls phone",
    ),
    ("en", ["my friend went to turkey for job in a hotel"], "she asked me not to call police, she is scared"),
    ("ru", ["брат уехал в казань полгода назад"], "он не выходит на связь уже месяц"),
    ("ru", ["брат уехал в казань полгода назад"], "последний раз сказал что их держат на складе"),
    ("tk", ["дустум дубайда ишлейэр"], "оны бир ёре гулплап сакларлар"),
]


@pytest.mark.parametrize(("language", "before", "text"), SOMEONE_ELSE)
async def test_danger_of_someone_named_before_is_answered_as_theirs(
    app: Any, chat_with: Callable[..., Chat], language: str, before: list[str], text: str
) -> None:
    chat = chat_with(language)
    for line in before:
        await chat.send(line)
    reply = await chat.send(text)
    assert reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text
    assert said(app, language, NOT_YOUR_FAULT) not in reply.text
    assert said(app, language, VIOLENCE) not in reply.text


@pytest.mark.parametrize(
    ("language", "before", "text"),
    [
        # the writer's own danger, with "her" the one who keeps her, or the writer done to
        ("ru", ["ya v stambule rabotayu nyanei"], "hozyaika govorit bez nee nikuda ne vyhodit"),
        ("en", ["my friend went to turkey for job in a hotel"], "they locked me in the room"),
        ("en", [], "she cant leave the place and she beats me"),
    ],
)
async def test_the_writers_own_danger_is_still_answered_as_hers(
    app: Any, chat_with: Callable[..., Chat], language: str, before: list[str], text: str
) -> None:
    chat = chat_with(language)
    for line in before:
        await chat.send(line)
    reply = await chat.send(text)
    assert reply.text.startswith("⚠️"), reply.text
    assert not reply.text.startswith(said(app, language, THEIR_DANGER)), reply.text


# Q#7: the writer with someone ------------------------------------------------------------------------------------

NOTED = (
    "📍 Noted: you are in {country} now. I will keep it in mind for an hour, to give you the right numbers. "
    "What do you need?"
)


@pytest.mark.parametrize(
    ("language", "said_where"),
    [
        ("en", "my husband and i are in dubai"),
        ("en", "me and my brother are in dubai"),
        ("ru", "мы с мужем в дубае"),
        ("tk", "ärim bilen men Dubaýda"),
    ],
)
async def test_the_writer_with_someone_is_where_they_both_are(
    app: Any, chat_with: Callable[..., Chat], language: str, said_where: str
) -> None:
    chat = chat_with(language)
    await chat.send("hello")
    reply = await chat.send(said_where)
    uae = app.bot_data.countries.get("ae")
    assert reply.text == said(app, language, NOTED).format(country=uae.in_sentence(language))
    number = await chat.send(
        {"en": "police number", "ru": "номер полиции", "tk": "polisiýanyň belgisi"}[language]
    )
    assert uae.emergency in number.text, number.text
    # and the violence told of the husband after it gives the UAE's number to dial
    danger = await chat.send(
        {"en": "and he hit my husband", "ru": "и он избил моего мужа", "tk": "ol ärimi urdy"}[language]
    )
    assert uae.emergency in danger.text, danger.text


# Q#8: watched while a case is open -------------------------------------------------------------------------------

HIDE_FIRST = (
    "🙈 All right. If someone may see this chat, tap «{button}»: it deletes our recent messages on both sides and "
    "sends nothing back. Write again when it is safe: I will be here."
)


@pytest.mark.parametrize(
    ("language", "text"), [("en", "he is coming"), ("ru", "он идёт"), ("tk", "ol gelýär")]
)
async def test_being_watched_on_an_open_case_is_answered_hide_first_and_still_relayed(
    app: Any, chat_with: Callable[..., Chat], standin: Any, language: str, text: str
) -> None:
    chat = chat_with(language)
    await chat.send(DANGER[language])
    await chat.press(sos_label(app, language))
    assert await app.bot_data.storage.open_case_for(chat.chat_id) is not None
    reply = await chat.send(text)
    hide = said(app, language, "🙈 Hide this chat", "button")
    assert reply.text.startswith(said(app, language, HIDE_FIRST).format(button=hide).split("«")[0]), (
        reply.text
    )
    assert hide in chat.labels(reply)
    staff_chats = [COORDINATOR_CHAT, *(ngo.staff_chat_id for ngo in Directory.load(EXAMPLE_DIRECTORY).ngos)]
    relayed = [m for chat_id in staff_chats for m in standin.messages_in(chat_id)]
    assert any(text in m.text for m in relayed), "the staff still get it"


# Q#11: "ok", "rahmat", "is tapmak isleýän" ------------------------------------------------------------------------

GREETING = (
    "Hello! I answer questions about travelling and working abroad safely, check job offers, and put you in touch "
    "with people who help. Type your question or choose below."
)


@pytest.mark.parametrize(
    ("language", "ok"), [("en", "ok"), ("ru", "ок"), ("ru", "понятно"), ("tk", "bolýar")]
)
async def test_ok_mid_conversation_gets_a_word_back_not_the_greeting_again(
    app: Any, chat_with: Callable[..., Chat], language: str, ok: str
) -> None:
    chat = chat_with(language)
    await chat.send("/start")
    await chat.send(
        {"en": "they took my passport", "ru": "забрали паспорт", "tk": "pasportymy aldylar"}[language]
    )
    reply = await chat.send(ok)
    assert reply.text == said(app, language, "👌 All right. Write whenever you need anything.")
    assert said(app, language, GREETING) not in reply.text
    assert chat.labels(reply) == [said(app, language, "☰ Menu", "button")]


@pytest.mark.parametrize("thanks", ["rahmat", "рахмат"])
async def test_rahmat_is_thanks(app: Any, chat_with: Callable[..., Chat], thanks: str) -> None:
    chat = chat_with("tk")
    await chat.send("salam men moskwada")
    reply = await chat.send(thanks)
    assert reply.text == said(app, "tk", "You are welcome! If you have another question, just write it.")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tk", "is tapmak isleyan"),
        ("tk", "иш тапмак ислейэн"),
        ("ru", "хочу найти работу"),
        ("en", "i want to find work"),
    ],
)
async def test_wanting_to_find_work_points_to_checking_an_offer_not_not_sure(
    app: Any, chat_with: Callable[..., Chat], language: str, text: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(text)
    assert reply.text.startswith("💼"), reply.text
    labels = chat.labels(reply)
    assert labels[0] == said(app, language, "✅ Check a job offer", "menu")
    red_flags = app.bot_data.knowledge["job-offer-red-flags"].text(language).title
    assert "📄 " + red_flags in labels
