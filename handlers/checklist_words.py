"""The checklist answered in words typed instead of pressed: an answer ("да", "ýok"), a whole message that answers
the question waiting (an age, a job, words restating an option: read before danger), a yes or no that restates the
question ("no they keep it"), Back, Stop, Menu or Continue; and small talk ("ok"), a job the bot does not know, or a
few words nothing answers, at a question, which asks it again; after anything else, the question again too. Each returns False when it does not apply, so that the text is read as usual (handlers/text.py)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.checklist import (
    DONE,
    KEYS,
    QUESTIONS,
    Answer,
    is_current,
    leading_answer,
    typed_answer,
    typed_filler,
    typed_option,
    typed_reply,
)
from bot.checklist_typing import may_answer_a_question, names_a_job, typed_in_full
from bot.checklist_whom import Whom, option_label, typed_whom
from bot.checklist_whom import question_text as worded_question
from bot.controls import Control
from bot.languages import LANGUAGES
from bot.nlp.crisis import word_count
from bot.nlp.number_question import asks_emergency_number
from bot.nlp.smalltalk import SmallTalk, small_talk
from bot.nlp.textnorm import has_cyrillic, russian_from_latin, typed_whole
from bot.nlp.watched import cannot_talk_now, hide_first
from bot.nlp.what_now import asks_what_to_do
from bot.nlp.where_to_turn import velayat_asked
from bot.runtime.context import BotContext
from bot.storage import ChecklistProgress
from handlers.checklist import (
    apply_answer,
    choose_whom,
    question_view,
    result_rows,
    start_again,
    step_back,
    stop_checklist,
    way_forward_view,
)
from handlers.checklist_whom import whom_view
from handlers.common import main_menu, reply
from handlers.short_replies import hide_first_reply


async def _in_progress(context: BotContext) -> ChecklistProgress | None:
    """The person's checklist while a question of it waits for an answer (None when none is in progress, and while
    "Who is the offer for?" waits: `_asking_whom`)."""
    progress = await _progress(context)
    return progress if progress is not None and progress.whom != Whom.ASKING else None


async def _progress(context: BotContext) -> ChecklistProgress | None:
    """The person's checklist while it waits for an answer: to a question, or to "Who is the offer for?"."""
    if context.person is None:
        return None
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    return progress if progress is not None and progress.position < DONE else None


async def _asking_whom(context: BotContext) -> bool:
    progress = await _progress(context)
    return progress is not None and progress.whom == Whom.ASKING


async def whom_in_words(update: Update, context: BotContext, text: str, control: Control | None) -> bool:
    """While "Who is the offer for?" waits: "for me", "для дочери", "gyzym" typed count as its answers; Stop and
    Menu typed do what they do at a question; "ok", "да" or Back, the question again. False for anything else,
    which is read as usual (and the question is asked again after it: `ask_again_after`)."""
    if not await _asking_whom(context):
        return False
    whom = typed_whom(text) or _whom_label_typed(context, text)
    if whom is not None:
        await choose_whom(update, context, whom)
    elif control is Control.STOP:
        await stop_checklist(update, context)
    elif control is Control.MENU:
        note = context.gettext(
            "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later."
        )
        await reply(update, context, note, main_menu(context))
    elif control is not None or typed_answer(text) is not None or typed_filler(text):
        hint = context.gettext("Please press the answer that fits, under the question.")
        question_text, markup = whom_view(context)
        await reply(update, context, f"{hint}\n\n{question_text}", markup)
    else:
        return False
    return True


def _whom_label_typed(context: BotContext, text: str) -> Whom | None:
    """The answer of "Who is the offer for?" whose button's words the whole text is, in any of the bot's languages."""
    typed = typed_whole(text)
    for whom, msgid in ((Whom.SELF, "For me"), (Whom.OTHER, "For someone close to me")):
        labels = (context.bot_data.catalogs(language).pgettext("answer", msgid) for language in LANGUAGES)
        if any(typed_whole(label) == typed for label in labels):
            return whom
    return None


async def what_now_after_result(update: Update, context: BotContext, text: str) -> bool:
    """ "What should I do now?" after a checklist result: the result's way forward again (the hotline, and the button
    to an organisation), not "not sure". False for anything else, or when the checklist has no result."""
    if context.person is None or not asks_what_to_do(text):
        return False
    progress = await context.bot_data.storage.checklist_progress(context.person.user_id)
    if progress is None or progress.position != DONE:
        return False
    whom = progress.whom
    await reply(
        update, context, way_forward_view(context, whom), InlineKeyboardMarkup(result_rows(context, whom))
    )
    return True


async def watched_at_question(
    update: Update, context: BotContext, text: str, in_full: tuple[int, Answer] | None
) -> bool:
    """ "Он рядом", "i cant talk now", "he will see" at a question: 🙈 Hide first, as anywhere else, not the
    question again (a longer chat on a phone someone may be looking at); the checklist waits where it stopped.
    Words that answer the question in full ("no, the boss will check my phone") stay its answer, unless they say
    someone is near or the person cannot talk now. False for anything else, and with no checklist in progress."""
    if not hide_first(text) or (in_full is not None and not cannot_talk_now(text)):
        return False
    if await _in_progress(context) is None:
        return False
    await hide_first_reply(update, context)
    return True


async def question_waiting(context: BotContext) -> bool:
    """Whether a question of the person's checklist waits for an answer ("Who is the offer for?" too)."""
    return await _progress(context) is not None


async def answer_in_words(update: Update, context: BotContext, typed: Answer) -> bool:
    """An answer typed instead of pressed ("да", "ýok", "not sure") counts for the question the person is at, where
    it names one of its answers; elsewhere the question is shown again. False when no checklist is in progress."""
    progress = await _in_progress(context)
    if progress is None:
        return False
    if not is_current(progress.position, progress.answers):
        await start_again(update, context)
        return True
    answer = typed_option(progress.position, typed)
    if answer is None:
        await _ask_again(update, context, progress)
    elif answer is not typed:  # "нет" to "Do you pay…?": "I pay nothing", and the person is told so
        await _count_as(update, context, progress.position, answer)
    else:
        await apply_answer(update, context, progress.position, answer.value)
    return True


async def other_in_words(update: Update, context: BotContext, text: str) -> bool:
    """ "Ok", "hi", "thanks" or a sign typed at a question: the question again, with how to answer it, never the
    greeting (which would look as if the checklist had ended). False when no checklist is in progress, and for
    anything else, which is read as usual; emoji of crying or fear get their word of care."""
    talk = {small_talk(reading) for reading in _in_latin_russian(text)}
    if not typed_filler(text) and not talk & {SmallTalk.GREETING, SmallTalk.THANKS}:
        return False
    progress = await _in_progress(context)
    if progress is None:
        return False
    if not is_current(progress.position, progress.answers):
        await start_again(update, context)
    else:
        await _ask_again(update, context, progress)
    return True


def _in_latin_russian(text: str) -> list[str]:
    """The text, and when it is in Latin letters, as Russian ("spasibo ogromnoe": "спасибо огромное")."""
    return [text] if has_cyrillic(text) else [text, *russian_from_latin(text.lower()).split("\n\n")]


async def _ask_again(update: Update, context: BotContext, progress: ChecklistProgress) -> None:
    hint = context.gettext("Please press the answer that fits, under the question.")
    text, markup = question_view(context, progress.position, progress.answers, progress.whom)
    await reply(update, context, f"{hint}\n\n{text}", markup)


async def answered_in_full(context: BotContext, text: str) -> tuple[int, Answer] | None:
    """The question waiting and the answer a whole typed message gives to it (bot/checklist_typing.py: an age at
    "Are you under 18?", a job at "What work are you offered?", words that restate an option), or None: no
    checklist in progress, or a message that is not wholly an answer to its question."""
    short = len(text.split()) <= MAX_LABEL_WORDS
    if not short and not may_answer_a_question(text):
        return None
    progress = await _in_progress(context)
    if progress is None or not is_current(progress.position, progress.answers):
        return None
    answer = typed_in_full(KEYS[progress.position], text) or (
        _label_typed(context, progress.position, text) if short else None
    )
    if answer is None or QUESTIONS[progress.position].option(answer) is None:
        return None
    return progress.position, answer


MAX_LABEL_WORDS = 6  # the longest answer button, "Will you get a written contract…": "Contract I can read"


def _label_typed(context: BotContext, position: int, text: str) -> Answer | None:
    """The option of the question whose button's words the whole text is, in any of the bot's languages ("i keep
    my phone", "они забирают телефон"): what pressing it does."""
    typed = typed_whole(text)
    for option in QUESTIONS[position].options:
        msgids = (option.label, option_label(KEYS[position], option.answer, Whom.OTHER))
        labels = (context.bot_data.catalogs(language).gettext(m) for language in LANGUAGES for m in msgids)
        if any(typed_whole(label) == typed for label in labels):
            return option.answer
    return None


async def count_in_full(update: Update, context: BotContext, found: tuple[int, Answer]) -> None:
    """What `answered_in_full` found counts as the answer, and the person is told which."""
    await _count_as(update, context, *found)


async def not_an_answer(update: Update, context: BotContext, text: str) -> bool:
    """Typed at a question, what answers nothing there and nothing elsewhere: a few words naming a job the bot does
    not know at "What work are you offered?" ("продавщица косметики"): the question again, with "Other work" for
    a job not in the list; any other few words no topic answers ("что дальше", "da 1500"): the question again, with
    how to answer it. False with no question waiting, and for a question the bot can answer or a longer message,
    which are read as usual (and the question is asked again after: `ask_again_after`)."""
    progress = await _in_progress(context)
    if progress is None or not is_current(progress.position, progress.answers):
        return False
    if KEYS[progress.position] == "job" and names_a_job(text):
        other = QUESTIONS[progress.position].option(Answer.OTHER)
        assert other is not None
        hint = context.gettext(
            "I do not know this job well enough to choose for you. If it is not in the list, press «{other}»."
        ).format(other=context.gettext(other.label))
        question_text, markup = question_view(context, progress.position, progress.answers, progress.whom)
        await reply(update, context, f"{hint}\n\n{question_text}", markup)
        return True
    if word_count(text) > MAX_ANSWER_WORDS or _answerable(context, text):
        return False
    await _ask_again(update, context, progress)
    return True


MAX_ANSWER_WORDS = 8  # a few words typed at a question; a longer message tells more, and is read as usual


def _answerable(context: BotContext, text: str) -> bool:
    """Whether the usual reading answers the text with more than "not sure": the numbers of a country, the
    organisations of a velayat, or a topic."""
    if asks_emergency_number(text) or velayat_asked(text) is not None:
        return True
    return context.bot_data.matcher.match(text).topic is not None


async def ask_again_after(update: Update, context: BotContext, text: str) -> None:
    """After a message typed at a question was answered as usual (a question, a story): the question again, so that
    the check goes on where it was ("Who is the offer for?" too). Not after a word of care to a sign of distress,
    which stays the last."""
    progress = await _progress(context)
    if progress is None or not is_current(progress.position, progress.answers):
        return
    if small_talk(text) is SmallTalk.DISTRESS:
        return
    note = context.gettext("Let us continue where you stopped.")
    question_text, markup = question_view(context, progress.position, progress.answers, progress.whom)
    await reply(update, context, f"{note}\n\n{question_text}", markup)


async def reply_in_words(update: Update, context: BotContext, text: str, *, danger: bool) -> bool:
    """A yes or no typed with a few words that restate it ("no they keep it", "нет, паспорт будет у них") counts
    as the answer it names, and the person is told which: they tell of an offer, not of their own danger. False when
    it names none, so that the text is read as usual, danger first."""
    if leading_answer(text) is None:
        return False
    progress = await _in_progress(context)
    if progress is None or not is_current(progress.position, progress.answers):
        return False
    asked_now = QUESTIONS[progress.position]
    own_words = [
        context.bot_data.catalogs(language).gettext(msgid)
        for language in LANGUAGES
        for msgid in _own_msgids(KEYS[progress.position])
    ]
    answer = typed_reply(text, own_words, danger=danger)
    if answer is None or asked_now.option(answer) is None:
        return False
    await _count_as(update, context, progress.position, answer)
    return True


def _own_msgids(key: str) -> tuple[str, ...]:
    """The question's text and its options' labels, as asked of the person and about someone else."""
    asked = QUESTIONS[KEYS.index(key)]
    return tuple(
        msgid
        for whom in (Whom.SELF, Whom.OTHER)
        for msgid in (worded_question(key, whom), *(option_label(key, o.answer, whom) for o in asked.options))
    )


async def _count_as(update: Update, context: BotContext, position: int, answer: Answer) -> None:
    progress = await _in_progress(context)
    whom = progress.whom if progress is not None else None
    counted = context.gettext(
        "I counted this as your answer: «{answer}». If it is not right, press ⬅️ Back."
    ).format(answer=context.gettext(option_label(KEYS[position], answer, whom)))
    await apply_answer(update, context, position, answer.value, note=counted)


async def control_in_words(update: Update, context: BotContext, control: Control) -> bool:
    """Back or Stop typed while a question waits ("назад", "stop", "bes", "i want to stop this") does what its
    button does; Menu shows the menu, the answers kept; Continue shows the question again. False when no checklist
    is in progress."""
    progress = await _in_progress(context)
    if progress is None:
        return False
    if not is_current(progress.position, progress.answers):
        await start_again(update, context)
    elif control is Control.STOP:
        await stop_checklist(update, context)
    elif control is Control.MENU:
        # the menu itself, not a button to it: the answers stay, and "Check a job offer" goes on with them
        note = context.gettext(
            "Stopped. Your answers are saved: choose “Check a job offer” in the menu to continue later."
        )
        await reply(update, context, note, main_menu(context))
    elif control is Control.CONTINUE:
        note = context.gettext("Let us continue where you stopped.")
        question_text, markup = question_view(context, progress.position, progress.answers, progress.whom)
        await reply(update, context, f"{note}\n\n{question_text}", markup)
    else:
        await step_back(update, context, progress, progress.position)
    return True
