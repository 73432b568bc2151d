"""The load harness: simulated people, the measured stand-in, the intake, and the two load modes.

Everything runs in one process and one event loop, as the bot does in production: the Bot API stand-in answers in
process (no network), updates are queued in it and fetched by the bot's own `DurablePoller` (getUpdates → stored in
the SQLite inbox → per-chat ordered handling → marked handled).

Latency of an update = from the moment it is queued in the stand-in (`time.perf_counter()` just before the push) to
the moment the stand-in has recorded the bot's reply to it: the first successful message the bot sends or edits in
that chat (for a button press whose handling sends or edits nothing, the answerCallbackQuery; failing both, the end
of its handling). A person never has two updates in flight, and sends the next only once the previous one is marked
handled, so every message in a person's chat while an update is in flight belongs to that update.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from questions import CASE_MESSAGES, QUESTIONS
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.config import EXAMPLE_CONFIG, Config, load_config
from bot.directory import Directory
from bot.runtime.polling import DurablePoller
from bot.standin import FakeUser, SentMessage, StandIn, StandInRequest
from bot.standin.errors import UploadedFile

COORDINATOR_CHAT = -100500
STAFF_USER = 900001
SECOND_STAFF_USER = 900002
# Stand-in message ids in staff chats start above the ones the seeded database already uses for its cards.
STAFF_CHAT_FIRST_MESSAGE_ID = 10_000_000
# The mix, as shares of updates: free-text questions, checklist presses, menu navigation, messages on open cases.
MIX: dict[str, int] = {"question": 40, "checklist": 30, "menu": 20, "case": 10}
LANGUAGE_WEIGHTS = {"ru": 45, "tk": 40, "en": 15}
VISIBLE = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "sendLocation",
        "sendPhoto",
        "sendDocument",
        "copyMessage",
        "forwardMessage",
        "setMessageReaction",  # a message on an open case is acknowledged with a reaction, not a new message
    }
)
KEEP_MESSAGES = 6  # per private chat in the stand-in: the rest is dropped so its memory does not grow


# --- configuration -------------------------------------------------------------------------------------------------


def bench_config(database: Path) -> Config:
    """The example configuration, set up as tests/conftest.py does it, on `database`.

    The flood guard stays in the path (it is checked for every update) but its limit is raised: one simulated person
    sends many times faster than a real one, and a dropped update would never get a reply."""
    base = load_config(EXAMPLE_CONFIG, environ={})
    config = replace(
        base,
        storage=replace(base.storage, database=str(database)),
        staff=replace(
            base.staff, coordinator_chat_id=COORDINATOR_CHAT, staff_user_ids=(STAFF_USER, SECOND_STAFF_USER)
        ),
    )
    limits = getattr(config, "limits", None)
    if limits is not None and hasattr(limits, "flood_messages"):
        config = replace(config, limits=replace(limits, flood_messages=1_000_000))
    return config


def add_staff_chats(standin: StandIn, config: Config) -> None:
    """The coordinator chat and the directory's staff chats, known to the stand-in as in tests/conftest.py."""
    standin.add_chat(config.staff.coordinator_chat_id, type="supergroup", title="Coordinators")
    for ngo in Directory.load(config.directory_path).ngos:
        standin.add_chat(ngo.staff_chat_id, type="supergroup", title=ngo.name["en"])
    for chat in standin.chats.chats.values():
        chat.last_message_id = STAFF_CHAT_FIRST_MESSAGE_ID


# --- measuring -----------------------------------------------------------------------------------------------------


@dataclass
class Flight:
    """One update from when it is queued until its handling is done."""

    category: str
    chat_id: int
    queued: float
    person: Person | None = None
    query_id: str | None = None
    record: bool = True
    reply: float | None = None
    ack: float | None = None
    done: float | None = None
    finished: asyncio.Event | None = None

    @property
    def latency(self) -> float:
        end = self.reply or self.ack or self.done
        assert end is not None
        return end - self.queued


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    done_latencies: list[float] = field(default_factory=list)
    completed_in_window: int = 0
    queued_in_window: int = 0
    skipped: int = 0
    no_reply: int = 0

    def add(self, flight: Flight) -> None:
        self.latencies.setdefault(flight.category, []).append(flight.latency)
        assert flight.done is not None
        self.done_latencies.append(flight.done - flight.queued)
        if flight.reply is None and flight.ack is None:
            self.no_reply += 1


class Tracker:
    """Matches what the bot sends to the update it answers; counts the updates in the measured window."""

    def __init__(self) -> None:
        self.by_update: dict[int, Flight] = {}
        self.by_chat: dict[int, Flight] = {}
        self.by_query: dict[str, Flight] = {}
        self.stats = Stats()
        self.window: tuple[float, float] | None = None
        self.on_finished: Callable[[Flight], None] | None = None
        self.refusals: Counter[str] = Counter()
        self.requests = 0

    def start(self, flight: Flight, update: Mapping[str, Any]) -> None:
        self.by_update[int(update["update_id"])] = flight
        self.by_chat[flight.chat_id] = flight
        if flight.query_id is not None:
            self.by_query[flight.query_id] = flight
        if flight.record and self._in_window(flight.queued):
            self.stats.queued_in_window += 1

    def in_flight(self) -> int:
        return len(self.by_update)

    def _in_window(self, moment: float) -> bool:
        return self.window is not None and self.window[0] <= moment < self.window[1]

    def request(self, method: str, params: Mapping[str, object], ok: bool, description: str | None) -> None:
        now = time.perf_counter()
        self.requests += 1
        if not ok:
            self.refusals[f"{method}: {description}"] += 1
            return
        if method == "answerCallbackQuery":
            flight = self.by_query.get(str(params.get("callback_query_id")))
            if flight is not None and flight.ack is None:
                flight.ack = now
        elif method in VISIBLE:
            chat = params.get("chat_id")
            if isinstance(chat, int):
                flight = self.by_chat.get(chat)
                if flight is not None and flight.reply is None:
                    flight.reply = now

    def handled(self, update_id: int) -> None:
        flight = self.by_update.pop(update_id, None)
        if flight is None:
            return
        flight.done = time.perf_counter()
        if self.by_chat.get(flight.chat_id) is flight:
            del self.by_chat[flight.chat_id]
        if flight.query_id is not None:
            self.by_query.pop(flight.query_id, None)
        if flight.record and self._in_window(flight.queued):
            self.stats.add(flight)
        if flight.category not in ("warmup", "staff") and self._in_window(flight.done):
            self.stats.completed_in_window += 1
        if flight.finished is not None:
            flight.finished.set()
        if self.on_finished is not None:
            self.on_finished(flight)


class MeasuredStandIn(StandIn):
    """The stand-in, telling the tracker about every request it answers and keeping no history of its own."""

    def __init__(self, tracker: Tracker) -> None:
        super().__init__(clock=time.time)
        self.tracker = tracker
        self.busy = 0.0  # seconds spent answering requests other than getUpdates (which waits for updates)

    async def call(self, method: str, raw: Mapping[str, str | UploadedFile]) -> tuple[int, bytes]:
        started = time.perf_counter()
        answer = await super().call(method, raw)
        if method != "getUpdates":
            # Nothing but getUpdates waits inside the stand-in: this is its own work on the event loop's thread.
            self.busy += time.perf_counter() - started
        # Recorded just now, with no await in between: the last request is this one.
        if self.requests:
            request = self.requests[-1]
            self.requests.clear()
            self.tracker.request(request.method, request.params, request.ok, request.refusal)
        return answer

    def trim(self, chat_id: int, keep: int = KEEP_MESSAGES) -> None:
        messages = self.chats.messages.get(chat_id)
        if messages is not None and len(messages) > keep:
            for message_id in list(messages)[:-keep]:
                del messages[message_id]


class MeasuredPoller(DurablePoller):
    """The bot's own intake, unchanged, telling the tracker when an update is marked handled."""

    def __init__(self, application: Any, storage: Any, tracker: Tracker) -> None:
        super().__init__(application, storage)
        self.tracker = tracker

    async def _handle(self, update: Update) -> None:
        await super()._handle(update)
        self.tracker.handled(update.update_id)


class MemoryInbox:
    """The poller's inbox without SQLite, for the echo floor: the same loop, no storage cost."""

    async def store_updates(self, updates: list[tuple[int, str]]) -> list[int]:
        return [update_id for update_id, _ in updates]

    async def unhandled_updates(self) -> list[tuple[int, str]]:
        return []

    async def mark_handled(self, update_id: int) -> None:
        return None

    async def last_update_id(self) -> int | None:
        return None


class LogCounter(logging.Handler):
    """Counts warnings and errors by logger and message, without printing them during the run."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[f"{record.levelname} {record.name}: {record.msg}"[:160]] += 1


# --- people --------------------------------------------------------------------------------------------------------


Action = tuple[str, str]  # ("send", text) | ("press", callback data or prefix)

NAV_CYCLE: tuple[Action, ...] = (
    ("send", "/start"),
    ("press", "menu:lang"),
    ("press", "lang:"),
    ("press", "menu:ask"),
    ("press", "cat:"),
    ("send", "/menu"),
    ("press", "menu:help"),
    ("press", "menu:show"),
    ("send", "/language"),
    ("press", "lang:"),
    ("press", "menu:sos"),
)
ROLE_OF = {"question": "ask", "checklist": "check", "menu": "nav", "case": "relay"}


@dataclass
class Person:
    user: FakeUser
    role: str
    language: str
    warmup: deque[Action] = field(default_factory=deque)
    step: int = 0

    @property
    def chat_id(self) -> int:
        return self.user.id


def make_people(user_ids: list[int], rng: random.Random, *, echo: bool = False) -> dict[str, list[Person]]:
    """People in the proportions of the mix; each does one kind of thing. Relayers first open an urgent case."""
    total = sum(MIX.values())
    roles: dict[str, list[Person]] = {role: [] for role in ROLE_OF.values()}
    languages = list(LANGUAGE_WEIGHTS)
    weights = list(LANGUAGE_WEIGHTS.values())
    position = 0
    for category, share in MIX.items():
        count = len(user_ids) * share // total
        for user_id in user_ids[position : position + count]:
            language = rng.choices(languages, weights)[0]
            user = FakeUser(id=user_id, first_name="Person", language_code=language)
            person = Person(user, ROLE_OF[category], language, deque([("send", "/start")]))
            if person.role == "relay" and not echo:
                person.warmup.extend([("press", "menu:sos"), ("press", "ho:urgent")])
            roles[person.role].append(person)
        position += count
    return roles


def newest_with(
    standin: StandIn, chat_id: int, wanted: Callable[[str], bool]
) -> tuple[SentMessage, str] | None:
    """The newest bot message in the chat with a button whose data `wanted` accepts, and that data."""
    messages = standin.chats.messages.get(chat_id, {})
    for message_id in reversed(list(messages)):
        message = messages[message_id]
        if not message.from_bot:
            continue
        for row in message.buttons():
            for button in row:
                data = button.get("callback_data")
                if isinstance(data, str) and wanted(data):
                    return message, data
    return None


def newest_bot_message(standin: StandIn, chat_id: int) -> SentMessage | None:
    messages = standin.chats.messages.get(chat_id, {})
    for message_id in reversed(list(messages)):
        if messages[message_id].from_bot:
            return messages[message_id]
    return None


class Actions:
    """What each kind of person does next, from what the bot last showed them (real buttons, real data)."""

    def __init__(self, standin: StandIn, rng: random.Random, *, echo: bool = False) -> None:
        self.standin = standin
        self.rng = rng
        self.echo = echo
        self.fallbacks = 0

    def next(self, person: Person) -> tuple[dict[str, Any], str | None]:
        """Queue the person's next update; returns it and its callback query id (for a press)."""
        if person.warmup:
            kind, value = person.warmup.popleft()
            return self._do(person, kind, value)
        if person.role == "ask":
            return self._send(person, self.rng.choice(QUESTIONS[person.language]))
        if person.role == "relay":
            return self._send(person, self.rng.choice(CASE_MESSAGES[person.language]))
        if person.role == "check":
            return self._checklist(person)
        kind, value = NAV_CYCLE[person.step % len(NAV_CYCLE)]
        person.step += 1
        return self._do(person, kind, value)

    def _send(self, person: Person, text: str) -> tuple[dict[str, Any], str | None]:
        return self.standin.user_message(person.user, text), None

    def _press(self, person: Person, message: SentMessage, data: str) -> tuple[dict[str, Any], str | None]:
        update = self.standin.user_press(person.user, message, data)
        return update, str(update["callback_query"]["id"])

    def _do(self, person: Person, kind: str, value: str) -> tuple[dict[str, Any], str | None]:
        if kind == "send":
            return self._send(person, value)
        if self.echo:
            message = newest_bot_message(self.standin, person.chat_id)
            if message is None:
                return self._send(person, "/start")
            return self._press(person, message, value + "x")
        if value == "lang:":
            found = newest_with(self.standin, person.chat_id, lambda d: d == f"lang:{person.language}")
        elif value.endswith(":"):
            candidates: list[tuple[SentMessage, str]] = []
            messages = self.standin.chats.messages.get(person.chat_id, {})
            for message in reversed(list(messages.values())):
                if message.from_bot:
                    candidates = [
                        (message, str(b["callback_data"]))
                        for row in message.buttons()
                        for b in row
                        if str(b.get("callback_data", "")).startswith(value)
                    ]
                    if candidates:
                        break
            found = self.rng.choice(candidates) if candidates else None
        else:
            found = newest_with(self.standin, person.chat_id, lambda d: d == value)
        if found is None:
            self.fallbacks += 1
            return self._send(person, "/menu")
        return self._press(person, *found)

    def _checklist(self, person: Person) -> tuple[dict[str, Any], str | None]:
        if self.echo:
            return self._do(person, "press", "cl:a:0:y")
        last = newest_bot_message(self.standin, person.chat_id)
        if last is not None:
            data = [str(b.get("callback_data", "")) for row in last.buttons() for b in row]
            answers = [d for d in data if d.startswith("cl:a:")]
            if answers:
                choice = self.rng.choices(answers, weights=([5, 3] + [2] * len(answers))[: len(answers)])[0]
                return self._press(person, last, choice)
            # Whatever else the checklist asks on its way (e.g. optional questions after the result).
            others = [
                d for d in data if d.startswith("cl:") and not d.startswith(("cl:b:", "cl:stop", "cl:again"))
            ]
            if others:
                return self._press(person, last, self.rng.choice(others))
        found = newest_with(self.standin, person.chat_id, lambda d: d == "cl:again")
        if found is not None:
            return self._press(person, *found)
        found = newest_with(self.standin, person.chat_id, lambda d: d == "menu:check")
        if found is None:
            self.fallbacks += 1
            return self._send(person, "/start")
        return self._press(person, *found)


# --- load ----------------------------------------------------------------------------------------------------------


def category_sequence(mix: Mapping[str, int] = MIX) -> list[str]:
    """One cycle of the mix, interleaved (smooth weighted round robin), so any stretch of updates has the mix."""
    total = sum(mix.values())
    current = dict.fromkeys(mix, 0)
    order = []
    for _ in range(total):
        for category, weight in mix.items():
            current[category] += weight
        best = max(current, key=lambda c: current[c])
        current[best] -= total
        order.append(best)
    return order


class Load:
    """Emits updates from idle people, in the mix; a person is busy from queueing until handled."""

    def __init__(
        self,
        standin: MeasuredStandIn,
        tracker: Tracker,
        people: dict[str, list[Person]],
        actions: Actions,
        mix: Mapping[str, int] = MIX,
    ) -> None:
        self.standin = standin
        self.tracker = tracker
        self.idle: dict[str, deque[Person]] = {role: deque(group) for role, group in people.items()}
        self.actions = actions
        self.sequence = category_sequence(mix)
        self.position = 0
        self.record = True
        self.emitted: Counter[str] = Counter()
        self.closed_loop_target = 0  # >0: keep this many in flight (closed loop)
        self.accepting = True
        tracker.on_finished = self._finished

    def emit(self) -> bool:
        for _ in range(len(self.sequence)):
            category = self.sequence[self.position % len(self.sequence)]
            self.position += 1
            idle = self.idle[ROLE_OF[category]]
            if idle:
                self._start(idle.popleft(), category)
                return True
            self.tracker.stats.skipped += 1
        return False

    def _start(self, person: Person, category: str) -> None:
        queued = time.perf_counter()
        update, query_id = self.actions.next(person)
        flight = Flight(category, person.chat_id, queued, person, query_id, self.record)
        self.tracker.start(flight, update)
        if self.record:
            self.emitted[category] += 1

    def _finished(self, flight: Flight) -> None:
        person = flight.person
        if person is None:
            return
        self.standin.trim(person.chat_id)
        if flight.query_id is not None:
            self.standin.api.queries.pop(flight.query_id, None)
        if person.role == "check":
            # Last in, first out: a person walks the checklist to its end (and finishes it), as people do.
            self.idle[person.role].appendleft(person)
        else:
            self.idle[person.role].append(person)
        if self.accepting and self.closed_loop_target and self.tracker.in_flight() < self.closed_loop_target:
            self.emit()

    async def warm_up(self, people: dict[str, list[Person]], in_flight: int) -> float:
        """Every person's first steps (/start; relayers: 🆘 → ask a person now), not measured."""
        started = time.perf_counter()
        waiting = deque(p for group in people.values() for p in group)
        for group in self.idle.values():
            group.clear()
        self.record = False
        done = asyncio.Event()
        remaining = [len(waiting)]

        def finished(flight: Flight) -> None:
            person = flight.person
            assert person is not None
            self.standin.trim(person.chat_id)
            if person.warmup:
                waiting.append(person)
            else:
                self.idle[person.role].append(person)
                remaining[0] -= 1
                if remaining[0] == 0:
                    done.set()
            while waiting and self.tracker.in_flight() < in_flight:
                self._warm_start(waiting.popleft())

        self.tracker.on_finished = finished
        while waiting and self.tracker.in_flight() < in_flight:
            self._warm_start(waiting.popleft())
        await asyncio.wait_for(done.wait(), 300)
        self.tracker.on_finished = self._finished
        self.record = True
        return time.perf_counter() - started

    def _warm_start(self, person: Person) -> None:
        queued = time.perf_counter()
        update, query_id = self.actions.next(person)
        self.tracker.start(Flight("warmup", person.chat_id, queued, person, query_id, False), update)

    async def closed_loop(self, in_flight: int, seconds: float, settle: float) -> None:
        """Keep `in_flight` updates outstanding: each handled update is followed by the next one at once."""
        self.record = False
        self.closed_loop_target = in_flight
        self.accepting = True
        while self.tracker.in_flight() < in_flight and self.emit():
            pass
        await asyncio.sleep(settle)
        start = time.perf_counter()
        self.tracker.window = (start, start + seconds)
        self.record = True
        await asyncio.sleep(seconds)
        self.accepting = False
        self.closed_loop_target = 0

    async def open_loop(self, rate: float, seconds: float, settle: float) -> float:
        """Offer `rate` updates a second on a fixed schedule, whatever the bot's pace; returns the worst lag of the
        schedule (how late the load generator itself was)."""
        self.accepting = True
        self.closed_loop_target = 0
        loop_start = time.perf_counter()
        start = loop_start + settle
        end = start + seconds
        self.tracker.window = (start, end)
        interval = 1.0 / rate
        due = loop_start
        worst = 0.0
        while True:
            now = time.perf_counter()
            if now >= end:
                break
            while due <= now:
                self.record = due >= start
                worst = max(worst, now - due) if self.record else worst
                self.emit()
                due += interval
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        self.accepting = False
        return worst

    async def drain(self, timeout: float = 30.0) -> int:
        """Wait for what is in flight; returns how many never finished."""
        deadline = time.perf_counter() + timeout
        while self.tracker.in_flight() and time.perf_counter() < deadline:
            await asyncio.sleep(0.01)
        return self.tracker.in_flight()


# --- the echo floor ------------------------------------------------------------------------------------------------


def build_echo(standin: StandIn) -> Application[Any, Any, Any, Any, Any, Any]:
    """The framework's floor: python-telegram-bot with one MessageHandler that replies with the text and one
    CallbackQueryHandler that answers, on the same in-process transport."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is not None and message.text is not None:
            await context.bot.send_message(message.chat_id, message.text)

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await update.callback_query.answer()

    application = (
        ApplicationBuilder()
        .token("0:echo")
        .request(StandInRequest(standin))
        .get_updates_request(StandInRequest(standin))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(answer))
    return cast(Application[Any, Any, Any, Any, Any, Any], application)


# --- figures -------------------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def latency_summary(stats: Stats) -> dict[str, Any]:
    everything = [v for values in stats.latencies.values() for v in values]
    per_category = {
        category: {
            "count": len(values),
            "p50_ms": percentile(values, 0.50) * 1000,
            "p99_ms": percentile(values, 0.99) * 1000,
        }
        for category, values in sorted(stats.latencies.items())
    }
    return {
        "count": len(everything),
        "p50_ms": percentile(everything, 0.50) * 1000,
        "p95_ms": percentile(everything, 0.95) * 1000,
        "p99_ms": percentile(everything, 0.99) * 1000,
        "max_ms": max(everything, default=float("nan")) * 1000,
        "done_p99_ms": percentile(stats.done_latencies, 0.99) * 1000,
        "no_reply": stats.no_reply,
        "by_category": per_category,
    }
