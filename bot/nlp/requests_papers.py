"""Papers made for someone who has no right to them (issue 19), beside bot.nlp.requests' forged and bought papers: a
certificate of income or of work, or a bank statement, asked of whoever will make it ("кто сделает справку с работы
для визы", "who can do a bank statement showing 5000", "işden spravka kim edip berer"), and a stamp or a migration
card for a crossing that never happened or was made round the checkpoint ("печать что я выехал", "möhür basyp beriň
çykdym diýip", "migration card with entry stamp if i crossed not at the checkpoint"). A person whose agent made one,
or who asks whether theirs is real, is left to the topics: bot.nlp.requests asks these after a person's own case.
Patterns run on the text bot.nlp.requests reads (lower case, Turkmen letters without their marks, Russian typed in
Latin letters also in Cyrillic)."""

from __future__ import annotations

import re

from bot.nlp.trade_requests import signs_optional


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# Papers that say what a person earns or where they work: true only when they come from the employer or the bank.
_EARNINGS_PAPER = _any(
    r"\b(bank statements?|income (certificate|statement|letter)|employment (letter|certificate)|salary (certificate"
    r"|slips?|letter)|certificate (of|from) (employment|income|work)|payslips?|work certificate)\b",
    r"справк\w*.{0,20}(с работы|о доход|о зарплат|с места работы|ндфл)|выписк\w*.{0,15}(банк|сч[её]т)|банковск\w* "
    r"выписк",
    r"isden spravka|spravka\w*.{0,20}(isden|is ornundan|aylyk|girdeji)|(aylyk|girdeji)\w*.{0,20}spravka|bank\w*.{0,15}"
    r"(yazgy|hasabat|gocurme)",
)
# Asked of whoever will make it, or offered
_WHO_MAKES = _any(
    r"\bwho (can |will |could )?(make|do|write|draw|print|issue)\b|\bcan (you|u|someone|anyone) (make|do|write|draw"
    r"|print)\b|\bshowing \d+|\b(i|we) (make|do|write|print)\b",
    r"кто\b.{0,10}(сделает|сделать|сделают|делает|напишет|нарисует|оформит|выдаст)|можете (сделать|нарисовать"
    r"|написать)|сделайте|нарисуй|где заказать|сделаю|делаем|чтоб(ы)? (была|было|показывал)\w* \d+",
    r"\bkim\b.{0,15}(edip|yazyp|yasap|cykaryp) ber|(edip|yazyp|yasap) ber(yan|yar|er)\w* (barmy|bar)|"
    r"(edip|yazyp|yasap) berin|\d+\w* gorkezer yaly",
)
# A stamp for a crossing that never happened, or papers for one made round the checkpoint
_STAMP = r"(штамп|печат|отметк|миграционн\w* карт|\bstamp|\bmigration card|mohur|migrasiya kart)\w*"
_NO_SUCH_CROSSING = _any(
    _STAMP + r".{0,40}(что я (выехал|въехал|уехал|вылетел|прилетел|выезжал)|будто|как будто)",
    _STAMP + r".{0,40}\b(that i (left|entered|exited|arrived|departed)|as if i)\b",
    _STAMP + r".{0,40}(cykdym|girdim|gitdim|geldim) diy|" + _STAMP + r".{0,40}(cykan|giren|giden) yaly|"
    r"(cykdym|girdim) diy\w*.{0,30}mohur",
    _STAMP
    + r".{0,60}(не через (кпп|пункт|пост)|нелегально|без пересечения|not at the (checkpoint|border post)"
    r"|not through the (checkpoint|border post)|illegally|without crossing|postdan das|bikanun gec)",
)


def made_papers(folded: str) -> bool:
    """Asks for papers made for them: an earnings paper from whoever will make it, or a stamp for a crossing that
    never happened. The caller checks that the message asks or offers, and tells of no offer it asks about."""
    return bool(
        (_EARNINGS_PAPER.search(folded) and _WHO_MAKES.search(folded)) or _NO_SUCH_CROSSING.search(folded)
    )


# What the stamp is to say ("çykdym diýip": "that I left"), which is not someone's word about an offer
_STAMP_SAYS = re.compile(r"(cykdym|girdim|gitdim|geldim) diyip")


def stamp_said(folded: str) -> str:
    """The text without what a stamp is to say, so that "diýip" there is not read as someone's offer."""
    return _STAMP_SAYS.sub(" ", folded)
