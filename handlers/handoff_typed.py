"""Text typed at a button step of the hand-off request, or at its consent screen, instead of a press: an answer in
words ("да", "Mary", "юрист нужен", "dine şu çatda", a button's label in any of the three languages) counts as its
button; a yes or no that answers none of the buttons, or an "ok", gets the step again with a word on pressing; words
meant as an answer that name none of this step's ("в чате" where the help needed is asked) get the step again under
one line on what to press or type; anything else is answered as usual (handlers/text.py: danger first, then the
knowledge base) and the step follows, so that nobody has to scroll up to find the request still waiting."""

from __future__ import annotations

import html
from dataclasses import replace

from telegram import Update

from bot.countries import OTHER
from bot.elsewhere import NAMED_ANSWER, place_named
from bot.handoff import ABROAD, CONFIRM, STEP_BY_KEY, Draft, danger_told, with_message_id
from bot.handoff_words import SEND, answer_words_only, tells_a_time, typed_attempt, typed_choice, typed_skip
from bot.languages import LANGUAGES
from bot.menu_words import typed_menu, typed_person_request
from bot.nlp.smalltalk import SmallTalk, small_talk
from bot.phones import is_a_phone_number_alone
from bot.runtime.context import BotContext
from handlers import handoff, sos
from handlers.common import reply
from handlers.elsewhere import country_name
from handlers.labels import service_label, velayat_label


def typed_option(context: BotContext, draft: Draft, text: str) -> str | None:
    """The answer of the step waiting that a typed message names: its words (bot/handoff_words.py), a button's label
    in any language, or at the country step a pack's country named in a word or two ("Türkiýe", "в Турции"): a
    longer message is a message, not a choice."""
    labels = _labels(context, draft)
    choice = typed_choice(draft.step, text, labels)
    if choice is None:
        choice = typed_menu(text, labels)
    if choice is None and draft.step == "country" and len(text.split()) <= 2:
        named = context.bot_data.countries.named_in(text)
        choice = named.code if named is not None else None
    if choice is None and draft.step == "country" and len(text.split()) <= MAX_ELSEWHERE_WORDS:
        choice = OTHER if place_named(text) is not None else None  # "china", "im in china": another country
    return choice


MAX_ELSEWHERE_WORDS = 4  # "china", "im in china now": the country's name in a few words


def _labels(context: BotContext, draft: Draft) -> dict[str, list[str]]:
    """Each answer the step waiting offers → its button's label in each language."""
    catalogs = [context.bot_data.catalogs(language) for language in LANGUAGES]
    if draft.step == CONFIRM:
        return {SEND: [tr.pgettext("button", "✅ Send the request") for tr in catalogs]}
    step = STEP_BY_KEY.get(draft.step)
    if step is None:
        return {}
    countries = context.bot_data.countries
    labels: dict[str, list[str]] = {}
    for option in step.options:
        if step.vocabulary == "service":
            labels[option.value] = [service_label(tr, option.value) for tr in catalogs]
        elif step.vocabulary == "velayat":
            labels[option.value] = [velayat_label(tr, option.value) for tr in catalogs]
        elif step.vocabulary == "country":
            labels[option.value] = [countries.name(option.value, tr.language) or "" for tr in catalogs]
        else:
            labels[option.value] = [tr.pgettext("button", option.label) for tr in catalogs]
    return labels


def skip_in_words(context: BotContext, draft: Draft, text: str) -> bool:
    """Whether the text is Skip typed at a step that has the button (its label in any language, "пропустить", a
    plain "no"): its press, not a message for the organisation that says "skip"."""
    step = STEP_BY_KEY.get(draft.step)
    if step is None or not step.can_skip:
        return False
    labels = [context.bot_data.catalogs(language).pgettext("button", "Skip") for language in LANGUAGES]
    return typed_skip(text) or typed_menu(text, {"skip": labels}) is not None


async def answer_in_words(update: Update, context: BotContext, draft: Draft, text: str) -> bool:
    """What typed text does at the step waiting when it is plainly meant for it: an answer counts as its button
    (the consent screen's yes sends the request); a yes or no it cannot take, an "ok", a greeting, a person or a phone
    number asked for gets the step again. False for anything else (a question, danger), which is read as usual."""
    choice = typed_option(context, draft, text)
    if choice == SEND and draft.step == CONFIRM:
        await handoff.send_request(update, context)
        return True
    if choice is not None:
        elsewhere = place_named(text) if draft.step == "country" and choice == OTHER else None
        if elsewhere is not None:
            await _no_pack_for(update, context, elsewhere)
            draft = replace(draft, answers={**draft.answers, NAMED_ANSWER: elsewhere})  # shown to staff
        await handoff.take_typed_choice(update, context, draft, choice)
        return True
    if typed_attempt(text) or small_talk(text) in (SmallTalk.GREETING, SmallTalk.THANKS):
        await handoff.show_step(
            update, context, draft, context.gettext("Please press the answer that fits, under the question.")
        )
        return True
    if typed_person_request(text) or is_a_phone_number_alone(text):
        # they are asking for a person already: this request is the way, and its step is what it needs now
        await ask_again(update, context, draft)
        return True
    if answer_words_only(draft.step, text, _labels(context, draft)) or tells_a_time(text):
        # "только тут в чате" where the help needed is asked, "evening after 6" where "is it safe to call you?" is:
        # meant as an answer, so no article and no "not about travel", but what to do
        await handoff.show_step(update, context, draft, hint_line(context, draft))
        return True
    return False


async def _no_pack_for(update: Update, context: BotContext, code: str) -> None:
    """ "china" at the country step: the country understood, with no pack of its own, so "another country"."""
    other = context.bot_data.countries.name(OTHER, context.language) or ""
    text = context.gettext(
        "🌍 {country}: I have no checked numbers for this country, so your request says «{other}». You can name "
        "the country in your message to the organisation."
    ).format(country=html.escape(country_name(context, code)), other=html.escape(other))
    await reply(update, context, text)


def hint_line(context: BotContext, draft: Draft) -> str:
    """One line on what to press or type at the step waiting."""
    step = STEP_BY_KEY.get(draft.step)
    if step is not None and step.hint:
        return context.gettext(step.hint)
    if step is None:
        send = context.pgettext("button", "✅ Send the request")
        return context.gettext("Press {send} at the bottom, or type “yes” to send it.").format(send=send)
    return context.gettext("Please press the answer that fits, under the question.")


async def ask_again(update: Update, context: BotContext, draft: Draft) -> None:
    """The step waiting, again, after whatever answered the person's message, saying the request still waits."""
    await handoff.show_step(update, context, draft, waiting_line(context))


def waiting_line(context: BotContext) -> str:
    return context.gettext("Your request to talk to a person is still waiting for this answer:")


async def after_danger(update: Update, context: BotContext, draft: Draft, text: str) -> None:
    """After danger typed at a step was answered as danger: the words kept as the request's message and the request
    urgent (bot.handoff.danger_told), then the step again."""
    told = danger_told(draft, text)
    await ask_again(
        update, context, with_message_id(told, update.message.message_id) if update.message else told
    )


async def sos_in_words(update: Update, context: BotContext, draft: Draft, text: str) -> None:
    """🆘 or SOS typed at a step of the request: what the 🆘 button does (an urgent case for the hotline team at once,
    which takes the request's place), with what the person typed and the words of danger told at an earlier step,
    which the danger reply said go with its 🆘; a country chosen in the request gives the right emergency number."""
    told = draft.message if draft.urgent else None
    written = "\n".join(part for part in (told, text.strip()) if part)
    picked = draft.answers.get("country") if draft.velayat == ABROAD else None
    await sos.open_urgent(update, context, written, picked or None)
