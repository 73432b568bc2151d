"""A message that signals danger is answered as danger before it is answered as a question: the words say so, the
hotline numbers come first, and the way to a person is on the message itself. The matched topic comes after."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.casework import danger_raises_alarm
from bot.countries import Country
from bot.handoff import CARD_MESSAGE_UNITS
from bot.knowledge import Topic
from bot.nlp.crisis import CrisisKind
from bot.nlp.forced_marriage import tells_of_forced_marriage
from bot.nlp.secrecy import without_untold
from bot.nlp.someone_else import about_them, names_someone_else
from bot.runtime.context import BotContext
from bot.storage import Case
from bot.textpieces import split_text
from handlers.abroad import (
    abroad_button,
    country_named_or_kept,
    country_the_person_is_in,
    note_country,
    recent_country,
    with_country,
)
from handlers.cards import card_in, send_about_case, staff_translator
from handlers.casecopies import other_chats
from handlers.common import escape, hotline_block, reply, sos_button
from handlers.delivery import relay_heading
from handlers.handoff import PSYCHOLOGIST
from handlers.handoff import START as HANDOFF_START
from handlers.hide import hide_button
from handlers.opencase import relay_media_to_case, relay_to_case
from handlers.questions import topic_buttons
from handlers.sos import danger_now_line, escalate, their_danger_line
from handlers.staffchats import send_to_staff_chat
from handlers.told import note_danger, note_danger_answered

log = logging.getLogger(__name__)


def acknowledgement(context: BotContext, kind: CrisisKind) -> str:
    """The first line: the danger in plain words, and that it is not the person's fault."""
    lines = {
        CrisisKind.CONFINEMENT: context.gettext(
            "⚠️ Being locked in, kept from leaving or sent somewhere against your will is dangerous, and it is not "
            "your fault."
        ),
        CrisisKind.VIOLENCE: context.gettext(
            "⚠️ Violence and threats are dangerous, and it is not your fault. Your safety comes first."
        ),
        CrisisKind.SEXUAL: context.gettext(
            "⚠️ What you describe is sexual abuse. It is a crime, and it is not your fault."
        ),
        # often a child writing about being taken abroad to work (bot/nlp/crisis_sending.py): what to do, plainly
        CrisisKind.CHILD: context.gettext(
            "⚠️ A child in danger needs help at once, and it is not the child's fault. If you are under 18 and "
            "someone wants to take you away to work, do not go: tell an adult you trust and call the hotline."
        ),
        CrisisKind.STRANDED: context.gettext(
            "⚠️ Being stranded without money, documents or a place to stay is dangerous. You can get help."
        ),
        CrisisKind.HELP: context.gettext(
            "⚠️ You asked for help. You are not alone: here is how to get it now."
        ),
        CrisisKind.MEDICAL: context.gettext(
            "⚠️ Someone badly hurt or very ill needs a doctor now. Call an ambulance first, even if papers are not "
            "in order: a life comes first."
        ),
    }
    return lines[kind]


async def answer_danger(update: Update, context: BotContext, kind: CrisisKind, topic: Topic | None) -> None:
    """Numbers and a person first; the matched topic's advice only as a button after them."""
    message = update.effective_message
    # "меня бьют, я в Стамбуле": the country the message names gives the emergency number, kept or not; "locked in
    # a flat in Ashgabat, the flight to Dubai is tomorrow" gets no foreign number, but Dubai's pack stays a tap away
    written = (message.text or message.caption) if message else None
    # a forwarded advert names where the job is, not where the person is
    forwarded = message is not None and message.forward_origin is not None
    country = country_the_person_is_in(context, None if forwarded else written)
    if written and not forwarded:
        note_danger(context, written)  # what a 🆘 pressed later shows staff (handlers/sos.py)
    note_danger_answered(
        context
    )  # "no, I'm fine, just tired" after it: answered warmly (handlers/after_alarm.py)
    if kind is CrisisKind.SELF_HARM:
        await _answer_self_harm(update, context, country)
        return
    tap_sos = context.gettext(
        "Tap 🆘 and a person from the hotline team will write to you here. They get your language "
        "and your last few messages here, nothing else."
    )
    if kind is CrisisKind.MEDICAL:
        # someone badly hurt, most often beside the one who writes: the ambulance where they are, before the hotline
        lines = [
            acknowledgement(context, kind),
            _ambulance_line(context, country),
            hotline_block(context),
            tap_sos,
        ]
    elif written and _about_them(context, written):
        # "my brother is locked in a flat in Dubai": the country named is where he is, and the number is his to dial;
        # none named, where the writer said this hour they are ("my husband and i are in dubai"), not the one kept
        country = context.bot_data.countries.named_in(written) or recent_country(context)
        lines = [
            context.gettext(
                "⚠️ What you describe puts them in danger. You did right to write: here is how to get them help now."
            ),
            hotline_block(context),
            their_danger_line(context, country),
            context.gettext(
                "Tap 🆘 and a person from the hotline team will write to you here, to help you help them. They "
                "get your language and your last few messages here, nothing else."
            ),
        ]
    else:
        forced_marriage = written is not None and tells_of_forced_marriage(written)
        if forced_marriage:
            country = None  # "to a man in Türkiye": where the groom is, not where she is
        elif country is not None and written and context.bot_data.countries.named_in(written) == country:
            note_country(context, country)  # "я в Стамбуле": the next reply gives 112 even without the city
        lines = [
            _forced_marriage_line(context) if forced_marriage else acknowledgement(context, kind),
            hotline_block(context),
            danger_now_line(context, country),
            tap_sos,
        ]
    text = "\n\n".join(lines)
    rows = [
        [sos_button(context)],
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "🙋 Talk to a person"),
                callback_data=HANDOFF_START,
            )
        ],
        *(topic_buttons(context, [topic]) if topic is not None else []),
        [hide_button(context)],
    ]
    pack = country or country_named_or_kept(context, written, kept=False)
    if pack is None:
        # "call the local emergency number" with none known: the way to find it, right under 🆘
        rows.insert(1, [abroad_button(context)])
    markup = with_country(InlineKeyboardMarkup(rows), context, pack)
    # A reply to the person's message: the 🆘 under it then passes what they wrote to the hotline team
    # (handlers/sos.urgent_request), so that nobody in danger has to tell it twice
    await reply(update, context, text, markup, quoting=True)


def note_someone_named(context: BotContext, text: str) -> None:
    """A relative or friend named ("my friend went to turkey"): for the hour, a pronoun after it may be them."""
    # "they said dont tell my mom": whom a secret is kept from names nobody at stake
    if context.person is not None and names_someone_else(without_untold(text)):
        data = context.bot_data
        data.others_named.note(context.person.user_id, "named", data.storage.now())


def _about_them(context: BotContext, written: str) -> bool:
    """The danger is someone else's ("she cant leave the place" after "my friend went to turkey"), not the writer's:
    not when the one named is only whom a secret is kept from ("im 17, they said dont tell my mom")."""
    data = context.bot_data
    person = context.person
    named = person is not None and data.others_named.get(person.user_id, data.storage.now()) is not None
    return about_them(without_untold(written), named)


def _forced_marriage_line(context: BotContext) -> str:
    # Not "sexual abuse", which a frightened girl may find shocking and untrue to what she wrote
    return context.gettext(
        "⚠️ Nobody may force you to marry: it is against the law, and it is not your fault. You can say no, and "
        "you can get help."
    )


def _ambulance_line(context: BotContext, country: Country | None) -> str:
    number = country.ambulance() if country is not None else None
    if country is not None and number:
        return context.gettext(
            "🚑 Call {number} now (an ambulance in {country}), or ask people nearby to call one."
        ).format(number=number, country=escape(country.in_sentence(context.language)))
    return context.gettext(
        "🚑 Call the local emergency number now and ask for an ambulance, or ask people nearby to call one."
    )


async def _answer_self_harm(update: Update, context: BotContext, country: Country | None) -> None:
    text = "\n\n".join(
        [
            context.gettext(
                "💙 I am sorry you are going through this. You matter, and you do not have to face it alone."
            ),
            context.gettext(
                "Please talk to someone today. The hotline listens, in confidence, at any hour it is open:"
            ),
            hotline_block(context),
            context.gettext(
                "The organisations of our network have psychologists who can talk with you, here in this chat "
                "or in person. It is free and confidential."
            ),
            _self_harm_emergency(context, country),
        ]
    )
    rows = [
        [sos_button(context)],
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "💬 Talk to a psychologist"),
                callback_data=PSYCHOLOGIST,
            )
        ],
        [hide_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


def _self_harm_emergency(context: BotContext, country: Country | None) -> str:
    if country is not None and country.emergency:
        return context.gettext(
            "If you might harm yourself soon, call {number} now (the emergency number in {country}), or go to "
            "people you trust and stay with them."
        ).format(number=country.emergency, country=escape(country.in_sentence(context.language)))
    return context.gettext(
        "If you might harm yourself soon, call the local emergency number now, or go to people you "
        "trust and stay with them."
    )


async def relay_danger(
    update: Update, context: BotContext, case: Case, text: str, kind: CrisisKind, *, media: str | None = None
) -> None:
    """On an open case: the message (a text, or a photo, voice note ... of kind `media` whose caption `text` tells
    of danger) goes to staff marked urgent, the case becomes urgent, and the person gets the numbers again. In a
    conversation a worker is in (bot.casework.danger_raises_alarm), no new alarm: the message goes marked ⚠️, and
    the person gets only the line on what to do if life is in danger now."""
    note_country_named(context, text)
    country = country_the_person_is_in(context, text)
    if await in_conversation(context, case):
        await _relay(update, context, case, text, media, danger=True)
        await reply(update, context, _what_to_dial(context, kind, country))
        return
    # On a case urgent already, or one the coordinators hold or wrote on, the words reach the coordinators with
    # the case's other messages (casecopies)
    was_urgent = case.urgent
    seen_by_coordinators = was_urgent or case.claimed_by_coordinators or case.coordinators_wrote
    await _relay(update, context, case, text, media, urgent=True)
    await escalate(update, context, case, reason="message")
    if not seen_by_coordinators:
        await _show_coordinators(context, case, text)
    if kind is CrisisKind.SELF_HARM:
        await _answer_self_harm(update, context, country)
    elif kind is CrisisKind.MEDICAL:  # the alert's line is for the police: someone hurt needs the ambulance
        await reply(update, context, _ambulance_line(context, country))


async def _relay(
    update: Update,
    context: BotContext,
    case: Case,
    text: str,
    media: str | None,
    *,
    urgent: bool = False,
    danger: bool = False,
) -> None:
    if media is None:
        await relay_to_case(update, context, case, text, urgent=urgent, danger=danger)
    else:
        await relay_media_to_case(update, context, case, media, text, urgent=urgent, danger=danger)


async def in_conversation(context: BotContext, case: Case) -> bool:
    """A worker wrote to the person of this claimed case in the last minutes: danger told now needs no new alarm."""
    storage = context.bot_data.storage
    last_wrote = await storage.staff_last_wrote(case.id)
    return not danger_raises_alarm(
        claimed=case.status == "claimed", staff_wrote_at=last_wrote, now=storage.now()
    )


def _what_to_dial(context: BotContext, kind: CrisisKind, country: Country | None) -> str:
    """The one line for danger told mid-conversation: the number to dial where the person is, for its kind."""
    if kind is CrisisKind.SELF_HARM:
        return _self_harm_emergency(context, country)
    if kind is CrisisKind.MEDICAL:
        return _ambulance_line(context, country)
    return danger_now_line(context, country)


def note_country_named(context: BotContext, text: str) -> None:
    """ "я в Стамбуле, хозяин запер меня": the country named where the person is, known for the next replies."""
    named = context.bot_data.countries.named_in(text)
    if named is not None and country_the_person_is_in(context, text) == named:
        note_country(context, named)


async def _show_coordinators(context: BotContext, case: Case, text: str) -> None:
    """The words of danger also go to the coordinators' chat, under the alert they just got: "write at once" is of
    little use to the hotline team without what the person said. A reply to them reaches the person. Once the case
    is urgent the coordinators see its messages (bot.casework.chats_seeing): these words were relayed just before."""
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    case = await context.bot_data.storage.case(case.id) or case  # urgent now
    if not coordinator or coordinator not in other_chats(context, case, case.staff_chat_id or coordinator):
        return
    tr = staff_translator(context, coordinator)
    # The beginning, cut between words, when it is long: the whole is in the case's chat
    head = split_text(text, CARD_MESSAGE_UNITS)[0]
    shown = text if head == text else head.rstrip() + "…"
    words = f"{relay_heading(tr, case.id, urgent=True)}\n{escape(shown)}"
    copy = await card_in(context, coordinator, case)  # the alert's copy of the card: the words go under it
    try:
        if copy is None:
            chat_id, message_id = await send_to_staff_chat(context, coordinator, words)
        else:
            chat_id, message_id = await send_about_case(context, case, copy[0], words, reply_to=copy[1])
    except TelegramError as error:
        log.warning("case %s: the words of danger could not reach the coordinator chat (%s)", case.id, error)
        return
    # kept with the case (a reply to it reaches the person); a notice, not an alert, which holds back a repeated SOS
    await context.bot_data.storage.add_case_message(case.id, "notice", "", chat_id, message_id)
