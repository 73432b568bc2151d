"""The screening figures in /stats and the weekly report: counts only, small ones shown as "<N" (see
bot/screening_figures.py)."""

from __future__ import annotations

from bot.chart import Block
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.screening import UNKNOWN
from bot.screening_figures import Counts, ScreeningFigures, cell
from handlers.common import escape
from handlers.labels import outcome_label
from handlers.screening_words import form_label, option_label
from handlers.specialist_labels import role_label


def screening_lines(context: BotContext, tr: Translator, figures: ScreeningFigures) -> list[str]:
    minimum = context.bot_data.config.indicators.min_cell_size

    def shown(count: int) -> str:
        return escape(cell(count, minimum))  # "<5" is HTML to Telegram unless escaped

    def listed(key: str, counts: Counts) -> str:
        if not counts:
            return "—"
        return " · ".join(
            f"{escape(_label(context, tr, key, value))} {shown(count)}" for value, count in counts
        )

    return [
        tr.gettext("🔎 Screenings done: {count}; persons identified as trafficked: {identified}").format(
            count=shown(figures.done), identified=shown(figures.identified)
        ),
        tr.gettext("By form of exploitation: {list}").format(list=listed("purpose", figures.by_form)),
        tr.gettext("By destination: {list}").format(list=listed("country", figures.by_country)),
        tr.gettext("By sex: {list}").format(list=listed("sex", figures.by_sex)),
        tr.gettext("By age: {list}").format(list=listed("age", figures.by_age)),
        tr.gettext("Assistance given to them: {list}").format(list=listed("assistance", figures.assistance)),
        tr.gettext("🧑‍⚕️ Specialist consultations by role, asked / given: {list}").format(
            list=" · ".join(
                f"{role_label(tr, role)} {shown(asked)} / {shown(given)}"
                for role, asked, given in figures.consultations
            )
            or "—"
        ),
    ]


def _label(context: BotContext, tr: Translator, key: str, value: str) -> str:
    if key == "assistance":
        return outcome_label(tr, value)
    if value == UNKNOWN:
        return tr.pgettext("screening", "unknown")
    return option_label(context, tr, key, value)


def screening_block(tr: Translator, figures: ScreeningFigures, minimum: int) -> Block:
    """The chart's bars: screenings done, persons identified and their forms of exploitation; a bar from 1 to
    `minimum - 1` is left out rather than drawn."""
    bars = [
        (tr.pgettext("chart", "screenings done"), figures.done),
        (tr.pgettext("chart", "identified as trafficked"), figures.identified),
        *((form_label(tr, form), count) for form, count in figures.by_form),
    ]
    shown = tuple((label, count) for label, count in bars if count == 0 or count >= minimum)
    return Block(tr.pgettext("chart", "Screenings"), shown)
