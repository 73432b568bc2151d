"""Whether a message asks about pay left behind abroad: wages still owed that the person would get back, often from
home ("turkiyede galan pulumy bu yerden alyp bolarmy", "можно ли получить оставшуюся зарплату из дома", "can i still
get the salary they owe me from here"). Its words are those of sending money home and of coming back, so the matcher
alone was unsure; it is the unpaid-wages topic (bot/nlp/told_topic.py). Having no money left ("у меня не осталось
денег", "pulum galmady") is being stranded, not this."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin, turkmen_cyrillic_to_latin

WAGES_TOPIC = "wages-not-paid"

# Pay left behind or still owed: "galan pulum", "aýlygym galdy", "оставшуюся зарплату", "деньги там остались",
# "they still owe me", "unpaid salary"
_LEFT = re.compile(
    r"\b(?:galan|alyp bilmedik|alynmadyk|berilmedik|tolenmedik|bermedik)\s+(?:\w+\s+)?(?:pul|ayly|zahmet hak|hak)\w*"
    r"|\b(?:pul|ayly|zahmet hak)\w*\s+(?:\w+\s+)?(?:galdy|galypdyr|galan)\b"
    r"|\b(?:оставш\w*|недоплачен\w*|невыплачен\w*)\s+(?:\w+\s+)?(?:деньг\w*|денег|зарплат\w*|зп|оплат\w*|заработ\w*)"
    r"|\b(?:деньг\w*|зарплат\w*|зп|заработ\w*)\s+(?:\w+\s+){0,2}остал\w*"
    r"|\b(?:остал\w*|должны|задолжал\w*)\s+(?:мне\s+)?(?:\w+\s+)?(?:деньг\w*|денег|зарплат\w*|зп)"
    r"|\b(?:money|wages?|salary|pay)\s+(?:\w+\s+)?(?:left|still owed|owed|they owe|he owes|she owes)\b"
    r"|\b(?:still\s+)?owes?\s+me\s+(?:\w+\s+)?(?:money|wages?|salary|pay|\d+)|\bunpaid\s+(?:wages?|salary|pay)\b"
)
# …asked to be got back
_GET = re.compile(
    r"\b(?:al(?:yp|mak|maly|sam|ap|ar)\w*|gaytar\w*|get|claim|recover|receive|back|получ\w*|забра\w*|верну\w*"
    r"|взять|выбить|стребова\w*)"
)
_NONE_LEFT = re.compile(
    r"\b(?:no|not any|none)\s+(?:\w+\s+)?(?:money|cash)|\bне\s+остал\w*|\bнет\s+денег|\bpul\w*\s+(?:yok|galmady)"
)


def asks_for_wages_left(text: str) -> bool:
    lower = text.lower()
    read = [*forms(text), russian_from_latin(lower), turkmen_cyrillic_to_latin(lower)]
    return any(_LEFT.search(form) and _GET.search(form) for form in read) and not any(
        _NONE_LEFT.search(form) for form in read
    )
