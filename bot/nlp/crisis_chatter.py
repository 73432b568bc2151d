"""Messages that only arrange when to talk ("ok i will write again tomorrow", «позвоню вам вечером», "agşam jaň
ederin"): the crisis model (bot/nlp/crisis_model.py) must not judge them.

The model learned from stories of danger, where times of day and "again" are common ("they come again every
evening", "tomorrow they send me"), and read a person's "we will talk again in the morning" on an open case as
violence: the coordinators were alerted and the person told their request was now urgent. A message every word of
which is one of these (arranging contact, times, thanks, greetings, asking to talk with a person) tells of no danger; a single other word ("they
come", "заберут", "urýar") leaves it to the model, and so does "now" or "tonight" ("call me now"). The patterns still
read every message.

The same holds for two more kinds of everyday line the model read as danger for the same reason, words that stories of
danger are set in: what someone said of an offer's terms or its timing ("сказали завтра", "they said i must decide
today", "diňe şu gün diýdiler"), and where the person is and works ("I am in Moscow now, on a building site"). Their
words (TERMS, and WHEREABOUTS with a place named) join the arranging words above; "now" counts only with a place.
"they said they will lock me in" has words of neither, and the model (and the patterns) still judge it.

Three more: things named, as a photo's caption names them ("фото двери", "the door key", "телефон оставлю себе"),
people close coming and going ("муж пришёл"), and a job and its terms ("housekeeper living in"): the model read a
door as confinement and a husband as abuse. "the door is locked", "муж пришёл пьяный, бьёт" have other words. And,
with a relative named, being somewhere together ("my brother is here in istanbul too", "мы с мужем вместе в дубае",
"agam hem şu ýerde"), which the model read as confinement or violence; "he beats me, we are in dubai" has a
pattern's word.

And (tester Q): someone's coming back soon ("она скоро придёт", "hojaýyn tiz geler", which bot/nlp/watched.py answers
with 🙈 Hide first), what one has of someone ("у меня есть его номер и адрес склада"), a place said with "i think" or
"наверное" ("she is in antalya i think", read as self-harm), the work done in a house ("cleaning"), where to call at
night, and, with a word of sleep or of pay named, not sleeping ("не сплю", "cant sleep") and pay not given ("pul hem
berenok", "зарплату не платят"): "they dont let us sleep", "спать негде" and "не платят и не отпускают" have other
words. And (testers Y and Z) impatience while waiting for an answer ("алло, ответьте уже") and asking where to go
("куда мне идти в минске"). And (tester BB), with a place named, the trade one works in ("im in bursa working in a
textile factory": the model learned "textile" from the workshops people are locked in), and the lines about reaching
someone of bot/nlp/crisis_contact_lines.py: a borrowed phone not to be called, an address, whether anyone answered.
And a plea not to be lied to ("please dont tell us lies", "не врите нам"), which the model read as confinement.
And (testers DD and FF) the word groups of bot/nlp/crisis_contact_lines.py and bot/nlp/crisis_work_lines.py: when
not to write, a number to call home, the hours worked in a trade, a kind employer, a locked bag, what a recruiter
promised, photos asked for; and an address with a landmark ("big building near casino").
Russian typed in Latin letters is read in Cyrillic too."""

from __future__ import annotations

import re

from bot.nlp import crisis_contact_lines, crisis_work_lines
from bot.nlp.crisis_contact_lines import (
    ADDRESS,
    ADDRESSED,
    ANSWERED,
    BORROWED,
    NOT_TO_CALL,
    STILL_WAITING,
    address_names,
    calls_refused,
)
from bot.nlp.crisis_model import PLACES
from bot.nlp.textnorm import fold, has_cyrillic, readings, russian_from_latin

_WORD = re.compile(r"[^\W\d_]+")
# Places people go to that the model's PLACES (which it was trained with) leaves out, or spells otherwise
# ("шарджа" read as Turkmen is "şardja"): the Gulf's cities where many work in houses
_MORE_PLACES = re.compile(
    r"(?:riyad|riýad|рияд|jedda|jidda|джидд|şardj|sardj|abu ?dhabi|abudabi|абу-?даби|ajman|аджман|mecca|mekk|мекк"
    r"|medina|медин|doha|muscat|маскат|дуба[еюя]\b"
    # (tester BB) Arabia in full, and where in Türkiye the textile workshops are
    r"|arabia|arabyst|арави|bursa|бурс|gaziantep|газиантеп|antep|zeytinburn|зейтинбурн|esenyurt|эсеньюрт|yenibosna"
    r"|йенибосн|laleli|лалели|merter|мертер|bagcilar|bagcylar|багджылар|gungoren|гюнгорен|avcilar|avcylar|авджылар"
    # (tester DD) the towns of the scam compounds
    r"|sihanouk|sihanuk|сианук|сиханук|phnom|penh|пномпен|bavet|бавет|poipet|пойпет|myawadd|мьявад|laos|лаос)"
)
# Word groups opened by their key words (bot.nlp.crisis_work_lines.WordGroup)
_GROUPS = crisis_contact_lines.GROUPS + crisis_work_lines.GROUPS

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
    куда кому who whom which nirä kime haýsy звонит ночю
    """.split()
)


# What someone said of an offer's terms and its timing: the setting of many danger stories ("they said ..."), no
# danger in itself.
TERMS = frozenset(
    fold(word)
    for word in """
    said say says saying told tell tells they he she them him her boss agent employer must have has had got to
    decide decided deciding decision choose only just until till latest deadline come start starting begin sign
    answer give yes or no
    сказали сказал сказала сказано говорят говорит говорил говорили велели он она они ему ей им решить решать
    решай решайте решение решу решим надо нужно должен должна должны только лишь приходи приходите
    прийти приехать приезжай приезжайте выходи выходить выйти начать начинать подписать подписывать самое
    позднее крайний срок дать дали
    diýdiler diýdi diýýärler diýýär aýtdylar aýtdy aýdýarlar aýdýar olar ol oňa olara başlyk agent iş beriji
    karar ber beriň bermeli etmeli saýla diňe tä gel geliň gelmeli gelsin başla başlamaly gol çek çekmeli
    şu wagt haýal etme
    """.split()
)
# Where one is and works: with a place named, no danger in itself.
WHEREABOUTS = frozenset(
    fold(word)
    for word in """
    now currently still living live stay staying working on at in building site construction factory warehouse
    market shop restaurant hotel cafe farm office
    сейчас теперь уже живу нахожусь работаю на в стройке стройка стройку объекте заводе фабрике складе рынке
    базаре магазине ресторане отеле гостинице кафе ферме офисе
    indi häzir şu wagt ýaşaýaryn işleýärin men gurluşykda gurluşyk zawodda fabrikde skladda bazarda dükanda
    restoranda myhmanhanada kafede fermada ofisde
    im think guess probably maybe perhaps believe seems apparently suppose
    наверное наверно кажется думаю вроде возможно может быть видимо похоже
    belki öýdýän öýdýärin öýdýäm meniňçe ýaly bolmaly
    эр
    works worked lives lived are is textile textiles sewing garment garments clothes clothing tailor workshop
    atelier factories shops
    работает работаем работают живёт живет живём живем текстиль текстиле текстильном текстильной текстильный
    текстильная швейном швейной швейный швейная швейке швейка швейку цехе цеху цех ателье
    işleýär işleýäris işleýäs işleýän ýaşaýar ýaşaýan ýaşaýas tekstil tekstilde tekstiliň tikinçilik tikinçi
    sehinde sehde seh fabriginde fabrigde fabrik
    """.split()
)


# Things named, as a photo's caption names them ("фото двери", "the door key"), and one's own kept ("телефон оставлю
# себе"): a door or a key named is not being locked in.
THINGS = frozenset(
    fold(word)
    for word in """
    photo photos picture pictures pic pics image video screenshot screen selfie scan copy page door doors key keys
    lock window gate room flat house building entrance street passport passports document documents papers id card
    contract ticket tickets visa receipt address phone number own keep will mine myself
    фото фотка фотография снимок картинка видео скрин скриншот скан копия копию страница страницы дверь двери
    дверей ключ ключи ключа ключей замок замка окно окна ворота комната комнаты квартира квартиры дом дома подъезд
    улица паспорт паспорта документ документы договор контракт билет билеты виза визы чек адрес телефон номер
    оставлю оставлю себе свой своя свои мой моя мои при
    surat suraty suratlar wideo skrin nusga sahypa gapy gapynyň gapysy açar açary açarlar gulp penjire derweze otag
    jaý öý pasport pasportym resminama resminamalar şertnama kontrakt bilet wiza çek salgy telefon telefonym belgi
    özüm özümde ýanymda öz
    от из у
    have has got his their есть его её ее их bar onuň olaryň
    warehouse factory site склад склада завод завода фабрика фабрики стройка стройки объект объекта
    sklad skladyň zawod zawodyň gurluşyk gurluşygyň
    """.split()
)
# People close coming and going ("муж пришёл", "mom is home"): no danger in itself.
COMINGS = frozenset(
    fold(word)
    for word in """
    husband wife mother mom mum father dad brother sister son daughter parents family friend came come comes home
    arrived back left went gone
    муж жена мама мать папа отец брат сестра сын дочь родители друг подруга пришел пришёл пришла пришли приехал
    приехала приехали вернулся вернулась вернулись ушел ушёл ушла ушли уехал уехала домой дома
    ärim adamym aýalym ejem kakam agam doganym uýam jigim oglum gyzym dostum geldi geldiler gaýtdy gitdi öýe öýde
    boss madam employer owner sponsor coming returning return returns comes be soon
    хозяин хозяйка хозяика хозяыка хозаин хозайка мадам начальник босс скоро придет придёт придут прийдет вернется вернётся вернутся приедет приедут
    будет идет идёт
    hojaýyn hanym ogul tiz basym geler gelerler gelýär gaýdyp gaýdar ýakyn wagtda birazdan
    """.split()
)
# Family named (a word of KIN), where one is together with them ("my brother is here in istanbul too", "мы с мужем
# вместе в дубае", "agam hem şu ýerde"): no danger in itself.
KIN = frozenset(
    fold(word)
    for word in """
    husband wife mother mom mum father dad brother brothers sister sisters son sons daughter daughters parents
    family kids children child baby uncle aunt cousin
    муж жена мама мать папа отец брат сестра сын дочь родители семья мужем женой мамой матерью папой отцом братом
    сестрой сыном дочкой дочерью родителями семьей семьёй детьми ребенком ребёнком дети мужа жены брата сестры
    ärim adamym aýalym ejem kakam agam doganym uýam jigim oglum gyzym maşgalam çagalarym çagam ärimiz
    niece nephew сестре сестрёнке сестренке брату братишке дочке дочери дочки сыну сына дочь дочку мужу жене
    племяннице племяннику моей моему моего нашей нашему нашего
    ärime aýalyma ogluma gyzyma doganyma uýama jigime çagama
    """.split()
)
# With a relative named, that someone told them something or asked it of them ("агент сказал дочке", what is left of
# "агент сказал дочке никому не говорить" once the secret is read out, bot/nlp/secrecy.py): no danger told.
TELLING = frozenset(
    fold(word)
    for word in """
    told tell tells said says asked asks warned by agent recruiter woman man lady
    сказал сказала сказали говорит говорят велел велела велели попросил попросила попросили просил просила просили
    предупредил предупредила предупредили агент вербовщик вербовщица женщина мужчина какой-то какая-то один одна ему ей
    diýdi diýipdir diýdiler diýipdirler diýýär diýýärler aýtdy aýdypdyr aýdypdyrlar tabşyrdy tabşyrypdyr
    tabşyrypdyrlar agent aýal adam bir oňa
    что чтобы
    """.split()
)
TOGETHER = frozenset(
    fold(word)
    for word in """
    too also together both and with his her their he she they are is am came come moved arrived live living stay
    staying me us
    тоже также вместе и с со мной нами он она они живем живём живу живет живёт живут приехала приехал приехали
    переехали переехала находимся
    hem hem-de bile bilen bärde şu ýerde ol olar geldim geldik göçdük ýaşaýarys ýaşaýar
    """.split()
)
# With a relative named, that they do not know ("родители не знают", "my parents dont know yet", "ejem bilenok"):
# what the writer keeps from the family. With more ("мне 17, я уезжаю с ним, родители не знают") the model and the
# patterns (bot/nlp/crisis_sending.py) still read it.
UNAWARE = frozenset(
    fold(word)
    for word in """
    dont don't doesnt doesn't do does not know knows yet anything about it this
    не знают знает ничего пока ещё еще об этом
    bilenok bilmeýär bilmeýärler bilenoklar entek hiç zat hiçzat
    """.split()
)
# A job and its terms named ("housekeeper living in", "няня с проживанием"): an offer's description, no danger.
JOBS = frozenset(
    fold(word)
    for word in """
    housekeeper housemaid maid nanny babysitter cleaner cook carer caregiver driver waiter waitress builder worker
    seamstress live living stay staying accommodation included inside full time part
    домработница горничная няня няней сиделка уборщица повар водитель официант официантка строитель рабочий швея
    проживание проживанием проживания жильё жилье жить живу полный неполный день
    öý hyzmatkäri hyzmatkär enekeş arassaçy aşpez sürüji ofisiant gurluşykçy işçi tikinçi ýaşamak ýaşap ýaşaýyş
    jaýly bilen doly gün
    cleaning cooking babysitting ironing washing caring looking after kids house houses family
    убираю убираюсь уборка уборкой готовлю стираю глажу смотрю за детьми семье доме
    arassalaýaryn arassaçylyk arassalamak nahar bişirýärin çaga seredýärin
    work will hotel restaurant cafe shop market office
    работать будет будешь будете будут отеле гостинице ресторане кафе магазине рынке офисе
    işlär işlärsiň işläris işlejek işlemeli işlemek myhmanhanada restoranda kafede dükanda bazarda ofisde
    """.split()
)

# (A job to come, too: "my daughter was told she will work in a hotel", "дочке сказали, что она будет работать в
# отеле", "gyzyma myhmanhanada işlärsiň diýdiler" had been read as a child or sexual abuse.)

# Not sleeping named (a word of SLEEP): "не сплю", "cant sleep", "ukym gelenok", no danger in itself. "they dont let
# us sleep", "спать негде" have other words.
SLEEP = frozenset(
    fold(word)
    for word in """
    sleep slept sleeping asleep insomnia спать сплю спится спалось уснуть заснуть усну засну сна бессонница
    uky ukym uklap uklamok uklap uklaýamok ukusyz
    dream dreams nightmare nightmares кошмар кошмары кошмаров сны сон снится снятся düýş düýşler düýşüme düýşümde
    """.split()
)
NOT_SLEEPING = frozenset(
    fold(word)
    for word in """
    cant can't cannot not no dont don't couldnt couldn't all still again well
    не могу никак совсем вообще всю опять снова уже плохо
    gelenok gelmeýär tutanok tutmaýar bilemok bilmeýärin bilmedim ýene gowy
    bad scary every each night nights what happened there about it
    плохие плохой страшные страшный каждую каждый ночь ноч ночами что было там о том про снятся спат
    erbet gorkunç her gije gidje gijeler bolan zat ol ýerde barada görýärin görýän
    """.split()
)
# Pay named (a word of PAY): "pul hem berenok", "зарплату не платят", "they dont pay": wages unpaid, a question the
# knowledge base answers, no danger in itself. "they dont pay and dont let me leave" has other words.
PAY = frozenset(
    fold(word)
    for word in """
    pay paying paid salary wage wages money деньги денег зарплату зарплата зарплаты зарплаты зп оплату платят
    платит заплатили заплатил pul puly pulumy pulumyzy aýlyk aýlygy aýlygymy aýlygymyzy hakymy zähmet haky
    """.split()
)
UNPAID = frozenset(
    fold(word)
    for word in """
    dont don't doesnt doesn't didnt didn't not no they he she give gave giving also either too yet still anymore
    month months не дают даёт дает отдают отдаёт отдает выплачивают тоже уже ещё еще месяц месяца месяцев
    berenok bermeýärler bermeýär bermedi bermediler tölänok tölemeýärler tölemeýär tölemedi hem entek henizem
    aý aýdyr two three four five два три четыре пять iki üç dört bäş
    """.split()
)

# Money spent on the trip (a verb of SPENDING with what was sold or paid, ASSETS, or a LOAN): "my parents already
# sold the car for this", "мы взяли кредит на дорогу", "kakam maşyny satdy şu iş üçin": what the trip has cost, no
# danger in itself (the model read it as sexual abuse). "they sold me", "меня продали" are the patterns'.
SPENDING = frozenset(
    fold(word)
    for word in """
    sold sell selling spent spend paid pay borrowed borrow gave pawned mortgaged
    продали продал продала продать потратили потратил потратила заплатили заплатил заплатила заняли занял заняла
    отдали отдал заложили
    satdy satdylar satdyk satdym sarp etdik etdi töledik töledi töledim berdik berdi berdim aldyk aldy
    """.split()
)
ASSETS = frozenset(
    fold(word)
    for word in """
    car house flat apartment land cow cows sheep gold jewelry jewellery savings everything all money dollars
    машину машина дом квартиру землю участок корову коров скот золото сбережения всё все деньги доллары
    maşyn maşyny maşynymyzy maşynymy jaý jaýy jaýymyzy öýi ýer ýeri sygyr sygyry mal maly altyn altyny
    ähli hemme hemmesini pul puly pullaryny dollar
    """.split()
)
LOAN = frozenset(
    fold(word) for word in "loan loans credit debt кредит кредиты долг займ karz karzyna kredit".split()
)
SPENT = frozenset(
    fold(word)
    for word in """
    already for this that trip it our my the a whole so much took take taken out on
    уже на за это этого етого ради поездку дорогу учебу учёбу наши наш мою мой нашу взяли всю
    eýýäm eyyam şu üçin munuň ýol ýola okuw okuwy iş işi biziň meniň aldyk
    """.split()
)
# Having said yes (a word of YES): "i already said yes tho", "я уже согласилась", "eýýäm hawa diýdim": what the
# writer agreed to is a question for the knowledge base, no danger in itself (the model read it as sexual abuse).
YES = frozenset(
    fold(word)
    for word in "yes agreed agree согласилась согласился согласна согласен да hawa razy razylaşdym razylyk".split()
)
AGREED = frozenset(
    fold(word)
    for word in """
    already tho though anyway but i said told them him her уже ведь же всё-таки всё таки сказала сказал им ему ей
    eýýäm eyyam indi diýdim aýtdym berdim olara oňa
    """.split()
)
# One's own passport or papers with one (a word of PAPERS): "пасспорт у меня на руках слава богу", "my passport is
# with me thank god", "pasportym elimde, şükür": good news (the model read it as being stranded).
# "паспорт не у меня" has a negation, "паспорт у хозяина" someone else: the model still reads them.
PAPERS = frozenset(
    fold(word)
    for word in """
    passport passports documents papers id паспорт пасспорт паспорта пасспорта документы документ pasport
    pasportym pasportum resminama resminamalar resminamalarym
    """.split()
)
KEPT = frozenset(
    fold(word)
    for word in """
    with me in my hands hand still have got mine safe thank god thankfully luckily fortunately good
    у меня на руках руке при мне со мной слава богу к счастью хорошо что всё ещё все еще мой мои
    elimde ýanymda özümde şükür hudaýa çok allaha gowy bar meniň
    """.split()
)

# Impatience while waiting for staff (a word of ANSWER): "алло, ответьте уже", "где вы? ответьте пожалуйста", "gde vy?
# otvette" (tester Z#2: read as confinement and a call for help, the case made urgent); "помогите" is not among them
ANSWER = frozenset(
    fold(word)
    for word in """
    ответьте ответте ответь отвечайте ответите ответит ответят ответа ответ алло ало алё алле allo alo
    jogap jogaby jogabyňyz
    """.split()
)
WAITING = frozenset(
    fold(word)
    for word in """
    ну где вы уже когда почему молчите молчит молчат кто нибудь кто-нибудь есть жду ждём ждем ждать сколько долго
    можно пожалуйста пожалуста пжл плиз сообщение сообщения написал написала писал писала здравствуйте
    where are you why so long still nobody anyone is there
    nire nirede siz haçan näme üçin garaşýaryn garaşýan garaşýas beriň berin beriňiz ýazyň bar barmy
    """.split()
)
# Asking where to go (a word of WHERE_TO): "куда мне идти в минске", "where do i go in minsk" (tester Y#7, read as
# being stranded); "мне некуда идти", "nowhere to go" have other words
WHERE_TO = frozenset(fold(word) for word in "куда where nira nirä kuda".split())
GOING = frozenset(
    fold(word)
    for word in """
    куда мне нам идти пойти обратиться обращаться податься ехать поехать тут здесь лучше
    where do should can i we go turn get to here
    nira men biz barmaly gitmeli ýüz tutmaly barsam gitsem bu ýerde şu
    """.split()
)


# Asked to carry a bag or a parcel (a word of a BAG): "bir adam stambula sumka alyp git diýip pul berýär", "someone
# pays me to take a bag to istanbul": the carrying-parcels topic's question, no danger in itself (the model read it as
# sexual abuse, tester U#3); a threat or a border forced stays the patterns'.
BAG = frozenset(
    fold(word)
    for word in """
    bag bags parcel parcels package packages box boxes suitcase envelope
    сумку сумка сумки посылку посылка посылки пакет пакеты коробку коробка конверт чемодан
    sumka sumkany posylka posylkany bukja bukjany paket paketi guty gutyny çemodan konwert
    """.split()
)
CARRYING = frozenset(
    fold(word)
    for word in """
    someone somebody a man woman guy person he she they asks asked wants pays paid pay me to take carry bring
    deliver across over the border for money dollars some his her this it with my
    кто-то кто то человек мужчина женщина знакомый знакомая просит попросил попросила хочет платит заплатит
    предлагает мне взять отвезти провезти передать довезти через границу за деньги долларов его её ее эту это с
    собой в на один одна чтобы я отвезла отвез отвезу взяла взял
    bir adam aýal kimdir biri tanyş tanşym maňa mana alyp git gitmegi eltip ber bermegi geçirip serhetden
    diýip diyip diýýär diyyar diýdi pul berýär beryar berjek töleýär dollar üçin onuň şu
    """.split()
)

# Asking not to be lied to (a word of LIES): "please dont tell us lies", "не врите нам", "bize ýalan sözlemäň" (the
# model read "please dont ... us" as confinement); "they lie to us and dont let us leave" has other words
LIES = frozenset(
    fold(word)
    for word in """
    lies lie lying liars truth honest honestly врите врать лгите лгать обманывайте обманывать врёте врете правду
    честно ложь враньё вранье ýalan ýalançy dogrusyny aldamaň aldamaňyz
    """.split()
)
HONESTY = frozenset(
    fold(word)
    for word in """
    please pls plz dont don't do not tell told us me just stop any more anymore the to be with
    пожалуйста пжл не нам мне говорите скажите просто хватит больше перестаньте мы
    haýyş edýärin bize maňa aýdyň aýtmaň sözlemäň gürlemäň diňe bes ediň mundan beýläk
    """.split()
)


def only_everyday_words(text: str) -> bool:
    """Every word of the message (read as Turkmen Latin too, when typed in Cyrillic) is one of arranging contact,
    times, thanks or greetings, of what was said of an offer's terms, or, with a place named, of where one is."""
    text = text.replace("’", "'")
    latin = not has_cyrillic(text)
    # Russian typed in Latin letters ("ona skoro pridet") is read in Cyrillic too, as the model reads it
    for reading in [*readings(text), *(russian_from_latin(text.lower()).split("\n\n") if latin else [])]:
        typed = _WORD.findall(reading.lower())
        places = {
            fold(word)
            for word in typed
            if any(places.match(word) or places.match(fold(word)) for places in (PLACES, _MORE_PLACES))
        }
        words = [word for word in _WORD.findall(fold(reading)) if word not in places]
        # "I am in Moscow now, on a building site": with a place named, where one is and works too
        everyday = _WORDS | TERMS | THINGS | COMINGS | JOBS | (WHEREABOUTS if places else frozenset())
        if any(word in KIN for word in words):  # "my brother is here in istanbul too"
            everyday |= KIN | TOGETHER | UNAWARE | TELLING
        if any(word in SLEEP for word in words):  # "не сплю"
            everyday |= SLEEP | NOT_SLEEPING
        if any(word in PAY for word in words):  # "pul hem berenok"
            everyday |= PAY | UNPAID
        if (
            any(word in SPENDING for word in words)
            and any(word in ASSETS for word in words)
            or any(word in LOAN for word in words)
        ):  # "my parents already sold the car for this"
            everyday |= SPENDING | ASSETS | LOAN | SPENT | KIN
        if any(word in YES for word in words):  # "i already said yes tho"
            everyday |= YES | AGREED
        if any(word in BAG for word in words):  # "bir adam stambula sumka alyp git diýip pul berýär"
            everyday |= BAG | CARRYING
        if any(word in ANSWER or word in ANSWERED for word in words):  # "алло, ответьте уже"
            everyday |= ANSWER | WAITING | ANSWERED | STILL_WAITING
        if any(word in BORROWED for word in words) or calls_refused(
            words
        ):  # "please dont call, its not mine"
            everyday |= NOT_TO_CALL
        if places and any(word in ADDRESS for word in words):  # "riyadh, al olaya, the villa with green door"
            everyday |= ADDRESSED | address_names(reading.lower())
        if any(word in WHERE_TO for word in words):  # "куда мне идти в минске"
            everyday |= WHERE_TO | GOING
        if any(word in PAPERS for word in words):  # "пасспорт у меня на руках слава богу"
            everyday |= PAPERS | KEPT
        if any(word in LIES for word in words):  # "please dont tell us lies"
            everyday |= LIES | HONESTY
        for group in _GROUPS:  # "сумка закрыта на замок ключ не дают", "dont reply when night"
            everyday |= group.all_words() if group.opens(words, text) else frozenset()
        if words and all(word in everyday for word in words):
            return True
    return False
