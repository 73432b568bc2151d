"""The stand-in's state: chats, the message life cycle, callback queries and command menus."""

import json

import pytest
from telegram import Message

from bot.standin.errors import UploadedFile
from bot.standin.server import FakeUser, StandIn
from tests.standin.support import PNG, call, keyboard, ok, refusal, refused

HOURS = 3600


# --- chats ------------------------------------------------------------------------------------


async def test_unknown_chat_is_not_found(tg: StandIn, user: FakeUser) -> None:
    assert await refused(tg, "sendMessage", chat_id=user.id, text="Hi") == (
        400,
        "Bad Request: chat not found",
    )
    tg.user_message(user, "/start")
    await ok(tg, "sendMessage", chat_id=user.id, text="Hi")


@pytest.mark.parametrize("chat_id", ["@nobody", "not-a-chat", "@ayna"])
async def test_chat_names_that_do_not_resolve(tg: StandIn, chat: int, chat_id: str) -> None:
    # A user's @username does not resolve to their private chat, as in Telegram.
    assert await refused(tg, "sendMessage", chat_id=chat_id, text="Hi") == (
        400,
        "Bad Request: chat not found",
    )


async def test_registered_chats_and_public_usernames(tg: StandIn) -> None:
    tg.add_chat(-100777, type="supergroup", title="NGO staff", username="ngo_staff")
    sent = await ok(tg, "sendMessage", chat_id=-100777, text="New case")
    assert sent["chat"] == {
        "id": -100777,
        "type": "supergroup",
        "title": "NGO staff",
        "username": "ngo_staff",
    }
    assert (await ok(tg, "sendMessage", chat_id="@ngo_staff", text="x"))["chat"]["id"] == -100777


async def test_blocked_user_gives_403_until_they_write_again(
    tg: StandIn,
    user: FakeUser,
    chat: int,
) -> None:
    tg.block(chat)
    assert await refused(tg, "sendMessage", chat_id=chat, text="Hi") == (
        403,
        "Forbidden: bot was blocked by the user",
    )
    assert (await refused(tg, "sendChatAction", chat_id=chat, action="typing"))[0] == 403
    tg.user_message(user, "/start")
    await ok(tg, "sendMessage", chat_id=chat, text="Hi")


async def test_missing_chat_is_not_found(tg: StandIn, chat: int) -> None:
    tg.mark_missing(chat)
    assert await refused(tg, "sendMessage", chat_id=chat, text="Hi") == (
        400,
        "Bad Request: chat not found",
    )
    assert await refused(tg, "getChat", chat_id=chat) == (400, "Bad Request: chat not found")


async def test_a_removed_group_is_forbidden(tg: StandIn) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    tg.block(-5)
    assert await refused(tg, "sendMessage", chat_id=-5, text="x") == (
        403,
        "Forbidden: bot was kicked from the group chat",
    )


async def test_leave_chat(tg: StandIn, chat: int) -> None:
    assert (await refused(tg, "leaveChat", chat_id=chat))[1] == (
        "Bad Request: chat member status can't be changed in private chats"
    )
    tg.add_chat(-5, type="group", title="Staff")
    assert await ok(tg, "leaveChat", chat_id=-5) is True
    assert await refused(tg, "sendMessage", chat_id=-5, text="x") == (
        403,
        "Forbidden: bot is not a member of the group chat",
    )


async def test_get_chat_returns_full_info(tg: StandIn, chat: int) -> None:
    info = await ok(tg, "getChat", chat_id=chat)
    assert info["id"] == chat and info["type"] == "private" and info["first_name"] == "Aýna"
    assert {"accent_color_id", "max_reaction_count", "accepted_gift_types"} <= info.keys()


async def test_get_me_is_the_bot(tg: StandIn) -> None:
    me = await ok(tg, "getMe")
    assert (me["id"], me["is_bot"], me["username"]) == (7000000001, True, "SafeMigrationDemoBot")


# --- sending ----------------------------------------------------------------------------------


async def test_sent_message_is_stored_and_returned_like_telegram(tg: StandIn, chat: int) -> None:
    result = await ok(
        tg,
        "sendMessage",
        chat_id=chat,
        text="<b>Salam</b>, Aýna!",
        parse_mode="HTML",
        reply_markup=keyboard(["Yes", "No"]),
    )
    assert result["text"] == "Salam, Aýna!"
    assert result["entities"] == [{"type": "bold", "offset": 0, "length": 5}]
    assert result["from"]["id"] == tg.bot_user["id"]
    assert result["chat"] == {
        "id": chat,
        "type": "private",
        "first_name": "Aýna",
        "username": "ayna",
    }
    assert result["reply_markup"] == keyboard(["Yes", "No"])
    message = tg.last_message(chat)
    assert message is not None and message.from_bot
    assert (message.text, message.html) == ("Salam, Aýna!", "<b>Salam</b>, Aýna!")
    assert message.buttons() == keyboard(["Yes", "No"])["inline_keyboard"]
    assert message.button("No") == {"text": "No", "callback_data": "No"}
    with pytest.raises(AssertionError, match=r"no button 'Maybe'.*\['Yes', 'No'\]"):
        message.button("Maybe")


async def test_message_ids_grow_per_chat_for_users_and_bot(
    tg: StandIn,
    user: FakeUser,
    chat: int,
) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    first = await ok(tg, "sendMessage", chat_id=chat, text="one")
    tg.user_message(user, "two")
    third = await ok(tg, "sendMessage", chat_id=chat, text="three")
    in_group = await ok(tg, "sendMessage", chat_id=-5, text="group")
    assert (first["message_id"], third["message_id"], in_group["message_id"]) == (2, 4, 1)
    assert [(m.message_id, m.from_bot) for m in tg.messages_in(chat)] == [
        (1, False),
        (2, True),
        (3, False),
        (4, True),
    ]
    assert [m.text for m in tg.messages_in(chat, from_bot=True)] == ["one", "three"]


async def test_reply_keyboards_are_kept_but_not_returned(tg: StandIn, chat: int) -> None:
    markup = {"keyboard": [[{"text": "Share location", "request_location": True}]]}
    result = await ok(tg, "sendMessage", chat_id=chat, text="Where are you?", reply_markup=markup)
    assert "reply_markup" not in result  # Message.reply_markup is for inline keyboards only
    message = tg.last_message(chat)
    assert message is not None and message.keyboard() == markup["keyboard"]
    assert message.buttons() == []


async def test_replies_need_the_replied_message(tg: StandIn, chat: int) -> None:
    missing = {"message_id": 99}
    assert await refused(tg, "sendMessage", chat_id=chat, text="x", reply_parameters=missing) == (
        400,
        "Bad Request: message to be replied not found",
    )
    await ok(
        tg,
        "sendMessage",
        chat_id=chat,
        text="x",
        reply_parameters={"message_id": 99, "allow_sending_without_reply": True},
    )
    result = await ok(tg, "sendMessage", chat_id=chat, text="x", reply_parameters={"message_id": 1})
    assert result["reply_to_message"]["text"] == "/start"


async def test_photos_and_documents(tg: StandIn, chat: int) -> None:
    status, body = await tg.call(
        "sendPhoto",
        {
            "chat_id": str(chat),
            "photo": UploadedFile("chart.png", PNG),
            "caption": "<b>Week</b>",
            "parse_mode": "HTML",
        },
    )
    photo = json.loads(body)["result"]
    assert status == 200 and photo["caption"] == "Week"
    assert photo["caption_entities"][0]["type"] == "bold"
    assert (photo["photo"][0]["width"], photo["photo"][0]["height"]) == (2, 2)
    message = tg.last_message(chat)
    assert message is not None and message.kind == "photo" and message.photo == PNG
    # The file_id Telegram returned can be sent again; an invented one cannot.
    await ok(tg, "sendPhoto", chat_id=chat, photo=photo["photo"][0]["file_id"])
    assert await refused(tg, "sendPhoto", chat_id=chat, photo="made-up-id") == (
        400,
        "Bad Request: wrong file identifier/HTTP URL specified",
    )
    status, body = await tg.call(
        "sendDocument", {"chat_id": str(chat), "document": UploadedFile("stats.csv", b"a,b\n")}
    )
    document = json.loads(body)["result"]["document"]
    assert (document["file_name"], document["mime_type"], document["file_size"]) == (
        "stats.csv",
        "text/csv",
        4,
    )
    last = tg.last_message(chat)
    assert last is not None and last.document == b"a,b\n"


async def test_location_and_chat_action(tg: StandIn, chat: int) -> None:
    result = await ok(tg, "sendLocation", chat_id=chat, latitude=37.95, longitude=58.38)
    assert result["location"] == {"latitude": 37.95, "longitude": 58.38}
    assert await ok(tg, "sendChatAction", chat_id=chat, action="typing") is True
    assert tg.chat_actions == [(chat, "typing")]


async def test_copy_and_forward(tg: StandIn, user: FakeUser, chat: int) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    tg.user_message(user, "I need help")
    copied = await ok(tg, "copyMessage", chat_id=-5, from_chat_id=chat, message_id=2)
    assert copied == {"message_id": 1}
    copy = tg.last_message(-5)
    assert copy is not None and copy.text == "I need help" and copy.from_bot
    forwarded = await ok(tg, "forwardMessage", chat_id=-5, from_chat_id=chat, message_id=2)
    assert forwarded["forward_origin"]["sender_user"]["id"] == user.id
    assert await refused(tg, "copyMessage", chat_id=-5, from_chat_id=chat, message_id=50) == (
        400,
        "Bad Request: message to copy not found",
    )
    assert await refused(tg, "forwardMessage", chat_id=-5, from_chat_id=chat, message_id=50) == (
        400,
        "Bad Request: message to forward not found",
    )


# --- editing ----------------------------------------------------------------------------------


async def test_edit_text_changes_the_message(tg: StandIn, chat: int) -> None:
    claim = keyboard(["Claim"])
    sent = await ok(tg, "sendMessage", chat_id=chat, text="Case 7: open", reply_markup=claim)
    tg.advance(60)
    edited = await ok(
        tg,
        "editMessageText",
        chat_id=chat,
        message_id=sent["message_id"],
        text="Case 7: <b>claimed</b>",
        parse_mode="HTML",
        reply_markup=keyboard(["Close"]),
    )
    assert edited["text"] == "Case 7: claimed" and edited["edit_date"] == sent["date"] + 60
    message = tg.last_message(chat)
    assert message is not None and message.edited and message.html == "Case 7: <b>claimed</b>"
    assert message.button("Close")


async def test_editing_to_the_same_content_is_not_modified(tg: StandIn, chat: int) -> None:
    sent = await ok(
        tg,
        "sendMessage",
        chat_id=chat,
        text="<b>Hi</b>",
        parse_mode="HTML",
        reply_markup=keyboard(["A"]),
    )
    same = {"chat_id": chat, "message_id": sent["message_id"]}
    status, description = await refused(
        tg,
        "editMessageText",
        **same,
        text="<b>Hi</b>",
        parse_mode="HTML",
        reply_markup=keyboard(["A"]),
    )
    assert (status, description) == (
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are "
        "exactly the same as a current content and reply markup of the message",
    )
    # The same words in other formatting, or the same text without the keyboard, are changes.
    await ok(
        tg,
        "editMessageText",
        **same,
        text="<i>Hi</i>",
        parse_mode="HTML",
        reply_markup=keyboard(["A"]),
    )
    await ok(tg, "editMessageText", **same, text="<i>Hi</i>", parse_mode="HTML")
    message = tg.last_message(chat)
    assert message is not None and message.reply_markup is None  # no markup in the edit drops it


async def test_edit_reply_markup(tg: StandIn, chat: int) -> None:
    markup = keyboard(["A"])
    sent = await ok(tg, "sendMessage", chat_id=chat, text="Q", reply_markup=markup)
    target = {"chat_id": chat, "message_id": sent["message_id"]}
    same_markup = await refusal(tg, "editMessageReplyMarkup", **target, reply_markup=markup)
    assert same_markup.startswith("Bad Request: message is not modified")
    result = await ok(tg, "editMessageReplyMarkup", **target, reply_markup={"inline_keyboard": []})
    assert "reply_markup" not in result
    no_markup_again = await refusal(tg, "editMessageReplyMarkup", **target)
    assert no_markup_again.startswith("Bad Request: message is not modified")


async def test_edit_refusals(tg: StandIn, chat: int) -> None:
    assert await refused(tg, "editMessageText", chat_id=chat, message_id=99, text="x") == (
        400,
        "Bad Request: message to edit not found",
    )
    assert await refused(tg, "editMessageReplyMarkup", chat_id=chat, message_id=99) == (
        400,
        "Bad Request: message to edit not found",
    )
    # Message 1 is the user's /start: a bot can't edit it.
    assert await refused(tg, "editMessageText", chat_id=chat, message_id=1, text="x") == (
        400,
        "Bad Request: message can't be edited",
    )
    photo = await ok(tg, "sendPhoto", chat_id=chat, photo="https://example.org/chart.png")
    on_photo = {"chat_id": chat, "message_id": photo["message_id"]}
    assert await refused(tg, "editMessageText", **on_photo, text="x") == (
        400,
        "Bad Request: there is no text in the message to edit",
    )


# --- deleting ---------------------------------------------------------------------------------


async def test_delete_then_delete_again(tg: StandIn, chat: int) -> None:
    sent = await ok(tg, "sendMessage", chat_id=chat, text="x")
    assert await ok(tg, "deleteMessage", chat_id=chat, message_id=sent["message_id"]) is True
    assert [m.message_id for m in tg.messages_in(chat)] == [1]
    assert await refused(tg, "deleteMessage", chat_id=chat, message_id=sent["message_id"]) == (
        400,
        "Bad Request: message to delete not found",
    )


async def test_messages_can_be_deleted_for_48_hours(tg: StandIn, chat: int) -> None:
    young = await ok(tg, "sendMessage", chat_id=chat, text="young")
    old = await ok(tg, "sendMessage", chat_id=chat, text="old")
    tg.advance(48 * HOURS - 1)
    await ok(tg, "deleteMessage", chat_id=chat, message_id=young["message_id"])
    tg.advance(1)
    assert await refused(tg, "deleteMessage", chat_id=chat, message_id=old["message_id"]) == (
        400,
        "Bad Request: message can't be deleted",
    )


async def test_users_messages_in_private_chats_can_be_deleted(
    tg: StandIn,
    user: FakeUser,
    chat: int,
) -> None:
    await ok(tg, "deleteMessage", chat_id=chat, message_id=1)
    tg.add_chat(-5, type="group", title="Staff")
    tg.user_message(user, "in a group", chat_id=-5)
    description = await refusal(tg, "deleteMessage", chat_id=-5, message_id=1)
    assert description == "Bad Request: message can't be deleted"
    tg.add_chat(-6, type="supergroup", title="Admin here", bot_is_admin=True)
    tg.user_message(user, "in a group", chat_id=-6)
    await ok(tg, "deleteMessage", chat_id=-6, message_id=1)


async def test_delete_messages_skips_what_it_cannot_delete(
    tg: StandIn,
    user: FakeUser,
    chat: int,
) -> None:
    await ok(tg, "sendMessage", chat_id=chat, text="old")
    tg.advance(49 * HOURS)
    tg.user_message(user, "recent")
    await ok(tg, "sendMessage", chat_id=chat, text="recent reply")
    assert await ok(tg, "deleteMessages", chat_id=chat, message_ids=[1, 2, 3, 4, 99]) is True
    assert [m.text for m in tg.messages_in(chat)] == ["/start", "old"]


def test_the_clock_can_follow_the_bots_clock() -> None:
    now = [1_790_000_000.0]
    standin = StandIn(clock=lambda: now[0])
    assert standin.now == now[0]
    now[0] += 10
    assert standin.now == 1_790_000_010.0
    with pytest.raises(AttributeError):
        standin.advance(5)


# --- callback queries -------------------------------------------------------------------------


async def test_a_callback_query_is_answered_once(tg: StandIn, user: FakeUser, chat: int) -> None:
    await ok(tg, "sendMessage", chat_id=chat, text="Language?", reply_markup=keyboard(["tk", "ru"]))
    message = tg.last_message(chat)
    assert message is not None
    update = tg.user_press(user, message, "ru")
    query = update["callback_query"]
    assert (query["data"], query["from"]["id"], query["message"]["message_id"]) == (
        "ru",
        user.id,
        2,
    )
    assert await ok(tg, "answerCallbackQuery", callback_query_id=query["id"], text="Saved") is True
    assert tg.callback_answers == [{"callback_query_id": query["id"], "text": "Saved"}]
    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    assert await refused(tg, "answerCallbackQuery", callback_query_id=query["id"]) == (400, too_old)
    assert await refused(tg, "answerCallbackQuery", callback_query_id="12345") == (400, too_old)


async def test_pressing_buttons(tg: StandIn, user: FakeUser, chat: int) -> None:
    await ok(tg, "sendMessage", chat_id=chat, text="?", reply_markup=keyboard(["yes"]))
    message = tg.last_message(chat)
    assert message is not None
    assert tg.user_press_button(user, message, "yes")["callback_query"]["data"] == "yes"
    with pytest.raises(AssertionError, match=r"no button 'no'.*\['yes'\]"):
        tg.user_press_button(user, message, "no")
    # A stale or forged tap may carry data the keyboard no longer shows; the bot must cope.
    assert tg.user_press(user, message, "old:data")["callback_query"]["data"] == "old:data"
    await ok(tg, "deleteMessage", chat_id=chat, message_id=message.message_id)
    with pytest.raises(AssertionError, match="is gone"):
        tg.user_press(user, message, "yes")


async def test_inline_queries_from_raw_updates_can_be_answered(tg: StandIn, user: FakeUser) -> None:
    update = tg.raw_update(
        {"inline_query": {"id": "77", "from": user.to_dict(), "query": "visa", "offset": ""}}
    )
    assert update["update_id"] > 0
    assert await ok(tg, "answerInlineQuery", inline_query_id="77", results=[]) is True
    assert (await refused(tg, "answerInlineQuery", inline_query_id="77", results=[]))[1].startswith(
        "Bad Request: query is too old"
    )


# --- commands and descriptions ----------------------------------------------------------------


async def test_command_menus_by_scope_and_language(tg: StandIn, chat: int) -> None:
    start = [{"command": "start", "description": "Start"}]
    basla = [{"command": "start", "description": "Başla"}]
    await ok(tg, "setMyCommands", commands=start)
    await ok(tg, "setMyCommands", commands=basla, language_code="tk")
    await ok(tg, "setMyCommands", commands=start, scope={"type": "chat", "chat_id": chat})
    assert tg.commands == {
        ("default", ""): start,
        ("default", "tk"): basla,
        (f"chat:{chat}", ""): start,
    }
    assert await ok(tg, "getMyCommands", language_code="tk") == basla
    assert await ok(tg, "getMyCommands", language_code="ru") == []
    await ok(tg, "setMyCommands", commands=[], language_code="tk")  # an empty list deletes
    await ok(tg, "deleteMyCommands", scope={"type": "chat", "chat_id": chat})
    assert tg.commands == {("default", ""): start}
    unknown_chat = {"type": "chat", "chat_id": 31337}
    assert await refused(tg, "setMyCommands", commands=start, scope=unknown_chat) == (
        400,
        "Bad Request: chat not found",
    )


async def test_descriptions_and_menu_button(tg: StandIn, chat: int) -> None:
    await ok(tg, "setMyDescription", description="Help with safe migration", language_code="en")
    await ok(tg, "setMyShortDescription", short_description="Safe migration")
    assert tg.descriptions == {"en": "Help with safe migration"} and tg.short_descriptions == {
        "": "Safe migration"
    }
    await ok(tg, "setMyDescription", description="", language_code="en")
    assert tg.descriptions == {}
    await ok(tg, "setChatMenuButton", chat_id=chat, menu_button={"type": "commands"})
    assert tg.menu_buttons == {chat: {"type": "commands"}}


# --- the record of requests -------------------------------------------------------------------


async def test_requests_and_refusals_are_recorded(tg: StandIn, chat: int) -> None:
    await ok(tg, "sendMessage", chat_id=chat, text="fine")
    await call(tg, "sendMessage", chat_id=chat, text="<b>broken", parse_mode="HTML")
    await call(tg, "sendMesage", chat_id=chat)
    assert [(r.method, r.ok) for r in tg.requests] == [
        ("sendMessage", True),
        ("sendMessage", False),
        ("sendMesage", False),
    ]
    assert tg.requests[0].params == {"chat_id": chat, "text": "fine"}
    broken, unknown = tg.refusals
    assert broken.refusal is not None
    assert broken.refusal.startswith("Bad Request: can't parse entities")
    assert broken.params["chat_id"] == str(chat)  # refused before decoding: the raw form
    assert (unknown.error_code, unknown.refusal) == (404, "Not Found")
    assert len(tg.calls("sendMessage")) == 2


@pytest.mark.parametrize("kind", ["voice", "audio", "photo", "video", "video_note", "document"])
async def test_a_users_file_is_copied_with_a_new_caption_where_its_kind_has_one(
    tg: StandIn, user: FakeUser, chat: int, kind: str
) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    update = tg.user_media(user, kind, caption="my contract" if kind != "video_note" else "")
    sent = Message.de_json(update["message"], None)
    assert sent is not None and getattr(sent, kind)
    file = sent.photo[-1] if kind == "photo" else getattr(sent, kind)
    assert sent.caption == ("my contract" if kind != "video_note" else None)
    await ok(
        tg,
        "copyMessage",
        chat_id=-5,
        from_chat_id=chat,
        message_id=sent.message_id,
        caption="<b>#3</b>",
        parse_mode="HTML",
    )
    copy = tg.last_message(-5)
    assert copy is not None and copy.kind == kind and copy.from_bot and copy.file_id == file.file_id
    assert copy.text == ("#3" if kind != "video_note" else "")


async def test_a_shared_contact_and_location_are_copied_whole(tg: StandIn, user: FakeUser, chat: int) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    contact = Message.de_json(tg.user_media(user, "contact")["message"], None)
    place = Message.de_json(tg.user_media(user, "location", location=(38.0, 58.4))["message"], None)
    assert contact is not None and contact.contact is not None and contact.contact.phone_number
    assert place is not None and place.location is not None and place.location.latitude == 38.0
    await ok(tg, "copyMessage", chat_id=-5, from_chat_id=chat, message_id=contact.message_id)
    copied = tg.last_message(-5)
    assert (
        copied is not None
        and copied.kind == "contact"
        and copied.contact
        == {
            "phone_number": "+99365000000",
            "first_name": "Contact",
        }
    )
    await ok(tg, "copyMessage", chat_id=-5, from_chat_id=chat, message_id=place.message_id)
    copied = tg.last_message(-5)
    assert copied is not None and copied.location == (38.0, 58.4)


async def test_a_copy_of_a_deleted_message_is_refused(tg: StandIn, user: FakeUser, chat: int) -> None:
    tg.add_chat(-5, type="group", title="Staff")
    message_id = tg.user_media(user, "voice")["message"]["message_id"]
    await ok(tg, "deleteMessage", chat_id=chat, message_id=message_id)
    assert await refused(tg, "copyMessage", chat_id=-5, from_chat_id=chat, message_id=message_id) == (
        400,
        "Bad Request: message to copy not found",
    )


# --- forum topics -----------------------------------------------------------------------------

FORUM = -100888


async def test_a_forum_topic_is_created_and_messages_go_into_it(tg: StandIn, user: FakeUser) -> None:
    tg.add_chat(FORUM, type="supergroup", title="Staff", is_forum=True, can_manage_topics=True)
    assert (await ok(tg, "getChat", chat_id=FORUM))["is_forum"] is True
    topic = await ok(tg, "createForumTopic", chat_id=FORUM, name="#1 · legal")
    assert topic == {
        "message_thread_id": topic["message_thread_id"],
        "name": "#1 · legal",
        "icon_color": 7322096,
    }
    thread = topic["message_thread_id"]
    sent = await ok(tg, "sendMessage", chat_id=FORUM, text="card", message_thread_id=thread)
    assert sent["message_thread_id"] == thread and sent["is_topic_message"] is True
    assert sent["chat"]["is_forum"] is True
    general = await ok(tg, "sendMessage", chat_id=FORUM, text="in General")
    assert "message_thread_id" not in general
    # A reply lands in the replied message's topic; a user's message in a topic replies to its first message.
    reply = await ok(
        tg, "sendMessage", chat_id=FORUM, text="r", reply_parameters={"message_id": sent["message_id"]}
    )
    assert reply["message_thread_id"] == thread
    update = tg.user_message(user, "hello", chat_id=FORUM, thread_id=thread)
    assert update["message"]["message_thread_id"] == thread
    assert update["message"]["reply_to_message"]["message_id"] == thread
    assert "forum_topic_created" in update["message"]["reply_to_message"]
    assert [m.text for m in tg.topic_messages(FORUM, thread)] == ["card", "r", "hello"]


async def test_forum_topics_are_refused_as_telegram_refuses_them(tg: StandIn) -> None:
    tg.add_chat(-100777, type="supergroup", title="Plain")
    assert (
        await refusal(tg, "createForumTopic", chat_id=-100777, name="x")
        == "Bad Request: the chat is not a forum"
    )
    tg.add_chat(FORUM, type="supergroup", title="Staff", is_forum=True)
    assert await refusal(tg, "createForumTopic", chat_id=FORUM, name="x") == (
        "Bad Request: not enough rights to create a topic"
    )
    tg.add_chat(-100999, type="supergroup", title="Staff 2", is_forum=True, can_manage_topics=True)
    assert (await refusal(tg, "createForumTopic", chat_id=-100999, name="x" * 129)).startswith(
        "Bad Request: topic name must be 1-128"
    )
    assert await refusal(tg, "sendMessage", chat_id=-100999, text="x", message_thread_id=5) == (
        "Bad Request: message thread not found"
    )
    assert await refusal(tg, "closeForumTopic", chat_id=-100999, message_thread_id=5) == (
        "Bad Request: message thread not found"
    )


async def test_a_topic_is_closed_reopened_and_deleted(tg: StandIn) -> None:
    tg.add_chat(FORUM, type="supergroup", title="Staff", is_forum=True, can_manage_topics=True)
    thread = (await ok(tg, "createForumTopic", chat_id=FORUM, name="#1"))["message_thread_id"]
    assert await ok(tg, "closeForumTopic", chat_id=FORUM, message_thread_id=thread) is True
    assert await refusal(tg, "closeForumTopic", chat_id=FORUM, message_thread_id=thread) == (
        "Bad Request: TOPIC_NOT_MODIFIED"
    )
    assert await ok(tg, "reopenForumTopic", chat_id=FORUM, message_thread_id=thread) is True
    await ok(tg, "sendMessage", chat_id=FORUM, text="x", message_thread_id=thread)
    tg.delete_topic(FORUM, thread)
    assert tg.topic_messages(FORUM, thread) == []
    assert await refusal(tg, "sendMessage", chat_id=FORUM, text="x", message_thread_id=thread) == (
        "Bad Request: message thread not found"
    )


async def test_a_topic_is_renamed(tg: StandIn) -> None:
    tg.add_chat(FORUM, type="supergroup", title="Staff", is_forum=True, can_manage_topics=True)
    thread = (await ok(tg, "createForumTopic", chat_id=FORUM, name="#1"))["message_thread_id"]
    assert await ok(tg, "editForumTopic", chat_id=FORUM, message_thread_id=thread, name="#1 · 🆘") is True
    assert tg.chats.chats[FORUM].topics[thread].name == "#1 · 🆘"
    assert await refusal(tg, "editForumTopic", chat_id=FORUM, message_thread_id=thread, name="#1 · 🆘") == (
        "Bad Request: TOPIC_NOT_MODIFIED"
    )
    assert (
        await refusal(tg, "editForumTopic", chat_id=FORUM, message_thread_id=thread, name="x" * 129)
    ).startswith("Bad Request: topic name must be 0-128")
