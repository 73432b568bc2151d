"""The stand-in's records: users, chats, messages and requests."""

from dataclasses import dataclass, field
from typing import Any

Json = dict[str, object]
UpdateDict = dict[str, Any]  # an Update as sent to the bot; Any, so tests can index into it


# The kinds of message whose content is a file, and those of them that carry a caption (Telegram's Message object).
MEDIA_KINDS = frozenset({"photo", "document", "voice", "audio", "video", "video_note"})
CAPTIONED_KINDS = frozenset({"photo", "document", "voice", "audio", "video"})


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user who talks to the bot; their private chat has the same id."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"

    def to_dict(self) -> Json:
        """The User object as Telegram sends it."""
        user: Json = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                user[key] = getattr(self, key)
        return user


@dataclass
class Chat:
    """A chat the stand-in knows, and what the bot may do in it."""

    id: int
    type: str = "private"
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    bot_is_admin: bool = False
    blocked: bool = False
    left: bool = False
    migrated_to: int | None = None  # the group became this supergroup
    last_message_id: int = 0
    is_forum: bool = False  # a supergroup with topics enabled
    can_manage_topics: bool = False  # the bot's administrator right to create, close and reopen topics
    topics: dict[int, "Topic"] = field(default_factory=dict)  # message_thread_id -> topic

    def to_dict(self) -> Json:
        """The Chat object as Telegram sends it inside a Message."""
        chat: Json = {"id": self.id, "type": self.type}
        names = ("first_name", "last_name") if self.type == "private" else ("title",)
        for key in (*names, "username"):
            if getattr(self, key) is not None:
                chat[key] = getattr(self, key)
        if self.is_forum:
            chat["is_forum"] = True
        return chat


@dataclass
class Topic:
    """A forum topic: its id is the id of the service message that created it."""

    name: str
    icon_color: int
    closed: bool = False
    by_bot: bool = True  # the bot created it (and so may close and reopen it without the right)


@dataclass
class SentMessage:
    """A message in a chat, as it stands now (after edits), sent by the bot or by a user."""

    chat_id: int
    message_id: int
    text: str  # the plain text (or caption) after entity parsing
    html: str  # the text (or caption) as sent, before parsing
    entities: list[Json]
    reply_markup: Json | None
    from_bot: bool
    date: int
    edited: bool = False
    edit_date: int | None = None
    kind: str = "text"  # text, one of MEDIA_KINDS, or location
    sender: Json | None = None  # the User who sent it, when not the bot
    reply_to_message_id: int | None = None
    photo: bytes | None = None
    document: bytes | None = None
    document_name: str | None = None
    file_id: str | None = None
    location: tuple[float, float] | None = None
    contact: Json | None = None  # a shared contact: phone_number, first_name
    forward_origin: Json | None = None
    thread_id: int | None = None  # message_thread_id: the forum topic the message is in (None: General)
    service: Json | None = None  # a service message's content, e.g. {"forum_topic_created": {...}}
    reactions: list[Json] = field(
        default_factory=list
    )  # the bot's reaction on the message (setMessageReaction)

    def buttons(self) -> list[list[Json]]:
        """The rows of the inline keyboard, or [] if the message has none."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        assert isinstance(rows, list)
        return [list(row) for row in rows]

    def keyboard(self) -> list[list[Json]]:
        """The rows of the reply keyboard sent with the message, or []."""
        rows = (self.reply_markup or {}).get("keyboard", [])
        assert isinstance(rows, list)
        return [list(row) for row in rows]

    def button(self, label: str) -> Json:
        """The inline button labelled exactly `label`."""
        for row in self.buttons():
            for button in row:
                if button.get("text") == label:
                    return button
        labels = [button.get("text") for row in self.buttons() for button in row]
        raise AssertionError(
            f"no button {label!r} on message {self.message_id} in chat {self.chat_id}; "
            f"its buttons are {labels}"
        )

    @property
    def inline_markup(self) -> Json | None:
        """The inline keyboard Telegram shows (and returns) with the message."""
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            return self.reply_markup
        return None


@dataclass
class RecordedRequest:
    """One request the bot made: decoded parameters (raw ones if it was malformed)."""

    method: str
    params: dict[str, object] = field(default_factory=dict)
    refusal: str | None = None
    error_code: int | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None
