"""Whether a message asks if the bot knows where its writer is ("do you still know which country im in?", "ты
помнишь, где я?", "men nirededigimi bilýärsiňmi"): after /forget a person checks that it is gone. The answer is
what the bot holds, said plainly (handlers/whereabouts.py), not an article."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

MAX_WORDS = 12
# folded (bot.nlp.textnorm.fold): "ch" is "c", "w" is "v", Turkmen letters plain
_END = r"(?:\s+(?:now|rigt nov|nov|сейчас|теперь|нахожусь|живу|hazir|su vagt))?\s*[?.!]*\s*$"
_KNOW_WHERE = re.compile(
    # English: "do you (still) know / remember where i am / which country i'm in"
    r"\b(?:do|did|can|does) (?:you|u)(?: still)? (?:knov|remember|have|keep|recall)\w*(?: still)? "
    rf"(?:vhere (?:i am|im|i'm|i live|i stay)|(?:vhic|vhat) country (?:i am|im|i'm|i live)(?: in)?|my country"
    rf"|my location|vhere i told you){_END}"
    # Russian: "ты ещё знаешь / помнишь, где я / в какой я стране"
    r"|\b(?:знаешь?|знаете|помнишь?|помните|хранишь?|храните)\b(?:\s+(?:ли|ещё|еще|ты|вы|до сих пор))*[\s,]+"
    rf"(?:где я|где мы|в какой (?:я )?стране(?: я)?|мою страну|где я был\w*){_END}"
    # Turkmen: "nirededigimi bilýärsiňmi", "haýsy ýurtdadygymy bilýärsiňizmi", "ýadyňda barmy men nirede"
    r"|\b(?:nirededigimi|niradedigimi|nirededigimizi|haysy yurtdadygymy|haysy yurtdadygymyzy|yurdumy)\s+"
    rf"(?:heniz\s+|entek\s+|hala\s+)?(?:bilyan|bilyar|yadyn|yatlay|sakla)\w*{_END}"
    rf"|\byadyn\w*(?:da)? (?:barmy|durmy),? (?:men )?(?:nirede|haysy yurtda)(?: men)?{_END}"
)


def asks_where_known(text: str) -> bool:
    """The message asks whether the bot knows or remembers where its writer is."""
    if len(text.split()) > MAX_WORDS:
        return False
    read = [*forms(text), russian_from_latin(text.lower())]
    return any(_KNOW_WHERE.search(form) for form in read)
