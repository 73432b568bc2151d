"""A message that signals danger is answered as danger before it is answered as a question: the words say so, the
hotline numbers come first, and the way to a person is on the message itself. The matched topic comes after."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.countries import Country
from bot.knowledge import Topic
from bot.nlp.crisis import CrisisKind
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.abroad import country_named_or_kept, with_country
from handlers.common import hotline_block, reply, sos_button
from handlers.handoff import PSYCHOLOGIST, relay_to_case
from handlers.handoff import START as HANDOFF_START
from handlers.hide import hide_button
from handlers.questions import topic_buttons, with_language_offer
from handlers.sos import danger_now_line, escalate


def acknowledgement(context: BotContext, kind: CrisisKind) -> str:
    """The first line: the danger in plain words, and that it is not the person's fault."""
    lines = {
        CrisisKind.CONFINEMENT: context.gettext(
            "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not "
            "your fault."
        ),
        CrisisKind.VIOLENCE: context.gettext(
            "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
        ),
        CrisisKind.SEXUAL: context.gettext(
            "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault."
        ),
        # often a child writing about being taken abroad to work (bot/nlp/crisis_sending.py): what to do, plainly
        CrisisKind.CHILD: context.gettext(
            "⚠️ A child in danger needs help at once, and it is not the child's fault. If you are under 18 and "
            "someone wants to take you away to work, do not go: tell an adult you trust and call the hotline."
        ),
        CrisisKind.STRANDED: context.gettext(
            "⚠️ Being stranded without money, documents or a place to stay is dangerous. You can get help."
        ),
        CrisisKind.HELP: context.gettext(
            "⚠️ You asked for help. You are not alone: here is how to get it now."
        ),
    }
    return lines[kind]


async def answer_danger(
    update: Update, context: BotContext, kind: CrisisKind, topic: Topic | None, offer: str | None = None
) -> None:
    """Numbers and a person first; the matched topic's advice only as a button after them."""
    message = update.effective_message
    # "меня бьют, я в Стамбуле": the country the message names gives the emergency number, kept or not
    country = country_named_or_kept(context, (message.text or message.caption) if message else None)
    if kind is CrisisKind.SELF_HARM:
        await _answer_self_harm(update, context, country, offer)
        return
    text = "\n\n".join(
        [
            acknowledgement(context, kind),
            hotline_block(context),
            danger_now_line(context, country),
            context.gettext(
                "Tap 🆘 and a person from the hotline team will write to you here. Only your language and "
                "this chat are shared."
            ),
        ]
    )
    rows = [
        [sos_button(context)],
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "🙋 Talk to a person"),
                callback_data=HANDOFF_START,
            )
        ],
        *(topic_buttons(context, [topic]) if topic is not None else []),
        [hide_button(context)],
    ]
    markup = with_country(InlineKeyboardMarkup(rows), context, country)
    await reply(update, context, text, with_language_offer(markup, context, offer))


async def _answer_self_harm(
    update: Update, context: BotContext, country: Country | None, offer: str | None = None
) -> None:
    text = "\n\n".join(
        [
            context.gettext(
                "💙 I am sorry you are going through this. You matter, and you do not have to face it alone."
            ),
            context.gettext(
                "Please talk to someone today. The hotline listens, in confidence, at any hour it is open:"
            ),
            hotline_block(context),
            context.gettext(
                "The organisations of our network have psychologists who can talk with you, here in this chat "
                "or in person. It is free and confidential."
            ),
            _self_harm_emergency(context, country),
        ]
    )
    rows = [
        [sos_button(context)],
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "💬 Talk to a psychologist"),
                callback_data=PSYCHOLOGIST,
            )
        ],
        [hide_button(context)],
    ]
    await reply(update, context, text, with_language_offer(InlineKeyboardMarkup(rows), context, offer))


def _self_harm_emergency(context: BotContext, country: Country | None) -> str:
    if country is not None and country.emergency:
        return context.gettext(
            "If you might harm yourself soon, call {number} now, or go to people you trust and stay with them."
        ).format(number=country.emergency)
    return context.gettext(
        "If you might harm yourself soon, call the local emergency number now, or go to people you "
        "trust and stay with them."
    )


async def relay_danger(update: Update, context: BotContext, case: Case, text: str, kind: CrisisKind) -> None:
    """On an open case: the message goes to staff marked urgent, the case becomes urgent, and the person gets the
    numbers again."""
    await relay_to_case(update, context, case, text, urgent=True)
    await escalate(update, context, case, reason="message")
    if kind is CrisisKind.SELF_HARM:
        await _answer_self_harm(update, context, country_named_or_kept(context, text))
