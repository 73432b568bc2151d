"""The crisis detector's markers for forced labour told in several clauses: the ILO's indicators of a person held at
work abroad. A worker rarely writes "I am trapped"; they tell how things are: the boss keeps the passports, says they
owe him for the ticket, lets them out only to the shop with his brother, checks their phones, pays nothing. No one
clause is a danger, together they are, so bot/nlp/crisis.py reads each marker in every clause that tells of today
(like crisis_sending.py's) and decides on the whole message (labour_kinds):

- DOCUMENTS: the passport or papers held by the employer, agent or owner;
- DEBT: a debt the person is told they owe;
- MOVEMENT: going out only with a minder or only to the shop, or not allowed out;
- PHONE: the phone checked or taken, calls home not allowed;
- PAY: pay withheld.

Movement restricted with any other, or any three, is CONFINEMENT. Not when the message asks about an offer before
leaving (OFFER: "the agency will keep my passport until I pay back the ticket, is that normal?") without a plea for
help (PLEA: "what can I do"); the past and talk of people in general are left out by crisis.py as for every marker.
Turkmen is written with its special letters, as crisis_patterns.py's patterns are."""

from __future__ import annotations

from bot.nlp.crisis_patterns import CrisisKind

_HOLDER_EN = r"(?:boss|owner|employer|agent|agency|manager|landlord|landlady|madam|he|she|they|him|her|them)"
_DOCUMENTS = {
    "en": (
        r"\b(?:keeps?|keeping|kept|took|takes|taken|holds?|holding|confiscated?|locked up|hid(?:es)?|has|have)"
        r"(?: \w+){0,2}? (?:all |(?:my |her |his |their )?\w+ and )?(?:my|our|the|her|his|their)? ?(?:passports?|documents|papers|id cards?|ids)\b",
        rf"\b(?:passports?|documents|papers) (?:is |are )?(?:with|at) (?:the |his |her |their )?{_HOLDER_EN}\b",
        r"\b(?:without|no) (?:my |our )?(?:passports?|documents)\b(?! (?:check|control))",
    ),
    "ru": (
        r"\b(?:забрал|отобрал|забира|отбира|держ|удержива|храни|спрятал|прячет|прячут)\w* (?:\w+ ){0,2}(?:паспорт|документ)",
        r"\b(?:паспорт|документ)\w* (?:\w+ ){0,2}(?:забрал|отобрал|забира|отбира|держ|спрятал|у (?:него|нее|неё|них"
        r"|хозя|работодат|агент|начальник|босс|бригадир))\w*",
        r"\bбез (?:паспорт|документ)\w*",
    ),
    "tk": (
        r"\b(?:pasport|resminama|dokument)\w* (?:\w+ ){0,2}(?:alyp goý|alyp galdy|aldy|saklaýa|gizlä|gizled|bermeýä"
        r"|berenok|ellerinde|elinde|olarda|onda|hojaýyn\w*da|agent\w*de)\w*",
        r"\b(?:pasport|resminama|dokument)\w* (?:hem )?ýok\b",
    ),
}
_DEBT = {
    "en": (
        r"\b(?:i|we|she|he|they) owe\b|\bsays? (?:i|we) owe\b|\bin debt\b|\b(?:a|the|our|my) debt\b",
        r"\b(?:work|pay) off\b(?: \w+){0,2}? (?:debt|ticket|visa|flight)",
    ),
    "ru": (
        r"\bдолж(?:на|ен|ны) (?:\w+ )?(?:\d|денег|деньги|доллар|за|тысяч)",
        r"\bдолг(?:а|и|у|ов|ах)?\b|\bотрабатыва\w* (?:\w+ )?(?:дорогу|билет|визу|долг)",
    ),
    "tk": (r"\bberg(?:i|im|iň|imiz|ili)\w*|\bborç\w*",),
}
_MOVEMENT = {
    "en": (
        r"\bonly (?:to the (?:shop|store|market|supermarket)|with (?:him|her|them|his|her|their|the boss|the owner"
        r"|a (?:minder|guard)|someone))\b",
        r"\b(?:not allowed|aren'?t allowed|are not allowed|am not allowed|forbidden|can'?t|cannot|can not)"
        r" (?:to )?(?:go out|leave the (?:house|flat|apartment|room|farm|site|building|hotel))\b",
        r"\b(?:don'?t|doesn'?t|won'?t|never) let (?:me|us) (?:go )?(?:out|leave)\b|\b(?:minder|guard) (?:always )?with us\b",
    ),
    "ru": (
        r"\bтолько (?:с (?:ней|ним|ними|хозя\w*|охран\w*|бригадир\w*|начальник\w*|его \w+|ее \w+|её \w+)"
        r"|в магазин)\b",
        r"\b(?:нельзя|не разреша\w*|не пуска\w*|не выпуска\w*|запреща\w*) (?:нам |мне )?(?:выходить|выйти)",
        r"\bвыходить (?:можно )?только\b",
    ),
    "tk": (
        r"\bdiňe (?:dükana|magazine|bazara|onuň bilen|olar bilen|olaryň bilen|hojaýyn\w* bilen|agent\w* bilen"
        r"|\w+ bilen (?:çykma|gitme))",
        r"\b(?:daşaryk|daşary|köçä|öýden) (?:çykmaga|çykmagymyza|çykmagyma) (?:rugsat (?:ýok|bermeýä|berenok)"
        r"|goýanok|goýmaýar)\w*",
    ),
}
_PHONE = {
    "en": (
        r"\b(?:check(?:s|ed|ing)?|reads?|read(?:ing)?|look(?:s|ed)? through|go(?:es)? through|took|takes|taken|keeps?"
        r"|kept|broke) (?:all )?(?:my|our|her|their|the)? ?(?:phones?|mobiles?|messages)\b",
        r"\b(?:not allowed|aren'?t allowed|can'?t|cannot) (?:to )?(?:call|phone|write to) (?:home|my|our|anyone)\b",
    ),
    "ru": (
        r"\b(?:провер|забрал|отобрал|забира|отбира|чита|смотр)\w* (?:\w+ ){0,2}(?:телефон|сообщени|переписк)",
        r"\b(?:телефон|переписк)\w* (?:\w+ ){0,3}(?:провер|забрал|отобрал|забира|отбира|чита)\w*",
        r"\bне (?:да[её]т|дают|разреша\w*) (?:\w+ )?звонить",
    ),
    "tk": (
        r"\b(?:telefon|hat)\w* (?:\w+ ){0,2}(?:barla|alyp|aldy|okaýa|gözden geçir)\w*",
        r"\bjaň (?:etmäge|etmegime) (?:rugsat (?:ýok|bermeýä|berenok)|goýanok|goýmaýar)\w*",
    ),
}
_PAY = {
    "en": (
        r"\b(?:don'?t|doesn'?t|do not|does not|didn'?t|did not|never|won'?t|haven'?t|hasn'?t)"
        r" (?:pay|paid|give (?:me|us) (?:any |our |my )?(?:money|salary|wages|pay))\b",
        r"\b(?:not|never|un)[ -]?paid\b|\bno (?:pay|salary|wages)\b|\bwithout (?:pay|salary|wages)\b"
        r"|\b(?:salary|wages|pay) (?:is |are )?(?:withheld|kept)\b",
    ),
    "ru": (
        r"\b(?:денег|деньги|зарплат\w*|оплат\w*) (?:\w+ )?не (?:дают|да[её]т|платят|платит|выдают|выда[её]т)",
        r"\bне (?:платят|платит|платили|заплатил\w*|выплачива\w*|дают денег|да[её]т денег)|\bбез (?:зарплаты|оплаты)\b",
    ),
    "tk": (
        r"\b(?:aýlyk|zähmet haky|pul|hak)\w* (?:\w+ )?(?:bermeýä|berenok|bermedi|tölemeýä|tölänok|tölemedi)\w*",
        r"\btölemeýä\w*|\btölänok\w*",
    ),
}
_OFFER = {  # before leaving, or an arrangement to come: "will keep my passport", "before I go"
    "en": (
        r"\b(?:will|would|'ll|going to|gonna) (?:keep|take|hold)\b|\bbefore (?:i|we) (?:go|leave|fly|travel|sign)\b"
        r"|\bis (?:it|this|that) (?:normal|ok|okay|usual|safe)\b|\b(?:an|the|this|a job) offer\b|\bshould i (?:go|sign|agree|accept)\b",
    ),
    "ru": (
        r"\bбуд(?:ет|ут) (?:\w+ )?(?:держать|хранить|забирать|у (?:них|него|нее|неё|работодат))|\bперед (?:отъездом|поездкой|вылетом)"
        r"|\bэто нормально|\bнормально ли|\bпредлага\w*|\bстоит ли (?:ехать|соглашаться)|\bсоглашаться ли",
    ),
    "tk": (r"\b(?:saklajak|aljak|aljaklar|saklajaklar)\b|\bgitmezden (?:öň|öňürti)|\bkadaly\w*|\bteklip\w*",),
}
_PLEA = {  # a plea for help, not a question about an offer
    "en": (r"\bwhat (?:can|should|shall|do|must) (?:i|we) do\b|\bhelp (?:me|us)\b|\bplease help\b",),
    "ru": (r"\bчто (?:мне |нам )?(?:делать|сделать)|\bпомогите|\bпомоги\b|\bспасите",),
    "tk": (r"\bnäme (?:etmeli|etsem|etsek|edeli|edeýin)|\bkömek (?:ediň|et|ber|gerek)",),
}

INDICATORS = ("documents", "debt", "movement", "phone", "pay")

# The markers by name, each table one pattern per language as crisis.py compiles them.
MARKERS = {
    name: {language: "|".join(patterns) for language, patterns in table.items()}
    for name, table in (
        ("documents", _DOCUMENTS),
        ("debt", _DEBT),
        ("movement", _MOVEMENT),
        ("phone", _PHONE),
        ("pay", _PAY),
        ("offer", _OFFER),
        ("plea", _PLEA),
    )
}


def labour_kinds(marks: set[str]) -> set[CrisisKind]:
    """Confinement when movement is restricted together with another indicator, or when three are told; not when the
    message asks about an offer before leaving without pleading for help. The markers may be in different sentences."""
    told = marks & set(INDICATORS)
    if "offer" in marks and "plea" not in marks:
        return set()
    if "movement" in told and len(told) >= 2 or len(told) >= 3:
        return {CrisisKind.CONFINEMENT}
    return set()
