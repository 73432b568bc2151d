"""Asking the way round a border's control (issue 19): "how do I cross into Kazakhstan at night avoiding the border
post", "как перейти обойдя погранпост", "serhet postuny aýlanyp nädip geçmeli". The smuggling topic is about the
dangers of a crossing, and answers a person asking about their own (what happens if they catch me, is it safe, the man
says he knows a path, should I trust him) and, as the evaluation sets label them, how to cross without papers or where
to find a guide; a message asking only how to get past the guards asks for help with evading them, which the bot does
not give. It gets "not sure" with the closest topics one tap away, as a recruiter's ad does: the writer may be the one
at risk. Patterns run on the text bot.nlp.requests reads (lower case, Turkmen letters without their marks, Russian
typed in Latin letters also in Cyrillic)."""

from __future__ import annotations

import re

from bot.nlp.trade_requests import signs_optional


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# Asking the way across.
_ASKS_THE_WAY = _any(
    r"\bhow (to|can|do|could|should) (i |we )?(cross|get (in|into|to|across|over)|go (to|into|across)|enter|sneak|slip"
    r"|pass)\b|\bwhere (to|can i|do i|can we) (cross|pass)\b",
    r"как\b.{0,20}(перейти|пересечь|попасть|пройти|проскочить|пробраться|перебраться|въехать|заехать|уйти)|"
    r"где (перейти|пересечь|пройти)",
    r"nadip (gec|gir|bar|at|gid)\w*|(gec|gir)(meli|ip bolar|ip bolyar|sem bolar)\w*.{0,20}nadip",
)
# The way round the border control: what the one crossing asks to get past the guards.
_ROUND_THE_POST = _any(
    r"\bavoid\w* (the )?(border|checkpoint|post|guards?|patrols?|cameras)\b|\b(not|never) (through|at|via) (the |a )?"
    r"(checkpoint|border post)\b|\b(past|round|around) the (guards?|checkpoint|border post|patrols?)\b|\bunnoticed\b",
    r"обойдя|в обход|минуя (погран|пост|кпп|контрол)|мимо (погран|пост|кпп|контрол)|незаметно|чтобы не (заметил|увидел)",
    r"(post|serhetci|gozegci)\w* aylanyp|aylanyp gec|gorunmezden|duydurman",
    # by night, when the post does not see: "ночью", "at night", "gije"
    r"\b(at|by) night\b|ночью|\bgije(ara|sine|ki)?\b|gijara",
)
# Looking for whoever takes people across, as a service: "who takes people", "adam geçirýän barmy". A person asking
# someone to take them ("who can take me") is asking about their own crossing: the smuggling topic answers.
_FINDS_A_SMUGGLER = _any(
    r"(who|anyone|someone|somebody).{0,10}(takes|take|bring|brings|moves|gets) people",
    r"(кто|где найти|ищу)\b.{0,20}(переправляет|переводит|перевозит|проводит|возит) (людей|через)",
    r"adam gecir(yan|yar|ip beryan)\w* (barmy|bar|kim|tapyp)|\bkim\b.{0,15}adam gecir",
)
# A person's own case, or a question about the danger: the topic answers it.
_ABOUT_THE_RISK = _any(
    r"\b(safe|danger\w*|risk\w*|caught|catch|what happens|legal\w*|trust|says|said|told|offer\w*|promis\w*|should i"
    r"|worth it|punish\w*|prison|jail|deport\w*|scam|real)\b",
    r"опасн|риск|пойма|что будет|законн|(?<!не)легальн|довер|верить|говорит|сказал|предлага|обеща|стоит ли|наказ|тюрьм"
    r"|посад|депорт|обман|правда",
    r"howp|tut(salar|arlar|ulsa)|name bolar|kanun|ynan|diy(yar|di|ip|ipdir)\b|ayd(yar|ypdyr|y)\b|teklip|wada|"
    r"gitmelimi|tussag|turme|jeza|deport|aldaw|dogrymy",
)


def asks_the_way_across(folded: str) -> bool:
    """Asks the way past the border control, and nothing about the danger."""
    asks = (_ASKS_THE_WAY.search(folded) and _ROUND_THE_POST.search(folded)) or _FINDS_A_SMUGGLER.search(
        folded
    )
    return bool(asks and not _ABOUT_THE_RISK.search(folded))
