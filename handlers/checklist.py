"""The job-offer risk checklist: one question a message, progress, back, stop, and a result with next steps."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.checklist import KEYS, MAX_ADVICE, QUESTIONS, Answer, Level, Result, question, score_checklist
from bot.context import BotContext
from bot.indicators import AGE_BANDS, GENDERS
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
DONE = len(QUESTIONS)
ANSWER_VALUES = frozenset(answer.value for answer in Answer)


def answer_label(context: BotContext, answer: Answer) -> str:
    return {
        Answer.YES: context.pgettext("answer", "Yes"),
        Answer.NO: context.pgettext("answer", "No"),
        Answer.UNSURE: context.pgettext("answer", "Not sure"),
    }[answer]


def question_view(context: BotContext, position: int) -> tuple[str, InlineKeyboardMarkup]:
    progress = context.gettext("Question {number} / {total}").format(
        number=position + 1, total=len(QUESTIONS)
    )
    text = f"{progress}\n\n<b>{context.gettext(QUESTIONS[position].text)}</b>"

    def build() -> InlineKeyboardMarkup:
        answers = [
            InlineKeyboardButton(answer_label(context, a), callback_data=f"{ANSWER}{position}:{a.value}")
            for a in Answer
        ]
        controls = [InlineKeyboardButton(context.pgettext("button", "✖ Stop"), callback_data=STOP)]
        if position > 0:
            controls.insert(
                0,
                InlineKeyboardButton(context.pgettext("button", "⬅️ Back"), callback_data=f"{BACK}{position}"),
            )
        return InlineKeyboardMarkup([answers, controls])

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


def result_view(context: BotContext, result: Result) -> tuple[str, InlineKeyboardMarkup]:
    lines = [level_text(context, result.level)]
    if result.flagged:
        lines += ["", context.gettext("What to do:")]
        lines += ["• " + context.gettext(question(key).advice) for key in result.flagged[:MAX_ADVICE]]
    else:
        lines += [
            "",
            context.gettext("Still: keep your passport yourself, and keep the hotline number with you."),
        ]
    lines += ["", hotline_block(context)]
    rows = [
        [InlineKeyboardButton(context.pgettext("button", "🙋 Talk to an NGO"), callback_data=HANDOFF_START)],
        [InlineKeyboardButton(context.pgettext("button", "🔁 Take it again"), callback_data=RESTART)],
        [menu_button(context)],
    ]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def start_checklist(update: Update, context: BotContext) -> None:
    """From the menu: continue a checklist in progress where it was left, or start a new one."""
    await answer_query(update)
    person = context.person
    if person is None:
        return
    progress = await context.bot_data.storage.checklist_progress(person.user_id)
    if progress is not None and 0 < progress.position < DONE:
        note = context.gettext("Let us continue where you stopped.")
        text, markup = question_view(context, progress.position)
        await reply(update, context, f"{note}\n\n{text}", markup)
        return
    await context.bot_data.storage.save_checklist_progress(person.user_id, 0, {})
    intro = context.gettext(
        "Let us check the job offer: {total} short questions, answer Yes, No or Not sure. "
        "It takes about two minutes. Your answers are not shared with anyone."
    ).format(total=len(QUESTIONS))
    text, markup = question_view(context, 0)
    await reply(update, context, f"{intro}\n\n{text}", markup)


async def restart_checklist(update: Update, context: BotContext) -> None:
    await answer_query(update)
    if context.person is None:
        return
    await context.bot_data.storage.save_checklist_progress(context.person.user_id, 0, {})
    text, markup = question_view(context, 0)
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


async def answer_in_words(update: Update, context: BotContext, answer: Answer) -> bool:
    """An answer typed instead of pressed ("да", "ýok", "not sure") counts for the question the person is at;
    False when no checklist is in progress."""
    if context.person is None:
        return False
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    if progress is None or progress.position >= DONE:
        return False
    await apply_answer(update, context, progress.position, answer.value)
    return True


async def apply_answer(update: Update, context: BotContext, position: int, answer_text: str) -> None:
    """Record the answer to question `position` and show the next question, or the result after the last."""
    person = context.person
    if person is None:
        return
    storage = context.bot_data.storage
    if position < DONE and answer_text in ANSWER_VALUES:
        following = min(position + 1, DONE - 1)  # the last answer stays until it is scored
        progress, moved = await storage.answer_checklist(
            person.user_id, position, KEYS[position], answer_text, following
        )
    else:
        progress, moved = await storage.checklist_progress(person.user_id), False
    if not moved:
        await show_current_question(update, context, progress.position if progress else None)
        return
    assert progress is not None
    await answer_query(update)
    if position + 1 < DONE:
        text, markup = question_view(context, position + 1)
        await edit_or_send(update, context, text, markup)
        return
    result = score_checklist({key: Answer(value) for key, value in progress.answers.items()})
    await storage.finish_checklist(
        person.user_id, DONE, context.language, result.level.value, result.flagged, None
    )
    text, markup = result_view(context, result)
    await edit_or_send(update, context, text, markup)
    await ask_gender(update, context)


async def ask_gender(update: Update, context: BotContext) -> None:
    """Two optional questions after the result, stored only in the anonymous result row, for the reports."""
    text = context.gettext(
        "Two optional questions. The answers are anonymous and only help the network count whom it reaches. "
        "You are:"
    )
    rows = [
        [
            InlineKeyboardButton(context.pgettext("answer", "A woman"), callback_data=GENDER + "female"),
            InlineKeyboardButton(context.pgettext("answer", "A man"), callback_data=GENDER + "male"),
        ],
        [InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=GENDER + SKIP)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def record_gender(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    value = callbacks.word(query.data, GENDER)
    if value not in (*GENDERS, SKIP):
        await refuse_button(update, context)
        return
    await answer_query(update)
    if context.person is None:
        return
    if value != SKIP:
        await context.bot_data.storage.describe_last_result(context.person.user_id, gender=value)
    labels = {
        "under18": context.pgettext("answer", "Under 18"),
        "18-24": "18–24",
        "25-34": "25–34",
        "35-44": "35–44",
        "45plus": context.pgettext("answer", "45 or older"),
    }
    rows = [[InlineKeyboardButton(labels[band], callback_data=AGE + band)] for band in AGE_BANDS]
    rows.append([InlineKeyboardButton(context.pgettext("button", "Skip"), callback_data=AGE + SKIP)])
    await edit_or_send(update, context, context.gettext("Your age:"), InlineKeyboardMarkup(rows))


async def record_age(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    value = callbacks.word(query.data, AGE)
    if value not in (*AGE_BANDS, SKIP):
        await refuse_button(update, context)
        return
    await answer_query(update)
    if context.person is None:
        return
    if value != SKIP:
        await context.bot_data.storage.describe_last_result(context.person.user_id, age_band=value)
    await edit_or_send(update, context, context.gettext("Thank you."), menu_only(context))


async def show_current_question(update: Update, context: BotContext, position: int | None) -> None:
    """A press on an old or already answered question: nothing counts twice; show where the person is."""
    await answer_query(update, context.gettext("That question is already answered."))
    if position is None or position >= DONE:
        await reply(
            update,
            context,
            context.gettext("This check is finished. You can take it again."),
            InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            context.pgettext("button", "🔁 Take it again"), callback_data=RESTART
                        )
                    ],
                    [menu_button(context)],
                ]
            ),
        )
        return
    text, markup = question_view(context, position)
    await reply(update, context, text, markup)


async def go_back(update: Update, context: BotContext) -> None:
    query = update.callback_query
    person = context.person
    assert query is not None and query.data is not None
    if person is None:
        return
    storage = context.bot_data.storage
    progress = await storage.checklist_progress(person.user_id)
    pressed = callbacks.numbered(query.data, BACK)
    if pressed is None:
        await refuse_button(update, context)
        return
    if progress is None or pressed != progress.position or progress.position == 0:
        await show_current_question(update, context, progress.position if progress else None)
        return
    await answer_query(update)
    position = progress.position - 1
    await storage.save_checklist_progress(person.user_id, position, progress.answers)
    text, markup = question_view(context, position)
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
