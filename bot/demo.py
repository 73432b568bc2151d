"""The offline demo: the real Application, handlers and SQLite storage, with Telegram replaced by the in-process
Bot API stand-in. Type text to send it; type a button's number to press it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from telegram import Update

from bot.app import build_application
from bot.config import EXAMPLE_CONFIG, Config
from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, SentMessage, StandIn

DEMO_USER_ID = 100001


class Transcript:
    """Prints what the bot sent or changed since the last look, numbering the buttons a person can press."""

    def __init__(self, standin: StandIn, chat_id: int, out: TextIO) -> None:
        self.standin = standin
        self.chat_id = chat_id
        self.out = out
        self.seen: dict[int, tuple[str, object]] = {}
        self.buttons: list[tuple[SentMessage, dict[str, object]]] = []

    def show_news(self) -> None:
        fresh = []
        for message in self.standin.messages_in(self.chat_id):
            if not message.from_bot:
                continue
            state = (message.text, message.reply_markup)
            previous = self.seen.get(message.message_id)
            if previous != state:
                fresh.append((message, previous is not None))
                self.seen[message.message_id] = state
        if not fresh:
            return
        self.buttons = []
        for message, edited in fresh:
            self.out.write(self._render(message, edited))
        self.out.flush()

    def _render(self, message: SentMessage, edited: bool) -> str:
        label = "bot (edited)" if edited else "bot"
        lines = [f"{label} › " + message.text.replace("\n", "\n      ")]
        for row in _keyboard_rows(message):
            cells = []
            for button in row:
                self.buttons.append((message, button))
                cells.append(f"[{len(self.buttons)}] {button['text']}")
            lines.append("      " + "   ".join(cells))
        return "\n".join(lines) + "\n\n"


def _keyboard_rows(message: SentMessage) -> Iterator[list[dict[str, object]]]:
    markup = message.reply_markup or {}
    rows = markup.get("inline_keyboard", [])
    assert isinstance(rows, list)
    yield from rows


def demo_config(config: Config) -> Config:
    """With the example settings, keep the demo's database in a local data folder of the current directory."""
    if config.source.resolve() != EXAMPLE_CONFIG.resolve():
        return config
    database = str(Path.cwd() / "data" / "demo.sqlite3")
    return replace(config, storage=replace(config.storage, database=database))


async def run_demo(
    config: Config,
    *,
    language: str = "en",
    interactive: bool = True,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    standin = StandIn()
    user = FakeUser(id=DEMO_USER_ID, first_name="Demo", language_code=language)
    application = build_application(demo_config(config), request=StandInRequest(standin), rate_limiter=False)
    transcript = Transcript(standin, user.id, out)
    out.write(
        "Safe Migration Bot — offline demo. Type a message, or a button's number to press it. "
        "Ctrl+D ends.\n\n"
    )
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        try:
            for line in _lines(stdin, interactive, out):
                update = _update_for(line, standin, user, transcript)
                if update is None:
                    continue
                await application.process_update(Update.de_json(update, application.bot))
                transcript.show_news()
        finally:
            await application.post_shutdown(application)  # type: ignore[misc]
    return 0


def _lines(stdin: TextIO, interactive: bool, out: TextIO) -> Iterator[str]:
    while True:
        if interactive:
            try:
                line = input("you › ")
            except EOFError:
                out.write("\n")
                return
        else:
            raw = stdin.readline()
            if not raw:
                return
            line = raw.rstrip("\n")
            out.write(f"you › {line}\n")
        if line.strip():
            yield line


def _update_for(
    line: str, standin: StandIn, user: FakeUser, transcript: Transcript
) -> dict[str, object] | None:
    text = line.strip()
    if text.isdigit() and transcript.buttons:
        index = int(text) - 1
        if not 0 <= index < len(transcript.buttons):
            transcript.out.write(f"(there is no button {text})\n\n")
            return None
        message, button = transcript.buttons[index]
        return standin.user_press(user, message, str(button["callback_data"]))
    return standin.user_message(user, line)
