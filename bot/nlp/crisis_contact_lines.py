"""Lines about reaching someone that the crisis model (bot/nlp/crisis_model.py) read as danger, found by tester BB:
a borrowed phone not to be called, an address on its own, asking whether anyone has answered. Their words join the
everyday words of bot/nlp/crisis_chatter.py, which decides with them; the patterns still read every message."""

from __future__ import annotations

import re

from bot.nlp.crisis_work_lines import WordGroup
from bot.nlp.textnorm import fold

_WORD = re.compile(r"[^\W\d_]+")

# (tester BB#1) Someone on a phone not their own asking not to be called ("please dont call this number its not mine,
# write only", «не звоните, это телефон подруги, пишите», "jaň etmäň, meniňki däl"): the model read it as being
# locked in. A word of BORROWED or a call refused (calls_refused) opens these words; "не звоните,
# хозяин забрал телефон" has other words.
BORROWED = frozenset(
    fold(word)
    for word in """
    mine friends friend neighbour neighbours neighbor neighbors borrowed
    чужой чужом подруги подруга друга соседки соседа соседей мой моя
    meniňki meniňkä dostumyň dostumyňky goňşymyň goňşymyňky etmäň etmäñ
    """.split()
)
NOT_TO_CALL = frozenset(
    fold(word)
    for word in """
    dont don t do not call calls calling ring this number phone its it s isn isnt only write text here please
    message messages whatsapp telegram mine my friend friends neighbour neighbours neighbor neighbors borrowed
    не звоните звонить позвоните звоните звонки на этот номер он она мой моя телефон подруги подруга друга соседки
    соседа соседей чужой только пишите сюда сообщения сообщение пожалуйста ватсап вацап телеграм это
    bu belgä belgi belgime jaň etmäň etme meniňki däl diňe ýazyň şu ýere dostumyň goňşymyň telefony telefon maňa
    sms hat whatsapp
    """.split()
)
_CALLING = frozenset(fold(word) for word in "call ring звоните звонить позвоните звонки".split())
_NOT = frozenset(fold(word) for word in "dont don not не".split())
_DENIED = frozenset(
    fold(word) for word in "no not none without nothing нет не без ничего ýok yok däl hiç".split()
)
# (tester BB#1) An address on its own ("saudi arabia, riyadh, al olaya, the villa with green door", «Дубай, Аль
# Барша, дом 12, квартира 304»), with a place named and a word of ADDRESS: the model read a door as confinement and a
# house number as a child's age. In an address of three parts or more, a part of one or two words is a name
# ("al olaya"); "riyadh, olaya, madam locks me inside" has a longer part, and the patterns' words.
ADDRESS = frozenset(
    fold(word)
    for word in """
    address street st road avenue ave district area building bldg block flat apartment apt house villa floor no
    near next behind opposite mosque compound
    casino casinos hotel mall market bazaar hospital school park station airport bridge tower port beach
    адрес улица ул проспект район дом квартира кв вилла этаж подъезд корпус возле около рядом напротив мечети
    мечеть казино отель отеля гостиница гостиницы рынок рынка базар базара больница больницы школа школы парк парка
    вокзал вокзала аэропорт аэропорта мост моста башня башни порт порта пляж пляжа здание здания
    salgy salgym salgysy köçe köçesi köçäniň etrap etraby jaý jaýy kwartira kwartirasy villa gat gaty podýezd
    ýanynda golaýynda garşysynda metjit metjidiň kazino kazinonyň myhmanhana myhmanhananyň bazar bazaryň
    hassahana hassahananyň keselhana mekdep mekdebiň seýilgäh wokzal wokzalyň aeroport köpri köpriniň diň kenar
    """.split()
)
ADDRESSED = ADDRESS | frozenset(
    fold(word)
    for word in """
    the with a my is door gate green white black blue red yellow brown grey gray big small al el
    large tall high new old большое большой большом высокое высокий новое новый старое старый
    дверь дверью ворота воротами зелёной зеленой белой синей красной чёрной черной жёлтой желтой коричневой
    большой маленькой аль эль мой с д
    gapy gapyly derweze derwezeli ýaşyl ak gara gök gyzyl sary uly kiçi nji njy inji ynjy unjy ünji al beýik täze
    köne
    """.split()
)
# (tester BB#1) Asking whether anyone has answered ("its me again did someone answer", «это снова я, кто-нибудь
# ответил?», "ýene men, kimdir jogap berdimi?"): joins ANSWER and WAITING below
ANSWERED = frozenset(
    fold(word)
    for word in """
    answer answered answers reply replied replies respond responded ответил ответила ответили berdimi berdilermi
    """.split()
)
STILL_WAITING = frozenset(
    fold(word)
    for word in """
    its it s me again someone anyone did any my request is there yet
    это снова опять я мне кто-нибудь кто нибудь уже ли мой запрос
    ýene men kimdir biri haýyşyma haýyşym jogap
    """.split()
)


def calls_refused(words: list[str]) -> bool:
    """ "dont call", "не звоните", "jaň etmäň": a call refused."""
    return any(first in _NOT and second in _CALLING for first, second in zip(words, words[1:], strict=False))


def address_names(reading: str) -> set[str]:
    """The words of an address's short parts, its names ("al olaya", "esenyurt"): a reading of three parts or more
    cut at commas. A part that denies ("pul ýok", "kwartira ýok") tells of a lack, and names nothing."""
    parts = [_WORD.findall(fold(part)) for part in re.split(r"[,\n]", reading)]
    if len([part for part in parts if part]) < 3:
        return set()
    return {word for part in parts if len(part) <= 2 and not _DENIED & set(part) for word in part}


# (DD#4) When not to write ("dont reply when night", «не пишите ночью», "gije ýazmaň"), from someone whose phone is
# checked: the model read it as being locked in. "..., they check phones and beat who has one" has other words.
REPLY_WHEN = WordGroup(
    keys=frozenset(
        fold(word)
        for word in """
        reply replies answer write text message messages call ring respond пишите пиши писать отвечайте отвечай
        звоните звони ýazmaň ýazyň ýazma jogap jaň
        """.split()
    ),
    also=frozenset(
        fold(word)
        for word in """
        night nights evening evenings morning day daytime weekend ночью вечером утром днём днем ночь вечер gije
        gijesi gijeler agşam agşamlar irden gündiz
        """.split()
    ),
    words=frozenset(
        fold(word)
        for word in """
        dont don't do not never only please when at in during the after before me to
        не только пожалуйста когда мне после до
        diňe haýyş edýärin haçan maňa bermäň etmäň soň öň
        """.split()
    ),
)
# (FF#3) Asking for a number to call home («мне нужен номер, чтобы позвонить домой», "i need a number to call
# home"): the model read it as a call for help. "..., у меня забрали телефон" has other words.
CALL_HOME = WordGroup(
    keys=frozenset(
        fold(word)
        for word in """
        home family mom mum mother dad father parents домой родным родителям маме папе семье öýe öýümize ejeme
        kakama maşgalama öýdäkilere
        """.split()
    ),
    also=frozenset(fold(word) for word in "call phone ring позвонить звонить позвоню jaň".split()),
    words=frozenset(
        fold(word)
        for word in """
        i need a number to the my мне нужен нужна нужно номер чтобы men maňa gerek belgi nomer üçin etmek
        """.split()
    ),
)
GROUPS = (REPLY_WHEN, CALL_HOME)
