"""Chats and their messages: who may write where, and the Message objects Telegram returns."""

from typing import Any

from bot.standin.errors import BotApiRefusal
from bot.standin.model import CAPTIONED_KINDS, Chat, Json, SentMessage

CHAT_TYPES = frozenset({"private", "group", "supergroup", "channel"})
DELETE_WINDOW = 48 * 3600  # seconds a message stays deletable


class ChatStore:
    """Every chat the stand-in knows and every message in it that was not deleted."""

    def __init__(self, bot_user: Json) -> None:
        self.bot_user = bot_user
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, dict[int, SentMessage]] = {}
        # Message ids of every chat start above this: a demo continued on its database must not reuse the ids an
        # earlier run's messages are stored under (Telegram never reuses one).
        self.ids_used = 0

    def add(self, chat: Chat) -> Chat:
        if chat.type not in CHAT_TYPES:
            raise ValueError(f"chat type must be one of {sorted(CHAT_TYPES)}, not {chat.type!r}")
        chat.last_message_id = max(chat.last_message_id, self.ids_used)
        self.chats[chat.id] = chat
        self.messages.setdefault(chat.id, {})
        return chat

    def remove(self, chat_id: int) -> None:
        self.chats.pop(chat_id, None)
        self.messages.pop(chat_id, None)

    def resolve(self, chat_id: object) -> Chat:
        """The chat a chat_id parameter names: a known id, or the @username of a public chat."""
        chat: Chat | None = None
        if isinstance(chat_id, int):
            chat = self.chats.get(chat_id)
        elif isinstance(chat_id, str) and chat_id.startswith("@"):
            # Telegram resolves @username only for groups, channels and bots, not for users.
            chat = next(
                (
                    known
                    for known in self.chats.values()
                    if known.type != "private" and known.username == chat_id[1:]
                ),
                None,
            )
        if chat is None:
            raise BotApiRefusal("Bad Request: chat not found")
        if chat.migrated_to is not None:
            raise BotApiRefusal(
                "Bad Request: group chat was upgraded to a supergroup chat",
                parameters={"migrate_to_chat_id": chat.migrated_to},
            )
        return chat

    def writable(self, chat_id: object) -> Chat:
        """A chat the bot may send to or edit in right now."""
        chat = self.resolve(chat_id)
        if chat.blocked and chat.type == "private":
            raise BotApiRefusal("Forbidden: bot was blocked by the user", 403)
        if chat.blocked:
            raise BotApiRefusal(f"Forbidden: bot was kicked from the {chat.type} chat", 403)
        if chat.left:
            raise BotApiRefusal(f"Forbidden: bot is not a member of the {chat.type} chat", 403)
        return chat

    def add_message(self, chat: Chat, **fields: Any) -> SentMessage:
        """Store a new message; message ids grow by one per chat, whoever sends."""
        chat.last_message_id += 1
        message = SentMessage(chat_id=chat.id, message_id=chat.last_message_id, **fields)
        self.messages[chat.id][message.message_id] = message
        return message

    def find(self, chat: Chat, message_id: object) -> SentMessage | None:
        if not isinstance(message_id, int):
            return None
        return self.messages.get(chat.id, {}).get(message_id)

    def in_order(self, chat_id: int) -> list[SentMessage]:
        return sorted(self.messages.get(chat_id, {}).values(), key=lambda m: m.message_id)

    def can_delete(self, chat: Chat, message: SentMessage, now: float) -> bool:
        """Telegram's rule: under 48 hours old, and the bot's own, in a private chat, or admin."""
        if now - message.date >= DELETE_WINDOW:
            return False
        return message.from_bot or chat.type == "private" or chat.bot_is_admin

    def delete(self, chat: Chat, message: SentMessage) -> None:
        del self.messages[chat.id][message.message_id]

    def topic(self, chat: Chat, thread_id: object) -> int:
        """The forum topic a message_thread_id names in this chat, or Telegram's refusal."""
        if not isinstance(thread_id, int) or not chat.is_forum or thread_id not in chat.topics:
            raise BotApiRefusal("Bad Request: message thread not found")
        return thread_id

    def to_json(self, message: SentMessage, *, with_reply: bool = True) -> Json:
        """The Message object Telegram returns for this message."""
        data: Json = {
            "message_id": message.message_id,
            "from": self.bot_user if message.from_bot else message.sender,
            "chat": self.chats[message.chat_id].to_dict(),
            "date": message.date,
        }
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if message.forward_origin is not None:
            data["forward_origin"] = message.forward_origin
        if message.thread_id is not None:
            data["message_thread_id"] = message.thread_id
            data["is_topic_message"] = True
        if message.service is not None:
            data.update(message.service)
            return data
        replied = self.messages[message.chat_id].get(message.reply_to_message_id or 0)
        if with_reply and replied is not None:
            data["reply_to_message"] = self.to_json(replied, with_reply=False)
        data.update(_content(message))
        if message.inline_markup is not None and message.buttons():
            data["reply_markup"] = message.inline_markup
        return data


def _content(message: SentMessage) -> Json:
    text_key, entities_key = "text", "entities"
    content: Json = {}
    if message.kind in CAPTIONED_KINDS:
        text_key, entities_key = "caption", "caption_entities"
    if message.kind == "photo":
        width, height = _png_size(message.photo or b"")
        content["photo"] = [
            {
                **_file_ids(message.file_id),
                "width": width,
                "height": height,
                "file_size": len(message.photo or b""),
            }
        ]
    elif message.kind == "document":
        content["document"] = {
            **_file_ids(message.file_id),
            "file_name": message.document_name or "document",
            "file_size": len(message.document or b""),
        }
    elif message.kind in _FILE_FIELDS:
        content[message.kind] = {**_file_ids(message.file_id), **_FILE_FIELDS[message.kind]}
    elif message.kind == "contact" and message.contact is not None:
        content["contact"] = dict(message.contact)
    elif message.kind == "location" and message.location is not None:
        latitude, longitude = message.location
        content["location"] = {"latitude": latitude, "longitude": longitude}
    if message.text or message.kind == "text":
        content[text_key] = message.text
    if message.entities:
        content[entities_key] = message.entities
    return content


# The required fields of Voice, Audio, Video and VideoNote beyond the file ids (the stand-in's files last a second).
_FILE_FIELDS: dict[str, Json] = {
    "voice": {"duration": 1, "mime_type": "audio/ogg"},
    "audio": {"duration": 1},
    "video": {"width": 1, "height": 1, "duration": 1},
    "video_note": {"length": 1, "duration": 1},
}


def _file_ids(file_id: str | None) -> Json:
    file_id = file_id or "standin-file"
    return {"file_id": file_id, "file_unique_id": f"u-{file_id}"}


def _png_size(content: bytes) -> tuple[int, int]:
    if content.startswith(b"\x89PNG\r\n\x1a\n") and len(content) >= 24:
        width, height = int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
        return max(width, 1), max(height, 1)
    return 1, 1
