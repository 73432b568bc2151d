"""The chat of a specialist who is no longer on the roster, while the bot still has their ended requests there: it
is not left in silence. A button pressed there, a command, or a reply to the bot is answered, in the specialist's
language, that they are no longer on the roster and nothing was sent; anything else is ignored. Their cases' staff
were told at start (bot/storage/specialists.py, handlers/specialist_requests.py)."""

from __future__ import annotations

from telegram import Update

from bot.runtime.context import BotContext
from bot.storage import SpecialistRequest
from handlers.common import answer_query
from handlers.specialist_requests import left_roster_line, request_translator


async def former_specialist_chat(context: BotContext, chat_id: int) -> SpecialistRequest | None:
    """The newest request that ended in this chat (as configured) because its specialist left the roster, if any."""
    return await context.bot_data.storage.held_in_chat_by_former(chat_id)


async def answer_former_specialist(update: Update, context: BotContext, request: SpecialistRequest) -> None:
    """What reaches the bot from a former specialist's chat: nothing goes further, and they are told so."""
    line = left_roster_line(request_translator(context, request))
    if update.callback_query is not None:
        await answer_query(update, line)
        return
    message = update.message
    if message is None:
        return
    replied = message.reply_to_message
    to_the_bot = (
        replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id
    )
    if to_the_bot or (message.text or "").startswith("/"):
        await message.reply_text(line)
