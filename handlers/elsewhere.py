"""A country without a pack, named by the person ("what is police number in saudi", "im in china now", "china" at
the request's country step): said back, with the honest line that the bot has no checked numbers for it, then the
"another country" pack's advice and remote help. Never "Which country are you in?" again, and no number guessed."""

from __future__ import annotations

import html

from telegram import Update

from bot.countries import OTHER, Countries
from bot.elsewhere import PLACES, is_elsewhere, place_named
from bot.i18n import Translator
from bot.nlp.crisis import word_count
from bot.nlp.whereabouts import asks_something, places_named_as_writers
from bot.runtime.context import BotContext
from handlers.common import reply


def country_name(tr: Translator | BotContext, code: str) -> str:
    """The name of a country without a pack, in the reader's language; the code for one not in the table."""
    # TRANSLATORS: countries' names, each shown alone, as in "🌍 China: I have no checked numbers for this country".
    names = {
        "cn": tr.pgettext("country", "China"),
        "sa": tr.pgettext("country", "Saudi Arabia"),
        "uz": tr.pgettext("country", "Uzbekistan"),
        "kg": tr.pgettext("country", "Kyrgyzstan"),
        "tj": tr.pgettext("country", "Tajikistan"),
        "ir": tr.pgettext("country", "Iran"),
        "af": tr.pgettext("country", "Afghanistan"),
        "az": tr.pgettext("country", "Azerbaijan"),
        "ge": tr.pgettext("country", "Georgia"),
        "am": tr.pgettext("country", "Armenia"),
        "de": tr.pgettext("country", "Germany"),
        "qa": tr.pgettext("country", "Qatar"),
        "kw": tr.pgettext("country", "Kuwait"),
        "bh": tr.pgettext("country", "Bahrain"),
        "om": tr.pgettext("country", "Oman"),
        "kr": tr.pgettext("country", "Korea"),
        "jp": tr.pgettext("country", "Japan"),
        "ua": tr.pgettext("country", "Ukraine"),
        "md": tr.pgettext("country", "Moldova"),
        "lt": tr.pgettext("country", "Lithuania"),
        "lv": tr.pgettext("country", "Latvia"),
        "ee": tr.pgettext("country", "Estonia"),
        "cz": tr.pgettext("country", "Czechia"),
        "gr": tr.pgettext("country", "Greece"),
        "it": tr.pgettext("country", "Italy"),
        "es": tr.pgettext("country", "Spain"),
        "fr": tr.pgettext("country", "France"),
        "gb": tr.pgettext("country", "United Kingdom"),
        "us": tr.pgettext("country", "United States"),
        "il": tr.pgettext("country", "Israel"),
        "eg": tr.pgettext("country", "Egypt"),
        "my": tr.pgettext("country", "Malaysia"),
        "th": tr.pgettext("country", "Thailand"),
        "kh": tr.pgettext("country", "Cambodia"),
        "mm": tr.pgettext("country", "Myanmar"),
        "cy": tr.pgettext("country", "Republic of Cyprus"),
    }
    return names.get(code, code)


def country_shown(tr: Translator, countries: Countries, code: str | None) -> str | None:
    """A request's country as the card and the consent screen name it: a pack's country, or "Another country
    (China)" for one without a pack that the person named (not escaped: handlers/labels.place_label escapes it)."""
    if not is_elsewhere(code):
        return countries.name(code, tr.language)
    assert code is not None
    # TRANSLATORS: on a staff card, after "I am abroad": "Another country (China)", the country the person named.
    return tr.gettext("{other} ({country})").format(
        other=countries.name(OTHER, tr.language) or "", country=country_name(tr, code)
    )


def writer_elsewhere(text: str) -> str | None:
    """The country without a pack that the message says its writer is in now ("im in china now", "men Hytaýda")."""
    code = place_named(text)
    if code is None:
        return None
    return code if places_named_as_writers(text, [PLACES[code]]) else None


def elsewhere_now(context: BotContext) -> str | None:
    """The country without a pack the person said in the last hour they are in, if any."""
    person = context.person
    if person is None:
        return None
    data = context.bot_data
    place = data.places.get(person.user_id, data.storage.now())
    return place if is_elsewhere(place) else None


def no_numbers_line(context: BotContext, code: str) -> str:
    return context.gettext(
        "🌍 {country}: I have no checked numbers for this country here, and I will not guess them. What helps in "
        "any country:"
    ).format(country=html.escape(country_name(context, code)))


async def answer_elsewhere(update: Update, context: BotContext, code: str) -> None:
    """The country said back with no numbers for it, then the "another country" pack (its advice, remote help, 🆘)
    and the network's organisations that advise remotely."""
    from handlers.abroad import offer_organisations, pack_keyboard, pack_text  # abroad imports this module

    other = context.bot_data.countries.get(OTHER)
    lead = no_numbers_line(context, code)
    if other is None:
        await reply(update, context, lead, quoting=True)
        return
    text = f"{lead}\n\n{pack_text(context, other)}"
    await reply(update, context, text, pack_keyboard(context, other), quoting=True)
    await offer_organisations(update, context, OTHER)


MAX_NAME_WORDS = 3  # "china", "saudi arabia", "в Китае": the country's name and little else


async def named_alone(update: Update, context: BotContext, text: str) -> bool:
    """A country without a pack typed alone ("china" after "Which country are you in?"): what pressing it would
    give, had it a button. False for anything else."""
    code = place_named(text)
    if code is None or word_count(text) > MAX_NAME_WORDS or asks_something(text):
        return False
    await answer_elsewhere(update, context, code)
    return True
