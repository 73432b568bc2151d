"""The crisis detector's markers for being sent or taken away: a person sent abroad or to work against their will, and
a child taken abroad by someone who is not their family. Neither is said in one phrase ("they send me to Dubai
tomorrow" ... "I don't want to go"), so bot/nlp/crisis.py reads each marker in every clause that tells of today and
decides on the whole message:

- being sent (SENT) with something that makes it forced (AGAINST_WILL: unwilling, by force; or LEVERAGE: a debt
  named, a passport kept) is CONFINEMENT, the kind for being held and moved against one's will;
- someone under 18 (crisis_markers.MINOR) being taken (TAKEN) abroad or to work (AWAY), when the family is not the
  one taking them (FAMILY), is CHILD.

A clause about study, holidays, treatment or the army (NOT_AWAY) takes neither; nor does being sent home. Read as
crisis_patterns.py's patterns are (Turkmen written with its special letters), each marker only where no negation comes
just before it ("nobody sends me"); a negation inside a marker ("I don't want to go") is part of what it says."""

from __future__ import annotations

from bot.nlp.crisis_patterns import CrisisKind

# Common destinations, as the `en`, `ru` and `tk` readings spell them.
_PLACES = {
    "en": r"(?:abroad|overseas|another country|dubai|uae|emirates|turkey|t[uü]rkiye|istanbul|antalya|alanya|russia|moscow"
    r"|kazan|cyprus|europe|kazakhstan|belarus|poland|korea|saudi|qatar|germany|china|iran|baku)",
    "ru": r"(?:за (?:границ|рубеж)\w*|в (?:другую страну|дубай|оаэ|эмират|турци|стамбул|анталь|алани|росси|москв|казан|кипр"
    r"|европ|казахстан|беларус|польш|коре|саудов|катар|герман|кита|иран|баку)\w*)",
    "tk": r"(?:daşary ýurd|başga ýurd|dubaý|emirat|türkiýä|türkiýe|stambul|antal|alaný|russiýa|rossiýa|moskwa|kazan|kipr"
    r"|ýewropa|gazagystan|belarus|polşa|koreýa|saud|katar|germaniýa|hytaý|eýran|baku)\w*",
}
_US_EN = r"(?:me|us|her|him|them|my (?:wife|daughter|sister|son|brother))"
_US_RU = r"(?:меня|нас|ее|её|его|их|дочь|дочку|сына|сестру|брата)"
_SEND_RU = (
    r"(?:отправля(?:ют|ет)|отправ(?:ят|ит)|посыла(?:ют|ет)|пошл(?:ют|[её]т)|увоз(?:ят|ит)|увез(?:ут|[её]т)|везут"
    r"|повез(?:ут|[её]т)|переправ(?:ляют|ляет|ят|ит))\b"
)
_TAKE_RU = r"(?:увез|увоз|вывез|вывоз|отвез|отвоз|повез|забер|забира|отправ|посыла|пошл|переправ)\w*"

_SENT = {  # the person (or someone close) is being sent or moved somewhere, now or soon; not home
    "en": (
        rf"\b(?:send|sends|sending|ship|ships|shipping|transfer\w*|put(?:s|ting)?|tak(?:e|es|ing)|fly(?:ing)?) {_US_EN}"
        r"(?! (?:home|back)\b)(?: \w+){0,2}? (?:to|abroad|away|on (?:a|the) (?:plane|flight|bus))\b",
        r"\b(?:am|are|is|being|'m|'re) (?:being )?(?:sent|shipped|taken) (?:to|abroad|away)\b",
        r"\b(?:say|says|said|tell|tells|told)(?: me| us)?(?: that)? (?:i|we) (?:must|have to|need to|should)"
        r"(?: (?:go|fly|leave|travel)\b|\s*(?:[,.!;]|$))",
        r"\bmak(?:e|es|ing) (?:me|us|her|him) (?:go|fly|travel|leave)\b|\bforc\w* (?:me|us|her|him) to (?:go|fly|travel|leave)\b",
    ),
    "ru": (
        # someone, somewhere: not "отправят родителям" (they will send it to my parents)
        rf"\b{_SEND_RU}(?= (?:\w+ )?(?:{_US_RU}|в|на|за|к)\b)(?! (?:\w+ )?(?:домой|обратно|на родину))"
        rf"|\b(?:меня|нас) (?:\w+ ){{0,2}}{_SEND_RU}(?! (?:\w+ )?(?:домой|обратно|на родину))",
        r"\bсажа(?:ют|ет) (?:меня |нас )?на (?:самол[её]т|рейс|автобус)",
        r"\bзаставля\w* (?:\w+ )?(?:ехать|лететь|уехать|поехать|улететь)",
        r"\b(?:говор|сказал)\w*,? (?:что )?(?:я|мы) (?:долж(?:на|ен|ны)|обязан\w*)"
        r"(?: (?:ехать|лететь|поехать|уехать|улететь)|\s*(?:[,.!;]|$))",
    ),
    "tk": (
        r"\bugrad(?:ýar|ýarlar|ýalar|jak|jaklar|ýa|makçy)\w*|\b(?:meni|bizi|ony) (?:\w+ ){0,3}iber(?:ýä|jek|mekçi)\w*",
        r"\bäkid(?:ýä|er)\w*|\bäkitjek\w*|\balyp git(?:jek|ýä|mekçi)\w*|\bgitmeli diý\w*",
        r"\bgitmäge (?:\w+ )?mejbur|\bmejbur\w* (?:\w+ )?gitmäge",
    ),
}
_AGAINST_WILL = {  # unwilling or forced
    "en": (
        r"\b(?:don'?t|do not|dont|doesn'?t|doesnt|does not) (?:want|wanna)(?: to)? (?:go|fly|travel|leave)\b"
        r"(?! (?:home|back)\b)",
        r"\bagainst (?:my|her|our|his) will\b|\bby force\b|\bforc\w* (?:me|us|her|him)\b|\bi refused? to go\b",
    ),
    "ru": (
        r"\bне хо(?:чу|тим|чет|ч[её]т) (?:никуда |туда )?(?:ехать|лететь|уезжать|улетать|поехать|уехать|улететь)\b"
        r"(?! (?:\w+ )?(?:домой|обратно|на родину))",
        r"\bнасильно|\bсилой\b|\bпротив (?:моей|нашей|ее|её|его) воли|\bзаставля|\bпринужда",
        r"\bне (?:могу|можем) отказаться",
    ),
    "tk": (
        r"\b(?:hiç )?git(?:mek|megi|mäge|meg) (?:hiç )?isle(?:meýärin|mok|memok|meýäris|mäok)|\bisläm?ok\b|\bgitjek däl",
        r"\bzor(?:luk)? bilen|\bmejbur|\bisleg\w* garşy",
        r"\brazylyg\w* ýok",
    ),
}
_LEVERAGE = {  # a debt named, or a passport that is not given back
    "en": (
        r"\b(?:i|we|she|he) owe\b|\bsays? (?:i|we) owe\b|\bin debt\b",
        r"\b(?:won'?t|will not|doesn'?t|does not|refuses? to|not) (?:give|giving|return|returning)"
        r" (?:it|them|my passport|our passports|the passport)s?\b",
    ),
    "ru": (
        r"\b(?:я|мы) (?:ему |им |ей )?долж(?:на|ен|ны) (?:\w+ )?(?:\d|денег|деньги|доллар|за)|\bв долг(?:у|ах)\b",
        r"\bпаспорт\w* (?:\w+ )?не (?:отда|верн|возвращ)\w*|\bне (?:отда|верн|возвращ)\w* (?:\w+ )?паспорт",
    ),
    "tk": (
        r"\bberg(?:i|im|iň|imiz|ili)\w*|\bborç\w*",
        r"\bpasport\w* (?:\w+ ){0,3}(?:bermeýä|berenok|bermedi)\w*",
    ),
}
_TAKEN = {  # someone takes or sends the minor somewhere, or the minor is going off with someone
    "en": (
        rf"\b(?:tak(?:e|es|ing)|bring(?:s|ing)?|send(?:s|ing)?|fly(?:ing)?|get(?:s|ting)?|driv(?:e|es|ing)|smuggl\w*) {_US_EN}"
        r"(?: \w+){0,2}? (?:to|abroad|away|out of|across)\b",
        r"\b(?:go|going|leave|leaving|fly|flying|travel\w*|run away)(?: \w+){0,3}? with"
        r" (?:him|her|them|a man|a woman|this man|this woman|a stranger)\b",
    ),
    "ru": (
        rf"\b{_US_RU} (?:\w+ ){{0,2}}{_TAKE_RU}|\b{_TAKE_RU} (?:\w+ )?{_US_RU}\b",
        r"\b(?:уеду|уехать|поеду|поехать|полечу|улечу|улететь|еду|ед[уе]м|летим|сбегу|сбежать) (?:\w+ ){0,2}"
        r"с (?:ним|ней|ними|мужчиной|женщиной|незнаком\w*)\b",
    ),
    "tk": (
        # not the verb denied ("hassahana äkitmeýär": he won't take me to hospital)
        r"(?<!pul )(?<!zat )(?<!haryt )(?<!resminama )(?<!dokument )\balyp git\w*"
        r"|\bäki[dt](?!m[ae](?:ýä|ýa|di|jek|jak|z)|[ae]nok)\w*|\bugrad\w*"
        r"|\b(?:meni|bizi|ony|gyzymy|oglumy|uýamy|jigimi) (?:\w+ ){0,3}iber(?:jek|ýä|mekçi)\w*",
        r"\b(?:onuň|olaryň|bir adamyň|bir aýalyň|bir erkegiň) bilen (?:\w+ )?git(?:jek|ýä|mekçi|mek)\w*",
    ),
}
AWAY = {  # abroad, or to work
    "en": rf"\b{_PLACES['en']}\b|\b(?:to|for) work\b|\b(?:a|the) job\b"
    r"|\bas an? (?:model|nanny|waitress|waiter|dancer|hostess|maid|cleaner|babysitter)\b",
    "ru": rf"{_PLACES['ru']}|\bработа\w*|\bна работу\b|\b(?:моделью|няней|официант\w*|танцовщ\w*|хостес|горничн\w*|уборщиц\w*)",
    "tk": rf"\b{_PLACES['tk']}|\bişe\b|\bişle(?:mäge|mek)\b|\b(?:model|daýa|ofisiant|tansçy|hyzmatkär)\w*",
}
FAMILY = {  # the family goes with the child or takes them (not "my parents don't know")
    "en": r"\bwith (?:my |our )?(?:parents|family|mom|mum|mother|dad|father|mama|papa)\b"
    r"|\b(?:my|our) (?:children|kids|son|daughter) with (?:me|us)\b"
    r"|\b(?:my |our )?(?:parents|mom|mum|mother|dad|father|family)(?: is| are| will|'s|'re| wants? to| going to| gonna)*"
    r" (?:take|taking|takes|send|sending|sends|bring|bringing|brings|move|moving)\b",
    "ru": r"\bс (?:моими |нашими |моей |мамой |папой )?(?:родител|мам|пап|отц|матер|семь)\w*"
    r"|\b(?:детей|ребенка|ребёнка|сына|дочь|дочку) с собой\b"
    r"|\b(?:родители|мама|папа|отец|мать|семья) (?:\w+ )?(?:везут|вез[её]т|повез|берут|бер[её]т|возьм|отправ|забира"
    r"|переезжа|едут|еде)\w*",
    "tk": r"\b(?:ene-?atam|ejem|kakam|maşgalam|ene-?atamyz|ejemiz|kakamyz|maşgalamyz|özüm|özümiz) bilen\b"
    r"|\b(?:ene-?atam|ejem|kakam|maşgalam)\w* (?:\w+ )?(?:alyp git|äkid|äkit|ugrad|iber)\w*",
}
CLIENTS = {  # sent to men or clients: sexual exploitation, not only being moved
    "en": r"\b(?:men|clients|customers|guests)\b",
    "ru": r"\b(?:мужчин(?:ам|ами)?|мужик(?:ам|ов|ами)|клиент(?:ам|ов|ами)|гост(?:ям|ей|ями))\b|\bв (?:сауну|номера|бордель|притон)",
    "tk": r"\b(?:erkek|müşderi|myhman|kli[ýy]?ent)l[ae]r\w*|\b(?:müşderi|myhman)\w* ýanyna",
}
SOON = {  # the child is to be taken soon
    "en": r"\b(?:tomorrow|tonight|today|soon|now|this (?:week|weekend|month)|next (?:week|month)"
    r"|(?:this |on |next )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:a|one|two|three|few|\d+) days?)\b",
    "ru": r"\b(?:завтра|сегодня|ночью|скоро|сейчас|на (?:этой|следующей) неделе|в (?:понедельник|вторник|среду|четверг|пятницу"
    r"|субботу|воскресенье)|через (?:\w+ )?(?:день|дня|дней|недел\w*))\b",
    "tk": r"\b(?:ertir|birigün|şu gün|bu gün|şu gije|bu gije|şu hepde|indiki hepde|duşenbe|sişenbe|çarşenbe|penşenbe|anna"
    r"|şenbe|ýekşenbe|ýakynda|häzir)\b",
}
SECRET = {  # without the parents knowing
    "en": r"\b(?:parents|mom|mum|mother|dad|father|family)(?: \w+)? (?:don'?t|dont|do not|doesn'?t|doesnt) know\b"
    r"|\bwithout (?:telling|asking) (?:my )?(?:parents|mom|mum|mother|dad|father|family)|\bsecret(?:ly)?\b"
    r"|\b(?:didn'?t|did not|haven'?t|not) (?:tell|told|telling) (?:my )?(?:parents|mom|mum|mother|dad|father|family)",
    "ru": r"\b(?:родители|мама|папа|отец|мать|семья|родные)(?: \w+)? не зна(?:ют|ет)|\bтайком|\bвтайне|\bтайно|\bбез ведома"
    r"|\b(?:родителям|маме|папе|отцу|матери)(?: \w+)? не (?:говор|сказал|скажу)\w*",
    "tk": r"\b(?:ene-?atam|ejem|kakam|maşgalam|öýdäkiler)\w*(?: \w+)? (?:bilenok|bilmeýä|bilenok)\w*|\bgizlin"
    r"|\b(?:ene-?atama|ejeme|kakama|maşgalama|öýdäkilere)(?: \w+)? aýtma(?:dym|ýaryn|jak)\w*",
}
# Asking whether it is allowed, without a question mark ("his uncle wants to take him to russia to work for summer is
# it allowed", tester DD#7): the message asks, as one with "?" does
ASKED = {
    "en": r"\b(?:is|are|would|will) (?:it|this|that) (?:be )?(?:allowed|legal|illegal|ok|okay|normal|safe)\b",
    "ru": r"\b(?:законно|незаконно|можно|нормально|разрешено|безопасно) ли\b|\bэто (?:законно|разрешено|нормально)\W*$",
    "tk": r"\b(?:kanun\w*my|bolýarmy|bolarmy|rugsat\w*my|kadalymy|howpsuzmy)\b",
}
NOT_AWAY = {  # study, holidays, treatment, the army, a business trip: not what these markers are for
    "en": r"\b(?:stud(?:y|ies|ying)|school|universit\w*|college|exchange|camp|holidays?|vacation|tour|treatment|hospital"
    r"|army|military|business trip)\b",
    "ru": r"\b(?:уч[её]б|учит|учеб|школ|университет|вуз|колледж|лагер|каникул|отдых|экскурс|олимпиад|соревнован|лечен"
    r"|больниц|арми|командировк)\w*",
    "tk": r"\b(?:okuw|okamag|okuwa|mekdep|uniwersitet|kollej|lager|dynç al|gezelenç|syýahat|bejergi|keselhana|goşun"
    r"|esger|iş sapar)\w*",
}

# Each table as one pattern per language, as crisis.py compiles them.
SENT, AGAINST_WILL, LEVERAGE, TAKEN = (
    {language: "|".join(patterns) for language, patterns in table.items()}
    for table in (_SENT, _AGAINST_WILL, _LEVERAGE, _TAKEN)
)

# The markers by the names sending_kinds reads them by (NOT_AWAY is read apart: it cancels "sent" and "taken").
MARKERS = {
    "sent": SENT,
    "forced": AGAINST_WILL,
    "leverage": LEVERAGE,
    "taken": TAKEN,
    "away": AWAY,
    "family": FAMILY,
    "clients": CLIENTS,
    "soon": SOON,
    "secret": SECRET,
    "asked": ASKED,
}


def sending_kinds(marks: set[str], minor: bool, asks: bool) -> set[CrisisKind]:
    """Sent away against one's will is confinement, or sexual when the person is sent to men or clients; so is being
    sent with a debt or a passport kept, unless the message asks ("I owe the agency for the visa, is it normal?"). A minor taken abroad or to work by anyone but the family is a child in danger, unless the
    message only asks about it ("a man says he can take him to Istanbul to work, is it safe?") and says neither when
    nor that the parents do not know. The markers may be in different sentences."""
    kinds: set[CrisisKind] = set()
    asks = asks or "asked" in marks
    if "sent" in marks and ("forced" in marks or "leverage" in marks and not asks):
        kinds.add(CrisisKind.SEXUAL if "clients" in marks else CrisisKind.CONFINEMENT)
    if (
        minor
        and {"taken", "away"} <= marks
        and "family" not in marks
        and (not asks or marks & {"soon", "secret"})
    ):
        kinds.add(CrisisKind.CHILD)
    return kinds
