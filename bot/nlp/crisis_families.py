"""More of the crisis detector's danger patterns, written as word families rather than phrases: a stem with its
inflections, either word order, and the words around it that people leave out. Same shape and reading as PATTERNS
in crisis_patterns.py (kind → language → regexes on that language's reading; "!" = the pattern carries its own
negation); bot/nlp/crisis.py matches both. Kept apart so that each table stays short enough to read."""

from __future__ import annotations

from bot.nlp.crisis_patterns import CrisisKind

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
            r"\bзакры(?:ли|л|ла|вают|вает) (?:\w+ ){0,3}(?:снаружи|на ключ|на замок)",
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
            r"\bпишу (?:\w+ )?(?:тихо|тайно|шепотом|шёпотом)|\bне могу (?:громко )?говорить\b",
            r"\bсрочно\b.{0,20}\b(?:нужен|нужна) (?:кто-то|кто-нибудь|кто нибудь|человек)"
            r"|\b(?:нужен|нужна) (?:\w+ )?(?:кто-то|кто-нибудь|кто нибудь|человек)\b.{0,30}\b(?:срочно|сейчас)",
        ),
        "tk": (r"\bkömek\b.{0,60}\b(?:gorkýar|gorkup|howpda)|\b(?:gorkýar\w*|howpda\w*)\b.{0,60}\bkömek",),
    },
}
