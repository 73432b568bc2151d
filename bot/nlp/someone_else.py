"""Whether a message of danger tells of someone else: a relative or friend ("my brother is locked in a flat in
Dubai", "моего сына держат взаперти", "gyzymy Dubaýda gulplap saklaýarlar"), and not of the writer too. The crisis
reply then speaks to the one who wrote: the danger is theirs to report, not theirs to be blamed for, and the number is
for the person in danger to dial."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms

_RELATIVE = re.compile(
    r"\bmy (?:little |older |younger |elder )?(?:brother|sister|son|daughter|husband|wife|friend|cousin|mother|"
    r"father|mom|mum|dad|relative|niece|nephew|uncle|aunt|girlfriend|boyfriend|child|kids?|children)(?:'?s)?\b"
    r"|\b(?:мо[йяеюи]|моего|моему|моей|моих|нашего|нашу|наша|наш)\s+(?:младш\w+\s+|старш\w+\s+)?"
    r"(?:брат|сестр|сын|доч|муж|жен|друг|подруг|мам|пап|отц|отец|родствен|племянни|дяд|тёт|тет|ребён|ребен|дет)"
    r"|\b(?:dogan|jig|ogl|gyz|uya|yanyoldas|adam|ayal|dost|ejem|kakam|garyndas|yegen|agam|ekam)\w*"
    r"(?:ym|im|um|umy|ymy|imi|ma|me|mi|myz|imiz|ymyz|ymyn|imin|umun|myn|min|ymyzyn|imizin)\b"
)
# The writer in danger too ("me and my brother are locked in", "мой муж бьёт меня"): then it is their own crisis,
# whoever else it names. Only the writer as the object of what is done ("he wrote to me" is not).
_WRITER = re.compile(r"\b(?:me|us|we are|we're)\b|\b(?:меня|нас)\b|\b(?:meni|bizi)\b")


def about_someone_else(text: str) -> bool:
    lowered = forms(text)
    return any(_RELATIVE.search(t) for t in lowered) and not any(_WRITER.search(t) for t in lowered)
