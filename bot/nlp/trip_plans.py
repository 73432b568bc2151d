"""A trip told of as someone's plan, not yet made ("they say after bangkok car will take us to other city near
border", "говорят, после Бангкока машина отвезёт нас в другой город", "Bangkokdan soň maşyn bizi başga şähere
äkider diýdiler"), or where an agency sends people ("they send people to turkey and cyprus"); Telegram-free.

A recruiter's plan retold by someone still deciding at home is a warning sign to be answered with advice, not danger
told: nobody holds the writer yet. The crisis detector's learned second opinion (bot/nlp/crisis.py) read the words of
such trips (a car, a border, another city) as confinement, so a message that tells nothing but such plans is not the
model's to judge (`only_plans_told`). The patterns still read every message: "they took us to another city and
don't let us leave", or a plan told with "i don't want to go", is danger as before."""

from __future__ import annotations

import re

from bot.nlp.crisis_chatter import only_everyday_words
from bot.nlp.crisis_reading import readings

# Someone else's words reported: "they say", "agent told us", "говорят", "сказал", "diýdiler", "aýtdy"
_REPORTED = {
    "en": r"\b(?:says?|said|tells?|told|promis\w*|explain\w*|according to)\b",
    "ru": r"\b(?:говор(?:ят|ит|или|ил|ила)|сказал\w*|обеща\w*|объясн\w*|по (?:их |его |ее |её )?словам)\b",
    "tk": r"\b(?:diy(?:di|diler|yar|yarler|yaler|ip)|aytdy\w*|aydyar\w*|wada ber\w*)\b",
}
# A journey still to come: someone will take, drive or fly the writer somewhere, or they will go there. Not to the
# police, to men or to clients, nor a thing sent or taken ("they will send the video", "he will take my passport"),
# nor being taken away by the police or to prison ("полиция заберёт", "посадят").
_NOT_A_TRIP_EN = r"(?! (?:the )?(?:police|jail|prison|men|clients|customers|guests)\b)"
_TRIP = {
    "en": r"\b(?:will|'ll|gonna|going to|would)\s+(?:\w+\s+)?(?:take|drive|bring|fly|move|transfer|carry|pick up|meet)"
    rf"\s+(?:us|me|you|them|everyone|people|all of us)(?:\s+\w+){{0,2}}?\s+(?:to|across|over|from)\b{_NOT_A_TRIP_EN}"
    r"|\b(?:we|i|you)\s+(?:will|'ll|would)\s+(?:then\s+)?(?:go|fly|travel|cross|drive|move)\b",
    "ru": r"(?<!не )\b(?:отвез[её]т|отвезут|повез[её]т|повезут|перевез[её]т|перевезут|довез[её]т|довезут|встретят|встретит"
    r"|переправят|поедем|полетим|перейд[её]м)\b",
    "tk": r"\b(?:akider\w*|akitjek\w*|alyp gider\w*|alyp gitjek\w*|ugradar\w*|ugratjak\w*|garsylar\w*|garsylajak\w*"
    r"|gideris|gitjekdiris|gecireris|gecirjek\w*)\b",
}
# A condition makes it a threat ("they will take us to another city if we complain"), not a plan
_CONDITION = re.compile(r"\b(?:if|unless|если|esli|eger)\b")
# An agency's trips described: "they send people to turkey and cyprus", "отправляют людей в Турцию", "adamlary Türkiýä
# iberýärler". People in general, not the writer ("they send us", "brings men to the flat and makes me"), nor girls,
# women or men, whom the patterns read (men brought to a flat are clients)
_SENDS_PEOPLE = {
    "en": r"^(?!.*\b(?:me|us|my|our)\b).*\b(?:send|sends|sending|sent|take|takes|taking|fly|flies)\s+(?:many\s+)?"
    r"(?:people|workers|guys|students)\s+(?:\w+\s+){0,2}?(?:to|abroad)\b",
    "ru": r"^(?!.*(?:меня|нас|мне|нам)\b).*\b(?:отправля|посыла|отправил|вывоз|возят|везут|набира)\w*\s+(?:\w+\s+)?"
    r"(?:людей|рабочих|работников|ребят|парней|студентов)\b",
    "tk": r"^(?!.*\b(?:meni|bizi|mana|bize)\b).*\b(?:adamlary|adamlar|isci(?:leri|ler)|yigitleri|talyplary)\s+(?:\w+\s+){0,2}?"
    r"(?:iber|ugrad|akid|akit|alyp git)\w*",
}
_SENDS_PEOPLE_RE = {language: re.compile(pattern) for language, pattern in _SENDS_PEOPLE.items()}
# Who said it, left beside a planned trip: "they say after bangkok, car will take us"
_REPORTED_WORDS = re.compile(
    r"\b(?:they|he|she|agent|the agent|boss|say|says|said|told us|told me|говорят|сказали|сказал|нам|мне|olar|ol"
    r"|diydiler|diyyarler|aytdylar)\b",
    re.IGNORECASE,
)
_REPORTED_RE = {language: re.compile(pattern) for language, pattern in _REPORTED.items()}
_TRIP_RE = {language: re.compile(pattern) for language, pattern in _TRIP.items()}
_SENTENCE = re.compile(r"(?<=[.!?;\n])")
_CLAUSE = re.compile(r"(?<=,)")


def _plans(sentence: str) -> list[bool]:
    """For each clause of the sentence, whether it is a trip planned by someone the sentence reports ("they say
    after bangkok, car will take us to the border") or an agency's trips described."""
    texts = readings(sentence)
    reported = {language: bool(pattern.search(texts[language])) for language, pattern in _REPORTED_RE.items()}
    if any(_CONDITION.search(reading) for reading in texts.values()):
        return [False for _ in _CLAUSE.split(sentence)]
    found = []
    for clause in _CLAUSE.split(sentence):
        read = readings(clause)
        found.append(
            any(
                reported[language]
                and _TRIP_RE[language].search(read[language])
                or _SENDS_PEOPLE_RE[language].search(read[language])
                for language in _TRIP_RE
            )
        )
    return found


def only_plans_told(text: str) -> bool:
    """The message tells a planned trip, and nothing else but everyday words and who said it."""
    kept: list[str] = []
    planned = False
    for sentence in _SENTENCE.split(text):
        clauses = _CLAUSE.split(sentence)
        plans = _plans(sentence)
        planned = planned or any(plans)
        kept += [clause for clause, plan in zip(clauses, plans, strict=True) if not plan]
    rest = _REPORTED_WORDS.sub(" ", " ".join(kept))
    return planned and (not re.search(r"\w", rest) or only_everyday_words(rest))
