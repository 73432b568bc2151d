"""The composition root: build the Application from the configuration."""

from __future__ import annotations

import gc
import html
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from typing import Any

from telegram import BotCommand, BotCommandScopeAllGroupChats, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot.config import Config
from bot.countries import Countries
from bot.directory import Directory
from bot.i18n import LANGUAGES, Catalogs, Translator, language_from_telegram
from bot.knowledge import KnowledgeBase
from bot.nlp.crisis_model import shipped as crisis_model
from bot.nlp.kept_index import load_index
from bot.runtime.context import BotContext, BotData
from bot.runtime.ratelimit import RetryingRateLimiter
from bot.specialists import load_roster
from bot.storage import Clock, Storage
from handlers import handler_groups
from handlers.indicators import WEEKLY_CHECK_SECONDS, weekly_report
from handlers.jobs import (
    CHECK_INTERVAL_SECONDS,
    PURGE_INTERVAL_SECONDS,
    check_cases,
    purge_expired,
)
from handlers.privacy import finish_forget_jobs
from handlers.staffhelp import staff_command_menu

log = logging.getLogger(__name__)
ERROR_ALERT_CHECK_SECONDS = 60  # how often the job looks for errors to report (alerts: bot/alerts.py)

BotApplication = Application[Any, BotContext, Any, Any, BotData, Any]


def command_menu(translator: Translator) -> list[BotCommand]:
    """The commands shown in Telegram's menu, in one language."""
    return [
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("start", translator.pgettext("command", "Start over")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("menu", translator.pgettext("command", "Main menu")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("language", translator.pgettext("command", "Change the language")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("sos", translator.pgettext("command", "I am in trouble now")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("help", translator.pgettext("command", "What this bot can do")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("privacy", translator.pgettext("command", "What the bot keeps about me")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("forget", translator.pgettext("command", "Delete everything about me")),
        # TRANSLATORS: a command's description in Telegram's command menu (/start …); short: at most 64 characters.
        BotCommand("hide", translator.pgettext("command", "Quickly clear this chat")),
    ]


def description(translator: Translator) -> str:
    """What an empty chat with the bot says before /start (Telegram: at most 512 characters)."""
    return translator.pgettext(
        "bot description",
        "Information about travelling, working and studying abroad safely, and a way to reach people who can help "
        "when something goes wrong. Free and confidential: you decide what to share, and /forget deletes "
        "everything about you.",
    )


def short_description(translator: Translator) -> str:
    """The bot's profile line and what a shared link shows (Telegram: at most 120 characters)."""
    return translator.pgettext(
        "bot description", "Safe travel, work and study abroad: answers, and help from people."
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading what the bot knows makes about a million objects (most of them the matcher's index) that never form
    cycles. Left on, the garbage collector walks the growing heap again and again while they are made: about a tenth
    of the start. settle_memory() collects once afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle_memory() -> None:
    """Call once the bot is built, before it serves. The matcher's index is a million-odd objects that never change;
    frozen, the garbage collector stops walking them on every full collection, which would pause the bot."""
    gc.collect()
    gc.freeze()


def warn_stale_facts(countries: Countries, today: date, max_age_months: int) -> int:
    """Log one warning per destination-pack fact older than the configured age; returns how many."""
    stale = countries.stale(today, max_age_months)
    for item in stale:
        log.warning("destination pack: %s", item.warning())
    return len(stale)


def build_application(
    config: Config,
    *,
    token: str | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    clock: Clock | None = None,
    rate_limiter: bool = True,
    retry_delay: float = 0.5,
) -> BotApplication:
    """The bot, wired: handlers in order, HTML by default, storage opened on start and closed on stop.

    `request` replaces the network (the tests and the demo pass the Bot API stand-in here)."""
    with collector_paused():
        catalogs = Catalogs.load()
        knowledge = KnowledgeBase.load()
        index = load_index(knowledge, config.knowledge.confidence_threshold, config.database_path.parent)
        crisis_model()  # read at start: a damaged file stops the start, not a person's message in danger
        directory = Directory.load(config.directory_path)
        roster = load_roster(config.specialists_path, directory)
        countries = Countries.load()
    warn_stale_facts(countries, date.today(), config.countries.max_fact_age_months)
    for line in countries.untranslated():
        log.warning("destination packs: %s", line)
    builder = (
        ApplicationBuilder()
        .token(token or config.telegram.token or "0:offline")
        .base_url(config.telegram.api_base_url)
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(partial(_post_init, keep_index=index.keep))
        .post_shutdown(_post_shutdown)
    )
    if rate_limiter:
        limiter = RetryingRateLimiter(max_retries=3, first_delay=retry_delay)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    application: BotApplication = builder.build()
    application.bot_data.setup(config, catalogs, knowledge, index.matcher, directory, countries)
    application.bot_data.clock = clock
    application.bot_data.roster = roster
    application.add_handlers(handler_groups())
    application.add_error_handler(_on_error)
    return application


async def _post_init(application: BotApplication, keep_index: Callable[[], None]) -> None:
    data = application.bot_data
    data.storage = await Storage.open(data.config.database_path, clock=data.clock or time.time)
    keep_index()  # beside the database, once it opened (bot/nlp/kept_index.py)
    # The bot's groups are staff chats: their menu lists the staff commands, not a person's (/forget, /hide ...).
    groups = BotCommandScopeAllGroupChats()
    for language in LANGUAGES:
        translator = data.catalogs(language)
        await application.bot.set_my_commands(command_menu(translator), language_code=language)
        await application.bot.set_my_commands(
            staff_command_menu(translator), scope=groups, language_code=language
        )
    # The default lists (no language_code) serve everyone whose Telegram is in another language.
    await application.bot.set_my_commands(command_menu(data.catalogs("en")))
    await application.bot.set_my_commands(staff_command_menu(data.catalogs("en")), scope=groups)
    data.staff_changes = await data.storage.load_staff_changes()
    # A specialist taken off the roster since the last start: their open requests end, and the outbox (delivered by
    # check_cases at once) tells the cases' staff and edits the requests.
    roster_ids = frozenset(specialist.id for specialist in data.roster.specialists)
    for request in await data.storage.end_requests_off_roster(roster_ids):
        log.info(
            "request %s on case %s ended: its specialist is not on the roster", request.id, request.case_id
        )
    try:
        # Each language, then the default (no language_code) for everyone whose Telegram is in another one.
        for code, translator in [*((c, data.catalogs(c)) for c in LANGUAGES), (None, data.catalogs("en"))]:
            await application.bot.set_my_description(description(translator), language_code=code)
            await application.bot.set_my_short_description(short_description(translator), language_code=code)
    except TelegramError:
        log.warning("could not set the bot's description; it is set again at the next start")
    await finish_forget_jobs(BotContext(application))  # a /forget a crash interrupted is finished first
    if application.job_queue is not None:
        # All driven by what is in the database, so a restart neither loses nor repeats their work.
        for job, interval in (
            (check_cases, CHECK_INTERVAL_SECONDS),  # cards to retry, escalations, people to tell
            (purge_expired, PURGE_INTERVAL_SECONDS),  # retention
            (weekly_report, WEEKLY_CHECK_SECONDS),  # the coordinators' weekly indicators
            (send_error_alerts, ERROR_ALERT_CHECK_SECONDS),  # errors, summarised
            (finish_forget_jobs, CHECK_INTERVAL_SECONDS),  # /forget follow-ups a reader or Telegram held up
        ):
            # check_cases also runs at once: it finishes what a crash left pending (cards, relayed messages, the
            # outbox's card edits and notices).
            first = 0 if job is check_cases else interval
            application.job_queue.run_repeating(job, interval=interval, first=first, name=job.__name__)


async def _post_shutdown(application: BotApplication) -> None:
    data = application.bot_data
    if data.has_storage:
        await data.storage.close()
        data.storage = None


async def _on_error(update: object, context: BotContext) -> None:
    # Log first, with the exception but never the person's text. The coordinator chat hears of it from the
    # send_error_alerts job, summarised: never here, where a send would hold up the updates waiting behind it.
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)
    if context.bot_data.config.staff.coordinator_chat_id:
        context.bot_data.error_alerts.record(type(context.error).__name__, update_id)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == "private":
        try:
            # The error handler gets a fresh context, without the person: look their language up again.
            user = update.effective_user
            person = await context.bot_data.storage.get_person(user.id) if user else None
            language = (
                person.language if person else language_from_telegram(user.language_code if user else None)
            )
            text = context.bot_data.catalogs(language).gettext(
                "Sorry, something went wrong on my side. Please try again."
            )
            await context.bot.send_message(update.effective_chat.id, text)
        except Exception:
            log.warning("could not tell the person about the error")


async def send_error_alerts(context: BotContext) -> None:
    """The job: tell the coordinator chat what errors happened since its last alert, at most once per interval."""
    data = context.bot_data
    coordinator = data.config.staff.coordinator_chat_id
    summary = data.error_alerts.due(data.storage.now()) if coordinator else None
    if summary is None:
        return
    tr = data.catalogs(data.config.staff.coordinator_language)
    if summary.total == 1:
        alert = tr.gettext(
            "⚠️ The bot hit an error while handling update {update}: {error}. See the server log."
        ).format(update=summary.update_id, error=html.escape(summary.by_type[0][0]))
    else:
        kinds = ", ".join(f"{html.escape(name)} × {count}" for name, count in summary.by_type)
        alert = tr.ngettext(
            "⚠️ The bot hit {count} error while handling updates: {list}. See the server log.",
            "⚠️ The bot hit {count} errors while handling updates: {list}. See the server log.",
            summary.total,
        ).format(count=summary.total, list=kinds)
    try:
        await context.bot.send_message(coordinator, alert)
    except TelegramError:
        log.warning("could not alert the coordinator chat; tried again later")
        data.error_alerts.restore(summary)
