"""Requests from those who would run the trade rather than fall into it (issue 19): taking other people across a
border, for money or as a business; recruiting young women for clubs, salons or marriages; holding one's own workers
by their passports, pay or debts; selling job quotas or places. bot.nlp.requests asks these after a person's own case
has had its say, except for the few things only the one running it says ("how do I avoid the border guards", "I want
to open an agency sending girls to clubs", "I'm recruiting", "my workers' passports"), which no person asking about
their own case writes. Patterns run on the folded text bot.nlp.requests makes (lower case, Turkmen letters without
their marks, and Russian typed in Latin letters read in Cyrillic on a line of its own)."""

from __future__ import annotations

import re

from bot.nlp.request_kinds import Request


def signs_optional(pattern: str) -> str:
    """A pattern whose soft and hard signs may be missing: Russian typed in Latin letters loses them ("skolko stoit",
    "kupit", "obyavlenie"), and its Cyrillic reading has none. A sign may not carry a quantifier of its own."""
    return pattern.replace("ь", "ь?").replace("ъ", "ъ?")


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# Taking OTHER people across a border, said by the one who would do it ("how do I take people across", "I want to
# organise crossings"), and as a business (money, clients, a group). A person asking about their own crossing says
# "take me / us / our group", or that someone else ("a man", "the guide") takes them: the smuggling topic answers.
_MOVES_OTHERS = _any(
    r"\b(i|we|i'll|we'll|i'm|we're)\b.{0,40}\b(take|taking|bring|bringing|get|getting|move|moving|transport\w*|drive|"
    r"driving|smuggl\w*|carry|carrying|lead|leading|guide|guiding|ferry|ferrying|run|running|organi[sz]\w*|send|"
    r"sending)\b.{0,40}\b(people|migrants|persons|others|groups?|clients|customers|refugees|crossings?)\b",
    r"\bhow (do|can|could|should) (i|we)\b.{0,40}\b(people|migrants|persons|others|groups?|clients|customers"
    r"|crossings?)\b|\bhow to (take|get|bring|move|smuggle|transport|lead|organi[sz]e)\b.{0,30}\b(people|migrants"
    r"|groups?|clients|customers|crossings?)\b",
    r"\b(smuggling|smuggle) (people|migrants|persons|refugees|groups?)\b",
    r"\b(charge|price|earn|money|pay)\b.{0,30}\b(getting|taking|moving|bringing|smuggling|driving|leading) (people"
    r"|migrants|persons|refugees|groups?)\b",
    r"(адам|топар)\w*.{0,50}гечир",
    # the offer in the first person, with no one named: "переведу через границу ночью", "i can take you across",
    # "serhetden geçirip berýärin" ("pul geçirýärin" is a money transfer)
    r"(переведу|переведём|переведем|переправлю|переправим|перевезу|перевезём|перевезем|проведу|проведём|проведем"
    r"|провезу|провезём|провезем)\s+((?!деньг|денег|сумм|средств|доллар|рубл|евро|манат|лир|бабк)\w+\s+){0,2}через\b",
    r"\b(i|we|i'll|we'll)\b.{0,20}\b(take|bring|get|drive|smuggle|move|lead|guide)\b (you|u|anyone|anybody|whoever)\b"
    r".{0,15}\b(across|over|through|into)\b",
    r"(?<!pul )\bgecir(yarin|yaris|yas|erin|eris|ip beryarin|ip beryaris|ip beryas|ip bererin|ip bereris)\b",
    # a number of people or a group to be moved: "need to move 5 people", "a group of 10 men, I want to bring them"
    r"\b(move|moving|take|taking|bring|bringing|drive|driving|transport\w*|get|getting|smuggle)\b \d+(-\d+)? (people|men|"
    r"women|persons|migrants|guys)\b",
    r"\b(i|we) have \d+(-\d+)? (people|men|women|persons|migrants|guys|girls)\b.{0,80}\b(bring|take|get|move"
    r"|drive|transport|smuggle)\w* them\b",
    r"\bgroup of \d+(-\d+)? (people|men|women|persons|migrants|guys)\b.{0,60}\b(bring|take|get|move|drive|transport"
    r"|smuggle)\w* them\b|\b(people|men|persons|migrants)\b.{0,60}\bwho (can|will|could) (drive|take|bring|move"
    r"|transport|get) them\b",
    r"\bsmuggl\w*.{0,80}\b(same|this|that|such a) (business|work|job)\b",
    r"\bbest (way|route|road) to (drive|take|get|move|bring|smuggle|transport) (people|migrants|groups?)\b",
    # a vehicle of one's own for it: "I have a truck and want to start doing this", "у меня грузовик ... возить людей"
    r"\bi have a (truck|car|van|minibus|bus|boat)\b.{0,60}\b(start doing|start this|do this|do the same)\b",
    r"у меня (грузовик|машина|газель|фура|лодка|микроавтобус)\b.{0,60}(возить|перевозить|люд)",
    # offering to help others across: "помогу перейти границу", "we help people cross"
    r"(помогу|поможем|помогаю|помогаем)\b.{0,30}(перейти|пересечь|переправит|пройти)",
    r"\b(i|we) (can |will )?help (people |others |you |anyone )?(to )?(cross|get across|get over|get into)\b",
    r"gecmage komek (ed(ip|er|yar)\w*)",
    r"(переправ|перевез|перевож|перевоз|провез|провоз|провест|провод|перевест|переводит|переправл|организ|возит|вожу|"
    r"отправля)\w*"
    r".{0,40}(люд|мигрант|человек|групп|клиент|беженц|нелегал)",
    r"(люд|мигрант|человек|групп|клиент|беженц|нелегал)\w*.{0,40}(переправ|перевез|перевож|перевоз|провез|провест|провод"
    r"|перевест|переводит|переправл)",
    r"(adam|migrant|topar|musderi|bosgun|nelegal)\w*.{0,50}(gecir|gecirmek|gecirip|gecirsem|gecirmegi|akidip|akitmak|"
    r"elt|gurna|gura)|(gecir|akidip|elt)\w*.{0,30}(adam|migrant|topar|musderi)",
    # a relative or friend the writer means to have taken across (what will be done, never what was done to them)
    r"\b(dogan|uya|ogl|gyz|yegen|dost|tanys|garyndas|kakam|ejem|adamym|ayalym)\w*.{0,50}(gecirmeli|gecirmek|gecirsem|"
    r"gecirjek|gecireyin|gecirip (bol|bil)|gecirer|akitmeli|eltmeli)",
)
_ACROSS_BORDER = _any(
    r"\b(border|borders|frontier|across|over the fence|by boat|crossings?|into (the )?eu|into europe|no papers|without "
    r"(papers|visas?|documents))\b",
    r"границ|кордон|серхет|нелегальн|без виз|без документ|без бумаг|в европу|через лес|на лодк|в кузове|в багажнике"
    r"|зел[её]н\w* лини|с севера на юг",
    r"\b(in the back of|in the trunk|hidden in|green line)\b",
    r"serhet|serhed|araca|bikanun|wizasyz|resminamasyz|dokumentsiz|yewropa|tokaydan|gayyk|daglardan|"
    r"\badam(lary|y)? gecir(yan|mek|ip|yar)|yasyl cyzyk|demirgazyk\w*.{0,30}gunorta",
)
_AS_A_BUSINESS = _any(
    r"\b(money|cash|business|earn\w*|profit\w*|charge|price|per (person|head)|clients|customers|paid|pay me|income"
    r"|side hustle|organi[sz]\w*|group|groups|how much|driver|boat|routes?|partner|fee|cheap\w*|affordable|dollars?"
    r"|euros?|usd|manat|lira)\b|\$|€",
    r"\b\d+(-\d+)? ?(people|men|persons|migrants|человек|людей|мигрант\w*|adam\w*)\b",
    r"деньг|денег|пул\b|бизнес|заработ|зарабат|прибыл|брать|просить|с человека|с головы|клиент|плат|организ|групп|доход|"
    r"сколько|сво[её] дело|водител|плачу|маршрут|партн[её]р|евро|доллар|недорог|дешев|дёшев",
    r"pul|biznes|gazan|musderi|adam basyna|nace al|toleg|toparl|topar|gurna|gura|\bis(i|im|imiz)\b|hyzmat|suruji|arzan|"
    r"yol gorkez|her (ay|hepde|gezek)|gayyk|gecirmek is(i|ine)",
)
# From one country into another, said of the people taken ("from Iran to Turkey", "Türkiýeden Gresiýa")
_COUNTRY = {
    "en": "iran|afghanistan|turkey|turkmenistan|kazakhstan|uzbekistan|russia|georgia|belarus|greece|poland|germany|azerbaijan"
    "|cyprus",
    "ru": "иран|афганистан|турци|туркменистан|казахстан|узбекистан|росси|грузи|беларус|белорусси|греци|польш|германи"
    "|азербайджан|кипр",
    "tk": "eyran|owgan|turki|turkmenistan|gazag|ozbeg|uzbek|russ|rossi|gruzi|belarus|gresi|grek|pols|german|azerb|kipr",
}
_COUNTRY_TO_COUNTRY = _any(
    rf"\bfrom ({_COUNTRY['en']})\b.{{0,30}}\bto ({_COUNTRY['en']}|europe)\b",
    rf"\bиз ({_COUNTRY['ru']})\w*.{{0,30}}\bв ({_COUNTRY['ru']}|европ)",
    rf"\b({_COUNTRY['tk']})\w*(dan|den)\b.{{0,30}}\b({_COUNTRY['tk']}|yewropa)",
    # through a country on the way: "through Belarus", "через Иран", "Özbegistan arkaly"
    rf"\bthrough ({_COUNTRY['en']})\b|\bчерез ({_COUNTRY['ru']})|\b({_COUNTRY['tk']})\w* arkaly\b",
)
# Keeping out of the border guards' sight: the one who takes others across asks it, never the person taken.
_EVADES_GUARDS = _any(
    r"\b(avoid|dodge|evade|get past|slip past|hide from|not (get )?caught by)\b.{0,20}\b(guards?|patrols?|police"
    r"|cameras)\b|\bwithout (getting|being) caught\b|\bhide them\b.{0,30}\b(guards?|patrols?|police|border)\b"
    r"|\bwithout the (border )?(guards?|police|patrols?) seeing\b",
    r"не попаст\w*|не попадать\w*|пограничник|погранц|чтобы не (поймал|задержал|спалил)",
    r"serhetci\w*.{0,30}(tutdurma|gorunme|gacyp)|tutdurmazlyk|tutdurman",
    r"\b(deal|agree|arrange) with (the )?(border )?guards\b|\bcontact at the (post|checkpoint|border)\b|\bwithout them "
    r"(showing|being seen|being checked)\b|договориться с (погранич|погранц)|pogran\w*.{0,30}(ylalas|nadip)",
)
# The writer means to set up the trade: "open an agency", "start a business", "своё дело", "biznes başlajak"
_OPENS_A_BUSINESS = _any(
    r"\b(open|start|run|set up)\b.{0,20}\b(agency|business|company|firm)\b|\bi want to do (the )?same business\b",
    r"открыть\b.{0,20}(дело|агентств|бизнес|фирм)|сво[её] дело|начать бизнес",
    r"(agentlik|agentstw|biznes|firma|kompaniya)\w*.{0,10}(acmak|acjak|acayin|acsam|baslamak|baslajak|baslasam|baslayin)",
)
_TAKEN_MYSELF = _any(
    r"\b(take|get|bring|smuggle|move|lead|guide)\w* (me|us|our)\b|\b(should|can|could) i (go|cross|trust)\b",
    r"(переправ|перевез|провест|провод|перевест)\w* (меня|нас|наш)|мне (идти|ехать)|стоит ли",
    r"(переправ|перевез|провез|провест|перевест)\w* (его|её|ее|брат|муж|сын|дочь|сестр)|"
    r"(его|её|ее|их|меня|нас) (провезли|перевезли|переправили|провели|вывезли)\b|"
    r"(человек|мужчина|проводник|агент|водитель|знакомый)\w* (обещал|предложил|говорит|сказал)|\bс (группой|проводник)",
    r"\bwith (a|the|our) (guide|smuggler|group)\b",
    r"\b(meni|bizi|bizin)\b.{0,30}(gecir|akid|elt)|gitmelimi|ynanmalymy|toparymyz|\bbir adam\b(?! ucin)|beryan adam|"
    r"ayd(yar|ypdyr|y)\b|aytdy|diy(yar|di)\b",
    # the one who takes people across, described by what he does ("geçirýän adam", "the man who will take us"): a
    # person telling about their smuggler, not offering to be one
    r"\b(gecir|akid|elt)(yan|jek|en|ip beryan|ip berjek)\w* (adam|biri|kisi|oglan|agent)",
    r"(человек|мужчина|мужик|проводник|агент|водитель)\w*,? (который|которы[йе]) .{0,30}(возит|вод|переправля|перевоз|провод)",
    r"\b(a|the) (man|guy|driver|guide|agent|smuggler)\b,? (who|that) .{0,30}\b(takes|brings|moves|drives|smuggles)\b",
)
_RECRUITS = _any(
    r"\b(girls|ladies|young women|women)\b.{0,40}\b(night ?)?(club|clubs|hostess|bar|vip)\b",
    r"\b(night ?)?(club|clubs|hostess|bar|vip)\b.{0,40}\b(girls|ladies|women)\b",
    r"(девуш|девоч|девч)\w*.{0,40}(клуб|хостес|бар(е|ы|ах)?\b|вип|эскорт|саун)|(клуб|хостес|вип|эскорт|саун)\w*.{0,40}"
    r"(девуш|девоч|девч)",
    r"\b(girls|ladies|young women|women)\b.{0,40}\b(escort|sauna|massage parlou?r)\b",
    r"gyz\w*.{0,40}(klub|hostes|bar\b|vip|tanscy|ofisiant|eskort|sauna)|(klub|hostes|vip|tanscy|ofisiant|eskort"
    r"|sauna)\w*.{0,40}gyz",
    # the women's jobs these ads name, with a club or a destination
    r"(танцовщиц[ыу]?|официантк[иу]?|хостес|барменш[иу]?|аниматорш[иу]?)\b.{0,40}(клуб|бар\b|вип|кипр|дубай|дубае|эмират"
    r"|турци|стамбул|катар|оман|бахрейн)",
    r"\b(dancers|waitresses|hostesses|hostess|barmaids)\b.{0,40}\b(club|clubs|bar|vip|cyprus|dubai|uae|emirates"
    r"|turkey|istanbul|qatar|oman|bahrain)\b",
    r"(tanscy|ofisiant|hostes)\w*.{0,40}(klub|bar\b|kipr|dubay|emirat|turkiye|stambul)",
    # massage salons, brides, and women recruited for money a head
    r"\b(girls|women)\b.{0,40}\b(massage|salon)|\b(massage|salon)\b.{0,40}\b(girls|women)\b",
    r"(девуш|девоч|девч|гызлар)\w*.{0,40}(массаж|салон)|(массаж|салон)\w*.{0,40}(девуш|девоч|девч|гызлар)",
    r"gyz\w*.{0,40}(massaz|salon)|(massaz|salon)\w*.{0,40}gyz",
    r"\bbrides?\b.{0,100}\b(girls|women)\b|\b(girls|women)\b.{0,100}\bbrides?\b|невест\w*.{0,100}(девуш|девоч)|"
    r"(девуш|девоч)\w*.{0,60}невест|gelin\w*.{0,60}gyz|gyz\w*.{0,60}gelin",
    r"\b(per|for each) (girl|woman)\b|за каждую (девушку|девочку|женщину)|her (ayal|gyz) ucin mana",
)
# Recruiting now (I, never the "we" of an ad a person may forward), or paid a head for the women: what only the
# recruiter says, whatever else the message asks
_RECRUITING_NOW = _any(
    r"\b(i'?m|i am) recruiting\b|\bi get \d+ \w* ?per (girl|woman)\b",
    r"набираю\b|за каждую (девушку|девочку|женщину)",
    r"yygnayaryn|her (ayal|gyz) ucin mana",
)
# What someone else wrote or said, quoted by the person it was sent to: "a woman wrote me: I'm recruiting girls..."
_REPORTED = _any(
    r"\b(wrote|writes|says|said|sent me|texted|offered|messaged)\b",
    r"написал|пишет|говорит|сказал|прислал|предлож",
    r"yazdy|yazypdyr|diydi|diyyar|iberdi|teklip",
)
_RECRUITER_VOICE = _any(
    r"\b(write me|dm|pm|contact me|i pay|we pay|recruiting|looking for|need|hiring)\b",
    r"пишите|пиши|набира(ю|ем)\b|набор|ищем|нужны|плачу|за мой сч[её]т|оплачиваю\b",
    r"yazyn|ise alyar|ise alyan|ise alyas|gerek|toleyan|toleyarin|gozleyar",
    r"yygnayarys|yygnayas|yygnayaryn|toleyaris|toleyas|bildiris|habarlasyn|yazysyn|bizinki\b",
    r"где (найти|взять|набрать)|как (найти|набрать)|\bwhere (to|can i|do i) (find|get)\b|\bhow (to|can i|do i) find\b|"
    r"nireden (tap|al)|nadip tap",
    r"делаем|оформляем|предоставля|приглашаем|требуются|обращайтесь|звоните|в лс\b|в директ|писать в|\bищу\b|устроить"
    r"|устраиваю|организатор|организую",
    r"\b(we do|we make|we provide|we arrange|we offer|dm me|dm us|call us|apply now|text me|write to us|i organi[sz]e"
    r"|i place|i find)\b",
    r"edyaris|edip beryaris|tayyarlayarys|cagyryarys|jan edin",
)
# Girls and a club in one message, further apart than _RECRUITS allows: for the one opening an agency
_RECRUITS_WIDE = _any(
    r"\b(girls|ladies|women)\b.{0,80}\b(night ?)?clubs?\b|\b(night ?)?clubs?\b.{0,80}\b(girls|ladies|women)\b",
    r"(девуш|девоч|девч)\w*.{0,80}клуб|клуб\w*.{0,80}(девуш|девоч|девч)",
    r"gyz\w*.{0,80}klub|klub\w*.{0,80}gyz",
)
# The recruiter asking, with a question mark: where to find the girls, how to place the ad
_RECRUITER_ASKS = _any(
    r"\b(post|place|publish|advertise)\b.{0,20}\b(ad|ads|vacanc\w*|job)\b|\bwhere (can i|to|do i) (find|get|recruit) "
    r"(girls|women)\b|\bi('m| am) (recruiting|hiring)\b",
    r"разместить\b.{0,20}(вакансию|объявлени)|(ищу|набираю|найти|набрать) (девуш|девоч|девч)",
    r"gyz\w* (tapmaly|tapmak|tapsam|gozleyarin)|bildiris\w* (goy|yerles)",
    # finding or persuading the women, sending them, taking half: "how do I talk to the parents", "nädip ynandyrmaly"
    r"\bhow (do i|to|can i) (talk to|convince|persuade|find)\b|\bmiddle ?(person|man)\b|\bi want to send (girls|women)\b"
    r"|\bhalf (of )?(the |their )?(money|earnings|salary)\b",
    r"как (уговорить|убедить)|(ищу|набираю|найти|набрать) (гызлар|женщин)|хочу отправ\w* (девуш|девоч)|посредник",
    r"gyzlary\b.{0,30}ynandyr|ynandyr\w* gelmek|(ayal|gyz)\w* (tapmaly|tapmak)|(gyz|ayal)\w*.{0,40}ibermek "
    r"isle(yan|yarin)|yarpysy menin|dellal|aracy",
)

# The writer's own workers, girls or people: "у меня на стройке 12 рабочих", "my brigade", "işçilerim"
_MY_PEOPLE = _any(
    r"(у меня|мои|моих|моим|моими)\b.{0,30}(рабоч\w*\b(?! (документ|виз|разрешени|книжк|договор|контракт|мест|одежд))"
    r"|работник|сотрудник|людей|ребят|девуш|девоч|бригад)|"
    r"у меня на (стройке|ферме|фабрике|заводе|объекте|производстве)|\bя (работодател|хозяин|бригадир)\w*|"
    r"(девуш|девоч|людей|рабоч|ребят)\w* (которых|кого) (мы|я) (привезли|привез)",
    r"\bmy (workers?|employees?|staff|men|brigade|maids?|labou?rers?)\b(?! (card|id|permit|visa|documents?|contract|badge|leader|boss|chief|head|manager|supervisor))|\bi have a (brigade|team|crew) of\b"
    r"|\bi have \d+ (workers|men|girls)\b|\bi(')?m (an|the) (employer|boss|owner)\b|\bi keep \d+ passports\b",
    r"(isciler|isgarler)(im|imi|imin)\b|\bmende \d+ (isci|adam)|\b(sehim|fabrigim|kompaniyam) bar\b|"
    r"pasportlaryny (ozumde sakla\w*|saklayaryn|yygnayaryn|alyp goysam|alyp goyayyn)",
)
# What keeps them: their papers or phones, their pay, their debt, stopping them from leaving or complaining
_HOLDS_THEM = _any(
    r"(держу|храню|забираю|собираю|отбираю|прячу|забрать|отобрать|не отдавать)\w*.{0,25}(паспорт|документ|телефон)|"
    r"(паспорт|документ|телефон)\w*.{0,25}(держу|храню|забираю|собираю|отбираю|прячу|у меня|у себя)|"
    r"не (сбеж|убеж|ушл|уш[её]л|уех|уволил|жаловал|требовал)|не могли уйти|долг",
    r"\b(keep|hold|take|collect|lock|hide)\w*\b.{0,25}\b(passports?|documents|phones?)\b|\bpassports? in my\b|"
    r"\bso (that )?(they|he|she) (don'?t|dont|do not|can'?t|cannot|won'?t) (run|leave|quit|escape|complain)\b|"
    r"\b(ran away|run away|can'?t leave|leave before|owes? me)\b|\b(their|his) (salary|wages)\b",
    r"pasport|telefon|gacma|gacmaz|gitmez|aylyg|bergi",
)
# Living off other people's pay or bodies: "их зарплата шла мне", "the debt is closed if I bring him 5 workers"
_LIVES_OFF_THEM = _any(
    r"\bих (зарплат|зп)\w*.{0,40}(мне|себе)|(зарплат|зп)\w*.{0,10}(забираю\b|беру себе)|"
    r"(работник|рабоч|ребят|людей|парн)\w*.{0,60}долг\w* (спиш|закро|прост)",
    r"\btheir (salary|wages|pay)\b.{0,30}\b(to me|i take|i keep|goes to me|comes to me)\b|"
    r"\b(workers?|people|men|guys)\b.{0,60}\bdebt (is |will be )?(closed|cleared|paid|gone|written off|forgiven)\b",
    r"(olaryn|onun) ayly\w*.{0,30}(bergim|mana|menin)|gazanjy yarpysy menin",
)
# Selling places that are not one's to sell, or making a trade look lawful: job quotas, seats, "a real agency"
_SELLS_PLACES = _any(
    r"\bsell\w*\b.{0,40}\b(quota|kvota|places|spots|seats)\b|\b(quota|kvota)\b.{0,40}\bsell\w*\b|\bmake it look "
    r"(like )?(a )?(real|legal|legit)\b|\bso nobody can complain\b",
    r"(прода[юмж]\w*).{0,40}(квот|мест[ао]?\b)|квот\w*.{0,40}прода|чтоб(ы)? законно выглядел",
    r"(kwota|kvota|квот)\w*.{0,40}(satyan|satyaryn|satyp|satmak|satlyk|satyn)|kanuny yaly (gorkez|edip)|lisenziyasyz",
)


# Reselling a quota, a place or papers one bought, at a profit: "сколько брать если перепродать квоту", "gymmatrak
# satyp bolýarmy". Said only by the seller, so it is asked before a person's own "I bought" (satyn aldym, купил).
_RESELLS = _any(
    r"\bresell\w*\b|\bsell (it|them) (on |again )?(for more|at a profit|dearer|higher)\b",
    r"перепрода\w*|прода\w* (дороже|подороже|с наценкой)|(дороже|подороже) прода",
    r"gymmat(rak|ragyna)? sat|ustune goyup sat|gaytadan sat",
)
_RESOLD = _any(
    r"\b(quotas?|kvota|places?|spots?|seats?|invitations?|visas?|permits?|jobs?)\b",
    r"квот|мест[аоу]?\b|приглашени|виз|разрешени|вакан",
    r"kwota|kvota|orun|cakylyk|wiza|rugsat|is orn",
)


# Money counted per person sent: "сколько брать с человека", "how much to charge per person", "adam başyna näçe"
_PER_HEAD = _any(
    r"\b(per (person|head|worker|client)|from each (person|worker|client)|a head)\b",
    r"с (человека|головы|каждого)\b|за (человека|голову|каждого)\b",
    r"adam basyna|her adam(dan| ucin)|kelle basyna",
)


def smuggles(folded: str) -> bool:
    """Asks how to take other people across a border as a business, or offers to."""
    return bool(
        _MOVES_OTHERS.search(folded)
        and (_ACROSS_BORDER.search(folded) or _COUNTRY_TO_COUNTRY.search(folded))
        and (_AS_A_BUSINESS.search(folded) or _EVADES_GUARDS.search(folded))
        and not _TAKEN_MYSELF.search(folded)
    )


def recruits(folded: str) -> bool:
    """An ad recruiting young women for clubs, or the recruiter asking where to find them or how to place the ad."""
    if not _RECRUITS.search(folded):
        return False
    return bool(_RECRUITER_ASKS.search(folded) or (_RECRUITER_VOICE.search(folded) and "?" not in folded))


def runs_the_trade(folded: str) -> Request | None:
    """What only the one who would run the trade says, as its kind of request, or None.
    Checked before a person's own case, whose words ("avoid", "agency", "не попасть", "как проверить") the trade's own
    questions also use."""
    opens = _OPENS_A_BUSINESS.search(folded)
    recruiting = _RECRUITING_NOW.search(folded) and not _REPORTED.search(folded)
    if (_RECRUITS.search(folded) and recruiting) or (opens and _RECRUITS_WIDE.search(folded)):
        return Request.RECRUITER
    evades = (
        _MOVES_OTHERS.search(folded) and _EVADES_GUARDS.search(folded) and not _TAKEN_MYSELF.search(folded)
    )
    if evades or (opens and smuggles(folded)):
        return Request.SMUGGLER
    # an agency of one's own that sends people and charges them a head: only the one running it counts its people so
    if _RESELLS.search(folded) and _RESOLD.search(folded):
        return Request.FRAUD
    if opens and (
        _SELLS_PLACES.search(folded) or (_MOVES_OTHERS.search(folded) and _PER_HEAD.search(folded))
    ):
        return Request.FRAUD
    return None


def exploits_workers(folded: str) -> bool:
    """The writer holds their own workers or girls, or lives off them: what only an exploiter says."""
    return bool((_MY_PEOPLE.search(folded) and _HOLDS_THEM.search(folded)) or _LIVES_OFF_THEM.search(folded))


def sells_places(folded: str) -> bool:
    """Selling job quotas or places, or making a trade look lawful."""
    return bool(_SELLS_PLACES.search(folded))
