"""Whether a message tells, in the present, that the writer is held by a debt: free to leave, or to have their
papers back, only once they pay back or work off what someone says they owe ("they say i can leave when i pay back
the ticket and the agency fee", "говорят, отпустят, когда отработаю долг за дорогу", "bergini ödemänçäň gidip
bilmersiň diýýärler"). That is debt bondage (the forced-labour topic), not a question before departure about paying
a recruiter, though it names the same fees (bot/nlp/matcher.py)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

FORCED_LABOUR_TOPIC = "forced-labour"

# Free to go: leaving, being let go, going home, having one's passport back
_FREE = (
    r"(?:(?:can|may|could|will be able to|allowed to|let (?:me|us)) (?:leave|go|quit)|let (?:me|us) go|go home"
    r"|(?:get|give) (?:me |us )?(?:my |our )?(?:passport|papers|documents)\w* back|cannot (?:leave|go|quit)"
    r"|can'?t (?:leave|go|quit)|won'?t let (?:me|us) (?:leave|go)|(?:not |never )?free to (?:leave|go)"
    r"|отпуст\w*|уйти|уйд\w*|уед\w*|уехать|отдаст|отдадут|вернёт|вернет|вернут|никуда"
    r"|gidip bil\w*|gitmä?ge|gidersi\w*|goyber\w*|goýber\w*|gaýtaryp berjek\w*|gaytaryp berjek\w*|bererin)"
)
# …once a debt is paid back or worked off
_DEBT = (
    r"(?:pay(?:s|ing)? (?:\w+ )?back|repay\w*|pay (?:off|for) (?:the |my |our )?(?:debt|ticket|flight|visa|fee)\w*"
    r"|work(?:ed)? (?:it |the \w+ |\w+ )?off|debt\w*|owe\w*"
    r"|верн\w* (?:долг|деньги)|отда\w* (?:долг|деньги)|отработа\w*|выплат\w*|долг\w*|пока не (?:заплат|верн|отда)\w*"
    # Turkmen: a debt, paying back, working off; paying alone ("pul tölesem gidip bilerinmi") asks before leaving
    r"|berg\w*|ga[ýy]taryp ber\w*|i[şs]l[äa]p|(?:töle|tole|öde|ode)(?:mese|mäns|mans|mänçä|manca|mänçä)\w*)"
)
_CONDITION = r"(?:when|once|after|until|till|unless|if|only|когда|как|пока|после|только|soň|son|-ça|çä|ça)"
_HELD = re.compile(
    rf"\b{_FREE}\b.*\b{_CONDITION}\b.*\b{_DEBT}|\b{_CONDITION}\b.*\b{_DEBT}.*\b{_FREE}\b"
    # Turkmen marks the condition on the verb: "ödemänçäň / gaýtaryp bermesem … gidip bilmersiň"
    rf"|\b(?:\w+(?:mänçä|mança|mäsem|masam|mesem|ma[sş]e[nňñ]|mese[nňñ]|mezden|semem)\w*|\w+(?:se[nňñ]|sem|sam|sa[nňñ]))\b.*\b{_FREE}\b"
)


def held_by_debt(text: str) -> bool:
    lower = text.lower()
    readings = [*forms(text), russian_from_latin(lower)]
    return any(_HELD.search(reading) and re.search(rf"\b{_DEBT}", reading) for reading in readings)
