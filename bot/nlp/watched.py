"""Whether a message says the person fears being watched or seen: someone may see the chat ("нет не надо он
увидит", "he will see", "ol görer"), checks their phone ("he checks my phone", "telefonymy barlaýar") or follows
them ("за мной следят"), or, in a few words, that someone is near or they cannot talk now ("он рядом", "i cant talk
now"), or that the one who holds them will be back soon ("хозяйка скоро придёт", "the madam will be back soon", "ol
tiz geler"). The reply then offers 🙈 Hide this chat (handlers/hide.py), whatever else it says.
A short list on purpose: a hide button offered by mistake costs nothing, and the words are the common ones."""

from __future__ import annotations

import re

from bot.nlp.language_named import LANGUAGE_NAMED
from bot.nlp.textnorm import fold, readings, russian_from_latin

# Those close enough to look at the person's phone: family, a partner, an employer who holds them.
_CLOSE_EN = (
    "husband|wife|boyfriend|girlfriend|partner|fiance|father|dad|mother|mom|mum|brother|sister|parents|family|"
    "mother-in-law|father-in-law|in-laws|uncle|aunt|son|daughter|boss|employer|madam|sponsor|owner"
)
_CLOSE_RU = (
    "муж|жена|парень|отец|папа|мать|мама|брат|сестра|родители|родные|семья|свекровь|свекор|сын|дочь|дядя|тетя|"
    "хозяин|хозяйка|хозяика|хозяыка|хозаин|хозайка|мадам|начальник|работодатель|он|она|они|кто-то|кто то"
)
_CLOSE_TK = (
    "arim|adamym|ayalym|kakam|ejem|agam|doganym|uyam|jigim|gayynenem|gayynatam|ogul|gyzym|hojayyn|hojayynym|"
    "hojayn|hojaynym|hanym|madam|ol|olar|biri"
)
_WATCHED = re.compile(
    # Russian (folded: ё is е)
    r"\b(?:увидит|увидят|заметит|заметят|прочтет|прочитает)\b"
    r"|\b(?:следит|следят)\b"
    rf"|\b(?:{_CLOSE_RU})\s+(?:\w+\s+)?(?:может|могут|сможет|смогут|будет|будут)\s+"
    r"(?:увидеть?|прочитать?|прочесть?|узнать?|заметить?|проверить?|смотреть?|читать?)\b"
    rf"|\b(?:{_CLOSE_RU})\s+(?:\w+\s+)?(?:узнает|узнают|прочитает|прочтет|прочтут|прочитают)\b"
    r"|\b(?:проверяет|проверяют|смотрит|смотрят|читает|читают)\s+(?:мой\s+|мои\s+)?(?:телефон|сообщен|переписк)"
    # English (not folded)
    r"|\b(?:he|she|they|someone|somebody)(?:'ll|’ll| will| would| might| could| may| can)\s+see\b"
    # someone close, then may, will or can, then see, read or find out: "my husband might see this". Not the
    # question "can my boss see what I write?", which asks how the bot keeps messages (its answer is /privacy)
    rf"|\b(?:my|our)\s+(?:{_CLOSE_EN})\s+(?:will|'ll|would|might|could|may|can|is going to|gonna)\s+"
    r"(?:(?:also|soon|probably|definitely|surely|easily|then)\s+)?(?:see|read|find out|notice|check)\b"
    r"(?!\s+(?:me|us|you|her|him)\s+off\b)"
    r"|\b(?:checks?|checking|reads?|reading|looks? at|goes through)\s+(?:my|this)\s+(?:phone|messages?|chat)\b"
    r"|\b(?:watching|following|spying on)\s+me\b"
    # Turkmen, Latin and Cyrillic (read as Latin), folded: ö → o, ý → y, ç → c
    r"|\bgorer(?:ler)?\b|\bgorup biler\b|\bgorse\b"
    rf"|\b(?:{_CLOSE_TK})\s+(?:\w+\s+)?(?:okap|bilip|gorup)\s+(?:biler|galar|galsa)\b|\b(?:{_CLOSE_TK})\s+(?:okar|bilse)\b"
    r"|\b(?:telefonym|hatlarym|sms\w*m)\w*\s+(?:barla|gora|okay)"
    r"|\byzarlay\w*|\bgozegcilik"
)


# Someone goes through the person's phone, or everyone's: "they check phones every night", "he checks my phone",
# "телефоны проверяют каждый вечер", "telefonlarymyzy barlaýarlar" (folded)
_CHECKED = re.compile(
    # one who does it, or a verb of the third person: not the writer's own "i check my messages"
    r"(?:\b(?:he|she|they|(?:the|my|our)\s+\w+)\s+(?:\w+\s+)?(?:check|read|go through|look through|search)"
    r"|(?<!\bi )(?<!\bwe )\b(?:checks|reads|goes through|looks through|searches|are checking|is checking))\s+"
    r"(?:(?:my|our|the|all|every(?:one|body)'?s|workers'?|girls'?)\s+){0,2}(?:(?:mobile|cell)\s+)?"
    r"(?:phones?|mobiles?|messages|chats?)\b"
    r"|\b(?:(?:проверя|просматрива|обыскива|чита)(?:ет|ют|ли|л|ла)|смотр(?:ит|ят|ели|ел|ела))\s+(?:\w+\s+)?(?:телефон\w*|сообщени\w*|переписк\w*)"
    r"|\b(?:телефон\w*|переписк\w*)\s+(?:\w+\s+)?(?:(?:проверя|просматрива|обыскива|чита)(?:ет|ют|ли|л|ла)|смотр(?:ит|ят|ели|ел|ела))\b"
    r"|\btelefon\w*\s+(?:\w+\s+)?(?:barla|okay|ahtar)(?:yar|ya|dy|ar)\w*"
)


def fears_being_watched(text: str) -> bool:
    # folded for Russian and Turkmen; English as typed, in lower case (the fold spells "watch" as "vatc")
    # and Russian typed in Latin letters ("muzh mozhet uvidet"), in Cyrillic
    forms = _forms(text)
    return any(_WATCHED.search(t) or _CHECKED.search(t) for t in forms) or cannot_talk_now(text)


def phones_checked(text: str) -> bool:
    """A few words, asking nothing, that say someone goes through the person's phone ("they check phones every
    night", "хозяин проверяет телефон", "telefonymy barlaýar"): 🙈 Hide first, as for someone near."""
    if len(text.split()) > MAX_NEAR_WORDS or "?" in text:
        return False
    return any(_CHECKED.search(t) for t in _forms(text))


# The end of a message, or of its sentence, after "he is here": "he is here in Istanbul" tells of something else
_END = r"(?:\s+(?:now|сейчас|уже|hazir|indi))?\s*(?:[.!?,;…)\n]|$)"
# Of those close, the ones whose coming home a person fears (a partner, in-laws, an employer, "he"): "муж дома",
# "he is back", "adamym geldi". A son, a brother or a mother come home is family news ("сын вернулся", "ogul geldi",
# "doganym öýde"): a family of migrants writes it when one comes back. Anyone right beside the person ("брат рядом",
# "agam ýanymda") may see the screen.
_KIN_EN = "father|dad|mother|mom|mum|brother|sister|parents|family|uncle|aunt|son|daughter"
_KIN_RU = "отец|папа|мать|мама|брат|сестра|родители|родные|семья|сын|дочь|дядя|тетя"
_KIN_TK = "kakam|ejem|agam|doganym|uyam|jigim|ogul|oglum|gyzym"
_HOLDER_EN = "|".join(w for w in _CLOSE_EN.split("|") if w not in _KIN_EN.split("|"))
_HOLDER_RU = "|".join(w for w in _CLOSE_RU.split("|") if w not in _KIN_RU.split("|"))
_HOLDER_TK = "|".join(w for w in _CLOSE_TK.split("|") if w not in _KIN_TK.split("|"))
# One who holds the person coming back, now or soon: "она скоро придёт", "скоро вернётся хозяйка", "he will be back
# soon", "the madam is coming back", "ol tiz geler", "hojaýyn basym gaýdyp geler"
_SOON_RU = r"(?:скоро|сейчас|щас|уже|вот-вот|вот вот|через \w+ минут\w*|через час)"
_COMES_RU = r"(?:придет|придут|прийдет|прийдут|вернется|вернутся|приедет|приедут|будет дома|будут дома|будет здесь|будет тут)"
_BACK_SOON_RU = (
    rf"\b(?:{_HOLDER_RU})\s+(?:{_SOON_RU}\s+)?{_COMES_RU}(?:\s+(?:домой|{_SOON_RU}))*{_END}"
    rf"|(?:^|[.!?,;]\s*){_SOON_RU}\s+{_COMES_RU}(?:\s+(?:домой|{_HOLDER_RU}))*{_END}"
    # "хозяйка скоро придет быстрее", "… наверное": soon said, and a word more
    rf"|\b(?:{_HOLDER_RU})\s+(?:{_SOON_RU})\s+{_COMES_RU}\s+(?!и\b)\w+{_END}"
)
_SOON_EN = (
    r"(?:soon|any minute|any moment|in a (?:minute|moment|bit|few minutes)|in \w+ minutes|in \d+ ?(?:min\w*|m)\b|now"
    r"|tonight)"
)
_BACK_SOON_EN = (
    r"\b(?:he|she|they|someone|somebody|(?:(?:my|the|our)\s+)?"
    rf"(?:{_HOLDER_EN}))(?:'ll|’ll|\s+will|'s|’s|'re|’re|\s+is|\s+are)\s+(?:soon\s+)?"
    r"(?:be\s+(?:back|home|here)|coming\s+(?:back|home)|returning|coming)"
    rf"(?:\s+(?:home|here|{_SOON_EN}))*{_END}"
    rf"|\b(?:he|she|they|(?:(?:my|the|our)\s+)?(?:{_HOLDER_EN}))\s+(?:comes?|gets?)\s+(?:back|home)\s+{_SOON_EN}{_END}"
    # said in a hurry, with or without a verb, and more after it: "madam back soon", "madam coming back soon i have
    # to go", "my boss will come back in 5 min"
    rf"|\b(?:(?:my|the|our)\s+)?(?:{_HOLDER_EN})(?:'ll|’ll|\s+will|'s|’s|\s+is)?\s+(?:be\s+|coming\s+|come\s+|comes\s+"
    rf"|getting\s+|gets\s+)?(?:back|home)\s+{_SOON_EN}"
)
_SOON_TK = r"(?:tiz|basym|hazir|indi|yakyn [wv]agtda|bir salymdan|birazdan)"
_BACK_SOON_TK = (
    rf"\b(?:{_HOLDER_TK})\s+(?:{_SOON_TK}\s+)?(?:oye\s+|gaydyp\s+|yzyna\s+)?(?:geler|gelerler|geljek|gaydar|gaytjak)"
    rf"{_END}|\b(?:{_HOLDER_TK})\s+{_SOON_TK}\s+(?:oye\s+|gaydyp\s+|yzyna\s+)?(?:gelyar|gelyarler){_END}"
)
# Someone close, or he / she / they, is beside the person now ("он рядом", "he is here", "ol ýanymda"), or one who
# holds them has come home ("муж пришёл", "he is home"): someone may see.
_SOMEONE_NEAR = re.compile(
    # Russian (folded: ё is е), also typed in Latin letters
    rf"\b(?:{_CLOSE_RU})\s+(?:уже\s+|сейчас\s+|опять\s+|снова\s+)?(?:рядом|тут|здесь){_END}"
    rf"|\b(?:{_HOLDER_RU})\s+(?:уже\s+|сейчас\s+|опять\s+|снова\s+)?(?:дома|вернул\w*|приш[её]л|пришла|пришли|идет|"
    rf"идут|зашел|зашла){_END}"
    # English
    rf"|\b(?:he|she|they|someone|somebody|(?:my\s+)?(?:{_CLOSE_EN}))(?:'s|’s|'re|’re|\s+is|\s+are)\s+(?:now\s+)?"
    rf"(?:here|near|nearby|next to me|around|beside me|with me){_END}"
    rf"|\b(?:he|she|they|someone|somebody|(?:my\s+)?(?:{_HOLDER_EN}))(?:'s|’s|'re|’re|\s+is|\s+are)\s+"
    rf"(?:now\s+|back\s+)?(?:home|back|coming){_END}"
    # Turkmen, Latin and Cyrillic (read as Latin), folded
    rf"|\b(?:{_CLOSE_TK})\s+(?:hazir\s+|indi\s+)?(?:yanymda|yanymyzda|su yerde|munda){_END}"
    rf"|\b(?:{_HOLDER_TK})\s+(?:hazir\s+|indi\s+)?(?:oyde|geldi|gaytdy|gelyar){_END}"
    # or will be back soon ("она скоро придёт", "the madam will be back soon", "ol tiz geler"): a domestic worker
    # watched by the one she works for has minutes before her phone may be seen
    rf"|{_BACK_SOON_RU}|{_BACK_SOON_EN}|{_BACK_SOON_TK}"
)
# The phone she writes from is someone else's ("телефон его", "это телефон мужа", "it's his phone", "the phone is not
# mine", "telefon onuňky"): he may read it, so hide first (tester S: a woman sold into marriage). Only as the whole
# message, or its end: "его телефон не отвечает" tells of someone else's phone.
_OWNER_RU = r"(?:его|ее|их|мужа|хозяина|хозяйки|свекрови|свекра|начальника|брата|отца|мужнин)"
_OWNER_EN = r"(?:his|hers|theirs|her|their|my husband'?s|my boss'?s|the boss'?s|my employer'?s|madam'?s|his family'?s)"
_OWNER_TK = (
    r"(?:onun|onunky|olaryn|olarynky|arimin|ariminki|adamymyn|hojayynyn|hojayynynky|hanymyn|kakamyn|agamyn)"
)
_PHONE_THEIRS = re.compile(
    rf"^\W*(?:это\s+|а\s+|но\s+)?(?:телефон\s+(?:{_OWNER_RU}|не\s+мой|чужой)|{_OWNER_RU}\s+телефон|телефон\s+у\s+него)"
    r"(?:\s+(?:телефон|вообще|же|ведь))?\W*$"
    rf"|^\W*(?:it'?s|its|this is|this|the phone is|phone is|it is)\s+(?:not\s+my\s+phone|not\s+mine|{_OWNER_EN}(?:\s+phone)?)"
    r"(?:\s+(?:tho|though|actually))?\W*$"
    rf"|^\W*(?:bu\s+)?(?:telefon\s+(?:{_OWNER_TK}|menin\w*\s+dal|menki\s+dal)|{_OWNER_TK}\s+telefony)\W*$"
)
# The one who holds her is asleep or out ("сейчас спит", "he is asleep now", "ol ýatyr"), or she can write now
# ("сейчас можно писать"): her moment to tell what is happening (tester S)
_ASLEEP_RU = r"(?:спит|спят|уснул|уснула|уснули|заснул|заснула|заснули)"
_GONE_RU = r"(?:ушел|ушла|ушли|вышел|вышла|вышли|уехал|уехала|уехали)"
_WRITE_RU = (
    r"(?:(?:сейчас|щас|теперь)\s+)?(?:можно|могу)\s+(?:писать|написать|говорить)(?:\s+(?:сейчас|щас|теперь))?"
)
_MOMENT = re.compile(
    rf"^\W*(?:(?:{_CLOSE_RU})\s+)?(?:(?:сейчас|щас|уже|наконец)\s+)?{_ASLEEP_RU}(?:\s+(?:сейчас|щас|уже))?"
    rf"(?:\W+{_WRITE_RU})?\W*$"
    rf"|^\W*(?:{_HOLDER_RU})\s+(?:сейчас\s+|щас\s+|только что\s+)?{_GONE_RU}(?:\s+(?:сейчас|щас))?(?:\W+{_WRITE_RU})?\W*$"
    rf"|^\W*{_WRITE_RU}\W*$"
    rf"|^\W*(?:(?:he|she|they|someone|(?:my|the)\s+(?:{_HOLDER_EN}))(?:'s|’s|'re|’re|\s+is|\s+are)\s+)?(?:now\s+)?"
    r"(?:asleep|sleeping|fell asleep)(?:\s+now)?(?:\W+(?:i|so i)\s+can\s+(?:write|talk|text)(?:\s+now)?)?\W*$"
    rf"|^\W*(?:he|she|they|(?:my|the)\s+(?:{_HOLDER_EN}))\s+(?:fell asleep|went out|left)(?:\s+now)?"
    r"(?:\W+(?:i|so i)\s+can\s+(?:write|talk|text)(?:\s+now)?)?\W*$"
    r"|^\W*(?:i|so i)\s+can\s+(?:write|talk|text)\s+now\W*$"
    rf"|^\W*(?:(?:{_HOLDER_TK})\s+)?(?:hazir\s+|indi\s+)?(?:yatyr|yatdy|uklayar|uklap yatyr|uklady|ukla(?:p|dy))\W*$"
    rf"|^\W*(?:{_HOLDER_TK})\s+(?:hazir\s+|indi\s+)?(?:gitdi|cykdy|oyde yok)\W*$"
    r"|^\W*(?:hazir|indi)\s+(?:yazyp|gurlap|geplap)\s+(?:bilyarin|bilerin|bolyar)\W*$"
)
# The phone she writes from is hers for minutes only ("i have this phone only 10 min", "у меня телефон только на 10
# минут", "bu telefon mende dine 10 minut", "телефон дали ненадолго", "telefon az wagtlyk"): a borrowed phone, her
# moment to tell what is happening. The phone and the few minutes within three words of each other, either way round;
# not a phone call or number ("how long is a phone call to russia"), nor a time ago ("my phone broke a minute ago")
_PHONE = (
    r"(?:phone|mobile|cellphone|тел\b|tel\b|телефон\w*|мобильн\w*|мобилк\w*|telefon\w*|mobil\w*)"
    r"(?!\s+(?:call|calls|number|numbers|bill|credit|звонок|номер|jan\w*|belgi\w*))"
)
_FEW = (
    r"(?:\d+|a few|few|a couple of|couple of|a couple|two|three|five|ten|fifteen|twenty|пару|пять|десять|пятнадцать"
    r"|двадцать|несколько|две|три|одну|bir|iki|uc|bas|on|on bas|yigrimi|birnace)"
)
_A_WHILE = (
    rf"(?:{_FEW}\s*(?:min|mins|minutes?|мин|минут\w*|minut\w*)\b(?!\s+(?:ago|назад|nazad|ozal|mundan))"
    r"|(?:a\s+)?(?:short|little)\s+(?:time|while)|not\s+(?:for\s+)?long|for\s+a\s+(?:moment|minute|bit)"
    r"|ненадолго|недолго|на\s+минутк\w*|на\s+время|на\s+чуть(?:-|\s+)чуть"
    r"|az\s+[wv]agt\w*|gysga\s+[wv]agt\w*|bir\s*salym\w*)"
)
_NEAR = r"(?:\W+\w+){0,3}?\W+"
_PHONE_FOR_A_WHILE = re.compile(rf"\b{_PHONE}{_NEAR}{_A_WHILE}|\b{_A_WHILE}{_NEAR}{_PHONE}")
# Not when the minutes are a call's or a talk's ("i talked on the phone for 10 minutes", "звонил по телефону 10 минут")
_A_CALL = re.compile(
    r"\b(?:call\w*|talk\w*|spoke|speak\w*|звон\w*|позвон\w*|говорил\w*|разговарив\w*|jan\s+(?:et|ed)\w*|gurl\w*|gepl\w*)"
)
# "pls hurry, i only have this phone for 10 minutes": a few words more than "he is asleep now"
MAX_PHONE_WORDS = 10

# The person cannot talk or write now ("не могу сейчас говорить", "i cant talk now", "men häzir gürläp bilemok")
_NO_TALK = re.compile(
    # (Russian typed in Latin letters loses the soft sign: "govorit")
    r"\bне\s+(?:могу|можу|смогу)\s+(?:\w+\s+)?(?:говорит|разговариват|писат|ответит|отвечат)\w*"
    r"|\b(?:напишу|отвечу)\s+(?:позже|потом)\b|\b(?:позже|потом)\s+(?:напишу|отвечу)\b"
    r"|\b(?:can'?t|can’t|cannot|can not|cant)\s+(?:\w+\s+)?(?:talk|speak|write|answer|reply|text)\b"
    r"|\b(?:talk|write|text)\s+(?:to you\s+)?later\b"
    r"|\b(?:gurlap|gepl[ae]p|yazyp|jogap berip)\s+(?:bilemok|bilemog|bilmeyarin|bilmerin|bilmeyan)\b"
    r"|\b(?:son|sonra|sonrak)\s+yazaryn\b"
)
# A language named, or "well": "не могу писать по-русски хорошо", "türkçe gürläp bilemok", "i cant speak turkish"
# say what the person can say, not that they cannot talk now.
_A_LANGUAGE = re.compile(LANGUAGE_NAMED)
MAX_NEAR_WORDS = 8  # a few words sent in a hurry; a longer message tells of something else


def _forms(text: str) -> list[str]:
    lower = text.lower()
    return [*(fold(r) for r in readings(text)), lower, fold(russian_from_latin(lower))]


def cannot_talk_now(text: str) -> bool:
    """ "Не могу сейчас говорить", "he is here", "ol ýanymda": a few words that say someone is near or the person
    cannot talk now, which is a sign of being watched."""
    if len(text.split()) > MAX_NEAR_WORDS:
        return False
    forms = _forms(text)
    if any(_SOMEONE_NEAR.search(t) or _PHONE_THEIRS.search(t) for t in forms):
        return True
    return any(_NO_TALK.search(t) for t in forms) and not any(_A_LANGUAGE.search(t) for t in forms)


def hide_first(text: str) -> bool:
    """A few words that say someone is near, the person cannot talk now, or someone may see ("он увидит"): the
    reply is 🙈 Hide first, whatever question is waiting (handlers/short_replies.py)."""
    return cannot_talk_now(text) or (len(text.split()) <= MAX_NEAR_WORDS and fears_being_watched(text))


def moment_to_write(text: str) -> bool:
    """ "Сейчас спит", "he is asleep now, i can write", "ol ýatyr": the one who holds the person is asleep or out, or
    they can write now, or the phone they write from is theirs for a few minutes only ("i have this phone only 10
    min"). The reply asks what is happening, with 🆘 and 🙈 Hide (handlers/short_replies.py)."""
    words = len(text.split())
    forms = _forms(text)
    if words <= MAX_NEAR_WORDS and any(_MOMENT.search(t) for t in forms):
        return True
    return (
        words <= MAX_PHONE_WORDS
        and any(_PHONE_FOR_A_WHILE.search(t) for t in forms)
        and not any(_A_CALL.search(t) for t in forms)
    )
