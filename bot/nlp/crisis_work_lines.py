"""Lines about work and an offer that the crisis model (bot/nlp/crisis_model.py) read as danger, found by testers DD
and FF, and a word with a number (tester EE). The word groups join the everyday words of bot/nlp/crisis_chatter.py,
which decides with them; the patterns still read every message.

A group's words count only when the message has one of its `keys` (and one of `also`, when it has any) and none of
its `unless`: "сумка закрыта на замок" opens the words of a locked bag, "дверь закрыта на замок" does not."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.nlp.crisis_markers import MINOR
from bot.nlp.crisis_reading import compiled, readings
from bot.nlp.textnorm import fold


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


@dataclass(frozen=True)
class WordGroup:
    """Words that tell of no danger once the message has one of `keys` (and of `also`, if given), none of `unless`,
    and, for a group of `adults`, no one under 18 named."""

    keys: frozenset[str]
    words: frozenset[str]
    also: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    adults: bool = False

    def opens(self, words: Iterable[str], text: str) -> bool:
        """Whether the message `text`, of these folded `words`, opens the group."""
        found = set(words)
        return bool(
            found & self.keys
            and (not self.also or found & self.also)
            and not found & self.unless
            and not (self.adults and minor_named(text))
        )

    def all_words(self) -> frozenset[str]:
        return self.keys | self.also | self.words


# (FF#3) The hours worked in a trade ("we work 12 hours in the sewing workshop", «работаем по 12 часов в швейном
# цехе», "tikinçilik sehinde 12 sagat işleýäris"): the model read it as a child in danger. "...and the boss locks the
# door", "...нас не выпускают" have other words, and a child's hours («сыну 14, он работает по 12 часов») are danger.
TRADE_HOURS = WordGroup(
    adults=True,
    keys=_folded(
        """
        sewing textile textiles garment garments workshop factory atelier
        швейном швейной швейный швейная швейке цехе цеху цех текстильном текстильной текстильный фабрике фабрика
        заводе завод ателье
        tikinçilik tikin tikinçi tekstil sehinde sehde seh fabrikde fabriginde fabrik zawodda
        """
    ),
    words=_folded(
        """
        we i they he she work works working worked hours hour a an day per every shift shifts night in at the our my
        from to till until
        мы я они он она работаем работаю работают работает по часов часа час в на день сутки смену смены смена с до
        утра вечера ночи каждый
        biz men olar ol işleýäris işleýärin işleýärler işleýär işleýäs sagat sagatlap günde her gün gije smena
        """
    ),
)
# (FF#3) The employer said to be kind ("madam is nice", «мадам хорошая», "hanym gowy adam"): the model read a
# cleaner in a villa in Dubai as locked in. "madam is not nice, she took my passport" has other words.
KIND_EMPLOYER = WordGroup(
    keys=_folded(
        """
        madam boss employer owner sponsor sir family мадам хозяйка хозяин начальник босс семья hanym hojaýyn başlyk
        maşgala
        """
    ),
    also=_folded(
        """
        nice kind good fine ok okay great friendly polite хорошая хороший добрая добрый нормальная нормальный
        вежливая вежливый gowy oňat mylakatly ýagşy
        """
    ),
    words=_folded("is are very so really quite too also and очень тоже örän gaty hem adam"),
)
# (DD#6) A bag locked and its key kept («сумка закрыта на замок ключ не дают», "the bag is locked and they dont give
# the key"): the model read it as being locked in. A door, a room or a person named ("дверь закрыта на замок", "меня
# заперли") leaves it to the model and the patterns.
LOCKED_BAG = WordGroup(
    keys=_folded(
        """
        bag bags suitcase box locker cupboard safe drawer сумка сумку сумки чемодан чемодана коробка ящик шкаф
        шкафчик сейф sumka sumkany sumkam çemodan çemodany guty gutusy şkaf seýf
        """
    ),
    also=_folded(
        """
        locked lock padlock closed закрыта закрыт заперта заперт заперли закрыли замок замке gulp gulply gulplanan
        gulplap ýapyk ýapyldy
        """
    ),
    unless=_folded(
        """
        door doors room house flat gate window us we дверь двери комната комнату квартира квартиру дом меня нас я мы
        gapy gapyny otag otaga jaý jaýda öý öýde meni bizi men biz
        """
    ),
    words=_folded(
        """
        key keys the is my a they dont don't do not give won't on with and its it me keep kept
        ключ ключа ключи не дают дает даёт отдают на и
        açar açary açaryny açarlary bermeýärler berenok bermeýär goýdular we
        """
    ),
)
# (DD#2) What a recruiter promised to do for the trip ("pasportyny biz edip berjek diydi", "bilet hem alyp berjek
# diydi indiki hepde", "they said they will make the passport"): the model read it as sexual abuse. "...ýöne meni öýe
# goýberenok" has other words.
PROMISED = WordGroup(
    keys=_folded(
        """
        passport passports ticket tickets visa papers documents flight паспорт билет билеты визу визы документы
        pasport pasportyny pasportyňy pasportymy bilet biletini biletiňi biletimi wiza wizany wizaňy resminama
        resminamalary
        """
    ),
    also=_folded(
        """
        make buy get pay arrange sort сделают сделает сделаем купят купит купим оформят оформит оформим сделать
        купить оформить berjek bereris berer ederis eder edip alyp taýýarlar taýýarlajak
        """
    ),
    words=_folded(
        """
        she he they we said says will for me you your our us the a next week month soon also too
        она он они мы сказала сказал сказали говорит тебе вам мне нам на следующей неделе скоро тоже
        ol olar biz size saňa maňa diýdi diýdiler diýýär hem indiki hepde aýda ýakynda aýal adam ejene ejeňe
        kakana kakaňa
        """
    ),
)
# (DD#2) A photo's caption telling that someone asked for photos ("su suratlary ugradyn diydi", "she said send these
# photos"): the model read it as sexual abuse. "ýalaňaç suratlaryňy ugrat" (naked), "...or she tells my parents" have
# other words.
PHOTOS_ASKED = WordGroup(
    keys=_folded(
        """
        photo photos picture pictures pics фото фотки фотографии снимки surat suraty suratlary suratlaryny
        suratlaryňy suratlarymy suratlaryňyzy
        """
    ),
    also=_folded(
        """
        send sent отправь отправить отправила отправил пришли прислать скинь скинуть ugrat ugradyn ugratmaly
        ugradaý ugradyň iber ibermeli
        """
    ),
    words=_folded(
        """
        she he they said told asked me my your these those some the a her his to
        она он они сказала сказал сказали попросила попросил эти свои мне ей ему
        ol olar diýdi diýdiler diýýär şu bu maňa oňa
        """
    ),
)
GROUPS = (TRADE_HOURS, KIND_EMPLOYER, LOCKED_BAG, PROMISED, PHOTOS_ASKED)

_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d")
_MINOR = compiled(MINOR)


def minor_named(text: str) -> bool:
    """Someone under 18 is named ("сыну 14", "gyzym 14", "she is 15"): crisis_markers.MINOR on the text's readings."""
    texts = readings(text)
    return any(pattern.search(texts[language]) for language, pattern in _MINOR.items())


def only_a_label(text: str) -> bool:
    """(EE#3) One word with a number ("спам 13", "spam 34", "кв 34"): a label or a count, which the model read as a
    child in danger or sexual abuse; a message of one word is the patterns' alone (bot/nlp/crisis_model.py). Not when
    the number is an age said of someone ("ей 14", "gyzym 14"), which the model still reads."""
    return len(_LETTERS.findall(text)) == 1 and bool(_NUMBER.search(text)) and not minor_named(text)
