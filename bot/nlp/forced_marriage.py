"""Whether a message tells of being forced to marry: married off against one's will, now or soon ("отец хочет
выдать меня замуж, я не хочу", "kakam meni zor bilen durmuşa bermekçi", "my father is forcing me to marry"). It is
danger the crisis kinds do not name: the reply says that nobody may force a marriage and that the person can say
no, not that it is sexual abuse; and a country it names is where the groom is, not where the person is. Asked only
of a message the crisis detector flagged: a general question ("is forced marriage trafficking?") is a topic's."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings

_MARRIAGE = re.compile(
    r"\b(marry|married|marriage|wedding|wed|bride|husband)\b|замуж|жени[тлш]|свадьб|\bбрак|невест|сосват"
    r"|durmus|oylen|nika\b|nikah|\btoy\b|gelin"
)
# Forced outright, or married off by others ("выдать замуж", "durmuşa bermek") while the person does not want it.
_FORCED = re.compile(
    r"forc|against my will|without my consent|make me|making me|заставля|насильно|против (моей )?воли|без (моего )?"
    r"согласия|принужда|zor bilen|mejbur"
)
_MARRIED_OFF = re.compile(
    r"want me to marry|wants me to marry|arrang|marry me (off|to)|(выда|отда)(ть|ют|дут|ёт|ет|ст|вать|ли|л|ла)\s+"
    r"(меня\s+)?замуж|сосватал"
    r"|женить меня|durmusa ber|durmusa bermek|durmusa beryar|oylendirjek|oylendirmekci"
)
_UNWILLING = re.compile(
    r"(do ?n'?t|do not|never) want|не хочу|не хочет|против|islamok|islemeyarin|islameyarin|razy dal|razy del"
)


def tells_of_forced_marriage(text: str) -> bool:
    for reading in {fold(r) for r in readings(text)} | {text.lower()}:
        if _MARRIAGE.search(reading) and (
            _FORCED.search(reading) or (_MARRIED_OFF.search(reading) and _UNWILLING.search(reading))
        ):
            return True
    return False
