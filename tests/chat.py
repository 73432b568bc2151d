"""Drive the real Application through the Bot API stand-in, so a test reads like a chat."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.standin.server import FakeUser, SentMessage, StandIn


class Chat:
    """One person's private chat with the bot."""

    def __init__(self, application: Any, standin: StandIn, user: FakeUser) -> None:
        self.application = application
        self.standin = standin
        self.user = user

    @property
    def chat_id(self) -> int:
        return self.user.id

    async def _process(self, update: dict[str, Any]) -> None:
        await self.application.process_update(Update.de_json(update, self.application.bot))

    async def send_only(self, text: str) -> None:
        """Send without expecting an answer (for /hide, which answers with silence)."""
        await self._process(self.standin.user_message(self.user, text))

    async def send(self, text: str) -> SentMessage:
        await self._process(self.standin.user_message(self.user, text))
        return self.last_reply()

    async def forward(
        self, text: str, channel: str = "Jobs abroad", origin: dict[str, Any] | None = None
    ) -> SentMessage:
        """Forward a channel's post to the bot (Telegram marks it with forward_origin), or a message of `origin`
        (a forward_origin as Telegram gives it: a user's, a hidden user's, a group's)."""
        update = self.standin.user_message(self.user, text)
        if origin is None:
            origin = {
                "type": "channel",
                "date": 1790000000,
                "chat": {"id": -1007, "type": "channel", "title": channel},
                "message_id": 5,
            }
        update["message"] = {**update["message"], "forward_origin": origin}
        await self._process(update)
        return self.last_reply()

    async def edit(self, message: SentMessage, text: str) -> None:
        """Edit a message the person sent (Telegram sends the whole message again, with its new text)."""
        sent = self.standin.chats.to_json(message)
        edited = {**sent, "text": text, "entities": [], "edit_date": int(sent["date"]) + 5}
        await self._process(self.standin.raw_update({"edited_message": edited}))

    def my_messages(self) -> list[SentMessage]:
        return [m for m in self.standin.messages_in(self.chat_id) if not m.from_bot]

    async def press(self, label: str) -> SentMessage:
        """Press the inline button with this exact label on the newest bot message that has it."""
        message = self._message_with_button(label)
        button = message.button(label)
        await self._process(self.standin.user_press(self.user, message, str(button["callback_data"])))
        return self.last_reply()

    async def press_data(self, message: SentMessage, callback_data: str) -> None:
        await self._process(self.standin.user_press(self.user, message, callback_data))

    async def share_location(self, latitude: float, longitude: float) -> SentMessage:
        await self._process(self.standin.user_location(self.user, latitude, longitude))
        return self.last_reply()

    def bot_messages(self) -> list[SentMessage]:
        return [m for m in self.standin.messages_in(self.chat_id) if m.from_bot]

    def last_reply(self) -> SentMessage:
        messages = self.bot_messages()
        assert messages, "the bot has not written in this chat"
        return messages[-1]

    def labels(self, message: SentMessage | None = None) -> list[str]:
        message = message or self.last_reply()
        return [str(button["text"]) for row in message.buttons() for button in row]

    def _message_with_button(self, label: str) -> SentMessage:
        for message in reversed(self.bot_messages()):
            if any(button.get("text") == label for row in message.buttons() for button in row):
                return message
        shown = [self.labels(m) for m in self.bot_messages()[-3:]]
        raise AssertionError(f"no button {label!r}; the last messages have {shown}")


def said(app: Any, language: str, message: str, context: str | None = None) -> str:
    """What the bot says for `message` (a msgid) in `language`: tests read like a chat in every language."""
    catalog = app.bot_data.catalogs(language)
    return catalog.pgettext(context, message) if context else catalog.gettext(message)
