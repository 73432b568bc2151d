"""Back, Stop, Menu and Continue typed instead of pressed ("назад", "cancel", "goýbolsun", "меню", "dowam et"): the
words of the buttons that leave, step back in or go on with a flow, in the three languages as people type them. The
flow decides what each does."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.nlp.textnorm import fold, forms, turkmen_cyrillic_to_latin, typed_whole


class Control(StrEnum):
    BACK = "back"  # the ⬅️ Back of the checklist and of the hand-off request
    STOP = "stop"  # the checklist's ✖ Stop, the hand-off request's ✖ Cancel
    MENU = "menu"  # ☰ Menu: leave the flow for the main menu, its answers kept
    CONTINUE = "continue"  # go on with the flow in progress: its current step again


# Folded ("ýza" and "yza" are one word); Turkmen also in Cyrillic, which folding leaves as it is (and which is also
# read in Latin letters). Only a whole
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
    Control.MENU: (
        "menu|main menu|the menu|go to menu|to the menu|меню|в меню|главное меню|menyu|v menyu|menýu|bas menýu|"
        "baş menýu|esasy menýu|menýuga|menýuga gaýt|menýuga geç|menýu gaýt|menýa gaýt|baş menýuga|менюга|меню гайт"
    ),
    Control.CONTINUE: (
        "continue|go on|lets continue|let's continue|продолжить|продолжим|продолжаем|продолжай|продолжайте|"
        "давай продолжим|давайте продолжим|prodolzhit|prodolzhim|dowam|dowam et|dowam edeli|dowam etmek|"
        "dowam edelin|довам|довам эт|довам эдели"
    ),
}
_TYPED = {
    fold(phrase): control for control, phrases in _TYPED_CONTROLS.items() for phrase in phrases.split("|")
}


# Words before a control that only say the person means it ("не надо, отмена", "yok gerek dal, goýbolsun", "ay ýok
# bolýa, dowam edeli", "no, cancel"), folded.
_SURE = re.compile(
    r"^(?:(?:no|nope|oh|ok|okay|нет|ой|ай|ну|ладно|не надо|не нужно|yok|ay|oy|hayyr|bolya|bolyar|gerek dal)"
    r"[\s,.!]+)+"
)


def typed_control(text: str) -> Control | None:
    """Back or Stop typed as a whole message, or after a "no" that only says the person means it ("не надо, отмена"),
    or None when the text is something else; Turkmen typed in Cyrillic ("менюга гайт") is also read in Latin letters
    ("menýuga gaýt")."""
    typed = typed_whole(text)
    for reading in (typed, typed_whole(turkmen_cyrillic_to_latin(typed))):
        control = _TYPED.get(reading) or _TYPED.get(_SURE.sub("", reading))
        if control is not None:
            return control
    return None


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


# A wish to stop said with words around it ("i want to stop this", "хочу закончить", "togtatmak isleýärin"): the
# words around are dropped, and what is left must be one of these. "Выйти" and "exit" are not among them: "хочу
# выйти" is also what a person kept in says.
_WISH_WORDS = frozenset(
    fold(word)
    for word in (
        "i want wanna would like to please pls let me can we just now this it the test check checklist questions "
        "я хочу хотела хотел бы бы давай давайте можно пожалуйста уже это этот эту тест проверку вопросы сейчас "
        "men isleýärin isleyarin isleýän isleyan isleýädim gerek indi şuny suny muny barlagy soraglary "
        "hochu mozhno davay"
    ).split()
)
_STOP_WISHED = frozenset(
    fold(word)
    for word in (
        "stop stopping quit cancel end finish стоп остановиться остановить остановимся закончить закончим "
        "прекратить прекратим отменить хватит togtat togtatmak bes besetmek durmak goybolsun gutarmak "
        "ostanovitsya zakonchit prekratit"
    ).split()
)


def wishes_to_stop(text: str) -> bool:
    """The person says they want to stop the flow they are in, with a few words around it ("i want to stop this",
    "хочу закончить тест", "togtatmak isleýärin")."""
    found = typed_whole(text).replace(",", " ").split()
    rest = [word for word in found if word not in _WISH_WORDS]
    rest = [word for word in rest if not (word == "et" or word == "etmek")] if "bes" in rest else rest
    return 0 < len(rest) <= 2 and all(word in _STOP_WISHED for word in rest) and len(found) <= 8
