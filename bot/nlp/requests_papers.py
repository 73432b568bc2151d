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


# A forged paper named as such: the word for fake right beside the paper ("паспорт левый", "левые документы", "fake
# passport", "galp pasport"). "Левый" is slang for fake only there: "левая страница паспорта" is a page.
# ("levye" read from Latin letters is "леве")
_FAKE = r"(липов|поддельн|фальшив|фейков|лев)(ый|ая|ое|ые|ую|ого|ой|ых|ым|ыми|ому|е)"
_PAPER_RU = r"(паспорт|документ|виз[аыуе]?\b|справк|диплом|регистрац|прописк|приглашени|патент|разрешени|бумаг|ксив|внж|рвп)"
_PAPER_TK = r"(pass?port|wiza|resminama|dokument|diplom|cakylyk|spravka|rugsatnama|registrasiya|propiska|patent|ikamet)"
_FAKE_PAPER = _any(
    rf"\b{_FAKE}\s+{_PAPER_RU}|{_PAPER_RU}\w*\s+{_FAKE}\b",
    r"\b(fake|forged|counterfeit|false|bogus)\s+(work |residence |turkish |russian )?(passports?|visas?|papers|documents"
    r"|ids?|diplomas?|permits?|registration|invitations?|stamps?|certificates?|patents?)\b",
    rf"\bgalp(y|ysy)?\s+{_PAPER_TK}|{_PAPER_TK}\w*\s+galp\b",
)
# Getting it: "можно ли сделать", "достать", "get", "almak"; or nothing but the paper named, as a search is typed
_GETS_IT = _any(
    r"(сделать|достать|раздобыть|добыть|купить|заказать)\b",
    r"\b(make|get|obtain|order|buy)\b",
    r"\b(almak|almaly|tapmak|tapmaly|yasatmak|yasatmaly|etdirmek|etdirmeli)\b",
)
FAKE_PAPER_WORDS = 4


def names_a_fake_paper(folded: str) -> bool:
    """Names a forged paper and asks to get one, or names nothing else ("паспорт левый", "fake passport")."""
    if not _FAKE_PAPER.search(folded):
        return False
    return bool(_GETS_IT.search(folded)) or len(folded.split("\n")[0].split()) <= FAKE_PAPER_WORDS


# The maker's advert: "we make work permits for russia fast, dm", "делаем визы", "iş rugsatnamasyny edip berýäris".
# Only a state issues these; "оформляем", "we arrange", "wizany edýäris" (an agency's lawful service) is not "we make";
# a club recruiter's ad that also does the visa stays the recruiter's (bot.nlp.trade_requests). The paper
# before the verb ("визы делаем") needs the advert's voice too: "документы сделаем потом" is an employer's promise.
_PAPERS_EN = (
    r"(passports?|visas?|work permits?|permits?|residence (cards?|permits?)|patents?|ids?|documents|papers|stamps?"
    r"|ikamet|registrations?|invitations?)"
)
_MAKERS_RU = (
    r"(делаем|сделаем|делаю|сделаю|изготовим|изготовлю|изготавливаем|напечатаем|печатаем|рисуем|нарисуем)"
)
_MAKERS_TK = (
    r"(edip beryaris|edip beryas|edip bereris|edip beryarin|edip bererin|yasap beryaris|yasap beryarin|yasayarys"
    r"|yasayas|cykaryp beryaris)"
)
_ADVERT_VOICE = _any(
    r"\b(dm|pm|write (me|us)|call (me|us)|fast|quick\w*|urgent\w*|any nationality|within \d+|in \d+ days?|guarantee\w*)\b",
    r"пишите|в лс\b|в директ|звоните|обращайтесь|быстро|срочно|любые|за \d+ (дн|час)|гаранти",
    r"yazyn|jan edin|habarlasyn|calt|tiz\b|kepillendir",
)
# A word or two between, never a copy, a translation or a photo of the paper: a print shop's or a translator's advert
_BETWEEN = r"((?!cop|translat|photo|scan|копи|перевод|фото|скан|terjime|nusga|kopiya|surat)\w+[ ,]+){0,3}"
_MAKES_PAPERS = _any(
    rf"\b(i|we) (can |will |also )?(make|print|produce|draw) {_BETWEEN}{_PAPERS_EN}\b",
    rf"{_MAKERS_RU} {_BETWEEN}{_PAPER_RU}",
    rf"{_PAPER_TK}\w* {_BETWEEN}{_MAKERS_TK}\b",
)
_PAPERS_MADE = _any(
    rf"\b{_PAPERS_EN} {_BETWEEN}(we|i) (make|print|produce|draw)\b",
    rf"{_PAPER_RU}\w* {_BETWEEN}{_MAKERS_RU}\b",
)


def advertises_papers(folded: str) -> bool:
    """Offers, as a maker, papers only a state issues. The caller checks that it asks nothing about an offer."""
    return bool(
        _MAKES_PAPERS.search(folded) or (_PAPERS_MADE.search(folded) and _ADVERT_VOICE.search(folded))
    )
