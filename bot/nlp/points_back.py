"""Whether a whole message only asks whether what was just told is legal, allowed, normal or dangerous: "а это законно
что он так делает", "is that even legal", "bu kanunymy", "bu howply my", "он имеет право так делать?". Every word of it
is one of a few: the word for legal, allowed or dangerous, a word pointing back (this, so, he), and words every
question has. Or whom to complain to, naming nobody ("who do i complain to", "куда жаловаться", "kime şikaýat
etmeli"): about what was just told too. It names nothing of its
own, so it asks about the topic just read (handlers/questions.py), whatever the matcher ranks first ("законно":
the visa rules)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, russian_from_latin, turkmen_cyrillic_to_latin

MAX_WORDS = 10

# Legal, allowed, normal, his right
_ALLOWED = frozenset(
    "legal illegal lawful unlawful allowed permitted normal ok okay right rights "
    "законно незаконно законный законное легально нелегально нормально можно нельзя право разрешено правильно "
    "законом закону "
    "kanuny kanunmy kanunymy kanunlymy kanunly bikanun bikanunmy rugsat rugsatmy dogrymy dogry adatymy adaty hakly haklymy "
    "hukugy hukugymy "
    # dangerous, safe: "bu howply my", "а это опасно?", "is that dangerous"
    "dangerous safe risky опасно безопасно рискованно опасное howply howplymy howpsuz howpsuzmy".split()
)
# Pointing back: this, that, so, he, she, they
_BACK = frozenset(
    "this that it so such he she they him her them "
    "это ето этот эта то так такое такой он она они его ее её их ему ей им "
    "bu su sol seyle beyle ol olar onun olaryn munun sonun "
    "muny ony".split()
)
# Words any such question has
_FILLER = frozenset(
    "is was are be even really at all to do does doing did what way act acts treat treats treating me us my like "
    "can could have has and but a the of by law "
    "а и но что ли вообще разве же вот ну делает делают делать сделал сделали поступает поступать поступают "
    "со мной нами с мне нам имеет имеют по себя ведет ведут обращается обращаются вот так-то "
    "we hem name edyar edyarler etmek etmegi etmage etmegine edip etdi etdiler mana bize bilen beyle-de "
    "barmy bar onun-da mi my".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def asks_if_allowed(text: str) -> bool:
    lower = text.lower()
    # as typed (the fold spells English "what" as "vhat"), folded, and Russian or Turkmen in the other script
    typed = (lower, fold(lower), fold(russian_from_latin(lower)), fold(turkmen_cyrillic_to_latin(lower)))
    for reading in typed:
        words = _WORD.findall(reading)
        if not 0 < len(words) <= MAX_WORDS:
            continue
        if (
            any(word in _ALLOWED for word in words)
            and any(word in _BACK for word in words)
            and all(word in _ALLOWED or word in _BACK or word in _FILLER for word in words)
        ):
            return True
    return False


# Whom to complain to, and nothing else: "who do i complain to", "куда мне жаловаться?", "kime şikaýat etmeli"
_COMPLAIN = re.compile(
    r"^(?:and |so |but )?(?:who|where|whom)(?: do| should| can| could| must)?(?: i| we| to)? (?:complain|report)(?: it| this| that)?(?: to)?$"
    r"|^(?:а |и |так )?(?:куда|кому|где)(?: мне| нам| тогда| теперь)? (?:по)?жаловат\w+$"
    r"|^(?:kime|nira|nire)(?: men)? (?:sikayat|arz)\w*(?: (?:etmeli|etsem|edeyin|bermeli|etjek|etmek))?$"
)


def asks_where_to_complain(text: str) -> bool:
    lower = " ".join(_WORD.findall(text.lower()))
    typed = (lower, fold(lower), fold(russian_from_latin(lower)), fold(turkmen_cyrillic_to_latin(lower)))
    return any(_COMPLAIN.match(reading) for reading in typed)
