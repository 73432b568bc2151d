"""Messages that only arrange when to talk ("ok i will write again tomorrow", «позвоню вам вечером», "agşam jaň
ederin"): the crisis model (bot/nlp/crisis_model.py) must not judge them.

The model learned from stories of danger, where times of day and "again" are common ("they come again every
evening", "tomorrow they send me"), and read a person's "we will talk again in the morning" on an open case as
violence: the coordinators were alerted and the person told their request was now urgent. A message every word of
which is one of these (arranging contact, times, thanks, greetings, asking to talk with a person) tells of no danger; a single other word ("they
come", "заберут", "urýar") leaves it to the model, and so does "now" or "tonight" ("call me now"). The patterns still
read every message."""

from __future__ import annotations

import re

from bot.nlp.textnorm import fold, readings

_WORD = re.compile(r"[^\W\d_]+")

# Folded (bot.nlp.textnorm.fold), so that Turkmen typed without its letters is found too.
_WORDS = frozenset(
    fold(word)
    for word in """
    ok okay yes yeah sure fine good alright i we you me us my our your it this that the a an to at in on by for of
    and or then so will would can could shall should may be am is are was were do does did have has
    write wrote text message msg call phone ring talk speak chat answer reply respond contact
    again later back soon today tomorrow morning afternoon evening noon after before until till from
    around about next this week weekend day days hour hours minute minutes time o'clock pm am
    monday tuesday wednesday thursday friday saturday sunday
    work job home free busy break shift finish finished done off low battery charge charged
    please thanks thank thx much very bye goodbye see hello hi wait waiting waited news any
    night nights late early evenings mornings person human someone somebody real want need with here there look
    ок окей ага да хорошо ладно ясно понятно понял поняла я мы вы вам вас мне нам меня нас мой моя мои ваш вашего
    вашу это то и а но или тогда потом ещё еще снова опять позже позднее скоро сегодня завтра послезавтра
    утром утра днём днем вечером вечера вечер после до с в во на к по около через час часа часов минут
    напишу напишем напишите пишу пишите написать позвоню позвоним позвоните позвонить звоните звонить ответьте
    ответить отвечу жду ждём ждем ответа ответ свяжусь связаться буду будем будете могу можем можете могу
    работе работы работаю дома свободен свободна свободно занят занята телефон сел зарядка выключен
    пожалуйста спасибо большое пока до свидания привет здравствуйте понедельник вторник среду четверг пятницу
    субботу воскресенье выходные неделе ночью ночь поздно рано вечерам утрам человеком человек живым поговорить
    поговорю хочу можно с со вот здесь тут там смотрите
    bolýar hawa bolar ýagşy bor men biz siz size sizi maňa bize meniň biziň siziň bu şu we ýa-da soň soňra
    ýene täzeden şu gün ertir birigün irden öýlän agşam agşamara agşama çenli soň sagat minut
    ýazaryn ýazarys ýazyň ýazjak ýazaýyn jaň ederin ederis ediň etjek jogap beriň berjek garaşýaryn garaşýarys
    garaşaryn jogabyňyza jogabyňyzy habarlaşaryn işde işden öýde boş meşgul bolaryn bolarys bolýaryn telefonym
    öçdi zarýady gutardy sag boluň bol salam hoş görüşeris duşenbe sişenbe çarşenbe penşenbe anna şenbe ýekşenbe
    gije gijeler gijesi agşamlar irdenler günortan et jaň den dan adam bilen gepleşjek gepleşmek gürleşjek
    gürleşmek isleýärin isleýän ýer ýerde ol seret serediň
    """.split()
)


def only_arranging_contact(text: str) -> bool:
    """Every word of the message (read as Turkmen Latin too, when typed in Cyrillic) is one of arranging contact,
    times, thanks or greetings."""
    for reading in readings(text.replace("’", "'")):
        words = _WORD.findall(fold(reading))
        if words and all(word in _WORDS for word in words):
            return True
    return False
