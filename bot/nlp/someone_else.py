"""Whether a message of danger tells of someone else: a relative or friend ("my brother is locked in a flat in
Dubai", "моего сына держат взаперти", "gyzymy Dubaýda gulplap saklaýarlar"), and not of the writer too. The crisis
reply then speaks to the one who wrote: the danger is theirs to report, not theirs to be blamed for, and the number is
for the person in danger to dial.
After a relative or friend is named ("my friend went to turkey", "брат уехал в Казань"), the next lines speak of them
by a pronoun alone: "she cant leave the place", "он не выходит на связь", "их держат на складе", "оны гулплап
сакларлар". Those are someone else's danger too, unless the writer is in it ("he beats me"); so is a relative the
writer cannot reach ("муж в подмосковье, 3 недели нет связи"). Russian typed in Latin letters ("muzh", "brat") is
read in Cyrillic too."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, has_cyrillic, russian_from_latin

_RELATIVE = re.compile(
    r"\bmy (?:little |older |younger |elder )?(?:brother|sister|son|daughter|husband|wife|friend|cousin|mother|"
    r"father|mom|mum|dad|relative|niece|nephew|uncle|aunt|girlfriend|boyfriend|child|kids?|children)(?:'?s)?\b"
    r"|\b(?:мо[йяеюи]|моего|моему|моей|моих|нашего|нашу|наша|наш)\s+(?:младш\w+\s+|старш\w+\s+)?"
    r"(?:брат|сестр|сын|доч|муж|жен|друг|подруг|мам|пап|отц|отец|родствен|племянни|дяд|тёт|тет|ребён|ребен|дет)"
    # Russian drops "my" before one's own: "сестру продали", "брата держат" (the one done to), "дочке сказали", "у
    # сына забрали паспорт" (the one told, the one taken from)
    r"|\b(?:сестру|сестрёнку|сестренку|брата|братишку|дочь|дочку|сына|подругу|друга|племянницу|племянника)\b"
    r"|\b(?:сестре|сестрёнке|сестренке|сестры|брату|братишке|дочке|дочки|дочери|сыну|племяннице|племяннику)\b"
    r"|\b(?:dogan|jig|ogl|gyz|uya|yanyoldas|adam|ayal|dost|ejem|kakam|garyndas|yegen|agam|ekam)\w*"
    r"(?:ym|im|um|umy|ymy|imi|ma|me|mi|myz|imiz|ymyz|ymyn|imin|umun|myn|min|ymyzyn|imizin)\b"
    # Turkmen "my mother", "my father" as they are ("ejem", "kakam"), "my husband" ("ärim", folded "arim"), and
    # "your son" as a mother may write of her own to the bot ("ogluň", "gyzyň")
    r"|\b(?:ejem|kakam|agam|ekam|ejemi|kakamy|agamy|ejeme|kakama|agama|ejemin|kakamyn|agamyn)\b"
    r"|\bar(?:im|imi|ime|imin|imiz|imizi|imden|in|ini|iniz)\b"
    r"|\b(?:ogl|gyz|dogan|jig|ayal)(?:un|yn|in|unyz|ynyz|iniz)\b"
)
# The writer in danger too ("me and my brother are locked in", "мой муж бьёт меня", "my husband and i are in
# dubai", "мы с мужем", "ärim bilen men"): then it is their own crisis, whoever else it names. Only the writer as the
# object of what is done, or counted in with the other ("he wrote to me", "i dont know where he is" are not).
_WRITER = re.compile(
    r"\b(?:me|us|we are|we're)\b|\band i (?:are|were|both|live|work|stay|came|arrived|have been)\b"
    r"|\b(?:меня|нас)\b|\bмы с\b|\b(?:meni|bizi)\b|\bbilen men\b"
)
# A relative or friend named without "my" ("брат уехал в Казань", "my friend went to turkey", "dustum"): remembered
# for the conversation (handlers/crisis.py), so that a pronoun after it is taken for them.
_NAMED = re.compile(
    r"\b(?:brother|sister|son|daughter|husband|wife|friend|cousin|relative|niece|nephew|girlfriend|boyfriend)s?\b"
    r"|\b(?:брат|сестр|сын|доч|муж|друг|подруг|родствен|племянни)\w*|\b(?:жена|жены|жене|жену)\b"
    r"|\b(?:dust|dost|dogan|jigi|agam|agan|ejem|garyndas|yegen)\w*"
)
# Someone else done to: "they took her phone", "их держат", "ony gulplap saklarlar" (not "without her", "без неё",
# where she is the one who keeps the writer)
_THEM_DONE_TO = re.compile(
    r"\b(?:him|her|them|his|their)\b|\b(?:его|её|ее|их|ему|ей|им)\b|\b(?:ony|olary|onun|olaryn|olara)\b"
)
_WITH_THEM = re.compile(r"\b(?:without|with|for|from|by|to|near|beside) (?:him|her|them)\b")
# Someone else who does or is: "she cant leave", "он не выходит на связь", "ol gelenok"; only after they were named
_THEY = re.compile(r"\b(?:he|she|se|they)\b|\b(?:он|она|они)\b|\b(?:ol|olar)\b")
# The writer in it: as the one done to, or their own things ("they took my passport"), their home ("он знает где я
# живу", "he knows where i live", "nirede ýaşaýanymy bilýär"), or what they do that a threat hangs on ("если
# откажусь", "if i refuse", "boýun gaçsam")
_WRITER_TOO = re.compile(
    r"\b(?:my|our|mine|myself|i am|i'm|im)\b|\b(?:мне|нам|мой|моя|моё|мое|мои|мою|моего|моей|моих|наш\w*)\b"
    r"|\b(?:menin|mana|bizin|bize)\b"
    r"|\bwhere (?:i|we) (?:live|stay|sleep|work|am|are)\b|\bif (?:i|we)\b"
    r"|\bгде (?:я|мы) (?:живу|живём|живем|сплю|работаю|нахожусь)\b"
    r"|\bесли (?:я |мы )?(?:не )?(?:откажусь|откажемся|уйду|уйдём|уйдем|сбегу|сбежим|скажу|расскажу|пожалуюсь|заявлю"
    r"|пойду|вернусь|уеду|уволюсь)\b"
    r"|\bnirede (?:yasayanymy|yasayandygymy|isleyanimi|yasayanymyzy)\b|\b(?:oyumi|oyumizi)\b"
    r"|\b\w{2,}(?:sam|sem)\b"
)
# A relative named only as the one the writer's earnings are for ("pul gazanyp ejeme kömek etjek", "to help my mum
# with money", "заработать и помочь маме"): they are not the one at stake
_HELPED = re.compile(
    r"\b(?:help|support|feed|send money to|provide for)\s+(?:my|our)\s+(?:mum|mom|mother|father|dad|parents|family"
    r"|sisters?|brothers?|kids|children)\b"
    r"|\b(?:помо(?:чь|гать|гу|жем)|поддержать|кормить|отправ\w+ деньги|высла\w+ деньги)\s+(?:\w+\s+)?"
    r"(?:мам\w*|матери|пап\w*|отц\w*|родител\w*|семь\w*|брат\w*|сестр\w*|дет\w*)"
    r"|\b(?:мам\w*|матери|родител\w*|семь\w*)\s+(?:\w+\s+)?помо(?:чь|гать|гу|жем)"
    r"|\b(?:ejeme|kakama|ata-?eneme|masgalama|doganlaryma|agama|uyama|jigime)\s+(?:\w+\s+)?"
    r"(?:komek|kömek|pul iber|goldaw)\w*(?:\s+(?:etjek|etmek|ederin|edyan|etmekci)\w*)?"
)
_EARNING = re.compile(
    r"\b(?:money|earn\w*|salary|деньг\w*|денег|заработ\w*|зарплат\w*|pul\w*|gazan\w*|aylyk\w*)"
)
# The writer only told of it: "she writes me", "он мне написал", "maňa ýazdy"
_TOLD = re.compile(
    r"\b(?:[wv]rites?|[wv]rote|texts?|texted|tells?|told|asks?|asked|calls?|called|messaged|sent|says? to|said to) "
    r"(?:me|us)\b"
    r"|\b(?:мне|нам) (?:пиш|напис|сказ|говор|звон|позвон|сообщ)\w*|\b(?:пиш|напис|сказ|говор|звон|позвон|сообщ)\w* "
    r"(?:мне|нам)\b"
    r"|\b(?:mana|bize) (?:yaz|ayt|jan)\w*"
)


# A relative named in the message itself, without "my" ("муж в подмосковье", "brat v tyurme"), as a whole word: not
# "мужчина", "другой", "сыр" as _NAMED's beginnings would find
_NAMED_HERE = re.compile(
    r"\b(?:муж|мужа|мужу|мужем|брат|брата|брату|братом|братишка|сестра|сестры|сестре|сестрой|сестрёнка|сестренка|сын"
    r"|сына|сыну|сыном|дочь|дочка|дочки|дочке|дочери|жена|жены|жене|женой|подруга|подруги|подруге|друг(?! друг)"
    r"|племянник\w*|племянниц\w*)\b"
)
# They cannot be reached: "3 недели нет связи", "не выходит на связь", "ne otvechaet", "telefon vyklyuchen", "no
# contact for a week", "habar ýok". Said by the one waiting at home, not by someone held
_SILENT = re.compile(
    r"\bнет (?:с ним |с ней |с ними )?связи\b|\bсвязи (?:с ним |с ней |с ними )?(?:нет|никакой)\b|\bне (?:выход\w+ на связь|отвеча\w+|бер[её]т трубку|звонит|пишет)"
    r"|\bтелефон (?:у него |у неё |у нее )?(?:выключен|отключен|недоступен)|\bпропал\w*"
    r"|\bno (?:contact|news|answer|reply)\b|\b(?:not|doesn'?t|isn'?t|stopped) (?:answering|answer|picking up|replying)"
    r"|\b(?:hasn'?t|haven'?t|didn'?t|never) (?:answered|replied|called|written|picked up)"
    r"|\bphone is (?:off|switched off)\b|\bcan'?t reach (?:him|her|them)\b|\bwent silent\b|\bmissing\b"
    r"|\bhabar (?:yok|tutup bolanok|tutup bolmayar)|\bhabarsyz\b|\bjogap (?:beren|berme)\w*|\btelefony (?:ocuk|acylanok)"
    r"|\bjan (?:edenok|etmeyar|almayar)\w*|\byitdi\b|\byitirim\b"
)

# The writer as the one it happens to ("я одна, хозяин не отпускает", "i am alone"), besides not knowing what to do
_I = re.compile(r"\b(?:i|we|я|мы|men|biz)\b")
_NOT_KNOWING = re.compile(
    r"\b(?:i|я|men)\s+(?:(?:do not|don'?t|dont|не)\s+(?:know|знаю)|bilemok|bilmeyarin)\b|\bwhat (?:should |do |can )?(?:i|we) do\b"
)


def _forms(text: str) -> list[str]:
    """bot.nlp.textnorm.forms, and Russian typed in Latin letters read in Cyrillic ("muzh", "muj", "brat", "doch");
    without a relative named only as the one the writer's earnings help (_HELPED)."""
    read = forms(text)
    read = read if has_cyrillic(text) else [*read, *russian_from_latin(text.lower()).split("\n\n")]
    return [_HELPED.sub(" ", form) if _EARNING.search(form) else form for form in read]


def about_someone_else(text: str) -> bool:
    lowered = _forms(text)
    return any(_RELATIVE.search(t) for t in lowered) and not any(_WRITER.search(t) for t in lowered)


def names_someone_else(text: str) -> bool:
    """The message names a relative or friend, with "my" or without ("брат уехал в Казань")."""
    return any(_RELATIVE.search(t) or _NAMED.search(t) for t in _forms(text))


def about_them(text: str, named_before: bool) -> bool:
    """The danger is someone else's: a relative named in it, or someone spoken of by a pronoun, done to or (when a
    relative or friend was named in the conversation just before, `named_before`) doing, and the writer not in it."""
    if about_someone_else(text):
        return True
    if writer_in_it(text):
        return False
    read = [_WITH_THEM.sub(" ", _TOLD.sub(" ", _RELATIVE.sub(" ", form))) for form in _forms(text)]
    # "муж в подмосковье, 3 недели нет связи": someone the writer cannot reach, named now or just before
    named = named_before or any(_NAMED_HERE.search(form) for form in read)
    silent = named and any(
        _SILENT.search(form) and not _I.search(_NOT_KNOWING.sub(" ", form)) for form in read
    )
    return silent or any(_THEM_DONE_TO.search(form) or named_before and _THEY.search(form) for form in read)


def writer_in_it(text: str) -> bool:
    """The writer is in what the message tells, as the one done to or counted in ("meni urdular", "нас бьют", "they
    took my passport"): the danger is theirs too. Not when they only tell that they were told of it ("он мне
    написал") or name a relative ("my brother")."""
    read = [_WITH_THEM.sub(" ", _TOLD.sub(" ", _RELATIVE.sub(" ", form))) for form in _forms(text)]
    return any(_WRITER.search(form) or _WRITER_TOO.search(form) for form in read)


# Not heard from now (not "пропал паспорт", not "не отвечал", which is over): "не отвечает", "нет связи", "hasnt
# answered", "phone is off", "jogap berenok", "habar ýok", "telefony öçük"
_UNHEARD = re.compile(
    r"\bнет (?:с ним |с ней |с ними )?связи\b|\bсвязи (?:с ним |с ней |с ними )?(?:нет|никакой)\b"
    r"|\bне (?:выход(?:ит|ят) на связь|отвеча(?:ет|ют)|бер[её]т трубку|звонит|пишет)\b"
    r"|\bтелефон (?:у него |у неё |у нее )?(?:выключен|отключен|недоступен)"
    r"|\bno (?:contact|news|answer|reply|word)\b|\b(?:not|doesn'?t|isn'?t|stopped) (?:answering|answer|picking up|replying)"
    r"|\b(?:hasn'?t|haven'?t|has not|have not) (?:answered|replied|called|written|picked up)\b"
    r"|\bphone is (?:off|switched off|dead)\b|\bcan'?t reach (?:him|her|them)\b"
    r"|\bhabar (?:yok|tutup bolanok|tutup bolmayar)|\bjogap (?:berenok|bermeyar|bermeyarler)\b"
    r"|\btelefony (?:ocuk|acylanok|ocurilen)\b|\bjan (?:edenok|etmeyar|almayar)\b"
)
# For days or longer ("3 недели", "неделю", "for 3 weeks", "3 hepde", "birnäçe gün"): two hours is a shift
_DAYS = re.compile(
    r"\b(?:\d+|два|две|три|четыре|пять|шесть|семь|несколько|пару|много)\s+(?:дн[яей]|суток|недел\w*|месяц\w*)"
    r"|\b(?:неделю|недели|месяц|месяца|(?:второй|третий|четв[её]ртый|пятый) день)\b"
    r"|\b(?:\d+|a|one|two|three|four|five|six|seven|several|few|many)\s+(?:days?|weeks?|months?)\b"
    r"|\bfor (?:days|weeks|months)\b"
    r"|\b(?:\d+|bir|iki|uc|dort|bas|alty|yedi|birnace|kop)\s+(?:gun|hepde|ay)\w*|\bhepde\w*|\b(?:gunlap|aylap)\b"
)
# Explained away: "…но он часто так пропадает", "but the neighbours say he is fine"
_BUT = re.compile(r"\b(?:но|хотя|однако|but|though|although|yone|emma)\b")


def out_of_reach(text: str) -> bool:
    """A relative or friend named in the message has not been heard from for days ("муж в России 3 недели не
    отвечает", "ärim russiýada 3 hepde jogap berenok", "my husband in russia hasnt answered for 3 weeks"), told by
    the one waiting, who is not in danger beside them: danger, theirs, for the writer to report."""
    read = _forms(text)
    return (
        about_them(text, named_before=False)
        and any(_UNHEARD.search(form) and _DAYS.search(form) for form in read)
        and not any(_BUT.search(form) for form in read)
    )
