"""Greetings, thanks, "are you a bot?" and other small talk: answered with a friendly pointer to what the bot can
do (which also says it is a bot), never stored as a question. Thanks get a short "you are welcome", and a message of
crying or fear in emoji alone a word of care with the way to a person, not a cheerful greeting."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.nlp.profiles import PROFILES
from bot.nlp.textnorm import fold, words


class SmallTalk(StrEnum):
    GREETING = "greeting"  # and anything else small: "ok", "are you a bot?"
    THANKS = "thanks"
    DISTRESS = "distress"


# Thanks in the three languages, Russian also in Latin letters ("spasibo"), folded as what people type is.
_THANKS = frozenset(
    fold(
        "спасибо спасибочки спс благодарю spasibo spasiba spasib spsb blagodaryu sag bol sagbol sagboluň sagbolun "
        "taňryýalkasyn tanryyalkasyn minnetdar thanks thank thx ty cheers"
    ).split()
)
# Every language's small talk (bot/nlp/profiles.py), folded the same way as what people type, so "Haýyrly gün" and
# "hayyrly gun" are the same words; people greet in one language and ask in another.
_SMALL_TALK = (
    frozenset(word for profile in PROFILES.values() for word in words(profile.small_talk))
    | _THANKS
    | frozenset(fold("lot much very so большое огромное köp uly").split())  # "thanks a lot", "köp sag boluň"
    # "hey whats up", "kak dela": greetings typed in slang, and Russian in Latin letters
    | frozenset(
        fold("up sup wassup whatsup wazzup howdy hows going kak dela delishki privet zdravstvuyte").split()
    )
)
_DISTRESS = re.compile("[😭😢😥😰😱😨😿💔😞😔🥺😩😫]")


def small_talk(text: str) -> SmallTalk | None:
    """What kind of small talk the text is, or None for anything else: a greeting, thanks or goodbye, or text with
    no words at all (emoji, punctuation), which is distress when its emoji cry or fear."""
    found = words(text)
    if not found:
        return SmallTalk.DISTRESS if _DISTRESS.search(text) else SmallTalk.GREETING
    if len(found) > 5 or not all(word in _SMALL_TALK for word in found):
        return None
    return SmallTalk.THANKS if any(word in _THANKS for word in found) else SmallTalk.GREETING


def is_small_talk(text: str) -> bool:
    """True for a greeting, thanks or goodbye, and for text with no words at all (emoji, punctuation)."""
    return small_talk(text) is not None
