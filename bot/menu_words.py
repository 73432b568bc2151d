"""A button's words typed instead of pressed: a main-menu button ("проверить предложение о работе", "kömek almak",
"get help"), 🙋 Talk to a person ("можно чтобы кто то написал мне", "meni bilen adam gepleşsin", "operator") and
🌐 Language ("можно на русском?", "rusça ýaz", "switch to english"): the person gets what the button gives.
Telegram-free: the labels come from the caller, in every language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot.nlp.textnorm import fold, readings, typed_whole

# The emoji and marks a label starts with ("✅ ", "🤝 "), which nobody types.
_LEADING_MARKS = re.compile(r"^[^\w]+")
_WORD = re.compile(r"[^\W_]+")


def _words_of(label: str) -> str:
    return typed_whole(_LEADING_MARKS.sub("", label))


def typed_menu(text: str, labels: Mapping[str, Iterable[str]]) -> str | None:
    """The key in `labels` (a button's callback data → its label in each language) whose label the whole text
    says, or None. Only a whole message counts: "how do I check a job offer from Dubai?" is a question."""
    typed = typed_whole(text)
    return next((key for key, texts in labels.items() if any(_words_of(t) == typed for t in texts)), None)


# Phrases as words in a row, each word "a/b/c" (any of them) and "x*" for any word that starts with x. Folded as
# what people type is ("ýazsyn" and "yazsyn" are one word); Turkmen typed in Cyrillic is also read in Latin.
# A table is compiled once into one pattern, searched in a reading's folded words joined by single spaces.
Phrases = re.Pattern[str]


def phrases(table: str) -> Phrases:
    def word(choices: str) -> str:
        folded = (fold(choice) for choice in choices.split("/"))
        either = "|".join(re.escape(c[:-1]) + r"\S*" if c.endswith("*") else re.escape(c) for c in folded)
        return f"(?:{either})"

    lines = "|".join(
        " ".join(word(choices) for choices in line.split()) for line in table.strip().splitlines()
    )
    return re.compile(rf"(?<!\S)(?:{lines})(?!\S)")


def phrase_readings(text: str) -> list[list[str]]:
    """The folded words of each way to read the text (Cyrillic also as Turkmen Cyrillic), one-letter words kept:
    "с человеком", "to a person"."""
    return [_WORD.findall(fold(reading)) for reading in readings(text)]


def says_phrase(found: list[list[str]], phrases: Phrases) -> bool:
    """Whether some reading (`phrase_readings`) says one of the phrases."""
    return any(phrases.search(" ".join(words)) for words in found)


_PERSON = phrases(
    """
    жив*/реальн*/настоящ* человек*/люд*
    чтобы/пусть кто то/нибудь напис*/напиш*/ответ*/связ*/позвон*/поговор*/пообщ*
    кто то/нибудь напишите/напишет/ответьте/ответит/свяжитесь/свяжется/поговорите/поговорит/может/можете/сможет
    поговор*/пообщ*/связ*/общ*/соедин* с/со человек*/кем/оператор*/волонтер*/сотрудник*
    пусть/чтобы человек напиш*/напис*/ответ*/связ*/поговор*
    человек напишет/напиши/ответит/ответь/свяжется/поговорит
    позов*/позвать/дайте/хочу/нужен человек*/оператор*
    можно/хочу/надо/нужно с/со человек*/оператор*/сотрудник*
    real/live/actual/living person/human/someone/somebody/one
    someone/somebody real/human
    talk/speak/chat/write/text/connect/contact to/with someone/somebody/anyone/anybody/human/humans/operator*
    talk/speak/chat/write/text/connect/contact to/with a/an person/human/operator*/volunteer*
    someone/somebody/anyone/anybody write/talk/speak/text/contact/answer/reply/message
    person write/talk/speak/text/answer/reply
    not a bot
    adam geplessin*/gurlessin*/yazsyn*/yazsa/geplesse/gurlesse/jogap
    adam bilen geples*/gurles*/habarlas*
    biri/birisi yazsyn*/geplessin*/gurlessin*/jogap/yazsa/habarlassyn*
    bir adam/kisi yazsyn*/geplessin*/gurlessin*/yazsa
    hakyky/janly/diri adam/kisi
    isgar* bilen geples*/gurles*/habarlas*
    """
)
# The operator of a chat, not of a phone network ("какой оператор связи лучше в Турции") or a tour.
_OPERATOR = phrases("оператор*\noperator*")
_NOT_A_CHAT = phrases(
    "связи\nмобильн*\nсотов*\nсим*\nsim\nmobile\ntariff*\nтариф*\nинтернет*\ninternet\nроуминг*\nroaming\n"
    "aragatnas*\ntour\ntours\nтур\nтура"
)
# A person the bot does not give ("talk to a psychologist" is a topic of its own, "talk to my employer" not a
# request to the network), or a person not wanted ("не надо чтобы кто то писал", "don't call me").
_NOT_A_PERSON = phrases(
    """
    психолог*/psiholog*/psycholog*/therap*/терапевт*
    работодател*/employer*/boss*/начальник*/хозя*/hojayin*/agent*/агент*/recruiter*/вербовщик*/mudir*
    не хочу/надо/нужно чтобы
    не пишите/пиши/звоните/звони/надо
    dont/don't write/call/contact/message/text
    do not write/call/contact/message/text
    no need
    yazman/yazmasyn/yazmayn
    yazmak/geplesmek/gurlesmek gerek dal
    """
)
MAX_REQUEST_WORDS = 30  # a longer message tells a story: it is read as a question


def typed_person_request(text: str) -> bool:
    """Whether the text asks for a person to write or talk to them ("можно чтобы кто то написал мне", "can a real
    person talk to me", "meni bilen adam gepleşsin", "оператор"): what 🙋 Talk to a person gives."""
    if len(_WORD.findall(text)) > MAX_REQUEST_WORDS:
        return False
    found = phrase_readings(text)
    operator = says_phrase(found, _OPERATOR) and not says_phrase(found, _NOT_A_CHAT)
    return (operator or says_phrase(found, _PERSON)) and not says_phrase(found, _NOT_A_PERSON)


# Whether the bot is a person ("ты бот или человек?", "are you a real person", "sen adammy"): a question about what
# answers, not a request for a person, so it is answered honestly before "a person can write to you".
_BOT_QUESTION = phrases(
    """
    ты/вы бот*/робот*/человек*/живой/живая/живые/настоящ*/реальн*/нейросет*/ии
    это бот*/робот*/человек*/нейросет*/ии
    это живой/живая/настоящ*/реальн* человек*
    ty/vy bot*/robot*/chelovek*/zhivoy/zhivaya/jivoy/nastoyash*/realn*
    eto bot*/robot*/chelovek*
    bot/robot ili chelovek*/zhivoy/jivoy/lyudi
    chelovek/zhivoy/jivoy ili bot*/robot*
    бот/робот или/иль человек*/живой/живая/люди
    человек/живой/живая или/иль бот*/робот*
    с кем я говорю/общаюсь/переписываюсь/разговариваю
    кто мне отвечает/пишет
    are/r you/u real/human/person/bot/robot/ai/alive/machine/automated/chatbot
    are/r you/u a/an real/human/person/bot/robot/ai/machine/living/live/chatbot
    is this/it human/person/bot/robot/ai/automated/chatbot
    is this/it a/an human/person/bot/robot/ai/chatbot
    is this/it a/an real/live/living human/person
    is this/it real human/person
    am i talking/speaking/chatting/writing to/with
    bot or human/person/real
    human/person or bot/robot/ai
    who am i talking/speaking/chatting/writing to/with
    sen/siz adammy/botmy/robotmy/bot/robot/adam/hakyky/janly
    bu adammy/botmy/robotmy/bot/robot
    adammy botmy/robotmy
    botmy adammy
    bot/robot mysyn/mysyňyz/my/mi
    men kim bilen gepleş*/ýazyş*/gürleş*/habarlaş*
    """
)
MAX_BOT_QUESTION_WORDS = 8


def typed_bot_question(text: str) -> bool:
    """Whether a short message asks whether the bot is a person or a bot ("ты бот или человек?", "are you a real
    person", "sen adammy"): the honest answer is that it is a bot, and a person can write through 🙋."""
    found = phrase_readings(text)
    return bool(found[0]) and len(found[0]) <= MAX_BOT_QUESTION_WORDS and says_phrase(found, _BOT_QUESTION)


# Asking whether something is genuine ("is it real??", "это правда?", "bu hakykatmy?"): an offer, a win, a promise
# the person was told of; not the bot, which "are you real" asks about.
_REAL_QUESTION = phrases(
    """
    is it/this/that real/true/legit/legal/genuine/safe/scam/fake
    is it/this/that a scam/fake/lie
    это правда/реально/настоящ*/развод/обман/лохотрон/законно
    это не развод/обман
    eto pravda/realno/razvod/obman
    bu hakykatmy/hakykat/dogrumy/dogry/hakykymy/hakyky/aldaw/aldawmy/galp/galpmy
    """
)
# The same asked in one word, only as the whole message: "реально нужна виза?" asks about a visa
_REAL_ALONE = frozenset(
    fold(word)
    for word in (
        "real really true legit scam fake правда правда ли реально развод серьезно серьёзно pravda realno "
        "hakykatmy dogrumy hakykymy aldawmy galpmy"
    ).split()
)
MAX_REAL_QUESTION_WORDS = 5


def typed_real_question(text: str) -> bool:
    """Whether a short message asks whether something it does not name is genuine ("is it real??", "это правда?",
    "bu hakykatmy"): the offer or the win just talked of, which the bot cannot vouch for."""
    if typed_whole(text) in _REAL_ALONE:
        return True
    found = phrase_readings(text)
    return bool(found[0]) and len(found[0]) <= MAX_REAL_QUESTION_WORDS and says_phrase(found, _REAL_QUESTION)


# Each language by its name in the three ("русский", "rus", "russian"), and the forms that say "in it" ("на
# русском", "по-русски", "rusça", "rus dilinde", "in russian", "to russian").
_LANGUAGE_NAMES = {
    "ru": phrases("русск*\nрусч*\nrussk*\nrusc*\nrus\nrussian\nорусч*"),
    "tk": phrases("туркменск*\nтуркменч*\nтүркмен*\nturkmence\nturkmenc*\nturkmen\nturkmence*\nturkmenski*"),
    "en": phrases("английск*\nanglijsk*\nanglisk*\ninlis*\nenglish\nинлис*"),
}
_IN_A_LANGUAGE = {
    "ru": phrases(
        "на русск*\nпо русск*\nпорусск*\nna russk*\npo russk*\nrusc*\nрусч*\nrus dil*\nin/to/into russian"
    ),
    "tk": phrases(
        "на туркменск*\nпо туркменск*\nпотуркменск*\nturkmence\nturkmenc*\nтүркменч*\nтуркменч*\n"
        "turkmen dil*\nin/to/into turkmen"
    ),
    "en": phrases(
        "на английск*\nпо английск*\nпоанглийск*\nna anglijsk*\ninlisce\ninlisc*\nинлисч*\ninlis dil*\n"
        "in/to/into english"
    ),
}
# Words that ask the bot to use a language ("switch", "пиши", "ýaz"), and those of a question about languages or
# papers in them ("нужно ли знать русский", "English course", "на русском языке есть договор?"), which is not one.
_USE = phrases(
    "switch*\nchange*\nlanguage*\nwrite\nspeak*\nanswer*\nreply\ntalk\nпереключ*\nсмени*\nпомен*\nязык*\n"
    "пиш*\nнапиш*\nговор*\nответ*\nобщ*\nyaz*\ngurle*\ngeple*\njogap*\ncalys*\nuytget*\ndil*"
)
_ABOUT_LANGUAGES = phrases(
    "need*\nнужн*\nнужен\nнадо\nзна*\nknow*\nlearn*\nуч*\nвыуч*\nкурс*\ncourse*\nэкзамен*\nexam*\ntest*\nтест*\n"
    "gerek*\nbilmeli\nowren*\nсертификат*\ncertificat*\nперевед*\nперевод*\ntranslat*\nterjime*\nturkmenist*\n"
    "туркменист*\nдоговор*\nконтракт*\ncontract*\nдокумент*\ndocument*\nsertnama*\nresminama*\nпаспорт*\n"
    "passport*\npasport*"
)
MAX_LANGUAGE_WORDS = 6
# Saying a language is not understood ("я не понимаю по-туркменски", "i dont understand turkmen", "rusça düşünemok")
_NOT_UNDERSTOOD = phrases(
    """
    не понимаю/понимаем/понимает/понимаешь/знаю/знаем/говорю/говорим/читаю/разбираю
    не понятно/понятен/понял/поняла
    ne ponimayu/ponimaem/ponimau/znayu/govoryu/chitayu/ponyal/ponyala
    dont/don't/cant/can't/didnt/didn't understand/speak/read/know/get
    do/can/did not understand/speak/read/know
    cannot understand/speak/read
    dusunemok/dusunmeyarin/dusunmeyan/dusunmedim/dusunmeyaris/bilemok/bilmeyarin/bilmeyan/bilmeyaris
    okap bilemok/bilmeyarin
    не пиши/пишите/отвечай/отвечайте/надо/нужно
    ne pishi/pishite/otvechay/nado
    dont/don't write/reply/answer/talk
    do not write/reply/answer/talk
    yazma/yazman/yazmayn
    jogap berme*
    """
)
MAX_REFUSAL_WORDS = 8
# Saying what one cannot do in a language ("не могу писать по-русски хорошо", "i cant write english well"): how well
# the person writes it, not a wish that the bot write in it
_CANNOT = phrases(
    """
    не могу/можу/умею/смогу
    ne mogu/umeyu/smogu
    i cant/cannot
    i can not/t
    """
)


def typed_language_refused(text: str) -> str | None:
    """The language a short message says its writer does not understand ("я не понимаю по-туркменски", "i dont
    understand turkmen", "rusça düşünemok"), or None."""
    found = phrase_readings(text)
    if not found[0] or len(found[0]) > MAX_REFUSAL_WORDS or not says_phrase(found, _NOT_UNDERSTOOD):
        return None
    named = [code for code, names in _LANGUAGE_NAMES.items() if says_phrase(found, names)]
    return named[0] if len(named) == 1 else None


def typed_language_request(text: str) -> str | None:
    """The language a short message asks the bot to write in ("можно на русском?", "rusça ýaz", "switch to english
    please", "Türkmençe ýazyp bilýärmiň?", "English"), or None: a message naming two languages, asking about one
    ("нужно ли знать русский"), or saying one is not understood ("я не понимаю по-туркменски"), asks for none."""
    found = phrase_readings(text)
    if not found[0] or len(found[0]) > MAX_LANGUAGE_WORDS or says_phrase(found, _ABOUT_LANGUAGES):
        return None
    if says_phrase(found, _NOT_UNDERSTOOD) or says_phrase(found, _CANNOT):
        return None
    named = [code for code, names in _LANGUAGE_NAMES.items() if says_phrase(found, names)]
    if len(named) != 1:
        return None
    (code,) = named
    alone = len(found[0]) <= 2  # "English", "English please", "по-русски"
    return code if alone or says_phrase(found, _IN_A_LANGUAGE[code]) or says_phrase(found, _USE) else None


# Showing the bot's answer to someone close, or letting them check too ("а как маме переслать результат", "can my
# mom check it too", "netijäni ejeme nädip ugratmaly"): how to pass a message on, not a question about migrating.
_CLOSE = (
    "маме/мама/мамы/маму/матери/мать/папе/папа/отцу/отец/родителям/родители/мужу/муж/жене/жена/сестре/сестра/брату/"
    "брат/дочери/дочке/дочь/сыну/сын/семье/родным/подруге/другу/mom/mum/mother/mama/dad/father/parents/husband/"
    "wife/sister/brother/daughter/son/family/friend/ejeme/ejem/kakama/kakam/masgalama/masgalam/adamyma/adamym/"
    "ayalyma/ayalym/uyama/uyam/jigime/jigim/doganyma/doganym/gyzyma/gyzym/ogluma/oglum/dostuma/dostum"
)
_SHOW = "переслать/показать/отправить/скинуть/поделиться/передать"
_SHARE = phrases(
    f"""
    {_CLOSE} {_SHOW}
    {_SHOW} {_CLOSE}
    {_SHOW} результат*/это/ответ*/проверк* {_CLOSE}
    {_SHOW} этот/эти результат*/ответ* {_CLOSE}
    show/send/forward/share this/it/results/result {_CLOSE}
    show/send/forward/share this/it/the/these result/results/answer to {_CLOSE}
    show/send/forward/share the/these result/results/answer to {_CLOSE}
    show/send/forward/share to my {_CLOSE}
    show/send/forward/share this/it/them to my/to {_CLOSE}
    can/could my {_CLOSE} check/see/do/use/read/try
    {_CLOSE} hem barlap/gorup/okap
    {_CLOSE} gorkez*/ugrat*/iber*
    netijani/netijesini/muny/sony/jogaby {_CLOSE} gorkez*/ugrat*/iber*
    netijani/netijesini/muny/sony/jogaby {_CLOSE} nadip/nahili gorkez*/ugrat*/iber*
    """
)
# Money, a parcel or a person sent is another matter ("как маме отправить деньги": money-transfers)
_NOT_SHARED = phrases(
    "деньг*\nденег\nперевод*\nпосылк*\nmoney\ncash\nparcel*\npackage*\npul*\nposylk*\nbukja*"
)
MAX_SHARE_WORDS = 20


def typed_share_request(text: str) -> bool:
    """Whether the message asks how to show the bot's answer to someone close, or whether they can check too."""
    found = phrase_readings(text)
    return (
        bool(found[0])
        and len(found[0]) <= MAX_SHARE_WORDS
        and says_phrase(found, _SHARE)
        and not says_phrase(found, _NOT_SHARED)
    )


# 🆘 typed, or the word SOS, alone or with words that only call for help ("SOS help me", "🆘🆘", "sos pomogite",
# "kömek ediň sos"): what the 🆘 button does. Folded, Turkmen Cyrillic also read in Latin letters.
_SOS_WORDS = frozenset(fold(word) for word in "sos сос".split())
_HELP_WORDS = frozenset(
    fold(word)
    for word in (
        "help me us please pls plz now urgent urgently asap i need someone "
        "помогите помоги помощь мне нам нужна надо пожалуйста срочно скорее быстрее сейчас "
        "pomogite pomogi pomosh srochno "
        "kömek komek ediň edin ediñ et beriň berin gerek maňa mana bize häzir hazir tiz gyssagly haýyş hayys "
        "ýalbarýaryn yalbaryaryn"
    ).split()
)
_SOS_SIGN = "🆘"
MAX_SOS_WORDS = 8


def typed_sos(text: str) -> bool:
    """Whether the message is 🆘 or SOS typed, alone or with a few words that only call for help ("SOS help me",
    "🆘🆘", "sos помогите"): the person pressed 🆘 in words."""
    found = phrase_readings(text.replace(_SOS_SIGN, " sos "))
    if not found[0] or len(found[0]) > MAX_SOS_WORDS:
        return False
    return any(
        any(word in _SOS_WORDS for word in words) and all(w in _SOS_WORDS | _HELP_WORDS for w in words)
        for words in found
    )


def says_sos(text: str) -> bool:
    """Whether the message has 🆘 or the word SOS in it, whatever else it says ("sos он меня бьёт")."""
    return any(
        word in _SOS_WORDS for words in phrase_readings(text.replace(_SOS_SIGN, " sos ")) for word in words
    )
