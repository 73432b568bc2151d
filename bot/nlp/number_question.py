"""Whether a message asks for an emergency number ("скорая в россии какой номер", "what is the police number in
turkey", "tiz kömek belgisi Russiýada näçe"): a word for a number and a word for an emergency service, in a short
message. The answer is then the numbers of the country's pack (handlers/abroad.py), not a topic about it."""

from __future__ import annotations

import re

from bot.nlp.someone_else import names_someone_else
from bot.nlp.textnorm import forms, russian_from_latin

# A question for a number is short; a long message naming the police and a number tells a story, for the matcher.
MAX_WORDS = 12

_SERVICE = (
    r"(?:ambulance|police|emergenc\w*|fire brigade|fire service"  # English
    r"|скор\w*|полици\w*|милици\w*|экстренн\w*|спасател\w*"  # Russian
    # Turkmen (folded: kömek → komek, ý → y; "tiz kömegiň belgisi": k → g before a vowel)
    r"|tiz kome[kg]\w*|polisi\w*|politsi\w*|gyssagly\w*|halas \w*)"
)
_NUMBER = re.compile(
    r"\b(?:numbers?|phone numbers?|hotline|номер\w*|belgi\w*|nomer\w*)\b"
    # "телефон полиции", "polisiýanyň telefony": a phone word beside a service, never "the police took my phone"
    rf"|\b(?:телефон\w*|telefon\w*|phone)\s+{_SERVICE}|\b{_SERVICE}\s+(?:телефон\w*|telefon\w*|phone)\b"
)
_SERVICE_WORD = re.compile(rf"\b{_SERVICE}")
# The police as Turkmen say it ("polisa", "полиса"), only beside a Turkmen word for the number: Russian "номер
# полиса" is an insurance policy's number
_SPOKEN_POLICE = re.compile(r"\bpolisa\w*")
_TURKMEN_NUMBER = re.compile(r"\bbelgi\w*|\bn[aä][cç]e\b")
# "the police asked for my passport number": the number of a document, or the person's own
_NOT_THEIRS = re.compile(
    r"\b(?:passport|visa|my|паспорт\w*|виз\w*|мой|моего|моем|pasport\w*|wiza\w*|meni\w*)\s+"
    r"(?:numbers?|номер\w*|nomer\w*|belgi\w*)"
    r"|\b(?:номер\w*|nomer\w*)\s+(?:паспорт|виз|pasport|wiz)"
)


# The question at the end of a longer message ("salam ya voditel … seichas v kazahstane, kakoi tut nomer policii esli
# chto"): a clause after the last comma or full stop, in a message that is not a long story
_CLAUSE = re.compile(r"[,.;!?]+")
MAX_WITH_CLAUSE = 2 * MAX_WORDS


def asks_emergency_number(text: str) -> bool:
    if len(text.split()) > MAX_WORDS:
        last = [clause for clause in _CLAUSE.split(text) if clause.strip()][-1:]
        return (
            len(text.split()) <= MAX_WITH_CLAUSE
            and bool(last)
            and len(last[0].split()) > 2
            and _asks_number(last[0])
        )
    return _asks_number(text)


def _asks_number(text: str) -> bool:
    # Russian typed in Latin letters ("nomer skoroy v turcii") read in Cyrillic too
    read = [*forms(text), russian_from_latin(text.lower())]
    return any(
        _NUMBER.search(form)
        and (_SERVICE_WORD.search(form) or _SPOKEN_POLICE.search(form) and _TURKMEN_NUMBER.search(form))
        and not _NOT_THEIRS.search(form)
        for form in read
    )


# "а куда звонить тут в казахстане", "who do I call here", "kime jaň etmeli şu ýerde": whom to call where the person
# is (here, or in a country the message names), which the numbers of that country answer
_WHOM_TO_CALL = re.compile(
    r"\b(?:куда|кому)\s+(?:мне\s+|нам\s+|тогда\s+|теперь\s+)?(?:звонит\w*|позвонит\w*|звякнут\w*)"
    r"|\b(?:who|where|what number|which number)\s+(?:do|should|can|must|shall)\s+(?:i|we)\s+(?:call|phone|ring)\b"
    r"|\b(?:who|where)\s+to\s+(?:call|phone|ring)\b"
    # "what number i call in dubai if she hit me", "какой номер звонить", "haýsy belgä jaň etmeli": the number asked
    r"|\b(?:what|which)\s+(?:phone\s+)?number\s+(?:(?:do|should|can|must|shall)\s+)?(?:i\s+|we\s+|to\s+)?(?:call|phone|ring|dial)\b"
    r"|\b(?:на\s+)?(?:какой|какои|какие)\s+(?:мне\s+)?(?:номер\w*|телефон\w*)\s+(?:мне\s+)?(?:звонит\w*|позвонит\w*|набрат\w*)"
    r"|\b(?:haysy|hansy)\s+(?:belgi|belga|nomer)\w*\s+(?:jan|zwon\w*)\s+(?:etmeli|etsem|edeyin|etjek)\b"
    r"|\b(?:kime|nira|nire)\s+(?:jan|zwon\w*)\s+(?:etmeli|etsem|edeyin|etmelidir\w*|etjek)\b"
    # "куда обратиться тут", "who can help me here", "kime ýüz tutmaly şu ýerde": where to turn
    r"|\b(?:куда|к кому)\s+(?:мне\s+|нам\s+|тогда\s+|теперь\s+)?(?:обратит\w*|обращат\w*|идти|пойти)"
    r"|\b(?:who|where)\s+(?:do|should|can|must|shall)\s+(?:i|we)\s+(?:turn|go)(?:\s+to)?\b"
    r"|\bwho\s+can\s+help\s+(?:me|us)\b"
    r"|\b(?:kime|nira|nire)\s+(?:yuz\s+tut\w*|ýüz\s+tut\w*|barmaly|gitmeli)"
    # "куда жаловаться тут", "where can i complain here": a complaint about nobody named, to the authorities there
    r"|\b(?:куда|кому)\s+(?:мне\s+|нам\s+)?(?:по)?жаловат\w*+(?!\s+на\b)"
    r"|\b(?:where|who)\s+(?:(?:do|should|can|must|shall)\s+(?:i|we)\s+|to\s+)complain\b(?!\s+about\b)"
    r"|\b(?:kime|nira|nire)\s+(?:sikayat|şikaýat)\s+(?:etmeli|etsem|edeyin|edeýin|etjek)\b"
)
# "what number in dubai", "какой номер в турции", "dubaýda haýsy belgi": the number of the place named, not of an
# embassy, a passport or a visa
_NUMBER_THERE = re.compile(
    r"\b(?:what|which)\s+(?:is\s+(?:the\s+)?)?(?:phone\s+)?number\s+(?:is\s+it\s+)?(?:in|for|there)\b"
    # "kakoi nomer v turcii": Russian typed in Latin letters loses the й ("какои")
    r"|\b(?:какой|какои|какие)\s+(?:там\s+)?(?:номер|телефон)\w*\s+(?:там\s+)?(?:в|во|на)\b"
    r"|\b(?:haysy|hansy)\s+(?:belgi|nomer)\w*|\bbelgi\w*\s+n[aä][cç]e\b"
)
_NOT_THE_PLACES = re.compile(
    r"\b(?:embass\w*|consul\w*|посольств\w*|консул\w*|ilcihana\w*|ilçihana\w*|konsul\w*)"
)
# "what number here", "какой тут номер", "bu ýerde haýsy belgi": the number where the person is (with _HERE)
_NUMBER_HERE = re.compile(
    r"\b(?:what|which)\s+(?:is\s+(?:the\s+)?)?(?:phone\s+)?numbers?\b"
    r"|\b(?:какой|какои|какие)\s+(?:тут|здесь)?\s*(?:номер|телефон)\w*"
    r"|\b(?:haysy|hansy)\s+(?:belgi|nomer)\w*"
)
# "какой номер тут лучше взять", "which number should i buy here": a SIM card, not whom to call
_A_SIM = re.compile(r"\b(?:взять|купить|брать|лучше|сим\w*|sim\w*|buy|get|take|almaly|satyn)\b")
_HERE = re.compile(r"\b(?:тут|здесь|here|munda|su yerde|bu yerde|su yurtda|bu yurtda)\b")


def asks_whom_to_call(text: str, *, country_named: bool) -> bool:
    """Whom to call here (`country_named`: the message names a country or a city of one), or the number there ("what
    number in dubai"). Not where to turn about
    a relative or friend ("куда обратиться если родственник пропал в россии"): helping them is the matcher's topic,
    which offers the country's numbers beside it."""
    if len(text.split()) > MAX_WORDS or names_someone_else(text):
        return False
    read = [*forms(text), russian_from_latin(text.lower())]
    asked = any(
        _WHOM_TO_CALL.search(form) or _NUMBER_HERE.search(form) and not _A_SIM.search(form) for form in read
    )
    there = country_named and any(_NUMBER_THERE.search(form) for form in read)
    if there and any(_NOT_THEIRS.search(form) or _NOT_THE_PLACES.search(form) for form in read):
        there = False
    return there or asked and (country_named or any(_HERE.search(form) for form in read))
