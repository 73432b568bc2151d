"""Whether a message speaks of a child: a word for one ("kids", "подросток", "çagalar", "школьница"), an age under
18 ("my 14 yr old", "сыну 16", "14 ýaşly") or school. A family word alone does not: "дочь хочет поехать в Дубай
няней" is a mother asking about her grown daughter's job, so the answer on children abroad (CHILDREN_TOPIC) is not
the one to give her (bot/nlp/matcher.py).
Generous on purpose: a message that may speak of a child keeps the children's answer, as before."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

CHILDREN_TOPIC = "children-safety"

_CHILD = re.compile(
    # English
    r"\b(?:child\w*|kids?|kiddo|bab(?:y|ies)|toddler|infant|teen\w*|minors?|underage\w*|under[ -]?age|boys?"
    r"|schools?\w*|pupils?|students? at school|coach\w*|teachers?|nephew|niece|orphan\w*|adopt\w*)\b"
    r"|\bunder (?:the age of )?18\b"
    # Russian (folded: ё is е)
    r"|\b(?:ребен\w*|ребят\w*|дет(?:и|ей|ям|ьми|ях|ск\w*)|детк\w*|малыш\w*|младен\w*|малолет\w*|несовершен+олет\w*"
    r"|подрост\w*|школ\w*|девоч\w*|мальчи\w*|тренер\w*|учител\w*|племян\w*|сирот\w*|усынов\w*|удочер\w*)"
    r"|\b(?:до|меньше|младше)\s+18\b"
    # Turkmen (folded: ç → c, ý → y, ä → a)
    r"|\b(?:caga\w*|yetginjek\w*|bab[eo][kg]\w*|mekdep\w*|okuwcy\w*|talimci\w*|mugallym\w*|yegen\w*|yetim\w*"
    r"|ogullyga\w*|gyzlyga\w*)"
    r"|\byas\w*\s+(?:hem\s+)?(?:yetmedik|dolmadyk)"
)
# An age under 18: a number from 1 to 17 with a word for years after it ("15 лет", "14-летнего", "16 years",
# "14 ýaşly"), or after "I am", "she is only", "мне", "ему", "сыну", "в" ("my son is 15", "сыну 16", "дочь в 17").
_AGE = re.compile(
    r"\b(?:[1-9]|1[0-7])\s*-?\s*(?:лет\w*|летн\w*|год\w*|years?|yrs?|y\.?o\b|yo\b|yas\w*)"
    r"|\b(?:is|am|aged|age|at|мне|ему|ей|сыну|дочери|дочке|в|возраст\w*|yasy|yasym|yasynda)"
    r"\s+(?:only\s+|just\s+|всего\s+|только\s+)?(?:[1-9]|1[0-7])\b"
)


# Looking after someone's children is a job ("çaga bakyjy", "childcare", "нянчу ребёнка"), not a child who travels
_CHILDCARE = re.compile(
    r"\bcaga\w*\s+(?:bak|seret)\w*|\bchild\s*(?:care|minder|minding)\w*|\bbaby\s*sit\w*|\blook(?:ing)? after (?:the )?kids"
    r"|\b(?:нянч|присматр|смотр|ухаж)\w*\s+(?:за\s+)?(?:ребен|дет|малыш)\w*|\bуход\w*\s+за\s+(?:ребен|дет)\w*"
)


# Said to be under 18, more surely than a word for a child ("my kids" may be grown): an age in years that can only be
# a person's ("15 years old", "15-летняя", "16 ýaşynda", "my daughter is 15", "дочери 15", "ýaşy 16"), or a word
# that means under 18 ("minor", "несовершеннолетняя", "подросток", "ýetginjek").
_UNDER_18 = r"(?:[1-9]|1[0-7])"
_SAID_UNDER_18 = re.compile(
    rf"\b{_UNDER_18}\s*-?\s*(?:years?[ -]old|yrs?[ -]old|y\.?o\b|yo\b|летн\w*|yas(?:ynda|ly|ar|yndaky|ymda|ym|\b)\w*)"
    rf"|\b(?:i'?m|i am|(?:he|she|son|daughter|girl|boy|brother|sister|child|kid|nephew|niece)(?:'s| is))"
    rf"\s+(?:only\s+|just\s+|barely\s+)?{_UNDER_18}\b(?!\s*(?:%|am\b|pm\b|o'?clock|:|\$|usd|dollars?|months?|days?|hours?|weeks?))"
    rf"|\b(?:мне|ему|ей|сыну|дочери|дочке|брату|сестре|ребенку|племяннику|племяннице)\s+(?:только\s+|всего\s+|уже\s+)?"
    rf"{_UNDER_18}\b(?!\s*(?:%|час|минут|дн|недел|месяц|тыс|руб|долл|\$|:))"
    rf"|\b(?:дочь|дочка|сын|ребенок|брат|сестра|девочка|мальчик|я)\s+{_UNDER_18}\s*(?:лет|год)"
    rf"|\byas(?:y|ym|yna)?\s+{_UNDER_18}\b"
    r"|\b(?:minors?|underage\w*|under[ -]age|teen\w*|under (?:the age of )?18)\b"
    r"|\b(?:несовершен+олет\w*|малолет\w*|подрост\w*)|\b(?:до|меньше|младше)\s+18\b"
    r"|\byetginjek\w*|\byas\w*\s+(?:hem\s+)?(?:yetmedik|dolmadyk)|\bkamillik\s+yas\w*\s+yetmedik"
)


def names_someone_under_18(text: str) -> bool:
    """Whether the message says someone is under 18, by an age or a word that means it (not a family word alone, nor
    "school" or a teacher): a job offered to them, or their going abroad, is a child's case first."""
    read = [_CHILDCARE.sub(" ", form) for form in (*forms(text), russian_from_latin(text.lower()))]
    return any(_SAID_UNDER_18.search(form) for form in read)


def speaks_of_a_minor(text: str) -> bool:
    # Russian typed in Latin letters ("rebenok", "ey 15 let") is read in Cyrillic too
    read = [_CHILDCARE.sub(" ", form) for form in (*forms(text), russian_from_latin(text.lower()))]
    return any(_CHILD.search(form) or _AGE.search(form) for form in read) or names_someone_under_18(text)


# Going or working abroad, or an offer of work: "can i go work in turkey", "предлагают работу", "işe gitsem"
_GOING_OR_WORKING = re.compile(
    r"\b(?:work\w*|jobs?|go|going|travel\w*|abroad|offer\w*|leave for|move to)\b"
    r"|\b(?:работ\w*|поех\w*|поеду|ехать|уех\w*|выех\w*|границ\w*|предлага\w*|вакан\w*)"
    r"|\b(?:is|ise|isi|isle\w*|islan\w*|git\w*|gid\w*|dasary yurt\w*|teklip\w*|teklif\w*)\b"
)


def minor_going_abroad(text: str) -> bool:
    """Whether the message says the writer, or someone it names, is under 18 ("men 17 ýaşymda", "мне 17 лет", "im 17",
    "16 ýaşym bar") and asks about going or working abroad, or an offer of work: a child's case first, whatever the
    job or the country (the children's topic, bot/nlp/matcher.py)."""
    if not names_someone_under_18(text):
        return False
    read = [_CHILDCARE.sub(" ", form) for form in (*forms(text), russian_from_latin(text.lower()))]
    return any(_GOING_OR_WORKING.search(form) for form in read)
