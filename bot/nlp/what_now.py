"""Whether a message asks only what to do now or next ("what should i do now?", "а что мне теперь делать?", "indi
näme etmeli?"), with no topic of its own: after a checklist result it is answered with the result's way forward
(handlers/checklist_words.py), not with "not sure". A question that names what it is about ("what should I do if my
visa expires") is the matcher's."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings, russian_from_latin

_LEAD = r"^\W*(?:(?:so|ok|okay|and|well|but|hmm|а|и|ну|так|хорошо|ладно|но|ок|we|bolýar|bolyar|bolya|onda|hä|ha)\W+)*"
_END = r"\W*$"
_WHAT_NOW = re.compile(
    _LEAD + r"(?:"
    # English, as typed
    r"(?:so |then )?what (?:should|do|can|must|shall) (?:i|we) do(?: now| next| then| about it)?(?: now)?"
    r"|what (?:now|next|then)|now what|what(?:'s| is) next|what do i do now|what are my next steps|what next steps"
    # Russian (ё read as е), also typed in Latin letters (read in Cyrillic)
    r"|(?:и |а )?что (?:же )?(?:мне |нам )?(?:теперь? |сейчас |дальше |тогда )?(?:мне |нам )?(?:делать?|сделать?)"
    r"(?: мне| нам)?(?: теперь?| сейчас| дальше| тогда)?"
    r"|(?:и |а )?что (?:теперь?|дальше|же дальше)|(?:и |а )?как (?:быть|мне быть)(?: теперь?| дальше)?"
    # Turkmen, folded (ä → a, ý → y)
    r"|(?:indi |onda |son )?(?:name|nama|na) (?:etmeli|etmelidir|etmelimi|etjek|etjegim|edeyin|etmelidirin|etmelimiz"
    r"|edeli|etmelidiris)(?:in)?(?: indi| onda| son)?"
    r"|(?:indi|son) name"
    r")(?: please| пожалуйста| теперь?| now)?" + _END
)


def asks_what_now(text: str) -> bool:
    """The whole message asks what to do now or next, and nothing else."""
    lower = text.lower().replace("ё", "е").replace("’", "'")
    forms = [lower, *(fold(r) for r in readings(lower)), russian_from_latin(lower).replace("ё", "е")]
    return any(_WHAT_NOW.match(form) for form in forms)
