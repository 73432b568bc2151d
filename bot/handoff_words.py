"""Answers to the request's button steps typed instead of pressed ("hukuk", "Mary", "чат", "да"), in the three
languages as people type them. Only a whole message counts, folded (bot.nlp.textnorm): "Mary" is the velayat, "я из
Мары, как получить визу" is a question."""

from __future__ import annotations

from collections.abc import Mapping

from bot.checklist import Answer, typed_answer, typed_filler
from bot.handoff import CONFIRM, STEP_BY_KEY
from bot.nlp.textnorm import fold, typed_whole

# What a typed yes does on the consent screen, whose question is "Send the request?"
SEND = "send"

_WORDS: Mapping[str, Mapping[str, str]] = {
    "need": {
        "legal": "legal|legal advice|lawyer|law|hukuk|hukukcy|hukukçy|юрист|юридическая|адвокат|advokat|юридическая помощь",
        "psychological": "psychologist|psychology|psychological|psiholog|psihologiki|психолог|психологическая",
        "medical": "doctor|medical|medicine|lukman|saglyk|врач|доктор|медицинская|медицина",
        "shelter": "shelter|housing|приют|убежище|жильё|жилье|gaçybatalga|gacybatalga|ýaşaýyş|yasayys",
        "reintegration": "reintegration|реинтеграция",
        "information": "information|info|информация|maglumat",
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
        "chat": "chat|only chat|çat|cat|чат|в чате|только чат|через чат",
        "phone": "phone|by phone|telefon|телефон|по телефону",
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


def typed_choice(step: str, text: str) -> str | None:
    """The option of the request's step `step` a typed message names, or None: a yes or no ("да", "ýok") answers a
    step asked as yes or no, and a yes on the consent screen is SEND."""
    words = _TYPED.get(step, {})
    named = words.get(typed_whole(text))
    if named is None and step == "velayat":
        named = _velayat_named(words, typed_whole(text))
    if named is not None:
        return named
    said = typed_answer(text)
    if step == CONFIRM:
        return SEND if said is Answer.YES else None
    asked = STEP_BY_KEY.get(step)
    offered = {option.value for option in asked.options} if asked is not None else set()
    return said.value if said in (Answer.YES, Answer.NO) and said.value in offered else None


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
