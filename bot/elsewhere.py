"""Countries people go to that have no destination pack (China, Saudi Arabia, Germany …): the ways a message names
each one, so that the bot can say it understood the country and has no checked numbers for it, rather than asking
"Which country are you in?" again. No numbers here: only names. Their names on the screen are in the catalogs
(handlers/elsewhere.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.countries import OTHER, said_as_pattern
from bot.nlp.textnorm import fold, readings

# Code (ISO 3166, "cy" the south of Cyprus: the north has its own pack) → the beginnings of the words that name the
# country or its cities, in any language, folded as a message is. Never a word that names something else too:
# "груз" is cargo, "англи" is the English language. The words of a name of two are joined by "_" ("new_york": "new" alone
# is any new job); a name in capitals is a whole word (bot.countries.said_as_pattern: "UK" is not "ukraine").
_SAID_AS: Mapping[str, str] = {
    "cn": "china hytay hytaý китай китае китая китаю kitay kitai kitae beijing пекин shanghai шанха guangzhou гуанчжоу",
    "sa": "KSA saudi saud сауд riyadh riyad эр-рияд рияд jeddah jidda джидд mecca мекк medina медин dammam даммам",
    "uz": "uzbek özbeg ozbeg tashkent taşkent daşkent samarkand bukhara узбек ташкент самарканд бухар",
    "kg": "kyrgyz gyrgyz bishkek bişkek киргиз кыргыз бишкек",
    "tj": "tajik täjik dushanbe таджик душанбе",
    "ir": "iran eýran tehran mashhad иран тегеран мешхед",
    "af": "afghan owgan афган",
    "az": "azerbai azerbaý baku азербайдж баку",
    "ge": "georgia tbilisi batumi грузии грузия грузию tbilis тбилиси батуми",
    "am": "armenia yerevan армени ереван ermenistan",
    "de": "germany germaniý germaniy berlin германи берлин deutschland",
    "qa": "qatar katar doha катар доха",
    "kw": "kuwait kuweýt кувейт",
    "bh": "bahrain bahreýn бахрейн",
    "om": "oman оман muscat маскат",
    "kr": "korea koreý корея корее корею кореи seoul сеул",
    "jp": "japan ýaponi yaponi япони tokyo токио",
    "ua": "ukrain украин",
    "md": "moldov молдав молдов",
    "lt": "lithuan litwa литв vilnius вильнюс",
    "lv": "latvi latwi латви рига риге ригу",
    "ee": "eston эстони tallinn таллин",
    "cz": "czech çehi чехи prague praha прага праге прагу",
    "gr": "greece gresi греци athens афин",
    "it": "italy itali итали rome",
    "es": "spain ispani испани madrid мадрид barcelona барселон",
    "fr": "france fransi франци paris париж",
    "gb": "UK london england britain лондон англии англия англию британи",
    "us": "USA ABŞ america amerika америк сша штатах штаты the_states new_york нью-йорк",
    "il": "israel ysraýyl израил",
    "eg": "egypt müsür musur египт cairo каир",
    "my": "malaysi malaýzi малайзи kuala_lumpur куала",
    "th": "thailand taýland tayland таиланд тайланд bangkok бангкок",
    "kh": "cambodi kamboja камбодж",
    "mm": "myanmar мьянм",
    "cy": "limassol larnaca paphos лимасол ларнак пафос",
}


def _names(words: str) -> list[str]:
    return [name.replace("_", " ") for name in words.split()]


PLACES: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        code: pattern
        for code, words in _SAID_AS.items()
        if (pattern := said_as_pattern(_names(words))) is not None
    }
)
_ALL = said_as_pattern(name for words in _SAID_AS.values() for name in _names(words))
# A request's answer beside "country": the country without a pack typed at its country step ("china"), whose answer is
# then "another country" (bot/handoff.py); staff read it on the card beside "another country"
NAMED_ANSWER = "elsewhere"


def names_another_place(text: str) -> bool:
    """The message names a country or city people go to that has no pack."""
    assert _ALL is not None
    return any(_ALL.search(fold(reading)) for reading in readings(text))


def place_named(text: str) -> str | None:
    """The one country without a pack that the message names (its code), or None when it names none or several."""
    folded = [fold(reading) for reading in readings(text)]
    named = [code for code, pattern in PLACES.items() if any(pattern.search(form) for form in folded)]
    return named[0] if len(named) == 1 else None


def is_elsewhere(code: str | None) -> bool:
    """`code` is one of these countries (a place noted for the hour may be one), not a pack's."""
    return code in _SAID_AS


def named_at_country_step(answers: Mapping[str, str]) -> str | None:
    """The country without a pack typed at a request's country step (its code), while the answer there is still
    "another country": going back and pressing Türkiye leaves no China behind."""
    code = answers.get(NAMED_ANSWER)
    return code if answers.get("country") == OTHER and is_elsewhere(code) else None


def places_named(text: str, most: int = 3) -> list[str]:
    """The words of `text`, as written, that name a country or city with no pack ("riyadh", "saudi"), each once."""
    found: list[str] = []
    for word in re.findall(r"\w+(?:-\w+)*", text):
        if names_another_place(word) and word.casefold() not in {seen.casefold() for seen in found}:
            found.append(word)
    return found[:most]
