"""Steps of a hidden chat for conversation tests: the staff button that ends the hiding, and the 📩 button's words."""

from __future__ import annotations

from typing import Any

from bot.standin.server import SentMessage
from tests.staffchat import StaffChat

UNHIDE = "✅ It is the person: unhide"


def show_label(app: Any, language: str, count: int) -> str:
    """📩's words for `count` replies waiting, in `language`."""
    return app.bot_data.catalogs(language).ngettext("📩 Show the message", "📩 Show the messages", count)


def unhide_label(app: Any, language: str = "ru") -> str:
    return str(app.bot_data.catalogs(language).pgettext("button", UNHIDE))


def unhide_notice(app: Any, worker: StaffChat, number: int, language: str = "ru") -> SentMessage:
    """The staff notice that someone wrote from the hidden chat of case `number`, with its button."""
    label = unhide_label(app, language)
    notices = [
        m
        for m in worker.messages()
        if f"#{number}" in m.text and any(b.get("text") == label for row in m.buttons() for b in row)
    ]
    assert notices, "staff have the button that ends the hiding"
    return notices[-1]


async def end_hiding(app: Any, worker: StaffChat, number: int, language: str = "ru") -> None:
    """Staff judge it is the person writing from the hidden chat, and end the hiding."""
    await worker.press(unhide_notice(app, worker, number, language), unhide_label(app, language))
