"""Answers to the request's button steps typed instead of pressed ("hukuk", "Mary", "чат", "да", "юрист нужен",
"dine şu çatda", "не звоните"), in the three languages as people type them. Only a whole message counts: every word
of it an answer's word, one typed around an answer or a "not" (bot.nlp.answer_words): "Mary" is the velayat, "я из
Мары, как получить визу" is a question."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.checklist import Answer, typed_answer, typed_filler
from bot.handoff import CONFIRM, STEP_BY_KEY
from bot.nlp.answer_words import Vocabulary, readings
from bot.nlp.textnorm import fold, russian_from_latin, typed_whole

# What a typed yes does on the consent screen, whose question is "Send the request?"
SEND = "send"

_WORDS: Mapping[str, Mapping[str, str]] = {
    "need": {
        "legal": (
            "legal|legal advice|lawyer|attorney|law|hukuk|hukukcy|hukukçy|yurist|ýurist|advokat|юрист|юридическая|"
            "адвокат|юрпомощь"
        ),
        "psychological": "psychologist|psychology|psychological|psiholog|psihologiki|психолог|психологическая",
        "medical": "doctor|medical|medicine|lukman|saglyk|врач|доктор|медицинская|медицина",
        "shelter": "shelter|housing|приют|убежище|жильё|жилье|gaçybatalga|gacybatalga|ýaşaýyş|yasayys",
        "reintegration": "reintegration|реинтеграция",
        "information": "information|info|advice|информация|инфо|совет|советы|maglumat|maslahat",
        "other": "other|something else|другое|другое дело|başga|basga",
    },
    # the velayats, their spellings and their main towns ("Türkmenabat" is in Lebap); framing words are dropped first
    "velayat": {
        "ashgabat": "ashgabat|ashkhabad|ashgabad|ashabad|aşgabat|asgabat|aşgabad|ашхабад|ашгабат|ашгабад",
        "ahal": "ahal|ахал|ахалский|tejen|тедженский|теджен|tedzhen|anew|änew|анев|abadan|gökdepe|gokdepe|геокдепе",
        "balkan": (
            "balkan|балкан|балканский|balkanabat|балканабат|türkmenbaşy|turkmenbasy|turkmenbashi|туркменбаши|"
            "туркменбашы|nebitdag|небитдаг|serdar|сердар|gyzylarbat|кизыл-арват"
        ),
        "dashoguz": "dashoguz|daşoguz|dasoguz|дашогуз|дашховуз|ташауз|tashauz|дашогузский|köneürgenç|koneurgenc",
        "lebap": (
            "lebap|лебап|лебапский|türkmenabat|turkmenabat|туркменабат|chardzhou|чарджоу|чарджев|kerki|керки|"
            "atamyrat|атамурат"
        ),
        "mary": "mary|мары|марыйский|marinskiy|maryyskiy|bayramaly|baýramaly|байрамали|байрамалы|yoloten|ýolöten|иолотань",
        "abroad": "abroad|за границей|daşary ýurt|dasary yurt|daşary ýurtda|dasary yurtda",
    },
    # the packs' countries themselves are found by bot/countries.py (the words each is known by)
    "country": {
        "other": "other|another country|other country|другая страна|другая|başga ýurt|basga yurt|başga",
    },
    "contact": {
        "chat": (
            "chat|only chat|here|text|texts|message|messages|write|telegram|çat|cat|şu ýerde|hat|ýazyň|ýazmak|"
            "чат|в чате|только чат|через чат|тут|здесь|телеграм|телеграмм|телеграме|сообщения|переписка|писать|"
            "пишите|напишите"
        ),
        "phone": (
            "phone|by phone|call|calls|ring|telephone|mobile|telefon|jaň|jaňlaşmak|телефон|по телефону|звонок|"
            "звонки|звонков|звонить|позвонить|созвониться|звоните|позвоните"
        ),
    },
    "phone_safe": {
        "y": "yes|safe|you can call|hawa|howa|howpsuz|jaň edip bilersiňiz|да|безопасно|можно|можно звонить|звоните",
        "n": "unsafe|dangerous|only chat|небезопасно|опасно|только чат",
    },
    "name": {
        "y": "yes|show|show it|hawa|howa|görkez|görkeziň|görkezse bolar|да|показать|покажите|показывайте|можно",
        "n": (
            "hide|hidden|keep it hidden|anonymous|görkezme|görkezmäň|görkezmeň|gizlin|скрыть|скрывать|скройте|"
            "анонимно"
        ),
    },
    CONFIRM: {
        SEND: (
            "yes|send|send it|hawa|howa|iber|iberiň|ibermek|ugrat|да|отправить|отправьте|отправляйте|отправляй|"
            "отправь"
        ),
    },
}
_TYPED = {
    step: {fold(word): value for value, words in options.items() for word in words.split("|")}
    for step, options in _WORDS.items()
}


# Words around a velayat's name: "Mary welaýaty", "mary region", "я из Мары", "from ashgabat", "men Lebapdan"
_AROUND_A_PLACE = frozenset(
    fold(word)
    for word in (
        "velayat|welayat|welayaty|velayaty|welaýat|welaýaty|велаят|велаята|велаяте|велаят|region|province|oblast|"
        "область|области|обл|город|города|şäher|saher|saheri|şäheri|city|town|я|из|с|в|мы|живу|i|am|i'm|im|from|"
        "in|live|men|biz|we|etrap|etraby|этрап"
    ).split("|")
)
_TURKMEN_FROM = (
    "dan",
    "den",
    "da",
    "de",
    "ly",
    "li",
)  # "Marydan", "Lebapda", "Maryly": the place with its ending


def typed_choice(step: str, text: str, labels: Mapping[str, Iterable[str]] | None = None) -> str | None:
    """The option of the request's step `step` a typed message names, or None: a yes or no ("да", "ýok") answers a
    step asked as yes or no, a yes on the consent screen is SEND, and "не знаю" at the help needed is "I am not sure".
    `labels`: each option's button labels in the three languages, whose words name it too."""
    words = _TYPED.get(step, {})
    named = words.get(typed_whole(text))
    if named is None and step == "velayat":
        named = _velayat_named(words, typed_whole(text))
    if named is not None:
        return named
    said = typed_answer(text)
    if step == CONFIRM:
        return SEND if said is Answer.YES else _named_in_words(step, text, labels)
    asked = STEP_BY_KEY.get(step)
    offered = {option.value for option in asked.options} if asked is not None else set()
    if said in (Answer.YES, Answer.NO) and said.value in offered:
        return said.value
    if said is Answer.UNSURE:
        return _UNSURE_MEANS.get(step)
    named = _named_in_words(step, text, labels)
    if named is None and step == "contact":
        # "можно звонить вечером", "call me in the evening", "agşam jaň ediň": a call allowed at a time is the phone
        lower = text.lower()
        for reading in dict.fromkeys((fold(lower), fold(russian_from_latin(lower)))):
            found = _TIME_WORD.findall(reading)
            untimed = " ".join(word for word in found if not _timely(word))
            if untimed and len(untimed.split()) < len(found):
                named = named or _named_in_words(step, untimed, labels)
    return named


def _named_in_words(step: str, text: str, labels: Mapping[str, Iterable[str]] | None) -> str | None:
    """The one option a few words name ("юрист нужен", "dine şu çatda"); a "not" leaves only the safer answer ("не
    звоните": only through the chat), or none where the step has no safer one."""
    vocabulary = _vocabulary(step, labels)
    for words in readings(text):
        reading = vocabulary.read(words)
        if reading is None:
            continue
        if not reading.negated and len(reading.named) == 1:
            return next(iter(reading.named))
        safer = _SAFER.get(step, {})
        turned = {safer.get(named, named) for named in reading.named}
        if reading.negated and len(turned) == 1 and turned <= set(safer.values()):
            return turned.pop()
    return None


def answer_words_only(step: str, text: str, labels: Mapping[str, Iterable[str]] | None = None) -> bool:
    """Whether the message is only the request's answer words, of this step or another, and words typed around
    them ("только тут в чате" or "мары" where the help needed is asked): an answer the step could not take,
    never a question (a word of a question, "сколько", "бесплатно", and it is none)."""
    vocabulary = _vocabulary(step, labels)
    for words in readings(text):
        if words and all(vocabulary.knows(word) or _ANY_STEP.knows(word) for word in words):
            return True
    return False


def _vocabulary(step: str, labels: Mapping[str, Iterable[str]] | None) -> Vocabulary:
    """The words of each option of the step: its table's words and its buttons' labels."""
    phrases: dict[str, list[str]] = {}
    for value, texts in (labels or {}).items():
        phrases.setdefault(value, []).extend(texts)
    around = _AROUND | _AROUND_AT.get(step, frozenset())
    own = {value: wordlist.split("|") for value, wordlist in _WORDS.get(step, {}).items()}
    return Vocabulary(phrases, around, _NOTS, own)


# Words typed around an answer that say nothing of which one it is: "нужен юрист", "только тут в чате", "please".
_AROUND = frozenset(
    fold(word)
    for word in (
        "я мне меня мы нам нас в во на с со за по через из к у о и а или это этот эта эти только просто нужен нужна "
        "нужно нужны надо толко хочу хотим хотел хотела бы пожалуйста плиз можно лучше давайте ладно хорошо ок тоже также "
        "i me my we us a an the to of for by via through with in on at and or only just please pls plz need needed "
        "want would like prefer it is be can could you this that better am im ok okay also too "
        "men maňa mana meni biz bize gerek gerekli isleýärin isleyan isleýän diňe şu bu arkaly bilen hem we has "
        "gowy bolsa bolar bolýar ediň et etmek etseňiz edip mümkin mumkin bilersiňiz bilersiniz"
    ).split()
)
# Words typed around the answers of one step: "Mary welaýaty", "не показывайте моё имя"
_AROUND_AT: Mapping[str, frozenset[str]] = {
    "velayat": _AROUND_A_PLACE,
    # help itself is every option's ("Medical help", "Help after return"): no one's word alone
    "need": frozenset(fold(word) for word in "help помощь помощи kömek kömegi".split()),
    "name": frozenset(fold(word) for word in "name имя моё мое adym adymy adymyň adymy".split()),
}
# Words that say "not": they leave a step only its safer answer ("не звоните", "don't call", "jaň etmäň").
_NOTS = frozenset(
    fold(word)
    for word in (
        "не нет нельзя без ненадо no not dont never without ýok yok däl dal etmäň etmeň etme etmesinler gerekmez"
    ).split()
)
# The safer answer an option turned round by a "not" means: "не звоните" is only through this chat, "не показывайте
# имя" keeps it hidden; the safer answer with a "not" is itself ("нет, только чат").
_SAFER: Mapping[str, Mapping[str, str]] = {
    "contact": {"phone": "chat"},
    "phone_safe": {"y": "n"},
    "name": {"y": "n"},
}
# "не знаю" at a step that has an answer for it: the help needed's "❔ I am not sure"
_UNSURE_MEANS = {"need": "other"}
# Every step's own words, to tell an answer for another step ("в чате" where the help needed is asked) from a question
_ANY_STEP = Vocabulary(
    {},
    _AROUND_A_PLACE,
    (),
    {
        f"{step}:{value}": wordlist.split("|")
        for step, options in _WORDS.items()
        for value, wordlist in options.items()
    },
)


def _velayat_named(words: Mapping[str, str], typed: str) -> str | None:
    """A velayat named with words around it, or in a Turkmen case: "Mary welaýaty", "я из Теджена", "Lebapdan"."""
    rest = [word for word in typed.replace(",", " ").split() if word not in _AROUND_A_PLACE]
    if len(rest) != 1:
        return None
    (word,) = rest
    candidates = [
        word,
        *(word[: -len(end)] for end in _TURKMEN_FROM if word.endswith(end) and len(word) > len(end) + 2),
    ]
    # Russian cases: "из Теджена", "в Мары", "из Ашхабада"
    candidates += [word[:-1] for word in candidates if word[-1:] in ("а", "е", "у")]
    return next((words[c] for c in candidates if c in words), None)


# Skip typed at the request's optional step, besides its button's label: the word alone, or a plain "no" to "write a
# message if you want".
_SKIPS = frozenset(fold(w) for w in "skip|пропустить|пропуск|пропускаю|geç|geçmek|geçýärin".split("|"))


def typed_skip(text: str) -> bool:
    """Whether the whole text says to skip an optional step ("пропустить", "geç", "нет")."""
    return typed_whole(text) in _SKIPS or typed_answer(text) is Answer.NO


def typed_attempt(text: str) -> bool:
    """Whether the whole text is a yes, a no, a "not sure" or an "ok": an attempt to answer whatever was asked, never
    a question of its own."""
    return typed_answer(text) is not None or typed_filler(text)


# Words of a time to call ("evening after 6", "вечером после шести", "agşam altydan soň"): the short ones whole (the
# "after", "before", "at" of a time), the others by their beginnings (times of day, days, hours in words). A whole
# message of them answers "when is it safe to call you?", even typed a step early.
_TIME_WORDS = frozenset(
    fold(word)
    for word in (
        "at in on the or and from to till am pm any only one two six ten "
        "с в во до по и или к утро "
        "ir on we ýa ya iki iş"
    ).split()
)
_TIME_BEGINNINGS = tuple(
    fold(word)
    for word in (
        "morning evening night afternoon noon after before until weekday weekend anytime time oclock hour tomorrow "
        "today three four five seven eight nine eleven twelve "
        "утр вечер днем днём ночь ночью обед после будн выходн любо время час только завтра сегодня "
        "одн два двух три трех трёх четыр пят шест сем восьм девят десят одиннадцат двенадцат "
        "irden agşam agsam gündiz gundiz günortan gunortan gije soň son öň sagat iş is dynç dync gün gun islendik "
        "wagt diňe dine ertir bir üç uc dört dort bäş bas alty ýedi yedi sekiz dokuz"
    ).split()
)
_TIME_WORD = re.compile(r"[^\W_]+(?:[-:.][^\W_]+)*")


def tells_a_time(text: str) -> bool:
    """Whether the whole text is a time to call, in any reading (Russian may be typed in Latin letters): every word a
    number ("6", "18:00") or a time word, one of them a number or a longer time word, at most eight words."""
    lower = text.lower()
    return any(
        _all_time_words(_TIME_WORD.findall(fold(reading))) for reading in (lower, russian_from_latin(lower))
    )


def _timely(word: str) -> bool:
    """A number ("6", "18:00") or a word of a time."""
    return word[0].isdigit() or word in _TIME_WORDS or len(word) >= 3 and word.startswith(_TIME_BEGINNINGS)


def _all_time_words(words: list[str]) -> bool:
    return (
        0 < len(words) <= 8 and all(map(_timely, words)) and any(w[0].isdigit() or len(w) >= 4 for w in words)
    )
