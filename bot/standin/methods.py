"""Telegram's side of each Bot API method: the state it changes, its result, and the refusals
that depend on state (unknown chats, missing messages, answered queries)."""

import mimetypes
from collections.abc import Callable

from bot.standin.chats import ChatStore
from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.formatting import parse_formatted
from bot.standin.model import CAPTIONED_KINDS, Chat, Json, SentMessage
from bot.standin.topics import ForumTopics
from bot.standin.updates import UpdateQueue

Params = dict[str, object]

_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def _int(params: Params, key: str, default: int = 0) -> int:
    value = params.get(key, default)
    assert isinstance(value, int)
    return value


def _markup(params: Params) -> Json | None:
    markup = params.get("reply_markup")
    assert markup is None or isinstance(markup, dict)
    return markup


def _inline_or_none(markup: Json | None) -> Json | None:
    """An inline keyboard with no buttons is no keyboard (that is how bots remove one)."""
    rows = markup.get("inline_keyboard") if markup is not None else None
    if not isinstance(rows, list) or not any(rows):
        return None
    return markup


class BotApi(ForumTopics):
    """The methods of the Bot API, as the stand-in answers them once a request is valid."""

    def __init__(self, chats: ChatStore, updates: UpdateQueue, now: Callable[[], float]) -> None:
        self.chats = chats
        self.updates = updates
        self._now = now
        self.commands: dict[tuple[str, str], list[Json]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}
        self.menu_buttons: dict[int | None, Json] = {}
        self.callback_answers: list[Json] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.webhook_url = ""
        self.queries: dict[str, bool] = {}  # callback and inline query id -> answered
        self._files: dict[str, bytes | None] = {}
        self._handlers: dict[str, Callable[[Params], object]] = {
            "getMe": self._get_me,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "logOut": lambda params: True,
            "close": lambda params: True,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "setMessageReaction": self._set_message_reaction,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda params: list(self.commands.get(self._scope_key(params), [])),
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "setChatMenuButton": self._set_chat_menu_button,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendLocation": self._send_location,
            "sendChatAction": self._send_chat_action,
            "leaveChat": self._leave_chat,
            "getChat": self._get_chat,
            "copyMessage": self._copy_message,
            "forwardMessage": self._forward_message,
            "answerInlineQuery": self._answer_inline_query,
            "createForumTopic": self._create_forum_topic,
            "closeForumTopic": lambda params: self._close_forum_topic(params, closed=True),
            "reopenForumTopic": lambda params: self._close_forum_topic(params, closed=False),
            "editForumTopic": self._edit_forum_topic,
        }

    async def handle(self, method: str, params: Params) -> object:
        """The result of a valid request, or a BotApiRefusal that only the state explains."""
        if method == "getUpdates":
            return await self._get_updates(params)
        return self._handlers[method](params)

    def _get_me(self, params: Params) -> Json:
        return {
            **self.chats.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: Params) -> list[Json]:
        if self.webhook_url:
            raise BotApiRefusal(
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
                409,
            )
        allowed = params.get("allowed_updates")
        return await self.updates.get(
            offset=_int(params, "offset"),
            limit=_int(params, "limit", 100),
            timeout=_int(params, "timeout"),
            allowed=[str(kind) for kind in allowed] if isinstance(allowed, list) else None,
        )

    def _set_webhook(self, params: Params) -> bool:
        self.webhook_url = str(params["url"])
        if params.get("drop_pending_updates"):
            self.updates.drop_all()
        return True

    def _delete_webhook(self, params: Params) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self.updates.drop_all()
        return True

    def _get_webhook_info(self, params: Params) -> Json:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates.pending),
        }

    def _reply_to(self, chat: Chat, params: Params) -> int | None:
        reply = params.get("reply_parameters")
        if not isinstance(reply, dict):
            return None
        target = self.chats.resolve(reply["chat_id"]) if "chat_id" in reply else chat
        if self.chats.find(target, reply["message_id"]) is not None:
            # A reply to another chat's message is allowed; the stand-in does not show it.
            return _int(reply, "message_id") if target is chat else None
        # allow_sending_without_reply is "always False for replies in another chat".
        if reply.get("allow_sending_without_reply") and target is chat:
            return None
        raise BotApiRefusal("Bad Request: message to be replied not found")

    def _bot_message(self, chat: Chat, params: Params, **fields: object) -> SentMessage:
        markup = _markup(params)
        if markup is not None and "inline_keyboard" in markup:
            markup = _inline_or_none(markup)
        reply_to = self._reply_to(chat, params)
        return self.chats.add_message(
            chat,
            reply_markup=markup,
            from_bot=True,
            date=int(self._now()),
            reply_to_message_id=reply_to,
            thread_id=self._thread(chat, params, reply_to),
            **fields,
        )

    def _send_message(self, params: Params) -> Json:
        chat = self.chats.writable(params["chat_id"])
        html = str(params["text"])
        text, entities = parse_formatted(html, params.get("parse_mode"), params.get("entities"))
        message = self._bot_message(chat, params, text=text, html=html, entities=entities)
        return self.chats.to_json(message)

    def _message_to_edit(self, params: Params) -> tuple[Chat, SentMessage]:
        if "inline_message_id" in params:
            raise BotApiRefusal("Bad Request: message to edit not found")
        chat = self.chats.writable(params["chat_id"])
        message = self.chats.find(chat, params["message_id"])
        if message is None:
            raise BotApiRefusal("Bad Request: message to edit not found")
        if not message.from_bot:
            raise BotApiRefusal("Bad Request: message can't be edited")
        return chat, message

    def _edit_message_text(self, params: Params) -> Json:
        _, message = self._message_to_edit(params)
        if message.kind != "text":
            raise BotApiRefusal("Bad Request: there is no text in the message to edit")
        html = str(params["text"])
        text, entities = parse_formatted(html, params.get("parse_mode"), params.get("entities"))
        # Telegram drops the keyboard when an edit does not repeat it.
        markup = _inline_or_none(_markup(params))
        if (text, entities, markup) == (message.text, message.entities, message.inline_markup):
            raise BotApiRefusal(_NOT_MODIFIED)
        message.text, message.html, message.entities = text, html, entities
        self._edited(message, markup)
        return self.chats.to_json(message)

    def _edit_message_reply_markup(self, params: Params) -> Json:
        _, message = self._message_to_edit(params)
        markup = _inline_or_none(_markup(params))
        if markup == message.inline_markup:
            raise BotApiRefusal(_NOT_MODIFIED)
        self._edited(message, markup)
        return self.chats.to_json(message)

    def _edited(self, message: SentMessage, markup: Json | None) -> None:
        message.reply_markup = markup
        message.edited = True
        message.edit_date = int(self._now())

    def _delete_message(self, params: Params) -> bool:
        chat = self.chats.resolve(params["chat_id"])
        message = self.chats.find(chat, params["message_id"])
        if message is None:
            raise BotApiRefusal("Bad Request: message to delete not found")
        if not self.chats.can_delete(chat, message, self._now()):
            raise BotApiRefusal("Bad Request: message can't be deleted")
        self.chats.delete(chat, message)
        return True

    def _delete_messages(self, params: Params) -> bool:
        # Telegram skips the messages it can't find or can't delete.
        chat = self.chats.resolve(params["chat_id"])
        ids = params["message_ids"]
        assert isinstance(ids, list)
        for message_id in ids:
            message = self.chats.find(chat, message_id)
            if message is not None and self.chats.can_delete(chat, message, self._now()):
                self.chats.delete(chat, message)
        return True

    def _set_message_reaction(self, params: Params) -> bool:
        chat = self.chats.writable(params["chat_id"])
        message = self.chats.find(chat, params["message_id"])
        if message is None:
            raise BotApiRefusal("Bad Request: message to react not found")
        reaction = params.get("reaction") or []
        assert isinstance(reaction, list)
        message.reactions = list(reaction)
        return True

    def _answer_query(self, query_id: object) -> None:
        if self.queries.get(str(query_id)) is not False:
            raise BotApiRefusal(_QUERY_TOO_OLD)
        self.queries[str(query_id)] = True

    def _answer_callback_query(self, params: Params) -> bool:
        self._answer_query(params["callback_query_id"])
        self.callback_answers.append(params)
        return True

    def _answer_inline_query(self, params: Params) -> bool:
        self._answer_query(params["inline_query_id"])
        return True

    def _scope_key(self, params: Params) -> tuple[str, str]:
        """(scope, language_code): "chat:<id>" style for scopes that name a chat."""
        scope = params.get("scope") or {"type": "default"}
        assert isinstance(scope, dict)
        key = str(scope["type"])
        if "chat_id" in scope:
            key += f":{self.chats.resolve(scope['chat_id']).id}"
        if "user_id" in scope:
            key += f":{scope['user_id']}"
        return key, str(params.get("language_code", ""))

    def _set_my_commands(self, params: Params) -> bool:
        key = self._scope_key(params)
        commands = params["commands"]
        assert isinstance(commands, list)
        if commands:
            self.commands[key] = commands
        else:
            self.commands.pop(key, None)  # an empty list deletes, as in Telegram
        return True

    def _delete_my_commands(self, params: Params) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    def _set_my_description(self, params: Params) -> bool:
        _store_text(self.descriptions, params, "description")
        return True

    def _set_my_short_description(self, params: Params) -> bool:
        _store_text(self.short_descriptions, params, "short_description")
        return True

    def _set_chat_menu_button(self, params: Params) -> bool:
        chat_id = None
        if "chat_id" in params:
            chat = self.chats.resolve(params["chat_id"])
            if chat.type != "private":
                raise BotApiRefusal("Bad Request: chat not found")
            chat_id = chat.id
        menu_button = params.get("menu_button") or {"type": "default"}
        assert isinstance(menu_button, dict)
        self.menu_buttons[chat_id] = menu_button
        return True

    def _file(self, value: object, kind: str) -> tuple[str, bytes | None, str | None]:
        """(file_id, content, file name) of an uploaded file, a known file_id or a URL."""
        if isinstance(value, UploadedFile):
            file_id = f"standin-{kind}-{len(self._files) + 1}"
            self._files[file_id] = value.content
            return file_id, value.content, value.filename
        name = str(value)
        if name in self._files:
            return name, self._files[name], None
        if name.startswith(("http://", "https://")):
            # Telegram would download it; the stand-in has no network, so it has no content.
            file_id = f"standin-{kind}-{len(self._files) + 1}"
            self._files[file_id] = None
            return file_id, None, name.rsplit("/", 1)[-1] or None
        raise BotApiRefusal("Bad Request: wrong file identifier/HTTP URL specified")

    def _caption(self, params: Params) -> dict[str, object]:
        html = str(params.get("caption", ""))
        entities_given = params.get("caption_entities")
        text, entities = parse_formatted(html, params.get("parse_mode"), entities_given)
        return {"text": text, "html": html, "entities": entities}

    def _send_photo(self, params: Params) -> Json:
        chat = self.chats.writable(params["chat_id"])
        file_id, content, _ = self._file(params["photo"], "photo")
        message = self._bot_message(
            chat, params, kind="photo", photo=content, file_id=file_id, **self._caption(params)
        )
        return self.chats.to_json(message)

    def _send_document(self, params: Params) -> Json:
        chat = self.chats.writable(params["chat_id"])
        file_id, content, name = self._file(params["document"], "document")
        message = self._bot_message(
            chat,
            params,
            kind="document",
            document=content,
            document_name=name,
            file_id=file_id,
            **self._caption(params),
        )
        data = self.chats.to_json(message)
        mime_type = mimetypes.guess_type(name or "")[0]
        document = data["document"]
        if mime_type and isinstance(document, dict):
            document["mime_type"] = mime_type
        return data

    def _send_location(self, params: Params) -> Json:
        chat = self.chats.writable(params["chat_id"])
        latitude, longitude = params["latitude"], params["longitude"]
        assert isinstance(latitude, int | float) and isinstance(longitude, int | float)
        message = self._bot_message(
            chat,
            params,
            kind="location",
            location=(float(latitude), float(longitude)),
            text="",
            html="",
            entities=[],
        )
        return self.chats.to_json(message)

    def _send_chat_action(self, params: Params) -> bool:
        chat = self.chats.writable(params["chat_id"])
        self.chat_actions.append((chat.id, str(params["action"])))
        return True

    def _leave_chat(self, params: Params) -> bool:
        chat = self.chats.resolve(params["chat_id"])
        if chat.type == "private":
            raise BotApiRefusal("Bad Request: chat member status can't be changed in private chats")
        chat.left = True
        return True

    def _get_chat(self, params: Params) -> Json:
        chat = self.chats.resolve(params["chat_id"])
        return {
            **chat.to_dict(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _source_message(self, params: Params, action: str) -> SentMessage:
        source_chat = self.chats.resolve(params["from_chat_id"])
        source = self.chats.find(source_chat, params["message_id"])
        if source is None:
            raise BotApiRefusal(f"Bad Request: message to {action} not found")
        return source

    def _copy_fields(self, source: SentMessage) -> dict[str, object]:
        return {
            "text": source.text,
            "html": source.html,
            "entities": list(source.entities),
            "kind": source.kind,
            "photo": source.photo,
            "document": source.document,
            "document_name": source.document_name,
            "file_id": source.file_id,
            "location": source.location,
            "contact": source.contact,
        }

    def _copy_message(self, params: Params) -> Json:
        source = self._source_message(params, "copy")
        chat = self.chats.writable(params["chat_id"])
        fields = self._copy_fields(source)
        # A new caption replaces a captioned kind's; a text, location, contact or video note has none to replace.
        if "caption" in params and source.kind in CAPTIONED_KINDS:
            fields.update(self._caption(params))
        message = self._bot_message(chat, params, **fields)
        return {"message_id": message.message_id}

    def _forward_message(self, params: Params) -> Json:
        source = self._source_message(params, "forward")
        chat = self.chats.writable(params["chat_id"])
        origin: Json = {
            "type": "user",
            "date": source.date,
            "sender_user": self.chats.bot_user if source.from_bot else source.sender,
        }
        message = self.chats.add_message(
            chat,
            reply_markup=None,
            from_bot=True,
            date=int(self._now()),
            forward_origin=origin,
            **self._copy_fields(source),
        )
        return self.chats.to_json(message)


def _store_text(table: dict[str, str], params: Params, key: str) -> None:
    language = str(params.get("language_code", ""))
    text = str(params.get(key, ""))
    if text:
        table[language] = text
    else:
        table.pop(language, None)  # an empty text removes the dedicated one
