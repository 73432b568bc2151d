"""`/send TOPIC` in reply to a case: a knowledge-base answer to the person, in their language, under who sent it;
`/topics [word]` lists the topics (handlers/topics.py finds them)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.casework import ToPerson, to_person
from bot.runtime.context import BotContext
from handlers.cards import sender_name
from handlers.casecopies import copy_sent_html
from handlers.common import escape
from handlers.forum import case_of_staff_message, send_in_topic
from handlers.labels import language_label
from handlers.questions import answer_for
from handlers.staff import (
    authorised,
    claim_by_writing,
    not_sent_to_ended,
    not_sent_while_hidden,
    say_not_sent,
)
from handlers.toperson import send_to_person
from handlers.topics import choose_topic, topic_list


async def send_topic(update: Update, context: BotContext) -> None:
    """/send <topic id> in reply to a case: the knowledge-base answer, in the person's own language."""
    scope = await authorised(update, context)
    message = update.message
    if scope is None or message is None or update.effective_user is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    if not context.args:
        await message.reply_text(
            tr.gettext("Use /send TOPIC-ID in reply to a case card, e.g. /send passport-safety.")
        )
        return
    # Each mistake is named: an unknown or ambiguous topic, then a message that is not a case's.
    topic = choose_topic(tr, context.bot_data.knowledge, " ".join(context.args))
    if isinstance(topic, str):
        await message.reply_text(topic)
        return
    case = await case_of_staff_message(context, message)
    if case is None:
        await message.reply_text(
            tr.gettext(
                "This is not a reply to a case: reply to a case card or to one of the person's messages with "
                "/send {topic}."
            ).format(topic=topic.id)
        )
        return
    if not scope.covers(case.ngo_id):
        await message.reply_text(
            tr.gettext("Case #{number} is not in this chat's queue.").format(number=case.id)
        )
        return
    if not case.is_open or case.user_id is None:
        await say_not_sent(context, message, case, not_sent_to_ended(tr, case))
        return
    if to_person(hidden=case.hidden_at is not None, by_worker=True) is ToPerson.REFUSE:
        await say_not_sent(context, message, case, not_sent_while_hidden(tr, case))
        return
    person = case.user_id
    case = await claim_by_writing(update, context, tr, case)
    # As the bot would answer the person itself (the 🆘 button the answer may speak of included), under who sent it.
    answer, markup = await answer_for(context, person, case.language, topic)
    tr_person = context.bot_data.catalogs(case.language)
    heading = tr_person.gettext("💬 Sent to you by {organisation}:").format(
        organisation=escape(sender_name(context, case, message.chat_id, case.language))
    )
    sent = f"{heading}\n\n{answer}"
    delivered = await send_to_person(context, case, sent, markup)
    await context.bot_data.storage.add_audit(case.id, update.effective_user.id, f"send:{topic.id}")
    title = topic.text(case.language).title
    if delivered:
        # the other chats see what the person got, as they see a reply written to them, not the command
        await copy_sent_html(context, case, message.chat_id, sent)
        await message.reply_text(
            tr.gettext("Sent to the person in {language}: {title}").format(
                language=language_label(case.language), title=escape(title)
            )
        )


async def list_topics(update: Update, context: BotContext) -> None:
    """/topics [word]: knowledge-base topics with their ids and titles in the staff chat's language."""
    scope = await authorised(update, context)
    if scope is None:
        return
    tr = context.bot_data.catalogs(scope.language)
    for text in topic_list(tr, context.bot_data.knowledge, " ".join(context.args or ())):
        await send_in_topic(update, context, scope.chat_id, text)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    groups = filters.ChatType.GROUPS
    return [
        CommandHandler("send", send_topic, filters=groups),
        CommandHandler("topics", list_topics, filters=groups),
    ]
