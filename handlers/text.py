"""Free text in a private chat goes to exactly one place: a step of a hand-off request that waits for typing, the
person's open case, a checklist question answered (or left, or stepped back from) in words, or the knowledge base.
Typed Stop or Cancel words end a request in progress as its Cancel button does. Danger is looked for first, so
that a message that signals it is answered as danger wherever it goes."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.checklist import typed_answer, typed_job
from bot.controls import Control, typed_control
from bot.handoff import QUESTION, REQUEST, danger_told
from bot.handoff_words import typed_choice
from bot.runtime.context import BotContext
from handlers import checklist, crisis, handoff, questions, reopen


async def route_text(update: Update, context: BotContext) -> None:
    message = update.message
    person = context.person
    if message is None or message.text is None or person is None:
        return
    text = message.text
    storage = context.bot_data.storage
    draft, open_case = await storage.draft_and_open_case(person.user_id)
    danger = context.danger_in(text)
    control = typed_control(text)
    if control is Control.STOP and draft is not None and draft.purpose == REQUEST:
        await handoff.cancel_request(update, context)  # what its ✖ Cancel does, at any step of the request
        return
    if handoff.text_step_waiting(draft):
        assert draft is not None
        if danger is not None and draft.step != "message":
            # Danger typed where a phone number or a time was asked: answered as danger, the words kept for the
            # request, which waits at the same step (the 🆘 on the reply reaches the hotline team at once)
            await storage.save_draft(danger_told(draft, text))
            await crisis.answer_danger(update, context, danger, None)
            return
        if danger is not None:
            draft = replace(draft, urgent=True)  # the request goes to staff marked urgent
        await handoff.receive_text(update, context, draft, text)
        return
    choice = typed_choice(draft.step, text) if draft is not None and draft.purpose == REQUEST else None
    if choice is not None and danger is None:
        assert draft is not None
        await handoff.take_typed_choice(update, context, draft, choice)  # what its button does
        return
    if draft is not None and draft.purpose == QUESTION:
        # "Ask a question" was pressed while a case is open: this one text goes to the knowledge base.
        await storage.delete_draft(person.user_id)
    elif open_case is not None:
        if danger is not None:
            await crisis.relay_danger(update, context, open_case, text, danger)
        else:
            await handoff.relay_to_case(update, context, open_case, text)
        return
    answer = typed_answer(text)
    if answer is not None and await checklist.answer_in_words(update, context, answer):
        return
    if control is not None and await checklist.control_in_words(update, context, control):
        return
    job = typed_job(text)
    if job is not None and await checklist.job_in_words(update, context, job):
        return
    if danger is None and await reopen.offer_undo(update, context, text):
        return  # written just after withdrawing: maybe "I pressed wrong", and it reached nobody
    offer = questions.answer_in_written_language(context, text)
    if danger is not None:
        match = context.bot_data.matcher.match(text)
        await storage.count_question(context.language, match.topic, match.confident)
        topic = context.bot_data.knowledge[match.topic] if match.topic else None
        await crisis.answer_danger(update, context, danger, topic, offer)
        return
    await questions.answer_question(update, context, offer)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, route_text)]
