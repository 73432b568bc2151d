"""Requests the bot does not answer with a topic, whatever words they share with one (issue 19): asking for forged
papers ("where to get a fake registration"), buying or selling a registration, an invitation or a diploma, advertising
them, recruiting "girls for clubs", getting round an entry ban (or entering through a neighbouring country), papers
"through contacts", an employer keeping workers' passports so they cannot leave, fooling the migration office, the
police or customs, and tourist questions (tickets, hotels, sightseeing, a holiday visa). The requests of those who run
the trade (smugglers, recruiters, exploiters, sellers of places) are in bot.nlp.trade_requests. The matcher sees
"registration", "diploma", "club" or "return" and picks the topic that talks about them, at high confidence; these
patterns catch what the request asks for instead.

Each kind needs two things in one message, and none of the words of a person asking about their own situation
("is it fake?", "my boss gave me", "the agent pays the ticket", "stuck", "no money"): a person who was sold a fake
visa, or who forwards an ad to ask whether it is safe, still gets the topic. Patterns run on lower case with the
Turkmen letters without their marks (Turkmen Cyrillic read as Latin), so "Galp", "galp" and "галп" are one."""

from __future__ import annotations

import re
import unicodedata

from bot.nlp.ban_requests import asks_round_a_ban
from bot.nlp.crisis import detect_crisis
from bot.nlp.crossing_requests import asks_the_way_across
from bot.nlp.request_kinds import Request
from bot.nlp.requests_everyday import everyday_request, owns_the_case, without_wishes
from bot.nlp.requests_papers import advertises_papers, made_papers, names_a_fake_paper, stamp_said
from bot.nlp.textnorm import has_cyrillic, russian_from_latin, turkmen_cyrillic_to_latin
from bot.nlp.trade_requests import (
    exploits_workers,
    recruits,
    runs_the_trade,
    sells_places,
    signs_optional,
    smuggles,
)
from bot.nlp.travel_words import speaks_of_travel

_PLAIN = str.maketrans(
    {"ä": "a", "ç": "c", "ž": "z", "ň": "n", "ö": "o", "ş": "s", "ü": "u", "ý": "y", "ı": "y", "ё": "е"}
)


# A word only Russian has, read from Latin letters: the Cyrillic reading of Turkmen or English means nothing.
_RUSSIAN_WORD = re.compile(
    r"(?<!\w)(в|с|у|на|не|как|что|што|где|кто|мне|меня|надо|нужно|можно|есть|это|для|или|за|по|чтоб|чтобы|если|уже"
    r"|сколько|стоит|туда|обратно|почему|когда|пожалуйста|подскажите|помогите|очень|только|тоже|можете|хочу|через"
    r"|нужен|нужна|нужны|левый|левые|левую|левая|ночью|недорого|дешево)(?!\w)"
)


# A word only Turkmen has, read from Cyrillic letters: the Latin reading of Russian means nothing.
_TURKMEN_WORD = re.compile(
    r"(?<!\w)(we|hem|bilen|ucin|nadip|nahili|nace|name|nirede|nireden|haysy|gerek|barmy|bolarmy|bolyarmy|yok|men|biz"
    r"|siz|meni|bizi|mana|bize|diyip|diyyar|edip|etmeli|bolup|bolsa|yaly|sonra|galp|satyn|almak|almaly|isleyan"
    r"|isleyarin|nirde|serhet|serhetden|arzan)(?!\w)"
)


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# A person asking about their own case: any of these and the message is left to the matcher.
_OWN_CASE = _any(
    r"\b(is|was) (it|this|that|my)\b",
    r"\bturned out\b",
    r"(?<!dont )(?<!don't )(?<!not )\b(check|verify)\b (if|whether|it|this|that|my|the|a|an)\b|\breal or\b",
    r"\b(gave|sold|made|promised) (me|us)\b",
    r"\bmy (employer|boss|agent|agency|recruiter|company)\b",
    r"\b(scam|cheated|tricked|stuck|deport\w*|safe|trap|danger\w*|trafficking|no money|afraid|scared)\b",
    r"\b(job|work|working|salary|employer|permit to work)\b.*\?",
    r"\b(recogni[sz]e|tell if|spot|know if|how (do|can|to) i know|how to know|which ones?\b(?! (is|are) (cheap|better|best|nicer|closer|more)))\b|распозна|отличить|как понять",
    r"tanamaly|tanamak|tanap|bolup cykdy|galpmy|\bbolsa\b|bilmeli|maya goyum|invest|бирж|инвест|crypto|крипт|kripto",
    r"\b(fake|sham) marriage\b(?! cert)|фиктивн\w* брак|galp nika\b(?! sahadat)",
    r"\bя работаю|моя работа|заставля|принужд|mejbur",
    r"оказал|проверить|как провер|подлинн|это настоящ|настоящ\w* ли|мне (дали|продали|сделали|обещали)",
    r"предложил[аи]?\b|предлагают\b|\boffered (me|my|her|him|us|them)\b|что (мне|ему|ей|нам|им) будет|теперь говорят",
    r"\bмой (работодател|начальник|хозяин|агент)|\bмоя (фирма|компания)|агентств",
    r"обман|развод|развели|застрял|депорт|безопасн|ловушк|опасн|торговл\w* люд|денег нет|боюсь",
    r"\bbarla(mak|maly|p|n|magy)\b|\bgalpmy\b|hakykymy|(berdiler|satdylar|etdiler|wada berdiler)\b",
    r"\b(is beriji|isberij|basly|agent|agentlik|firma)\w*",
    r"aldad|aldaw|galdym|galdyk|yurtdan cykar|howp|duzak|adam sowdasy|pulum yok|gork(yar|yan|yaryn)\b",
    r"satyn al(dy|dym|dyk|dylar|nan|ypdym|ypdyk|ypdyr|ypdyrlar)\b|kanunymy|diy(ipdir|ipdirler|yarler|ipdiler)\b",
    r"\b(jay|oy|kwartira|emlak|tapu)\w* satyn al",  # a home bought for a residence permit is a lawful route
    r"goran(mak|maly|yp|magy|magyn)\b|\bprotect (myself|yourself|ourselves)\b|\bavoid\b|защитить|уберечь|не попасть",
    # what happened to the writer or a relative: "galp çakylyk bilen gitdim", "doganym tutuldy", "halas etmeli"
    r"\b(gitdim|geldim|girdim|isledim|dusdum|dusen|tutuldy|tutdular|sakladylar|halas|hakda)\b",
)

_FORGED = _any(
    r"\b(fake|forged?|counterfeit|false|bogus|not real|real looking)\b",
    r"without (studying|exams?|study)|no checks|someone else'?s passport|\bany document",
    r"липов|поддел|фальшив|фейков|ненастоя|не настоя|как настоящ|левую|левый документ|задним числом",
    r"без уч[её]бы|без [эе]кзамен|без провер|без очереди|по чужому паспорту|любой документ",
    r"\bgalp(y|ysy|lar|lary)?\b|okamazdan|synagsyz|barlagsyz|nobatsyz|basganyn pasport|hakyky yaly",
    r"\bback ?dated?\b|\b(don'?t|do not) want to (do|take|pass) the (real )?(tests?|exams?|checks?)\b",
    r"\b(certificate|spravka|sick note)\b.{0,60}\b(don'?t|do not) want to (go to|visit|see) (the |a )?(clinic|hospital"
    r"|doctor|polyclinic)\b",
    # a diploma without the schooling: "диплом медсестры, образования нет"
    r"диплом\w*.{0,80}(образования нет|без образования|не учил)|(образования нет|без образования|не учил\w*).{0,80}диплом",
    r"\b(diploma|degree)\b.{0,80}\b(no education|never studied|didn'?t study)\b",
    r"diplom\w*.{0,60}(okamadyk|okamadym|bilimim yok)",
    r"(cakylyk|spravka|diplom|mohur|wiza|pasport|registrasiya|ikamet|patent|kepilnama)\w*( hat\w*)?.{0,10}"
    r"(yasap ber|yasadyp|yasat(mak|maly|sam)\b)",
    # the one who makes stamps or papers ("möhür ýasaýan"; folded, "ýaşaýan ýer" is a home: only right after the paper)
    r"(mohur|diplom|spravka|pasport|wiza|sahadatnama)\w* yasa(yan|yar)\b",
    r"islendik resminama",
    # a stamp for a crossing that never happened
    r"штамп\w*.{0,30}(без выезда|без въезда|что я (выехал|въехал|уехал)|будто)",
    r"\bstamp\w*.{0,30}\b(without (me )?(leaving|entering|going)|that i (left|entered)|as if i (left|entered))\b",
    r"(cykmazdan|girmezden)\w*.{0,30}mohur|mohur\w*.{0,30}(cykmazdan|girmezden)",
    r"\b(buy|purchase)\b.{0,20}\bpassport|купить.{0,20}паспорт|куплю.{0,20}паспорт|pass?port\w* satyn al",
    r"(diplom|attestat|sahadatnama|spravka|sertifikat)\w*.{0,25}satyn al|satyn al\w*.{0,25}(diplom|attestat)",
    # a bought invitation, registration or permit (Turkmen): papers only an authority issues
    r"(cakylyk|priglasen|registrasiya|registratsiya|propiska|ikamet|patent|rugsatnama)\w*.{0,25}satyn al|"
    r"satyn al\w*.{0,25}(cakylyk|priglasen|registrasiya|registratsiya|propiska|ikamet|patent|rugsatnama)",
    r"\bbribe|взятк|\bpara (ber|bermeli|haky)",
)
# Buying or selling papers that are only real when earned or lived: a registration at an address one does not live
# at, an invitation, a diploma, a certificate, a licence. A patent, a visa or a work permit is left out: people say
# "buy a patent" for paying its fee, and a question about a visa someone sells is the person's own case. Nor when the
# message tells what someone says or offers, or asks whether it is legal or real: the topics answer that.
_BOUGHT_PAPERS = _any(
    r"(купить?|куплю|покупаю|покупка|продам|продаю|продаж\w*|кто прода\w*|сделаю|сделаем|делаю|делаем|оформлю|оформим)"
    r"\b.{0,30}(регистрац|прописк|приглашени|диплом|аттестат"
    r"|справк|права\b|водительск|корочк|сертификат)",
    r"(регистрац|прописк|приглашени|диплом|аттестат|справк|права\b|водительск|корочк|сертификат)\w*.{0,30}"
    r"\b(купить?|куплю|покупаю|продам|продаю|на продажу)\b",
    r"фиктивн\w* (регистрац|прописк|приглашени|справк)|без (проживания|заселения|хозяина|собственника)|не проживая",
    r"\b(sell|sells|selling|for sale)\b.{0,30}\b(ikamet|residence (cards?|permits?))\b|\b(make|write) me (a |an )?"
    r"(spravka|sick note|diploma|stamp)\b",
    r"(\b(buy|buying|purchase|sell|selling|for sale|who sells)|(^|[.,!;:] *)(i|we) (make|do|arrange))\b.{0,30}"
    r"\b(registration|propiska|invitations?|diplomas?|degree"
    r"|certificates?|licen[cs]es?)\b",
    r"\b(fictitious|fictive|fake address) (registration|propiska|invitation)|\bwithout (living|staying) there\b",
    r"(registrasiya|propiska|cakylyk|diplom|attestat|spravka|sahadatnama|sertifikat|prawa)\w*.{0,25}(satyn al(mak|ayyn|"
    r"aryn|jak|maly|sam)\b|satyaryn|satyarys|satlyk)|(satyn al(mak|ayyn|aryn|jak|maly|sam)\b|satyaryn|satyarys).{0,25}"
    r"(registrasiya|propiska|cakylyk)",
    r"galp (registrasiya|propiska|cakylyk)|yasamazdan|yasaman (registrasiya|propiska)",
    # a diploma is earned, never "made": "где сделать диплом", "where can I make a diploma", "diplom ýasatmak"
    r"(где|кто)\b.{0,15}(сделать|сделает|делает)\b.{0,20}(диплом|аттестат|корочк)",
    r"\bwhere (can i|to|do i|could i) (make|get made)\b.{0,20}\b(diploma|degree)",
    r"(diplom|attestat)\w* (yasat|yasad|edip ber|duzup ber)",
)
_ABOUT_AN_OFFER = _any(
    r"законн|легальн|настоящ|правда|нормально|опасно|риск|штраф|говорит|сказал|предлага|обеща|что будет|поймают|что такое|наказ|ответственност",
    r"\b(legal\w*|real|legit|normal|risk\w*|fine|safe|true|allowed|says|said|offer\w*|promis\w*|what happens|caught|what is|what's|punish\w*|penalt\w*)\b",
    r"kanun|hakyky|dogry|howp|jerime|diy(yar|di|ip)\b|\bteklip|\bwada\b|tutsalar|name bolar|jeza|name diymek",
)
# Papers got "through contacts": a passport, a visa, a patent or a residence permit from someone inside, or without
# the queue; asked for or offered. Telling what someone offers ("a man says he has a friend in the consulate") or
# asking whether it is safe is the person's own case: the passport and country topics answer it (_ABOUT_AN_OFFER).
_VIA_CONTACTS = _any(
    r"через (знакомых|знакомого|связи|своих людей|своего человека|блат)|по блату|(свой|своего|нужного) человека? в "
    r"(консульств|посольств|миграц)|без очереди",
    r"\bthrough (my |your |his |some )?(contacts?|connections|someone (in|at) the|a friend (in|at) the|people (in|at)"
    r" the)\b|\b(a|some|your) (man|guy|person|contact|friend) (in|at|inside) the (consulate|embassy|migration)"
    r"|\bwithout (the |a )?queue\b|\bskip (the |a )?queue\b",
    r"tanys(lar|ym|yn)?\w* (arkaly|usti bilen)|nobatsyz",
)
_CONTACT_PAPERS = _any(
    r"паспорт|виз[аыуе]|патент|икамет|разрешени\w* на работу|грин.?карт|квот",
    r"\b(passports?|visas?|patents?|ikamet|residence permits?|work permits?|green cards?|quota)\b",
    r"pasport|wiza|patent|ikamet|rugsat|green kart|kwota",
)
_CONTACT_ASKS = _any(
    r"кто (может|сможет|сделает|продлит|поможет|оформит|поменяет)|где (найти|взять)|нужен (человек|кто)|\bищу\b|"
    r"сделаю|сделаем|оформлю|оформим|помогу|продлю|поменяю|пишите",
    r"\bwho can\b|\bwhere (can i|to|do i) (find|get)\b|\bi need (someone|a man|a person|a guy|a contact)\b"
    r"|\blooking for\b|\b(i|we) (can )?(arrange|make|do|extend|renew|get you)\b|\bdm me\b|\bwrite me\b",
    r"\bkim\b|edip ber(yan|er|eyin|yaris)|uzaldyp ber|gerek|yazyn|bilyan barmy",
)

# An employer asking how to hold workers: keep their passports, stop them leaving. A worker telling what the boss
# does ("the boss keeps our passports") says so without asking how (and is stopped by _OWN_CASE when it names "my
# boss"): the topics answer that.
_HOLDS_WORKERS = _any(
    r"(забрать|забирать|отобрать|отбирать|держать|придержать|хранить|не отдавать|не возвращать|спрятать)\w*.{0,25}"
    r"(паспорт|документ)\w*.{0,15}\b(у )?(работник|рабоч|сотрудник|работниц|домработниц|нян|батрак|гастарбайтер)",
    r"(работник|рабоч|сотрудник|работниц|домработниц|нян|батрак|гастарбайтер)\w*.{0,40}чтобы (он |она |они )?не "
    r"(сбеж|ушл|ушел|ушёл|уех|уволил|убеж)",
    r"\b(take|keep|hold|confiscate|hide|lock up|hang on to)\b.{0,20}\b(my |the |our |his |her )?(workers?|employees?"
    r"|staff|maids?|nann(y|ies)|labou?rers?|helpers?)('s|s')? (passports?|documents|papers|ids?)\b",
    r"\b(workers?|employees?|staff|maids?|nann(y|ies)|labou?rers?|helpers?)\b.{0,30}\bso (that )?(they|he|she) "
    r"(can'?t|cannot|doesn'?t|don'?t|won'?t) (leave|run|escape|quit|go)\b",
    r"(isci|isgar|hyzmatkar|enaga)\w*.{0,30}(pasport|resminama)\w*.{0,30}(alyp|almak|almaly|saklamak|saklamaly|"
    r"saklap|bermezlik|bermeli dal)",
    r"(isci|isgar|hyzmatkar|enaga)\w*.{0,40}(gacmaz ya|gitmez ya|gacmaz yaly|gitmez yaly|gacmasyn|gitmesin)",
)
_ASKS_HOW = _any(
    r"\bкак\b|можно ли|стоит ли|имею ли|лучше ли",
    r"\bhow (to|can|do|should)\b|\bcan i\b|\bshould i\b|\bis it ok\b|\bbest way\b",
    r"nadip|nahili|bolarmy|gowumy|name etmeli",
)

# Fooling an authority: the migration office, the police, the border guards, customs. Asked before a person's own
# case is looked for, because "обмануть" (to fool) is also "обман" (I was cheated): only the verb with the authority
# as its object counts.
_FOOLS_AN_AUTHORITY = _any(
    r"(обмануть|обхитрить|надурить|обвести)\w* (миграционн|миграци|полици|пограничник|таможн|инспектор|проверк)",
    r"\b(fool|cheat|trick|deceive|outsmart)\w* (the )?(migration|police|cops|border guards?|customs|inspectors?"
    r"|checks?)\b",
    r"(migrasiya|polis|serhetci|gumruk)\w* (nadip )?aldap|(migrasiya|polis|serhetci|gumruk)\w*.{0,15}aldamak",
)
# Taking money or goods past customs undeclared; "how much cash can I carry home" is the money-transfers topic.
_UNDECLARED = _any(
    r"без декларац|мимо таможн|(спрятать|скрыть|утаить)\w* от (таможн|пограничн)",
    r"\bwithout declaring\b|\bundeclared\b|\b(hide|hiding)\b.{0,20}\bfrom (the )?(customs|border)",
    r"deklarasiyasyz|yglan etmezden|gumruk\w*.{0,20}(gizl|yasyr)",
)
_CARRIES = _any(
    r"как (перевезти|провезти|пронести|вывезти|ввезти|передать)|(перевезти|провезти|вывезти|ввезти)\w*.{0,30}как",
    r"\bhow (to|can i|do i|could i|can we) (carry|bring|take|get|move|smuggle|transport)\b",
    r"nadip (gecir|akit|alyp gec|getir)|(gecir|akit|getir)\w*.{0,15}nadip|nadip gizlap",
)

# Papers drawn or edited for someone: "нарисуйте визу", "photoshop a stamp".
_DRAWN = _any(
    r"нарис[уо]\w*.{0,30}(виз|паспорт|справк|диплом|штамп|печат|документ|регистрац|приглашени)|фотошоп|photoshop",
    r"\bdraw (me )?(a |an )?\w*.{0,15}\b(visa|passport|stamp|certificate|diploma|document|statement)",
    r"(wiza|pasport|spravka|mohur|diplom|resminama)\w*.{0,25}(cyzyp ber|cekip ber|fotosop)",
)
# A ticket someone else pays is the first sign of a trap: a tourist question never has it.
_PAID_TICKET = _any(
    r"\b(free|paid|pays|pay for)\b.{0,20}\b(ticket|flight)",
    r"бесплатн\w* билет|билет\w* (оплат|бесплатн)|оплат\w* (билет|перел)",
    r"mugt bilet|bilet\w* (tole|mugt)|tolen\w* bilet",
)
_ASKS_OR_OFFERS = _any(
    r"\b(where|who|how)\b.{0,25}\b(buy|get|make|do|does|print|forge|sell|pass)|\bhow (to|do i|can i) fake\b",
    r"\b(make|print|sell|forge|fix|do|put) (me|a|an|my|any)\b",
    r"\bcan (you|someone)\b|\bi (can )?(make|need|want)\b|\bwe (make|do|sell)\b|\bbuy\b|\bsell\w*\b|\bneed\b",
    r"\b(write|dm|pm)\b",
    r"где|кто|сделай|сделаю|сделаем|делаем|продай|продам|продаю|продаж|купить|куплю|можете|нужен|нужна|нужно|"
    r"напечата|поставить|пиши|как (подделать|сделать|пройти|получить|взять|оформить)",
    r"\bnirede|\bnireden|\bkim\b|edip ber|edip bil|basyp ber|basyp bil|satyn al|satyp|satyn|satyar|satys|"
    r"gerek|yazyn|nadip|edyar|edyaris|yasap ber|duzup|bilersinizmi|bermeli|\bnace|tanys arkaly|\byasama(k|ly)\b|"
    r"\byasat(mak|maly|sam|jak|yp)\b",
)

_TRAVEL = _any(
    r"\b(tickets?|flights?|airlines?|hotel|hostel|apartment|tour|excursion|sightseeing|baggage|luggage|beach"
    r"|mall|shopping|sim card|taxi|bus|exchange rate|currency|what to see|holiday|tourist|allowance|resorts?"
    r"|beaches|tours|honeymoon|suitcases?|\d+ ?kg|lost (?:my |our )?(?:bags?|luggage|suitcases?))\b",
    r"самол[её]т|чемодан|\d+ ?кг\b|билет|рейс|авиакомпан|отел|гостиниц|хостел|квартир|экскурси|что посмотреть|багаж|шопинг|торгов\w* центр|"
    r"курс (рубля|доллара|лиры|валют)|валют|сим.?карт|такси|автобус|отдых|туристу|для туриста|туристом|курорт|"
    r"пляж|медовы\w* месяц",
    r"\bbilet|ucar|awiakompaniya|myhmanhana|kwartira|ekskursiya|name gormeli|\bgos\b|sowda merkezi|walyuta|"
    r"(dollar|rubl|lira|manat)\w* kurs|kurs\w* nace|"
    r"sim kart|taksi|awtobus|dync alys|syyahatcy|haysy pul|pul birligi|\bturist\b|\bturist (bolup|wiza)",
    r"\bsyyahat\b|\bsyyahat(a|da|yna|y)\b|plyaz|plaj|deniz kenar|kurort",
    r"\b(balloon|sights|worth (it|visiting|a visit|seeing))\b|достопримечательн|воздушн\w* шар|gormeli yer|gezelenc|howa sar",
)
_TRAVEL_PLAN = _any(
    r"\b(how much|price|prices|cheap\w*|cost|costs|book|best|return flights?|one way|what to see|today|when does"
    r"|how many hours|how long|what currency|allowance|\d+ ?kg|lost (?:my |our )?(?:bags?|luggage|suitcases?))\b",
    r"можно (?:ли )?(?:\w+ ){0,3}провезти|сколько|цен|дешев|дешёв|недорог|забронир|лучш|туда и обратно|в одну сторону|на отдых|туристу|какая|какой|"
    r"когда|есть ли",
    r"haysy pul|pul birligi|\bnace|bahasy|arzan|bron|in gowy|gidis-gelis|gidis gelis|bir tarapa|dync|syyahatcy|haysy|barmy|nirede",
    r"\bhepdelik|\bgunluk",
    r"\b(refund\w*|cancel\w*)\b|отмен|возврат|вернуть (деньги|билет)|yzyna gaytar|yatyryl",
)
_TRAVEL_TROUBLE = _any(
    r"\b(work|job|jobs|employ\w*|boss|agency|agent|salary|go back home|get home|return home|deport\w*|stuck|help"
    r"|deduct\w*|my pay|recruit\w*|debt|loan|rights|send\w*|home|passport|embassy|consul\w*|contract|numbers"
    # someone else's bag or parcel: carrying it is the parcels topic, not a tourist's luggage question
    r"|parcels?|packages?|someone|somebody|stranger\w*|for (?:a|his|her|their) \w+|pays? me|paid me|for money)\b",
    r"посылк|свёрт|сверт|чуж|за деньги|платят|заплат|просит|попросил|передать|для (?:его|её|ее|их|друга|знакомого)",
    r"прав[аоу]|вербов|долг|занял|потерял|консул|посольств|паспорт|перевод|договор|контракт|домой|должн?[аы]?\b",
    r"pul gecir|pul iber|bergi|karz|yitir|konsul|ilcihana|pasport|rugsat|sertnama|oye gel|hunar",
    r"\bis (hem|ber|yer|gozle|teklib|tap)|\bise\b|\bisi\b|\bisl|\bis[,.!?;]|\bis$|\bis(ci|cy)\w*|okuw|okamak|yatakhana",
    r"работ|агент|работодател|начальник|хозяин|зарплат|вернуться домой|уехать домой|застрял|депорт|помогите",
    r"agent|baslyk|ayly|oye gayt|yzyma|galdym|yurtdan cykar|komek|pulum az|pulum yetenok",
    r"gutar|mohlet|jerime|gadagan|polis|ikamet|patent|registrasiya|taksi\w* sur|taksist|suruji",
    r"\b(fine|fines|fined|overstay\w*|expired?|is over|ran out|run out|extend\w*|penalt\w*)\b",
    r"штраф|просроч|закончил|истек|истёк|кончил|продл|что (мне )?делать|\bwhat (do|should|can) i do\b",
    # told by someone what to do, and asking whether it is normal: "they told me to buy the ticket myself"
    r"мне сказали|сказали (мне|что)|велел|\b(they|he|she) told me\b|\btold me to\b|diydiler|diyipdiler|aytdylar|"
    r"это нормально|нормально ли|\bis (it|this|that) normal\b|kadalymy|kadaly zatmy",
    r"pulum (galmady|yok|gutardy)|\boye\b|name etmeli|\bishl|\bish\b|shtraf",
    # shut in, or kept from leaving: never a trip, whatever else the message names ("квартира", "когда")
    r"выйти|выпуска|закрыва|заперт|не отпуска|\b(locked|lock me|can'?t leave|cannot leave|not allowed to leave)\b"
    r"|\blet me (go|out)\b|goyberme|cykmaga (goy|rugsat)|gulple|gabap|cykyp bilem",
)

_CHANGE_IT = (
    r"(uytgetmek|uytgetmeli|uytgedip (ber|bil|bol)\w*|uytgetsem|duzetmek|duzetmeli|duzedip (ber|bil|bol)\w*|calysmak"
    r"|calysmaly|calsyp (ber|bil|bol)\w*)\b"
)
# A date changed on real papers: "pasportdaky möhleti üýtgetmek", "поменять дату в визе", "edit the expiry date on my
# passport". Renewing or extending ("uzaltmak", "продлить", "renew") is the person's own lawful question and is not this.
_ALTERED = _any(
    r"(pasport|wiza|ikamet|mohur|registrasiya|rugsat)\w*.{0,30}(mohlet|sene)\w*.{0,20}" + _CHANGE_IT,
    r"(mohlet|sene)\w*.{0,20}" + _CHANGE_IT + r".{0,30}(pasport|wiza|ikamet|mohur|rugsat)",
    r"galp\w* (edip|yasap)\w*.{0,30}(uzaltmak|uzaltmaly|uzaldyp (ber|bil|bol)|uytgetmek|uytgetmeli)\b",
    r"(исправить|поменять|изменить|переправить|подправить|перебить)\b.{0,25}\b(дату|даты|дата|срок|сроки|срока)\b"
    r".{0,25}(паспорт|виз|штамп|внж|регистрац|разрешени)",
    r"\b(change|edit|alter|fix|modify|fake)\b.{0,25}\b(date|dates|expiry|expiration)\b.{0,25}\b(passport|visa|stamp"
    r"|permit|ikamet)\b",
)

# Asking how to cheat people out of their money or to launder it, for oneself: "how to scam people online",
# "как развести людей на деньги", "adamlary nädip aldamaly", "pul ýuwmagyň ýoly". A person forced to do it in a scam
# centre, or asking how not to be cheated, how scammers work or how to get money back, gets the topics.
_DEFRAUDS = _any(
    r"\b(how (to|can i|do i|could i|can we|do we|should i)|teach me( how)? to|i want to|ways? to|best way to"
    r"|course on how to)\s+(\w+\s+)?(scam|defraud|swindle|launder|fleece)\b",
    r"\b(scam|defraud|swindle|con|cheat|trick|fleece)\b (people|someone|tourists|old people|pensioners|investors"
    r"|clients|customers|men|women|girls)\b.{0,30}\b(online|money|cash|crypto|fast|easy|for money|how)\b",
    r"(как|научи\w*|схем\w*|способ\w*|хочу|курс\w*|помогите)\b.{0,30}\b(развести|разводить|обмануть|обманывать"
    r"|кинуть|кидать|отмыть|отмывать|обналичить|облапошить)\b",
    r"\b(развести|обмануть|кинуть) (людей|человека|лохов|клиентов|туристов|пенсионер\w*)\b",
    r"(nadip|nahili|yoly|yollary|usul\w*|owret|kurs\w*|sapak|isleyarin|isleyan|gerek)\b.{0,40}"
    r"\b(aldamak|aldamaly|aldap pul|aldasam|aldamagy|aldamagyn|aldamagyn yoly|pul yuwmak|pul yuwmaly|pul yuwmagy"
    r"|pul yuwmagyn)\b",
    r"\b(adam|adamlary|musderi\w*|garry\w*|halky|turist\w*)\b.{0,20}\b(aldamak|aldamaly|aldap pul (almak|gazanmak)|"
    r"aldamagyn)\b",
    r"\b(pul yuwmak|pul yuwmaly|pul yuwmagyn)\b",
    r"aldaw\w*.{0,15}\b(nadip|nahili)\b.{0,10}\b(etmeli|etmek|gurnamaly|gurnamak)\b|\b(nadip|nahili)\b.{0,20}aldaw\w* "
    r"(etmeli|etmek|gurnamaly|gurnamak)\b",
)
_NOT_FRAUD = _any(
    r"\b(not|avoid|protect\w*|victim|forced?|(make|made|makes) (me|us|them)|(am|are|were|is|was|get|got) made to"
    r"|they make|recogni[sz]e|spot|report|get (it|my money|money) back|recover|escape|get out|is it|was it|what is"
    r"|what's|how do (they|scammers)|scripts?|quota|boss\w*|beat|says?|said|told|they|he|she|my (son|daughter|brother"
    r"|sister|cousin|friend))\b",
    r"\bне\b|себя|заставля|принужд|вернуть|распозна|что такое|жертв|меня обман|нас обман|как (они|мошенники)|скрипт"
    r"|дают|план|бьют|начальник|говор|сказал|пишет|велят|\bсын\w*|\bдоч\w*|\bбрат\w*|\bсестр\w*",
    r"mejbur|\bdal\b|goran|gaytar|tanamaly|tanap|name diymek|nadip aldayar|pidasy|meni|bizi|yazgy|meyilnama|jeza"
    r"|ury|beryarler|etdiryarler|edyarler|baslyk|diy(yar|di|ip|ipdir|yarler)\b|ayd(yar|ypdyr|y)\b|aytdy|yazyar"
    r"|\b(ogl|gyz|dogan|uya|jig|yegen|dost)\w*(um|ym|im|umy|ymy|ima)\b",
)


def request_kind(text: str) -> Request | None:
    """The kind of request the bot does not answer with a topic, or None (then the matcher decides)."""
    original = text
    folded = _reading(text)
    if asks_round_a_ban(folded):
        return Request.BAN_EVASION
    if _FOOLS_AN_AUTHORITY.search(folded) and _ASKS_HOW.search(folded):
        return Request.EVASION
    if _DEFRAUDS.search(folded) and not _NOT_FRAUD.search(folded):
        return Request.FRAUD
    trade = runs_the_trade(folded)
    if trade is not None:
        return trade
    if exploits_workers(folded):
        return Request.EXPLOITER
    # everyday life, unless it tells of trouble or names a visa, a border, a ticket: then it is the topics' to answer
    everyday = everyday_request(folded) and not speaks_of_travel(original)
    if everyday and not _TRAVEL_TROUBLE.search(without_wishes(folded)) and detect_crisis(original) is None:
        return Request.EVERYDAY
    if _OWN_CASE.search(folded):
        return None
    if (
        made_papers(folded)
        and _ASKS_OR_OFFERS.search(folded)
        and not _ABOUT_AN_OFFER.search(stamp_said(folded))
    ):
        return Request.FORGERY
    if _ALTERED.search(folded):
        return Request.FORGERY
    advert = advertises_papers(folded) and not recruits(folded)
    if (names_a_fake_paper(folded) or advert) and not _ABOUT_AN_OFFER.search(folded):
        return Request.FORGERY
    if _FORGED.search(folded) and _ASKS_OR_OFFERS.search(folded):
        return Request.FORGERY
    if (
        _VIA_CONTACTS.search(folded)
        and _CONTACT_PAPERS.search(folded)
        and _CONTACT_ASKS.search(folded)
        and not _ABOUT_AN_OFFER.search(folded)
    ):
        return Request.FORGERY
    if _HOLDS_WORKERS.search(folded) and _ASKS_HOW.search(folded):
        return Request.EXPLOITER
    if _UNDECLARED.search(folded) and _CARRIES.search(folded):
        return Request.EVASION
    if (_BOUGHT_PAPERS.search(folded) or _DRAWN.search(folded)) and not _ABOUT_AN_OFFER.search(folded):
        return Request.FORGERY
    if smuggles(folded):
        return Request.SMUGGLER
    if asks_the_way_across(folded):
        return Request.CROSSING
    if sells_places(folded):
        return Request.FRAUD
    if recruits(folded):
        return Request.RECRUITER
    travel = _TRAVEL.search(folded) and _TRAVEL_PLAN.search(folded)
    if travel and not _TRAVEL_TROUBLE.search(folded) and not _PAID_TICKET.search(folded):
        # A person in danger names flats, stations and shopping centres too: whatever else it says, danger is never
        # a tourist question (the bot asks the crisis detector first; this keeps its misses from the off-topic reply)
        return Request.TOURIST if detect_crisis(original) is None else None
    return None


# A person stranded with nothing: "stuck", "no money", "only 3000 rubles left", "nowhere to sleep", "pulum galmady".
# Not the everyday "what do I do" (a slow phone), nor "help me" (homework): those stay off-topic.
_TROUBLE = _any(
    r"\b(i'?m|i am|we'?re|we are|got) (stuck|stranded)\b|\bstuck (in|at) (the )?(airport|border|station)\b",
    r"\b(no money|nowhere to (sleep|stay|go)|\d+ (rubles|roubles|dollars|lira|manat|euros?|tenge) left)\b",
    r"застрял|денег нет|нет денег|без денег|негде (жить|спать|ночевать)|осталось \d+|\d+ (рубл|доллар|лир|манат)\w* остал",
    r"(pulsuz|kocede|aeroportda|yolda|serhetde) galdy(m|k)\b|pulum (yok|galmady|gutardy)|yatara yer yok",
)


def tells_of_own_case(text: str) -> bool:
    """The message tells of the writer's own fear or boss: a case of theirs, not everyday life."""
    return owns_the_case(_reading(text))


def tells_of_trouble(text: str) -> bool:
    """The message tells of a problem of the writer's own, whatever else it sounds like."""
    reading = _reading(text)
    if has_cyrillic(text) and not _looks_turkmen_cyrillic(text):
        # Turkmen typed in Cyrillic without its own letters ("пулум ёк") reads as Russian too: it is read both ways
        reading += "\n" + turkmen_cyrillic_to_latin(text.lower()).translate(_PLAIN)
    return bool(_TROUBLE.search(reading))


def _reading(text: str) -> str:
    """The text as the patterns read it: lower case, folded to plain letters, Turkmen typed in Cyrillic in Latin.
    Russian typed in Latin letters ("kto delaet registraciyu", "zastryal") is also read in Cyrillic, on a line of
    its own: no pattern spans the two readings, but each part of a request may be found in either."""
    text = turkmen_cyrillic_to_latin(text) if _looks_turkmen_cyrillic(text) else text
    lower = unicodedata.normalize("NFKC", text).lower()
    folded = lower.translate(_PLAIN)
    if has_cyrillic(lower):
        # Turkmen typed in Cyrillic without its own letters ("Стамбулда хайсы отел арзан") is read in Latin too
        turkmen = turkmen_cyrillic_to_latin(lower).translate(_PLAIN)
        return folded + "\n" + turkmen if _TURKMEN_WORD.search(turkmen) else folded
    russian = russian_from_latin(lower).translate(_PLAIN)
    return folded + "\n" + russian if _RUSSIAN_WORD.search(russian) else folded


def _looks_turkmen_cyrillic(text: str) -> bool:
    return any(letter in text for letter in "әөүңҗ")
