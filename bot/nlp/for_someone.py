"""Whether a short message asks what to do for, or how to find or help, a relative or friend: "what should i do for
her", "who do i tell about my friend", "как найти брата", "что мне делать для него", "оңа нәме этмели", "doganymy
nädip tapmaly". Most of its words are ones every question uses, so the matcher alone is unsure; the person it is for
makes it the help-someone-else topic (bot/nlp/matcher.py). A longer message that names what happened to them
("my brother's visa expired, what should he do") is the matcher's."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin, turkmen_cyrillic_to_latin

HELP_TOPIC = "help-someone-else"
MAX_WORDS = 9

_PERSON_EN = (
    r"(?:her|him|them|my (?:\w+ )?(?:friend|brother|sister|son|daughter|husband|wife|cousin|relative|mother|father"
    r"|mom|mum|dad|nephew|niece|uncle|aunt|girlfriend|boyfriend|child))"
)
_EN = re.compile(
    r"\b(?:what (?:should|can|do|shall|must) (?:i|we) do|how (?:can|do|should) (?:i|we) help|what can (?:i|we) do)"
    rf" (?:for|about|with|to help) {_PERSON_EN}\b"
    rf"|\b(?:who|whom) (?:do|should|can|must) (?:i|we) (?:tell|report|inform|call|ask) (?:about|that) {_PERSON_EN}\b"
    rf"|\bhow (?:do|can|should|could) (?:i|we) (?:find|look for|search for|locate|reach) {_PERSON_EN}\b"
)
_PERSON_RU = (
    r"(?:брат\w*|сестр\w*|сын\w*|доч\w*|муж\w*|жен\w*|друг\w*|подруг\w*|родственни\w*|племянни\w*|мам\w*|пап\w*"
    r"|отц\w*|ребён\w*|ребен\w*)"
)
_RU = re.compile(
    rf"\b(?:как|где) (?:мне |нам )?(?:найти|искать|разыскать|отыскать) (?:мо\w+ |наш\w+ )?{_PERSON_RU}"
    rf"|\b(?:что|чем) (?:мне |нам )?(?:делать|сделать|помочь) (?:для|с) (?:него|неё|нее|них|{_PERSON_RU})"
    r"|\b(?:что|чем) (?:мне |нам )?(?:делать|сделать|помочь) (?:ему|ей|им)\b"
    rf"|\b(?:кому|куда) (?:мне |нам )?(?:сказать|сообщить|заявить|обратиться) (?:про|о|об|что) (?:мо\w+ )?{_PERSON_RU}"
)
_PERSON_TK = (
    r"(?:dogan|jig|ogl|gyz|uya|uyam|dost|dust|agam|agan|ekam|yegen|garyndas|adamym|ayalym|ejem|kakam)\w*"
)
_TK = re.compile(
    r"\b(?:on[ay]|olar[ay]|onun ucin|olaryn ucin) (?:name|nadip|nahili) (?:etmeli|etsem|edeyin|komek)\w*"
    rf"|\b{_PERSON_TK} (?:ucin|barada) (?:name|kime) \w+"
    rf"|\b{_PERSON_TK} (?:nadip|nahili|nireden) (?:tapmaly|tapsam|tapyp|gozlemeli|gozlesem)\w*"
    rf"|\b{_PERSON_TK} (?:yitdi|yitirim|jogap bermeyar|jogap berenok|habarsyz)\w*,? (?:name|nadip|kime) \w+"
)


# Where to turn, or how, to find him or her ("куда мне обратиться чтобы его найти", "who can help me find him", "ony
# tapmak üçin kime ýüz tutmaly"): a missing person, unless a thing is what was lost ("паспорт потерял, где его искать")
_FIND_THEM = re.compile(
    r"\b(?:find|look for|search for|locate|trace)\s+(?:him|her|them)\b"
    r"|\b(?:найти|искать|разыскать|отыскать|поискать)\s+(?:его|её|ее|их)\b|\b(?:его|её|ее|их)\s+(?:найти|искать|разыскать|отыскать)\b"
    r"|\b(?:on[iy]|olar[iy])\s+(?:\w+\s+)?(?:tap(?:mak|maly|mal|yp|sam|ma)\w*|gozle\w*)"
)
_ASKED_WHERE = re.compile(
    r"\b(?:how|where|who|help|куда|кому|как|где|кто|помогите|nadip|nahili|nira|nire|kime|kim|komek)\b"
)
_A_THING = re.compile(
    r"\b(?:pass?port|document|paper|phone|job|work|visa|money|ticket|bag|address|number|embassy|agenc"
    r"|пасс?порт|документ|телефон|работ|виз[аыу]|деньг|денег|билет|сумк|адрес|номер|посольств|агентств"
    r"|pasport|dokument|resminama|telefon|is|isi|wiza|pul|bilet|salgy|belgi|ilcihana)\w*"
)


def asks_help_for_someone(text: str) -> bool:
    if len(text.split()) > MAX_WORDS:
        return False
    lower = text.lower()
    readings = [*forms(text), russian_from_latin(lower), turkmen_cyrillic_to_latin(lower)]
    if any(_EN.search(r) or _RU.search(r) or _TK.search(r) for r in readings):
        return True
    return any(_FIND_THEM.search(r) and _ASKED_WHERE.search(r) for r in readings) and not any(
        _A_THING.search(r) for r in readings
    )
