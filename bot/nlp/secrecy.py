"""Three things people write that sound close to danger and are not danger told; Telegram-free.

- Being asked to keep something secret from the family ("he says dont tell my parents yet", "пока не говори
  родителям", "ata-enäňe aýtma diýýär"): a warning sign of grooming and trafficking, to be named as one
  (handlers/short_replies.secret_asked), not abuse told.
- Shame, and not being able to tell anyone ("i cant tell anyone, not even my mom", "никому не могу рассказать", "hiç kime aýdyp
  bilemok"): shame or fear of talking, not being kept from leaving.
- Asking us, the bot and its staff, to keep it between us ("пожалуйста никому не говорите, я боюсь", "hiç kime aýtmaň",
  "please dont tell anyone"): nobody asks it of the person, so it is no warning sign (`asks_us_to_keep_it`); what is
  kept and who sees it is the answer (handlers/short_replies.kept_between_us).

The crisis detector (bot/nlp/crisis.py) reads a message without these words (`without_untold`): its learned second
opinion read "cant" and "bilemok" as confinement. What else the message tells is still read: "не говори маме, он меня
бьёт" is violence. Turkmen is written with its special letters; it is matched typed with or without them."""

from __future__ import annotations

import re
import unicodedata

from bot.nlp.someone_else import about_them
from bot.nlp.textnorm import has_cyrillic, russian_from_latin, turkmen_cyrillic_to_latin

_FAMILY_EN = r"(?:parents|mother|mom|mum|mama|father|dad|papa|family|brother|sister|relatives|husband|wife)"
_WHOSE_EN = r"(?:(?:my|your|her|his|our|the)\s+)?"

_FAMILY_TK = r"(?:ata-?en|eje|kaka|maşgala|dogan)"
_SECRET = {
    "en": rf"\b(?:don'?t|dont|do not|not to|never|shouldn'?t|should not|mustn'?t|must not)\s+tell\s+{_WHOSE_EN}"
    rf"(?:{_FAMILY_EN}|anyone|anybody|no ?one|nobody)\b(?:\s+(?:yet|anything|about (?:it|this|him|us|me)))*"
    rf"|\bkeep (?:it|this|us|everything) (?:a )?secret\b(?:\s+from\s+{_WHOSE_EN}(?:{_FAMILY_EN}|everyone|us|me))?"
    # told to someone else, who is not to tell the writer ("they told my son not to tell us")
    r"|\bnot to tell (?:us|me)\b",
    "ru": r"\b(?:никому\s+)?не\s+(?:говори|рассказывай|сообщай|скажи|говорить|рассказывать|сообщать)\w*\s+"
    r"(?:(?:об этом|про это|про нас|ничего|пока|своим|твоим|моим|своей|твоей|своему|твоему)\s+)*"
    r"(?:родител|мам|матер|пап|отц|семь|родн|брат|сестр|никому)\w*"
    r"|\bникому не (?:говори|рассказывай|скажи|говорить|рассказывать)\w*|\bдерж\w* (?:\w+ )?в (?:тайне|секрете)"
    # told to someone else, who is not to tell the writer ("сыну сказали ничего не говорить нам")
    r"|\bне\s+(?:говорить|рассказывать|сообщать)\s+(?:(?:об этом|про это|ничего)\s+)?(?:нам|мне)\b",
    # a word may come between the family and "aýtma" ("ejeňe hiç zat aýtma"), but not the one told, before the
    # family: "doganyma ejeňe aýtma diýipdirler" (to my brother: do not tell your mother)
    "tk": rf"\b(?:{_FAMILY_TK}|hiç kim|hiçkim)\w*\s+(?:(?!{_FAMILY_TK})\w+\s+)?aýtma\w*|\bgizlin sakla\w*"
    r"|\bbize\s+(?:hiç zat\s+)?aýtma\w*(?:\s+däl)?\s+diý\w*",
}
_CANNOT_RU = r"не\s+(?:могу|можем|смогу|сможем|решаюсь|решусь)\s+"
_TELL_RU = r"(?:сказать|рассказать|признаться|говорить|рассказывать|поделиться)"
_WHAT_RU = r"(?:об этом|это|никому)"
_KIN_RU = r"(?:мам|матер|пап|отц|родител|семь|брат|сестр|муж|жен)\w*"
_EVEN_RU = rf"(?:,?\s+даже\s+{_KIN_RU})?"
_CANNOT_TELL = {
    "en": r"\b(?:can'?t|cant|cannot|can not|couldn'?t|couldnt|unable to|afraid to|scared to|ashamed to)\s+"
    r"(?:tell|say (?:it |this )?to|talk to|speak to|share (?:it |this )?with|admit (?:it |this )?to)\s+"
    rf"(?:anyone|anybody|no ?one|nobody|{_WHOSE_EN}{_FAMILY_EN})\b(?:,?\s+(?:not even|even)\s+(?:to\s+)?"
    rf"{_WHOSE_EN}{_FAMILY_EN})?",
    # someone or something named ("никому", "об этом", "даже маме"): "не могу говорить" alone is not being able to
    # talk now (bot/nlp/watched.py), which may be a call for help
    "ru": rf"\bникому\s+{_CANNOT_RU}(?:{_WHAT_RU}\s+)*{_TELL_RU}(?:\s+{_WHAT_RU})*{_EVEN_RU}"
    rf"|\b{_CANNOT_RU}(?:{_WHAT_RU}\s+)+{_TELL_RU}(?:\s+{_WHAT_RU})*{_EVEN_RU}"
    rf"|\b{_CANNOT_RU}{_TELL_RU}(?:\s+{_WHAT_RU})+{_EVEN_RU}|\b{_CANNOT_RU}{_TELL_RU},?\s+даже\s+{_KIN_RU}",
    "tk": r"\b(?:hiç kime|hiçkime|ejeme|kakama|maşgalama|ata-?eneme|doganlaryma)\s+(?:hem\s+)?(?:aýdyp|gürrüň berip)"
    r"\s+bil\w*(?:,?\s+(?:ejeme|kakama|maşgalama|ata-eneme)(?:-de|-da| hem)?)?",
}
# The bot asked not to tell them ("родители не знают, не говорите им", "my parents dont know, dont tell them", "ejem
# bilenok, oňa aýtmaň"): what the writer keeps from others, not danger told, nor someone asking the person to keep a
# secret (told_to_keep_secret). The family's not knowing stays: with a child leaving, it is a sign of being taken
# away (bot/nlp/crisis_sending.py)
_DO_NOT_TELL_THEM = {
    "en": r"\b(?:please\s+)?(?:don'?t|dont|do not)\s+tell\s+(?:them|him|her)\b",
    "ru": r"\b(?:пожалуйста\s+)?не\s+(?:говорите|говори|рассказывайте|рассказывай|сообщайте|скажите)\s+(?:им|ему|ей)\b",
    "tk": r"\b(?:olara|oňa|ona)\s+(?:hiç zat\s+)?aýtma\w*",
}
# Shame told with not being able to tell anyone ("мне стыдно, никому не могу рассказать"): a feeling, not danger
_SHAME = {
    "en": r"\b(?:i'?m|i am|im|i feel|feel) (?:so |very |really )?(?:ashamed|embarrassed)\b",
    "ru": r"\b(?:мне )?(?:так |очень )?стыдно\b|\bстыжусь\b",
    "tk": r"\b(?:utan|uýal)(?:ýaryn|ýan|ýarys|dym)\b",
}
# Turkmen typed without its letters ("aytma", "hic kime"): each special letter also matches the plain one
_LOOSE = {
    "ý": "[yý]",
    "ş": "[sş]",
    "ç": "[cç]",
    "ň": "[nň]",
    "ä": "[aä]",
    "ö": "[oö]",
    "ü": "[uü]",
    "ž": "[zž]",
}


# Asked of the one who reads, in the polite or plural "you" ("не говорите", "aýtmaň") or with "please"
_KEEP_IT = {
    "en": r"\b(?:please\s+)?(?:don'?t|dont|do not|never)\s+tell\s+(?:anyone|anybody|no ?one|nobody)\b"
    r"|\bkeep (?:it|this) (?:a secret|secret|private|between us)\b|\b(?:don'?t|dont|do not) (?:share|show) (?:it|this)"
    r" (?:with|to) (?:anyone|anybody)\b",
    "ru": r"\bникому\s+не\s+(?:говорите|рассказывайте|сообщайте|передавайте|показывайте)\b"
    r"|\bне\s+(?:говорите|рассказывайте|сообщайте|передавайте|показывайте)\s+(?:об этом\s+)?никому\b"
    r"|\bпожалуйста,?\s+никому\s+не\s+(?:говори|рассказывай)\b|\bникому\s+не\s+(?:говори|рассказывай),?\s+пожалуйста"
    r"|\b(?:пусть это останется|оставьте это) между нами",
    "tk": r"\bhiç\s?kime\s+(?:hem\s+)?(?:aýtmaň|aýtmaňyz|bildirmäň|bildirmäňiz|görkezmäň|görkezmäňiz)\b"
    r"|\bgizlin saklaň(?:yz)?\b|\baramyzda galsyn\b",
}
# Someone else's words told ("агент сказал никому не говорить", "the agent told me not to tell anyone", "hiç kime
# aýtmaň diýdi"): a secret asked of the person, the warning sign
_REPORTED = {
    "en": r"\b(?:told|tells|said|says|asked|asks|warned|warns|wants|wanted|texted|wrote|writes|messaged|promise|"
    r"not to tell)\b",
    "ru": r"\b(?:сказал\w*|говорит|говорят|говорил\w*|велел\w*|велят|просил\w*|попросил\w*|просит|просят|требу\w*|"
    r"предупред\w*|запрет\w*|написал\w*|пишет|пишут|не (?:говорить|рассказывать|сообщать))\b",
    "tk": r"\b(?:diý\w*|aýtdy\w*|aýdypdyr\w*|aýdýar\w*|tabşyr\w*|ýazdy\w*|ýazypdyr\w*|aýtmaly däl)",
}
_AFRAID = {
    "en": r"\b(?:scared|afraid|frightened|terrified|fear|i fear)\b",
    "ru": r"\b(?:боюсь|боимся|страшно|напугана|напуган|опасаюсь)\b",
    "tk": r"\b(?:gorkýaryn|gorkýan|gorkýarys|gorkýas|gorkup|gorkdum|gorky|howatyrlanýaryn)\b",
}
# What may come with the plea alone (please, I beg you, I am so scared): the rest is for the detector to read
_WITH_IT = {
    "en": r"\b(?:please|pls|plz|i|im|i'm|am|so|very|really|just|me|we|us|and|you|i beg you)\b",
    "ru": r"\b(?:пожалуйста|пжл|прошу|умоляю|вас|вы|я|мне|мы|нам|очень|так|и|просто)\b",
    "tk": r"\b(?:haýyş|edýärin|ediň|men|biz|maňa|bize|örän|juda|hem|siz|sizden|ýalbarýaryn)\b",
}


def _loose(pattern: str) -> str:
    return "".join(_LOOSE.get(char, char) for char in pattern)


_SECRET_RE = re.compile("|".join(_loose(pattern) for pattern in _SECRET.values()))
_UNTOLD_RE = re.compile(
    "|".join(
        _loose(pattern)
        for pattern in (*_SECRET.values(), *_CANNOT_TELL.values(), *_DO_NOT_TELL_THEM.values())
    )
)
_SHAME_RE = re.compile("|".join(_loose(pattern) for pattern in _SHAME.values()))
_KEEP_IT_RE = re.compile("|".join(_loose(pattern) for pattern in _KEEP_IT.values()))
_REPORTED_RE = re.compile("|".join(_loose(pattern) for pattern in _REPORTED.values()))
_AFRAID_RE = re.compile("|".join(_loose(pattern) for pattern in _AFRAID.values()))
_WITH_IT_RE = re.compile("|".join(_loose(pattern) for pattern in _WITH_IT.values()))


_WORD = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    """Lower case in one Unicode form, one apostrophe, ё as е: the same length as the text, so spans carry over."""
    text = unicodedata.normalize("NFC", text)
    return (
        text.lower().replace("’", "'").replace("ʼ", "'").replace("ё", "е")
        if len(text.lower()) == len(text)
        else text
    )


def _other_script(plain: str) -> str:
    """The other script's reading: Russian typed in Latin letters in Cyrillic ("ne govorite im"), Turkmen typed in
    Cyrillic in Latin ("хич киме айтма" → "hiç kime aýtma")."""
    return russian_from_latin(plain) if not has_cyrillic(plain) else turkmen_cyrillic_to_latin(plain)


def told_to_keep_secret(text: str) -> bool:
    """The message tells of someone asking the person to keep it secret from their family."""
    plain = _plain(text)
    return bool(_SECRET_RE.search(plain) or _SECRET_RE.search(_other_script(plain)))


def asks_us_to_keep_it(text: str) -> bool:
    """The person asks the one who reads (the bot, its staff) to tell no one: "пожалуйста никому не говорите", "hiç
    kime aýtmaň", "please dont tell anyone"; not someone else's words told ("агент сказал никому не говорить")."""
    plain = _plain(text)
    return any(
        bool(_KEEP_IT_RE.search(reading)) and not _REPORTED_RE.search(reading)
        for reading in (plain, _other_script(plain))
    )


def afraid(text: str) -> bool:
    """The person says she is afraid ("я боюсь", "gorkýaryn", "im scared")."""
    plain = _plain(text)
    return any(bool(_AFRAID_RE.search(reading)) for reading in (plain, _other_script(plain)))


def only_asks_us_to_keep_it(text: str) -> bool:
    """The plea to keep it between us, with nothing but fear and "please" beside it ("пожалуйста никому не говорите,
    я боюсь"): the crisis model read "please ... scared" as a call for help; fear of being found out is not danger
    told, and the answer offers a person all the same. "никому не говорите, он меня бьёт" tells more."""
    if not asks_us_to_keep_it(text):
        return False
    plain = _plain(text)
    return any(
        not _WORD.search(_WITH_IT_RE.sub(" ", _AFRAID_RE.sub(" ", _KEEP_IT_RE.sub(" ", reading))))
        for reading in (plain, _other_script(plain))
    )


def secret_asked_of_someone_else(text: str) -> bool:
    """A secret asked of someone else, told by their family ("the woman told her dont tell your mother details",
    "ей сказали не говорить маме"): the rest of the message, the secret's own words left out, is about them (a
    pronoun for them, a relative named, bot/nlp/someone_else.py), and not about the writer ("ejeme aýtma diýdi": my
    mother is the writer's own)."""
    return told_to_keep_secret(text) and about_them(without_untold(text), named_before=False)


def without_untold(text: str) -> str:
    """The message without its words of a secret asked or of not being able to tell anyone; Russian typed in Latin
    letters ("roditeli ne znayut, ne govorite im") is returned in Cyrillic, Turkmen typed in Cyrillic ("хич киме
    айтма") in Latin, when they are found only so."""
    plain = _plain(text)
    if len(plain) != len(text):
        return text
    if not _UNTOLD_RE.search(plain):
        other = _other_script(plain)
        return _without(other, other) if other != plain and _UNTOLD_RE.search(other) else text
    return _without(text, plain)


def _without(text: str, plain: str) -> str:
    # shame goes with them ("мне стыдно, никому не могу рассказать"), not alone: "ashamed to write it" may tell more
    found = sorted([*_UNTOLD_RE.finditer(plain), *_SHAME_RE.finditer(plain)], key=lambda match: match.start())
    kept, last = [], 0
    for match in found:
        if match.start() < last:
            continue
        kept += [text[last : match.start()], " "]
        last = match.end()
    return "".join([*kept, text[last:]])
