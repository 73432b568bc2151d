"""What a person says of an alarm of their own (bot/nlp/after_alarm.py): 🆘 pressed by mistake is answered with what
really happened (nothing sent, or the request open and how to withdraw it), and "no, I'm fine, just tired" after a
danger reply with a short warm line that keeps 🆘 a tap away; "please" alone after one is read as the plea for help it
is. The danger reply was given this hour (handlers/crisis.answer_danger notes it, handlers/told.forget_told drops
it)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.nlp.after_alarm import only_a_plea, pressed_by_mistake, says_all_right
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.common import menu_button, menu_only, reply, sos_button
from handlers.opencase import WITHDRAW


async def nothing_sent(update: Update, context: BotContext, text: str) -> bool:
    """ "ой я случайно нажала, отмените" with no request open: nothing was sent, said plainly, and the menu."""
    if not pressed_by_mistake(text):
        return False
    await reply(
        update,
        context,
        context.gettext(
            "Nothing was sent: no request was made, and nobody was told about you. If you ever need help, 🆘 is "
            "in the menu."
        ),
        menu_only(context),
    )
    return True


async def open_by_mistake(update: Update, context: BotContext, case: Case, text: str) -> bool:
    """ "I pressed it by mistake, cancel" on an open request (already relayed to its staff): the request is open, and
    here is how to withdraw it, which asks once more before it does."""
    if not pressed_by_mistake(text):
        return False
    withdraw = InlineKeyboardButton(context.pgettext("button", "Withdraw my request"), callback_data=WITHDRAW)
    await reply(
        update,
        context,
        context.gettext(
            "Your request #{number} is open, and the team can already see it. If you pressed 🆘 by mistake and "
            "need no help, withdraw it with the button below. If you are in danger, keep it."
        ).format(number=case.id),
        InlineKeyboardMarkup([[withdraw], [menu_button(context)]]),
    )
    return True


def _danger_answered(context: BotContext) -> bool:
    """The bot answered danger the person told this hour (handlers/told.note_danger_answered)."""
    person = context.person
    data = context.bot_data
    return person is not None and data.danger_answered.get(person.user_id, data.storage.now()) is not None


def pleads_after_danger(context: BotContext, text: str) -> bool:
    """ "please", "пожалуйста", "haýyş" alone this hour after a danger reply ("help", then nothing answered): a plea
    for help, to be answered as the call for help it repeats."""
    return only_a_plea(text) and _danger_answered(context)


async def all_right_after_danger(update: Update, context: BotContext, text: str) -> bool:
    """ "yok yok men gowy, diňe ýadadym", "i'm fine lol" this hour after any danger reply (self-harm, violence,
    confinement ...): glad, and 🆘 still a tap away."""
    if not _danger_answered(context) or not says_all_right(text):
        return False
    await reply(
        update,
        context,
        context.gettext(
            "I am glad you are all right. If anything changes, write to me here at any time, or tap 🆘 and a "
            "person from the hotline team will write to you."
        ),
        InlineKeyboardMarkup([[sos_button(context)], [menu_button(context)]]),
    )
    return True
