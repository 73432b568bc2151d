"""A stateful fake Telegram: the Bot API methods the bot calls, and the users who write to it."""

import asyncio
import json
import re
import time
from collections.abc import Callable, Mapping

from bot.standin.chats import ChatStore
from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.methods import BotApi
from bot.standin.model import (
    CAPTIONED_KINDS,
    MEDIA_KINDS,
    Chat,
    FakeUser,
    Json,
    RecordedRequest,
    SentMessage,
    UpdateDict,
)
from bot.standin.rules import canonical_method, check_request
from bot.standin.updates import UpdateQueue

__all__ = ["BotApiRefusal", "FakeUser", "RecordedRequest", "SentMessage", "StandIn"]

Params = dict[str, object]

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")


def _body(payload: Json) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


class StandIn:
    """A fake of the Telegram Bot API that keeps state and refuses what Telegram would refuse.

    Tests play the users (`user_message`, `user_press`, ...) and read what the bot did
    (`messages_in`, `last_message`, `requests`, `commands`, ...). `now` is the time in Unix
    seconds: set it, `advance()` it, or pass the bot's own `clock` to share one.
    """

    def __init__(
        self,
        *,
        bot_id: int = 7000000001,
        bot_username: str = "SafeMigrationDemoBot",
        bot_name: str = "Safe Migration Demo Bot",
        token: str | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.bot_user: Json = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
        }
        self.token = token  # when set, the transports refuse other tokens with 401
        self._clock = clock
        self._manual_now = float(int(time.time()))
        self.requests: list[RecordedRequest] = []
        self.chats = ChatStore(self.bot_user)
        self.updates = UpdateQueue()
        self.api = BotApi(self.chats, self.updates, lambda: self.now)
        self._next_query = 1
        self._next_file = 0
        self._watchers: set[asyncio.Event] = set()
        self._faults: dict[str, tuple[int, int]] = {}

    # What the bot has set up, kept by the methods that set it.

    @property
    def commands(self) -> dict[tuple[str, str], list[Json]]:
        """setMyCommands state by (scope, language_code); scope is e.g. "default" or "chat:42"."""
        return self.api.commands

    @property
    def callback_answers(self) -> list[Json]:
        """The parameters of every answerCallbackQuery that succeeded."""
        return self.api.callback_answers

    @property
    def descriptions(self) -> dict[str, str]:
        """setMyDescription texts by language_code."""
        return self.api.descriptions

    @property
    def short_descriptions(self) -> dict[str, str]:
        return self.api.short_descriptions

    @property
    def menu_buttons(self) -> dict[int | None, Json]:
        """setChatMenuButton state by chat id (None: the default button)."""
        return self.api.menu_buttons

    @property
    def chat_actions(self) -> list[tuple[int, str]]:
        """(chat id, action) of every sendChatAction."""
        return self.api.chat_actions

    @property
    def webhook_url(self) -> str:
        return self.api.webhook_url

    # --- the Bot API -------------------------------------------------------------------------

    def fail_next(self, method: str, times: int = 1, status: int = 502) -> None:
        """Make the next `times` calls of `method` fail with a server error, as Telegram sometimes does."""
        self._faults[method.lower()] = (times, status)

    async def call(self, method: str, raw: Mapping[str, str | UploadedFile]) -> tuple[int, bytes]:
        """Answer one Bot API request exactly as Telegram would: HTTP status and JSON body."""
        fault = self._faults.get(method.lower())
        if fault is not None and fault[0] > 0:
            self._faults[method.lower()] = (fault[0] - 1, fault[1])
            self._record(RecordedRequest(canonical_method(method), dict(raw), "Bad Gateway", fault[1]))
            return fault[1], _body({"ok": False, "error_code": fault[1], "description": "Bad Gateway"})
        try:
            params = check_request(method, raw)
        except BotApiRefusal as refusal:
            return self._refused(method, dict(raw), refusal)
        name = canonical_method(method)
        try:
            result = await self.api.handle(name, params)
        except BotApiRefusal as refusal:
            return self._refused(name, params, refusal)
        self._record(RecordedRequest(name, params))
        return 200, _body({"ok": True, "result": result})

    def _refused(self, method: str, params: Params, refusal: BotApiRefusal) -> tuple[int, bytes]:
        self._record(RecordedRequest(method, params, refusal.description, refusal.error_code))
        body: Json = {"ok": False, "error_code": refusal.error_code, "description": refusal.description}
        if refusal.parameters:
            body["parameters"] = refusal.parameters
        return refusal.error_code, _body(body)

    def _record(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        for watcher in self._watchers:
            watcher.set()

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until `condition()` holds, checking it after every request the bot makes.

        For tests that run the bot's own polling loop: no busy loop, no sleeps. Raises
        TimeoutError if the bot does not get there within `timeout` seconds.
        """
        async with asyncio.timeout(timeout):
            while not condition():
                watcher = asyncio.Event()
                self._watchers.add(watcher)
                try:
                    await watcher.wait()
                finally:
                    self._watchers.discard(watcher)

    @property
    def refusals(self) -> list[RecordedRequest]:
        """The requests Telegram would have refused."""
        return [request for request in self.requests if not request.ok]

    def calls(self, method: str) -> list[RecordedRequest]:
        """The requests made to one method, refused or not."""
        return [request for request in self.requests if request.method == method]

    # --- chats, users and the clock ----------------------------------------------------------

    def add_chat(
        self,
        chat_id: int,
        *,
        type: str = "private",
        title: str | None = None,
        username: str | None = None,
        bot_is_admin: bool = False,
        is_forum: bool = False,
        can_manage_topics: bool = False,
    ) -> None:
        """Make a chat known, as if it had talked to the bot (a staff group, a user). A forum is a supergroup
        with topics; `can_manage_topics` makes the bot an administrator with that right."""
        is_private = type == "private"
        if is_forum and type != "supergroup":
            raise ValueError("only a supergroup can be a forum")
        self.chats.add(
            Chat(
                chat_id,
                type,
                title=None if is_private else (title or f"Chat {chat_id}"),
                first_name=(title or f"User {chat_id}") if is_private else None,
                username=username,
                bot_is_admin=bot_is_admin or can_manage_topics,
                is_forum=is_forum,
                can_manage_topics=can_manage_topics,
            )
        )

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """An administrator deletes a forum topic with all its messages: its id is then "thread not found"."""
        chat = self._known_chat(chat_id)
        del chat.topics[thread_id]
        for message in [m for m in self.chats.in_order(chat_id) if m.thread_id == thread_id]:
            self.chats.delete(chat, message)

    def topic_messages(self, chat_id: int, thread_id: int | None) -> list[SentMessage]:
        """The messages of one forum topic (None: the General topic), service messages left out."""
        return [m for m in self.chats.in_order(chat_id) if m.thread_id == thread_id and m.service is None]

    def block(self, chat_id: int) -> None:
        """The user blocks the bot (or a group removes it): sending there is Forbidden."""
        self._known_chat(chat_id).blocked = True

    def unblock(self, chat_id: int) -> None:
        self._known_chat(chat_id).blocked = False

    def migrate_to_supergroup(self, chat_id: int, new_chat_id: int) -> None:
        """The group becomes a supergroup with a new id, as Telegram does when a group grows or changes settings:
        the old id is then refused with "group chat was upgraded to a supergroup chat" and the new id."""
        old = self._known_chat(chat_id)
        self.add_chat(new_chat_id, type="supergroup", title=old.title)
        old.migrated_to = new_chat_id

    def mark_missing(self, chat_id: int) -> None:
        """The chat disappears (deleted account, deleted group): "chat not found"."""
        self.chats.remove(chat_id)

    @property
    def now(self) -> float:
        """The stand-in's time in Unix seconds: its own clock, or the `clock` it was given."""
        return self._clock() if self._clock is not None else self._manual_now

    @now.setter
    def now(self, value: float) -> None:
        if self._clock is not None:
            raise AttributeError("this stand-in follows the clock it was given; move that one")
        self._manual_now = value

    def advance(self, seconds: float) -> None:
        """Move the stand-in's own clock forward."""
        self.now += seconds

    def _known_chat(self, chat_id: int) -> Chat:
        chat = self.chats.chats.get(chat_id)
        if chat is None:
            raise ValueError(f"chat {chat_id} is unknown to the stand-in; add_chat() it first")
        return chat

    def _user_chat(self, user: FakeUser, chat_id: int | None) -> Chat:
        if chat_id is not None and chat_id != user.id:
            chat = self._known_chat(chat_id)
            if chat.type == "private":
                raise ValueError(f"chat {chat_id} is another user's private chat")
            return chat
        chat = self.chats.chats.get(user.id) or self.chats.add(Chat(user.id))
        chat.first_name, chat.last_name = user.first_name, user.last_name
        chat.username = user.username
        chat.blocked = False  # a user who writes to the bot has unblocked it
        return chat

    # --- what users do -----------------------------------------------------------------------

    def user_message(
        self,
        user: FakeUser,
        text: str,
        *,
        chat_id: int | None = None,
        reply_to: SentMessage | None = None,
        entities: list[Json] | None = None,
        thread_id: int | None = None,
    ) -> UpdateDict:
        """The user sends a text message (to the bot, or in a group, in the forum topic `thread_id` if given);
        returns the update."""
        chat = self._user_chat(user, chat_id)
        if entities is None:
            match = _COMMAND.match(text)
            # Telegram marks a leading /command so that bots (and PTB's CommandHandler) see it.
            command = {"type": "bot_command", "offset": 0, "length": match.end()} if match else None
            entities = [command] if command else []
        message = self._user_message(chat, user, text=text, html=text, entities=entities)
        return self._push_sent(chat, message, reply_to, thread_id)

    def _push_sent(
        self, chat: Chat, message: SentMessage, reply_to: SentMessage | None, thread_id: int | None
    ) -> UpdateDict:
        """Queue the update for a message a user sent, as a reply to `reply_to` and in its topic when given."""
        if reply_to is not None:
            if reply_to.chat_id != chat.id:
                raise ValueError("reply_to must be a message of the same chat")
            message.reply_to_message_id = reply_to.message_id
            thread_id = reply_to.thread_id if thread_id is None else thread_id
        self._in_topic(chat, message, thread_id)
        return self.updates.push({"message": self.chats.to_json(message)})

    @staticmethod
    def _in_topic(chat: Chat, message: SentMessage, thread_id: int | None) -> None:
        """A user's message written in the forum topic `thread_id` (None: the general topic or a plain chat)."""
        if thread_id is None:
            return
        if not chat.is_forum or thread_id not in chat.topics:
            raise ValueError(f"chat {chat.id} has no forum topic {thread_id}")
        message.thread_id = thread_id
        # Telegram's way: a message in a topic that replies to nothing replies to the topic's first message.
        if message.reply_to_message_id is None:
            message.reply_to_message_id = thread_id

    def user_location(
        self, user: FakeUser, latitude: float, longitude: float, *, chat_id: int | None = None
    ) -> UpdateDict:
        """The user shares a location (the reply-keyboard button does this); returns the update."""
        chat = self._user_chat(user, chat_id)
        message = self._user_message(chat, user, kind="location", location=(latitude, longitude))
        return self.updates.push({"message": self.chats.to_json(message)})

    def user_media(
        self,
        user: FakeUser,
        kind: str,
        *,
        caption: str = "",
        chat_id: int | None = None,
        reply_to: SentMessage | None = None,
        contact: Json | None = None,
        location: tuple[float, float] | None = None,
        thread_id: int | None = None,
    ) -> UpdateDict:
        """The user sends a voice note, audio, photo, video, video note or document (with `caption` where the kind
        has one), a `contact` or a `location` (in a group, in the forum topic `thread_id` if given); returns the
        update. Files get a file_id of their own."""
        if kind not in {*MEDIA_KINDS, "contact", "location"}:
            raise ValueError(f"unknown kind of message {kind!r}")
        if caption and kind not in CAPTIONED_KINDS:
            raise ValueError(f"a {kind} has no caption")
        chat = self._user_chat(user, chat_id)
        fields: dict[str, object] = {"kind": kind, "text": caption, "html": caption}
        if kind in MEDIA_KINDS:
            self._next_file += 1
            fields["file_id"] = f"user-{kind}-{self._next_file}"
        if kind == "contact":
            fields["contact"] = contact or {"phone_number": "+99365000000", "first_name": "Contact"}
        if kind == "location":
            fields["location"] = location or (37.95, 58.38)
        message = self._user_message(chat, user, **fields)
        return self._push_sent(chat, message, reply_to, thread_id)

    def user_press(self, user: FakeUser, message: SentMessage, callback_data: str) -> UpdateDict:
        """The user presses a button carrying `callback_data` on `message`; returns the update.

        The data need not be on the message's current keyboard: a phone that has not yet seen an
        edit sends a stale button's data, and a modified client can send anything. Tests of those
        cases pass such data here; `user_press_button` presses a button the message shows.
        """
        current = self.chats.messages.get(message.chat_id, {}).get(message.message_id)
        if current is None:
            raise AssertionError(f"message {message.message_id} is gone; nothing to press")
        query_id = str(self._next_query)
        self._next_query += 1
        self.api.queries[query_id] = False
        query: Json = {
            "id": query_id,
            "from": user.to_dict(),
            "message": self.chats.to_json(current),
            "chat_instance": str(current.chat_id * 7 + 3),
            "data": callback_data,
        }
        return self.updates.push({"callback_query": query})

    def user_press_button(self, user: FakeUser, message: SentMessage, label: str) -> UpdateDict:
        """The user presses the inline button labelled `label`; returns the update."""
        data = message.button(label).get("callback_data")
        if not isinstance(data, str):
            raise AssertionError(f"button {label!r} has no callback_data to press")
        return self.user_press(user, message, data)

    def raw_update(self, update: UpdateDict) -> UpdateDict:
        """Queue an arbitrary update (any existing update_id is replaced)."""
        for kind in ("callback_query", "inline_query"):
            query = update.get(kind)
            if isinstance(query, dict) and "id" in query:
                self.api.queries[str(query["id"])] = False
        return self.updates.push(dict(update))

    def _user_message(self, chat: Chat, user: FakeUser, **fields: object) -> SentMessage:
        fields.setdefault("text", "")
        fields.setdefault("html", "")
        fields.setdefault("entities", [])
        return self.chats.add_message(
            chat,
            reply_markup=None,
            from_bot=False,
            date=int(self.now),
            sender=user.to_dict(),
            **fields,
        )

    # --- what the bot did --------------------------------------------------------------------

    def messages_in(self, chat_id: int, *, from_bot: bool | None = None) -> list[SentMessage]:
        """The chat's messages as they stand now (edited, not deleted), in the order sent."""
        messages = self.chats.in_order(chat_id)
        return [m for m in messages if from_bot is None or m.from_bot == from_bot]

    def last_message(self, chat_id: int, *, from_bot: bool | None = None) -> SentMessage | None:
        messages = self.messages_in(chat_id, from_bot=from_bot)
        return messages[-1] if messages else None
