"""Back and Stop typed instead of pressed ("назад", "cancel", "goýbolsun"): the words of the buttons that leave or
step back in a flow, in the three languages as people type them. The flow decides what each does."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.nlp.textnorm import fold, forms, typed_whole


class Control(StrEnum):
    BACK = "back"  # the ⬅️ Back of the checklist and of the hand-off request
    STOP = "stop"  # the checklist's ✖ Stop, the hand-off request's ✖ Cancel


# Folded ("ýza" and "yza" are one word); Turkmen also in Cyrillic, which folding leaves as it is. Only a whole
# message counts: "назад в Ашхабад не могу вернуться" is not a press of Back.
_TYPED_CONTROLS = {
    Control.BACK: (
        "back|go back|previous|return|назад|обратно|вернуться|вернись|предыдущий|предыдущий вопрос|"
        "yza|yzyna|yza gayt|yza dolan|onki|onki sorag|ыза|ызына|ыза гайт|өңки"
    ),
    Control.STOP: (
        "stop|cancel|quit|exit|enough|end|стоп|отмена|отменить|отмени|хватит|выход|выйти|закончить|прекратить|"
        "goybolsun|goy bolsun|goybolsun et|yatyr|bes|bes et|besdir|togtat|dur|"
        "гойболсун|гой болсун|ятыр|бес|бес эт|бесдир|тогтат|дур"
    ),
}
_TYPED = {
    fold(phrase): control for control, phrases in _TYPED_CONTROLS.items() for phrase in phrases.split("|")
}


def typed_control(text: str) -> Control | None:
    """Back or Stop typed as a whole message, or None when the text is something else."""
    return _TYPED.get(typed_whole(text))


# "я передумала, не надо никому передавать": a request the person no longer wants sent, said in their own words.
# Searched in the whole text, as such words come with more ("ой нет подождите …"); a bare "не хочу" or "gerek däl"
# only as the whole message, since "не хочу возвращаться домой" says something else.
_CHANGED_MIND = re.compile(
    r"передума|раздумал|\bne (?:nado|hochu)\b.{0,30}\b(?:pereda|otprav)|peredumal|"
    r"\bне (?:надо|нужно|хочу|стоит)\b.{0,30}\b(?:переда|отправ|посыла|сообща|обраща)|"
    r"\bchanged? my mind\b|\bnever ?mind\b|\bforget (?:it|about it)\b|\bdo ?n[o']?t send\b|"
    r"\bpikir(?:im|imi|ime|imden) (?:uytget|uytgedi|uytgeldi|dan)|\bugratma(?:n|\b)|"
    r"пикир(?:им|ими|име|имден) (?:үйтгет|уйтгет|үйтгеди|уйтгеди)|\bугратма"
)
_CHANGED_MIND_WHOLE = frozenset(
    fold(phrase)
    for phrase in (
        "не хочу|не надо|не нужно|уже не надо|уже не нужно|забудь|забудьте|otmena|otmenit|ne nado|ne hochu|"
        "no thanks|not now|i don't want|i dont want|don't want|dont want|"
        "gerek dal|gerek dal eken|islamok|islemok|isleamok|герек дәл|герек дал|исле мок|ислемок|"
        "не надо ничего|ничего не надо|ладно не надо|нет не надо|нет, не надо|уже ничего не надо|"
        "cancel please|please cancel|cancel it|cancel my request|no cancel|"
        "yok gerek dal|yok, gerek dal|islemeyan|islameyan|islemeyarin|gerek dal indi"
    ).split("|")
)


def changed_mind(text: str) -> bool:
    """The person says, in their own words, that they no longer want what they started ("я передумала", "never
    mind", "pikirimi üýtgetdim"): a flow takes it as its ✖ Cancel."""
    whole = typed_whole(text)
    # each reading folded, and as typed: folding spells "changed" as "canged"
    return whole in _CHANGED_MIND_WHOLE or any(_CHANGED_MIND.search(form) for form in forms(text))
