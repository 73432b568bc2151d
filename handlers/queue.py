"""/queue: a staff chat's open and claimed cases, urgent first, each with how long it has waited for staff."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from bot.textpieces import MAX_MESSAGE_UNITS, utf16_units
from handlers.cards import held_by_hotline_team
from handlers.common import escape
from handlers.elsewhere import country_shown
from handlers.forum import card_link, send_in_topic, topic_of_update
from handlers.labels import duration_label, language_label, place_label, service_label
from handlers.staff import authorised


def _since(tr: Translator, at: int, now: int) -> str:
    return duration_label(tr, (now - at) // 60)


async def _how_long(context: BotContext, tr: Translator, case: Case, now: int) -> str:
    """An open case waits since it became unclaimed (it came, or was unclaimed or moved); a claimed one is timed
    from its holder's last reply, or from the claim."""
    if case.status != "claimed" or case.claimed_at is None:
        waiting = case.waiting_since if case.waiting_since is not None else case.created_at
        return tr.gettext("waiting {time}").format(time=_since(tr, waiting, now))
    replied = await context.bot_data.storage.staff_last_wrote(case.id)
    if replied is not None and replied >= case.claimed_at:
        if now - replied < 60:
            return tr.gettext("last reply just now")
        return tr.gettext("last reply {time} ago").format(time=_since(tr, replied, now))
    if now - case.claimed_at < 60:
        return tr.gettext("claimed just now, no reply since")
    return tr.gettext("claimed {time} ago, no reply since").format(time=_since(tr, case.claimed_at, now))


def _holder(context: BotContext, tr: Translator, case: Case) -> str:
    """Who has the case, for the coordinators' queue of every organisation's cases: the organisation's name, or the
    hotline team and where the person is (the velayat, or the country abroad)."""
    ngo = context.bot_data.directory.get(case.ngo_id) if case.ngo_id else None
    if ngo is not None:
        return escape(ngo.text("name", tr.language))
    if case.ngo_id is not None:
        return escape(case.ngo_id)  # an organisation the directory no longer lists
    country = country_shown(tr, context.bot_data.countries, case.country)
    team = tr.pgettext("sender", "Hotline team")
    if case.velayat is None and country is None:
        return team  # an SOS tells no place: nothing to show
    return f"{team} ({place_label(tr, case.velayat, country, case.home_velayat)})"


def _what(tr: Translator, case: Case) -> str | None:
    """The help asked for; for an SOS, which asks nothing, that it is one."""
    if case.need:
        return service_label(tr, case.need)
    # TRANSLATORS: in /queue, in place of the help needed: the person pressed SOS and asked for nothing else.
    return tr.pgettext("queue", "SOS request") if case.urgent else None


async def show_queue(update: Update, context: BotContext) -> None:
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    cases = await context.bot_data.storage.queue(scope.ngo_ids)
    if not cases:
        await send_in_topic(update, context, scope.chat_id, tr.gettext("The queue is empty."))
        return
    now = context.bot_data.storage.now()
    lines = [tr.gettext("<b>Queue</b>: {count}").format(count=len(cases))]
    for case in cases[:50]:
        mark = "🆘" if case.urgent else "•"
        state = (
            tr.gettext("claimed by {name} of the hotline team").format(
                name=escape(case.claimed_by_name or "?")
            )
            if held_by_hotline_team(case)
            else tr.gettext("claimed by {name}").format(name=escape(case.claimed_by_name or "?"))
            if case.status == "claimed"
            else tr.gettext("open")
        )
        what = _what(tr, case)
        link = await card_link(context, case, scope.chat_id)
        number = f'<a href="{link}">#{case.id}</a>' if link else f"#{case.id}"
        # The coordinators see every organisation's cases: whose each one is, so that they know whom to call
        holder = f"{_holder(context, tr, case)} · " if scope.ngo_ids is None else ""
        lines.append(
            f"{mark} {number} · {holder}{state} · "
            + (f"{what} · " if what else "")
            + f"{language_label(case.language)} · "
            + await _how_long(context, tr, case, now)
        )
    for text in _messages(lines):
        await context.bot.send_message(
            scope.chat_id,
            text,
            message_thread_id=topic_of_update(update),
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )


def _messages(lines: list[str]) -> list[str]:
    """The lines in as few messages as Telegram's limit allows, each line whole (a link or a tag never cut)."""
    messages: list[str] = []
    for line in lines:
        if messages and utf16_units(messages[-1]) + 1 + utf16_units(line) <= MAX_MESSAGE_UNITS:
            messages[-1] += "\n" + line
        else:
            messages.append(line)
    return messages


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CommandHandler("queue", show_queue, filters=filters.ChatType.GROUPS)]
