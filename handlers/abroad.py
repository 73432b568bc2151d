""" "I am abroad": the destination pack of the person's country (numbers and contacts first, "checked on" under
them), then remote help from the network; the country remembered only if the person agrees."""

from __future__ import annotations

import html
from collections.abc import Iterable

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.ext import BaseHandler, CallbackQueryHandler

import handlers.handoff as handoff
from bot import callbacks
from bot.border_towns import Across
from bot.countries import OTHER, Country, says_at_home
from bot.elsewhere import names_another_place, place_named
from bot.knowledge import Topic
from bot.nlp.crisis import tells_of_being_sent
from bot.nlp.number_question import asks_emergency_number, asks_whom_to_call
from bot.nlp.whereabouts import (
    names_a_crossing,
    names_an_offers_place,
    places_writer_in,
    says_writer_is_home,
)
from bot.recent import HOME
from bot.runtime.context import BotContext
from handlers.common import (
    answer_query,
    ask_for_location,
    hotline_block,
    is_sos_button,
    menu_button,
    menu_only,
    refuse_button,
    reply,
    sos_button,
)
from handlers.elsewhere import answer_elsewhere, elsewhere_now

ABROAD = "ab:"
PICK = ABROAD + "pick"
SHOW = ABROAD + "c:"  # ab:c:<country code>, chosen as the country the person is in
VIEW = (
    ABROAD + "v:"
)  # ab:v:<country code>, the pack offered under an answer: the person may only be going there
KEEP = ABROAD + "keep:"  # ab:keep:<country code>
DONT_KEEP = ABROAD + "nokeep"
REMOTE = ABROAD + "remote"  # ab:remote, or ab:remote:<country code> from that country's pack


def abroad_button(context: BotContext) -> InlineKeyboardButton:
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    return InlineKeyboardButton(context.pgettext("button", "🌍 I am abroad"), callback_data=PICK)


def person_country(context: BotContext) -> Country | None:
    """The country the person agreed to have remembered, if its pack still exists."""
    person = context.person
    return context.bot_data.countries.get(person.country) if person is not None else None


# The topics about the country a person left, whose pack helps them at home: seen, not noted as where they are.
ABOUT_THE_COUNTRY_LEFT = frozenset({"entry-ban"})


def recent_country(context: BotContext) -> Country | None:
    """The country the person showed they are in during the last hour (bot/recent.py), kept or not."""
    person = context.person
    if person is None:
        return None
    data = context.bot_data
    return data.countries.get(data.places.get(person.user_id, data.storage.now()))


def home_now(context: BotContext) -> bool:
    """The person said in the last hour that they are back in Turkmenistan: no kept country's numbers then."""
    person = context.person
    data = context.bot_data
    return person is not None and data.places.get(person.user_id, data.storage.now()) == HOME


def note_country(context: BotContext, country: Country) -> None:
    """The person showed they are in `country` (not "another country"): known for the conversation."""
    person = context.person
    if person is not None and country.code != OTHER:
        context.bot_data.places.note(person.user_id, country.code, context.bot_data.storage.now())


def country_named_or_kept(context: BotContext, text: str | None, *, kept: bool = True) -> Country | None:
    """The country a person's message names; else, when `kept`, the one they showed in the last hour or let the
    bot keep, unless the message names a place without a pack ("I am now in Tashkent": neither is where they are)
    or they said in the last hour that they are back home."""
    named = context.bot_data.countries.named_in(text) if text else None
    if named is None and kept and not (text and names_another_place(text)) and not home_now(context):
        return recent_country(context) or (None if elsewhere_now(context) else person_country(context))
    return named


def country_the_person_is_in(context: BotContext, text: str | None) -> Country | None:
    """Where the person is now, for the emergency number: the country the message names, else the one kept; none
    when the message places them in Turkmenistan, says they came back ("men Türkiýeden gaýtdym": the country named
    is the one left) or tells of being sent away (then a country it names is where they are being sent: "they send
    me to Dubai tomorrow"). A border to be crossed ("turkiye serhetden gizlin gecmek"), an offer, a procedure or
    someone else there ("turkiyede operasiya", "a man living in turkey") is the country named, unless the message
    also puts the writer there: the one kept, if any, is where the person is."""
    if text and (says_at_home(text) or says_writer_is_home(text) or tells_of_being_sent(text)):
        return None
    named = context.bot_data.countries.named_in(text) if text else None
    if (
        named is not None
        and names_an_offers_place(text or "")
        and not places_writer_in(text or "", named.said_as)
    ):
        # "turkiyede operasiya", "a man living in turkey": the offer's or someone else's country, not the writer's
        return country_named_or_kept(context, None)
    return country_named_or_kept(context, None if text and names_a_crossing(text) else text)


def country_of_answer(context: BotContext, text: str | None, topics: Iterable[Topic]) -> Country | None:
    """The pack an answer (or a "not sure" reply offering `topics`) offers: the country the message names; else,
    when a topic depends on the country (marked by_country), the one the person let the bot keep. None when the
    message says its writer is back home: the country it names is the one left ("вернулся домой из Москвы"), unless
    the answer is about that country's ban on coming back: its pack says how to check it (tester Y#3)."""
    if text and says_writer_is_home(text):
        left = any(topic.id in ABOUT_THE_COUNTRY_LEFT for topic in topics)
        return context.bot_data.countries.named_in(text) if left else None
    return country_named_or_kept(context, text, kept=any(topic.by_country for topic in topics))


def with_country(
    markup: InlineKeyboardMarkup, context: BotContext, country: Country | None
) -> InlineKeyboardMarkup:
    """The keyboard with a button to the country's pack, under the 🆘 button if there is one (the numbers of
    the country come before the advice's other buttons)."""
    if country is None:
        return markup
    button = InlineKeyboardButton(
        # TRANSLATORS: a button label; {country} is a country's name (up to 20 letters); at most 40 characters
        # with it.
        context.pgettext("button", "🌍 {country}: numbers, rules").format(
            country=country.title(context.language)
        ),
        callback_data=VIEW + country.code,
    )
    rows = list(markup.inline_keyboard)
    first = 1 if rows and any(is_sos_button(str(b.callback_data)) for b in rows[0]) else 0
    return InlineKeyboardMarkup([*rows[:first], [button], *rows[first:]])


async def answer_number_question(update: Update, context: BotContext, text: str) -> bool:
    """ "номер полиции в дубае", "а куда звонить тут в казахстане": the numbers of the country's pack first, with the button to all of it; with no
    country named or known, the question which country, as "🌍 I am abroad" asks. False for any other message, and
    for one that places the person at home: no pack holds Turkmenistan's numbers."""
    named = context.bot_data.countries.named_in(text) is not None or place_named(text) is not None
    asked = asks_emergency_number(text) or asks_whom_to_call(text, country_named=named)
    if not asked or says_at_home(text):
        return False
    country = country_named_or_kept(context, text)
    if country is None and home_now(context):
        await where_to_turn_at_home(update, context)  # not "which country are you in?"
        return True
    # "what is police number in saudi", or asked after "im in china now": no pack, so no numbers to give, and not
    # the question which country again
    elsewhere = (place_named(text) or elsewhere_now(context)) if country is None else None
    if elsewhere is not None:
        await answer_elsewhere(update, context, elsewhere)
        return True
    numbers = [fact for fact in country.ordered() if fact.kind == "number"] if country is not None else []
    if country is None or not numbers:
        await pick_country(update, context)
        return True
    title = context.gettext("Emergency numbers: {country}").format(
        country=html.escape(country.title(context.language))
    )
    # the date the pack gives its numbers, as 🌍 shows it: a number may change, and the person can see how fresh it is
    checked = context.gettext("Checked on {date}.").format(date=min(f.checked for f in numbers).isoformat())
    lines = [
        f"<b>{title}</b>",
        *(html.escape(fact.text(context.language), quote=False) for fact in numbers),
        f"<i>{checked}</i>",
        "",
        context.gettext(
            "If your papers are not in order, ask the hotline first. If your life is in danger, call the "
            "emergency number anyway."
        ),
    ]
    markup = with_country(
        InlineKeyboardMarkup([[sos_button(context)], [menu_button(context)]]), context, country
    )
    await reply(update, context, "\n".join(lines), markup, quoting=True)
    return True


async def where_to_turn_at_home(update: Update, context: BotContext) -> None:
    """ "Who do I call here" from a person back home: the hotline and a request to an organisation, since the
    network works in Turkmenistan (no pack holds its numbers)."""
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    person = InlineKeyboardButton(
        context.pgettext("button", "🙋 Talk to an NGO"), callback_data=handoff.START
    )
    text = context.gettext(
        "🏠 At home, the hotline and the network's organisations help you: call the hotline, or tap «{button}» to "
        "send a request to an organisation that helps. It is free and confidential."
    ).format(button=person.text)
    rows = [[sos_button(context)], [person], [menu_button(context)]]
    await reply(
        update, context, f"{text}\n\n{hotline_block(context)}", InlineKeyboardMarkup(rows), quoting=True
    )


async def pick_country(update: Update, context: BotContext) -> None:
    await answer_query(update)
    countries = list(context.bot_data.countries)
    buttons = [
        InlineKeyboardButton(country.title(context.language), callback_data=SHOW + country.code)
        for country in countries
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([menu_button(context)])
    text = context.gettext("Which country are you in?")
    # Quoting what the danger reply quoted: the pack's 🆘 then passes those words on as the reply's own 🆘 does
    await reply(update, context, text, InlineKeyboardMarkup(rows), quoting=True)
    hint = context.gettext(
        "Or send your location: I find the country on a map inside the bot, and the location is not kept."
    )
    await ask_for_location(update, context, hint)


def pack_text(context: BotContext, country: Country) -> str:
    """The pack in the person's language: numbers and contacts first, the date they were checked under them."""
    language = context.language
    lines = [f"<b>🌍 {html.escape(country.title(language))}</b>", ""]
    facts = country.ordered()
    if country.code == OTHER:
        # No number holds for most of the world (China, Saudi Arabia): what a person can do tonight all the same
        # comes first, and a number of one region (the EU's 112) after what holds everywhere
        lines += [
            context.gettext(
                "Do not know the local emergency number? Ask people nearby to call the police, or press 🆘: a "
                "person from the hotline team will write to you here."
            ),
            "",
        ]
        facts = tuple(sorted(facts, key=lambda fact: fact.kind == "number"))
    lines += [html.escape(fact.text(language), quote=False) for fact in facts]
    lines += [
        "",
        "<i>" + context.gettext("Checked on {date}.").format(date=country.oldest_check.isoformat()) + "</i>",
        "",
    ]
    lines += [
        context.gettext(
            "If your papers are not in order, ask the hotline first. If your life is in danger, call the "
            "emergency number anyway."
        ),
        hotline_block(context),
        context.gettext("A person from our network can also advise you remotely, here in this chat."),
    ]
    return "\n".join(lines)


def pack_keyboard(context: BotContext, country: Country) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                    context.pgettext("button", "🙋 Ask for help remotely"),
                    # the request then says which country, so that staff know which numbers and rules apply
                    callback_data=REMOTE if country.code == OTHER else f"{REMOTE}:{country.code}",
                )
            ],
            # the request it sends names the country too
            [sos_button(context, country.code)],
            [InlineKeyboardButton(_other_country_label(context, country), callback_data=PICK)],
            [menu_button(context)],
        ]
    )


def _other_country_label(context: BotContext, country: Country) -> str:
    if country.code == OTHER:
        # under the "Another country" pack, "Another country" would read as the same thing again
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        return context.pgettext("button", "🌍 Choose the country")
    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
    return context.pgettext("button", "🌍 Another country")


async def show_country(update: Update, context: BotContext, country: Country, *, chosen: bool = True) -> None:
    """The pack, the network's organisations for that country, then (once, when the person chose it as the country
    they are in) the question whether to remember it."""
    # Pressed under the danger reply (or the list reached from it): quoting what it quoted, as pick_country does.
    # Not a shared location, which has no words to pass on.
    pressed = update.callback_query is not None
    await reply(
        update, context, pack_text(context, country), pack_keyboard(context, country), quoting=pressed
    )
    await offer_organisations(update, context, country.code)
    person = context.person
    if chosen:
        note_country(context, country)  # the next danger reply gives its number, remembered or not
    if not chosen or person is None or country.code == OTHER or person.country == country.code:
        return
    question = context.gettext(
        "May I remember that you are in {country}? It helps me give you the right numbers."
    ).format(country=html.escape(country.in_sentence(context.language)))
    rows = [
        [
            InlineKeyboardButton(
                # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                context.pgettext("button", "Yes, remember it"),
                callback_data=KEEP + country.code,
            )
        ],
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "No, do not keep it"), callback_data=DONT_KEEP)],
    ]
    await reply(update, context, question, InlineKeyboardMarkup(rows))


async def country_chosen(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    chosen = query.data.startswith(SHOW)
    code = callbacks.word(query.data, SHOW if chosen else VIEW)
    country = context.bot_data.countries.get(code) if code else None
    if country is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    # A pack offered because a question named Dubai says nothing of where the person is: never "may I remember
    # that you are in …" then (a person at home who said yes would get Dubai's number in a crisis)
    await show_country(update, context, country, chosen=chosen)


async def nothing_near(update: Update, context: BotContext, code: str | None) -> None:
    """A shared location far from every organisation: say so, then the pack of the country it is in (if any)
    and remote help. Never an organisation hundreds of kilometres away as "near"."""
    text = context.gettext("There is no organisation of our network near you.")
    country = context.bot_data.countries.get(code)
    if country is None:
        text += "\n\n" + context.gettext(
            "A person from our network can advise you remotely, here in this chat."
        )
        rows = [
            [
                InlineKeyboardButton(
                    # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
                    context.pgettext("button", "🙋 Ask for help remotely"),
                    callback_data=REMOTE,
                )
            ],
            [menu_button(context)],
        ]
        # Outside every pack's outline (Berlin, Riyadh): the "another country" pack, not the country list again
        markup = with_country(InlineKeyboardMarkup(rows), context, context.bot_data.countries.get(OTHER))
        await reply(update, context, text + "\n\n" + hotline_block(context), markup)
        await offer_organisations(update, context, None)
        return
    await reply(update, context, text)
    await show_country(update, context, country)


def neighbour_name(context: BotContext, code: str) -> str:
    """A neighbouring country's name: its pack's, where it has one."""
    pack = context.bot_data.countries.get(code)
    if pack is not None:
        return pack.title(context.language)
    return {
        # TRANSLATORS: a country's name, shown in "looks like it is in another country: {country}".
        "uz": context.pgettext("country", "Uzbekistan"),
        # TRANSLATORS: a country's name, shown in "looks like it is in another country: {country}".
        "ir": context.pgettext("country", "Iran"),
        # TRANSLATORS: a country's name, shown in "looks like it is in another country: {country}".
        "af": context.pgettext("country", "Afghanistan"),
    }.get(code, code)


async def say_across_the_border(update: Update, context: BotContext, across: Across) -> None:
    """A location near the border that looks to be on the other side: say so, with that country's pack (or the
    country list) and remote help, before the organisations near it, which are still listed: the list of towns
    cannot be sure, and a person at home must not lose them."""
    text = context.gettext(
        "📍 This place looks like it is in another country: {country}, near {town}. If you are there, the 🌍 "
        "button below has what to do and whom to call, and a person from our network can advise you remotely, "
        "here in this chat. If you are in Turkmenistan, the nearest organisations are below."
    ).format(
        country=html.escape(neighbour_name(context, across.country)),
        town=html.escape(across.town.name(context.language)),
    )
    countries = context.bot_data.countries
    # a neighbour without a pack of its own: the "another country" pack, not the country list again
    pack = countries.get(across.country) or countries.get(OTHER)
    remote = InlineKeyboardButton(
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        context.pgettext("button", "🙋 Ask for help remotely"),
        callback_data=f"{REMOTE}:{pack.code}" if pack is not None and pack.code != OTHER else REMOTE,
    )
    if pack is None:
        markup = InlineKeyboardMarkup([[abroad_button(context)], [remote]])
    else:
        markup = with_country(InlineKeyboardMarkup([[remote]]), context, pack)
    await reply(update, context, text, markup)


async def offer_organisations(update: Update, context: BotContext, code: str | None) -> None:
    """The organisations in the person's country (pack `code`), then those that consult remotely; with none,
    nothing is sent."""
    found = context.bot_data.directory.for_abroad(code)
    if found:
        from handlers.gethelp import show_ngos  # gethelp imports this module, so not at the top

        await show_ngos(update, context, found)


async def keep_country(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    code = callbacks.word(query.data, KEEP)
    country = context.bot_data.countries.get(code) if code else None
    person = context.person
    if country is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    if person is None:
        return
    await context.bot_data.storage.set_country(person.user_id, country.code)
    text = context.gettext("Saved: {country}. /forget deletes it with everything else.").format(
        country=html.escape(country.title(context.language))
    )
    await reply(update, context, text, menu_only(context))


async def dont_keep(update: Update, context: BotContext) -> None:
    await answer_query(update)
    if context.person is not None:
        context.bot_data.places.forget(context.person.user_id)  # "do not keep it" holds for the hour too
    await reply(update, context, context.gettext("All right, I will not keep it."), menu_only(context))


async def remote_help(update: Update, context: BotContext) -> None:
    """A request to the network from abroad: the usual hand-off with the velayat step answered "abroad", and the
    country when it was asked from that country's pack."""
    query = update.callback_query
    assert query is not None and query.data is not None
    code = callbacks.word(query.data, REMOTE + ":") if query.data != REMOTE else None
    country = context.bot_data.countries.get(code)
    await answer_query(update)
    await handoff.begin(update, context, velayat="abroad", country=country.code if country else None)


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(pick_country, pattern=f"^{PICK}$"),
        CallbackQueryHandler(country_chosen, pattern=f"^({SHOW}|{VIEW})"),
        CallbackQueryHandler(keep_country, pattern=f"^{KEEP}"),
        CallbackQueryHandler(dont_keep, pattern=f"^{DONT_KEEP}$"),
        CallbackQueryHandler(remote_help, pattern=f"^{REMOTE}(:|$)"),
    ]
