"""Whether a message says where its writer is now: "я теперь в Стамбуле", "im in istanbul", "men Stambulda",
"Türkiýede wizam gutardy", "я вернулся домой в Мары". A country only asked about ("is turkey visa free"), the place
of a job ("работа в Дубае"), where someone else is ("my sister is in Dubai") or where the writer is going ("я еду в
Турцию") is not where they are. The handlers keep what this finds in memory for the hour (bot/recent.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.countries import says_at_home
from bot.nlp.someone_else import about_someone_else
from bot.nlp.textnorm import forms, russian_from_latin

# The writer placed by the words just before the place, in the forms of bot.nlp.textnorm.forms.
_HELD_EN = r"(?:lock(?:ed|s)?|keep(?:s|ing)?|kept|hold(?:s|ing)?|held|left|abandoned|trapped|beat(?:s|ing)?)"
_STILL = r"(?:\s+(?:now|currently|still|already|here|living|staying|working|stuck|back|right now))*"
_ENGLISH = re.compile(
    rf"\b(?:i'?m|i’m|i am|we'?re|we’re|we are){_STILL}\s+(?:in|at)\s+(?:the\s+)?$"
    r"|(?<!can )(?<!could )(?<!should )(?<!would )(?<!will )(?<!may )(?<!to )\b(?:i|we)\s+(?:now\s+)?"
    r"(?:live|stay|work)\s+in\s+(?:the\s+)?$"
    r"|\b(?:i|we)\s+(?:have\s+|just\s+)?(?:arrived|came|got|moved|came back)\s+(?:in|to)\s+(?:the\s+)?$"
    r"|\bhere in\s+(?:the\s+)?$"
    # the writer with someone: "my husband and i are in dubai", "me and my brother are in kazan"
    rf"|\b(?:and i|me and (?:my\s+)?\w+|both of us)\s+(?:are|were){_STILL}\s+(?:in|at)\s+(?:the\s+)?$"
    # held there: "they locked me in a flat in Istanbul"
    rf"|\b{_HELD_EN}\s+(?:me|us)\b(?:\s+\w+){{0,4}}\s+(?:in|at)\s+(?:the\s+)?$"
)
# held there: "меня заперли в квартире в Стамбуле", "нас держат на складе в Казани"
_HELD_RU = (
    r"(?:заперл\w*|запира\w*|держ[аи]т|закрыл\w*|бросил\w*|оставил\w*|бь[её]т|бьют|избил\w*|задержал\w*"
    r"|арестовал\w*|не выпуска\w*|не отпуска\w*)"
)
_NOW_RU = r"(?:\s+(?:сейчас|щас|теперь|уже|ещё|еще|тут|здесь|пока|снова|опять|всё ещё|все еще))*"
_RUSSIAN = re.compile(
    rf"\b(?:я|мы){_NOW_RU}\s+(?:в|во|на)\s+$"
    rf"|\b(?:нахожусь|находимся|живу|живём|живем|работаю|работаем|застрял\w*|приехал\w*|прилетел\w*|переехал\w*"
    rf"|оказал\w*){_NOW_RU}\s+(?:в|во|на)\s+$"
    r"|\b(?:здесь|тут)\s+(?:в|во|на)\s+$"
    rf"|\bмы с \w+{_NOW_RU}\s+(?:в|во|на)\s+$"  # "мы с мужем в Дубае": the writer with someone
    rf"|\b(?:меня|нас)\s+(?:\w+\s+)?{_HELD_RU}(?:\s+\w+){{0,4}}\s+(?:в|во|на)\s+$"
    rf"|\b{_HELD_RU}\s+(?:меня|нас)(?:\s+\w+){{0,4}}\s+(?:в|во|на)\s+$"
    # Russian typed in Latin letters ("ya teper v stambule")
    r"|\b(?:ya|my)(?:\s+(?:seychas|sejchas|teper|uzhe|tut|zdes))*\s+(?:v|vo|na)\s+$"
)
# After "в": the place in the prepositional case (в Москве, в Турции, в Дубае) says where one is; the accusative
# (в Москву, в Турцию, в Стамбул) says where one goes. Names that do not change are taken as they are.
_IN_PLACE_RU = re.compile(r"(?:[еиэ]|рф|спб|кктс|оаэ|ye|e|i)$")
# A name that ends the same way in both ("в Алматы"): where one is, unless the message tells of going there
_EITHER_RU = re.compile(r"[ыоу]$")
_GOING_RU = re.compile(
    r"\b(?:еду|едем|едет|поеду|поедем|поехат\w*|уехат\w*|переехат\w*|еха\w*|лечу|летим|полечу|лететь|вылета\w*"
    r"|собира\w*|отправ\w*|хочу|хотим|хочет|билет\w*)"
)
# Turkmen: the place in the locative ("Stambulda", "Türkiýede", "Marydaky") with the writer in the message: "men",
# "biz", a verb or a noun in the first person ("galdym", "işleýärin", "wizam"); an infinitive is a wish or a question
# ("Türkiýede işlemek isleýärin").
_LOCATIVE_TK = re.compile(r"(?:da|de|ta|te)(?:ky|ki)?$")
_WRITER_TK = re.compile(
    r"\b(?:men|biz|meni|menin|bizi|bizin)\b"
    r"|\b\w+(?:dym|dim|dum|tym|tim|tum|dyk|dik|yaryn|yarin|aryn|arin|eyin|yarys|yaris)\b"
    r"|\b(?!salam\b|islam\b)\w{3,}(?:am|em|ym|im|um)\b"
)
_MEN_TK = re.compile(r"\b(?:men|biz)\s+(?:hazir\s+|indi\s+|su\s+vagt\s+)?$")
_WISH_TK = re.compile(r"\b\w+(?:mak|mek)\b|\bbarmy\b|\bnadip\b.*\bgitmeli\b")
# The locative before a participle tells of someone or something else there ("Türkiýede ýaşaýan adama", "Dubaýda
# işleýän dostum"): the place is theirs, not the writer's
_ATTRIBUTE_TK = re.compile(r"\s+(?!men\b|biz\b)\w+(?:yan|yen|ýan|ýän|yän)\b")
_WORD_REST = re.compile(r"\w*")  # the rest of the word a place's name begins
_WRITER_HOME = re.compile(
    r"\b(?:i|i'?m|im|we|we'?re|home)\b"
    r"|\b(?:я|мы|меня|домой|дома)\b|вернул(?:ся|ась|ись)|приехал|нахожусь|живу"
    r"|\b(?:men|biz|oye|oyde|yurda|yurduma|vatana)\b|\w+(?:dym|dim|yaryn|yarin)\b"
)


def places_writer_in(text: str, said_as: re.Pattern[str] | None) -> bool:
    """The message says its writer is now in the place `said_as` names (a pack's names, bot.countries)."""
    return bool(places_named_as_writers(text, [said_as]))


def places_named_as_writers(text: str, places: Sequence[re.Pattern[str] | None]) -> list[int]:
    """Which of `places` (a pack's names each, bot.countries) the message says its writer is now in, by index: the
    text's readings are made once for them all."""
    # the text as typed too: folding spells English "we", "now", "work" with a v
    read = forms(text)
    found = [
        index
        for index, said_as in enumerate(places)
        if said_as is not None and any(_placed(form, m) for form in read for m in said_as.finditer(form))
    ]
    return found if found and not about_someone_else(text) else []


# A place's name alone, or with "in" or "в" and no verb ("in dubai", "в Казани", "Dubaýda", "v kazani seychas"):
# where the writer is, in a place's case that says so (English "in", the Russian prepositional, the Turkmen locative)
_PREPOSITION = re.compile(r"(?:in|at|в|во|на|v|vo|na)\s+")
_NOW_AFTER = (
    r"(?:[\s,.!]+(?:now|nov|currently|still|already|right now|сейчас|щас|теперь|уже|пока|seychas|sejchas|seycas|sejcas|teper|uzhe"
    r"|hazir|indi|su wagt|su vagt))*"
)
# The town after the country ("в турции город урфа", "in turkey, urfa city", "Türkiýede, Urfa şäherinde"): a word
# for a town before or after its name, so that "in turkey, work" is not read as a place
_TOWN = r"(?:город|городе|горде|г|city|town|saher\w*|sheher\w*|sehir\w*)"
_TOWN_AFTER = rf"(?:[\s,.!]+(?:(?:in|в|во)\s+)?(?:{_TOWN}(?:\s+of)?\s+\w+|\w+\s+{_TOWN}))?"
_ALONE_AFTER = re.compile(rf"{_NOW_AFTER}{_TOWN_AFTER}{_NOW_AFTER}[\s,.!]*")


def _placed(form: str, found: re.Match[str]) -> bool:
    """The words before the place `found` in `form`, and the place's own ending, put the writer there."""
    # a pack's name that holds its preposition ("in kazan"): the preposition is read as a word before the place
    start = found.start()
    held = _PREPOSITION.match(form, start)
    if held is not None and held.end() < found.end():
        start = held.end()
    rest = _WORD_REST.match(form, found.end())
    word = form[start : rest.end() if rest else found.end()]
    before = form[:start]
    if _ENGLISH.search(before) or _named_alone(before, word, form[rest.end() if rest else found.end() :]):
        return True
    if _RUSSIAN.search(before) and (
        _IN_PLACE_RU.search(word) or _EITHER_RU.search(word) and not _GOING_RU.search(form)
    ):
        return True
    after = form[rest.end() if rest else found.end() :]
    return bool(
        _LOCATIVE_TK.search(word)
        and (
            _MEN_TK.search(before)
            or not _ATTRIBUTE_TK.match(after)
            and _WRITER_TK.search(form)
            and not _WISH_TK.search(form)
        )
    )


# "häzir Stambulda", "сейчас в Казани", "now in dubai": a word for now before the place leaves it named alone
_NOW_BEFORE = re.compile(r"^\s*(?:now|currently|сейчас|щас|теперь|seychas|sejchas|teper|hazir|häzir|indi)\b")


def _named_alone(before: str, word: str, after: str) -> bool:
    """The message is the place alone, or with "in" or "в" before it and "now" after it, in a case that says one is
    there: "in dubai", "в Казани", "v kazani", "Kazanda" (not "в Казань" or "dubai", which may ask about it)."""
    if _ALONE_AFTER.fullmatch(after) is None:
        return False
    preposition = _NOW_BEFORE.sub("", before).strip()
    if preposition in ("in", "at"):
        return True
    if preposition in ("в", "во", "на", "v", "vo", "na"):
        return bool(_IN_PLACE_RU.search(word) or _EITHER_RU.search(word))
    return not preposition and bool(_LOCATIVE_TK.search(word))


# Back home without a place named: "öýe gaýdyp geldim", "вернулась на родину", "im back home". Only the writer's own
# return, done: not a wish or a question ("хочу вернуться домой", "how do I get back home").
_BACK_HOME = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:now |finally |already )?back home\b"
    r"|\b(?:i|we) (?:have |'ve )?(?:finally |already )?(?:came|come|got|returned|went) (?:back )?home\b"
    r"|\b(?:i|we) (?:have |'ve )?returned to turkmenistan\b"
    r"|\bвернул(?:ся|ась|ись) (?:уже )?(?:домой|на родину|в туркменистан)\b"
    r"|\b(?:приехал|приехала|приехали) (?:уже )?(?:домой|на родину)\b"
    r"|\b(?:oye|oyume|oyumize|yurda|yurduma|yurdumyza|watana|watanyma|vatana|vatanyma|turkmenistana) (?:yzyma |yzymyza )?"
    r"(?:gaydyp |dolanyp )?(?:geldim|geldik|gaytdym|gaytdyk|dolandym|dolandyk)\b"
)

# Back from a place, so no longer there: "i came back from turkey", "я вернулся из Турции", "men Türkiýeden gaýtdym"
# (folded). Not back from work, a shop or a hospital, which a person abroad comes back from too.
_EVERYDAY_EN = (
    r"(?:[wv]ork|job|shift|school|class|lunch|dinner|hospital|town|there|outside|shopping|(?:the |a )?(?:shop|store|market"
    r"|doctor|police|office|bank|mosque|walk|site|farm|factory|camp|hospital|city|street|airport|embassy|consulate))\b"
)
_EVERYDAY_RU = (
    r"(?:работ|смен|магазин|рынк|базар|школ|больниц|врач|полици|офис|банк|мечет|прогулк|стройк|завод|фабрик|города"
    r"|улиц|лагер|аэропорт|посольств|консульств)"
)
_EVERYDAY_TK = (
    r"(?:i[sş]|d[uü]kan|bazar|mekdep|keselhana|lukman|polisi[yý]a|polis|ofis|bank|metjit|gurlu[sş]yk|[zž]awod|fabrik"
    r"|[sş][aä]her|k[oö][cç]e|aeroport|il[cç]ihana|konsullyk)"
)
_BACK_FROM = re.compile(
    rf"\b(?:i|we) (?:have |'ve )?(?:just |finally |already )?(?:came|come|got|flew|went) back from (?!{_EVERYDAY_EN})"
    rf"|\b(?:i|we) (?:have |'ve )?(?:just |finally |already )?returned from (?!{_EVERYDAY_EN})"
    rf"|\b(?:i'?m|im|i am|we'?re|we are) (?:just |now |finally |already )?back from (?!{_EVERYDAY_EN})"
    rf"|\b(?:я |мы )?(?:уже |недавно |только что )?вернул(?:ся|ась|ись) (?:уже |недавно )?из (?!{_EVERYDAY_RU})"
    rf"|\b(?!{_EVERYDAY_TK}(?:dan|den|tan|ten)\b)\w+(?:dan|den|tan|ten) (?:(?:yzyma|yzymyza|oye|yurda) )?"
    r"(?:(?:gaydyp|dolanyp) (?:geldim|geldik)|gaytdym|gaytdyk|dolandym|dolandyk|(?:yzyma|yzymyza|oye|yurda) (?:geldim|geldik))\b"
)


def says_writer_came_back_from_abroad(text: str) -> bool:
    """The writer says they came back from a place ("i came back from turkey", "men türkiýeden gaýtdym"): a country
    it names is the one left, and they are home."""
    return not about_someone_else(text) and any(
        _BACK_FROM.search(form) for form in [*forms(text), *russian_from_latin(text.lower()).split("\n\n")]
    )


def says_writer_is_home(text: str) -> bool:
    """The message says its writer is now in Turkmenistan ("я вернулся домой в Мары", "I am back home in Mary",
    "öýe gaýdyp geldim")."""
    if about_someone_else(text):
        return False
    if any(_BACK_HOME.search(form) for form in [*forms(text), russian_from_latin(text.lower())]):
        return True
    if says_writer_came_back_from_abroad(text):
        return True
    return says_at_home(text) and any(_WRITER_HOME.search(form) for form in forms(text))


# Coming back, said in any way: "back", "returned", "вернулась", "приехал домой", "gaýdyp geldim", "dolandym"
_CAME_BACK = re.compile(
    r"\bback\b|\breturn\w*|\b(?:came|come|got) home\b|вернул\w*|возвра\w*|приехал\w* (?:домой|на родину)"
    r"|\b(?:gaydyp|dolanyp|gaytdym|gaytdyk|dolandym|dolandyk|geldim|geldik)\b"
)


def says_writer_came_back(text: str) -> bool:
    """The writer, at home, says they came back ("I am back home in Mary", "вернулась в Ашхабад"), not only where
    they live ("i live in lebap"), which someone who never left says too."""
    return says_writer_is_home(text) and any(
        _CAME_BACK.search(form) for form in [*forms(text), russian_from_latin(text.lower())]
    )


# A job or a move offered or planned: the country it names is where the job is, not where the writer is.
_PLAN = re.compile(
    r"\bпредлага\w*|\bприглаша\w*|\bзовут\b|\bваканси\w*|\bхоч\w* (?:поеха|уеха|работа|перееха)т\w*"
    r"|\bхот(?:ят|ел\w*) (?:поеха|уеха|работа|перееха)т\w*"
    r"|\bсобира\w* (?:поехать|уехать|ехать|лететь)|\bплан\w* (?:поехать|уехать)"
    r"|\boffer\w*|\binvit\w*|\bvacanc\w*|\bwant to (?:go|work|move|travel)\b|\bplan\w* to (?:go|work|move)\b"
    r"|\bteklip\w*|\bcagyr\w*|\bcakylyk\w*|\bwakansi\w*|\b(?:gitmek|islemek|barmak) isle\w*"
    # a sum promised ("20 müň dollar berjek diýýär", "обещают заплатить", "he'll pay 20000")
    r"|\bобеща\w*|\b(?:дадут|даст|заплатят|заплатит)\b|\bpromis\w*|\b(?:will|'ll|ll) (?:pay|give)\b"
    r"|\b(?:berjek|tolejek|hodurle)\w*"
    # the writer on the way, or about to go ("im 17, going to dubai", "еду в дубай", "dubaýa gitjek"): not there yet
    r"|(?:^|[,.!;]\s*|\b(?:i'?m|im|i am|we'?re|we are|i|we|am|will)\s+)(?:soon\s+)?(?:going|flying|moving|travell?ing"
    r"|heading|leaving|go|fly|move|travel)\s+(?:to|for)\b(?!\s+(?:die|be|kill|hurt|do|have|get|say|tell)\b)"
    r"|\b(?:еду|едем|поеду|поедем|уезжаю|уезжаем|уеду|лечу|летим|полечу|полетим|улетаю|вылетаю|переезжаю)\s+(?:\w+\s+)?"
    r"(?:в|во|на)\b"
    r"|\b(?:gitjek|gidyan|gidyarin|gidyaris|gitmekci|ucjak|ucyan|ugrayan|ugrayaryn|ugrajak)\w*"
)
# Someone or something else where the country is: a procedure ("операция в турции", "surgery in turkey",
# "türkiýede operasiýa"), someone living or working there ("a man living in turkey", "за мужчину, живущего в
# Турции", "Türkiýede ýaşaýan adam")
_ANOTHERS_PLACE = re.compile(
    r"\b(?:operation|surgery|operasi\w*|operatsi\w*|операци\w*)"
    r"|\b(?:man|men|guy|person|people|woman|women|groom|someone|husband)\s+(?:who (?:lives|works)|living|working"
    r"|based|from|in)\b"
    r"|\b(?:живущ|проживающ|работающ)\w*\s+(?:в|во|на)\b|\b(?:мужчин|парн|человек|жених)\w*\s+(?:из|в|во)\b"
)
# the same in Turkmen, a participle after the locative, when the writer is not in it ("men Türkiýede işleýän" is
# spoken Turkmen for "I work in Türkiye")
_ANOTHERS_PLACE_TK = re.compile(r"\w(?:da|de|ta|te)\s+\w+(?:yan|yen)\b")
_MEN_WORD = re.compile(r"\b(?:men|biz)\b")


# Something to be taken somewhere: "carry a bag to istanbul", "отвезти сумку в Стамбул", "Stambula posylka alyp git".
# The place is where it goes, not where the writer is (not the writer taken: "they took me to dubai").
_CARRY_EN = re.compile(
    r"\b(?:carry|carrying|take|taking|bring|bringing|deliver|delivering|transport|transporting|smuggle|smuggling"
    r"|send|sending|give|giving|pass|passing)\b(?! (?:me|us)\b)(?: (?!to\b)\S+){0,6} to (?!(?:me|us|him|her|them)\b)"
)
_CARRY_RU = re.compile(
    r"(?<!\w)(?:отвез|отвоз|перевез|перевоз|провез|провоз|довез|завез|увез|отнес|отправ|переда|достав|везти|везу|"
    r"вез[её]т|взять с собой)\w*"
)
_TO_PLACE_RU = re.compile(r"(?<!\w)(?:в|во|на) \w+(?<![еи])(?!\w)")
_CARRY_TK = re.compile(
    r"\balyp (?:git|gid|bar)\w*|\b(?:eltip|elt|akit|ugrat|iber)(?!m[ae](?:y|di|jek|jak|z)|[ae]nok)\w*"
)
_TAKEN_WRITER = re.compile(r"(?<!\w)(?:меня|нас|meni|bizi)(?!\w)")


def names_a_destination(text: str) -> bool:
    """The message tells of something to be taken to a place ("someone pays me to carry a bag to istanbul", "знакомый
    просит отвезти сумку в Стамбул", "Stambula posylka alyp git diýýär"): a country it names is where that goes."""
    read = [*forms(text), *russian_from_latin(text.lower()).split("\n\n")]
    if any(_TAKEN_WRITER.search(form) for form in read):
        return False
    return any(
        _CARRY_EN.search(form)
        or _CARRY_RU.search(form)
        and _TO_PLACE_RU.search(form)
        or _CARRY_TK.search(form)
        for form in read
    )


# A border to be crossed, planned or offered ("переведу через границу казахстана", "хочу перейти границу", "turkiye
# serhetden gizlin geçmek", "cross the border to turkey"): the country named is the one beyond it. Not a crossing
# done ("нас перевезли через границу", "serhetden geçdik", "we crossed"): then the person is there.
_BORDER = re.compile(r"границ\w*|\bborders?\b|\bserhe[dt]\w*|\bсерхе[дт]\w*")
_CROSSING = re.compile(
    r"(?<!\w)(?:перейти|переходить|перейду|перейд[её]м|пересечь|пересеку|перевести|переведу|перевед[её]м|переводим"
    r"|переводят|переправ(?:ить|лю|им|ят|ляем|ляют|иться)|провести|проведу|через)(?!\w)"
    r"|\b(?:cross|crossing|across|over|smuggle|smuggling)\b"
    r"|\bge[cç](?:mek|mage|mege|jek|meli|eris|erin|yar\w*|ip)\b|\bge[cç]ir(?:mek|jek|meli|yar\w*|erin|eris|ip)\b"
)
_CROSSED = re.compile(
    r"(?<!\w)(?:перешл|перешел|перешёл|пересекл|пересек|перевезл|перевез|перевел|перевёл|переправил|провел|провёл)\w*"
    r"|\b(?:crossed|took (?:me|us)|smuggled|brought (?:me|us))\b"
)


def names_a_crossing(text: str) -> bool:
    """The message tells of a border to be crossed ("переведу через границу казахстана ночью", "turkiye serhetden
    gizlin gecmek"): a country it names is where the crossing leads, not where the writer is."""
    read = [*forms(text), russian_from_latin(text.lower())]
    return any(_BORDER.search(form) and _CROSSING.search(form) and not _CROSSED.search(form) for form in read)


def names_a_plan_or_another(text: str) -> bool:
    """The message tells of a job offered or a move planned ("мне предлагают работу няней в Дубае"), of someone
    else ("сестре предлагают…") or of an offer's or someone's place (`names_an_offers_place`): a country it names is
    not where the writer is."""
    return about_someone_else(text) or names_an_offers_place(text)


def names_an_offers_place(text: str) -> bool:
    """The message tells of a job offered or a move planned, a sum promised, a procedure or someone living there
    ("turkiyede operasiya", "a man living in turkey"), something to be taken somewhere ("carry a bag to istanbul")
    or a border to be crossed: a country it names is theirs. Not a relative named, who may be beside the writer
    ("Moskwada dostum iskeleden ýykyldy")."""
    # Russian typed in Latin letters ("doch hochet poehat v dubai") is read in Cyrillic too
    read = [*forms(text), russian_from_latin(text.lower())]
    return (
        any(
            _PLAN.search(form)
            or _ANOTHERS_PLACE.search(form)
            or _ANOTHERS_PLACE_TK.search(form)
            and not _MEN_WORD.search(form)
            for form in read
        )
        or names_a_destination(text)
        or names_a_crossing(text)
    )


# A question asked with the place ("куда жаловаться тут в россии", "im in dubai where can i complain")
_ASKS = re.compile(
    r"\?|\b(?:куда|где|как|какой|какая|какие|что|кто|кому|сколько|можно|почему|зачем|ли)\b"
    r"|\b(?:what|where|how|who|whom|which|why|when)\b|\b(?:can|could|should|do) (?:i|we)\b"
    r"|\b(?:nire|nira|nireden|nahili|name|kim|kime|nace|hacan|nadip|haysy|barmy|bolarmy|mumkinmi)\b"
)


def asks_something(text: str) -> bool:
    """The message asks a question, besides whatever place it names."""
    return any(_ASKS.search(form) for form in forms(text))


# Arriving told, besides the place: "пересёк границу", "we crossed the border", "just arrived", "serhetden geçdik"
_ARRIVED = re.compile(
    r"(?<!\w)(?:пересек\w*|пересёк\w*|перешл\w*|перешел|перешёл|приехал\w*|доехал\w*|прилетел\w*|добрал\w*|въехал\w*)"
    r"|\b(?:crossed|arrived|landed|got here|made it)\b"
    r"|\b(?:gecdim|gecdik|geldim|geldik|bardym|bardyk|yetdim|yetdik|gondum|gonduk)\b"
)


def tells_of_arriving(text: str) -> bool:
    """The message tells that its writer got there: crossed the border, arrived, landed."""
    return any(_ARRIVED.search(form) for form in [*forms(text), russian_from_latin(text.lower())])
