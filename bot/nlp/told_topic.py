"""Topics a message's words name plainly, where the matcher's stems cannot tell (bot/nlp/matcher.py)."""

from __future__ import annotations

from bot.nlp.for_someone import HELP_TOPIC, asks_help_for_someone
from bot.nlp.held_by_debt import FORCED_LABOUR_TOPIC, held_by_debt
from bot.nlp.paid_recruiter import (
    FEES_TOPIC,
    KOREA_TOPIC,
    RED_FLAGS_TOPIC,
    names_korea_work_visa,
    paid_a_recruiter,
    pressed_to_pay,
    promises_too_much,
)
from bot.nlp.passport_taken import TAKEN_TOPIC, passport_taken_by_someone
from bot.nlp.wages_left import WAGES_TOPIC, asks_for_wages_left

# A message whose words name its topic (told_topic) is answered so when it is short; a longer one tells a story the
# scores read better ("she borrowed for the rent, now he keeps her passport": fake loans to students)
TOLD_MAX_WORDS = 16
ARRESTED_TOPIC = "arrested-abroad"
# …unless the scores alone are sure of a topic about the trouble itself, which names who holds the person or what
# they are made to do ("smugglers took my passport until we arrive": smuggling)
TROUBLE_ITSELF = frozenset(
    {
        "smuggling",
        "cannot-leave",
        "trafficking-signs",
        "scam-centres",
        "sexual-exploitation",
        "domestic-work",
        "wages-not-paid",
        "forced-labour",
        "employer-took-passport",
        "help-someone-else",
        "arrested-abroad",
        "children-safety",
        "cyprus-gulf-club-offers",
        "marriage-abroad",
    }
)


def told_topic(text: str) -> str | None:
    """The topic the message's words name plainly, whatever its stems rank first: being held by a debt ("i can
    leave when i pay back the ticket": forced labour, not paying a recruiter, bot/nlp/held_by_debt.py); a person
    who holds the writer's passport or papers ("dokumenty u nee", "а если я уйду без паспорта", "паспорт aldylar",
    bot/nlp/passport_taken.py); what to do for a relative or friend ("what should i do for her",
    bot/nlp/for_someone.py); pay left behind abroad, to be got back ("turkiyede galan pulumy bu yerden alyp
    bolarmy": unpaid wages, bot/nlp/wages_left.py); money demanded under a threat, money paid to a recruiter, the
    Korean E-9 visa, a promise too good to be true (bot/nlp/paid_recruiter.py)."""
    if held_by_debt(text):
        return FORCED_LABOUR_TOPIC
    if passport_taken_by_someone(text):
        return TAKEN_TOPIC
    if asks_help_for_someone(text):
        return HELP_TOPIC
    if asks_for_wages_left(text):
        return WAGES_TOPIC
    return pressed_to_pay(text) or _offer_told(text)


def _offer_told(text: str) -> str | None:
    """Money paid to a recruiter, the Korean E-9 visa, a promise too good to be true (bot/nlp/paid_recruiter.py)."""
    paid = paid_a_recruiter(text)
    if paid is not None:
        return paid
    if names_korea_work_visa(text):
        return KOREA_TOPIC
    return RED_FLAGS_TOPIC if promises_too_much(text) else None


def named_over(told: str, own: str | None, text: str, *, trouble: bool) -> bool:
    """Whether the topic the words name is the answer, over `own`, the topic the scores are sure of (None when they
    are sure of none; `trouble`: it is about the trouble itself, TROUBLE_ITSELF). Money paid to a recruiter wins only
    over wages an employer owes ("my cousin paid 4000 to agency and waiting 8 months"), whatever the stems of paying
    and waiting say; money demanded under a threat of the police is not an arrest ("eger tölemesem polisiýa
    berjek"); a passport held does not undo a sure answer (bot/nlp/matcher.py)."""
    if own is None:
        return True
    if told in (FEES_TOPIC, KOREA_TOPIC) and paid_a_recruiter(text) == told:
        return own == WAGES_TOPIC
    if trouble:
        return own in (WAGES_TOPIC, ARRESTED_TOPIC) and pressed_to_pay(text) == told
    return told != TAKEN_TOPIC
