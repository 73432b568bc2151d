"""Each refusal rule of `check_request`, shown with a request that fails and one that passes."""

from typing import Any

import pytest

from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.rules import check_request
from tests.standin.support import PNG, keyboard, wire


def accept(method: str, **params: Any) -> dict[str, object]:
    return check_request(method, wire(**params))


def refuse(method: str, **params: Any) -> str:
    with pytest.raises(BotApiRefusal) as refusal:
        check_request(method, wire(**params))
    return refusal.value.description


def message(**params: Any) -> dict[str, Any]:
    return {"chat_id": 1, "text": "Salam", **params}


# --- methods and parameters -------------------------------------------------------------------


def test_unknown_method_is_404_not_found() -> None:
    with pytest.raises(BotApiRefusal) as refusal:
        check_request("sendMesage", {})
    assert (refusal.value.error_code, refusal.value.description) == (404, "Not Found")
    assert accept("getMe") == {}
    assert accept("SENDMESSAGE", **message()) == {"chat_id": 1, "text": "Salam"}


def test_missing_required_parameter() -> None:
    assert refuse("sendMessage", chat_id=1) == "Bad Request: message text is empty"
    assert refuse("sendMessage", text="x") == "Bad Request: chat_id is empty"
    assert refuse("deleteMessage", chat_id=1) == "Bad Request: message identifier is not specified"
    assert 'parameter "action" is required' in refuse("sendChatAction", chat_id=1)
    accept("sendChatAction", chat_id=1, action="typing")


def test_unknown_parameter_is_refused_as_a_typo() -> None:
    description = refuse("sendMessage", **message(parse_mod="HTML"))
    assert 'unknown parameter "parse_mod" of method sendMessage' in description
    accept("sendMessage", **message(parse_mode="HTML"))


def test_what_ptb_defaults_add_everywhere_is_dropped_where_telegram_ignores_it() -> None:
    # With Defaults(parse_mode=...), PTB sends parse_mode even to editMessageReplyMarkup.
    params = accept(
        "editMessageReplyMarkup",
        chat_id=1,
        message_id=2,
        parse_mode="HTML",
        disable_notification=True,
        protect_content=False,
    )
    assert params == {"chat_id": 1, "message_id": 2}


def test_values_are_decoded_by_their_declared_type() -> None:
    params = accept(
        "sendMessage",
        chat_id="-1001234",
        text="123",
        disable_notification=True,
        reply_parameters={"message_id": 5},
    )
    assert params == {
        "chat_id": -1001234,
        "text": "123",  # a String stays a string even when it looks like a number
        "disable_notification": True,
        "reply_parameters": {"message_id": 5},
    }
    assert accept("sendMessage", chat_id="@channel", text="x")["chat_id"] == "@channel"
    assert accept("sendLocation", chat_id=1, latitude=37, longitude=58.38) == {
        "chat_id": 1,
        "latitude": 37,
        "longitude": 58.38,
    }


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"chat_id": 1, "message_id": "seven"}, 'parameter "message_id" must be of type Integer'),
        ({"chat_id": 1, "message_id": 7.5}, 'parameter "message_id" must be of type Integer'),
        ({"chat_id": 1.5, "message_id": 7}, None),  # "1.5" is no integer, so an unknown @-less name
    ],
)
def test_top_level_type_errors(params: dict[str, Any], reason: str | None) -> None:
    if reason is None:
        assert accept("deleteMessage", **params)["chat_id"] == "1.5"
    else:
        assert reason in refuse("deleteMessage", **params)


def test_boolean_and_array_parameters_must_have_their_type() -> None:
    assert 'parameter "disable_notification" must be of type Boolean' in refuse(
        "sendMessage", **message(disable_notification="yes")
    )
    assert 'parameter "message_ids" must be of type Array of Integer' in refuse(
        "deleteMessages", chat_id=1, message_ids=3
    )
    assert "can't parse message_ids" in refuse("deleteMessages", chat_id=1, message_ids=["3"])
    accept("deleteMessages", chat_id=1, message_ids=[3, 4])


def test_malformed_json_object_is_refused() -> None:
    raw = wire(**message())
    raw["reply_markup"] = "{inline_keyboard: []}"
    with pytest.raises(BotApiRefusal, match="can't parse reply_markup JSON object"):
        check_request("sendMessage", raw)


# --- nested objects ---------------------------------------------------------------------------


_BUTTON = "inline_keyboard[0][0]"


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ({"inline_keyboard": [[{"callback_data": "x"}]]}, f'Can\'t find field "{_BUTTON}.text"'),
        (
            {"inline_keyboard": [[{"text": "a", "callback_data": 1}]]},
            f'Field "{_BUTTON}.callback_data" must be of type String',
        ),
        (
            {"inline_keyboard": [[{"text": "a", "callbackdata": "x"}]]},
            f'Unknown field "{_BUTTON}.callbackdata"',
        ),
        (
            {"inline_keyboard": [{"text": "a", "callback_data": "x"}]},
            'Field "inline_keyboard[0]" must be of type Array of InlineKeyboardButton',
        ),
        (
            {"keyboard": [[{"text": "a", "request_location": "yes"}]]},
            'Field "keyboard[0][0].request_location" must be of type Boolean',
        ),
        ({"remove_keyboard": True, "selective": 1}, 'Field "selective" must be of type Boolean'),
        ({"force_reply": True, "placeholder": "x"}, 'Unknown field "placeholder" in ForceReply'),
        ({"buttons": []}, "reply_markup must be one of InlineKeyboardMarkup, ReplyKeyboardMarkup"),
        (
            {"inline_keyboard": [[{"text": "a", "web_app": {}}]]},
            f'Can\'t find field "{_BUTTON}.web_app.url"',
        ),
    ],
)
def test_nested_objects_are_checked_recursively(markup: dict[str, Any], reason: str) -> None:
    description = refuse("sendMessage", **message(reply_markup=markup))
    assert description.startswith("Bad Request: can't parse reply_markup: ")
    assert reason in description


def test_every_reply_markup_kind_is_accepted() -> None:
    for markup in (
        keyboard(["Yes", "No"]),
        {
            "keyboard": [[{"text": "Share location", "request_location": True}]],
            "resize_keyboard": True,
        },
        {"remove_keyboard": True},
        {"force_reply": True, "input_field_placeholder": "Your question"},
    ):
        assert accept("sendMessage", **message(reply_markup=markup))["reply_markup"] == markup


def test_a_keyboard_is_checked_the_same_when_it_comes_again() -> None:
    # The stand-in remembers keyboards it accepted; that must not let a bad one through, nor change a good one.
    bad = {"inline_keyboard": [[{"text": "a", "callback_data": "x" * 65}]]}
    good = keyboard(["Yes", "No"])
    for _ in range(2):
        assert refuse("sendMessage", **message(reply_markup=bad)) == "Bad Request: BUTTON_DATA_INVALID"
        assert accept("sendMessage", **message(reply_markup=good))["reply_markup"] == good
    assert (
        accept("editMessageReplyMarkup", chat_id=1, message_id=2, reply_markup=good)["reply_markup"] == good
    )


def test_link_preview_reply_parameters_and_entities_are_checked() -> None:
    assert 'Unknown field "disabled"' in refuse(
        "sendMessage", **message(link_preview_options={"disabled": True})
    )
    accept("sendMessage", **message(link_preview_options={"is_disabled": True}))
    assert 'Can\'t find field "message_id"' in refuse(
        "sendMessage", **message(reply_parameters={"chat_id": 1})
    )
    assert 'Can\'t find field "entities[0].length"' in refuse(
        "sendMessage", **message(entities=[{"type": "bold", "offset": 0}])
    )
    assert "unsupported type 'shout'" in refuse(
        "sendMessage", **message(entities=[{"type": "shout", "offset": 0, "length": 1}])
    )
    accept("sendMessage", **message(entities=[{"type": "bold", "offset": 0, "length": 5}]))


def test_command_scopes_are_checked_by_their_type() -> None:
    commands = [{"command": "start", "description": "Start"}]
    assert 'Field "type" must be one of default, all_private_chats' in refuse(
        "setMyCommands", commands=commands, scope={"type": "everyone"}
    )
    no_chat = refuse("setMyCommands", commands=commands, scope={"type": "chat"})
    assert 'Can\'t find field "chat_id"' in no_chat
    assert 'Unknown field "chat_id" in BotCommandScopeDefault' in refuse(
        "setMyCommands", commands=commands, scope={"type": "default", "chat_id": 1}
    )
    accept(
        "setMyCommands",
        commands=commands,
        scope={"type": "chat_member", "chat_id": -5, "user_id": 1},
    )
    accept("setChatMenuButton", menu_button={"type": "commands"})
    assert "must be an HTTPS URL" in refuse(
        "setChatMenuButton",
        menu_button={"type": "web_app", "text": "App", "web_app": {"url": "http://x.org"}},
    )


def test_files_are_accepted_only_where_an_input_file_is_declared() -> None:
    photo = UploadedFile("chart.png", PNG)
    assert check_request("sendPhoto", {"chat_id": "1", "photo": photo})["photo"] == photo
    by_id = check_request("sendPhoto", {"chat_id": "1", "photo": "AgACAgIAAxk"})
    assert by_id["photo"] == "AgACAgIAAxk"
    thumbnail = UploadedFile("t.jpg", b"\xff\xd8\xff")
    params = check_request(
        "sendDocument",
        {
            "chat_id": "1",
            "document": UploadedFile("a.csv", b"a,b"),
            "thumbnail": "attach://t1",
            "t1": thumbnail,
        },
    )
    assert params["thumbnail"] == thumbnail
    with pytest.raises(BotApiRefusal, match='parameter "text" must be of type String'):
        check_request("sendMessage", {"chat_id": "1", "text": photo})
    with pytest.raises(BotApiRefusal, match='unknown parameter "extra"'):
        check_request("sendPhoto", {"chat_id": "1", "photo": photo, "extra": photo})
    with pytest.raises(BotApiRefusal, match='can\'t find attached file "nope"'):
        check_request("sendPhoto", {"chat_id": "1", "photo": "attach://nope"})


def test_uploaded_photos_must_be_images() -> None:
    assert refuse("sendPhoto", chat_id=1, photo=UploadedFile("x.png", b"not an image")) == (
        "Bad Request: IMAGE_PROCESS_FAILED"
    )
    assert refuse("sendPhoto", chat_id=1, photo=UploadedFile("x.png", b"")) == (
        "Bad Request: file must be non-empty"
    )


def test_answer_inline_query_accepts_only_an_empty_result_list() -> None:
    accept("answerInlineQuery", inline_query_id="1", results=[])
    assert "does not model InlineQueryResult" in refuse(
        "answerInlineQuery", inline_query_id="1", results=[{"type": "article"}]
    )


# --- text limits and formatting ---------------------------------------------------------------


def test_message_text_is_1_to_4096_utf16_code_units_after_parsing() -> None:
    accept("sendMessage", **message(text="a" * 4096))
    assert refuse("sendMessage", **message(text="a" * 4097)) == "Bad Request: message is too long"
    accept("sendMessage", **message(text="😀" * 2048))  # two UTF-16 code units each
    assert refuse("sendMessage", **message(text="😀" * 2049)) == "Bad Request: message is too long"
    accept("sendMessage", **message(text="<b>" + "a" * 4096 + "</b>", parse_mode="HTML"))
    assert refuse("sendMessage", **message(text="")) == "Bad Request: message text is empty"
    assert refuse("sendMessage", **message(text=" \n\t ")) == "Bad Request: message text is empty"
    assert refuse("sendMessage", **message(text="<b> </b>", parse_mode="HTML")) == (
        "Bad Request: message text is empty"
    )


def test_edited_text_has_the_same_limits() -> None:
    edit = {"chat_id": 1, "message_id": 2}
    accept("editMessageText", **edit, text="a" * 4096)
    assert refuse("editMessageText", **edit, text="a" * 4097) == "Bad Request: message is too long"
    assert refuse("editMessageText", **edit) == "Bad Request: message text is empty"
    assert refuse("editMessageText", chat_id=1, text="x") == (
        "Bad Request: message identifier is not specified"
    )


def test_captions_are_0_to_1024_after_parsing() -> None:
    photo = {"chat_id": 1, "photo": "file-id"}
    accept("sendPhoto", **photo, caption="")
    accept("sendPhoto", **photo, caption="<i>" + "c" * 1024 + "</i>", parse_mode="HTML")
    too_long = "Bad Request: message caption is too long"
    assert refuse("sendPhoto", **photo, caption="c" * 1025) == too_long
    assert refuse("sendDocument", chat_id=1, document="file-id", caption="c" * 1025) == too_long
    assert "can't parse entities" in refuse("sendPhoto", **photo, caption="<b>x", parse_mode="HTML")


def test_callback_answer_text_is_at_most_200_characters() -> None:
    accept("answerCallbackQuery", callback_query_id="1", text="a" * 200)
    accept("answerCallbackQuery", callback_query_id="1", text="")
    too_long = refuse("answerCallbackQuery", callback_query_id="1", text="a" * 201)
    assert "MESSAGE_TOO_LONG" in too_long


def test_parse_mode_must_be_one_telegram_knows() -> None:
    for mode in ("HTML", "html", "MarkdownV2", "Markdown"):
        accept("sendMessage", **message(parse_mode=mode))
    unsupported = "Bad Request: unsupported parse_mode"
    assert refuse("sendMessage", **message(parse_mode="HTML5")) == unsupported
    # Even with no caption to format, an unknown mode is refused.
    assert refuse("copyMessage", chat_id=1, from_chat_id=1, message_id=1, parse_mode="htm") == (
        "Bad Request: unsupported parse_mode"
    )


def test_html_text_must_parse() -> None:
    description = refuse("sendMessage", **message(text="Line<br>break", parse_mode="HTML"))
    reason = 'Unsupported start tag "br" at byte offset 4'
    assert description == f"Bad Request: can't parse entities: {reason}"
    accept("sendMessage", **message(text="Line\nbreak &lt;br&gt;", parse_mode="HTML"))
    # Without a parse_mode the same text is plain and fine.
    accept("sendMessage", **message(text="Line<br>break"))


def test_markdown_v2_reserved_characters_must_be_escaped() -> None:
    assert "Character '.' is reserved" in refuse(
        "sendMessage", **message(text="Hi.", parse_mode="MarkdownV2")
    )
    accept("sendMessage", **message(text="Hi\\.", parse_mode="MarkdownV2"))


# --- inline keyboards -------------------------------------------------------------------------


def inline(*buttons: dict[str, Any]) -> dict[str, Any]:
    return message(reply_markup={"inline_keyboard": [list(buttons)]})


def test_inline_button_needs_a_label() -> None:
    assert "text is empty" in refuse("sendMessage", **inline({"text": " ", "callback_data": "x"}))
    accept("sendMessage", **inline({"text": "Yes", "callback_data": "x"}))


def test_inline_button_needs_exactly_one_action() -> None:
    assert "Text buttons are unallowed in the inline keyboard" in refuse(
        "sendMessage", **inline({"text": "Yes"})
    )
    assert "found url and callback_data" in refuse(
        "sendMessage", **inline({"text": "Yes", "url": "https://x.org", "callback_data": "x"})
    )
    for action in (
        {"url": "https://iom.int"},
        {"copy_text": {"text": "+993 12 463514"}},
        {"switch_inline_query_current_chat": ""},
        {"login_url": {"url": "https://x.org/login"}},
        {"web_app": {"url": "https://x.org/app"}},
        {"switch_inline_query_chosen_chat": {"allow_user_chats": True}},
    ):
        accept("sendMessage", **inline({"text": "Go", **action}))


def test_callback_data_is_1_to_64_bytes_of_utf8() -> None:
    accept("sendMessage", **inline({"text": "a", "callback_data": "x" * 64}))
    accept("sendMessage", **inline({"text": "a", "callback_data": "ж" * 32}))  # 64 bytes
    for data in ("x" * 65, "ж" * 33, ""):
        assert refuse("sendMessage", **inline({"text": "a", "callback_data": data})) == (
            "Bad Request: BUTTON_DATA_INVALID"
        )


@pytest.mark.parametrize(
    "url",
    ["https://iom.int", "http://example.org/x", "tg://resolve?domain=x"],
)
def test_button_urls_may_be_http_or_tg(url: str) -> None:
    accept("sendMessage", **inline({"text": "a", "url": url}))


@pytest.mark.parametrize("url", ["ftp://x.org", "iom.int", "javascript:alert(1)", "tg://"])
def test_other_button_urls_are_refused(url: str) -> None:
    assert f"inline keyboard button URL '{url}' is invalid" in refuse(
        "sendMessage", **inline({"text": "a", "url": url})
    )


def test_inline_keyboard_has_at_most_8_buttons_a_row_and_100_in_all() -> None:
    accept("sendMessage", **message(reply_markup=keyboard([str(i) for i in range(8)])))
    assert "row 0 has 9 buttons, at most 8" in refuse(
        "sendMessage", **message(reply_markup=keyboard([str(i) for i in range(9)]))
    )
    rows = [[f"{r}.{c}" for c in range(5)] for r in range(20)]
    accept("sendMessage", **message(reply_markup=keyboard(*rows)))
    assert "has 101 buttons, at most 100" in refuse(
        "sendMessage", **message(reply_markup=keyboard(*rows, ["extra"]))
    )


def test_button_style_is_one_of_three() -> None:
    accept("sendMessage", **inline({"text": "a", "callback_data": "x", "style": "danger"}))
    assert "style must be danger, success or primary" in refuse(
        "sendMessage", **inline({"text": "a", "callback_data": "x", "style": "red"})
    )


# --- reply keyboards --------------------------------------------------------------------------


def reply_keyboard(*rows: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    return message(reply_markup={"keyboard": list(rows), **options})


def test_reply_keyboard_must_not_be_empty() -> None:
    assert refuse("sendMessage", **reply_keyboard()) == "Bad Request: keyboard must be non-empty"
    assert refuse("sendMessage", **reply_keyboard([])) == "Bad Request: keyboard must be non-empty"
    accept("sendMessage", **reply_keyboard([{"text": "Menu"}]))


def test_reply_keyboard_has_at_most_12_a_row_and_300_in_all() -> None:
    row = [{"text": str(i)} for i in range(12)]
    accept("sendMessage", **reply_keyboard(row))
    assert "row 0 has 13 buttons" in refuse("sendMessage", **reply_keyboard([*row, {"text": "x"}]))
    accept("sendMessage", **reply_keyboard(*[row] * 25))
    assert "has 301 buttons, at most 300" in refuse(
        "sendMessage", **reply_keyboard(*[row] * 25, [{"text": "x"}])
    )


def test_reply_button_has_a_label_and_at_most_one_request() -> None:
    assert "text is empty" in refuse("sendMessage", **reply_keyboard([{"text": ""}]))
    assert "found request_contact and request_location" in refuse(
        "sendMessage",
        **reply_keyboard([{"text": "Share", "request_contact": True, "request_location": True}]),
    )
    accept("sendMessage", **reply_keyboard([{"text": "Share", "request_location": True}]))


def test_input_field_placeholder_is_1_to_64_characters() -> None:
    accept("sendMessage", **reply_keyboard([{"text": "a"}], input_field_placeholder="p" * 64))
    assert "input_field_placeholder must be 1-64" in refuse(
        "sendMessage", **reply_keyboard([{"text": "a"}], input_field_placeholder="p" * 65)
    )
    assert "input_field_placeholder must be 1-64" in refuse(
        "sendMessage", **message(reply_markup={"force_reply": True, "input_field_placeholder": ""})
    )


# --- commands, descriptions, other limits -----------------------------------------------------


def commands(*names: str, description: str = "What it does") -> list[dict[str, str]]:
    return [{"command": name, "description": description} for name in names]


def test_set_my_commands_takes_0_to_100_commands() -> None:
    accept("setMyCommands", commands=[])
    accept("setMyCommands", commands=commands(*(f"c{i}" for i in range(100))))
    assert "BOT_COMMANDS_TOO_MUCH" in refuse(
        "setMyCommands", commands=commands(*(f"c{i}" for i in range(101)))
    )


@pytest.mark.parametrize("name", ["start", "sos", "case_2", "a" * 32])
def test_valid_command_names(name: str) -> None:
    accept("setMyCommands", commands=commands(name))


@pytest.mark.parametrize("name", ["", "Start", "/start", "запуск", "two words", "a" * 33, "case-2"])
def test_invalid_command_names(name: str) -> None:
    assert "BOT_COMMAND_INVALID" in refuse("setMyCommands", commands=commands(name))


def test_command_description_is_1_to_256_characters() -> None:
    accept("setMyCommands", commands=commands("start", description="d" * 256))
    assert "must be 1-256 characters" in refuse(
        "setMyCommands", commands=commands("start", description="d" * 257)
    )
    assert "command description is empty" in refuse(
        "setMyCommands", commands=commands("start", description=" ")
    )


@pytest.mark.parametrize(
    "method",
    ["setMyCommands", "getMyCommands", "deleteMyCommands", "setMyDescription"],
)
def test_language_code_is_empty_or_two_letters(method: str) -> None:
    extra: dict[str, Any] = {"commands": commands("start")} if method == "setMyCommands" else {}
    for code in ("", "ru", "tk"):
        accept(method, language_code=code, **extra)
    for code in ("rus", "RU", "en-US"):
        description = refuse(method, language_code=code, **extra)
        assert "language_code must be empty or a two-letter" in description


def test_descriptions_have_their_lengths() -> None:
    accept("setMyDescription", description="d" * 512)
    assert "must be 0-512 characters" in refuse("setMyDescription", description="d" * 513)
    accept("setMyShortDescription", short_description="d" * 120)
    too_long = refuse("setMyShortDescription", short_description="d" * 121)
    assert "must be 0-120 characters" in too_long


def test_chat_action_must_be_known() -> None:
    accept("sendChatAction", chat_id=1, action="upload_document")
    assert (
        refuse("sendChatAction", chat_id=1, action="thinking")
        == "Bad Request: wrong parameter action in request"
    )


def test_locations_must_be_on_earth() -> None:
    accept("sendLocation", chat_id=1, latitude=-90, longitude=180)
    assert "latitude must be between -90 and 90" in refuse(
        "sendLocation", chat_id=1, latitude=91, longitude=0
    )
    assert "heading must be between 1 and 360" in refuse(
        "sendLocation", chat_id=1, latitude=0, longitude=0, heading=0
    )


def test_webhook_url_must_be_https_on_an_allowed_port() -> None:
    accept("setWebhook", url="")
    accept("setWebhook", url="https://bot.example.org:8443/hook", secret_token="s3cr3t-_")
    assert "An HTTPS URL must be provided" in refuse("setWebhook", url="http://bot.example.org")
    wrong_port = refuse("setWebhook", url="https://bot.example.org:8080/")
    assert "only on ports 80, 88, 443 or 8443" in wrong_port
    assert "secret token" in refuse("setWebhook", url="", secret_token="has space")


def test_delete_messages_takes_1_to_100_ids() -> None:
    accept("deleteMessages", chat_id=1, message_ids=list(range(1, 101)))
    assert "1-100" in refuse("deleteMessages", chat_id=1, message_ids=[])
    assert "1-100" in refuse("deleteMessages", chat_id=1, message_ids=list(range(101)))
