"""Whether a message tells that someone took or keeps the writer's phone ("madam took my phone for whole day", "my
employer took my phone", "хозяйка забирает телефон", "hojaýyn telefonymy aldy"), with no word of a passport or
papers, of losing it or a theft. Cut off from family and help is a sign of being held or exploited, not a passport
question: the stems of "took my" are those of the passport examples, so the matcher alone gave "my employer took my
passport". The topic is the maid's, when the message speaks of a household (a madam, a family, a maid), else the
signs of trafficking, whose first sign is a passport or phone taken (bot/nlp/matcher.py)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

DOMESTIC_TOPIC = "domestic-work"
SIGNS_TOPIC = "trafficking-signs"
# The topics about a passport or papers, never the answer for a phone taken
PASSPORT_TOPICS = frozenset(
    {"employer-took-passport", "lost-documents", "passport-safety", "document-copies"}
)

_PHONE = r"(?:(?:mobile )?phones?|mobiles?|cell ?phones?|телефон\w*|мобильн\w*|мобил\w*|telefon\w*|mobil\w*)"
_TAKES = (
    r"(?:took|takes|take away|taken|has taken|have taken|confiscat\w*|grabbed|keeps|kept|holds|is holding|"
    r"won'?t give|doesn'?t give|does not give|not giving)"
)
_TAKEN = re.compile(
    # English: someone took it, or keeps it ("took my phone", "keeps our phones")
    rf"\b{_TAKES} (?:away )?(?:my|our|all our|the|her) {_PHONE}"
    rf"|\b(?:they|he|she|boss|employer|madam|owner|agent|manager|sponsor)(?: \w+){{0,2}} take (?:away )?(?:my|our) {_PHONE}"
    rf"|\b(?:my|our) {_PHONE} (?:is|are|was|were) (?:taken|kept|held|confiscated|with (?:her|him|them|madam|the boss))"
    # Russian: "забрала телефон", "телефон отобрали", "не отдаёт телефон"
    rf"|\b(?:забира\w*|забрал\w*|отбира\w*|отобрал\w*|отнял\w*|отнима\w*|изъял\w*|не отда\w*|не возвраща\w*)"
    rf"(?: \w+){{0,2}} {_PHONE}|\b{_PHONE}(?: \w+){{0,2}} (?:забира\w*|забрал\w*|отбира\w*|отобрал\w*|отнял\w*|не отда\w*)"
    # Turkmen (folded): "telefonymy aldy", "telefonymy alyp goýýar", "telefonymy berenok": the writer's phone, not
    # "telefon arkaly pul alyp" (money got by phone)
    r"|\btelefon(?:ymy|umy|ymyzy|larymyzy|larymy|ym|umyz)\b(?: \w+)? (?:aldy\w*|alyar\w*|alya\w*|alyp \w+|berenok\w*"
    r"|bermeyar\w*|bermedi\w*|gaytarm\w*)"
)
_NOT_TAKEN = re.compile(
    r"\b(?:pass?port\w*|пасс?порт\w*|papers|documents?|документ\w*|dokument\w*|resminama\w*|numbers?|номер\w*|belgi\w*"
    r"|по телефону|jogap\w*|arkaly"
    r"|lost|lose|stole\w*|steal\w*|thie\w*|robbed|broken|broke|police|cops?|потерял\w*|укра\w*|вор\w*|разбил\w*"
    r"|полици\w*|yitir\w*|ogurla\w*|ogry\w*|dowuldy|polisi\w*)"
)
_HOUSEHOLD = re.compile(
    r"\b(?:madam|madame|maid|housemaid|nanny|carer|sponsor|the family|house ?owner|lady of the house"
    r"|хозяйк\w*|мадам|домработниц\w*|прислуг\w*|няня|нян\w+|сиделк\w*|семь[яеию]"
    r"|hanym\w*|madam\w*|oy hyzmat\w*|hyzmatkar\w*|dayza\w*|enekeli\w*)"
)


def _read(text: str) -> list[str]:
    return [*forms(text), russian_from_latin(text.lower())]


def phone_taken_by_someone(text: str) -> bool:
    read = _read(text)
    return any(_TAKEN.search(form) for form in read) and not any(_NOT_TAKEN.search(form) for form in read)


def phone_topic(text: str) -> str:
    """The topic for a phone taken: the maid's in a household, else the signs of trafficking."""
    return DOMESTIC_TOPIC if any(_HOUSEHOLD.search(form) for form in _read(text)) else SIGNS_TOPIC
