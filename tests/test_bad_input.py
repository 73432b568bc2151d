"""Every kind of update reaches a defined outcome: no crash, no request Telegram would refuse, no echo of markup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update

from bot.standin.server import FakeUser, StandIn
from handlers.copies import MEDIA_KINDS
from handlers.media import offer_text
from tests.chat import Chat
from tests.conftest import COORDINATOR_CHAT

PERSON = {"id": 4001, "is_bot": False, "first_name": "P", "language_code": "en"}
PRIVATE = {"id": 4001, "type": "private", "first_name": "P"}
GROUP = {"id": -100777, "type": "supergroup", "title": "Some group"}


def message(chat: dict[str, Any], **content: Any) -> dict[str, Any]:
    return {"message_id": 50, "date": 1, "chat": chat, "from": PERSON, **content}


ODD_UPDATES = {
    "sticker": {
        "message": message(
            PRIVATE,
            sticker={
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
        )
    },
    "photo": {
        "message": message(PRIVATE, photo=[{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}])
    },
    "voice": {"message": message(PRIVATE, voice={"file_id": "v", "file_unique_id": "v", "duration": 1})},
    "video": {
        "message": message(
            PRIVATE, video={"file_id": "v", "file_unique_id": "v", "width": 1, "height": 1, "duration": 1}
        )
    },
    "document": {"message": message(PRIVATE, document={"file_id": "d", "file_unique_id": "d"})},
    "contact": {"message": message(PRIVATE, contact={"phone_number": "+99365000000", "first_name": "X"})},
    "poll": {
        "message": message(
            PRIVATE,
            poll={
                "id": "1",
                "question": "q",
                "options": [
                    {"text": "a", "voter_count": 0, "persistent_id": "a"},
                    {"text": "b", "voter_count": 0, "persistent_id": "b"},
                ],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            },
        )
    },
}


@pytest.mark.parametrize("kind", sorted(ODD_UPDATES))
async def test_media_in_a_private_chat_gets_a_short_hint(app: Any, standin: StandIn, kind: str) -> None:
    standin.add_chat(PRIVATE["id"])
    await app.process_update(Update.de_json(standin.raw_update(ODD_UPDATES[kind]), app.bot))
    answer = standin.last_message(PRIVATE["id"], from_bot=True).text
    if kind in MEDIA_KINDS:  # what a person at an organisation can do with it (tests/test_media.py)
        assert answer == offer_text(app.bot_data.catalogs("en"), kind)
    else:
        assert answer.startswith("I understand text messages")


async def test_edits_and_channel_posts_are_ignored(app: Any, standin: StandIn) -> None:
    standin.add_chat(PRIVATE["id"])
    channel = {"id": -100900, "type": "channel", "title": "C"}
    standin.add_chat(channel["id"], type="channel", title="C")
    for update in (
        {"edited_message": {**message(PRIVATE, text="changed"), "edit_date": 2}},
        {"channel_post": {"message_id": 1, "date": 1, "chat": channel, "text": "post"}},
    ):
        await app.process_update(Update.de_json(standin.raw_update(update), app.bot))
    assert standin.messages_in(PRIVATE["id"], from_bot=True) == []
    assert standin.messages_in(channel["id"], from_bot=True) == []


async def test_a_group_that_is_not_a_staff_chat_gets_silence_and_the_bot_leaves(
    app: Any, standin: StandIn
) -> None:
    standin.add_chat(GROUP["id"], type="supergroup", title="Some group")
    for text in ("/start", "/queue", "hello"):
        await app.process_update(
            Update.de_json(standin.raw_update({"message": message(GROUP, text=text)}), app.bot)
        )
        standin.add_chat(GROUP["id"], type="supergroup", title="Some group")  # it may be re-added
    assert standin.messages_in(GROUP["id"], from_bot=True) == []
    assert [r.params.get("chat_id") for r in standin.calls("leaveChat")] == [GROUP["id"]] * 3


async def test_inline_queries_get_an_empty_answer(app: Any, standin: StandIn) -> None:
    update = {"inline_query": {"id": "iq1", "from": PERSON, "query": "passport", "offset": ""}}
    await app.process_update(Update.de_json(standin.raw_update(update), app.bot))
    assert len(standin.calls("answerInlineQuery")) == 1


async def test_blocking_the_bot_is_noted_on_the_open_case(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    await chat.send("/sos")
    await chat.press("🆘 Ask a person to write to me now")
    kicked = {
        "chat": {"id": chat.chat_id, "type": "private", "first_name": "A"},
        "from": {"id": chat.chat_id, "is_bot": False, "first_name": "A"},
        "date": 2,
        "old_chat_member": {
            "status": "member",
            "user": {"id": 7000000001, "is_bot": True, "first_name": "Bot"},
        },
        "new_chat_member": {
            "status": "kicked",
            "until_date": 0,
            "user": {"id": 7000000001, "is_bot": True, "first_name": "Bot"},
        },
    }
    await app.process_update(Update.de_json(standin.raw_update({"my_chat_member": kicked}), app.bot))
    case = (await app.bot_data.storage.queue(None))[0]
    assert case.person_blocked


@pytest.mark.parametrize(
    "text",
    [
        "я" * 4096,
        "<b>bold</b> <i>x</i> <script>alert(1)</script> &amp; &",
        "*bold* _x_ [link](http://example.com) `code`",
        "\u202eشسیب\u202c مرحبا بالعالم",
        "🙂🙂🙂🙂",
        "a\x00b\x07c\x1bd",
        "/start " + "x" * 200,
        "/start ../../etc",
    ],
)
async def test_hostile_or_odd_text_is_handled_and_never_echoed_unescaped(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat], caplog: pytest.LogCaptureFixture, text: str
) -> None:
    caplog.set_level(logging.ERROR)
    chat = chat_with("en")
    reply = await chat.send(text)
    assert reply.text
    assert "<script>" not in reply.html
    assert "error while handling update" not in caplog.text
    assert (await app.bot_data.storage.get_person(chat.chat_id)).campaign is None


async def test_a_4096_character_message_on_an_open_case_reaches_staff_whole(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with(
        "ru"
    )  # Cyrillic from an English phone would make the person's language Russian, and say so
    await chat.send("/sos")
    await chat.press("🆘 Пусть человек напишет мне")
    long_text = "<b>ж</b> " * 512  # 4,096 characters, every one of them kept
    await chat.send(long_text)
    tr = app.bot_data.catalogs(app.bot_data.config.staff.coordinator_language)
    heading = tr.gettext("💬 Case #{number}, the person writes ({part}/{parts}):")
    headings = [heading.format(number=1, part=part, parts=2) + "\n" for part in (1, 2)]
    relayed = [m.text for m in standin.messages_in(COORDINATOR_CHAT, from_bot=True)[1:]]
    assert len(relayed) == 2 and all(m.startswith(h) for m, h in zip(relayed, headings, strict=True))
    assert "".join(m.removeprefix(h) for m, h in zip(relayed, headings, strict=True)) == long_text


async def test_unknown_or_tampered_buttons_never_act(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    chat = chat_with("en")
    menu = await chat.send("/start")
    for data in (
        "kb:no-such-topic",
        "cl:a:99:y",
        "ho:ngo:nope",
        "st:claim:1",
        "st:out:1:legal",
        "lang:xx",
        "garbage",
        "forget:maybe",
    ):
        await chat.press_data(menu, data)
    assert await app.bot_data.storage.queue(None) == []
    assert (await app.bot_data.storage.get_person(chat.chat_id)).language == "en"


async def test_a_flood_is_asked_to_slow_down_once_and_the_rest_dropped(
    app: Any, standin: StandIn, chat_with: Callable[..., Chat]
) -> None:
    limit = app.bot_data.config.limits.flood_messages
    chat = chat_with("en")
    for _ in range(limit + 10):
        await chat.send("/menu")
    texts = [m.text for m in chat.bot_messages()]
    assert len(texts) == limit + 1
    assert texts[-1].startswith("You are sending messages very fast.")
    assert sum(t.startswith("You are sending") for t in texts) == 1
    person = await app.bot_data.storage.get_person(chat.chat_id)
    last_seen = person.last_seen
    await chat.send("/menu")  # still dropped: no database write
    assert (await app.bot_data.storage.get_person(chat.chat_id)).last_seen == last_seen


def test_fake_user_is_a_person() -> None:
    assert FakeUser(id=1, first_name="x").id == 1
