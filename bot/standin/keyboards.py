"""What Telegram refuses in inline keyboards, reply keyboards and their buttons."""

from collections.abc import Mapping

from bot.standin.errors import BotApiRefusal

INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
REPLY_REQUESTS = (
    "request_users",
    "request_chat",
    "request_managed_bot",
    "request_contact",
    "request_location",
    "request_poll",
    "web_app",
)
BUTTON_STYLES = frozenset({"danger", "success", "primary"})
MAX_INLINE_ROW, MAX_INLINE_BUTTONS = 8, 100
MAX_REPLY_ROW, MAX_REPLY_BUTTONS = 12, 300
URL_SCHEMES = ("http://", "https://", "tg://")
_INLINE_BUTTON = "can't parse inline keyboard button"

Obj = Mapping[str, object]


def check_inline_button(button: Obj, where: str) -> None:
    """One button of an inline keyboard: a label and exactly one action."""
    text = button["text"]
    if not isinstance(text, str) or not text.strip():
        raise BotApiRefusal(f"Bad Request: {_INLINE_BUTTON}: {where}: text is empty")
    actions = [name for name in INLINE_ACTIONS if name in button]
    if not actions:
        raise BotApiRefusal(
            f"Bad Request: {_INLINE_BUTTON}: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise BotApiRefusal(
            f"Bad Request: {_INLINE_BUTTON}: {where}: exactly one of the optional fields must "
            f"be used, found {' and '.join(actions)}"
        )
    data = button.get("callback_data")
    if isinstance(data, str) and not 1 <= len(data.encode("utf-8")) <= 64:
        raise BotApiRefusal("Bad Request: BUTTON_DATA_INVALID")
    url = button.get("url")
    if isinstance(url, str) and not (url.startswith(URL_SCHEMES) and len(url) > len("tg://")):
        raise BotApiRefusal(f"Bad Request: inline keyboard button URL '{url}' is invalid")
    _check_style(button, where)


def check_inline_keyboard(markup: Obj, where: str) -> None:
    """The shape of an inline keyboard: at most 8 buttons a row and 100 in all."""
    rows = markup["inline_keyboard"]
    assert isinstance(rows, list)
    _check_counts(rows, MAX_INLINE_ROW, MAX_INLINE_BUTTONS, where)


def check_reply_button(button: Obj, where: str) -> None:
    """One button of a reply keyboard: a label and at most one request."""
    text = button["text"]
    if not isinstance(text, str) or not text.strip():
        raise BotApiRefusal(f"Bad Request: can't parse keyboard button: {where}: text is empty")
    requests = [name for name in REPLY_REQUESTS if name in button]
    if len(requests) > 1:
        raise BotApiRefusal(
            f"Bad Request: can't parse keyboard button: {where}: at most one of the request "
            f"fields may be used, found {' and '.join(requests)}"
        )
    _check_style(button, where)


def check_reply_keyboard(markup: Obj, where: str) -> None:
    """The shape of a reply keyboard: non-empty, at most 12 buttons a row and 300 in all."""
    rows = markup["keyboard"]
    assert isinstance(rows, list)
    if not any(rows):
        raise BotApiRefusal("Bad Request: keyboard must be non-empty")
    _check_counts(rows, MAX_REPLY_ROW, MAX_REPLY_BUTTONS, where)
    check_placeholder(markup, where)


def check_placeholder(markup: Obj, where: str) -> None:
    """input_field_placeholder of reply keyboards and ForceReply: 1-64 characters."""
    placeholder = markup.get("input_field_placeholder")
    if isinstance(placeholder, str) and not 1 <= len(placeholder) <= 64:
        raise BotApiRefusal(f"Bad Request: {where}.input_field_placeholder must be 1-64 characters")


def _check_counts(rows: list[object], per_row: int, in_all: int, where: str) -> None:
    total = 0
    for index, row in enumerate(rows):
        assert isinstance(row, list)
        if len(row) > per_row:
            raise BotApiRefusal(
                f"Bad Request: reply markup is too long: {where} row {index} has {len(row)} "
                f"buttons, at most {per_row} are allowed"
            )
        total += len(row)
    if total > in_all:
        raise BotApiRefusal(
            f"Bad Request: reply markup is too long: {where} has {total} buttons, "
            f"at most {in_all} are allowed"
        )


def _check_style(button: Obj, where: str) -> None:
    style = button.get("style")
    if style is not None and style not in BUTTON_STYLES:
        raise BotApiRefusal(f"Bad Request: {where}.style must be danger, success or primary")
