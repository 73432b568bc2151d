"""Greetings, thanks, "are you a bot?" and other small talk: answered with a friendly pointer to what the bot can
do (which also says it is a bot), never stored as a question."""

from __future__ import annotations

from bot.nlp.profiles import PROFILES
from bot.nlp.textnorm import words

# Every language's small talk (bot/nlp/profiles.py), folded the same way as what people type, so "Haýyrly gün" and
# "hayyrly gun" are the same words; people greet in one language and ask in another.
_SMALL_TALK = frozenset(word for profile in PROFILES.values() for word in words(profile.small_talk))


def is_small_talk(text: str) -> bool:
    """True for a greeting, thanks or goodbye, and for text with no words at all (emoji, punctuation)."""
    found = words(text)
    return not found or (len(found) <= 5 and all(word in _SMALL_TALK for word in found))
