"""The offline demo: the real Application, handlers and SQLite storage, with Telegram replaced by the in-process
Bot API stand-in. Type text to send it; type a button's number to press it. The staff chats are shown too, and
`/staff TEXT` writes as a staff member, so the whole hand-off can be tried in a terminal."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from telegram import Update

from bot.config import Config
from bot.directory import Directory
from bot.runtime.app import build_application
from bot.standin.request import StandInRequest
from bot.standin.server import FakeUser, SentMessage, StandIn

DEMO_USER_ID = 100001
DEMO_STAFF_ID = 200001
DEMO_COORDINATOR_CHAT = -1009999999999
DEMO_DATABASE = Path("data") / "demo.sqlite3"  # in the folder the demo is started from
HELP = (
    "Type a message, or a button's number to press it. Ctrl+D ends.\n"
    "  /location LAT LON   share a location (e.g. /location 37.60 61.83 is Mary)\n"
    "  /staff TEXT         write as a staff member, in reply to the newest message in a staff chat\n"
)


@dataclass
class Shown:
    chat_id: int
    label: str


class Transcript:
    """Prints what the bot sent or changed since the last look, numbering the buttons that can be pressed."""

    def __init__(self, standin: StandIn, chats: dict[int, str], out: TextIO) -> None:
        self.standin = standin
        self.chats = chats  # chat id → label; the person's chat first
        self.out = out
        self.seen: dict[tuple[int, int], tuple[str, object]] = {}
        self.buttons: list[tuple[SentMessage, dict[str, object]]] = []
        self.last_staff_chat: int | None = None

    def show_news(self) -> None:
        fresh = []
        for chat_id, label in self.chats.items():
            for message in self.standin.messages_in(chat_id, from_bot=True):
                state = (message.text, message.reply_markup)
                key = (chat_id, message.message_id)
                previous = self.seen.get(key)
                if previous != state:
                    fresh.append((label, message, previous is not None))
                    self.seen[key] = state
                    if chat_id != DEMO_USER_ID:
                        self.last_staff_chat = chat_id
        if not fresh:
            return
        self.buttons = []
        for label, message, edited in fresh:
            self.out.write(self._render(label, message, edited))
        self.out.flush()

    def _render(self, label: str, message: SentMessage, edited: bool) -> str:
        name = f"{label} (edited)" if edited else label
        lines = [f"{name} › " + message.text.replace("\n", "\n      ")]
        markup = message.reply_markup if isinstance(message.reply_markup, dict) else {}
        rows = markup.get("inline_keyboard", [])
        for row in rows if isinstance(rows, list) else []:
            cells = []
            for button in row:
                self.buttons.append((message, button))
                cells.append(f"[{len(self.buttons)}] {button['text']}")
            lines.append("      " + "   ".join(cells))
        if "keyboard" in markup:
            lines.append("      (to share a location, type /location LAT LON)")
        return "\n".join(lines) + "\n\n"


def demo_config(config: Config) -> Config:
    """Whatever the settings: the demo's own database in this folder, never the config's (an operator trying a change
    with the production config would put invented people and cases into the live database), and the demo's own
    staff member and coordinator chat, so that the staff side can be tried with any config."""
    database = str(DEMO_DATABASE.absolute())
    staff = replace(
        config.staff,
        coordinator_chat_id=config.staff.coordinator_chat_id or DEMO_COORDINATOR_CHAT,
        staff_user_ids=(*config.staff.staff_user_ids, DEMO_STAFF_ID),
    )
    return replace(config, storage=replace(config.storage, database=database), staff=staff)


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
    config = demo_config(config)
    standin = StandIn()
    standin.chats.ids_used = _message_ids_used(config.database_path)
    user = FakeUser(id=DEMO_USER_ID, first_name="Demo", language_code=language)
    staff = FakeUser(id=DEMO_STAFF_ID, first_name="Demo staff", language_code=language)
    chats = {DEMO_USER_ID: "bot"}
    if config.staff.coordinator_chat_id:
        standin.add_chat(config.staff.coordinator_chat_id, type="supergroup", title="Coordinators")
        chats[config.staff.coordinator_chat_id] = "[staff: coordinators]"
    for ngo in Directory.load(config.directory_path).ngos:
        standin.add_chat(ngo.staff_chat_id, type="supergroup", title=ngo.name["en"])
        chats.setdefault(ngo.staff_chat_id, f"[staff: {ngo.name['en']}]")
    application = build_application(config, request=StandInRequest(standin), rate_limiter=False)
    transcript = Transcript(standin, chats, out)
    out.write(
        "Safe Migration Bot — offline demo.\n"
        f"Its own database: {DEMO_DATABASE} (the configuration's [storage] database is never opened).\n"
        + HELP
        + "\n"
    )
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        try:
            for line in _lines(stdin, interactive, out):
                update = _update_for(line, standin, user, staff, transcript)
                if update is None:
                    continue
                await application.process_update(Update.de_json(update, application.bot))
                transcript.show_news()
        finally:
            await application.post_shutdown(application)  # type: ignore[misc]
    return 0


def _message_ids_used(database: Path) -> int:
    """The highest message id an earlier demo run left in its database (0 for a new one)."""
    if not database.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
            row = connection.execute(
                "SELECT MAX(staff_message_id) FROM case_messages UNION ALL "
                "SELECT MAX(person_message_id) FROM case_messages UNION ALL SELECT MAX(message_id) FROM chat_messages"
            ).fetchall()
    except sqlite3.Error:
        return 0  # no tables yet: the bot creates them at start
    return max((value for (value,) in row if value is not None), default=0)


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
    line: str, standin: StandIn, user: FakeUser, staff: FakeUser, transcript: Transcript
) -> dict[str, object] | None:
    text = line.strip()
    if text.isdigit() and transcript.buttons:
        index = int(text) - 1
        if not 0 <= index < len(transcript.buttons):
            transcript.out.write(f"(there is no button {text})\n\n")
            return None
        message, button = transcript.buttons[index]
        presser = user if message.chat_id == user.id else staff
        return standin.user_press(presser, message, str(button["callback_data"]))
    if text.startswith("/location"):
        parts = text.split()
        try:
            latitude, longitude = float(parts[1]), float(parts[2])
        except (IndexError, ValueError):
            transcript.out.write("(type /location LAT LON, e.g. /location 37.60 61.83)\n\n")
            return None
        return standin.user_location(user, latitude, longitude)
    if text.startswith("/staff "):
        chat_id = transcript.last_staff_chat
        if chat_id is None:
            transcript.out.write("(no staff chat has a message yet: ask for help first)\n\n")
            return None
        target = standin.last_message(chat_id, from_bot=True)
        return standin.user_message(
            staff, text.removeprefix("/staff ").strip(), chat_id=chat_id, reply_to=target
        )
    return standin.user_message(user, line)
