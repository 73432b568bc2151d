"""The checklist's two optional, anonymous questions after a result (gender and age band, for the reports), in a
message of their own; about the person whose offer it is when it was someone else's."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden

from bot import callbacks
from bot.checklist import Answer
from bot.checklist_whom import for_other
from bot.indicators import AGE_BANDS, GENDERS
from bot.runtime.context import BotContext
from handlers.checklist_whom import CHECKLIST
from handlers.common import answer_query, refuse_button, reply

GENDER = CHECKLIST + "g:"  # cl:g:<female|male|skip>
AGE = CHECKLIST + "age:"  # cl:age:<band|skip>
SKIP = "skip"
log = logging.getLogger(__name__)


def gender_rows(context: BotContext) -> list[list[InlineKeyboardButton]]:
    """The first optional question's answers, stored only in the anonymous result row, for the reports."""
    return [
        [
            # TRANSLATORS: an answer button in the job-offer checklist; at most 36 characters.
            InlineKeyboardButton(context.pgettext("answer", "A woman"), callback_data=GENDER + "female"),
            # TRANSLATORS: an answer button in the job-offer checklist; at most 36 characters.
            InlineKeyboardButton(context.pgettext("answer", "A man"), callback_data=GENDER + "male"),
        ],
        # TRANSLATORS: a button: do not answer this optional question; at most 36 characters.
        [InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=GENDER + SKIP)],
    ]


def optional_intro(context: BotContext, whom: str | None) -> str:
    if for_other(whom):
        return context.gettext(
            "Two optional questions about the person whose offer it is. The answers are anonymous and only help "
            "the network count whom it reaches. The person is:"
        )
    return context.gettext(
        "Two optional questions. The answers are anonymous and only help the network count whom it reaches. "
        "You are:"
    )


async def show_optional(
    update: Update,
    context: BotContext,
    prompt: str,
    rows: list[list[InlineKeyboardButton]],
    ending: str | None,
) -> None:
    """The next optional question in place of the last one, in their own message (`prompt` says what they ask, on
    the button's spinner; `ending` is the message's new text, None once all are answered: then `prompt`). A message
    that cannot be edited gets them in a new one."""
    await answer_query(update, prompt)
    query = update.callback_query
    markup = InlineKeyboardMarkup(rows) if rows else None
    if query is not None and isinstance(query.message, Message):
        try:
            await query.edit_message_text(ending or prompt, reply_markup=markup)
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return
            log.info("buttons could not be replaced, sending a new message: %s", error)
        except Forbidden:
            return
    await reply(update, context, prompt, markup)


async def record_gender(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    value = callbacks.word(query.data, GENDER)
    if value not in (*GENDERS, SKIP):
        await refuse_button(update, context)
        return
    if context.person is None:
        await answer_query(update)
        return
    storage = context.bot_data.storage
    if value != SKIP:
        await storage.describe_last_result(context.person.user_id, gender=value)
    progress = await storage.checklist_progress(context.person.user_id)
    if progress is not None and progress.answers.get("age") == Answer.YES:
        # They said they are under 18: their age band is known, and asking it again reads as not listening.
        await storage.describe_last_result(context.person.user_id, age_band="under18")
        await show_optional(update, context, context.gettext("Thank you."), [], None)
        return
    labels = {
        # TRANSLATORS: an answer button in the job-offer checklist; at most 36 characters.
        "under18": context.pgettext("answer", "Under 18"),
        "18-24": "18–24",
        "25-34": "25–34",
        "35-44": "35–44",
        # TRANSLATORS: an answer button in the job-offer checklist; at most 36 characters.
        "45plus": context.pgettext("answer", "45 or older"),
    }
    # "I am 18 or older" at the first question: the bands of an adult only, never "Under 18" again
    adult = progress is not None and progress.answers.get("age") == Answer.NO
    bands = [band for band in AGE_BANDS if not (adult and band == "under18")]
    rows = [[InlineKeyboardButton(labels[band], callback_data=AGE + band)] for band in bands]
    # TRANSLATORS: a button: do not answer this optional question; at most 36 characters.
    rows.append([InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=AGE + SKIP)])
    asking = context.gettext("The person's age:") if progress and for_other(progress.whom) else ""
    asking = asking or context.gettext("Your age:")
    await show_optional(update, context, asking, rows, asking)


async def record_age(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    value = callbacks.word(query.data, AGE)
    if value not in (*AGE_BANDS, SKIP):
        await refuse_button(update, context)
        return
    if context.person is None:
        await answer_query(update)
        return
    if value != SKIP:
        await context.bot_data.storage.describe_last_result(context.person.user_id, age_band=value)
    await show_optional(update, context, context.gettext("Thank you."), [], None)
