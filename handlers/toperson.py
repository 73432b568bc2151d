"""Writing to the person of a case, from staff or about the case's news: one place that knows a person who blocked
the bot (noted on the case and its cards, never retried in a loop) and a chat the person hid (nothing of the case
is sent, bot.casework.to_person)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from bot.casework import ToPerson, to_person
from bot.runtime.context import BotContext
from bot.storage import Case
from bot.textpieces import MAX_MESSAGE_UNITS, split_text, utf16_units
from handlers.cards import refresh_card, sender_name
from handlers.common import escape, send_private

log = logging.getLogger(__name__)


async def send_to_person(
    context: BotContext, case: Case, text: str, markup: InlineKeyboardMarkup | None = None
) -> bool:
    """Write to the person of a case; a person who blocked the bot is noted on the case, never retried in a loop."""
    message_id, _ = await write_to_person(context, case, text, markup)
    return message_id is not None


async def person_blocked(context: BotContext, case: Case) -> None:
    """The person of a case blocked the bot: noted on the case and shown on its card, never retried in a loop."""
    log.info("case %s: the person has blocked the bot", case.id)
    if case.user_id is not None and not await context.bot_data.storage.mark_person_blocked(case.user_id):
        return  # known already (a notice just failed the same way): every card says so
    updated = await context.bot_data.storage.case(case.id)
    if updated is not None:
        await refresh_card(context, updated)


async def write_signed(context: BotContext, case: Case, written_in: int, text: str) -> list[int | None]:
    """A worker's words to the person, signed by the team of the chat `written_in` (the hotline team's words never
    under an NGO's name), in as many messages as they need: each one's id, None for one not sent."""
    sender = escape(sender_name(context, case, written_in, case.language, signature=True))
    heading = f"💬 <b>{sender}</b>:"
    return [
        (await write_to_person(context, case, f"{heading}\n{escape(piece)}"))[0]
        for piece in split_text(text, MAX_MESSAGE_UNITS - utf16_units(heading) - 1)
    ]


async def write_to_person(
    context: BotContext, case: Case, text: str, markup: InlineKeyboardMarkup | None = None
) -> tuple[int | None, bool]:
    """(the message id or None, whether trying again is pointless: sent, no person, blocked, or the chat hidden:
    the case's news is then dropped, bot.casework.to_person; a worker's own words were refused before this)."""
    if case.user_id is None:
        return None, True
    if to_person(hidden=case.hidden_at is not None, by_worker=False) is not ToPerson.SEND:
        log.info("case %s: the person hid the chat; nothing was sent to them", case.id)
        return None, True
    try:
        message_id = await send_private(context, case.user_id, text, markup)
    except Forbidden:
        await person_blocked(context, case)
        return None, True
    except TelegramError as error:
        log.warning("case %s: could not write to the person (%s)", case.id, error)
        return None, False
    return message_id, True
