"""Forum topics as Telegram keeps them: createForumTopic, editForumTopic, closeForumTopic, reopenForumTopic, and the topic a new
message goes to (message_thread_id, or the topic of the message it replies to)."""

from collections.abc import Callable

from bot.standin.chats import ChatStore
from bot.standin.errors import BotApiRefusal
from bot.standin.model import Chat, Json, SentMessage, Topic

Params = dict[str, object]

_NOT_A_FORUM = "Bad Request: the chat is not a forum"
_DEFAULT_TOPIC_COLOR = 7322096  # 0x6FB9F0, the first colour createForumTopic allows


class ForumTopics:
    """The forum-topic part of the Bot API (mixed into BotApi, whose chats and clock it uses)."""

    chats: ChatStore
    _now: Callable[[], float]

    def _thread(self, chat: Chat, params: Params, reply_to: int | None) -> int | None:
        """The forum topic a new message goes to: the one named, else the replied message's, else General."""
        thread_id: int | None
        if "message_thread_id" in params:
            thread_id = self.chats.topic(chat, params["message_thread_id"])
        else:
            replied = self.chats.find(chat, reply_to) if reply_to is not None else None
            thread_id = replied.thread_id if replied is not None else None
        if thread_id is not None and chat.topics[thread_id].closed and not chat.can_manage_topics:
            raise BotApiRefusal("Bad Request: TOPIC_CLOSED")
        return thread_id

    def _forum(self, params: Params) -> Chat:
        chat = self.chats.writable(params["chat_id"])
        if chat.type != "supergroup" or not chat.is_forum:
            raise BotApiRefusal(_NOT_A_FORUM)
        return chat

    def _create_forum_topic(self, params: Params) -> Json:
        chat = self._forum(params)
        if not (chat.bot_is_admin and chat.can_manage_topics):
            raise BotApiRefusal("Bad Request: not enough rights to create a topic")
        name = str(params["name"])
        color = _icon_color(params)
        created: Json = {"name": name, "icon_color": color}
        service = self._service(chat, None, {"forum_topic_created": created})
        # A topic's id is the id of the message that created it, and that message is in the topic.
        service.thread_id = service.message_id
        chat.topics[service.message_id] = Topic(name, color)
        return {"message_thread_id": service.message_id, **created}

    def _managed_topic(self, params: Params) -> tuple[Chat, int, Topic]:
        """A topic the bot may change: its own, or any with the can_manage_topics right."""
        chat = self._forum(params)
        thread_id = self.chats.topic(chat, params["message_thread_id"])
        topic = chat.topics[thread_id]
        if not (topic.by_bot or (chat.bot_is_admin and chat.can_manage_topics)):
            raise BotApiRefusal("Bad Request: not enough rights to manage forum topics")
        return chat, thread_id, topic

    def _close_forum_topic(self, params: Params, *, closed: bool) -> bool:
        chat, thread_id, topic = self._managed_topic(params)
        if topic.closed == closed:
            raise BotApiRefusal("Bad Request: TOPIC_NOT_MODIFIED")
        topic.closed = closed
        self._service(chat, thread_id, {"forum_topic_closed" if closed else "forum_topic_reopened": {}})
        return True

    def _edit_forum_topic(self, params: Params) -> bool:
        chat, thread_id, topic = self._managed_topic(params)
        name = str(params.get("name") or topic.name)  # empty or left out: the name is kept
        if name == topic.name and "icon_custom_emoji_id" not in params:
            raise BotApiRefusal("Bad Request: TOPIC_NOT_MODIFIED")
        topic.name = name
        self._service(chat, thread_id, {"forum_topic_edited": {"name": name}})
        return True

    def _service(self, chat: Chat, thread_id: int | None, service: Json) -> SentMessage:
        return self.chats.add_message(
            chat,
            text="",
            html="",
            entities=[],
            reply_markup=None,
            from_bot=True,
            date=int(self._now()),
            kind="service",
            thread_id=thread_id,
            service=service,
        )


def _icon_color(params: Params) -> int:
    color = params.get("icon_color", _DEFAULT_TOPIC_COLOR)
    assert isinstance(color, int)
    return color
