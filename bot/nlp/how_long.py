"""Whether a short message asks how long until someone answers: "а сколько ждать ответа", "когда мне ответят", "how
long do i wait for an answer", "haçan jogap bererler", "näçe garaşmaly". Typed at a step of a request not yet sent,
it is answered that nothing has gone yet and what happens once it has (handlers/short_replies.py), not "I am not sure
I understood"."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin, turkmen_cyrillic_to_latin

MAX_WORDS = 9

_HOW_LONG = re.compile(
    # Russian (folded: ё is е)
    r"\b(?:сколь?ко|долго|как долго|когда)\s+(?:мне\s+|нам\s+|еще\s+)*(?:ждать?|ожидать?|ответ\w*|напиш\w*|свяж\w*"
    r"|позвон\w*|будет ответ)"
    r"|\bкогда\s+(?:мне\s+|нам\s+)?(?:ответ\w*|напиш\w*|свяж\w*|позвон\w*|будет\s+ответ)"
    # English
    r"|\bhow\s+long\s+(?:do|will|should|must|shall|have|to)\s+(?:i\s+|we\s+)?(?:have\s+to\s+)?wait\b"
    r"|\bhow\s+long\s+(?:until|till|before|for|does it take for|will it take for)\s+(?:\w+\s+){0,3}"
    r"(?:answers?|reply|replies|response|respond\w*|writes?|calls?|contacts?)\b"
    r"|\bwhen\s+(?:will|do|does|would|can)\s+(?:i\s+get|someone|somebody|anyone|they|you|a person|the staff)"
    r"\s+(?:\w+\s+)?(?:answer|reply|respond|write|call|contact|get back)"
    # Turkmen (folded: ç → c, ä → a, ş → s)
    r"|\b(?:nace|haysy wagta|hacana|hacan)\s+(?:\w+\s+)?(?:garasmaly|garasmalymy|garasmaly\w*|jogap\w*|yazar\w*"
    r"|jan eder\w*|habarlas\w*)"
    r"|\bhacan\s+(?:\w+\s+)?(?:jogap|yazar|yazjak|jan|habarlas)\w*"
)


def asks_how_long(text: str) -> bool:
    if len(text.split()) > MAX_WORDS:
        return False
    lower = text.lower()
    read = [*forms(text), russian_from_latin(lower), turkmen_cyrillic_to_latin(lower)]
    return any(_HOW_LONG.search(form) for form in read)
