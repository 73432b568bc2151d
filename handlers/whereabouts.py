"""Where a person says they are now, in any message ("я теперь в Стамбуле", "im in istanbul", "men Stambulda", "я
вернулся домой в Мары"): known in memory for the hour (bot/recent.py), so that the next "номер скорой" or danger
reply gives that country's number over the one kept; then, once, the question whether to keep the new country
instead of the kept one, or to forget the kept one for a person back home. Nothing is stored without that yes."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import callbacks
from bot.countries import OTHER
from bot.elsewhere import is_elsewhere
from bot.nlp.crisis import tells_of_being_sent, word_count
from bot.nlp.where_known import asks_where_known
from bot.nlp.whereabouts import (
    asks_something,
    places_named_as_writers,
    says_writer_came_back,
    says_writer_is_home,
    tells_of_arriving,
)
from bot.recent import HOME
from bot.runtime.context import BotContext
from handlers.abroad import ABROAD, KEEP, with_country
from handlers.common import (
    answer_query,
    hotline_block,
    menu_button,
    menu_only,
    refuse_button,
    reply,
    sos_button,
)
from handlers.elsewhere import answer_elsewhere, country_name, writer_elsewhere
from handlers.handoff import START as HANDOFF_START
from handlers.questions import topic_buttons

UNKEEP = ABROAD + "unkeep:"  # ab:unkeep:<country code>: forget the kept country, for a person back home
LEAVE = ABROAD + "same"  # the kept country stays as it is
# The article for a person back home, offered with the welcome if the knowledge base has it.
REINTEGRATION = "reintegration"


def note_place(context: BotContext, place: str | None) -> str | None:
    """Keep for the hour where a message said the person is now (`place_said`: a pack's code, or HOME); that place
    when the memory held another one before (the question whether to keep it may follow), else None."""
    person = context.person
    if person is None or place is None:
        return None
    data = context.bot_data
    now = data.storage.now()
    before = data.places.get(person.user_id, now)
    data.places.note(person.user_id, place, now)
    return place if place != before else None


def place_said(context: BotContext, text: str) -> str | None:
    """Where the message says the writer is now: a pack's code, HOME, or None."""
    if says_writer_is_home(text):
        return HOME
    # "from Moscow, now I am in Istanbul": only the country the writer is in; "they send me to Dubai": none
    packs = [c for c in context.bot_data.countries if c.code != OTHER]
    found = [packs[i] for i in places_named_as_writers(text, [c.said_as for c in packs])]
    if tells_of_being_sent(text):
        return None
    if not found:
        return writer_elsewhere(text)  # "im in china now": a country without a pack
    return found[0].code if len(found) == 1 else None


MAX_PLACE_WORDS = 5  # "я теперь в Стамбуле": a few words that only say where one is
MAX_ASKING_WORDS = 10  # "im in dubai where can i complain": the place and a short question
MAX_ARRIVING_WORDS = (
    12  # "ну всё я уже в россии пересёк границу в оренбурге": the place and how one got there
)


# The writer with someone, counted as one word: "my husband and i are in dubai", "мы с мужем в Дубае"
_TOGETHER = re.compile(
    r"\bmy \w+ and i\b|\bme and (?:my )?\w+\b|\bмы с \w+|\b\w+ bilen (?:men|biz)\b", re.IGNORECASE
)


def only_says_where(text: str, place: str | None) -> bool:
    """A few words that say where the writer is (`place`, as `place_said` read it) and little else."""
    return place is not None and word_count(_TOGETHER.sub("we", text)) <= MAX_PLACE_WORDS


async def place_noted(update: Update, context: BotContext, text: str, place: str | None) -> bool:
    """ "Я теперь в Стамбуле", "im in dubai now" (`place`, as `place_said` read it), and nothing else: that the bot
    has it in mind for the hour, with the country's numbers a tap away, rather than "I am not sure I understood
    your question"; back home, a welcome with where to turn there. False for anything else (a question about the place, a topic the matcher is sure of), which is
    read as usual."""
    if place is None:
        return False
    asked = asks_something(text)
    arrived = not asked and tells_of_arriving(text) and word_count(text) <= MAX_ARRIVING_WORDS
    if not (only_says_where(text, place) or arrived or asked and word_count(text) <= MAX_ASKING_WORDS):
        return False
    if asked and place != HOME:
        await _note_before_the_answer(update, context, place)
        return False
    if place == HOME:
        # "i live in lebap": someone who never left is read as usual; only one who came back is welcomed home
        if not says_writer_came_back(text):
            return False
        await welcome_home(update, context)
        return True
    if is_elsewhere(place) and not context.bot_data.matcher.match(text).confident:
        await answer_elsewhere(update, context, place)  # "im in china now": no numbers for it, said so
        return True
    country = context.bot_data.countries.get(place) if place not in (None, HOME) else None
    if country is None or context.bot_data.matcher.match(text).confident:
        return False
    noted = context.gettext(
        "📍 Noted: you are in {country} now. I will keep it in mind for an hour, to give you the right numbers. "
        "What do you need?"
    ).format(country=html.escape(country.in_sentence(context.language)))
    markup = InlineKeyboardMarkup([[sos_button(context)], [menu_button(context)]])
    await reply(update, context, noted, with_country(markup, context, country))
    return True


async def _note_before_the_answer(update: Update, context: BotContext, place: str) -> None:
    """The place said with a question ("куда жаловаться тут в россии"): that it is noted, before the answer."""
    country = context.bot_data.countries.get(place)
    if country is None:
        return
    noted = context.gettext(
        "📍 Noted: you are in {country} now. I will keep it in mind for an hour, to give you the right numbers."
    ).format(country=html.escape(country.in_sentence(context.language)))
    await reply(update, context, noted)


async def say_where_known(update: Update, context: BotContext, text: str) -> bool:
    """ "Do you still know which country im in?" (after /forget, most often): what the bot holds, said plainly; a
    plain no when it holds nothing. False for any other message."""
    person = context.person
    if person is None or not asks_where_known(text):
        return False
    data = context.bot_data
    recent = data.places.get(person.user_id, data.storage.now())
    kept = data.countries.get(person.country)
    if recent == HOME:
        said = context.gettext("Yes: in the last hour you told me you are back in Turkmenistan.")
    elif recent is not None and (data.countries.get(recent) is not None or is_elsewhere(recent)):
        pack = data.countries.get(recent)
        name = pack.title(context.language) if pack is not None else country_name(context, recent)
        said = context.gettext(
            "Yes: {country}. You told me in the last hour; I keep it in memory for an hour only, not saved."
        ).format(country=html.escape(name))
    elif kept is not None:
        said = context.gettext("Yes: {country}, which you let me keep. /forget deletes it.").format(
            country=html.escape(kept.title(context.language))
        )
    else:
        said = context.gettext(
            "No. I do not know which country you are in: if you told me before, it was deleted (with /forget, or "
            "after an hour), and nothing about it is kept. Write the country if you want its emergency numbers."
        )
    await reply(update, context, said, menu_only(context))
    return True


async def welcome_home(update: Update, context: BotContext) -> None:
    """ "Я вернулся домой в Мары": where to turn at home (the hotline, a request to an organisation, the article on
    settling back in), not the advice on how to get home that the matcher finds for these words."""
    text = "\n\n".join(
        [
            context.gettext(
                "🏠 Welcome home. If you need help now that you are back (work, money, documents, health, or what "
                "happened abroad), the hotline and the network's organisations are here for you:"
            ),
            hotline_block(context),
        ]
    )
    article = context.bot_data.knowledge.get(REINTEGRATION)
    rows = [
        # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
        [InlineKeyboardButton(context.pgettext("button", "🙋 Talk to an NGO"), callback_data=HANDOFF_START)],
        *(topic_buttons(context, [article]) if article is not None else []),
        [menu_button(context)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def offer_to_update(update: Update, context: BotContext, place: str) -> None:
    """The person has a country kept and said they are somewhere else now: may the bot keep the new one instead
    (or, back home, forget the kept one)? Not in the middle of a request or question, whose step comes first."""
    person = context.person
    data = context.bot_data
    kept = data.countries.get(person.country) if person is not None else None
    if person is None or kept is None or kept.code == place:
        return
    draft, _ = await data.storage.draft_and_open_case(person.user_id)
    if draft is not None:
        return
    language = context.language
    kept_name = html.escape(kept.in_sentence(language))
    # TRANSLATORS: a button label; {country} is a country's name (up to 20 letters); at most 40 characters with it.
    leave = context.pgettext("button", "No, keep {country}").format(country=kept.title(language))
    if place == HOME:
        text = context.gettext(
            "You wrote that you are in Turkmenistan now, so I will not give you the numbers of {country}. You "
            "let me keep {country} as the country you are in: shall I forget it?"
        ).format(country=kept_name)
        # TRANSLATORS: a button label; {country} is a country's name (up to 20 letters); at most 40 characters
        # with it.
        change = context.pgettext("button", "Forget {country}").format(country=kept.title(language))
        data_change = UNKEEP + kept.code
    else:
        now = data.countries.get(place)
        if now is None:
            return
        text = context.gettext(
            "You wrote that you are in {country} now, and I have {kept} kept as the country you are in. Shall I "
            "remember {country} instead? It helps me give you the right numbers."
        ).format(country=html.escape(now.in_sentence(language)), kept=kept_name)
        # TRANSLATORS: a button label; {country} is a country's name (up to 20 letters); at most 40 characters
        # with it.
        change = context.pgettext("button", "Remember {country} instead").format(country=now.title(language))
        data_change = KEEP + now.code
    rows = [
        [InlineKeyboardButton(change, callback_data=data_change)],
        [InlineKeyboardButton(leave, callback_data=LEAVE)],
    ]
    await reply(update, context, text, InlineKeyboardMarkup(rows))


async def forget_kept(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    code = callbacks.word(query.data, UNKEEP)
    country = context.bot_data.countries.get(code)
    person = context.person
    if country is None or person is None:
        await refuse_button(update, context)
        return
    await answer_query(update)
    # a button from before: a country kept since then is not the one it offered to forget
    if person.country == country.code:
        await context.bot_data.storage.set_country(person.user_id, None)
    text = context.gettext("Done: {country} is no longer kept.").format(
        country=html.escape(country.in_sentence(context.language))
    )
    await reply(update, context, text, menu_only(context))


async def leave_kept(update: Update, context: BotContext) -> None:
    await answer_query(update)
    await reply(update, context, context.gettext("All right, nothing is changed."), menu_only(context))


def handlers() -> list[BaseHandler[Update, BotContext, None]]:
    return [
        CallbackQueryHandler(forget_kept, pattern=f"^{UNKEEP}"),
        CallbackQueryHandler(leave_kept, pattern=f"^{LEAVE}$"),
    ]
