"""Whether a message says the person wants to find work ("is tapmak isleýän", "хочу найти работу", "i want to find
work", "ищу работу"): when no article fits it, the reply points to checking an offer before agreeing to it and to how
to tell a real offer from a fake one (handlers/questions.py), rather than "I am not sure I understood"."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms

_LOOKING = re.compile(
    r"\b(?:find|get|looking for|look for|search(?:ing)? for|need|want)\s+(?:a\s+|some\s+)?(?:job|work)\b"
    r"|\b(?:найти|ищу|искать|поискать|найду|нужна)\s+(?:\w+\s+)?работ\w*|\bработ\w* (?:ищу|найти)\b"
    r"|\b(?:is|ish|isi|ise)\s+(?:tapma\w*|tapasym|tapyp|gozle\w*|yerlesme\w*)\b"
    r"|\bise\s+(?:girmek|durmak)\b"
)


def looks_for_work(text: str) -> bool:
    return any(_LOOKING.search(form) for form in forms(text))
