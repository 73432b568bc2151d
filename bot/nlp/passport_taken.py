"""Whether a message tells that someone took the writer's passport ("they took my passport", "пасспортымы алдылар",
"работодатель забрал паспорт", "passport taken"), as opposed to losing it or having it stolen. The matcher reads words, not who did
what: the Turkmen "aldylar" (they took) is read as its stem "aldy", which the lost-and-stolen examples share
("ogurlap aldylar"), and a message mixing Russian and Turkmen went to "lost or stolen". A person who took it (an
employer, a boss, "they") makes it the employer-took-passport topic; any word of losing or stealing, or a pocket or
a bag it was taken from, leaves the matcher's answer as it is (bot/nlp/matcher.py)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, has_cyrillic, russian_from_latin

TAKEN_TOPIC = "employer-took-passport"
LOST_TOPIC = "lost-documents"

_PASSPORT = re.compile(r"\b(?:pass?port\w*|пасс?порт\w*)")
# Taken by someone: a verb of taking with a taker other than the writer (a plural or third person, or named).
_TAKEN = re.compile(
    r"\b(?:they|he|she|boss|employer|agent|agency|owner|company|manager|sponsor|madam|master|hotel)\b"
    r"(?: \w+){0,3} (?:took|has taken|have taken|confiscated|grabbed|kept|keeps|is keeping|are keeping|holds|"
    r"is holding|are holding|won'?t give back|doesn'?t give back|don'?t give back)\b"
    r"|\b(?:забрал\w*|отобрал\w*|отнял\w*|изъял\w*|удержива\w*|не отда\w*)"
    r"|\b(?:aldylar|aldy|alypdyrlar|alypdyr|alyp (?:goydy|goydular|galdy|galdylar|sakla\w*)|berenok|bermeyar\w*)\b"
    # said in the passive, in a hurry: "passport taken", "my passport was taken", "pasportym alyndy"
    r"|\bpass?ports? (?:(?:was|were|is|are|got|has been|have been|been) )?(?:taken|confiscated|seized)\b"
    r"|\b(?:alyndy|alnypdyr|alyndylar)\b"
)
_LOST_OR_STOLEN = re.compile(
    r"\b(?:lost|lose|losing|stole|stolen|steal\w*|thief|thieves|pickpocket\w*|robbed|missing|police|cops?"
    r"|pocket|bag|wallet|locker|broke into|потерял\w*|потеря\w*|утерял\w*|укра\w*|вор\w*|похитил\w*|пропал\w*|полици\w*|менты"
    r"|карман\w*|сумк\w*|кошел\w*|вскрыл\w*|взлом\w*|yitir\w*|yitdi|ogurla\w*|ogry\w*|polisi\w*|jubu\w*|torba\w*|gapjyk\w*)"
)


_HOLDERS_RU = (
    r"(?:неё|нее|него|них|хозя\w+|начальни\w+|работодател\w+|бригадир\w*|агент\w*|нанимател\w+|фирм\w+)"
)
# Someone holds the writer's papers, said calmly: "she has my papers", "dokumenty u nee" (документы у неё), "pasportym
# hojaýynda", "говорит отдаст когда контракт кончится"; or the writer would leave without them: "а если я уйду без
# паспорта". Papers held against the writer's will, as the employer-took-passport topic answers.
_HELD = re.compile(
    r"\b(?:she|he|they|boss|employer|madam|owner|family|lady|agent|sponsor)\b(?: \w+){0,2} "
    r"(?:has|have|keeps|holds|still has) (?:my|our|all our|all the) (?:passports?|papers|documents|id)\b"
    r"|\b(?:my|our) (?:passports?|papers|documents) (?:is|are) (?:still )?(?:with|at) (?:her|him|them|the (?:boss|employer|madam|owner|family|agent|agency|sponsor|manager))\b"
    r"|\b(?:leave|quit|run away|escape|walk out)(?: \w+){0,3} without (?:my|our|a|the) passports?\b"
    rf"|\b(?:паспорт\w*|документ\w*)(?: \w+)? у {_HOLDERS_RU}|\bу {_HOLDERS_RU} (?:мой|мои|наши|все) (?:паспорт|документ)"
    r"|\b(?:отдаст|отдадут|вернёт|вернет|вернут)(?: их| его| мне| нам)? (?:только )?когда (?:\w+ )?(?:контракт|договор)"
    r"|\b(?:уйти|уйду|уйдём|уйдем|сбежать|сбегу|сбежим|уволюсь|уволиться)(?: \w+){0,2} без паспорт"
    r"|\b(?:pasport|dokument)\w*(?: \w+)? (?:hojayyn|hojaýyn|is ?berij|iş ?berij|brigadir|agent|baslyg|başlyg)\w*(?:da|de)\b"
    r"|\bpass?portsyz (?:\w+ )?(?:gac|gaç|isden|işden)\w*"
)


def passport_taken_by_someone(text: str) -> bool:
    """The message tells that a person took or keeps the writer's passport or papers, and nothing of losing them or
    a theft."""
    lower = text.lower()
    readings = [*forms(text), russian_from_latin(lower)]
    return any(_PASSPORT.search(r) and _TAKEN.search(r) or _HELD.search(r) for r in readings) and not any(
        _LOST_OR_STOLEN.search(r) for r in readings
    )


_LETTERS = re.compile(r"[^\W\d_]")


def taken_in_two_scripts(text: str) -> bool:
    """A passport taken by someone, told in words of both scripts ("паспорт aldylar, что делать"): read word by word,
    each in its own script, the words say who took it, though the matcher, reading the whole, is less sure."""
    scripts = {has_cyrillic(word) for word in text.split() if _LETTERS.search(word)}
    return len(scripts) == 2 and passport_taken_by_someone(text)
