"""Whether a message says the person fears being watched or seen: someone may see the chat ("нет не надо он
увидит", "he will see", "ol görer"), checks their phone ("he checks my phone", "telefonymy barlaýar") or follows
them ("за мной следят"). The reply then offers 🙈 Hide this chat (handlers/hide.py), whatever else it says.
A short list on purpose: a hide button offered by mistake costs nothing, and the words are the common ones."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings, russian_from_latin

# Those close enough to look at the person's phone: family, a partner, an employer who holds them.
_CLOSE_EN = (
    "husband|wife|boyfriend|girlfriend|partner|fiance|father|dad|mother|mom|mum|brother|sister|parents|family|"
    "mother-in-law|father-in-law|in-laws|uncle|aunt|son|daughter|boss|employer|madam|sponsor|owner"
)
_CLOSE_RU = (
    "муж|жена|парень|отец|папа|мать|мама|брат|сестра|родители|родные|семья|свекровь|свекор|сын|дочь|дядя|тетя|"
    "хозяин|хозяйка|начальник|работодатель|он|она|они|кто-то|кто то"
)
_CLOSE_TK = (
    "arim|adamym|ayalym|kakam|ejem|agam|doganym|uyam|jigim|gayynenem|gayynatam|ogul|gyzym|hojayyn|hojayynym|"
    "ol|olar|biri"
)
_WATCHED = re.compile(
    # Russian (folded: ё is е)
    r"\b(?:увидит|увидят|заметит|заметят|прочтет|прочитает)\b"
    r"|\b(?:следит|следят)\b"
    rf"|\b(?:{_CLOSE_RU})\s+(?:\w+\s+)?(?:может|могут|сможет|смогут|будет|будут)\s+"
    r"(?:увидеть?|прочитать?|прочесть?|узнать?|заметить?|проверить?|смотреть?|читать?)\b"
    rf"|\b(?:{_CLOSE_RU})\s+(?:\w+\s+)?(?:узнает|узнают|прочитает|прочтет|прочтут|прочитают)\b"
    r"|\b(?:проверяет|проверяют|смотрит|смотрят|читает|читают)\s+(?:мой\s+|мои\s+)?(?:телефон|сообщен|переписк)"
    # English (not folded)
    r"|\b(?:he|she|they|someone|somebody)(?:'ll|’ll| will| would| might| could| may| can)\s+see\b"
    # someone close, then may, will or can, then see, read or find out: "my husband might see this". Not the
    # question "can my boss see what I write?", which asks how the bot keeps messages (its answer is /privacy)
    rf"|\b(?:my|our)\s+(?:{_CLOSE_EN})\s+(?:will|'ll|would|might|could|may|can|is going to|gonna)\s+"
    r"(?:(?:also|soon|probably|definitely|surely|easily|then)\s+)?(?:see|read|find out|notice|check)\b"
    r"(?!\s+(?:me|us|you|her|him)\s+off\b)"
    r"|\b(?:checks?|checking|reads?|reading|looks? at|goes through)\s+(?:my|this)\s+(?:phone|messages?|chat)\b"
    r"|\b(?:watching|following|spying on)\s+me\b"
    # Turkmen, Latin and Cyrillic (read as Latin), folded: ö → o, ý → y, ç → c
    r"|\bgorer(?:ler)?\b|\bgorup biler\b|\bgorse\b"
    rf"|\b(?:{_CLOSE_TK})\s+(?:\w+\s+)?(?:okap|bilip|gorup)\s+(?:biler|galar|galsa)\b|\b(?:{_CLOSE_TK})\s+(?:okar|bilse)\b"
    r"|\b(?:telefonym|hatlarym|sms\w*m)\w*\s+(?:barla|gora|okay)"
    r"|\byzarlay\w*|\bgozegcilik"
)


def fears_being_watched(text: str) -> bool:
    # folded for Russian and Turkmen; English as typed, in lower case (the fold spells "watch" as "vatc")
    # and Russian typed in Latin letters ("muzh mozhet uvidet"), in Cyrillic
    lower = text.lower()
    forms = [*(fold(r) for r in readings(text)), lower, fold(russian_from_latin(lower))]
    return any(_WATCHED.search(t) for t in forms)
