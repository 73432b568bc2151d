"""A staff member in a staff group, for conversation tests of the hand-off."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.standin.server import FakeUser, SentMessage, StandIn


class StaffChat:
    def __init__(self, application: Any, standin: StandIn, chat_id: int, user: FakeUser) -> None:
        self.application = application
        self.standin = standin
        self.chat_id = chat_id
        self.user = user

    async def _process(self, update: dict[str, Any]) -> None:
        await self.application.process_update(Update.de_json(update, self.application.bot))

    def messages(self) -> list[SentMessage]:
        return self.standin.messages_in(self.chat_id, from_bot=True)

    def last(self) -> SentMessage:
        messages = self.messages()
        assert messages, f"the bot has not written in staff chat {self.chat_id}"
        return messages[-1]

    def card(self, number: int) -> SentMessage:
        for message in self.messages():
            if f"#{number}" in message.text.split("\n", 1)[0]:
                return message
        raise AssertionError(f"no card for case #{number} in chat {self.chat_id}")

    async def press(self, message: SentMessage, label: str) -> None:
        await self._process(self.standin.user_press_button(self.user, message, label))

    async def press_data(self, message: SentMessage, data: str) -> None:
        await self._process(self.standin.user_press(self.user, message, data))

    async def reply(self, to: SentMessage, text: str) -> None:
        await self._process(self.standin.user_message(self.user, text, chat_id=self.chat_id, reply_to=to))

    async def edit(self, message: SentMessage, text: str) -> None:
        """Edit a message this staff member sent (Telegram sends the whole message again, with its new text)."""
        sent = self.standin.chats.to_json(message)
        edited = {**sent, "text": text, "entities": [], "edit_date": int(sent["date"]) + 5}
        await self._process(self.standin.raw_update({"edited_message": edited}))

    def mine(self) -> list[SentMessage]:
        """What this staff member wrote in the chat, oldest first."""
        return [
            m
            for m in self.standin.messages_in(self.chat_id)
            if not m.from_bot and m.sender is not None and m.sender.get("id") == self.user.id
        ]

    async def send(self, text: str) -> None:
        await self._process(self.standin.user_message(self.user, text, chat_id=self.chat_id))

    async def write_in_topic(self, thread_id: int, text: str) -> None:
        """Write in a forum topic of the staff chat, replying to nothing."""
        await self._process(
            self.standin.user_message(self.user, text, chat_id=self.chat_id, thread_id=thread_id)
        )
