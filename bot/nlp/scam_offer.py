"""Whether a message tells of an offer of call-centre or online work in Southeast Asia ("call center job in thailand
1500$ month free flight", "работа оператором в камбодже", "Taýlandda onlaýn iş"): the textbook way into the
compounds where people are held and made to scam others online. Whatever the matcher answers (an offer that needs
only a tourist visa is fair as tours that promise work), the forced-scamming topic is offered first beside it, or
first among the closest topics when it is unsure (bot/nlp/matcher.py)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

SCAM_TOPIC = "scam-centres"

_JOB = re.compile(
    r"\b(?:call[ -]?cent(?:er|re)s?|contact[ -]?cent(?:er|re)|customer (?:service|support)|support (?:job|work)"
    r"|online (?:job|work|sales|operator)|operators?|typing job|data entry|chat (?:job|support)|crypto\w*|it (?:job|work)"
    r"|колл?[ -]?центр\w*|call[ -]?центр\w*|оператор\w*|онлайн[ -]?(?:работ|продаж)\w*|работ\w* онлайн|крипт\w*"
    r"|техподдерж\w*|поддержк\w* клиент\w*|kol[ -]?sentr\w*|koll?[ -]?sent(?:er|r)\w*|operator\w*|onla[yi]n is\w*"
    r"|onla[yi]n satuw\w*|kripto\w*)"
)
_SOUTHEAST_ASIA = re.compile(
    r"\b(?:thai\w*|bangkok|cambodia\w*|phnom penh|sihanoukville|myanmar|burma|mae sot|laos|golden triangle"
    r"|southeast asia|south-east asia"
    r"|таил?ланд\w*|тайланд\w*|бангкок\w*|камбодж\w*|пномпен\w*|сиануквил\w*|мьянм\w*|мянм\w*|бирм\w*|лаос\w*"
    r"|золот\w* треугольник\w*|юго-восточн\w* ази\w*"
    r"|tailand\w*|tayland\w*|kambodza\w*|kamboja\w*|mya?nma\w*|laos\w*|gunorta-gundogar aziya\w*)"
)


def scam_job_in_southeast_asia(text: str) -> bool:
    read = [*forms(text), russian_from_latin(text.lower())]
    return any(_JOB.search(form) for form in read) and any(_SOUTHEAST_ASIA.search(form) for form in read)
