"""The checklist's words on whom the offer is for (bot/checklist_whom.py): "Who is the offer for?" before the first
question, and for someone else's offer, the verdict and the way forward said to the one helping them."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.checklist import Level
from bot.checklist_whom import Whom
from bot.runtime.context import BotContext
from handlers.common import hotline_block, keyboard

CHECKLIST = "cl:"
STOP = CHECKLIST + "stop"
WHOM = CHECKLIST + "w:"  # cl:w:<me|other>


def whom_view(context: BotContext) -> tuple[str, InlineKeyboardMarkup]:
    """ "Who is the offer for?", with its two answers and Stop."""

    def build() -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                # TRANSLATORS: an answer to "Who is the offer for?" in the job-offer checklist; at most 36 characters.
                [InlineKeyboardButton(context.pgettext("answer", "For me"), callback_data=WHOM + Whom.SELF)],
                [
                    InlineKeyboardButton(
                        # TRANSLATORS: an answer to "Who is the offer for?": a relative's or friend's offer; at most 36 characters.
                        context.pgettext("answer", "For someone close to me"),
                        callback_data=WHOM + Whom.OTHER,
                    )
                ],
                # TRANSLATORS: a button that stops the job-offer checklist half-way; shares its row with Back: at most 20 characters.
                [InlineKeyboardButton(context.pgettext("button", "✖ Stop"), callback_data=STOP)],
            ]
        )

    asked = context.gettext("Who is the offer for?")
    text = f"<b>{asked}</b>"
    return text, keyboard(context, ("checklist whom",), build)


def whom_note(context: BotContext, whom: Whom) -> str:
    """Said above the first question once whom the offer is for is known."""
    if whom is Whom.OTHER:
        return context.gettext("Answer for the person, as far as you know.")
    return context.gettext("Press the answer that fits you.")


def for_other_intro(context: BotContext, total: int) -> str:
    return context.gettext(
        "Let us check the job offer of the person close to you: up to {total} short questions, about two minutes. "
        "Answer for them as far as you know. Your answers are not shared with anyone."
    ).format(total=total)


def level_for_other(context: BotContext, level: Level) -> str:
    return {
        Level.LOW: context.gettext("🟢 <b>Low risk.</b> The answers show no serious warning signs."),
        Level.MEDIUM: context.gettext(
            "🟡 <b>Medium risk.</b> Some things need checking before the person decides to go."
        ),
        Level.HIGH: context.gettext(
            "🔴 <b>High risk.</b> The person should not go before talking to someone: call the hotline, together "
            "if you can, or talk to an NGO."
        ),
    }[level]


def way_forward_for_other(context: BotContext) -> str:
    """What the one helping can do: talk with the person, call the hotline (for them too), an organisation, and the
    answer on helping someone else, under this message."""
    talk = context.gettext("🙋 To talk to an organisation, tap «{button}» under this message.").format(
        button=context.pgettext("button", "🙋 Talk to an NGO")
    )
    return "\n".join(
        [
            context.gettext("👉 <b>What you can do now</b>"),
            "",
            context.gettext(
                "Talk it over with the person calmly, without blame: go through these answers together, and ask "
                "them to check the offer before they decide."
            ),
            "",
            hotline_block(context),
            context.gettext("The hotline also advises relatives and friends: you may call about them."),
            talk,
        ]
    )
