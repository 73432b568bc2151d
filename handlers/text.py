"""Free text in a private chat goes to exactly one place: a step of a hand-off request that waits for typing, the
person's open case, a checklist question answered (or left, or stepped back from) in words, a button's words (what
the button does: a main-menu one, a language, a person), or the knowledge base.
A checklist answer with a few words that restate it ("no they keep it"), and a whole message that answers the
question waiting ("нет, мне 21", "официантка в кафе"), are taken before danger: they tell of an offer.
Typed Stop or Cancel words end a request in progress as its Cancel button does, and Back words step it back as
its Back button does; at a button step of the request, an answer in words counts as its button, and whatever else
is answered is followed by the step again (handlers/handoff_typed.py). Danger is looked for first, so that a message that signals it is answered as danger
wherever it goes."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.casework import makes_request_urgent
from bot.checklist import typed_answer
from bot.checklist_whom import Whom, says_for_someone_else, without_for_whom
from bot.controls import Control, changed_mind, typed_control, wishes_to_stop
from bot.handoff import QUESTION, REQUEST, Draft, danger_told, with_message_id
from bot.handoff import answer as answer_step
from bot.languages import LANGUAGES
from bot.menu_words import says_sos, typed_menu, typed_sos
from bot.nlp.crisis import CrisisKind, word_count
from bot.nlp.watched import cannot_talk_now, hide_first, moment_to_write, phones_checked
from bot.runtime.context import BotContext
from bot.storage import Case
from bot.textpieces import has_visible
from handlers import (
    abroad,
    after_alarm,
    checklist,
    checklist_words,
    crisis,
    elsewhere,
    fallback,
    gethelp,
    handoff,
    handoff_typed,
    hidden,
    opencase,
    questions,
    reopen,
    reply_language,
    short_replies,
    start,
    told,
    whereabouts,
)
from handlers.common import MENU_CHECK, MENU_HELP
from handlers.typed_requests import language_in_words, person_asked_on_case, person_or_number, share_in_words


async def route_text(update: Update, context: BotContext) -> None:
    message = update.message
    if message is None or message.text is None or context.person is None:
        return
    if not has_visible(message.text):
        await fallback.nothing_visible(update, context)  # zero-width characters alone: an empty message
        return
    # "я теперь в Стамбуле": where the person is now, known before anything answers (a forwarded advert's place
    # is where its job is); then, once, the question whether to keep it instead of the country kept, though not
    # under a danger reply, whose 🆘 stays the last thing on the screen
    forwarded = message.forward_origin is not None
    said = None if forwarded else whereabouts.place_said(context, message.text)  # read once, used three times
    place = whereabouts.note_place(context, said)
    crisis.note_someone_named(context, message.text)  # "брат уехал в Казань": "он" after it is him
    if not forwarded:
        told.note_home_said(context, message.text)  # "i am from dashoguz": for a 🆘 card, abroad or not
    await _route(update, context, message.text, said)
    # After danger, neither: the 🆘 under the danger reply stays the last thing on the screen
    if context.danger_in(message.text) is None:
        # from a chat hidden when its case ended, with what staff wrote to her waiting: passed on to them, who alone
        # may end the hiding
        await hidden.wrote_after_end(update, context, message.text)
        if place is not None:
            await whereabouts.offer_to_update(update, context, place)


async def _route(update: Update, context: BotContext, text: str, said: str | None) -> None:
    """`said`: where the text says the writer is (handlers/whereabouts.place_said), or None."""
    person = context.person
    assert person is not None
    storage = context.bot_data.storage
    draft, open_case = await storage.draft_and_open_case(person.user_id)
    if open_case is None and draft is None:
        open_case = await reopen.reopen_unreached(update, context)  # closed for no answer: this is the answer
    # "нет, мне 21" at "Are you under 18?", "told me not to tell my family" at the secrecy question: an answer to
    # the question waiting, every word of it, so not danger (a request's step waiting for typing comes first)
    in_full = (
        None if handoff.text_step_waiting(draft) else await checklist_words.answered_in_full(context, text)
    )
    danger = None if in_full is not None else context.danger_in(text)
    if danger is not None and (
        whereabouts.only_says_where(text, said)
        or cannot_talk_now(text)  # "ol ýanymda": someone near, so hide first (handlers/short_replies.py)
        or moment_to_write(text)  # "he's sleeping i can write now": her moment, not the model's to judge
        or phones_checked(text)  # "her gije telefonlarymyzy barlaýarlar": watched, so hide first
        or await _answering_a_question(context, draft, open_case, text)
    ):
        danger = context.danger_in_answer(text)  # "я из Теджена" at "Where are you from?": not violence
    if (
        draft is not None
        and draft.purpose == REQUEST
        and open_case is None
        and (typed_sos(text) or (danger is not None and says_sos(text)))
    ):
        await handoff_typed.sos_in_words(update, context, draft, text)  # "🆘", "SOS help me": what 🆘 does
        return
    # "можно на русском?", "rusça ýaz": what a language's button does (unless a request's step waits for typing)
    if (
        danger is None
        and not handoff.text_step_waiting(draft)
        and await language_in_words(update, context, text)
    ):
        if draft is not None and draft.purpose == REQUEST and open_case is None:
            await handoff.show_step(update, context, draft)  # the request's step, now in that language
        return
    # Whatever follows is written in the language of this message, when it can be told (bot.i18n.answer_language)
    await reply_language.follow_written_language(context, text, danger=danger is not None)
    control = typed_control(text)
    stopped = control is Control.STOP or (danger is None and changed_mind(text))  # "я передумала"
    if stopped and draft is not None and draft.purpose == REQUEST:
        await handoff.cancel_request(update, context)  # what its ✖ Cancel does, at any step of the request
        return
    if control is Control.BACK and draft is not None and draft.purpose == REQUEST:
        await handoff.back_in_words(update, context, draft)  # what its ⬅️ Back does
        return
    if control is Control.CONTINUE and draft is not None and draft.purpose == REQUEST and open_case is None:
        await handoff_typed.ask_again(update, context, draft)  # "dowam et": the request's step, again
        return
    if danger is None and await gethelp.velayat_in_words(update, context, draft, text):
        return  # "Mary" where "Find an organisation near me" asks for the velayat
    if handoff.text_step_waiting(draft):
        assert draft is not None and update.message is not None
        message_id = (
            update.message.message_id
        )  # words that go into the request's message: an edit follows them
        if danger is not None and draft.step != "message":
            # Danger typed where a phone number or a time was asked: answered as danger, the words kept for the
            # request, which waits at the same step (the 🆘 on the reply reaches the hotline team at once)
            await storage.save_draft(with_message_id(danger_told(draft, text), message_id))
            await crisis.answer_danger(update, context, danger, None)
            return
        if danger is None and handoff_typed.skip_in_words(context, draft, text):
            await handoff.skip_step(update, context)  # what its Skip does, not a message saying "skip"
            return
        if danger is not None and makes_request_urgent(danger, text):
            # Danger typed as the message for the organisation: answered as danger at once, its 🆘 a tap from the
            # hotline team; the words stay the request's message, urgent, and its consent screen follows
            moved = answer_step(replace(draft, urgent=True), draft.step, text)
            moved = with_message_id(moved, message_id) if moved is not None else None
            await storage.save_draft(moved or draft)
            await crisis.answer_danger(update, context, danger, None)
            await handoff_typed.ask_again(update, context, moved or draft)
            return
        await handoff.receive_text(update, context, draft, text)
        return
    # A button step of a request waiting (no case open: a case's messages go to its staff): the answer in words, or
    # the step again after whatever else answers the text
    at_step = draft if draft is not None and draft.purpose == REQUEST and open_case is None else None
    if (
        at_step is not None
        and danger is None
        and await handoff_typed.answer_in_words(update, context, at_step, text)
    ):
        return
    if draft is not None and draft.purpose == QUESTION:
        # "Ask a question" was pressed while a case is open: this one text goes to the knowledge base.
        await storage.delete_draft(person.user_id)
    elif open_case is not None:
        if danger is not None:
            await crisis.relay_danger(update, context, open_case, text, danger)
        else:
            await opencase.relay_to_case(update, context, open_case, text)
            if hide_first(text):
                # "he is coming" at 3 a.m., nobody on the case yet: relayed, and hide first, as outside a case
                await short_replies.hide_first_reply(update, context)
                return
            # the hidden chat is told nothing of the request (handlers/hidden.py)
            if open_case.hidden_at is None:
                if await after_alarm.open_by_mistake(update, context, open_case, text):
                    return  # "ой, я случайно нажала, отмените": relayed, and how to withdraw it
                await person_asked_on_case(update, context, open_case, text)
                await opencase.answer_the_waiting(update, context, open_case, text)  # "no one answers"
            # "номер полиции в дубае" while nobody has answered yet: the numbers need not wait for staff
            await abroad.answer_number_question(update, context, text)
        return
    if danger is None and await checklist_words.watched_at_question(update, context, text, in_full):
        return  # "он рядом" at a checklist question: hide first, before its answer in words
    if danger is None and await person_or_number(update, context, text, open_case):
        return  # a person asked for in words, or a phone number alone
    if danger is None and await share_in_words(update, context, text):
        return  # "а как маме переслать результат": how to pass it on
    if in_full is not None:
        await checklist_words.count_in_full(update, context, in_full)
        return
    if danger is None and await checklist_words.whom_in_words(update, context, text, control):
        return  # "для дочери", "özüm üçin" where "Who is the offer for?" waits
    answer = typed_answer(text)
    if answer is not None and await checklist_words.answer_in_words(update, context, answer):
        return
    if await checklist_words.reply_in_words(update, context, text, danger=danger is not None):
        return
    if control is None and danger is None and wishes_to_stop(text):
        control = Control.STOP  # "i want to stop this": at a checklist question, what ✖ Stop does
    if control is not None and await checklist_words.control_in_words(update, context, control):
        return
    if danger is None and await checklist_words.other_in_words(update, context, text):
        return  # "ok", "hi" at a question: the question again, never the greeting
    if danger is None and await menu_in_words(update, context, text, control):
        return
    if (
        danger is None
        and at_step is None
        and await checklist_words.what_now_after_result(update, context, text)
    ):
        return  # "а что мне теперь делать?" after a result: its way forward
    if danger is None and await reopen.offer_undo(update, context, text):
        return  # written just after withdrawing: maybe "I pressed wrong", and it reached nobody
    if danger is None and at_step is None and await after_alarm.nothing_sent(update, context, text):
        return  # "ой я случайно нажала, отмените" with no request open: nothing was sent
    if danger is None and said is None and await checklist_words.not_an_answer(update, context, text):
        return  # "продавщица косметики" at "What work are you offered?", "что дальше": the question again
    await _answer_words(update, context, text, danger, at_step, said)


async def _answer_words(
    update: Update,
    context: BotContext,
    text: str,
    danger: CrisisKind | None,
    at_step: Draft | None,
    said: str | None,
) -> None:
    """What the person said (not an answer to a step or a button's words), answered: danger as danger, then the short
    replies, then the knowledge base. In the days after a close (no request being made), every such message is held
    and offered to the closed case's organisation too, danger above all (handlers/reopen.py)."""
    storage = context.bot_data.storage
    if danger is None and after_alarm.pleads_after_danger(context, text):
        danger = CrisisKind.HELP  # "please" alone after "help" was answered: the plea, answered as such again
    if danger is not None:
        match = context.bot_data.matcher.match(text)
        await storage.count_question(context.language, match.topic, match.confident)
        topic = context.bot_data.knowledge[match.topic] if match.topic else None
        await crisis.answer_danger(update, context, danger, topic)
        if at_step is not None:
            await handoff_typed.after_danger(update, context, at_step, text)
        else:
            await reopen.offer_write_again(update, context, text, danger=True)
        return
    if await short_replies.cannot_talk(update, context, text):
        # "он рядом": hide first; a request's step waits, unasked, until she writes again. Held after a close, but
        # no offer on the screen now: the next message's offer sends it too
        if at_step is None:
            await reopen.offer_write_again(update, context, text, quiet=True)
        return
    # "сейчас спит": her moment to tell, or tap 🆘; "боюсь полиции": the hotline first; "я теперь в Стамбуле": noted,
    # with its numbers a tap away; "he says dont tell my parents": a warning sign, said as one
    replied = (
        await after_alarm.all_right_after_danger(update, context, text)  # "yok yok men gowy, diňe ýadadym"
        or await short_replies.moment_to_act(update, context, text)
        or await whereabouts.say_where_known(
            update, context, text
        )  # "do you still know which country im in?"
        or await short_replies.police_feared(update, context, text)
        or (at_step is None and await whereabouts.place_noted(update, context, text, said))
        or (at_step is None and await elsewhere.named_alone(update, context, text))  # "china"
        or await short_replies.kept_between_us(update, context, text)  # "please dont tell anyone, im scared"
        or await short_replies.secret_asked(update, context, text)
    )
    # "а сколько ждать ответа" at a step of the request: not sent yet (the step follows, below)
    waiting = not replied and at_step is not None and await short_replies.wait_asked(update, context, text)
    if not (replied or waiting) and not await short_replies.way_forward(
        update, context, text
    ):  # "что мне делать"
        await questions.answer_question(update, context)
    if at_step is None:
        await reopen.offer_write_again(
            update, context, text
        )  # days after a close: to its organisation again?
    if replied:
        return
    if at_step is not None:
        await handoff_typed.ask_again(update, context, at_step)
    else:
        await checklist_words.ask_again_after(update, context, text)  # the checklist's question, if one waits


MAX_ANSWER_WORDS = 8  # an answer typed to a question with buttons; a longer message tells more


async def _answering_a_question(
    context: BotContext, draft: Draft | None, open_case: Case | None, text: str
) -> bool:
    """A few words typed where the bot asked a question with buttons: a step of the request, or the checklist's."""
    if open_case is not None or word_count(text) > MAX_ANSWER_WORDS:
        return False
    if draft is not None and draft.purpose == REQUEST:
        return not handoff.text_step_waiting(draft)
    return await checklist_words.question_waiting(context)


async def menu_in_words(update: Update, context: BotContext, text: str, control: Control | None) -> bool:
    """ "Проверить предложение о работе", "get help" typed: what the menu's button does; "menu" typed outside a flow
    (inside one, checklist_words.control_in_words keeps its answers): the main menu. False for anything else."""
    if control is Control.MENU:
        await start.show_menu(update, context)
        return True
    labels = {
        key: [context.bot_data.catalogs(language).pgettext("menu", msgid) for language in LANGUAGES]
        for key, msgid in ((MENU_CHECK, "✅ Check a job offer"), (MENU_HELP, "🤝 Get help"))
    }
    chosen = typed_menu(text, labels)
    if (
        chosen is None
        and says_for_someone_else(text)
        and typed_menu(without_for_whom(text), labels) == MENU_CHECK
    ):
        await checklist.start_checklist(
            update, context, Whom.OTHER
        )  # "проверить предложение о работе для дочери"
        return True
    if chosen == MENU_CHECK:
        await checklist.start_checklist(update, context)
    elif chosen == MENU_HELP:
        await gethelp.get_help(update, context)
    return chosen is not None


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, route_text)]
