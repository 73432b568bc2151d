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


# A question about papers for work ("how to get work visa", "разрешение на работу") asks something else
_PAPERS = re.compile(r"\b(?:visa|permit|patent|виз\w*|разрешени\w*|патент\w*|wiza\w*|viza\w*|rugsat\w*)")
MAX_WORDS = 8  # "is tapmak isleýän": a few words; a longer message asks something the matcher should answer


def looks_for_work(text: str) -> bool:
    read = forms(text)
    return (
        len(text.split()) <= MAX_WORDS
        and any(_LOOKING.search(form) for form in read)
        and not any(_PAPERS.search(form) for form in read)
    )
