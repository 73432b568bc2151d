"""Whether a whole message only asks what to do now or next: "что мне делать", "what should I do now", "men näme
etmeli". Nothing in it says about what: it follows what the person told before, and is answered with the way forward
(after a checklist result, the result's: handlers/checklist_words.py; otherwise the hotline, a person, a request to an
organisation: handlers/short_replies.py), not with "I am not sure I understood". A question that names what it is
about ("what should I do if my visa expires") is the matcher's."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, russian_from_latin, turkmen_cyrillic_to_latin

_FILLER_RU = r"(?:(?:а|и|ну|так|и\s+что|ладно|хорошо|блин|помогите|пожалуйста)[\s,]+)*"
_FILLER_EN = r"(?:(?:so|and|ok|okay|well|but|then|hmm|please|help|pls|plz)[\s,]+)*"
_FILLER_TK = r"(?:(?:onda|indi|yene|ene|bolya|bolyar|hay|kömek|komek|komek\s+edin|yardam\s+edin)[\s,]+)*"
_WHAT_NOW = re.compile(
    # Russian (folded: ё is е; as typed in Latin letters, read in Cyrillic)
    rf"^{_FILLER_RU}(?:(?:что|чё|че|шо|што|чо)(?:\s+(?:же|мне|нам|теперь|сейчас|дальше|тогда|вообще))*\s+"
    r"(?:делат\w*|мне\s+делат\w*|теперь\s+делат\w*|сделат\w*|делат\w*\s+дальше|предпринять)"
    r"|как\s+(?:мне\s+)?(?:быть|поступить)|что\s+(?:же\s+)?(?:посоветуете|посоветуешь|дальше|теперь)"
    r"|(?:не\s+знаю|незнаю)\s+что\s+(?:мне\s+)?делат\w*)"
    r"(?:\s+(?:теперь|сейчас|дальше|мне|нам|то))*"
    # English
    rf"|^{_FILLER_EN}(?:what\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+do|what\s+(?:now|next|then|to\s+do|can\s+i\s+do)"
    r"|now\s+what|what(?:'s|\s+is)\s+next|what\s+are\s+my\s+next\s+steps"
    r"|i\s+(?:do\s+not|don'?t|dont)\s+know\s+what\s+to\s+do|what\s+do\s+you\s+(?:advise|suggest|recommend))"
    r"(?:\s+(?:now|next|then|about\s+it|here))*"
    # Turkmen (folded: ä → a, ý → y)
    rf"|^{_FILLER_TK}(?:(?:men|biz)\s+)?(?:indi\s+|hazir\s+|onda\s+)?"
    r"(?:(?:name|nama|neme|na)\s+y?(?:etmeli|etmelidir|etmelimi|etmelidirin|etmelimiz|etmelidiris|etsem|etsek|etjek|etjegim"
    r"|edeyin|edeli|maslahat\s+berersiniz)"
    r"|(?:indi|son)\s+name"
    r"|natmeli|nadeyin|nadeli|nadip\s+etmeli|name\s+etjegimi\s+bilemok)"
    r"(?:\s+(?:indi|hazir|onda|men|biz))*"
)
# …and who helps: "что делать, кто мне поможет", "what do i do who can help me", "näme etmeli maňa kim kömek eder"
# (Turkmen typed with Russian letters: "нэме этмели маня ким комек этйэр")
_WHO_HELPS = re.compile(
    r"[\s,.?!]+(?:and\s+|и\s+|а\s+|hem\s+)?(?:(?:mana|manya|mena|bize|мне|нам)\s+)?(?:who|кто|kim)\s+"
    r"(?:(?:can|will|could|would|may|мне|нам|может|сможет|mana|manya|bize)\s+)*(?:help|помо\w*|komek|yardam)\w*"
    r"(?:\s+(?:me|us|мне|нам|eder|edyar|edyer|etyer|etyar|edip biler|berer|beryar))?$"
)
_TRAILING = re.compile(r"[\s?!.,…)(]+$")


def asks_what_to_do(text: str) -> bool:
    lower = _TRAILING.sub("", " ".join(text.lower().split())).replace("’", "'")
    # Turkmen typed in Cyrillic ("инди нәме этмели") is read in Latin letters too
    read = (fold(lower), lower, fold(russian_from_latin(lower)), fold(turkmen_cyrillic_to_latin(lower)))
    return any(_WHAT_NOW.fullmatch(_WHO_HELPS.sub("", form)) for form in read)
