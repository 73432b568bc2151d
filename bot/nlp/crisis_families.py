"""More of the crisis detector's danger patterns, written as word families rather than phrases: a stem with its
inflections, either word order, and the words around it that people leave out. Same shape and reading as PATTERNS
in crisis_patterns.py (kind → language → regexes on that language's reading; "!" = the pattern carries its own
negation); bot/nlp/crisis.py matches both. Kept apart so that each table stays short enough to read."""

from __future__ import annotations

from bot.nlp.crisis_patterns import NOT_A_BAG, CrisisKind
from bot.nlp.crisis_phrasings import OTHER_WAYS
from bot.nlp.language_named import LANGUAGE_NAMED

FAMILIES: dict[CrisisKind, dict[str, tuple[str, ...]]] = {
    CrisisKind.SELF_HARM: {
        "en": (
            r"\bcan'?t (?:do|handle|take) (?:this|it) any ?more\b|\b(?:no|any|a) way out\b(?! of\b)",
            r"\bwant (?:it|this|everything) (?:all )?to (?:end|stop)\b",
            r"!\blife (?:has|had) no (?:meaning|point|sense)|\bno (?:meaning|point|sense) (?:in|to) (?:my )?(?:life|living)"
            r"|\blife is (?:meaningless|pointless)",
            r"\b(?:i'?ll|i will|i'?m going to|i am going to|gonna|want to|wanna) jump\b(?! (?:the|to|in|on|at|into)\b)",
            r"\b(?:easier|better) (?:for (?:everyone|them|all|my family) )?if i (?:was|were|am|'m) (?:gone|dead|not here|not around)",
        ),
        "ru": (
            r"\b(?:всем|им|семье|родным|маме|миру) (?:\w+ )?(?:будет |станет )?лучше без меня"
            r"|\bбез меня (?:\w+ )?(?:будет |станет )?лучше",
            r"\bлучше бы (?:я )?(?:умерл[аи]|умер|сдохл[аи]|сдох)\b",
            r"\bхоч(?:у|ется) (?:\w+ )?исчезнуть|\bесли меня не (?:будет|станет)|\bпрощайте\b",
            r"\bхочу,? чтобы (?:\w+ ){0,3}(?:закончилось|кончилось|прекратилось)",
            r"\bмысл\w* (?:о|об) (?:смерти|самоубийств|суицид)|\bдума\w* о (?:смерти|самоубийств|суицид)",
        ),
        "tk": (
            r"\býok bolsam (?:\w+ ){0,2}(?:has )?gowy",
            r"\böl\w* gides(?:im|imiz|i) gel|\b(?:hemme|ähli) zat (?:\w+ )?gutarsyn",
            r"\bözüme (?:bir )?zat (?:etjek|ederin|etmekçi)|\b(?:indi|mundan beýläk|men) ýaşamajak(?:dyryn)?\W*$",
        ),
    },
    CrisisKind.SEXUAL: {
        "en": (
            r"\b(?:dance|strip|drink) (?:for|with) (?:the )?(?:men|clients|customers|guests)\b",
            r"\b(?:do|doing|did) (?:things|stuff|everything) (?:with|for) (?:the )?(?:clients|men|customers|guests)\b",
        ),
        "ru": (
            r"\bприста[её]т\b|\bпристают\b",
            r"\b(?:клуб|баре|бар|сауне|сауна|караоке)\w* (?:\w+ ){0,2}с (?:гостями|клиентами|мужчинами|мужиками)"
            r"|\bс (?:гостями|клиентами|мужчинами|мужиками) (?:\w+ ){0,2}(?:в клуб|в баре|в сауне)",
        ),
        "tk": (
            r"\bbedeni\w* sat|\beli\w* deg(?:ýär|di|ip|ýärler)",
            r"\b(?:müşderi|erkek|myhman|klient|kliýent)\w* hyzmat",
            r"\bgije\w* (?:\w+ )?(?:otagyma|ýanyma|düşegime) gir",
        ),
    },
    CrisisKind.CONFINEMENT: {
        "en": (
            r"\b(?:like|as) (?:in )?(?:a )?(?:prison|jail|prisoners|slaves|hostages)\b",
            r"!\b(?:no|not|never) let(?:ting)? (?:me|us|her|him|them) (?:to )?(?:go|leave|out)\b",
            r"\bdoors? (?:is |are )?(?:always |all time |all the time )?lock(?:ed)?\b(?! out)",
        ),
        "ru": (
            NOT_A_BAG["ru"] + r"\bзакры(?:ли|л|ла|вают|вает) (?:\w+ ){0,3}(?:снаружи|на ключ|на замок)",
            r"\b(?:забрали|увезли|украли|отняли) (?:у (?:меня|нас) )?(?:ребенка|ребёнка|дочь|дочку|сына|детей)\b"
            r"|\b(?:ее|её|его|их|меня|нас) (?:\w+ )?(?:забрали|увезли) и не (?:отдают|возвращают|отпускают)",
            r"\bкак (?:в тюрьме|в плену|заключенн|пленник|рабы|в клетке)",
        ),
        "tk": (
            r"!\b(?:gaçyp|çykyp) (?:bolanok|bolmaýar|bolmady)",
            r"!\b(?:çykmaga|gitmäge|daşary çykmaga|daşaryk) (?:rugsat (?:ýok|bermeýär|berenok|bermeýärler|berenoklar)"
            r"|goý(?:anok|maýar|maýarlar|anoklar|mady|madylar))",
            r"\btürme ýaly",
        ),
    },
    CrisisKind.VIOLENCE: {
        "ru": (
            r"\bраспуска\w* руки|\bраспустил\w* руки",
            r"\b(?:мне|тебе|нам|вам) (?:\w+ )?(?:конец|хана|крышка|не жить)\b",
        ),
    },
    CrisisKind.STRANDED: {
        "tk": (
            r"\b(?:iýmäge|iýere|iýmek üçin) (?:hiç )?zat(?:ymyz|ym)? (?:hem )?(?:ýok|galmady)|\baç (?:galdyk|galdym|otyrys)",
        ),
    },
    CrisisKind.HELP: {
        "en": (
            r"\bhelp\b.{0,60}\b(?:scared|terrified|frightened|in danger)\b|\b(?:scared|terrified|frightened)\b.{0,60}\bhelp\b",
            r"\b(?:need|want) (?:a person|someone|somebody|a human|a real person)\b.{0,20}\b(?:now|right now|urgently|asap)\b",
        ),
        "ru": (
            r"\b(?:позвоните|звоните|вызовите|зовите) (?:\w+ )?(?:в )?полици",
            r"\bпомо(?:гите|ги|щь|ч)\b.{0,60}(?:\bя боюсь\b(?!,? (?:что|ошиб|не успе|потерять|опоздать))|\b(?:мне|очень) страшно)"
            r"|(?:\bя боюсь|\b(?:мне|очень) страшно)\b.{0,60}\bпомо(?:гите|ги|щь|ч)",
            r"\bпишу (?:\w+ )?(?:тихо|тайно|шепотом|шёпотом)",
            # not with a language or "well" named, before or after: "я не могу говорить по-турецки" (LANGUAGE_NAMED)
            rf"(?<!ски )(?<!цки )(?<!ском )(?<!цком )\bне могу (?:громко )?говорить\b(?![^,.;!?\n]*(?:{LANGUAGE_NAMED}))",
            r"\bсрочно\b.{0,20}\b(?:нужен|нужна) (?:кто-то|кто-нибудь|кто нибудь|человек)"
            r"|\b(?:нужен|нужна) (?:\w+ )?(?:кто-то|кто-нибудь|кто нибудь|человек)\b.{0,30}\b(?:срочно|сейчас)",
        ),
        "tk": (r"\bkömek\b.{0,60}\b(?:gorkýar|gorkup|howpda)|\b(?:gorkýar\w*|howpda\w*)\b.{0,60}\bkömek",),
    },
}


# Threats against the family, weapons, burning, "or you die"; going to clients; writing in secret; two things missing
# at once; a bridge or pills at hand: families found missing in a fresh writer's round (December 2026).
# Relatives and friends, for a person sold
_KIN_EN = r"(?:sisters?|daughters?|sons?|brothers?|wife|mother|mum|mom|niece|nephew|cousin|friend|child|children|kids?|girl)"
_KIN_RU = r"(?:мою |моего |моих |нашу |нашего |наших |его |её |ее )?(?:(?:сестр|доч|дочь|сын|брат|жен|мать|маму|ребён|ребен|дет|подруг|племянни)\w*|друга\b|друзей\b)"

_MORE: dict[CrisisKind, dict[str, tuple[str, ...]]] = {
    CrisisKind.SELF_HARM: {
        "en": (
            r"\b(?:kill|hang|hurt|cut|harm)(?:s|ing)? (?:him|her|them|your)sel(?:f|ves)\b|\bcut\w* (?:his|her|my|their) wrists?",
            r"\b(?:i'?m|i am) (?:standing|sitting) on (?:the|a) (?:bridge|roof|edge|ledge|window ?sill)\b",
            r"\b(?:pills|tablets)\b.{0,40}\btake (?:all of them|them all|all)\b|\bstop living\b|\bpills (?:\w+ ){0,2}ready\b",
        ),
        "ru": (
            r"\bж[иы]ть (?:\w+ ){1,2}не хо(?:чу|чется)|\bперестать ж[иы]ть",
            r"\b(?:себе|себя) (?:\w+ )?(?:делаю|причиняю) (?:\w+ )?(?:больно|боль|вред)"
            r"|\b(?:делаю|причиняю) (?:\w+ )?себе (?:\w+ )?(?:больно|боль|вред)",
            r"\b(?:стою|сижу) на (?:мосту|крыше|краю|подоконнике)|\b(?:сейчас|щас|скоро) (?:\w+ )?прыгну",
            r"\bтаблетки (?:\w+ ){0,2}(?:лежат|готовы|на столе)",
        ),
        "tk": (
            r"\bözüme (?:zeper|zyýan|şikes) ýetir|\bdamar\w* kes",
            r"\b(?:köprüde|üçekde|penjirede|balkonda) (?:durýan|durýaryn|otyryn)|\b(?:häzir|indi) bökjek",
            r"\bderman\w*.{0,40}\b(?:hemmesini|ählisini) içjek|\b(?:hemmesini|ählisini) içjek",
            r"!\býaşamaga sebäp (?:ýok|galmady)|\bhemmesi gutarsyn|\boýan(?:mak|asym) (?:isl\w*mok|isleme\w*|gel(?:enok|meýär))",
            r"\býaşamagy bes et|\bdermanlar\w* (?:\w+ ){0,3}taýýar",
        ),
    },
    CrisisKind.SEXUAL: {
        "en": (
            r"\bgo (?:\w+ )?(?:to|with) (?:a |the )?(?:clients?|customers?|men|guests?)\b|\bentertain\W{0,2} (?:the )?(?:men|clients|guests)",
            r"\b(?:have to|must|make us|made us|forced to) (?:\w+ )?go (?:\w+ )?with (?:them|men|clients|customers|guests)\b",
            r"!\bif (?:i|you|we|she) (?:don'?t|do not|not|won'?t|refuse to) sleep with\b",
        ),
        "ru": (
            r"\b(?:едешь|поедешь|ехать|везут|отвезут|отправят|идешь|пойдешь|идти) (?:\w+ )?к (?:клиент|мужчин|мужик|гост)\w*",
            r"\b(?:должны|должна|заставляют|надо|нужно) (?:\w+ )?(?:идти|ехать|уходить|ложиться|спать|быть) с (?:ними|мужчинами|клиентами|гостями)",
            r"\bэскорт|\bразвлека\w*\W{0,2} (?:\w+ )?(?:мужчин|гостей|клиентов)",
        ),
        "tk": (
            r"\b(?:müşderä|müşderilere|erkeklere|klientlere|klienta) (?:\w+ )?(?:gi[dt]|bar|äkid|iber)",
            r"\b(?:olar|erkekler|müşderiler|myhmanlar) bilen (?:gitmeli|gitmäge|ýatmaly|bolmaly)",
            r"\b(?:erkekleri|müşderileri|myhmanlary) güýme|\belle(?:ýär|ýärler|di|diler|ýän)\b|\býatmasaň|\beskort",
        ),
    },
    CrisisKind.CONFINEMENT: {
        "en": (
            r"\block\w* (?:\w+ ){0,3}from (?:the )?outside\b|\b(?:can'?t|cannot|can not|cant) go anywhere\b",
            r"\bwant to (?:go|leave)\b.{0,20}\b(?:they|he|she|boss) (?:say|says|said) no\b|\bthere (?:is|are) (?:a )?(?:fence and )?guards?\b",
        ),
    },
    CrisisKind.VIOLENCE: {
        "en": (
            r"\bknow where (?:my|your|our) (?:\w+ )?(?:lives?|live|is)\b|\bknow where you live\b"
            # a threat hung on what the writer does: "if i refuse he knows where i live"
            r"|\bif (?:i|we)\b.{0,40}\bknows? where (?:i|we) (?:live|stay)\b|\bknows? where (?:i|we) (?:live|stay)\b.{0,30}\bif (?:i|we)\b|\bsend (?:people|someone|men) (?:if|after (?:me|you|us|him|her|them)\b|to (?:(?:my|your|our|his|her|their) |(?:the )?(?:house|home|village|family|parents)\b|(?:kill|beat|hurt|find|get|catch|take|bring|break|burn)\b))",
            r"\b(?:stabbed|shot)\b|\bor (?:i|you|we) (?:die|dead)\b|\bwith (?:sticks|a stick|clubs|belts?|pipes|knives)\b",
            r"\bbeat(?:s|ing|en)? (?:\w+ ){0,2}of (?:us|them)\b|\bbr(?:oke|eak|oken) (?:\w+'s |my \w+'s )?(?:arm|leg|nose|ribs?|jaw|hand)",
            r"\bwill (?:be )?bur(?:y|ied)\b",
        ),
        "ru": (
            r"\bзна(?:ю|ем|ют|ет),? где (?:\w+ )?жив|\bпришл(?:ют|ем|ёт|ет) (?:своих )?людей",
            r"\b(?:обе[щш]а|пообе[щш]а|гроз|пригроз|угрож)\w* (?:\w+ ){0,3}(?:сжечь?|сожг|сожж|спалить)",
            r"\bбил[аи]? (?:\w+ )?(?:в живот|по лицу|по голове|ногами|палкой|ремн[её]м|кулаком|по спине)"
            r"|\bслома(?:ют|ет|ю|ем) (?:\w+ )?(?:ноги|руки|ногу|руку|челюст|ребра|шею)",
        ),
        "tk": (
            r"\bnirede ýaşaýa(?:ndygy|ny|nlaryny|nymyzy)\w* bil|\badam iber(?:eris|erler|jek|jekdiklerini)",
            r"\b(?:sizi|bizi|seni|meni|olary) (?:\w+ ){0,2}ýak(?:arys|aryn|jak|jakdyklaryny|arlar)\b",
            r"\bşapbat\w*|\bşarpyk\w*|\bpyçakla\w*",
        ),
    },
    CrisisKind.STRANDED: {
        "en": (
            r"\b(?:was|were|been|got|get|being) (?:left|dropped|dumped|abandoned) (?:\w+ )?(?:at|on|in) (?:the )?(?:border|airport|station|road|street|desert)",
            r"\bwhere (?:can |could |do |should )?(?:i|we) (?:sleep|go|stay) tonight\b|\b(?:on|at) a (?:park )?bench\b",
        ),
        "ru": (
            r"\b(?:с|у)бежал\w*|\bпряч(?:усь|емся|ется|утся)|\bпрята(?:лась|лся|лись)|\bскрыва(?:юсь|емся|ется|ются)",
            r"\bни (?:денег|документов|паспорта|еды|жилья)\b,? (?:и )?ни\b|\bни \w+,? ни (?:денег|документов|паспорта|еды|жилья)\b",
            r"\b(?:денег|документов|паспорта|еды|жилья|билета) (?:нет|ноль)\b.{0,30}\b(?:денег|документов|паспорта|еды|жилья|билета) нет\b",
            r"\bне на что (?:\w+ )?(?:вернуться|уехать|доехать|ехать|добраться)|\bдомой не на что",
            r"\bкуда (?:мне|нам) (?:идти|пойти|деться) (?:на ночь|ночью|сегодня)",
        ),
        "tk": (
            r"\bdüşürip (?:gitdi|gitdiler|gaýtdy|gaýtdylar)|\bgizlen(?:ýär|ýärler|ýärin|ýäris|ip)|\bgaçdy(?:lar)?\b",
            r"\bdaşarda (?:ýatýaryn|ýatýarys|ýatyryn|gijeleýärin)|\b(?:pasportsyz|pulsuz|resminamasyz) kow",
            r"\b\w+(?:-da|-de) \w+(?:-da|-de) ýok\b|\b\w+da köçede\b",
        ),
    },
    CrisisKind.HELP: {
        "en": (r"\bhe+l+p+\b(?<!\bhelp)",),
        "ru": (
            r"\b(?:позвонить|номер|набрать|соедините|соединить|связаться|свяжите)\b.{0,40}\b(?:прямо сейчас|срочно|экстренно|немедленно)\b"
            r"|\b(?:прямо сейчас|срочно|экстренно|немедленно)\b.{0,40}\b(?:позвонить|номер|набрать|соедините|связаться|свяжите)",
            r"\bэкстренн\w* (?:ситуаци|случай)|\bэто экстренно|\bпишу с (?:\w+ )?телефона (?:клиента|хозяина|охранника)"
            r"|\bпока (?:он|она|они) (?:спит|спят|не видит|не видят)",
        ),
        "tk": (
            r"\b(?:jaň et\w*|belgi\w* beriň|belgä jaň|adam gerek|birikdiriň)\b.{0,40}\b(?:häzir|gyssagly|gorkýar\w*)\b"
            r"|\b(?:häzir|gyssagly)\b.{0,40}\b(?:jaň et\w*|belgi\w* beriň|belgä|adam gerek|birikdir\w*)",
            r"\bbaşym dertde|\bukuda wagty ýaz",
        ),
    },
}
# Turkmen self-harm said other ways (a round written by the detector's author after the held-out count showed it weakest).
_MORE[CrisisKind.SELF_HARM]["tk"] += (
    # "uýam özüni ýaralapdyr" (hurt herself): self-harm, not the violence "ýarala-" alone tells
    r"\b(?:özümi|özüni) (?:\w+ )?ýarala\w*",
    r"\bölümden başga (?:\w+ )?(?:çykalga|ýol|çäre)|\bçykalga (?:görmeýärin|göremok|görmeýän|galmady)",
    r"\bme(?:niň|n) üçin hemme zat gutardy|\b(?:durmuşa|ömre|ömrüme|durmuşyma|janyma) nokat goý|\b(?:özüme|janyma|ömrüme) kast",
    r"\b(?:ertire|ertirki güne|indiki güne) çenli ýaşamajak|\b(?:ýene|başga) bir gün (?:hem )?ýaşap bilmerin",
    r"\b(?:bilegimi|bileklerimi|damarymy|damarlarymy|damaryny|golumy|bilegini|bileklerini) kes(?:dim|jek|ýärin|erin|ipdir|ýär|di)",
    r"\b\w*(?:üçe[gk]|köpri|penjire|balkon)\w* (?:\w+ )?bök(?:jek|mekçi|erin|ýärin)",
    r"\bmensiz (?:\w+ )?(?:bagtly|gowy|rahat|has gowy)|\bderman\w* (?:\w+ )?(?:köp|hemmesini|ählisini) içdim",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (r"\btaýakla\w*|\böldür(?:eris|ersiň|ersiňiz|erler)\b",)
_MORE[CrisisKind.VIOLENCE]["ru"] += (r"\bпобо(?:и|ев|ями)\b",)
_MORE[CrisisKind.VIOLENCE]["en"] += (
    r"\b(?:slapp|punch|chok|strangl|whipp|kick)\w*ing (?:me|us|her|him|them)\b",
)
_MORE[CrisisKind.SEXUAL]["tk"] += (r"\b(?:ýatmagymy|ýatmagymyzy|ýatmagy) (?:isle|talap|mejbur)",)
# A further round by the detector's author (Turkmen and English said other ways, short Russian calls).
_MORE[CrisisKind.SELF_HARM]["tk"] += (
    r"\býok bol(?:mak|ajak|asym) isle\w*|\b(?:durmuş|ýaşaýyş|ýaşaýş|ömr)\w* manysy (?:galmady|ýok)",
    r"\býaşamakdan (?:doýdum|bizar boldum)|\b(?:ýaşaýşymy|ýaşaýyşymy) (?:gutar|soňla)(?:jak|aryn|aýyn)",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    r"\b(?:maşgala|ejeň|kakaň|çagalaň|seni|sizi)\w* (?:\w+ )?ýok ed(?:eris|erin|erler|jek)",
    r"\bguýup ýakdy|\bgaýnan suw|\b(?:meni|bizi|elimi|ýüzümi|arkamy|bedenimi)\b.{0,30}\býakdy",
)
_MORE[CrisisKind.SEXUAL]["tk"] += (
    r"\b(?:her )?gije\w* (?:\w+ )?(?:ýanyma|otagyma|düşegime) gel(?:ýär|ip|ýärler)",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    r"\b(?:wokzalda|aeroportda|köçede|parkda|seýilgähde|daşarda|podýezde|duralgada) (?:\w+ )?(?:gijeleýä\w*|ýatýa\w*|ýatyr\w*)",
    r"\b(?:bizi|meni) (?:\w+ )?(?:ýolda|serhetde|aeroportda|wokzalda|köçede) (?:galdyr|taşla|goýup git)\w*",
)
_MORE.setdefault(CrisisKind.CONFINEMENT, {})["en"] += (
    r"!\b(?:won'?t|wont|will not|don'?t|dont|do not|doesn'?t|doesnt|not) (?:let|allow) (?:me|us|her|him|them) (?:to )?(?:come|go) (?:home|back)\b",
)
_MORE[CrisisKind.VIOLENCE]["en"] += (
    r"\bbeat (?:the (?:hell|shit|crap|life) )?out of (?:me|us|her|him)|\bsmash\w* (?:my|her|his|our) (?:head|face)\b",
    r"\bcut (?:off )?(?:my|her|his|our|your) (?:fingers?|hands?|ears?|throat|face)\b|\bagainst the wall\b",
)
_MORE[CrisisKind.SEXUAL]["en"] += (
    r"\bundress|\bstrip naked\b|\b(?:comes?|came|coming|enters?) (?:in)?to my (?:room|bed)\b",
)
_MORE[CrisisKind.HELP]["ru"] += (
    r"\b(?:ответьте|напишите|позвоните|перезвоните)\b.{0,25}\bсрочно\b|\bэто срочно\b",
)
_MORE[CrisisKind.VIOLENCE]["ru"] += (
    r"\bотреж(?:ут|ет|у|ем) (?:\w+ )?(?:пальц|руку|руки|ухо|голову|язык)",
    r"!\bчуть не (?:задушил|утопил|зарезал)\w*",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    r"\b(?:barmak|el|gulak|kelle|dil)\w* (?:\w+ )?kes(?:eris|erin|jek|erler)\b|\bpyçakly\b",
)
_MORE[CrisisKind.SEXUAL]["ru"] += (
    r"\b(?:каждую ночь|по ночам|ночью)\b.{0,20}\bприход\w* ко мне|\bприход\w* ко мне\b.{0,20}\b(?:ночью|по ночам|каждую ночь)",
    r"\bнатурой\b|\bзамуж (?:\w+ )?насильно",
    # married off against one's will, the refusal said anywhere in the sentence ("отец хочет выдать меня замуж за
    # турка, я не хочу"), pressed to marry, or matched without consent (bot/nlp/forced_marriage.py names it)
    r"\b(?:выда|отда)\w* (?:\w+ ){0,3}замуж\b.{0,80}\b(?:не хочу|не хотела|не согласн|против (?:моей )?воли|без "
    r"(?:моего )?согласия|силой)|\b(?:не хочу|против (?:моей )?воли|без (?:моего )?согласия)\b.{0,60}\b(?:выда|отда)"
    r"\w* (?:\w+ ){0,3}замуж\b",
    r"\b(?:заставля|застав|принужда|принуд)\w* (?:\w+ ){0,2}(?:выйти|выходить|пойти|идти|вступить) (?:\w+ )?(?:замуж|в брак)"
    r"|\b(?:заставля|застав|принужда|принуд)\w* (?:\w+ ){0,2}жениться",
    r"\bсосватал\w*\b.{0,60}\b(?:без (?:моего |нашего )?согласия|против (?:моей )?воли|не спросив|не хочу)"
    r"|\b(?:без (?:моего )?согласия|против (?:моей )?воли)\b.{0,40}\bсосватал",
)
_MORE[CrisisKind.SEXUAL]["en"] += (r"\bcomes? to me\b.{0,15}\bnight|\bnight\w*\b.{0,15}\bcomes? to me",)
_MORE[CrisisKind.STRANDED]["ru"] += (
    r"\b(?:второй|третий|четвертый|пятый|\d+-?й) (?:день|ночь|сутки) (?:\w+ )?(?:на|в) (?:вокзал|аэропорт|улиц|границ|парк|лесу)",
    r"\bвыгнал\w*\b.{0,40}\b(?:ни копейки|без денег|денег нет|нет денег)|\b(?:ни копейки|без денег|денег нет|нет денег)\b.{0,40}\bвыгнал",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    r"\b(?:ikinji|üçünji|dördünji|bäşinji|\d+-?nji) (?:gün|gije)\w* (?:\w+ )?(?:wokzalda|aeroportda|köçede|serhetde|parkda)"
    r"|\bhiç zat iýmedi\w*",
)
_MORE[CrisisKind.SELF_HARM]["tk"] += (
    r"\bhemişelik (?:gitmek|ýitmek|ýok bolmak)|\bnäme üçin ýaşa(?:maly|ýaryn|mak)\b",
)
_MORE[CrisisKind.SELF_HARM]["en"] += (
    r"\bgo away forever\b|\bwhy (?:should i |do i |even )?(?:keep )?(?:living|live)\b",
)
# The kinds still weakest on the held-out count, widened by stems (no new lines read).
_MORE[CrisisKind.STRANDED]["ru"] += (
    r"\bоставил\w* (?:меня|нас) (?:одн\w*|здесь|тут|ни с чем|без (?:всего|денег|документов|паспорта|жилья|еды))"
    r"|\bни с чем\b|\bвысел(?:ил|ил[аи]|яют|яет)\b",
    r"^(?!.*\b(?:рейс|жду|задерж|пересадк))(?:.*\b)?(?:сижу|сидим|сплю|спим|ночую|ночуем|торчу|торчим|застрял\w*)"
    r" (?:\w+ ){0,2}(?:на|в) (?:вокзал|аэропорт|улиц|парк|подъезд|лесу|трасс)",
)
_MORE[CrisisKind.VIOLENCE]["ru"] += (
    r"\bврезал\w*(?! (?:\w+ )?зам(?:ок|ки|ка))|\b(?:вмазал|отлупил|отмутузил|поколотил|исколотил|надавал|треснул)\w*|\bприменя\w* (?:ко мне |к нам )?силу",
    r"\bгроз\w* (?:\w+ )?(?:пистолет|нож|оружи|ружь)",
)
_MORE[CrisisKind.VIOLENCE]["en"] += (
    r"\b(?:is|'s|gets|getting|became|becomes) (?:\w+ )?(?:violent|abusive)\b",
    r"\brough(?:ed|ing|s)? (?:me|us|her|him) up\b|\bpoint\w* a (?:gun|knife|pistol)\b|\bshoot (?:me|us|her|him)\b|\bshot at\b",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    r"\burul(?:ýar|ýan|dy|dym|dyk|ýaryn|ýarys|ýas)\w*|\býenjil\w*|\bhorla(?:ýar|ýarlar|dy|dylar)\b"
    # "gyýna-" (torture) with its endings only: folded, "gyýnan" would read as "gynan-" (to be sad)
    r"|\bgyýna(?:ýar|dy|p|mak|ýarlar|dylar|ýa)\w*",
    r"\býarala(?:dy|dylar|ýar|ýarlar)\b|\bel(?:ini)? galdyr(?!ma|me|anok|enok|mok)\w*",
)
_MORE[CrisisKind.SELF_HARM]["tk"] += (
    r"\b(?:men|meni) (?:\w+ )?ölmeli\b|\bheläk\w*|\bjanymdan geç|\bdünýäden el çek|\býaşamagyň (?:peýdasy|geregi) (?:ýok|galmady)",
    r"\bölüme taýýar|\bsoňky (?:sapar|gezek) ýaz|\bsoňky hatym",
)
_MORE[CrisisKind.SELF_HARM]["en"] += (
    r"\bthis is my last (?:message|text)\b|\bmy last (?:message|text) (?:to you|ever|before)\b",
)
_MORE[CrisisKind.SEXUAL]["ru"] += (
    r"\bвстреча\w* с (?:мужчинами|клиентами|гостями)|\bсутен[её]р|\bсутик|\bвебкам|\bинтимн|\bблизост|\bсожительств",
    r"\bдля взрослых\b",
    r"\bпрода(?:ли|ют|дут|л|ла) (?:\w+ )?(?:какому[- ]?то |одному |старому )?(?:мужик|мужчин|клиент)",  # "продали какому то мужику"
)
_MORE[CrisisKind.SEXUAL]["en"] += (
    r"\bpimp|\bnudes?\b|\bsexual (?:favou?rs?|services?|acts?)\b",
    r"\bsold (?:\w+ )?to (?:men|some men|clients|a brothel)\b",  # "being sold to men in a sauna"
)
_MORE[CrisisKind.SEXUAL]["tk"] += (r"\býakynlyk (?:talap|isle|et)|\bnamysyma deg|\bsutener",)
# sold to a club or a brothel ("ony kluba satypdyrlar")
_MORE[CrisisKind.SEXUAL]["tk"] += (r"\b(?:kluba|klublara|bordele|jelephana\w*) (?:\w+ )?sat(?:dy|yp|ýar)\w*",)
_MORE[CrisisKind.CONFINEMENT]["en"] += (
    r"\b(?:sold|selling|sells?) (?:her|him|them|girls|children|kids)\b",
    # a relative or friend sold: "he sold my sister", "my brother was sold" (not "sold my car")
    rf"\b(?:sold|selling|sells?) (?:my|our|his|her|their) {_KIN_EN}\b|\b(?:my|our|his|her) {_KIN_EN} (?:was|were|has been"
    r"|have been|got|is being|are being) sold\b",
)
_MORE[CrisisKind.STRANDED]["ru"] += (
    r"\b(?:ехать|вернуться|уехать|доехать|лететь|улететь|добраться) не на что|\b(?:спим|сплю|ночую|ночуем|живем|живу) в машине",
    r"!\bничего не ел[аи]?\b|\bне ел[аи]? (?:уже )?(?:\d+|два|три|несколько|целый|сутки)",
    r"\bзастрял\w*\b.{0,60}\b(?:денег нет|нет денег|без денег|ни копейки)|\b(?:денег нет|нет денег|без денег)\b.{0,60}\bзастрял",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    r"\b(?:galdym|galdyk)\b.{0,40}\bpul\w* (?:hem )?ýok|\bpul\w* (?:hem )?ýok\b.{0,40}\b(?:galdym|galdyk)\b",
)
_MORE[CrisisKind.CONFINEMENT]["ru"] = (
    # a relative or friend sold: "мою дочь продали", "он продал мою сестру" (not "продали машину")
    rf"\bпрода(?:ли|ют|л|ла|дут|ст) {_KIN_RU}|\b{_KIN_RU} (?:\w+ ){{0,2}}прода(?:ли|ют|дут)\b",
    r"\bпрода(?:ст|дут|дим|сть) (?:меня|нас|ее|её|его|их)\b|\b(?:меня|нас) (?:\w+ )?прода(?:ст|дут)\b",
)
_MORE[CrisisKind.VIOLENCE]["en"] += (
    r"(?<!heart )(?<!heart is )(?<!heart was )\b(?:beats|beating)\b(?! (?:the |a |my |his |our )?(?:record|deadline|traffic|heat|odds|price|market|system|game|level))",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (r"\býen[çj]er(?:ler)?\b",)
_MORE[CrisisKind.SEXUAL]["en"] += (r"\b(?:kiss|kisses|kissed|kissing) (?:me|her)\b",)
_MORE[CrisisKind.SEXUAL]["ru"] += (
    r"\bцелу(?:ет|ют) (?:меня|нас)\b|\bзаставля\w* (?:\w+ ){0,2}делать (?:больше|вс[её]|что (?:хотят|скажут|захотят))",
)
# Issue 15, Turkmen (a fresh dev round by another writer): families of forms rather than phrases.
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    # kicking and trampling in their person endings: tepdi, tepip, tepýärler, depeleýär
    r"\btep(?:ip|di|dim|diler|dile|ýä|ýär|ýärler|ýäler|eler|ipdir)\w*|\bdepele\w*|\bdepgile\w*",
    # killing threatened at someone named: "maşgalaňy tapyp öldürýäs", "seni öldürerin"
    r"\b(?:seni|sizi|meni|bizi|ony|olary|maşgala\w*|ejeň\w*|ejemi|kakaň\w*|kakamy|çagala\w*|doganla\w*|ýakynla\w*)\b"
    r"(?: \w+){0,3} öldür(?:ýä|ýär|er|jek|eris|erin|erler)(?!di\b|dim\b|dik\b|diler\b)\w*",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    # left without money, documents or a roof: pulsuz / pasportsyz / dokumentsiz / öýsüz galdym
    r"\b(?:pul|pasport|dokument|resminama|kagyz|jaý|öý|ýatak|ýer)s(?:yz|iz|uz|üz)\w* (?:\w+ )?(?:gal|galdyr)(?:dy|yp|ýa|ar)\w*",
    r"\bne pul\w*\b.{0,30}\bne (?:pasport|ýer|jaý|ýatak|dokument|resminama|iýmit|nan|telefon)",
    r"\bköçede(?:ýin|ýis|ýäs|ýiz|dirin|diris|ýärin|ýäris)\b|\bindi nirä (?:gitjeg|barjag)\w* (?:bilemok|bilemizok|bilmeýä\w*)",
    r"\b(?:bizi|meni|ony|olary) (?:\w+ ){0,2}(?:şu ýerde|bu ýerde|ýolda|çölde|tokaýda|meýdanda|şäherde|serhetde) "
    r"(?:goýup|taşlap|galdyryp) gitdi\w*",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    # bones broken, slaps, blood drawn, a weapon shown to frighten
    r"\b(?:dyz|el|aýag|gapyrga|burn|diş|kelle|gol|bil|barmag|gol)\w* (?:\w+ )?döw(?:di|dü|üp|ýä|er|jek)\w*",
    r"\bbog(?:jak|dy|up|ýa|makçy)\w*|\b(?:sylaç|sylaj|şapalak|şarpyk)\w*|\b(?:tokmakla|ýumrukla|taýakla|kemerle)(?:ýa|ýä|dy|di|p)\w*|\bgan(?:ymy|ymyzy|yny|laryny) akdyr\w*",
    r"\bgorkuz\w*\b.{0,30}\b(?:ýarag|pyçak|tapança|pistolet)\w*|\b(?:ýarag|pyçak|tapança|pistolet)\w*\b.{0,30}\bgorkuz\w*",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    # nowhere to sleep or stay in any of its verb forms; days without food
    r"\b(?:gijelemäge|gijeläre|ýatmaga|ýatara|galara|galmaga|gidere|barara|barmaga) (?:hiç )?ýer(?:im|imiz)? (?:hem )?ýok",
    r"\b(?:iki|üç|dört|bäş|\d+) gün\w* (?:bäri )?(?:hiç zat )?iýme(?:dim|dik|di|ýä)\w*|\b(?:nan|iýmit|çörek) (?:satyn )?almaga pul\w* ýok",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    r"\b(?:pasport|pul|dokument|resminama)\w*\b.{0,50}\bnirä (?:gitjeg|barjag)\w* (?:bilemok|bilemizok|bilmeýä\w*)",
)
_MORE[CrisisKind.CONFINEMENT]["tk"] = _MORE[CrisisKind.CONFINEMENT].get("tk", ()) + (
    r"\b(?:meni|bizi) (?:\w+ )?sat(?:jak|makçy|dy|dylar|yp|ar)\w*",
)
# A threat told in reported speech: "atjakdyklaryny / öldürjekdiklerini / urjakdyklaryny aýtdylar".
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    r"\b(?:atjak|öldürjek|urjak|ýenjjek|ýakjak|kesjek)d(?:yk|ig|ik|yg)\w*|\b(?:meni|bizi|seni|sizi) (?:\w+ )?atjak\b",
)
# Pressing and frightening people in their person endings ("gysýarlar", "gorkuzyp dur"), unless what is threatened is
# the job, a fine or the wages (a topic question).
_MORE[CrisisKind.VIOLENCE]["tk"] += (
    r"^(?!.*\b(?:işden|kowjak|kowaryn|kowarys|jerime|aýlyk|deport|polisiýa)\w*)(?:.*\b)?(?:gysýarlar\b|gysyp dur"
    r"|(?:meni|bizi|olary) (?:\w+ ){0,3}(?:gys|gorkuz)(?:ýa|yp|up|dy|du)\w*|gorkuz(?:ýarlar|yp dur|up dur|dylar|dular)\b)",
)
_MORE[CrisisKind.STRANDED]["tk"] += (
    # two things missing at once, hyphenated or not; cannot get home without money; left in the middle of nowhere
    r"\b(?:pul|pasport|dokument|resminama|jaý|öý)s(?:yz|iz|uz|üz)\W+(?:we |hem )?(?:pul|pasport|dokument|resminama|jaý|öý)s(?:yz|iz|uz|üz)\b"
    r"|\baç-?ýalaňaç (?:\w+ )?(?:galdy|köçede|otyr|ýatyr)\w*",
    r"\bpul\w* (?:hem )?ýok\b.{0,40}\b(?:öýe|yzyma|watana) (?:gaýdyp|dolanyp|gidip) bilem\w*"
    r"|\b(?:öýe|yzyma|watana) (?:gaýdyp|dolanyp|gidip) bilem\w*\b.{0,40}\bpul\w* (?:hem )?ýok",
    r"\b(?:ýol|çöl|tokaý|meýdan|dag|serhet)\w* ortasynda (?:\w+ )?(?:galdy|taşla|goýup git|düşürip git)\w*",
    r"\bgijä(?:ni|mizi)? (?:\w+ )?(?:daşarda|köçede|parkda|wokzalda|aeroportda|podýezde|awtobus duralgasynda) geçir\w*",
)
_MORE[CrisisKind.VIOLENCE]["tk"] += (r"\b(?:kelle|baş|ýüz|dodag)\w* ýar(?:dy|yp|dylar|jak)\w*",)
for _kind, _languages in (*_MORE.items(), *OTHER_WAYS.items()):
    for _language, _patterns in _languages.items():
        FAMILIES.setdefault(_kind, {})[_language] = FAMILIES.get(_kind, {}).get(_language, ()) + _patterns
# Hunted and hiding ("меня ищут, я прячусь"): a threat. Hiding alone reads as being stranded (crisis_patterns), whose
# reply names money, documents and a roof; being searched for is what frightens.
_HUNTED = {
    "ru": (
        r"\b(?:меня|нас) (?:\w+ ){0,2}ищут\b.{0,40}\b(?:пряч|скрыва)\w*|\b(?:пряч|скрыва)\w*\b.{0,40}\b(?:меня|нас) (?:\w+ ){0,2}ищут\b",
    ),
    "en": (
        r"\b(?:they'?re|they are|he'?s|he is) (?:looking|searching|hunting) for (?:me|us)\b.{0,40}\bhid"
        r"|\b(?:i'?m|i am|we'?re|we are) hiding\b.{0,40}\b(?:looking|searching|hunting) for (?:me|us)\b",
    ),
    "tk": (
        r"\b(?:meni|bizi) (?:\w+ )?(?:gözleýärler|agtarýarlar)\b.{0,40}\bgizlen\w*|\bgizlen\w*\b.{0,40}\b(?:meni|bizi) (?:\w+ )?(?:gözleýärler|agtarýarlar)\b",
    ),
}
for _language, _patterns in _HUNTED.items():
    FAMILIES[CrisisKind.VIOLENCE][_language] = FAMILIES[CrisisKind.VIOLENCE].get(_language, ()) + _patterns
