"""What an urgent request opened with the 🆘 button carries to staff of what the person wrote before it: the 🆘 is
often pressed well after the trouble was told, under the answer to a question ("номер полиции какой" after "гаишник
требует 20 тыс"), and a person on a borrowed phone may tell where she is and whose phone it is in one message and the
danger in the next. The bot cannot tell which of an hour's messages is the story, so a 🆘 pressed under an answer
carries the latest few, and one told earlier that was read as danger; the card says which they are
(handlers/cards.py). The 🆘 screen's 🆘 carries the same, as its screen says: "я в москве на стройке, телефон чужой,
у меня 5 минут" tells staff to write only, and quickly, though nothing in it reads as danger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.handoff import EARLIER, UNDER

# What the bot read in a message (bot.recent.RecentWritten's kind): danger. An article on trouble abroad is no such
# sign: "kakoi tut nomer policii" gets one as "гаишник требует 20 тыс" does.
DANGER = "danger"
# The latest messages a card carries, and the characters kept of each when it carries several
LATEST = 5
SHORT = 400
# The messages of the hour held for it (bot.recent.RecentWritten): the latest, and some before them, one of which may
# have been read as danger
KEPT = 8
# Besides bot.handoff's UNDER and EARLIER: the person's latest messages, oldest first; and one told earlier that was
# read as danger, then the latest ones
RECENT = "recent"
RECENT_DANGER = "recent-danger"


# Between the messages a card carries (a blank line): messages_on_card splits them again
BETWEEN = "\n\n"


@dataclass(frozen=True)
class SosMessage:
    text: str | None  # the card's message, None when the person wrote nothing this hour
    said: str | None  # which it is: UNDER, EARLIER, RECENT, RECENT_DANGER
    count: int = 0  # how many of the person's messages it is made of


def sos_message(held: Sequence[tuple[str, str]], written: str) -> SosMessage:
    """`held`: the person's messages of the last hour, oldest first, each with what was read in it (DANGER or
    ""); `written`: the one whose answer the 🆘 was pressed under, "" for none (the 🆘 screen's)."""
    messages = list(held)
    if written and all(text != written for text, _ in messages):
        messages.append((written, ""))  # a photo's caption: not among the texts held
    if not messages:
        return SosMessage(None, None)
    latest, before = messages[-LATEST:], messages[:-LATEST]
    danger = [message for message in before if message[1] == DANGER][-1:]
    if len(latest) == 1 and not danger:
        text, kind = latest[0]
        if written:
            return SosMessage(written, UNDER, 1)
        return SosMessage(text, EARLIER if kind == DANGER else RECENT, 1)
    chosen = danger + latest
    text = BETWEEN.join(shortened(text) for text, _ in chosen)
    return SosMessage(text, RECENT_DANGER if danger else RECENT, len(chosen))


def shortened(text: str) -> str:
    """A message among several on a card: its start, cut at a word, with "…" when cut."""
    text = text.strip()
    if len(text) <= SHORT:
        return text
    cut = text[:SHORT].rsplit(maxsplit=1)[0] if " " in text[:SHORT] else text[:SHORT]
    return cut + "…"


def messages_on_card(text: str | None) -> list[str]:
    """The person's messages a 🆘 request carries (one or several, as sos_message joined them)."""
    return (text or "").split(BETWEEN)
