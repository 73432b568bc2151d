"""A person or a language asked for in words, and a phone number sent alone (bot/menu_words.py, bot/phones.py): each
answered with what its button gives, or with what the bot does with numbers, never as a question it did not
understand. Each returns False for anything else, so that the text is read as usual (handlers/text.py)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.languages import LANGUAGES
from bot.menu_words import (
    typed_bot_question,
    typed_language_refused,
    typed_language_request,
    typed_person_request,
    typed_real_question,
    typed_share_request,
)
from bot.nlp.no_calls import asks_not_to_be_called
from bot.nlp.smalltalk import SmallTalk, small_talk
from bot.phones import is_a_phone_number_alone
from bot.runtime.context import BotContext
from bot.storage import Case
from handlers.cards import organisation_name
from handlers.common import MENU_CHECK, escape, hotline_block, main_menu, menu_button, reply, sos_button
from handlers.hide import hide_button
from handlers.questions import RED_FLAGS, person_button, topic_buttons
from handlers.reply_language import choose_language
from handlers.start import open_request_line


async def language_in_words(update: Update, context: BotContext, text: str) -> bool:
    """ "Можно на русском?", "rusça ýaz", "switch to english": what the 🌐 Language button and a language do, said
    in the new language."""
    refused = typed_language_refused(text)
    if refused is not None and refused != context.language:
        return False  # "rusça ýazyp bilemok" in a Turkmen chat: nothing to change, read as usual
    code = typed_language_request(text) if refused is None else _language_instead(context, text, refused)
    if code is None:
        return False
    await choose_language(context, code)
    done = context.gettext("Done: I will write in English.")
    await reply(
        update,
        context,
        done + "\n\n" + (await open_request_line(context) or context.gettext("What do you need?")),
        main_menu(context),
    )
    return True


def _language_instead(context: BotContext, text: str, refused: str) -> str:
    """ "Я не понимаю по-туркменски": the language the message is written in, else the person's, else another of
    the bot's, never the one they cannot read."""
    matcher = context.bot_data.matcher
    candidates = (matcher.written_language(text), matcher.likely_language(text), context.language, *LANGUAGES)
    return next(code for code in candidates if code is not None and code != refused)


async def person_or_number(update: Update, context: BotContext, text: str, open_case: Case | None) -> bool:
    """A person asked for in words ("можно чтобы кто то написал мне", "can a real person talk to me"): how one
    writes to them here, 🙋 first; not to be called ("не звоните, только пишите"): that nobody calls; or a phone
    number sent alone: that the bot calls nobody and keeps no number from a message. With a case open, a person is asked for where the case already has them. "Are you a bot?":
    honestly, that it is, and how a person writes."""
    if (
        typed_bot_question(text) and small_talk(text) is not SmallTalk.RUDE
    ):  # "bu bot peýdasyz": rude, not a question
        await _say_it_is_a_bot(update, context, open_case)
        return True
    if typed_real_question(text) and open_case is None:
        await _how_to_check(update, context)
        return True
    if typed_person_request(text):
        if open_case is not None:
            line = await open_request_line(context)
            await reply(update, context, line or "", _sos_only(context))
            return True
        talk = context.pgettext("button", "🙋 Talk to a person")
        answer = context.gettext(
            "🙋 Yes, a person can write to you here. Tap «{button}»: you choose what to share, and an organisation "
            "writes back to you in this chat.\n\nIf you are in danger now, tap 🆘: the hotline team is alerted "
            "at once."
        ).format(button=talk)
        markup = InlineKeyboardMarkup(
            [[person_button(context)], [sos_button(context)], [menu_button(context)]]
        )
        await reply(update, context, answer, markup)
        return True
    if asks_not_to_be_called(text):
        await _not_called(update, context)
        return True
    if is_a_phone_number_alone(text):
        talk = context.pgettext("button", "🙋 Talk to a person")
        answer = context.gettext(
            "📵 I do not call anyone, and I do not keep a number sent in a message. If you want a person to call "
            "you back, tap «{button}»: it asks whether a call is safe for you and which number to call."
        ).format(button=talk)
        await reply(
            update, context, answer, InlineKeyboardMarkup([[person_button(context)], [menu_button(context)]])
        )
        return True
    return False


async def _not_called(update: Update, context: BotContext) -> None:
    """ "не звоните мне, только пишите": nobody calls; a person writes here; the chat can be hidden at once."""
    answer = context.gettext(
        "📵 Nobody will call you. I never call, and a person from the network writes to you here, in this chat: "
        "they call only if you ask for a call and say it is safe. If someone else may see this phone, tap "
        "«{hide}»."
    ).format(hide=context.pgettext("button", "🙈 Hide this chat"))
    rows = [[person_button(context)], [hide_button(context)], [menu_button(context)]]
    await reply(update, context, answer, InlineKeyboardMarkup(rows))


async def _say_it_is_a_bot(update: Update, context: BotContext, open_case: Case | None) -> None:
    """Never "yes" to "are you a person": the bot says it is one, then how a person from the network writes."""
    bot = context.gettext("🤖 I am a bot: an automatic helper, not a person.")
    if open_case is not None:
        line = await open_request_line(context)
        await reply(update, context, f"{bot}\n\n{line or ''}".strip(), _sos_only(context))
        return
    person = context.gettext(
        "A person from the network of organisations can write to you here: tap «{button}». You choose what to "
        "share, and they answer in this chat."
    ).format(button=context.pgettext("button", "🙋 Talk to a person"))
    markup = InlineKeyboardMarkup([[person_button(context)], [sos_button(context)], [menu_button(context)]])
    await reply(update, context, f"{bot}\n\n{person}", markup)


async def _how_to_check(update: Update, context: BotContext) -> None:
    """ "Is it real??" after an offer or a win: the bot cannot vouch for it, so how to check it, with the topic just
    read (if any, in the last hour) and the signs of a dangerous offer."""
    check = context.pgettext("menu", "✅ Check a job offer")
    answer = context.gettext(
        "🔎 I cannot tell from here whether an offer or a win is real. If it asks you to pay first, to hurry, or "
        "to send your passport, treat it as a scam: do not pay and send nothing until it is checked. Check the "
        "offer with a few questions under «{button}», or ask the hotline:"
    ).format(button=check)
    data = context.bot_data
    shown = data.topics_shown.get(context.person.user_id, data.storage.now()) if context.person else None
    found = (data.knowledge.get(topic_id) for topic_id in dict.fromkeys((shown, RED_FLAGS)) if topic_id)
    topics = [topic for topic in found if topic is not None]
    rows = [
        [InlineKeyboardButton(check, callback_data=MENU_CHECK)],
        *topic_buttons(context, topics),
        [person_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, answer + "\n\n" + hotline_block(context), InlineKeyboardMarkup(rows))


async def person_asked_on_case(update: Update, context: BotContext, case: Case, text: str) -> None:
    """After a message asking for a person reached the person's open case (handlers/opencase.relay_to_case): that
    it did, and that a person will write. Not on the case's first message, whose acknowledgement says so, and not
    while messages wait for the staff chat, which the person has been told."""
    if not typed_person_request(text) or case.ack_message_id is None:
        return
    if await context.bot_data.storage.pending_relayed(case.id):
        return
    answer = context.gettext(
        "👌 Your message reached {organisation}. A person will write to you here as soon as they can. If you are in "
        "danger now, tap 🆘."
    ).format(organisation=escape(organisation_name(context, case, context.language)))
    await reply(update, context, answer, _sos_only(context))


def _sos_only(context: BotContext) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[sos_button(context)]])


async def share_in_words(update: Update, context: BotContext, text: str) -> bool:
    """ "А как маме переслать результат?", "can my mom check it too": how to pass an answer on, that they can check
    an offer here themselves, and the hotline for someone without Telegram; never "not about migrating"."""
    if not typed_share_request(text):
        return False
    check = context.pgettext("menu", "✅ Check a job offer")
    answer = context.gettext(
        "📤 To show it to someone: press and hold the message, then «Forward», or take a screenshot. They can also "
        "open this bot themselves and press «{button}» to check the offer with you. Someone without Telegram can "
        "call the hotline:"
    ).format(button=check)
    markup = InlineKeyboardMarkup(
        [[InlineKeyboardButton(check, callback_data=MENU_CHECK)], [menu_button(context)]]
    )
    await reply(update, context, answer + "\n\n" + hotline_block(context), markup)
    return True
