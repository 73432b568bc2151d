"""The buttons that lead from a reply to a topic of the knowledge base, or to a person; the date under an answer."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot.knowledge import Topic
from bot.runtime.context import BotContext
from handlers.handoff import START as HANDOFF_START

TOPIC = "kb:"


def topic_buttons(context: BotContext, topics: list[Topic]) -> list[list[InlineKeyboardButton]]:
    return [
        [InlineKeyboardButton("📄 " + t.text(context.language).title, callback_data=TOPIC + t.id)]
        for t in topics
    ]


def person_button(context: BotContext) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        context.pgettext("button", "🙋 Talk to a person"),
        callback_data=HANDOFF_START,
    )


def checked_on(context: BotContext, topic: Topic) -> str:
    """The line under an answer stating rules that change: the day they were checked, as a destination pack has it
    (tester Y#11: the E-9 and US-lottery rules had no date, while the packs beside them did)."""
    if topic.checked is None:
        return ""
    return "\n\n<i>" + context.gettext("Checked on {date}.").format(date=topic.checked.isoformat()) + "</i>"
