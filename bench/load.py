"""One load scenario in one process: simulated people, the measured stand-in, the bot's own intake, the load.

    python bench/load.py bot|echo --database PATH [--rate 30 | --closed 100] [--limiter] [--http POOL] ...

`bench/run.py` runs every scenario this way, each in its own process so that each has its own peak RSS.

The bot is `bot.app.build_application` with all handlers and a file-backed SQLite database; the echo floor is
python-telegram-bot with one handler that sends the text back and one that answers button presses. Both take their
updates through the bot's own intake: queued in the Bot API stand-in, fetched by `bot.polling.DurablePoller`
(getUpdates → inbox → per-chat ordered handling → marked handled); the echo floor's inbox is in memory.

Latency of an update: from just before it is queued in the stand-in to the stand-in's answer to the bot's first
successful message sent or edited in that chat (for a button press that sends nothing, its answerCallbackQuery;
for a message on an open case that is acknowledged with a reaction, the reaction).
A person has one update in flight at a time and sends the next only once the previous is handled, so whatever the
bot sends to a person's chat meanwhile answers that update.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import math
import random
import resource
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from questions import CASE_MESSAGES, QUESTIONS
from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters
from telegram.request import BaseRequest, HTTPXRequest

from bot.config import EXAMPLE_CONFIG, Config, load_config
from bot.directory import Directory
from bot.runtime.app import build_application, settle_memory
from bot.runtime.polling import DurablePoller, OrderedDispatcher
from bot.standin import FakeUser, SentMessage, StandIn, StandInHttpServer, StandInRequest
from bot.standin.errors import UploadedFile

COORDINATOR_CHAT = -100500
STAFF_USER = 900001
TOKEN = "123:bench"
# Shares of updates: free-text questions, checklist presses, menu navigation, messages on an open case.
MIX = {"question": 40, "checklist": 30, "menu": 20, "case": 10}
LANGUAGES = {"ru": 45, "tk": 40, "en": 15}
MENU_CYCLE = ("/start", "menu:lang", "lang:", "menu:ask", "cat:", "/menu", "menu:help", "/language", "lang:")
# What a person sees as the bot's answer (answerCallbackQuery is counted apart).
VISIBLE = frozenset(
    "sendMessage editMessageText editMessageReplyMarkup sendLocation sendPhoto copyMessage".split()
)
KEEP_MESSAGES = 6  # per private chat in the stand-in, so that its memory does not grow with the run


def bench_config(database: Path, base_url: str | None) -> Config:
    """The example configuration on `database`, with the staff set up as in tests/conftest.py. The flood guard stays
    in the path but lets everything through: a simulated person writes far faster than a real one."""
    config = load_config(EXAMPLE_CONFIG, environ={})
    telegram = replace(config.telegram, api_base_url=base_url) if base_url else config.telegram
    staff = replace(
        config.staff, coordinator_chat_id=COORDINATOR_CHAT, staff_user_ids=(STAFF_USER, STAFF_USER + 1)
    )
    limits = replace(config.limits, flood_messages=1_000_000)
    storage = replace(config.storage, database=str(database))
    return replace(config, telegram=telegram, staff=staff, limits=limits, storage=storage)


@dataclass
class Flight:
    """One update, from queued to handled."""

    kind: str
    chat_id: int
    query_id: str | None
    queued: float
    reply: float | None = None
    sent: int = 0  # messages sent or edited in the person's chat (what Telegram's 30 a second counts)
    done: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def latency(self) -> float | None:
        return None if self.reply is None else self.reply - self.queued


class MeasuredStandIn(StandIn):
    """The stand-in, timing the first answer to each update in flight and keeping no history of its own."""

    def __init__(self) -> None:
        super().__init__(clock=time.time, token=TOKEN)
        self.by_update: dict[int, Flight] = {}
        self.by_chat: dict[int, Flight] = {}
        self.by_query: dict[str, Flight] = {}
        self.methods: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()

    def queue(self, kind: str, update: Mapping[str, Any], chat_id: int, queued: float) -> Flight:
        query = update.get("callback_query")
        flight = Flight(kind, chat_id, str(query["id"]) if query else None, queued)
        self.by_update[int(update["update_id"])] = self.by_chat[chat_id] = flight
        if flight.query_id:
            self.by_query[flight.query_id] = flight
        return flight

    async def call(self, method: str, raw: Mapping[str, str | UploadedFile]) -> tuple[int, bytes]:
        answer = await super().call(method, raw)
        for request in self.requests:  # only this call's: nothing awaits between recording and here
            self.methods[request.method] += 1
            if not request.ok:
                self.refused[f"{request.method}: {request.refusal}"] += 1
            elif request.method == "answerCallbackQuery":
                flight = self.by_query.get(str(request.params.get("callback_query_id")))
                if flight is not None and flight.reply is None:
                    flight.reply = time.perf_counter()
            elif request.method in VISIBLE:
                flight = self.by_chat.get(request.params.get("chat_id"))  # type: ignore[arg-type]
                if flight is not None:
                    flight.sent += 1
                    flight.reply = flight.reply or time.perf_counter()
            elif request.method == "setMessageReaction":
                # A message on an open case is acknowledged with a reaction once a staff chat has it: its answer.
                flight = self.by_chat.get(request.params.get("chat_id"))  # type: ignore[arg-type]
                if flight is not None:
                    flight.reply = flight.reply or time.perf_counter()
        self.requests.clear()
        return answer

    def handled(self, update_id: int) -> None:
        flight = self.by_update.pop(update_id, None)
        if flight is None:
            return
        self.by_chat.pop(flight.chat_id, None)
        self.by_query.pop(flight.query_id or "", None)
        self.api.queries.pop(flight.query_id or "", None)
        messages = self.chats.messages.get(flight.chat_id, {})
        for message_id in list(messages)[:-KEEP_MESSAGES]:
            del messages[message_id]
        flight.done.set()


class MeasuredPoller(DurablePoller):
    """The bot's own intake, unchanged, telling the stand-in when an update has been handled."""

    def __init__(self, application: Any, inbox: Any, standin: MeasuredStandIn, concurrency: int) -> None:
        super().__init__(application, inbox)
        self.standin = standin
        if concurrency:
            self.dispatcher = OrderedDispatcher(self._handle, concurrency)

    async def _handle(self, update: Update) -> None:
        await super()._handle(update)
        self.standin.handled(update.update_id)


class MemoryInbox:
    """The poller's inbox without SQLite, for the echo floor."""

    async def store_updates(self, updates: list[tuple[int, str]]) -> list[int]:
        return [update_id for update_id, _ in updates]

    async def unhandled_updates(self) -> list[tuple[int, str]]:
        return []

    async def mark_handled(self, update_id: int) -> None:
        return None

    async def last_update_id(self) -> int | None:
        return None


def build_echo(request: BaseRequest, poll_request: BaseRequest, base_url: str | None, limiter: bool) -> Any:
    """The framework's floor: one handler sends the text back, one answers button presses."""

    async def echo(update: Update, context: Any) -> None:
        assert update.effective_message is not None and update.effective_message.text is not None
        await context.bot.send_message(update.effective_message.chat_id, update.effective_message.text)

    async def answer(update: Update, context: Any) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()

    builder = ApplicationBuilder().token(TOKEN).request(request).get_updates_request(poll_request)
    if base_url:
        builder = builder.base_url(base_url)
    if limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    application = builder.build()
    application.add_handlers([MessageHandler(filters.TEXT, echo), CallbackQueryHandler(answer)])
    return application


# --- people --------------------------------------------------------------------------------------------------------


@dataclass
class Person:
    user: FakeUser
    kind: str
    step: int = 0

    @property
    def language(self) -> str:
        return str(self.user.language_code)


class People:
    """What each simulated person does next, from what the bot last showed them: real buttons, real data."""

    def __init__(
        self, standin: StandIn, first_id: int, count: int, mix: Mapping[str, int], rng: random.Random
    ):
        self.standin, self.rng, self.fallbacks = standin, rng, 0
        self.idle: dict[str, deque[Person]] = {kind: deque() for kind in mix}
        total, start = sum(mix.values()), first_id
        for kind, share in mix.items():
            for user_id in range(start, start + max(1, count * share // total)):
                language = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
                self.idle[kind].append(Person(FakeUser(user_id, "Person", language_code=language), kind))
                start = user_id + 1
        # One cycle of the mix, interleaved (smooth weighted round robin): any stretch of updates has the mix.
        self.order: list[str] = []
        credit = dict.fromkeys(mix, 0)
        for _ in range(total):
            for kind in mix:
                credit[kind] += mix[kind]
            best = max(credit, key=credit.__getitem__)
            credit[best] -= total
            self.order.append(best)

    def everyone(self) -> list[Person]:
        return [person for group in self.idle.values() for person in group]

    def warm_up_steps(self, person: Person, echo: bool) -> list[str]:
        """Unmeasured first steps: /start; someone writing on a case first asks a person to write to them now."""
        return ["/start", "menu:sos", "ho:urgent"] if person.kind == "case" and not echo else ["/start"]

    def next_update(self, person: Person, echo: bool) -> dict[str, Any]:
        if person.kind == "question":
            return self.act(person, self.rng.choice(QUESTIONS[person.language]), echo)
        if person.kind == "case":
            return self.act(person, self.rng.choice(CASE_MESSAGES[person.language]), echo)
        if person.kind == "checklist":
            return self.act(person, "cl:a:" if self.buttons(person, "cl:a:") else "cl:", echo)
        person.step += 1
        return self.act(person, MENU_CYCLE[(person.step - 1) % len(MENU_CYCLE)], echo)

    def buttons(self, person: Person, prefix: str) -> list[tuple[SentMessage, str]]:
        """The buttons starting with `prefix` on the newest bot message in the chat that has any."""
        for message in reversed(list(self.standin.chats.messages.get(person.user.id, {}).values())):
            found = [(message, str(b.get("callback_data"))) for row in message.buttons() for b in row]
            found = [(m, data) for m, data in found if data.startswith(prefix)]
            if message.from_bot and found:
                return found
        return []

    def act(self, person: Person, action: str, echo: bool) -> dict[str, Any]:
        """Send text (an action not naming a button), or press a button; `lang:` presses the person's language,
        `cl:` anything the checklist offers other than back, stop or again, unless that is all there is."""
        if ":" not in action or action.startswith("/"):
            return self.standin.user_message(person.user, action)
        if action == "lang:":
            action = f"lang:{person.language}"
        found = self.buttons(person, action)
        if action == "cl:":
            found = [b for b in found if not b[1].startswith(("cl:b:", "cl:stop"))] or self.buttons(
                person, "menu:check"
            )
            found = [b for b in found if b[1] != "cl:again"] or found
        if echo:  # the floor's messages have no buttons: press a made-up one on its last message
            last = self.standin.last_message(person.user.id, from_bot=True)
            found = [(last, action)] if last is not None else []
        if not found:
            self.fallbacks += 1
            return self.standin.user_message(person.user, "/start")
        if action.startswith("cl:a:"):
            # The first answers are the common ones: weights 5, 3, 1, 1 … for however many a question offers.
            weights = [max(1, 5 - 2 * index) for index in range(len(found))]
            return self.standin.user_press(person.user, *self.rng.choices(found, weights)[0])
        return self.standin.user_press(person.user, *self.rng.choice(found))


# --- load ----------------------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else float("nan")


class Load:
    def __init__(self, standin: MeasuredStandIn, people: People, echo: bool) -> None:
        self.standin, self.people, self.echo = standin, people, echo
        self.position = 0
        self.flights: list[Flight] = []  # the measured ones
        self.busy: set[asyncio.Task[None]] = set()
        self.skipped = 0
        self.sent = 0

    async def warm_up(self, in_flight: int) -> None:
        waiting = deque(self.people.everyone())
        slots = asyncio.Semaphore(in_flight)

        async def walk(person: Person) -> None:
            async with slots:
                for action in self.people.warm_up_steps(person, self.echo):
                    flight = self.standin.queue(
                        "warmup",
                        self.people.act(person, action, self.echo),
                        person.user.id,
                        time.perf_counter(),
                    )
                    await asyncio.wait_for(flight.done.wait(), 120)

        await asyncio.gather(*(walk(person) for person in waiting))

    def send(self, measured: bool) -> Flight | None:
        """The next update of the mix from an idle person of that kind (or of the next kind with one idle)."""
        for _ in self.people.order:
            kind = self.people.order[self.position % len(self.people.order)]
            self.position += 1
            if self.people.idle[kind]:
                break
            self.skipped += measured
        else:
            return None
        person = self.people.idle[kind].popleft()
        self.sent += 1
        queued = time.perf_counter()
        flight = self.standin.queue(kind, self.people.next_update(person, self.echo), person.user.id, queued)
        if measured:
            self.flights.append(flight)
        task = asyncio.create_task(self._back(person, flight))
        self.busy.add(task)
        task.add_done_callback(self.busy.discard)
        return flight

    async def _back(self, person: Person, flight: Flight) -> None:
        await flight.done.wait()
        group = self.people.idle[person.kind]
        # Checklist people walk their checklist to its end: the one who just pressed goes on.
        group.appendleft(person) if person.kind == "checklist" else group.append(person)

    async def open_loop(self, rate: float, settle: float, seconds: float) -> float:
        """Offer `rate` updates a second on a fixed schedule whatever the bot's pace; returns the updates a second
        actually offered in the measured window."""
        start = time.perf_counter()
        due, sent = start, 0
        while (now := time.perf_counter()) < start + settle + seconds:
            while due <= now:
                sent += self.send(measured=due >= start + settle) is not None and due >= start + settle
                due += 1 / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        return sent / seconds

    async def closed_loop(self, in_flight: int, settle: float, seconds: float, updates: int = 0) -> float:
        """Keep `in_flight` updates outstanding; returns the updates a second handled in the measured window.
        With `updates`, untimed instead: send that many, all measured, and return NaN."""
        end = time.perf_counter() + settle + seconds
        window_start = end - seconds
        handled = 0

        async def keep_one() -> None:
            nonlocal handled
            while self.sent < updates if updates else time.perf_counter() < end:
                flight = self.send(measured=bool(updates) or time.perf_counter() >= window_start)
                if flight is None:
                    await asyncio.sleep(0.001)  # every person of every kind is waiting for an answer
                    continue
                await flight.done.wait()
                handled += window_start <= time.perf_counter() < end

        await asyncio.gather(*(keep_one() for _ in range(in_flight)))
        return math.nan if updates else handled / seconds

    def latency(self) -> dict[str, Any]:
        """Latency percentiles in ms, and per kind of update its p99 and the messages it sent on average."""
        answered = [f.latency for f in self.flights if f.latency is not None]
        by_kind = {}
        for kind in sorted({f.kind for f in self.flights}):
            flights = [f for f in self.flights if f.kind == kind]
            p99 = percentile([f.latency for f in flights if f.latency is not None], 0.99)
            by_kind[kind] = {
                "p99_ms": round(p99, 1),
                "messages": round(sum(f.sent for f in flights) / len(flights), 2),
            }
        return {
            "count": len(self.flights),
            "no_reply": len(self.flights) - len(answered),
            "p50_ms": percentile(answered, 0.5),
            "p99_ms": percentile(answered, 0.99),
            "max_ms": max(answered, default=math.nan) * 1000,
            "messages_per_update": sum(f.sent for f in self.flights) / max(1, len(self.flights)),
            "by_kind": by_kind,
        }


def forget_the_load(standin: MeasuredStandIn, load: Load) -> None:
    """Drop what the benchmark kept of the load before timing staff commands: its flights and the people's chats in
    the stand-in (messages with their keyboards, some 40,000 objects after 300 updates a second for 10 s) are the
    benchmark's and Telegram's, not the bot's, yet share its heap. Left there, each full collection of the garbage
    collector during a command walked them too: 35-100 ms added to one `/stats` in two (bench/README.md)."""
    load.flights.clear()
    for chat_id, messages in standin.chats.messages.items():
        if chat_id > 0:
            messages.clear()
    gc.collect()


async def staff_command(standin: MeasuredStandIn, text: str) -> float:
    """A staff member sends `text` in the coordinator chat; milliseconds until the bot's first answer there."""
    update = standin.user_message(
        FakeUser(STAFF_USER, "Staff", language_code="ru"), text, chat_id=COORDINATOR_CHAT
    )
    flight = standin.queue("staff", update, COORDINATOR_CHAT, time.perf_counter())
    await asyncio.wait_for(flight.done.wait(), 30)
    assert flight.latency is not None, f"{text}: no answer"
    return flight.latency * 1000


class LogCounter(logging.Handler):
    """Counts warnings and errors without printing them during the run."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[f"{record.levelname} {record.name}: {record.msg}"[:160]] += 1


async def scenario(args: argparse.Namespace) -> dict[str, Any]:
    """Run one scenario; its figures, with every warning or error logged meanwhile counted in `logged`."""
    logs = LogCounter()
    root = logging.getLogger()
    root.addHandler(logs)
    try:
        result = await _scenario(args)
    finally:
        root.removeHandler(logs)
    result["logged"] = dict(logs.counts)
    return result


async def _scenario(args: argparse.Namespace) -> dict[str, Any]:
    echo = args.kind == "echo"
    standin = MeasuredStandIn()
    server, base_url = None, None
    # --http: python-telegram-bot's own HTTP client, over loopback, with a pool of that many connections.
    if args.http:
        server = StandInHttpServer(standin)
        base_url = await server.start()
        request: BaseRequest = HTTPXRequest(connection_pool_size=args.http)
        poll_request: BaseRequest = HTTPXRequest(connection_pool_size=1, read_timeout=45)
    else:
        request = poll_request = StandInRequest(standin)
    config = bench_config(Path(args.database), base_url)
    standin.add_chat(COORDINATOR_CHAT, type="supergroup", title="Coordinators")
    for ngo in Directory.load(config.directory_path).ngos:
        standin.add_chat(ngo.staff_chat_id, type="supergroup", title=ngo.name["en"])
    for chat in standin.chats.chats.values():
        chat.last_message_id = 10_000_000  # above the message ids a seeded database already uses

    started = time.perf_counter()
    if echo:
        application = build_echo(request, poll_request, base_url, args.limiter)
        await application.initialize()
        inbox: Any = MemoryInbox()
    else:
        application = build_application(
            config, token=TOKEN, request=request, get_updates_request=poll_request, rate_limiter=args.limiter
        )
        await application.initialize()
        await application.post_init(application)
        inbox = application.bot_data.storage
    result: dict[str, Any] = {"startup_s": time.perf_counter() - started}
    settle_memory()  # as bot/runner.py does before it serves (the floor too, to compare like with like)
    await application.start()
    stop = asyncio.Event()
    polling = asyncio.create_task(MeasuredPoller(application, inbox, standin, args.concurrency).run(stop))

    mix = {k: v for k, v in MIX.items() if k != "case" or args.cases}
    people = People(standin, args.first_user, args.people, mix, random.Random(7))
    load = Load(standin, people, echo)
    await load.warm_up(min(args.closed or 64, 64))
    standin.methods.clear()
    if args.closed:
        result["throughput"] = await load.closed_loop(args.closed, args.settle, args.seconds, args.updates)
    else:
        result["offered_per_s"] = await load.open_loop(args.rate, args.settle, args.seconds)
    await asyncio.wait_for(asyncio.gather(*load.busy), 60)
    result["latency"] = load.latency()
    result.update(skipped=load.skipped, fallbacks=people.fallbacks)
    result["requests_per_update"] = {
        m: round(n / max(1, load.sent), 2) for m, n in standin.methods.most_common(5)
    }
    if args.staff_commands:
        forget_the_load(standin, load)
        for command in ("/queue", "/stats 30d"):
            times = [await staff_command(standin, command) for _ in range(args.staff_commands)]
            name = command.split()[0].strip("/")
            result[name + "_ms"] = max(times)
            result[name + "_each_ms"] = [round(t, 1) for t in times]
    stop.set()
    await polling
    await application.stop()
    if not echo:
        await application.post_shutdown(application)
    await application.shutdown()
    if server is not None:
        await server.stop()
    result.update(
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        refused={k: v for k, v in standin.refused.items() if "message is not modified" not in k},
    )
    return result


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=("bot", "echo"))
    parser.add_argument("--database", required=True, help="SQLite file (created if missing)")
    parser.add_argument("--out", type=Path, help="write the figures here as JSON (else print them)")
    parser.add_argument("--rate", type=float, default=30.0, help="open loop: updates offered a second")
    parser.add_argument("--closed", type=int, default=0, help="closed loop: updates kept in flight")
    parser.add_argument("--seconds", type=float, default=10.0, help="the measured window")
    parser.add_argument("--updates", type=int, default=0, help="closed loop: send this many, untimed (tests)")
    parser.add_argument("--settle", type=float, default=1.0, help="unmeasured load before the window")
    parser.add_argument("--limiter", action="store_true", help="AIORateLimiter on, as in production")
    parser.add_argument("--http", type=int, default=0, metavar="POOL", help="over loopback HTTP, this pool")
    parser.add_argument("--concurrency", type=int, default=0, help="updates handled at once (else the bot's)")
    parser.add_argument("--no-cases", dest="cases", action="store_false", help="no messages on open cases")
    parser.add_argument("--people", type=int, default=600)
    parser.add_argument("--first-user", type=int, default=1_000_001)
    parser.add_argument("--staff-commands", type=int, default=0, help="then time /queue and /stats N times")
    return parser.parse_args(argv)


def used_before(database: Path, first_user: int, people: int) -> bool:
    """Whether an earlier run left its people in this database: a case or a request half filled in changes how their
    messages are answered, the warm-up would wait for answers that never come, and the run would hang. The seeded
    database's people from `first_free_user` on have neither (bench/seed.py)."""
    if not database.exists():
        return False
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        try:
            row = connection.execute(
                """SELECT 1 FROM cases WHERE user_id >= :first AND user_id < :end
                UNION ALL SELECT 1 FROM drafts WHERE user_id >= :first AND user_id < :end LIMIT 1""",
                {"first": first_user, "end": first_user + people},
            ).fetchone()
        except sqlite3.OperationalError:  # no tables yet: a database the bot has not started on
            return False
    return row is not None


def main() -> None:
    args = parse()
    if used_before(Path(args.database), args.first_user, args.people):
        raise SystemExit(
            f"{args.database}: an earlier run's people are in this database (user ids from {args.first_user}). "
            "Give a new file, or a fresh copy of the seeded one (bench/seed.py), with --database."
        )
    logging.basicConfig(level=logging.WARNING, handlers=[logging.NullHandler()])  # counted, not printed
    logging.getLogger("httpx").setLevel(logging.ERROR)
    text = json.dumps(asyncio.run(scenario(args)), indent=1)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
