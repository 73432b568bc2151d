"""/queue: a staff chat's open and claimed cases, urgent first, each with how long it has waited for staff."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.common import escape
from handlers.forum import card_link, send_in_topic, topic_of_update
from handlers.labels import language_label, service_label
from handlers.staff import authorised


def _since(tr: Translator, at: int, now: int) -> str:
    minutes = max(0, (now - at) // 60)
    if minutes < 120:
        return tr.ngettext("{count} minute", "{count} minutes", minutes).format(count=minutes)
    hours = minutes // 60
    return tr.ngettext("{count} hour", "{count} hours", hours).format(count=hours)


async def _how_long(context: BotContext, tr: Translator, case: Case, now: int) -> str:
    """An open case waits since it came; a claimed one is timed from its holder's last reply, or from the claim."""
    if case.status != "claimed" or case.claimed_at is None:
        return tr.gettext("waiting {time}").format(time=_since(tr, case.created_at, now))
    replied = await context.bot_data.storage.staff_last_wrote(case.id)
    if replied is not None and replied >= case.claimed_at:
        return tr.gettext("last reply {time} ago").format(time=_since(tr, replied, now))
    return tr.gettext("claimed {time} ago, no reply since").format(time=_since(tr, case.claimed_at, now))


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
            tr.gettext("claimed by {name}").format(name=escape(case.claimed_by_name or "?"))
            if case.status == "claimed"
            else tr.gettext("open")
        )
        need = service_label(tr, case.need) if case.need else "—"
        link = await card_link(context, case, scope.chat_id)
        number = f'<a href="{link}">#{case.id}</a>' if link else f"#{case.id}"
        lines.append(
            f"{mark} {number} · {state} · {need} · {language_label(case.language)} · "
            + await _how_long(context, tr, case, now)
        )
    await context.bot.send_message(
        scope.chat_id,
        "\n".join(lines),
        message_thread_id=topic_of_update(update),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [CommandHandler("queue", show_queue, filters=filters.ChatType.GROUPS)]
