"""The job-offer risk checklist: one question a message, progress, back, stop, and a result with next steps."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.checklist import (
    DONE,
    KEYS,
    QUESTIONS,
    Answer,
    Level,
    Result,
    advice,
    asked,
    is_current,
    next_position,
    previous_position,
    question,
    score_checklist,
)
from bot.indicators import AGE_BANDS, GENDERS
from bot.runtime.context import BotContext
from bot.storage import ChecklistProgress
from handlers.common import (
    MENU_CHECK,
    answer_query,
    edit_or_send,
    hotline_block,
    keyboard,
    menu_button,
    menu_only,
    refuse_button,
    reply,
)
from handlers.handoff import START as HANDOFF_START

CHECKLIST = "cl:"
ANSWER = CHECKLIST + "a:"  # cl:a:<question index>:<answer>
BACK = CHECKLIST + "b:"  # cl:b:<question index>
STOP = CHECKLIST + "stop"
RESTART = CHECKLIST + "again"
GENDER = CHECKLIST + "g:"  # cl:g:<female|male|skip>
AGE = CHECKLIST + "age:"  # cl:age:<band|skip>
SKIP = "skip"
log = logging.getLogger(__name__)


def question_view(
    context: BotContext, position: int, answers: Mapping[str, str]
) -> tuple[str, InlineKeyboardMarkup]:
    # The count is of the questions these answers lead to: it shrinks when an answer settles a later one.
    steps = asked(answers)
    progress = context.gettext("Question {number} / {total}").format(
        number=steps.index(position) + 1 if position in steps else len(steps), total=len(steps)
    )
    text = f"{progress}\n\n<b>{context.gettext(QUESTIONS[position].text)}</b>"

    def build() -> InlineKeyboardMarkup:
        # One answer a row: the answers are short sentences, readable on a narrow phone in every language.
        rows = [
            [
                InlineKeyboardButton(
                    context.gettext(option.label),
                    callback_data=f"{ANSWER}{position}:{option.answer.value}",
                )
            ]
            for option in QUESTIONS[position].options
        ]
        # TRANSLATORS: a button that stops the job-offer checklist half-way; shares its row with Back: at most 20 characters.
        controls = [InlineKeyboardButton(context.pgettext("button", "✖ Stop"), callback_data=STOP)]
        if position > 0:  # the first question is never skipped, so every later one has one before it
            controls.insert(
                0,
                # TRANSLATORS: a button back to the previous screen or question; may share a row: at most 20 characters.
                InlineKeyboardButton(context.pgettext("button", "⬅️ Back"), callback_data=f"{BACK}{position}"),
            )
        return InlineKeyboardMarkup([*rows, controls])

    return text, keyboard(context, ("checklist question", position), build)


def level_text(context: BotContext, level: Level) -> str:
    return {
        Level.LOW: context.gettext("🟢 <b>Low risk.</b> Your answers show no serious warning signs."),
        Level.MEDIUM: context.gettext(
            "🟡 <b>Medium risk.</b> Some things need checking before you decide to go."
        ),
        Level.HIGH: context.gettext(
            "🔴 <b>High risk.</b> Please do not go before you talk to someone: call the hotline or "
            "talk to an NGO."
        ),
    }[level]


def flagged_answer(context: BotContext, key: str, answer: str) -> str:
    """One answer that raised the risk, in words, with what to do about it."""
    asked_question = question(key)
    option = asked_question.option(answer)
    label = context.gettext(option.label) if option else ""
    if option is None or option.answer is Answer.UNSURE:
        label = f"{context.gettext(asked_question.text)} {label}"  # "Not sure" alone would not say about what
    return f"• <b>{label}</b>\n{context.gettext(advice(key, answer))}"


def result_view(context: BotContext, result: Result, answers: Mapping[str, str]) -> str:
    """The verdict and what each answer that raised the risk means. The way forward follows in a message of its own
    (way_forward_view), so that on a phone its buttons sit right under the words that point to them."""
    lines = [level_text(context, result.level), ""]
    if not result.flagged:
        lines += [
            context.gettext("Still: keep your passport yourself, and keep the hotline number with you.")
        ]
        return "\n".join(lines)
    lines += [context.gettext("These answers raised the risk. What to do about each:")]
    lines += ["\n\n".join(flagged_answer(context, key, answers[key]) for key in result.flagged)]
    return "\n".join(lines)


def way_forward_view(context: BotContext) -> str:
    """What to do after a result: the hotline, and the button under this message to an organisation."""
    talk = context.gettext("🙋 To talk to an organisation, tap «{button}» under this message.").format(
        button=context.pgettext("button", "🙋 Talk to an NGO")
    )
    return "\n".join([context.gettext("👉 <b>What to do now</b>"), "", hotline_block(context), talk])


def result_rows(context: BotContext) -> list[list[InlineKeyboardButton]]:
    """The result's own buttons, which stay on it while the optional questions below them come and go."""
    return [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "🙋 Talk to an NGO"), callback_data=HANDOFF_START)],
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "🔁 Take it again"), callback_data=RESTART)],
        [menu_button(context)],
    ]


async def start_checklist(update: Update, context: BotContext) -> None:
    """From the menu: continue a checklist in progress where it was left, or start a new one."""
    await answer_query(update)
    person = context.person
    if person is None:
        return
    progress = await context.bot_data.storage.checklist_progress(person.user_id)
    if progress is not None and not is_current(progress.position, progress.answers):
        await start_again(update, context)
        return
    if progress is not None and 0 < progress.position < DONE:
        note = context.gettext("Let us continue where you stopped.")
        text, markup = question_view(context, progress.position, progress.answers)
        await reply(update, context, f"{note}\n\n{text}", markup)
        return
    await context.bot_data.storage.save_checklist_progress(person.user_id, 0, {})
    intro = context.gettext(
        "Let us check the job offer: up to {total} short questions. Press the answer that fits you. "
        "It takes about two minutes. Your answers are not shared with anyone."
    ).format(total=len(asked({})))
    text, markup = question_view(context, 0, {})
    await reply(update, context, f"{intro}\n\n{text}", markup)


async def start_again(update: Update, context: BotContext) -> None:
    """Progress saved by an earlier version of the checklist cannot be continued: say so, and begin again."""
    if context.person is None:
        return
    await context.bot_data.storage.save_checklist_progress(context.person.user_id, 0, {})
    note = context.gettext("The checklist has changed since you began it, so let us start again.")
    text, markup = question_view(context, 0, {})
    await reply(update, context, f"{note}\n\n{text}", markup)


async def restart_checklist(update: Update, context: BotContext) -> None:
    await answer_query(update)
    if context.person is None:
        return
    await context.bot_data.storage.save_checklist_progress(context.person.user_id, 0, {})
    text, markup = question_view(context, 0, {})
    await reply(update, context, text, markup)


async def record_answer(update: Update, context: BotContext) -> None:
    query = update.callback_query
    person = context.person
    assert query is not None and query.data is not None
    if person is None:
        return
    parsed = callbacks.numbered_word(query.data, ANSWER)
    if parsed is None:
        await refuse_button(update, context)
        return
    position, answer_text = parsed
    await apply_answer(update, context, position, answer_text)


async def apply_answer(
    update: Update, context: BotContext, position: int, answer_text: str, *, note: str = ""
) -> None:
    """Record the answer to question `position` and show the next question (after `note`, if any), or the result
    after the last."""
    person = context.person
    if person is None:
        return
    storage = context.bot_data.storage
    if position < DONE and QUESTIONS[position].option(answer_text) is not None:

        def following(answers: dict[str, str]) -> int | None:
            if not is_current(position, answers):
                return None
            after = next_position(answers, position)
            return after if after < DONE else position  # the last answer stays until it is scored

        progress, moved = await storage.answer_checklist(
            person.user_id, position, KEYS[position], answer_text, following
        )
    else:
        progress, moved = await storage.checklist_progress(person.user_id), False
    if progress is not None and not is_current(progress.position, progress.answers):
        await answer_query(update)
        await start_again(update, context)
        return
    if not moved:
        await show_current_question(update, context, progress)
        return
    assert progress is not None
    await answer_query(update)
    if progress.position != position:
        text, markup = question_view(context, progress.position, progress.answers)
        await edit_or_send(update, context, f"{note}\n\n{text}" if note else text, markup)
        return
    result = score_checklist(progress.answers)
    await storage.finish_checklist(
        person.user_id, DONE, context.language, result.level.value, result.flagged, None
    )
    # Three messages, read top to bottom on a phone: the result with what each risky answer means; the way forward
    # with its buttons right under it; then the optional questions, apart, so their buttons are not taken for the
    # way forward's. (A long result once said "tap below" some forty lines above its button.)
    text = result_view(context, result, progress.answers)
    text = f"{note}\n\n{text}" if note else text  # the last answer, typed: which it was counted as
    await edit_or_send(update, context, text)
    await reply(update, context, way_forward_view(context), InlineKeyboardMarkup(result_rows(context)))
    await reply(update, context, _optional_intro(context), InlineKeyboardMarkup(gender_rows(context)))


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


def _optional_intro(context: BotContext) -> str:
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
    await show_optional(update, context, context.gettext("Your age:"), rows, context.gettext("Your age:"))


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


async def show_current_question(
    update: Update, context: BotContext, progress: ChecklistProgress | None
) -> None:
    """A press on an old or already answered question: nothing counts twice; show where the person is."""
    await answer_query(update, context.gettext("That question is already answered."))
    if progress is None or progress.position >= DONE:
        await reply(
            update,
            context,
            context.gettext("This check is finished. You can take it again."),
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                            context.pgettext("button", "🔁 Take it again"),
                            callback_data=RESTART,
                        )
                    ],
                    [menu_button(context)],
                ]
            ),
        )
        return
    text, markup = question_view(context, progress.position, progress.answers)
    await reply(update, context, text, markup)


async def go_back(update: Update, context: BotContext) -> None:
    query = update.callback_query
    person = context.person
    assert query is not None and query.data is not None
    if person is None:
        return
    storage = context.bot_data.storage
    progress = await storage.checklist_progress(person.user_id)
    if progress is not None and not is_current(progress.position, progress.answers):
        await answer_query(update)
        await start_again(update, context)
        return
    pressed = callbacks.numbered(query.data, BACK)
    if pressed is None:
        await refuse_button(update, context)
        return
    await step_back(update, context, progress, pressed)


async def step_back(
    update: Update, context: BotContext, progress: ChecklistProgress | None, pressed: int
) -> None:
    """Back from question `pressed`, if the person is at it and there is a question before; else where they are."""
    previous = (
        previous_position(progress.answers, progress.position)
        if progress is not None and pressed == progress.position < DONE
        else None
    )
    if progress is None or previous is None or context.person is None:
        await show_current_question(update, context, progress)
        return
    await answer_query(update)
    await context.bot_data.storage.save_checklist_progress(context.person.user_id, previous, progress.answers)
    text, markup = question_view(context, previous, progress.answers)
    await edit_or_send(update, context, text, markup)


async def stop_checklist(update: Update, context: BotContext) -> None:
    await answer_query(update)
    text = context.gettext(
        "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later."
    )
    await edit_or_send(update, context, text, menu_only(context))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(start_checklist, pattern=f"^{MENU_CHECK}$"),
        CallbackQueryHandler(record_answer, pattern=f"^{ANSWER}"),
        CallbackQueryHandler(go_back, pattern=f"^{BACK}"),
        CallbackQueryHandler(stop_checklist, pattern=f"^{STOP}$"),
        CallbackQueryHandler(restart_checklist, pattern=f"^{RESTART}$"),
        CallbackQueryHandler(record_gender, pattern=f"^{GENDER}"),
        CallbackQueryHandler(record_age, pattern=f"^{AGE}"),
    ]
