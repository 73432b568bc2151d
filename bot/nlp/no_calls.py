"""A person asking not to be called ("не звоните мне пожалуйста только пишите", "dont call me, only write", "jaň
etmäň, diňe ýazyň"), in a message that says nothing else: answered with how the bot and the network reach people
(in writing, here), never with the hotline's numbers (tester DD#3). A message with more in it ("не звоните, хозяин
бьёт меня") is read as usual, danger first."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings

MAX_WORDS = 12
_REFUSED = re.compile(
    r"\b(?:не|ne)\s+(?:надо\s+|nado\s+|нужно\s+)?(?:мне\s+|mne\s+)?(?:по|po)?(?:звон|zvon)\w*"
    r"|\b(?:dont|don t|do not|never|no)\s+(?:call|ring|phone)\w*"
    r"|\bjan\s+(?:etma\w*|etme\b|etmen\w*)|\bzwon\w*\s+etma\w*"
)
# The other words such a message has: to whom, please, how to write instead, whose phone it is
_ALSO = frozenset(
    fold(word)
    for word in """
    не надо нужно мне меня нам звоните звонить позвоните звонки пожалуйста плиз только пишите напишите писать
    сюда здесь тут в чат чате сообщения сообщением смс лучше этот номер телефон это чужой подруги мой можно
    ne nado mne zvonite zvonit pojaluysta pozhaluysta tolko pishite pishi syuda
    dont don t do not never no call calling ring phone me us please pls only just write text message messages here
    in the chat better this number its it is not mine sms
    jan etmaň etmän etme etmen etmeli etmäň zwon maňa bize haýyş haýyş edýärin diňe ýazyň ýazaýyň şu ýere ýerde
    çatda çata hat sms bu belgä belgi meniňki däl telefon telefona
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")


def asks_not_to_be_called(text: str) -> bool:
    """The whole message asks not to be called (and perhaps to be written to instead)."""
    if len(text.split()) > MAX_WORDS:
        return False
    for reading in readings(text):
        folded = fold(reading)
        words = _WORD.findall(folded)
        if words and _REFUSED.search(folded) and all(word in _ALSO for word in words):
            return True
    return False
