"""What a person says of an alarm of their own, Telegram-free: 🆘 pressed by mistake ("ой я случайно нажала,
отмените", "I pressed it by mistake, cancel", "ýalňyşyp basdym, goýbolsun et"), and being all right after a crisis
reply ("yok yok men gowy, diňe ýadadym", "нет, я в порядке, просто устала", "no im fine just tired"), and "please"
alone after one, a plea. All are read only where nothing in the message tells of danger (bot/nlp/crisis.py decides
that first); the caller knows whether a request is open, or whether the bot has just answered danger
(handlers/after_alarm.py)."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold


def _folded(pattern: str) -> re.Pattern[str]:
    """A pattern over folded text, its words folded as the text is ("w" read as "v"), its escapes (\\w) kept."""
    return re.compile(re.sub(r"(?<!\\)[^\W\d_]+", lambda word: fold(word.group()), pattern))


# Folded (bot.nlp.textnorm.fold): Turkmen typed without its letters is found too.
# By mistake, by accident, the wrong button
_MISTAKE = _folded(
    r"\b(?:случайно|нечаянно|по ошибке|ошибк[аеиу]|ошибся|ошиблась|не туда|не ту кнопку|sluchajno|sluchayno|"
    r"by mistake|by accident|accidentally|accidently|mistake|wrong button|pressed wrong|tapped wrong|"
    r"yalnys\w*|totanden|bilman bas\w*)"
)
# Pressed, or cancel, or no need of anyone
_PRESSED_OR_CANCEL = _folded(
    r"\b(?:нажал\w*|нажа[лт]|кнопк\w*|отмен\w*|не надо|не нужно|никого|nazhal\w*|nazal\w*|otmen\w*|knopk\w*|"
    r"press\w*|tap\w*|click\w*|button|hit it|cancel\w*|no need|dont need|don't need|do not need|not needed|"
    r"bas\w*|goybolsun|yatyr\w*|gerek dal|hic kim\w* gerek)"
)
# All right: fine, nothing happened, only tired
_ALL_RIGHT = _folded(
    r"\b(?:i'?m (?:fine|ok|okay|alright|all right|good)|i am (?:fine|ok|okay|alright|all right|good)|"
    r"(?:im|i'm|i am) not in danger|all good|everything is (?:fine|ok|okay)|its ok|it's ok|"
    r"я в порядке|(?:у меня )?(?:вс[её] )?(?:нормально|хорошо|в порядке)|со мной вс[её] (?:нормально|хорошо)|"
    r"ничего страшного|"
    r"men gowy|men kadaly|gowy men|hemme zat (?:gowy|kadaly)|hemmesi gowy|howp yok|men howpsuz|"
    r"ya v poryadke|vse normalno|vs[eyo] horosho)"
)
# What may be said besides: no, only tired, thanks, don't worry
_BESIDES = _folded(
    r"\b(?:no|nope|nah|not|just|only|tired|sleepy|worry|dont|don't|thanks|thank you|really|honestly|"
    r"нет|не|просто|устал\w*|спасибо|не волнуйтесь|честно|правда|"
    r"yok|dal|dine|yadadym|yadaw|sag bol\w*|alada etman|hakykatdan)\b"
)
# A laugh or a shrug beside it ("i'm fine lol", "я в порядке хаха"): still all right
_SHRUG = _folded(r"\b(?:lol|lmao|haha\w*|ahah\w*|hehe\w*|хаха\w*|ахах\w*|хех\w*|ok|okay|ну|да|yes|hawa|ha)\b")
# A plea alone: "please", "пожалуйста", "haýyş", said again ("please please", "pls!!")
_PLEA = _folded(
    r"^\W*(?:(?:please|pls|plz|pleas|plis|пожалуйста|пжл|пж|прошу|прошу вас|умоляю|pozhaluysta|pojaluysta|pozhalujsta"
    r"|haýyş|haýyş edýärin|haýyş edýän|haýyşt|yalbarýaryn|ýalbarýaryn)\W*)+$"
)
# "не", "not" right before it: not all right
_DENIED_BEFORE = re.compile(r"(?:\bне|\bnot|\bnever)\s*$")
_DENIED_AFTER = _folded(r"\s*(?:däl|degil)\b")
# A message this long tells more than a mistake
_MISTAKE_WORDS = 15
# A message this long tells more than that one is all right
_ALL_RIGHT_WORDS = 10
_WORD = re.compile(r"[^\W\d_]+")


def pressed_by_mistake(text: str) -> bool:
    """The message says a button was pressed by mistake, or asks to cancel what a mistake started; not a question
    ("я по ошибке отправила деньги не туда, как отменить перевод?" asks about something else)."""
    folded = fold(text).replace("’", "'")
    if "?" in folded or len(_WORD.findall(folded)) > _MISTAKE_WORDS:
        return False
    return bool(_MISTAKE.search(folded) and _PRESSED_OR_CANCEL.search(folded))


def says_all_right(text: str) -> bool:
    """A short message that says the writer is all right ("no no im fine, just tired"), and nothing more."""
    folded = fold(text).replace("’", "'")
    found = _ALL_RIGHT.search(folded)
    if len(_WORD.findall(folded)) > _ALL_RIGHT_WORDS or found is None or "?" in folded:
        return False
    if _DENIED_BEFORE.search(folded[: found.start()]) or _DENIED_AFTER.match(folded[found.end() :]):
        return False  # "нет, не в порядке", "i am not ok", "men gowy däl"
    rest = _SHRUG.sub(" ", _BESIDES.sub(" ", _ALL_RIGHT.sub(" ", folded)))
    return not _WORD.search(rest)


def only_a_plea(text: str) -> bool:
    """The message is "please" alone, in any of the three languages, maybe said twice: after a danger reply, the
    plea for help it is (handlers/after_alarm.py)."""
    return bool(_PLEA.match(fold(text).replace("’", "'")))
