"""Whether a message says the person fears being watched or seen: someone may see the chat ("нет не надо он
увидит", "he will see", "ol görer"), checks their phone ("he checks my phone", "telefonymy barlaýar") or follows
them ("за мной следят"). The reply then offers 🙈 Hide this chat (handlers/hide.py), whatever else it says.
A short list on purpose: a hide button offered by mistake costs nothing, and the words are the common ones."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings

_WATCHED = re.compile(
    # Russian (folded: ё is е)
    r"\b(?:увидит|увидят|заметит|заметят|прочтет|прочитает)\b"
    r"|\b(?:следит|следят)\b"
    r"|\b(?:проверяет|проверяют|смотрит|смотрят|читает|читают)\s+(?:мой\s+|мои\s+)?(?:телефон|сообщен|переписк)"
    # English (not folded)
    r"|\b(?:he|she|they|someone|somebody)(?:'ll|’ll| will| would| might| could| may| can)\s+see\b"
    r"|\b(?:checks?|checking|reads?|reading|looks? at|goes through)\s+(?:my|this)\s+(?:phone|messages?|chat)\b"
    r"|\b(?:watching|following|spying on)\s+me\b"
    # Turkmen, Latin and Cyrillic (read as Latin), folded: ö → o, ý → y, ç → c
    r"|\bgorer(?:ler)?\b|\bgorup biler\b|\bgorse\b"
    r"|\btelefonym\w*\s+(?:barla|gora|okay)"
    r"|\byzarlay\w*|\bgozegcilik"
)


def fears_being_watched(text: str) -> bool:
    # folded for Russian and Turkmen; English as typed, in lower case (the fold spells "watch" as "vatc")
    return any(_WATCHED.search(t) for t in [*(fold(r) for r in readings(text)), text.lower()])
