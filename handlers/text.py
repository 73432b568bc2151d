"""Free text in a private chat goes to exactly one place: a step of a hand-off request that waits for typing,
the person's open case, or the knowledge base."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.context import BotContext
from bot.handoff import QUESTION
from handlers import handoff, questions


async def route_text(update: Update, context: BotContext) -> None:
    message = update.message
    person = context.person
    if message is None or message.text is None or person is None:
        return
    storage = context.bot_data.storage
    draft, open_case = await storage.draft_and_open_case(person.user_id)
    if handoff.text_step_waiting(draft):
        assert draft is not None
        await handoff.receive_text(update, context, draft, message.text)
        return
    if draft is not None and draft.step == QUESTION:
        # "Ask a question" was pressed while a case is open: this one text goes to the knowledge base.
        await storage.delete_draft(person.user_id)
    elif open_case is not None:
        await handoff.relay_to_case(update, context, open_case, message.text)
        return
    await questions.answer_question(update, context)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, route_text)]
