"""The emergency path: numbers first and questions never; one tap to an urgent case; and SOS on an open case, which
makes it urgent and alerts both staff chats at once."""

from __future__ import annotations

import logging
from functools import partial

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ReactionEmoji
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

import handlers.abroad as abroad
from bot import callbacks
from bot.countries import OTHER, Country, says_at_home
from bot.elsewhere import names_another_place
from bot.handoff import ABROAD, NewCase, message_parts
from bot.i18n import Translator
from bot.menu_words import typed_sos
from bot.nlp.someone_else import about_them, writer_in_it
from bot.nlp.whereabouts import names_a_plan_or_another
from bot.runtime.context import BotContext
from bot.sos_words import SosMessage, messages_on_card, sos_message
from bot.storage import Case
from handlers.alerts import under_alert, urgent_alert
from handlers.cards import (
    card_in,
    card_view,
    organisation_name,
    refresh_card,
    send_about_case,
    staff_translator,
    waiting_referral,
)
from handlers.common import (
    MENU_SOS,
    URGENT,
    answer_query,
    escape,
    hotline_block,
    menu_button,
    reply,
    sos_button,
    words_answered,
)
from handlers.delivery import passed_on, post_to_staff
from handlers.forum import rename_topics
from handlers.handoff import create_and_confirm
from handlers.hide import hide_button
from handlers.staffchats import send_to_staff_chat
from handlers.told import forget_told, home_velayat, written_lately

log = logging.getLogger(__name__)

# Sent again only after a pause, so that repeated SOS presses do not flood the staff chats.
REALERT_SECONDS = 120


def danger_now_line(context: BotContext, country: Country | None) -> str:
    """What to do if life is in danger now: the emergency number of `country` where the person is, or the local
    emergency number."""
    if country is not None and country.emergency:
        return context.gettext(
            "If your life is in danger right now, call {number} (the emergency number in {country}) or ask "
            "people nearby to call the police, even if your papers are not in order."
        ).format(number=country.emergency, country=escape(country.in_sentence(context.language)))
    return context.gettext(
        "If your life is in danger right now, call the local emergency number or ask people nearby to call "
        "the police, even if your papers are not in order."
    )


def their_danger_line(context: BotContext, country: Country | None) -> str:
    """What to do if the life of someone close, whose danger the person told, is in danger now: the emergency number
    of `country` where they are, for them or people near them to dial."""
    if country is not None and country.emergency:
        return context.gettext(
            "If their life is in danger right now, they or people near them can call {number} (the emergency "
            "number in {country}), even if their papers are not in order."
        ).format(number=country.emergency, country=escape(country.in_sentence(context.language)))
    return context.gettext(
        "If their life is in danger right now, they or people near them should call the local emergency number, "
        "even if their papers are not in order."
    )


async def in_trouble(update: Update, context: BotContext) -> None:
    # Numbers first, questions never: this path may be used by someone who has seconds.
    person = context.person
    if person is not None:
        case = await context.bot_data.storage.open_case_for(person.user_id)
        if case is not None:
            await escalate(update, context, case)  # answers the press: with a toast when it is a repeat
            return
    await answer_query(update)
    text = "\n\n".join(
        [
            hotline_block(context),
            danger_now_line(context, abroad.country_named_or_kept(context, None)),
            context.gettext(
                "One tap below and a person from the hotline team will write to you here. "
                "Only your language, this chat and your last few messages here are shared."
            ),
        ]
    )
    rows = [
        [sos_button(context)],
        [abroad.abroad_button(context)],
        [hide_button(context)],
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def urgent_request(update: Update, context: BotContext) -> None:
    """The one-tap urgent hand-off: no questions, straight to the hotline team; with a case open, that case
    becomes urgent and its staff are alerted."""
    # 🆘 under a pack: the person said where they are by picking it ("other": none of the packs' countries)
    query = update.callback_query
    picked = callbacks.word(query.data if query is not None else None, URGENT + ":")
    # the words of the danger reply the 🆘 is on (handlers/crisis.py says they go with it)
    await open_urgent(update, context, words_answered(update) or "", picked)


async def open_urgent(update: Update, context: BotContext, written: str, picked: str | None = None) -> None:
    """What 🆘 does, pressed or typed: with a case open, that case becomes urgent and its staff are alerted; else an
    urgent case for the hotline team with `written` (the words the 🆘 goes with) and nothing else, `picked` the
    country the person chose ("other": none of the packs')."""
    person = context.person
    if person is None:
        await answer_query(update)
        return
    case = await context.bot_data.storage.open_case_for(person.user_id)
    if case is not None:
        await escalate(update, context, case)
        return
    await answer_query(update)
    # Staff need the messages that told of the trouble, not only the question the 🆘 was last pressed under ("какой
    # номер полиции в казахстане"): those held for the conversation (bot/sos_words.py), and the card says which they
    # are. 🆘 typed at a request's step goes with what was typed and told in the request.
    pressed = update.callback_query is not None
    carried = sos_message(written_lately(context), written) if pressed else SosMessage(written, None)
    words = message_parts(carried.text or "")
    without_pack = False
    if picked is not None:
        country = context.bot_data.countries.get(picked) if picked != OTHER else None
    elif abroad.home_now(context):
        # "я живу в мары" this hour: at home, whatever country a question named ("в полицию россии я могу написать?")
        country = None
    else:
        country = abroad.country_the_person_is_in(context, written)
        # "i am cleaner in riyadh": abroad, in a country without a pack; the place is in her words on the card
        without_pack = country is None and abroad_without_pack(carried.text or "")
    # Where the person is: abroad, or the velayat they said they live in. Abroad, "i am from dashoguz" is kept apart,
    # for the card to show beside the country: the case is never routed nor counted as one in Daşoguz.
    away = picked is not None or country is not None or without_pack
    velayat = ABROAD if away else home_velayat(context)
    home = home_velayat(context) if away else None
    new = NewCase(
        user_id=person.user_id,
        language=context.language,  # the danger reply's: the person's follows what they write (reply_language)
        ngo_id=None,
        staff_chat_id=context.bot_data.config.staff.coordinator_chat_id or None,
        urgent=True,
        first_message=words[0] if words else None,
        message_rest=tuple(words[1:]),
        velayat=velayat,
        country=country.code if country is not None else None,
        home_velayat=home,
        opened_with="sos",
        message_said=carried.said,
    )
    # Under an answer that carries numbers or advice: the confirmation comes as a new message, the answer stays
    if await create_and_confirm(update, context, new, keep_pressed=True) is not None:
        forget_told(context, person.user_id)  # passed on: no longer held in memory


def abroad_without_pack(text: str) -> bool:
    """The person's own messages place them in a country with no pack ("i am cleaner in riyadh saudi arabia"), not
    at home, nor tell of someone else's or an offer's place."""
    return names_another_place(text) and not (says_at_home(text) or names_a_plan_or_another(text))


async def escalate(update: Update, context: BotContext, case: Case, reason: str = "sos") -> None:
    """SOS with a case open: the case becomes urgent, both staff chats are alerted, and the person is told exactly
    what happened (a press is answered here). SOS again while the alert is fresh, pressed or typed ("🆘", "сос" on
    the case: `reason` "message", relayed already): a word on the press or 👌 on the message, not a copy. Other
    words of danger while the case has its alert (since it was last opened): one line that the alert stands, never
    a new alert, as the words reached staff marked urgent (relayed just before); the reminder of a case nobody
    claims (handlers/jobs.py) is what alerts again. SOS pressed again after a pause alerts again, in one line
    beside the card staff already have."""
    storage = context.bot_data.storage
    was_urgent = case.urgent
    updated, last_alert = await storage.record_urgent(case.id, reason)
    case = updated or case
    recently = last_alert is not None and storage.now() - last_alert < REALERT_SECONDS
    message = update.effective_message
    written = (message.text or message.caption) if message is not None and reason == "message" else None
    pressed = reason == "sos" or (written is not None and typed_sos(written))
    if recently and pressed:
        await acknowledge_repeat(update, context)
        return
    if reason == "sos":  # a press; danger written (reason "message") may come with a press answered already
        await answer_query(update)
    # a new line every two minutes and the long answer each time was a flood on both sides (tester Z#1)
    stands = recently or (last_alert is not None and not pressed)
    alerted = stands or await alert_urgent(context, case, reason, newly_urgent=not was_urgent) > 0
    if case.hidden_at is not None:
        # From the hidden chat: staff alerted as ever, the phone told no organisation and no case (handlers/hidden.py)
        if stands and reason == "message":
            numbers = _number_to_dial(context, case, written)
            if numbers:
                await reply(update, context, " ".join(numbers))
            return
        lines = [hotline_block(context), _what_to_do_now(context, case, written)]
        if reason == "sos":
            lines.insert(0, passed_on(context.translator))  # a typed danger was told so by its relay
        await reply(update, context, "\n\n".join(lines), InlineKeyboardMarkup([[menu_button(context)]]))
        return
    # A case the coordinators hold has one team to name; an NGO's has two.
    organisation = escape(organisation_name(context, case, context.language)) if case.ngo_id else None
    told = escalation_words(
        context.translator,
        case.id,
        organisation,
        newly_urgent=not was_urgent,
        alerted=alerted,
        again=stands,
    )
    if stands and reason == "message":
        # "pls hurry i have this phone only 10 min" moments after an alert: the words reached staff (relayed just
        # before), and one line says the alert stands, not the hotline block and the keyboard again on a watched
        # screen; what to dial where the one in danger is, when it is known, is what they need most
        await reply(update, context, " ".join([told, *_number_to_dial(context, case, written)]))
        return
    text = "\n\n".join([told, hotline_block(context), _what_to_do_now(context, case, written)])
    await reply(update, context, text, InlineKeyboardMarkup([[hide_button(context)], [menu_button(context)]]))


def _what_to_do_now(context: BotContext, case: Case, written: str | None) -> str:
    """The line under an alert on what to do if life is in danger now: for someone close when the danger told is
    theirs ("мне сказали его держат", or 🆘 on a case that told "муж 3 недели не отвечает"), else the person's own."""
    theirs, country = _in_danger_where(context, case, written)
    return their_danger_line(context, country) if theirs else danger_now_line(context, country)


def _number_to_dial(context: BotContext, case: Case, written: str | None) -> list[str]:
    """The short reply's words on what to dial: the emergency number of the country where the one in danger is,
    none when it is not known ("the local number" would tell nothing new)."""
    theirs, country = _in_danger_where(context, case, written)
    if country is None or not country.emergency:
        return []
    where = {"number": country.emergency, "country": escape(country.in_sentence(context.language))}
    if theirs:
        return [
            context.gettext(
                "In danger now? They or people near them can call {number} (the emergency number in {country})."
            ).format(**where)
        ]
    return [
        context.gettext("In danger now? Call {number} (the emergency number in {country}).").format(**where)
    ]


def _in_danger_where(context: BotContext, case: Case, written: str | None) -> tuple[bool, Country | None]:
    """Whether the danger is someone close's, and the country where the one in danger is, when known."""
    data = context.bot_data
    person = context.person
    named = person is not None and data.others_named.get(person.user_id, data.storage.now()) is not None
    # A 🆘 card may carry several of the person's messages, a blank line apart (bot/sos_words.py): "я живу в лебапе",
    # then "муж уехал в россию … не отвечает". The story is the first of them told about someone close.
    story = next((part for part in messages_on_card(case.first_message) if about_them(part, named)), None)
    if written is not None and about_them(written, named):
        return True, data.countries.named_in(written) or _where_they_are(context, story)
    if story and (written is None or not writer_in_it(written)):
        return True, _where_they_are(context, story)
    # "в стамбуле, район не знаю" on the case: the country the message names gives the number, as everywhere; /sos
    # and 🆘: the one the person said they are in this hour, else the one kept
    country = abroad.country_the_person_is_in(context, written)
    if country is None and written is None and not abroad.home_now(context):
        # /sos or 🆘 on a case asked for from a country's pack: that country, as its staff know it
        country = data.countries.get(case.country)
    return False, country


def _where_they_are(context: BotContext, story: str | None) -> Country | None:
    """Where someone close is: the country the story names, else the one the writer said this hour they are in."""
    named = context.bot_data.countries.named_in(story) if story else None
    return named or abroad.recent_country(context)


async def acknowledge_repeat(update: Update, context: BotContext) -> None:
    """🆘 pressed, or /sos, 🆘 or SOS typed, again moments after an alert went out (staff are not alerted again): a
    toast on the press, 👌 on the typed message, never another full message. A panicking person pressing again and again would get a
    wall of copies on a phone that may be watched, and the rate limit would queue staff's answer behind them."""
    query = update.callback_query
    if query is not None:
        await answer_query(
            update,
            context.gettext(
                "🆘 The staff already have your alert. A person will write to you here. In danger now? Call the "
                "hotline."
            ),
        )
        return
    message = update.message
    if message is None:
        return
    try:
        await context.bot.set_message_reaction(
            message.chat_id, message.message_id, ReactionEmoji.OK_HAND_SIGN
        )
    except TelegramError as error:
        log.info("a reaction could not be set (%s)", error)


def escalation_words(
    tr: Translator,
    number: int,
    organisation: str | None,
    *,
    newly_urgent: bool,
    alerted: bool,
    again: bool = False,
) -> str:
    """What SOS on an open case tells the person: "now urgent" only when it was not urgent before, and who had the
    alert (`organisation` None: the hotline team holds the case, the only one to name); `again`: an alert went out
    moments ago and none went now, so "just alerted" would not be true."""
    if newly_urgent:
        first = tr.gettext("🆘 Your request #{number} is now urgent.")
    else:
        first = tr.gettext("🆘 Your request #{number} is urgent.")
    if again:
        then = tr.gettext("The staff already have the alert. A person will write to you here.")
    elif not alerted:
        then = tr.gettext(
            "I could not reach the staff chats right now: it will be passed on as soon as they can be reached. "
            "Please call the hotline now."
        )
    elif organisation is None:
        then = tr.gettext("The hotline team has just been alerted. A person will write to you here.")
    else:
        then = tr.gettext(
            "Alerted just now: {organisation} and the hotline team. A person will write to you here."
        ).format(organisation=organisation)
    return f"{first.format(number=number)} {then}"


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    private = filters.ChatType.PRIVATE
    return [
        CallbackQueryHandler(in_trouble, pattern=f"^{MENU_SOS}$"),
        CommandHandler("sos", in_trouble, filters=private),
        CallbackQueryHandler(urgent_request, pattern=f"^{URGENT}(:|$)"),
    ]


async def alert_urgent(context: BotContext, case: Case, reason: str, *, newly_urgent: bool) -> int:
    """The person asked for help now (`reason`: "sos" or "message"): edit the card to show it is urgent, and alert
    the case's staff chat and the coordinator chat at once. Returns how many chats took the alert."""
    if newly_urgent:
        await refresh_card(context, case)
        await rename_topics(context, case, partial(staff_translator, context))
    alerted = 0
    tr = staff_translator(context, case.staff_chat_id)
    # Kept as an alert: a reply to it reaches the person, like a reply to the card, and repeated SOS waits for it.
    if await post_to_staff(context, case, urgent_alert(tr, case, reason), kind="alert") is not None:
        alerted += 1
    alerted += await alert_coordinators(context, case, reason)
    log.info("case %s: urgent alert (%s) reached %d staff chat(s)", case.id, reason, alerted)
    return alerted


async def alert_coordinators(context: BotContext, case: Case, reason: str) -> bool:
    """The alert above a copy of the case's card in the coordinator chat, when that is not the case's own chat (which
    has the card itself); True when the chat took it. A chat that has a copy already (an earlier alert's, an
    escalation's) gets the alert as a reply to it: one card per case there, each copy edited on every change."""
    coordinator = context.bot_data.config.staff.coordinator_chat_id
    if not coordinator or coordinator == case.staff_chat_id:
        return False
    tr = staff_translator(context, coordinator)
    copy = await card_in(context, coordinator, case)
    try:
        if copy is not None:
            posted = await send_about_case(
                context, case, copy[0], urgent_alert(tr, case, reason), reply_to=copy[1]
            )
            await context.bot_data.storage.add_case_message(case.id, "alert", "", *posted)
            return True
        card, markup = card_view(
            context, coordinator, case, referral_to=await waiting_referral(context, case)
        )
        chat_id, message_id = await send_to_staff_chat(
            context, coordinator, under_alert(tr, case, reason, card), markup
        )
    except TelegramError as error:
        log.warning("case %s: the urgent alert could not reach the coordinator chat (%s)", case.id, error)
        return False
    # A reply to the alert reaches the person, like a reply to the card, and later edits keep it true.
    await context.bot_data.storage.add_alert_copy(case.id, reason, chat_id, message_id)
    return True
