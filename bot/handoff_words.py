"""Answers to the request's button steps typed instead of pressed ("hukuk", "Mary", "чат"), in the three languages
as people type them. Only a whole message counts, folded (bot.nlp.textnorm): "Mary" is the velayat, "я из Мары, как
получить визу" is a question."""

from __future__ import annotations

from collections.abc import Mapping

from bot.nlp.textnorm import fold, typed_whole

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
    """The option of the request's step `step` a typed message names, or None."""
    return _TYPED.get(step, {}).get(typed_whole(text))
