"""Fear of the police, said by someone whose papers may not be in order ("боюсь полиции, не могу выйти на улицу", "i am
scared of police i cant go outside", "polisiýadan gorkýaryn köçä çykyp bilemok"); Telegram-free.

Not going out for fear of the police is not being locked in: nobody holds the person, and the danger reply's "ask
people nearby to call the police" is the one thing they fear. Such a person needs the hotline first, what the police
may do where they are (a country pack's facts of kind "police": Türkiye's deportation centres), and the police only
if life is in danger (handlers/short_replies.police_feared).

The crisis detector (bot/nlp/crisis.py) reads such a message without the writer's own staying in (`without_staying_in`):
"не могу выйти на улицу" matched the confinement pattern "не могу выйти". What else it tells is still read:
"боюсь полиции, хозяин запер меня" is confinement, "боюсь полиции, он меня бьёт" violence. And a message of only
fear of the police, or of it with staying in, is not the model's to judge (`only_fears_the_police`)."""

from __future__ import annotations

import re

from bot.nlp.crisis_reading import readings

_POLICE_EN = r"(?:the\s+)?(?:police|cops?|policemen|immigration|migration (?:police|service)|deportation|being deported|getting caught|being caught)"
_POLICE_RU = r"(?:полиц|полис|мент|депорт|миграцион)\w*"
_POLICE_TK = r"(?:polis|polic|politsi|militsi|milisi|deport)\w*"
# The writer's own fear (Russian and Turkmen folded by crisis_reading.readings: ö → o, ý → y)
_FEAR = {
    "en": rf"\b(?:(?:i'?m|i am|we'?re|we are|i|we)\s+)?(?:so\s+|very\s+|really\s+)?(?:scared|afraid|frightened|terrified|fear)"
    rf"\s+(?:of\s+)?{_POLICE_EN}\b",
    "ru": rf"\b(?:я\s+|мы\s+)?(?:очень\s+|так\s+)?(?:боюсь|боюс|боимся|опасаюсь|опасаемся|страшно)\s+(?:\w+\s+)?{_POLICE_RU}"
    rf"|\b{_POLICE_RU}\s+(?:очень\s+|так\s+)?(?:боюсь|боюс|боимся|опасаюсь|опасаемся)\b",
    "tk": rf"\b{_POLICE_TK}\s+(?:\w+\s+)?(?:gork|gorc|gorkup|gorkyar)\w*",
}
# The writer's own staying in: "не могу выйти (на улицу)", "не выхожу из дома", "i cant go outside", "köçä çykyp
# bilemok", "daşary çykamok" (not "не выпускают", "they dont let me out", "meni çykarmaýarlar": someone holds them)
_STAYING_IN = {
    "en": r"\b(?:i|we)?\s*(?:can'?t|cant|cannot|can not|don'?t|dont|do not|never|am afraid to|'m afraid to|am scared to|'m scared to)"
    r"\s+(?:even\s+)?(?:go|step|walk)\s+(?:out(?:side)?|outdoors|out of the (?:house|flat|room|apartment)|on the street)\b"
    r"|\b(?:i|we)\s+(?:stay|hide|sit)\s+(?:at home|inside|indoors|in the (?:house|flat|room))(?:\s+all (?:day|the time))?\b",
    "ru": r"\b(?:я\s+|мы\s+)?(?:не\s+(?:могу|можем|решаюсь)\s+(?:даже\s+)?(?:в[ыи]й?ти|в[ыи]ходит\w?)|не\s+в[ыи]хожу|не\s+в[ыи]ходим|боюс\w?\s+в[ыи]й?ти|боюс\w?\s+в[ыи]ходит\w?)"
    r"(?:\s+(?:на\s+улицу|из\s+дома|из\s+квартиры|из\s+комнаты|наружу|никуда))?"
    r"|\b(?:сижу|сидим|прячусь|прячемся)\s+(?:дома|в\s+квартире|в\s+комнате)\b",
    "tk": r"\b(?:koca|kocede|dasary|dasaryk|oyden|jayd?an)\s+(?:hem\s+)?(?:cykyp|cykmaga|cykmak)\s+(?:bilemok|bilemzok|bilmeyarin|bilmeyaris|gorkyaryn|gorkyarys)"
    r"|\b(?:koca|dasary|oyden)\s+(?:cykamok|cykamzok|cykmayaryn|cykmayarys)\b",
}
_FEAR_RE = {language: re.compile(pattern) for language, pattern in _FEAR.items()}
_STAYING_IN_RE = {language: re.compile(pattern) for language, pattern in _STAYING_IN.items()}
_WORD = re.compile(r"[^\W\d_]+")
# Words that may stand beside the fear and the staying in in a message of nothing else ("i am so scared of the
# police, i cant go outside at all"): the reply to such a message is ours, not the model's
_FILLERS = frozenset(
    """i am im we are so very really too also at all anymore now even because of the and but please what do
    я мы очень так тоже даже вообще сейчас потому что и но а пожалуйста что делать
    men biz hem indi hic gaty sebabi we name etmeli""".split()
)


def fears_the_police(text: str) -> bool:
    """The writer says they fear the police (or deportation, or being caught)."""
    texts = readings(text)
    return any(pattern.search(texts[language]) for language, pattern in _FEAR_RE.items())


def without_staying_in(text: str) -> str:
    """The text for the crisis detector: with the writer's fear of the police said, their own staying in is left
    out (the text is returned in the reading that matched, lower case); else the text unchanged."""
    if not fears_the_police(text):
        return text
    texts = readings(text)
    for language, pattern in _STAYING_IN_RE.items():
        if pattern.search(texts[language]):
            return pattern.sub(" ", texts[language])
    return text


def only_fears_the_police(text: str) -> bool:
    """Nothing but the fear of the police, with staying in and fillers: not the crisis model's to judge."""
    if not fears_the_police(text):
        return False
    texts = readings(text)
    for language in ("en", "ru", "tk"):
        rest = _STAYING_IN_RE[language].sub(" ", _FEAR_RE[language].sub(" ", texts[language]))
        if all(word in _FILLERS for word in _WORD.findall(rest)):
            return True
    return False
