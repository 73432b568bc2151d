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
    "velayat": {
        "ashgabat": "ashgabat|ashkhabad|aşgabat|asgabat|ашхабад|ашгабат",
        "ahal": "ahal|ахал",
        "balkan": "balkan|балкан",
        "dashoguz": "dashoguz|daşoguz|dasoguz|дашогуз|дашховуз",
        "lebap": "lebap|лебап",
        "mary": "mary|мары",
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


def typed_choice(step: str, text: str) -> str | None:
    """The option of the request's step `step` a typed message names, or None: a yes or no ("да", "ýok") answers a
    step asked as yes or no, and a yes on the consent screen is SEND."""
    named = _TYPED.get(step, {}).get(typed_whole(text))
    if named is not None:
        return named
    said = typed_answer(text)
    if step == CONFIRM:
        return SEND if said is Answer.YES else None
    asked = STEP_BY_KEY.get(step)
    offered = {option.value for option in asked.options} if asked is not None else set()
    return said.value if said in (Answer.YES, Answer.NO) and said.value in offered else None


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
