"""Limits and rules beyond field types: lengths, ranges, formats, choices between fields.

Object checks run on every decoded object of their type, wherever it is nested; method checks
run once on a method's decoded parameters.
"""

import re
from collections.abc import Callable, Mapping

from bot.standin import keyboards
from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.formatting import parse_formatted
from bot.telegram_text import utf16_len

Obj = Mapping[str, object]

ENTITY_TYPES = frozenset(
    {
        "mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number",
        "bold", "italic", "underline", "strikethrough", "spoiler", "blockquote",
        "expandable_blockquote", "code", "pre", "text_link", "text_mention", "custom_emoji",
        "date_time",
    }
)  # fmt: skip
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
MAX_TEXT, MAX_CAPTION, MAX_CALLBACK_TEXT = 4096, 1024, 200
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_CODE = re.compile(r"(?:[a-z]{2})?")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_START_PARAMETER = re.compile(r"[A-Za-z0-9_-]{1,64}")
_WEBHOOK_PORTS = frozenset({80, 88, 443, 8443})
_MAX_PHOTO_BYTES = 10 * 1024 * 1024
_MAX_FILE_BYTES = 50 * 1024 * 1024
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM", b"RIFF")


def _refuse(description: str) -> BotApiRefusal:
    return BotApiRefusal(f"Bad Request: {description}")


def _check_length(value: object, low: int, high: int, what: str) -> None:
    if isinstance(value, str) and not low <= len(value) <= high:
        raise _refuse(f"{what} must be {low}-{high} characters, got {len(value)}")


def _check_text_field(params: Obj, name: str, high: int) -> None:
    _check_length(params.get(name), 0, high, name)


def _check_range(params: Obj, name: str, low: float, high: float) -> None:
    value = params.get(name)
    if isinstance(value, int | float) and not low <= value <= high:
        raise _refuse(f"{name} must be between {low} and {high}, got {value}")


def _check_https(url: object, what: str) -> None:
    if isinstance(url, str) and not url.startswith("https://"):
        raise _refuse(f"{what} must be an HTTPS URL, got '{url}'")


def _bot_command(command: Obj, where: str) -> None:
    name = command["command"]
    if not isinstance(name, str) or not _COMMAND.fullmatch(name):
        rule = "must be 1-32 characters of a-z, 0-9, _"
        raise _refuse(f"BOT_COMMAND_INVALID: {where}.command {name!r} {rule}")
    description = command["description"]
    if isinstance(description, str) and not description.strip():
        raise _refuse(f"command description is empty: {where}.description")
    _check_length(description, 1, 256, f"{where}.description")


def _message_entity(entity: Obj, where: str) -> None:
    kind = entity["type"]
    if kind not in ENTITY_TYPES:
        raise _refuse(f"can't parse MessageEntity: {where}: unsupported type {kind!r}")
    offset, length = entity["offset"], entity["length"]
    if isinstance(offset, int) and isinstance(length, int) and (offset < 0 or length < 0):
        raise _refuse(f"can't parse MessageEntity: {where}: offset and length must be >= 0")
    needed = {"text_link": "url", "text_mention": "user", "custom_emoji": "custom_emoji_id"}
    if kind in needed and needed[str(kind)] not in entity:
        raise _refuse(f"can't parse MessageEntity: {where}: {needed[str(kind)]} is required")


def _reply_parameters(reply: Obj, where: str) -> None:
    quote = reply.get("quote")
    if isinstance(quote, str):
        text, _ = parse_formatted(quote, reply.get("quote_parse_mode"), reply.get("quote_entities"))
        if utf16_len(text) > 1024:
            raise _refuse("quote is too long")


def _inline_query_results_button(button: Obj, where: str) -> None:
    if ("web_app" in button) == ("start_parameter" in button):
        raise _refuse(f"{where}: exactly one of web_app and start_parameter must be used")
    start = button.get("start_parameter")
    if isinstance(start, str) and not _START_PARAMETER.fullmatch(start):
        raise _refuse(f"{where}.start_parameter must be 1-64 characters of A-Z, a-z, 0-9, _, -")


def _request_users(request: Obj, where: str) -> None:
    _check_range(request, "max_quantity", 1, 10)


def _poll_type(poll: Obj, where: str) -> None:
    if poll.get("type", "regular") not in ("quiz", "regular"):
        raise _refuse(f"{where}.type must be quiz or regular")


def _suggested_post_price(price: Obj, where: str) -> None:
    if price["currency"] not in ("XTR", "TON"):
        raise _refuse(f"{where}.currency must be XTR or TON")


OBJECT_CHECKS: dict[str, Callable[[Obj, str], None]] = {
    "InlineKeyboardMarkup": keyboards.check_inline_keyboard,
    "InlineKeyboardButton": keyboards.check_inline_button,
    "ReplyKeyboardMarkup": keyboards.check_reply_keyboard,
    "KeyboardButton": keyboards.check_reply_button,
    "ForceReply": keyboards.check_placeholder,
    "BotCommand": _bot_command,
    "MessageEntity": _message_entity,
    "ReplyParameters": _reply_parameters,
    "CopyTextButton": lambda button, where: _check_length(button["text"], 1, 256, where),
    "WebAppInfo": lambda app, where: _check_https(app["url"], f"{where}.url"),
    "LoginUrl": lambda login, where: _check_https(login["url"], f"{where}.url"),
    "InlineQueryResultsButton": _inline_query_results_button,
    "KeyboardButtonRequestUsers": _request_users,
    "KeyboardButtonPollType": _poll_type,
    "SuggestedPostPrice": _suggested_post_price,
}


def check_text(params: Obj) -> None:
    """A message text: 1-4096 UTF-16 code units after entity parsing, and not blank."""
    text, _ = parse_formatted(str(params["text"]), params.get("parse_mode"), params.get("entities"))
    if not text.strip():
        raise _refuse("message text is empty")
    if utf16_len(text) > MAX_TEXT:
        raise _refuse("message is too long")


def check_caption(params: Obj) -> None:
    """A media caption: at most 1024 UTF-16 code units after entity parsing."""
    caption = params.get("caption")
    if isinstance(caption, str):
        text, _ = parse_formatted(caption, params.get("parse_mode"), params.get("caption_entities"))
        if utf16_len(text) > MAX_CAPTION:
            raise _refuse("message caption is too long")


def _check_file(params: Obj, name: str, max_bytes: int, image: bool) -> None:
    file = params.get(name)
    if not isinstance(file, UploadedFile):
        return
    if not file.content:
        raise _refuse("file must be non-empty")
    if len(file.content) > max_bytes:
        raise BotApiRefusal("Request Entity Too Large", 413)
    if image and not file.content.startswith(_IMAGE_MAGIC):
        raise _refuse("IMAGE_PROCESS_FAILED")


def _edit_target(params: Obj) -> None:
    if "inline_message_id" in params:
        return
    if "chat_id" not in params:
        raise _refuse("chat_id is empty")
    if "message_id" not in params:
        raise _refuse("message identifier is not specified")


def _edit_message_text(params: Obj) -> None:
    _edit_target(params)
    if "rich_message" in params:
        raise _refuse("rich messages are not supported by the stand-in")
    if "text" not in params:
        raise _refuse("message text is empty")
    check_text(params)


def _set_webhook(params: Obj) -> None:
    url = params["url"]
    if url:
        match = re.fullmatch(r"https://([^/:?#]+)(?::(\d+))?(?:[/?#].*)?", str(url))
        if match is None:
            raise _refuse("bad webhook: An HTTPS URL must be provided for webhook")
        if match.group(2) and int(match.group(2)) not in _WEBHOOK_PORTS:
            raise _refuse("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    _check_range(params, "max_connections", 1, 100)
    secret = params.get("secret_token")
    if isinstance(secret, str) and not _SECRET_TOKEN.fullmatch(secret):
        raise _refuse("secret token contains unallowed characters or has a wrong length")


def _delete_messages(params: Obj) -> None:
    ids = params["message_ids"]
    if isinstance(ids, list) and not 1 <= len(ids) <= 100:
        raise _refuse("message_ids must list 1-100 message identifiers")


def _answer_callback_query(params: Obj) -> None:
    text = params.get("text")
    if isinstance(text, str) and len(text) > MAX_CALLBACK_TEXT:
        raise _refuse(
            f"MESSAGE_TOO_LONG: callback answer text has {len(text)} characters, "
            f"at most {MAX_CALLBACK_TEXT} are allowed"
        )


def _set_my_commands(params: Obj) -> None:
    commands = params["commands"]
    if isinstance(commands, list) and len(commands) > 100:
        raise _refuse("BOT_COMMANDS_TOO_MUCH: at most 100 commands can be specified")


def _send_location(params: Obj) -> None:
    _check_range(params, "latitude", -90, 90)
    _check_range(params, "longitude", -180, 180)
    _check_range(params, "horizontal_accuracy", 0, 1500)
    _check_range(params, "heading", 1, 360)
    _check_range(params, "proximity_alert_radius", 1, 100000)
    period = params.get("live_period")
    if period is not None and period != 0x7FFFFFFF:
        _check_range(params, "live_period", 60, 86400)


def _send_chat_action(params: Obj) -> None:
    if params["action"] not in CHAT_ACTIONS:
        raise _refuse("wrong parameter action in request")


# The emoji a bot may react with (Bot API 10.1, ReactionTypeEmoji).
REACTION_EMOJI = frozenset(
    "❤ 👍 👎 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤\u200d🔥 🌚 🌭 💯 🤣 ⚡ 🍌 🏆 💔 "
    "🤨 😐 🍓 🍾 💋 🖕 😈 😴 😭 🤓 👻 👨\u200d💻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 "
    "💊 🙊 😎 👾 🤷\u200d♂ 🤷 🤷\u200d♀ 😡".split()
)


def _set_message_reaction(params: Obj) -> None:
    reaction = params.get("reaction") or []
    assert isinstance(reaction, list)
    if len(reaction) > 1:
        raise _refuse("REACTIONS_TOO_MANY")  # a bot sets at most one reaction
    for item in reaction:
        if isinstance(item, Mapping) and item.get("type") == "paid":
            raise _refuse("paid reactions can't be used by bots")
        if (
            isinstance(item, Mapping)
            and item.get("type") == "emoji"
            and item.get("emoji") not in REACTION_EMOJI
        ):
            raise _refuse("REACTION_INVALID")


# The colours Telegram allows for a forum topic's icon.
TOPIC_COLORS = frozenset({7322096, 16766590, 13338331, 9367192, 16749490, 16478047})


def _create_forum_topic(params: Obj) -> None:
    _check_length(params.get("name"), 1, 128, "topic name")
    color = params.get("icon_color")
    if color is not None and color not in TOPIC_COLORS:
        raise _refuse("TOPIC_ICON_COLOR_INVALID")


METHOD_CHECKS: dict[str, Callable[[Obj], None]] = {
    "sendMessage": check_text,
    "editMessageText": _edit_message_text,
    "editMessageReplyMarkup": _edit_target,
    "sendPhoto": lambda params: _check_file(params, "photo", _MAX_PHOTO_BYTES, image=True),
    "sendDocument": lambda params: _check_file(params, "document", _MAX_FILE_BYTES, image=False),
    "setWebhook": _set_webhook,
    "deleteMessages": _delete_messages,
    "answerCallbackQuery": _answer_callback_query,
    "setMyCommands": _set_my_commands,
    "setMyDescription": lambda params: _check_text_field(params, "description", 512),
    "setMyShortDescription": lambda params: _check_text_field(params, "short_description", 120),
    "sendLocation": _send_location,
    "sendChatAction": _send_chat_action,
    "setMessageReaction": _set_message_reaction,
    "createForumTopic": _create_forum_topic,
    "editForumTopic": lambda params: _check_length(params.get("name"), 0, 128, "topic name"),
}


def check_method(method: str, params: Obj) -> None:
    """Refuse what Telegram refuses in this method's decoded parameters."""
    # Even with no text to format (copyMessage without caption), an unknown mode is refused.
    parse_formatted("", params.get("parse_mode"))
    language = params.get("language_code")
    if isinstance(language, str) and not _LANGUAGE_CODE.fullmatch(language):
        rule = "must be empty or a two-letter ISO 639-1 code"
        raise _refuse(f"language_code {rule}, got {language!r}")
    check_caption(params)
    check = METHOD_CHECKS.get(method)
    if check is not None:
        check(params)
