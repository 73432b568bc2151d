"""/stats and /export in the staff chats, and the weekly report to the coordinator chat.

The coordinator chat sees every figure; an NGO's staff chat sees its own cases only (see bot/indicators.py). Rights
are checked by `authorised`, like every staff command."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from babel.numbers import format_decimal
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CommandHandler, filters

from bot import indicators
from bot.chart import Block, Chart, ChartError, Panel, Series, render_in_child
from bot.i18n import Translator
from bot.indicators import (
    COORDINATOR,
    NO_CAMPAIGN,
    CaseFigures,
    Counts,
    Indicators,
    NetworkFigures,
    Period,
    Spread,
)
from bot.runtime.context import BotContext
from bot.staff import StaffScope
from bot.storage import trend
from bot.textpieces import MAX_MESSAGE_UNITS, split_text, utf16_units
from handlers.casetools import casework_lines, coordinator_chats
from handlers.common import escape
from handlers.forum import topic_of_update
from handlers.labels import duration_words, language_label, outcome_label, risk_label, status_label
from handlers.screening_stats import screening_block, screening_lines
from handlers.staff import answer_staff, authorised

log = logging.getLogger(__name__)

MAX_LIST_ITEMS = 10  # per list in the summary, so the message stays well under Telegram's limit
WEEKLY_CHECK_SECONDS = 600  # how often the job looks whether the weekly report is due


def _today(context: BotContext) -> date:
    return datetime.fromtimestamp(context.bot_data.storage.now(), UTC).date()


async def _period(
    update: Update, context: BotContext, scope: StaffScope, tr: Translator, command: str
) -> Period | None:
    """The period named in the command's arguments, or None after a friendly hint where the command was written."""
    try:
        return indicators.parse_period(" ".join(context.args or ()), _today(context))
    except ValueError:
        hint = tr.gettext(
            "Use {command} 7d, {command} 30d or {command} YYYY-MM-DD..YYYY-MM-DD (whole days, UTC)."
        )
        await answer_staff(update, context, scope, hint.format(command=command))
        return None


async def show_stats(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    period = await _period(update, context, scope, tr, "/stats")
    if period is None:
        return
    figures = await indicators.compute(context.bot_data.storage, period, scope.ngo_ids)
    await send_summary(context, scope.chat_id, tr, figures, thread=topic_of_update(update))


async def send_summary(
    context: BotContext,
    chat_id: int,
    tr: Translator,
    figures: Indicators,
    heading: str | None = None,
    thread: int | None = None,
) -> None:
    """The text summary, then the chart (a failed chart is logged; the figures already reached the chat), in the
    forum topic `thread` (None: the general topic, or a chat without topics)."""
    text = "\n".join(
        [summary(context, tr, figures), *await casework_lines(context, tr, figures.period, figures.ngo_ids)]
    )
    # A year of a busy network's figures can outgrow one message: sent in pieces at line ends (each line holds its
    # own markup), never refused as too long.
    for piece in split_text(f"{heading}\n{text}" if heading else text, MAX_MESSAGE_UNITS):
        await context.bot.send_message(chat_id, piece, message_thread_id=thread)
    weeks = await trend.weekly(
        context.bot_data.storage,
        figures.period.end,
        figures.ngo_ids,
        coordinator_chats=coordinator_chats(context),
    )
    try:
        minimum = context.bot_data.config.indicators.min_cell_size
        png = await render_in_child(chart(tr, figures, weeks, minimum))
    except ChartError as error:
        log.warning("indicators chart not drawn for chat %s (%s)", chat_id, error)
        return
    try:
        await context.bot.send_photo(
            chat_id, photo=png, caption=_title(tr, figures.period), message_thread_id=thread
        )
    except TelegramError as error:
        log.warning("indicators chart not sent to chat %s (%s)", chat_id, error)


async def export(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    if scope.ngo_ids is not None:
        # The export holds every organisation's cases, so only the coordinators may have it.
        await answer_staff(
            update, context, scope, tr.gettext("Sorry, the export is available in the coordinator chat only.")
        )
        return
    period = await _period(update, context, scope, tr, "/export")
    if period is None:
        return
    # Counts only, small ones suppressed: rows of people are never sent to a chat (see bot/indicators.py).
    columns, rows = await indicators.export_counts(
        context.bot_data.storage, period, context.bot_data.config.indicators.min_cell_size
    )
    caption = tr.ngettext(
        "Anonymised export: {count} row, without names, phones, messages or Telegram ids.",
        "Anonymised export: {count} rows, without names, phones, messages or Telegram ids.",
        len(rows),
    ).format(count=len(rows))
    await context.bot.send_document(
        scope.chat_id,
        document=indicators.csv_bytes(columns, rows),
        filename=f"indicators-{period.start.isoformat()}-{period.end.isoformat()}.csv",
        caption=caption,
        message_thread_id=topic_of_update(update),
    )


async def weekly_report(context: BotContext) -> None:
    """The job: post last week's summary and chart to the coordinator chat once it is due."""
    settings = context.bot_data.config.indicators
    await post_weekly_report(context, settings.weekly_day, settings.weekly_hour)


async def post_weekly_report(context: BotContext, day: int, hour: int) -> str | None:
    """Post the due weekly report, if any; returns its ISO week. The week is noted in the database before the
    post (and forgotten if the post fails), so restarts neither repeat nor lose it."""
    data = context.bot_data
    coordinator = data.config.staff.coordinator_chat_id
    if not coordinator:
        return None
    storage = data.storage
    now = datetime.fromtimestamp(storage.now(), UTC)
    week = indicators.report_due(now, day, hour, await storage.last_report_week())
    if week is None:
        return None
    figures = await indicators.compute(storage, indicators.week_period(week, day), None)
    if not await storage.claim_report(week):
        return None
    tr = data.catalogs(data.config.staff.coordinator_language)
    try:
        await send_summary(context, coordinator, tr, figures, heading=tr.gettext("🗓 <b>Weekly report</b>"))
    except TelegramError as error:
        log.warning("weekly report %s not posted (%s); retried at the next check", week, error)
        await storage.release_report(week)
        return None
    log.info("weekly report %s posted", week)
    return week


# The summary ---------------------------------------------------------------------------------------------------


def _title(tr: Translator, period: Period) -> str:
    return tr.gettext("📊 <b>Indicators</b> {start} – {end}").format(
        start=period.start.isoformat(), end=period.end.isoformat()
    )


def summary(context: BotContext, tr: Translator, figures: Indicators) -> str:
    """The figures as one HTML message in the chat's language."""
    lines = [_title(tr, figures.period)]
    if figures.network is None:
        lines.append(tr.gettext("Cases of this chat's organisations only."))
    else:
        lines += ["", *_network_lines(context, tr, figures.network)]
    lines += ["", *_case_lines(context, tr, figures.cases, network=figures.network is not None)]
    if figures.screenings is not None:
        lines += ["", *screening_lines(context, tr, figures.screenings)]
    text = "\n".join(lines)
    # The lists are capped, so this is only a guard: Telegram refuses a longer message.
    while utf16_units(text) > MAX_MESSAGE_UNITS - 10:
        text = text.rsplit("\n", 1)[0]
    return text


def _network_lines(context: BotContext, tr: Translator, network: NetworkFigures) -> list[str]:
    share = network.share_confident
    languages = tuple((language_label(key), count) for key, count in network.people_by_language)
    sources = tuple(
        (tr.gettext("no campaign") if key == NO_CAMPAIGN else key, count)
        for key, count in network.people_by_source
    )
    topics = tuple((_topic_label(context, tr, key), count) for key, count in network.top_topics)
    feedback = [
        f"{escape(_topic_label(context, tr, topic))} 👍 {good} 👎 {bad}"
        for topic, good, bad in network.feedback
    ]
    levels = tuple((risk_label(tr, key), count) for key, count in network.checklists_by_level)
    return [
        tr.ngettext("👤 {count} new person", "👤 {count} new people", network.new_people).format(
            count=network.new_people
        ),
        tr.gettext("By language: {list}").format(list=_list(languages)),
        tr.gettext("By source: {list}").format(list=_list(sources)),
        "",
        tr.ngettext(
            "❓ {count} question asked, {confident} answered with confidence ({share})",
            "❓ {count} questions asked, {confident} answered with confidence ({share})",
            network.questions,
        ).format(
            count=network.questions,
            confident=network.questions_confident,
            share="—" if share is None else f"{share:.0%}",
        ),
        tr.gettext("Top topics: {list}").format(list=_list(topics)),
        tr.gettext("Helpful / not helpful, totals since the start (not by period): {list}").format(
            list=_joined(feedback)
        ),
        "",
        tr.ngettext(
            "📝 {count} checklist finished: {list}",
            "📝 {count} checklists finished: {list}",
            network.checklists,
        ).format(count=network.checklists, list=_list(levels)),
    ]


def _case_lines(context: BotContext, tr: Translator, cases: CaseFigures, *, network: bool) -> list[str]:
    ngos = tuple((_ngo_label(context, tr, key), count) for key, count in cases.by_ngo)
    statuses = tuple((status_label(tr, key), count) for key, count in cases.by_status)
    outcomes = tuple((outcome_label(tr, key), count) for key, count in cases.by_outcome)
    # The figures up to the time to claim are of the cases received in the period, as they are now (a claim made
    # today on a case received before the period is not in it): network-wide, the cases created in it; in an NGO's
    # chat, those created for its organisations or referred to them in it, and the time its own staff took to claim
    # them. The closes are those made in the period, whichever case (in an NGO's chat, while its organisations held
    # the case), each counted once, and kept when the case was reopened since (bot/storage/indicators.py).
    if network:
        received = tr.ngettext(
            "🤝 {count} case received in this period, {urgent} urgent",
            "🤝 {count} cases received in this period, {urgent} urgent",
            cases.total,
        )
        unclaimed = tr.gettext("Time to claim: none of them has been claimed yet.")
        claimed = tr.ngettext(
            "Time to claim: median {median}, 90% within {p90} ({count} case)",
            "Time to claim: median {median}, 90% within {p90} ({count} cases)",
            cases.to_claim.count,
        )
    else:
        received = tr.ngettext(
            "🤝 {count} case reached this chat's organisations in this period (created for them or referred to "
            "them), {urgent} urgent",
            "🤝 {count} cases reached this chat's organisations in this period (created for them or referred to "
            "them), {urgent} urgent",
            cases.total,
        )
        unclaimed = tr.gettext(
            "Time to claim by this chat's staff, from when a case reached them: they have claimed none of them yet."
        )
        claimed = tr.ngettext(
            "Time to claim by this chat's staff, from when a case reached them: median {median}, 90% within "
            "{p90} ({count} case)",
            "Time to claim by this chat's staff, from when a case reached them: median {median}, 90% within "
            "{p90} ({count} cases)",
            cases.to_claim.count,
        )
    return [
        received.format(count=cases.total, urgent=cases.urgent),
        # Who has each case now: a referred case counts once, for the organisation it went to (the first-reply
        # lines credit whoever answered first: handlers/casetools.py).
        tr.gettext("By organisation that has them now: {list}").format(list=_list(ngos)),
        tr.gettext("By status now: {list}").format(list=_list(statuses)),
        _spread_line(tr, cases.to_claim, unclaimed, claimed),
        *_close_lines(tr, cases, _list(outcomes)),
    ]


def _close_lines(tr: Translator, cases: CaseFigures, outcomes: str) -> list[str]:
    """The closes made in the period by outcome, and the time staff took to close them."""
    closes = tr.ngettext(
        "✔️ {count} close made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        "✔️ {count} closes made in this period ({reopened} of these cases reopened since; a case closed again "
        "after a reopen counts at each close): {list}",
        cases.closes,
    ).format(count=cases.closes, reopened=cases.reopened, list=outcomes)
    if not cases.closes:
        untimed = tr.gettext("Time to close: nothing was closed in this period.")
    else:
        untimed = tr.gettext(
            "Time to close: none of these closes was made by staff (a person's withdrawal is not timed)."
        )
    timed = tr.ngettext(
        "Time to close, of the closes made by staff, from the request or its reopening: median {median}, 90% "
        "within {p90} ({count} close)",
        "Time to close, of the closes made by staff, from the request or its reopening: median {median}, 90% "
        "within {p90} ({count} closes)",
        cases.to_close.count,
    )
    return [closes, _spread_line(tr, cases.to_close, untimed, timed)]


def _spread_line(tr: Translator, spread: Spread, none: str, template: str) -> str:
    # A median of no case is no figure: "median —, 90% within —" read as a fault.
    if not spread.count:
        return none
    return template.format(
        median=duration_words(tr, spread.median), p90=duration_words(tr, spread.p90), count=spread.count
    )


def _list(counts: Counts) -> str:
    return _joined([f"{escape(label)} {count}" for label, count in counts])


def _joined(items: list[str]) -> str:
    if not items:
        return "—"
    shown = items[:MAX_LIST_ITEMS]
    more = len(items) - len(shown)
    return " · ".join(shown) + (f" · … +{more}" if more else "")


def _topic_label(context: BotContext, tr: Translator, topic_id: str) -> str:
    topic = context.bot_data.knowledge.get(topic_id)
    # A topic removed from the knowledge base still has its past counts: shown by its id.
    return topic.text(tr.language).title if topic else topic_id


def _ngo_label(context: BotContext, tr: Translator, ngo_id: str) -> str:
    if ngo_id == COORDINATOR:
        return tr.pgettext("sender", "Hotline team")  # as the cards, /queue and the person name them
    ngo = context.bot_data.directory.get(ngo_id)
    # An organisation removed from the directory still has its past cases: shown by its id.
    return ngo.text("name", tr.language) if ngo else ngo_id


def chart(
    tr: Translator,
    figures: Indicators,
    weeks: tuple[trend.Week, ...],
    minimum: int = indicators.MIN_CELL_SIZE,
) -> Chart:
    """What the chart shows, in the chat's language: the period's bars, then the trend week by week."""
    blocks = []
    network = figures.network
    if network is not None:
        unsure = network.questions - network.questions_confident
        answers = (
            (tr.pgettext("chart", "answered with confidence"), network.questions_confident),
            (tr.pgettext("chart", "not sure"), unsure),
        )
        levels = tuple((risk_label(tr, key), count) for key, count in network.checklists_by_level)
        blocks += [
            Block(tr.pgettext("chart", "Questions"), answers),
            Block(tr.pgettext("chart", "Checklists by risk"), levels),
        ]
    statuses = tuple((status_label(tr, key), count) for key, count in figures.cases.by_status)
    outcomes = tuple((outcome_label(tr, key), count) for key, count in figures.cases.by_outcome)
    blocks += [
        # TRANSLATORS: a chart's heading: the cases received in the period, by their status today. Keep it short.
        Block(tr.pgettext("chart", "Cases received, by status now"), statuses),
        # TRANSLATORS: a chart's heading: the closes made in the period (whichever case), by outcome. Keep it short.
        Block(tr.pgettext("chart", "Closes in this period, by outcome"), outcomes),
    ]
    if figures.screenings is not None:
        blocks.append(screening_block(tr, figures.screenings, minimum))
    panels = []
    if network is not None:
        people = tuple(week.new_people or 0 for week in weeks)
        questions = tuple(week.questions or 0 for week in weeks)
        panels += [
            Panel(tr.pgettext("chart", "New people"), (_counted("", people),)),
            Panel(tr.pgettext("chart", "Questions asked"), (_counted("", questions),)),
        ]
    opened = _counted(tr.pgettext("chart", "opened"), tuple(week.opened for week in weeks))
    closed = _counted(tr.pgettext("chart", "closed"), tuple(week.closed for week in weeks))
    waits = tuple(week.to_first_reply for week in weeks)
    panels += [
        Panel(tr.pgettext("chart", "Cases"), (opened, closed)),
        Panel(
            tr.pgettext("chart", "Median time to the first reply"),
            (Series("", waits, tuple(_shortduration_words(tr, wait) for wait in waits)),),
        ),
    ]
    period = figures.period
    subtitle: tuple[str, ...] = (f"{period.start.isoformat()} – {period.end.isoformat()}",)
    if network is None:
        subtitle += (tr.gettext("Cases of this chat's organisations only."),)
    return Chart(
        title=tr.pgettext("chart", "Indicators"),
        subtitle=subtitle,
        blocks=tuple(blocks),
        none=tr.gettext("none"),
        trend_title=tr.ngettext(
            "Week by week, the last {count} week", "Week by week, the last {count} weeks", len(weeks)
        ).format(count=len(weeks)),
        trend_note=tr.pgettext("chart", "Each bar: the seven days from the date under it"),
        weeks=tuple(week.period.start.strftime("%d.%m") for week in weeks),
        panels=tuple(panels),
    )


def _counted(name: str, counts: tuple[int, ...]) -> Series:
    return Series(name, tuple(float(count) for count in counts), tuple(str(count) for count in counts))


def _shortduration_words(tr: Translator, minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 120:
        return tr.pgettext("chart", "{count} min").format(count=round(minutes))
    # One decimal under ten hours ("2,5 ч"), written the language's way.
    hours = format_decimal(
        round(minutes / 60, 1) if minutes < 600 else round(minutes / 60), "0.#", tr.language
    )
    return tr.pgettext("chart", "{count} h").format(count=hours)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CommandHandler("stats", show_stats, filters=groups),
        CommandHandler("export", export, filters=groups),
    ]
