"""The job-offer risk checklist: one question a message, progress, back, stop, and a result with next steps."""

from __future__ import annotations

from collections.abc import Mapping

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.checklist import (
    DONE,
    KEYS,
    QUESTIONS,
    Answer,
    Level,
    Result,
    asked,
    is_current,
    next_position,
    previous_position,
    score_checklist,
)
from bot.checklist_whom import Whom, advice_for, for_other, option_label, question_text
from bot.runtime.context import BotContext
from bot.storage import ChecklistProgress
from handlers.checklist_optional import AGE, GENDER, gender_rows, optional_intro, record_age, record_gender
from handlers.checklist_whom import (
    CHECKLIST,
    STOP,
    WHOM,
    for_other_intro,
    level_for_other,
    way_forward_for_other,
    whom_note,
    whom_view,
)
from handlers.common import (
    MENU_CHECK,
    MENU_CHECK_FOR_OTHER,
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
from handlers.questions import HELP_SOMEONE_ELSE, topic_buttons

ANSWER = CHECKLIST + "a:"  # cl:a:<question index>:<answer>
BACK = CHECKLIST + "b:"  # cl:b:<question index>
RESTART = CHECKLIST + "again"


def question_view(
    context: BotContext, position: int, answers: Mapping[str, str], whom: str | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    """Question `position`, asked of the person or, for someone else's offer (`whom`), about them."""
    if whom == Whom.ASKING:
        return whom_view(context)
    # The count is of the questions these answers lead to: it shrinks when an answer settles a later one.
    steps = asked(answers)
    progress = context.gettext("Question {number} / {total}").format(
        number=steps.index(position) + 1 if position in steps else len(steps), total=len(steps)
    )
    key = KEYS[position]
    text = f"{progress}\n\n<b>{context.gettext(question_text(key, whom))}</b>"

    def build() -> InlineKeyboardMarkup:
        # One answer a row: the answers are short sentences, readable on a narrow phone in every language.
        rows = [
            [
                InlineKeyboardButton(
                    context.gettext(option_label(key, option.answer, whom)),
                    callback_data=f"{ANSWER}{position}:{option.answer.value}",
                )
            ]
            for option in QUESTIONS[position].options
        ]
        # TRANSLATORS: a button that stops the job-offer checklist half-way; shares its row with Back: at most 20 characters.
        controls = [InlineKeyboardButton(context.pgettext("button", "✖ Stop"), callback_data=STOP)]
        # The first question is never skipped, so every later one has one before it; before the first, "Who is the
        # offer for?" when it was asked (progress saved before it was has no whom)
        if position > 0 or whom is not None:
            controls.insert(
                0,
                # TRANSLATORS: a button back to the previous screen or question; may share a row: at most 20 characters.
                InlineKeyboardButton(context.pgettext("button", "⬅️ Back"), callback_data=f"{BACK}{position}"),
            )
        return InlineKeyboardMarkup([*rows, controls])

    return text, keyboard(context, ("checklist question", position, whom), build)


def level_text(context: BotContext, level: Level, whom: str | None = None) -> str:
    if for_other(whom):
        return level_for_other(context, level)
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


def flagged_answer(context: BotContext, key: str, answer: str, whom: str | None = None) -> str:
    """One answer that raised the risk, in words, with what to do about it."""
    option = QUESTIONS[KEYS.index(key)].option(answer)
    label = context.gettext(option_label(key, option.answer, whom)) if option else ""
    if option is None or option.answer is Answer.UNSURE:
        label = f"{context.gettext(question_text(key, whom))} {label}"  # "Not sure" alone would not say about what
    return f"• <b>{label}</b>\n{context.gettext(advice_for(key, answer, whom))}"


def result_view(
    context: BotContext, result: Result, answers: Mapping[str, str], whom: str | None = None
) -> str:
    """The verdict and what each answer that raised the risk means. The way forward follows in a message of its own
    (way_forward_view), so that on a phone its buttons sit right under the words that point to them."""
    lines = [level_text(context, result.level, whom), ""]
    if not result.flagged:
        still = (
            context.gettext(
                "Still: the person should keep their passport themselves, and the hotline number with them."
            )
            if for_other(whom)
            else context.gettext("Still: keep your passport yourself, and keep the hotline number with you.")
        )
        return "\n".join([*lines, still])
    lines += [context.gettext("These answers raised the risk. What to do about each:")]
    lines += ["\n\n".join(flagged_answer(context, key, answers[key], whom) for key in result.flagged)]
    return "\n".join(lines)


def way_forward_view(context: BotContext, whom: str | None = None) -> str:
    """What to do after a result: the hotline, and the button under this message to an organisation; for someone
    else's offer, what the one helping can do."""
    if for_other(whom):
        return way_forward_for_other(context)
    talk = context.gettext("🙋 To talk to an organisation, tap «{button}» under this message.").format(
        button=context.pgettext("button", "🙋 Talk to an NGO")
    )
    return "\n".join([context.gettext("👉 <b>What to do now</b>"), "", hotline_block(context), talk])


def result_rows(context: BotContext, whom: str | None = None) -> list[list[InlineKeyboardButton]]:
    """The result's own buttons, which stay on it while the optional questions below them come and go; for someone
    else's offer, how to help them too."""
    helping = context.bot_data.knowledge.get(HELP_SOMEONE_ELSE) if for_other(whom) else None
    return [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "🙋 Talk to an NGO"), callback_data=HANDOFF_START)],
        *topic_buttons(context, [helping] if helping is not None else []),
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "🔁 Take it again"), callback_data=RESTART)],
        [menu_button(context)],
    ]


async def start_checklist(update: Update, context: BotContext, whom: Whom | None = None) -> None:
    """From the menu: continue a checklist in progress where it was left, or start a new one with "Who is the offer
    for?". `whom`: the person already said it is someone else's offer (the help-someone-else topic's button, "для
    дочери" typed), so that is not asked, and a checklist in progress for themselves is not continued."""
    await answer_query(update)
    person = context.person
    if person is None:
        return
    progress = await context.bot_data.storage.checklist_progress(person.user_id)
    if progress is not None and not is_current(progress.position, progress.answers):
        await start_again(update, context)
        return
    if progress is not None and 0 < progress.position < DONE and whom in (None, progress.whom):
        note = context.gettext("Let us continue where you stopped.")
        text, markup = question_view(context, progress.position, progress.answers, progress.whom)
        await reply(update, context, f"{note}\n\n{text}", markup)
        return
    await context.bot_data.storage.save_checklist_progress(person.user_id, 0, {}, whom or Whom.ASKING)
    if whom is Whom.OTHER:
        intro = for_other_intro(context, len(asked({})))
    else:
        intro = context.gettext(
            "Let us check the job offer: up to {total} short questions. Press the answer that fits you. "
            "It takes about two minutes. Your answers are not shared with anyone."
        ).format(total=len(asked({})))
    text, markup = question_view(context, 0, {}, whom or Whom.ASKING)
    await reply(update, context, f"{intro}\n\n{text}", markup)


async def start_for_other(update: Update, context: BotContext) -> None:
    """ "Check their job offer" under the answer on helping someone else: the checklist about that person."""
    await start_checklist(update, context, Whom.OTHER)


def _kept(whom: str | None) -> str:
    """Whom a new run of the checklist is for: who it was for, once that was answered; else the question again."""
    return whom if whom in (Whom.SELF, Whom.OTHER) else Whom.ASKING


async def start_again(update: Update, context: BotContext) -> None:
    """Progress saved by an earlier version of the checklist cannot be continued: say so, and begin again."""
    if context.person is None:
        return
    storage = context.bot_data.storage
    progress = await storage.checklist_progress(context.person.user_id)
    # whom it was for, as far as it was said: progress saved before "Who is the offer for?" was asked was one's own
    whom = progress.whom if progress is not None else Whom.ASKING
    await storage.save_checklist_progress(context.person.user_id, 0, {}, whom)
    note = context.gettext("The checklist has changed since you began it, so let us start again.")
    text, markup = question_view(context, 0, {}, whom)
    await reply(update, context, f"{note}\n\n{text}", markup)


async def restart_checklist(update: Update, context: BotContext) -> None:
    """ "Take it again": from the first question, for whom the last one was (Back from it asks that again)."""
    await answer_query(update)
    if context.person is None:
        return
    storage = context.bot_data.storage
    progress = await storage.checklist_progress(context.person.user_id)
    whom = _kept(progress.whom if progress is not None else None)
    await storage.save_checklist_progress(context.person.user_id, 0, {}, whom)
    text, markup = question_view(context, 0, {}, whom)
    await reply(update, context, text, markup)


async def record_whom(update: Update, context: BotContext) -> None:
    """ "For me" or "For someone close to me": the first question, worded for them."""
    query = update.callback_query
    assert query is not None and query.data is not None
    value = callbacks.word(query.data, WHOM)
    if value not in (Whom.SELF, Whom.OTHER):
        await refuse_button(update, context)
        return
    await choose_whom(update, context, Whom(value))


async def choose_whom(update: Update, context: BotContext, whom: Whom) -> None:
    """Whom the offer is for, pressed or typed, while "Who is the offer for?" waits: the first question, in place."""
    person = context.person
    if person is None:
        return
    storage = context.bot_data.storage
    progress = await storage.checklist_progress(person.user_id)
    if progress is None or progress.position != 0 or progress.whom != Whom.ASKING:
        await show_current_question(update, context, progress)
        return
    await answer_query(update)
    await storage.save_checklist_progress(person.user_id, 0, progress.answers, whom)
    text, markup = question_view(context, 0, progress.answers, whom)
    await edit_or_send(update, context, f"{whom_note(context, whom)}\n\n{text}", markup)


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
    if position == 0:
        # the first question's button while "Who is the offer for?" waits again (Back from the first question): that
        # question first, as the first one's wording depends on it
        waiting = await storage.checklist_progress(person.user_id)
        if waiting is not None and waiting.whom == Whom.ASKING and waiting.position == 0:
            await show_current_question(update, context, waiting)
            return
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
        text, markup = question_view(context, progress.position, progress.answers, progress.whom)
        await edit_or_send(update, context, f"{note}\n\n{text}" if note else text, markup)
        return
    result = score_checklist(progress.answers)
    await storage.finish_checklist(
        person.user_id, DONE, context.language, result.level.value, result.flagged, None
    )
    # Three messages, read top to bottom on a phone: the result with what each risky answer means; the way forward
    # with its buttons right under it; then the optional questions, apart, so their buttons are not taken for the
    # way forward's. (A long result once said "tap below" some forty lines above its button.)
    whom = progress.whom
    text = result_view(context, result, progress.answers, whom)
    text = f"{note}\n\n{text}" if note else text  # the last answer, typed: which it was counted as
    await edit_or_send(update, context, text)
    await reply(
        update, context, way_forward_view(context, whom), InlineKeyboardMarkup(result_rows(context, whom))
    )
    await reply(update, context, optional_intro(context, whom), InlineKeyboardMarkup(gender_rows(context)))


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
    text, markup = question_view(context, progress.position, progress.answers, progress.whom)
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
    """Back from question `pressed`, if the person is at it and there is a question before (before the first, "Who is
    the offer for?" when it was answered); else where they are."""
    if (
        progress is not None
        and context.person is not None
        and pressed == progress.position == 0
        and progress.whom in (Whom.SELF, Whom.OTHER)
    ):
        await answer_query(update)
        await context.bot_data.storage.save_checklist_progress(
            context.person.user_id, 0, progress.answers, Whom.ASKING
        )
        await edit_or_send(update, context, *whom_view(context))
        return
    previous = (
        previous_position(progress.answers, progress.position)
        if progress is not None and pressed == progress.position < DONE
        else None
    )
    if progress is None or previous is None or context.person is None:
        await show_current_question(update, context, progress)
        return
    await answer_query(update)
    await context.bot_data.storage.save_checklist_progress(
        context.person.user_id, previous, progress.answers, progress.whom
    )
    text, markup = question_view(context, previous, progress.answers, progress.whom)
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
        CallbackQueryHandler(start_for_other, pattern=f"^{MENU_CHECK_FOR_OTHER}$"),
        CallbackQueryHandler(record_whom, pattern=f"^{WHOM}"),
        CallbackQueryHandler(record_answer, pattern=f"^{ANSWER}"),
        CallbackQueryHandler(go_back, pattern=f"^{BACK}"),
        CallbackQueryHandler(stop_checklist, pattern=f"^{STOP}$"),
        CallbackQueryHandler(restart_checklist, pattern=f"^{RESTART}$"),
        CallbackQueryHandler(record_gender, pattern=f"^{GENDER}"),
        CallbackQueryHandler(record_age, pattern=f"^{AGE}"),
    ]
