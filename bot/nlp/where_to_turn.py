"""Whether a message asks where to turn in a velayat of Turkmenistan ("я в маре живу куда обратиться", "men maryda
ýaşaýan, kime ýüz tutaýyn", "who can help me in lebap"): a velayat (or its main town) named, and a question of
where to go or who helps, in a short message. The answer is then the network's organisations there
(handlers/gethelp.py), not a topic."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin

MAX_WORDS = 15  # a longer message tells a story, for the matcher

# Each velayat by its name and its main towns, as typed in the three languages (folded: ş → s, ý → y), with
# the case endings a sentence gives them ("в Маре", "Marydan", "Lebapda").
_VELAYATS = {
    "ashgabat": r"ashgabat\w*|ashkhabad\w*|asgabat\w*|ашхабад\w*|ашгабат\w*",
    "ahal": r"ahal\w*|ахал\w*|anew\w*|анев\w*|annau",
    "balkan": r"balkan\w*|балкан\w*|turkmenbas\w*|туркменбаш\w*|туркменбаши|turkmenbashi",
    "dashoguz": r"dashoguz\w*|dasoguz\w*|дашогуз\w*|дашховуз\w*",
    "lebap": r"lebap\w*|лебап\w*|turkmenabat\w*|туркменабат\w*|chardzhou|чарджоу",
    "mary": r"mary|marydan|maryda|mara|мары|маре|марах|мара",
}
_PLACE = {velayat: re.compile(rf"\b(?:{words})\b") for velayat, words in _VELAYATS.items()}
_WHERE = re.compile(
    r"\bкуда (?:мне |нам )?(?:обратит\w*|идти|пойти|обращаться|звонить)|\bк кому (?:мне |нам )?обратит\w*"
    r"|\bкто (?:мне |нам )?(?:может )?помо(?:жет|чь)|\bгде (?:мне |нам )?(?:найти |получить )?помощ\w*"
    r"|\b(?:организаци\w*|нко|фонд\w*) (?:есть|рядом)|\bесть ли (?:там |здесь |у вас )?(?:организаци|нко)"
    r"|\bkime (?:yuz|ýüz)? ?tut\w*|\bnira (?:yuz tut\w*|barmaly|baraýyn|barayyn|gitmeli)|\bkim kom\w* \w*"
    r"|\bkomek \w* (?:gurama|yer)\w*|\bgurama\w* bar\w*"
    r"|\bwhere (?:can|do|should) (?:i|we) (?:go|turn|get help|find help)|\bwho (?:can|could) help"
    r"|\bwhere to (?:go|turn|get help)|\b(?:organi[sz]ations?|ngos?|office) (?:in|near)\b"
)


def velayat_asked(text: str) -> str | None:
    """The velayat the message asks where to turn in, or None."""
    if len(text.split()) > MAX_WORDS:
        return None
    read = forms(text)
    if not any(_WHERE.search(form) for form in read):
        return None
    named = {velayat for velayat, place in _PLACE.items() if any(place.search(form) for form in read)}
    return named.pop() if len(named) == 1 else None


# Saying where one is at home, and nothing else: "im in ashgabat", "я живу в мары", "men marydan", "men aşgabatda
# ýaşaýaryn". Only these words may stand beside the place (folded forms).
_BEING_THERE = frozenset(
    "i im i'm am live living lives from in at now currently here still we were my home is city town"
    " я мы в во из живу живём живем сейчас тут здесь дома уже сам сама город"
    " men biz hazir häzir yasayaryn ýaşaýaryn yasayan ýaşaýan yasaýan su şu yerde ýerde oyde öýde sahercik saherde"
    " şäherde".split()
)
HOME_PLACE_WORDS = 6


def home_place_told(text: str) -> str | None:
    """The velayat of Turkmenistan a short message says the writer is in or from, when it says nothing else (then the
    network's organisations there answer it, not "I only help with going abroad"); None otherwise."""
    if len(text.split()) > HOME_PLACE_WORDS:
        return None
    for form in [*forms(text), russian_from_latin(text.lower())]:  # "ya zhivu v ashgabate" too
        named = [velayat for velayat, place in _PLACE.items() if place.search(form)]
        if len(named) != 1:
            continue
        rest = _PLACE[named[0]].sub(" ", form)
        if all(word in _BEING_THERE for word in re.findall(r"[\w']+", rest)):
            return named[0]
    return None


# The writer's home place said anywhere in a message, however long: "i am from dashoguz", "я живу в мары, муж уехал…",
# "men Daşoguzdan", "maryda ýaşaýan" (folded). The words just before the place, or the Turkmen ending on it.
_PLACE_WORDS = r"(?:(?:the |city of |town of |город |городе |г\. |sahri |saheri )?)"
_HOME_BEFORE = re.compile(
    rf"\b(?:i'?m|im|i am|we'?re|we are)(?: originally)? from {_PLACE_WORDS}$"
    rf"|\b(?:i|we) (?:live|come from|am living|are living)(?: in)? {_PLACE_WORDS}$"
    rf"|\bmy (?:home|family|hometown) is in {_PLACE_WORDS}$"
    rf"|\b(?:я|мы)(?: сам| сама| сами)? (?:родом )?из {_PLACE_WORDS}$"
    rf"|\b(?:живу|живём|живем) (?:в|во) {_PLACE_WORDS}$|\bродом из {_PLACE_WORDS}$"
    r"|\b(?:men|biz) $"
)
_HOME_AFTER_TK = re.compile(
    r"\w*(?:dan|den|ly|li)\b|\w*(?:da|de)\s+(?:yasayaryn|yasayan|yasayarys|yasayas)\b"
)


def home_velayat_said(text: str) -> str | None:
    """The velayat of Turkmenistan the message says its writer lives in or comes from, anywhere in it ("i am from
    dashoguz, now in dubai"), or None: what a 🆘 card then shows staff beside where the person is now."""
    named: set[str] = set()
    for form in [*forms(text), russian_from_latin(text.lower())]:
        for velayat, place in _PLACE.items():
            for found in place.finditer(form):
                before = form[: found.start()]
                tk_after = _HOME_AFTER_TK.match(form, found.start())
                if _HOME_BEFORE.search(before) and (not before.endswith(("men ", "biz ")) or tk_after):
                    named.add(velayat)
                elif tk_after is not None and tk_after.group(0).split()[-1].startswith("yasa"):
                    named.add(velayat)
    return named.pop() if len(named) == 1 else None
