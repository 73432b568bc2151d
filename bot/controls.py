"""Back and Stop typed instead of pressed ("назад", "cancel", "goýbolsun"): the words of the buttons that leave or
step back in a flow, in the three languages as people type them. The flow decides what each does."""

from __future__ import annotations

from enum import StrEnum

from bot.nlp.textnorm import fold, typed_whole


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
