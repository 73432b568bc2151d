"""Words that make a message about travelling or working abroad, whatever else it is about: a message closer to the
off-topic examples that names one ("how much money can I take with me at the airport") is "not sure" to the matcher
(bot/nlp/matcher.py), so it gets the closest topics and a person, never "that is not about travelling abroad". Requests
the bot declines (forged papers, smuggling, a tourist's plans: bot.nlp.requests) stay declined."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold

# Beginnings of words, folded (bot.nlp.textnorm.fold: lower case, Turkmen letters without their marks).
_TRAVEL = re.compile(
    r"\b(?:airport|border|customs|visa|passport|ticket|flight|abroad|migra|embass|consul|work permit"
    r"|аэропорт|границ|таможн|виз[аыуе]\b|паспорт|билет|рейс|эмигр|мигра|посольств|консульств|разрешени\w* на работу"
    r"|hova menzil|aeroport|serhet|gumruk|viza|pasport|bilet|ucar|dasary yur|ilcihana|konsul|migra)"
)


def speaks_of_travel(text: str) -> bool:
    return _TRAVEL.search(fold(text)) is not None
