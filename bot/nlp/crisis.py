"""Does a message say that someone is in danger now? Pattern rules over three readings of the text, Telegram-free.

A person may write Russian, Turkmen or English whatever their Telegram language, in Cyrillic or Latin letters, so
every message is read three ways and every language's patterns run on the reading made for them:

- `en`: the text in lower case, as typed;
- `ru`: Cyrillic, with Latin-letter words transliterated ("menya byut" → "меня бют"), so one set of Russian patterns
  also covers Russian typed in Latin letters (the patterns allow the soft sign after л and т to be missing);
- `tk`: Turkmen Latin folded as `bot/textnorm.py` folds it (Cyrillic Turkmen converted, special letters and digraphs
  folded: "urýarlar", "uryarlar" and "урярлар" read the same). Turkmen patterns are written with the special
  letters and folded once, the same way.

Ages written in words read as digits in all three ("fourteen", "пятнадцать", "on dört").

The text is cut into sentences ("but" starts a new one) and clauses (at commas), and a danger pattern counts only
when nothing says it is not a danger now:
- a hypothetical or a question of law: a condition and a question in the sentence ("what should I do if they lock
  me in?"); a condition alone is a threat ("if I leave they will kill me"), and what is told before the "if" still
  counts ("he beats us if we are slow, what do I do?"), as does what a Turkmen sentence tells besides its
  conditional verb ("işlemesem urýarlar, näme etmeli?");
- the past ("last year", "in 2019") or people in general ("workers are often ...", "I heard"): the whole sentence,
  unless it also tells of today ("now", "still"), then clause by clause, since a long story may start years ago and
  end today;
- a negation just before the words ("nobody beats me", "he doesn't really hit me"), unless the phrase carries it
  ("they don't let us out"); "not" reaches only the words right after it ("they dont pay beat us" tells of beating);
- a joke ("mum will kill me 😂"), or a message saying the person is safe now ("сейчас дома") for what it tells of.
Someone under 18 named with any danger makes the kind "child". A very short message ("заперли", "locked") is read by
its key word alone. A call for help counts alone in its sentence with only fillers ("please help me now"), or set
off at the start of a sentence that asks nothing ("помогите, ..."), not as a request for a task ("help me choose a
phone"). Common typos of the key words are corrected before matching. A missed crisis is worse than a false alarm:
when a pattern is unsure, it leans to flagging.

The data (patterns and markers per language) comes first; the decision is `detect_crisis` at the end."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from bot.nlp.textnorm import fold, has_cyrillic, turkmen_cyrillic_to_latin


class CrisisKind(StrEnum):
    CONFINEMENT = "confinement"
    VIOLENCE = "violence"
    SEXUAL = "sexual"
    CHILD = "child"
    STRANDED = "stranded"
    HELP = "help"
    SELF_HARM = "self_harm"


# When several kinds apply, the most specific wins: it decides which help is offered first.
PRIORITY = (
    CrisisKind.SELF_HARM,
    CrisisKind.CHILD,
    CrisisKind.SEXUAL,
    CrisisKind.CONFINEMENT,
    CrisisKind.VIOLENCE,
    CrisisKind.STRANDED,
    CrisisKind.HELP,
)

_OBJ_EN = r"(?:me|us|her|him|them|my \w+|our \w+|people|girls|workers|everyone)"
_OBJ_RU = r"(?:меня|нас|ее|её|его|их|сестру|брата|жену|дочь|сына|мужа|маму|девушек|девочек|людей)"

# Danger patterns: kind → language → regexes (matched on that language's reading, see the module docstring).
# A pattern starting with "!" carries its own negation ("no reason to live"): no negation is looked for before it.
PATTERNS: dict[CrisisKind, dict[str, tuple[str, ...]]] = {
    CrisisKind.SELF_HARM: {
        "en": (
            r"\b(?:feel like|thinking (?:about|of)|want to|going to) end(?:ing)? it\b|\bending it all\b",
            r"\bnot worth living\b|\b(?:should|better|rather|just) (?:just )?(?:die|be dead)\b",
            r"\b(?:want|wanna|going|gonna|plan(?:ning)?|ready|decided)(?: to)? (?:die|kill my ?self|end (?:it|my life|everything))",
            r"\bkill(?:ing)? my ?self\b",
            r"\bend(?:ing)? (?:my life|it all|everything)\b",
            r"\bsuicid|\bkms\b|\bunalive|\b(?:off|end) myself\b",
            r"\b(?:don'?t|do not|dont) (?:want|wanna) (?:to )?(?:live|be alive|exist)",
            r"\bno (?:reason|point|sense) (?:to live|in living|living)\b",
            r"\bbetter (?:off|to be) dead\b|\bgoodbye (?:everyone|forever|all)\b",
            r"\b(?:cut|cutting|hurt|hurting|harm|harming) my ?self\b",
            r"\btake my (?:own )?life\b",
            r"\b(?:can'?t|cannot) (?:go on|live like this) any ?more\b",
            r"\bwish i (?:was|were) dead\b",
            r"\bnever wake up\b|\bnot wake up\b|\brope\b|\bdone with (?:life|living|everything)\b|\bdisappear forever\b|\bpoison\b",
            r"!\breason to live\b|\b(?:tired|sick) of (?:living|life|being alive)\b",
            r"!\b(?:nobody|no one|noone) (?:would|will|'d) (?:miss|notice|care)",
            r"\bjump(?:ing)? (?:from|off) (?:the |a )?(?:roof|bridge|window|building|balcony)",
            r"\b(?:take|took|swallow|drink) (?:all )?(?:the |my |these )?(?:pills|tablets)\b|\boverdose\b|\b(?:took|swallowed) (?:many|a lot of|all (?:the |my )?|lots of) (?:pills|tablets)",
            r"\b(?:pills|tablets)\b.{0,40}\btake (?:them|it) all\b",
            r"\bhang my ?self\b|\bdon'?t want to wake up\b|\bbetter (?:if|when) i(?:'m| am| was| were)? (?:dead|gone)\b",
            r"\bcan'?t (?:take|bear|stand) (?:it|this) any ?more\b",
            r"\b(?:can'?t|cannot|cant) go on\b|\b(?:don'?t|dont|do not) want to be (?:here|alive|around) any ?more\b|\bbetter off (?:without me|if i (?:was|were|am) (?:gone|dead))\b",
            r"!\b(?:don'?t|dont|do not|can'?t|cant) see (?:the |any )?(?:point|reason|sense) (?:in |of |to )?(?:living|live|life|going on|keep going|go on)\b|\bno point (?:in )?(?:living|going on)\b",
            r"\bthink\w* (?:about|of) (?:dying|death|suicide|killing myself|ending (?:it|my life))\b",
            r"!\bno (?:reason|point) for me to (?:live|go on)\b",
            r"!\blife (?:is|isn'?t|is not) (?:not )?worth (?:it|living)\b",
            r"!\bnothing (?:left )?to live for\b|\b(?:what'?s|what is) the point (?:of|in) (?:living|life|going on)\b|\b(?:going|gonna) to jump\b|\bwant (?:it|this|everything) (?:all )?to end\b",
            r"\bwish i (?:had never been born|could die|was never born|didn'?t exist|could disappear)\b|\bwant to disappear\b|\bend (?:this|it) (?:forever|tonight)\b",
        ),
        "ru": (
            r"\bне хо(?:чу|чется|тим) (?:больше )?(?:так )?ж[иы]т",
            r"\bж[иы]ть не хо(?:чу|чется)",
            r"\bхочу (?:умерет|сдохнут|умират|умир[еа]т)",
            r"\bпокон(?:чит[ьи]?|чу) (?:с собой|со всем|с жизнью)|\bвс[её] закончу\b",
            r"\b(?:убит[ьи]?|убью|убиват[ьи]?) себя",
            r"\bсуицид|\bсамоубий",
            r"\bвскр(?:оюсь|ыться)\b|\b(?:выйти|выйду|шагну|шагнуть) в окно|\bсамовыпил|\b(?:хочу|пойду) убиться|\bубьюсь\b",
            r"\bповес(?:иться|ится|илась|ился)|\bвешаться|\bутопит(?:ься|ся)|\bумерет\w* хочу|\bсдохнуть хочу|\bжизнь (?:кончена|закончена)|\bлучше смерть|\bсмерть лучше",
            r"\bповеш(?:усь|ут?с[яь]|ат?с[яь])",
            r"\bвскр(?:ою|ыть|ыт) (?:себе )?вены",
            r"\b(?:режу|режет|резать|калечу|по?рез\w*) себя|\bпорезал[аи]? (?:себе )?(?:руки|вены)",
            r"\b(?:нет смысла|незачем|не для чего|не хочется) ж[иы]т",
            r"\bлучше (?:бы )?(?:умерет|сдохнут)",
            r"\bналож(?:ить|у) на себя руки",
            r"\b(?:с|c)?(?:прыгну|прыгнуть|брошусь|сброшусь|броситься|сброситься) (?:с|из|под)",
            r"\bнаглотал\w* (?:\w+ )?таблет|\bвыпил\w* (?:много|все|пачку) таблет",
            r"!\bсмысл\w* (?:\w+ )?(?:ж[иы]т|в жизни)|\bсвести сч[её]ты|\bуйти из жизни|\bлишить себя жизни",
            r"\b(?:выпью|наглотаюсь|выпить|наглотаться|приму) (?:все |всю )?(?:таблет|лекарств|пачку)",
            r"!\bесли я умру|\bесли меня не станет",
            r"\b\bустал[аи]? ж[иы]ть|\bне могу (?:больше )?так ж[иы]ть|\bутоплюсь",
            r"\bвс[её] (?:это )?(?:закончить|прекратить)\b|\bжизнь не стоит|\bне стоит ж[иы]ть|\bреж\w* (?:себе|себя)\b",
            r"\bпрощайте (?:все|навсегда)|\bбольше не (?:выдержу|вынесу)|\bне выдержу больше",
            r"\bне проснуться|\bуснуть навсегда|\bвер[её]вк|\bделаю себе больно|\bпричиняю себе|\bустал\w* от жизни|\bкрысин|\bяд\b|\bотравлюсь|\bотравиться",
            r"\bлучше (?:бы )?(?:умру|умереть|сдохну)",
            r"!\bне могу (?:больше )?ж[иы]ть так|\bне могу больше ж[иы]ть\b|\bтон(?:у|ем)\b.{0,20}помоги",
            r"\bне хочу (?:больше )?просыпаться|\bхочу исчезнуть навсегда",
            r"!\bлучше бы (?:меня|я) (?:вообще )?не (?:было|был|была|родил)|\bменя (?:скоро )?не станет|\bпокончить с (?:этим|всем)",
            r"!\b(?:незачем|не за чем|зачем (?:я |мне |нам )?(?:дальше |вообще |больше )?)(?:ж[иы]ть|живу)\b(?! (?:в|на) )|\bхочу чтобы (?:\w+ )?вс[её] (?:закончилось|кончилось|прекратилось)|\b(?:нет|не осталось) сил (?:\w+ )?ж[иы]ть|\bсил (?:\w+ )?нет ж[иы]ть",
            r"!\bнезачем (?:\w+ ){1,2}ж[иы]ть|\bжизнь (?:\w+ )?(?:потеряла смысл|бессмысленн)|\bуйти навсегда|\bне хочу (?:больше )?существовать",
            r"\b(?:вы)?прыгн\w* (?:\w+ ){0,2}(?:из окна|с крыши|с моста|с балкона|под поезд|под машину)|\bброс\w* под (?:поезд|машин)",
            r"\bсебя (?:\w+ )?(?:убью|убить|порежу|покалечу|изрежу)|\bс собой (?:[\w-]+ ){0,2}(?:сделаю|покончу|кончу)|\b(?:сделаю|сделать) (?:\w+ )?с собой|\bруки на себя",
            r"\bпишу (?:вам )?(?:в )?последний раз|\bтаблетк\w*.{0,40}\b(?:выпью|наглотаюсь|приму) (?:все|всё|разом|сразу)|\bзачем я (?:вообще )?родил|\bлучше бы я не родил",
            r"!\bчтобы меня не (?:было|стало)|\b(?:скоро меня|меня скоро|меня больше) не (?:будет|станет)\b|\bлучше не ж[иы]ть|\bреж(?:у|ет) (?:себе )?(?:руки|вены|запясть)",
            r"!\bнадоело ж[иы]ть|\bж[иы]ть (?:\w+ )?надоело|\bуй(?:ду|дем|ти) из жизни|\b(?:порежу|перережу|вскрою|резать) (?:себе )?вены|\bвыпрыгн\w* (?:в|из) окн|\bсдохнуть бы|\bлучше (?:\w+ )?сдохнуть",
            r"!\bне вижу (?:другого )?выхода|\bвыход (?:\w+ )?(?:один|только один)|\bпростите меня (?:все|за вс[её])|\bэто мо[её] последнее (?:сообщение|письмо)",
            r"\bхочу (?:\w+ ){1,2}(?:умереть|сдохнуть|умирать)|\b(?:пора|хочу) (?:\w+ )?(?:со всем|с жизнью) (?:покончить|закончить)",
        ),
        "tk": (
            r"\bözümi (?:öldür|asjak|asaryn|atjak|ýok etjek|kesýärin|kesdim|ýaralaýaryn|zyýanla)",
            r"\böles(?:im|ä) gel",
            r"\bölmek isle(?:ýärin|ýän|ýäs)",
            r"\bölmek (?:isleýärin|isläp)",
            r"\bölj(?:ek|ekdirin)\b",
            r"\býaşa(?:syn|sym|mak) (?:isle(?:mok|meýärin|mäok|ämok)|islämok|gelenok|gelmeýär)",
            r"!\býaşamagym(?:yň)? (?:gerek däl|geregi ýok|manysy ýok)",
            r"!\b(?:ýaşamaga|ýaşara) (?:güýjüm|halym|islegim) ýok|\bölümden başga (?:çykalga|ýol|çäre) ýok",
            r"\býaşamagyň (?:hiç )?(?:manysy|geregi) ýok|\bölüp (?:dyn|gutul)|\bölüp gitmek isle|\bölüm(?:i)? isle|\böleýin\b|\bölmek (?:hakda|barada) pikir|\bjanymy (?:gyý|al)|\bömrüme (?:soň|nokat) goý",
            r"\bjanyma kast",
            r"!\býaşamagyň many|\býaşamakdan (?:ýadadym|bizar|irdim)",
            r"\b(?:üçekden|üçegden|köpriden|penjireden|balkondan) (?:bök|taşla|özümi)",
            r"\b(?:ähli|hemme|bütin) dermanlary? (?:içjek|içerin|içip)|\bdermanlary içip öljek|\b(?:köp|ähli|hemme) derman\w* içdim",
            r"\boýanmazlyg|\bhiç haçan oýanma|\býüp (?:taýýar|taýýarladym)|\bözüme zyýan|\bözümi ýaralaýaryn",
            r"\b(?:durmuşdan|ýaşaýyşdan|ömürden|ömrümden|janymdan) (?:ýadadym|bizar|irdim|doýdum|geçdim)|\bhemişelik ýit|\bawus|\bzäher",
            r"\bhoş gal(?:yň)? hemmäňiz|\bçydap bilemok|\bçydamym ýok",
            r"\býaşamaga degme|\b(?:ölenim|ölsem|ölüp gitsem) (?:gowy|has gowy)",
            r"\bhemme zady (?:gutar|bes et)\w*|\bölsem\b|\bölüp gitsem|\bdünýäden gitjek|\bözümi suwa|\basylyp",
            r"\bsuisid|\bsamoubiý|\bintihar",
            r"(?:^|\bmen |\bindi |\bbeýle |\bbu durmuşda )ýaşap (?:bilemok|bilmeýärin|bilmerin)\b|\bölmekçi|\býok bolasym gel",
            r"\bözümi (?:\w+ )?(?:as(?:jak|aryn|aýyn|makçy|ypdyr|ýan)|at(?:jak|aryn|aýyn|makçy)|ýok et\w*|öldür\w*|oda\b|suwa\b)|\bözüme el (?:ýetir|gat)|\býok bolup gitmek isle|\bölsem gutul|\b(?:durmuşymy|ömrümi|janymy) (?:gutar|soňla|al)(?:jak|aryn|aýyn)|\bhemme zat üçin bagyşla|\bdünýäden git|\bmen gidýärin hemişelik",
            r"\b(?:men )?ýok bolsam (?:has )?gowy|\b(?:durmuşyň|ýaşaýşyň|ömrüň) manysy (?:galmady|ýok)|\bömrüme kast|\bözümi (?:\w+ )?(?:öldürmek|asmak)",
        ),
    },
    CrisisKind.SEXUAL: {
        "en": (
            r"\brap(?:e|ed|es|ing|ist)\b",
            r"\bforc(?:e|es|ed|ing) (?:me |us |her |them |girls )?(?:in)?to (?:have sex|sleep with|sex|prostitut|serve|work as a prostitute|be with (?:men|clients))",
            r"\b(?:sex work|prostitut\w*)",
            r"\bsleep with (?:clients|men|customers|guests|him|them|the boss|his|strangers|friends)",
            r"\bforc(?:es|ed|ing) (?:me|us|her)\b(?! to (?:work|pay|sign|stay))",
            r"\bserve (?:clients|men|customers|guests)\b",
            r"\b(?:touch(?:es|ed|ing)?|grop\w+) (?:me|her|us)\b",
            r"\bsexual(?:ly)? (?:abus|harass|assault|exploit)",
            r"\bsex\b|\bforc\w* (?:\w+ ){0,3}(?:with|to) (?:men|clients|customers|guests)\b",
            r"\b(?:make|makes|made|force|forces|forced)\b.{0,40}\bwith (?:clients|customers|men|guests)\b",
            r"\bmolest|\bsex with\b|\b(?:have|having) sex\b|\bforc(?:es|ed|ing) himself\b|\bsexually\b",
            r"\b(?:sell|selling|sold) (?:my|her) body\b|\bnaked (?:photos|pictures|videos)\b",
            r"\b(?:sold|selling|sell) (?:me|her|us|them|girls) (?:for sex|to (?:men|a brothel|clients))",
            r"\b(?:into|in) my bed\b|\bnaked\b|\bstrip(?:tease)?\b|\bdebt with (?:my|her|your) body\b|\bas a wife\b|\bforced (?:to )?marr",
            r"\bbrothel\b|\bsex slaves?\b",
            r"\bescort\b",
            r"\bmarry (?:me|her|us) off\b|\b(?:want|wants|going) to marry (?:me|her) (?:to|off)\b",
        ),
        "ru": (
            r"\bизнасил",
            r"\bнасилу(?:ют|ет)",
            r"\bзаставля(?:ют|ет|ли) (?:меня |нас |ее |её |их |девушек )?(?:спать|заниматься|обслуживать|работать проститутк|быть с|интим|секс)",
            r"\bпроститу",
            r"\bсекс(?!ист|изм)",
            r"\bинтим|\bдомога|\bпринужда(?:ет|ют)\b(?! (?:\w+ )?(?:работать|платить|подписать))",
            r"\bзаставля\w* (?:\w+ ){0,3}(?:с мужчинами|с клиентами|клиентам|мужчинам|с гостями)",
            r"\bпрода(?:ют|ет|ли|л[аи]?) (?:\w+ )?(?:мужчинам|клиентам)",
            r"\b(?:меня|нас|ее|её) (?:(?!не\b)\w+ ){0,2}(?:трога|лапа)(?:ет|ют|л|ла|ли)\b",
            r"\b(?:трога|лапа)(?:ет|ют|л|ла|ли) (?:меня|нас|ее|её)\b",
            r"\bобслуживат[ьи]? (?:клиентов|мужчин|гостей)",
            r"\b(?:домогает|домогают|пристает ко мне|пристаёт ко мне|лапает|трогает меня|трогают меня)",
            r"\b(?:пере)?спа(?:т[ьи]?|ла|л|ли) с (?:гостями|клиентами|мужчинами|хозяином|ним|ними|начальником)",
            r"\bпродал[иа]? (?:меня|нас|ее|её|девушек) (?:в бордель|мужчин|клиент)",
            r"\bв (?:мою )?(?:кровать|постель)|\bголы(?:ми|м|ой)\b|\bраздеват|\bстриптиз|\bтелом\b|\bв ж[её]ны|\bнасильно (?:\w+ )?замуж",
            r"\bбордел|\bсекс[- ]?рабын|\bсекс[- ]?рабств",
            r"\bсексуальн\w* (?:насили|эксплуатац|рабств|домогат)",
            r"\b(?:заставля|застав|принужда|принуд|отправля|отправ|возят|посыла|должна|обязан)\w* (?:\w+ ){0,4}(?:к мужчинам|к клиентам|к мужикам|на вызовы|по вызовам|в номера)",
            r"\bпрода(?:ет|ют|ли|л|ла)\w* (?:меня|нас|ее|её|девушек|девочек) (?:\w+ ){0,2}(?:мужчинам|мужикам|клиентам|другим)",
            r"\b(?:ублажа|обслужива|удовлетворя)\w* (?:\w+ ){0,2}(?:гост|клиент|мужчин|мужик)|\b(?:отработать|отрабатывать|отрабатываю) (?:\w+ ){0,2}с (?:клиентами|мужчинами|мужиками|гостями)",
            r"\bс (?:ним|ними|хозяином|начальником|мужчинами|мужиками|клиентами|гостями) (?:\w+ )?(?:спала|спать|переспала|переспать|спали|ложиться|легла)\b",
            r"!\bесли не (?:пересплю|буду спать|лягу|стану спать) с\b",
            r"\bпересп(?:лю|ать|ала|ит|и) с\b|\bпристава\w*|\bприставал\w*|\b(?:отда|сда|продаю|продают|водят|возят)\w* (?:\w+ ){0,2}(?:мужчинам|мужикам|клиентам)|\bиспольз\w* (?:как|для) (?:женщин|секс|утех)",
            r"\b(?:заставля|застав|принужда|отправля|отправ)\w* (?:\w+ )?(?:работать )?в (?:сауну|сауне|массажн|бордел|притон|ночн\w* клуб|стрип)",
            r"\b(?:ко мне|со мной|с нами)\b.{0,30}\bчто (?:хочет|хотят|захочет)\b|\bзаходит ко мне (?:\w+ ){0,2}(?:ночью|в комнату|по ночам)|\bразде(?:ться|ли|лась|вают)\b|\bснимал[аи]? (?:\w+ )?(?:голой|голую|на видео)",
            r"\b(?:работаю|работать|работаем|отправляют|заставляют)\w* (?:\w+ ){0,2}в эскорт|\bинтим\w* услуг|\bуслуги (?:\w+ )?(?:мужчинам|клиентам)|\bсниматься (?:\w+ )?(?:голой|голым|обнаж|в порно)|\bпорно|\bголая\b|\bлез(?:ет|ут) (?:ко мне|к нам|под юбку)",
        ),
        "tk": (
            r"\bzorla(?:dy|dylar|ýar|ýarlar|jak|mak|ndym|ndy|maga|ýan)",
            r"\bdüşegime|\býalaňaç|\bbedeni(?:ň|m) bilen|\baýallyga|\bzor bilen (?:\w+ )?durmuşa",
            r"\bjelep|\b(?:jynsy|seks) gul",
            r"\b(?:müşderilere|erkeklere|myhmanlara) hyzmat",
            r"\bseks(?!ist|izm)",
            r"\bjynsy (?:zorluk|gatnaşy|taýdan|hyzmat|sütem)",
            r"\b(?:ýatmaga|ýatmagy) mejbur",
            r"\bbile ýatmaga|\b(?:müşderi|erkek|myhman)\w* bilen ýat",
            r"\bintim|\bzor bilen ýat",
            r"\bmejbur\b.{0,40}\b(?:müşderi|erkek)|\b(?:müşderi|erkek)\w*.{0,40}\bmejbur",
            r"\b(?:erkeklere|müşderilere) sat|\bbilen ýatma(?:saň|ga|sa|k)\b",
            r"\b(?:ýatmagymy|ýatmagymyzy|ýatmagy) isle|\beli(?:ni)? degir|\belleş",
            r"\bprostitu",
        ),
    },
    CrisisKind.CONFINEMENT: {
        "en": (
            rf"\blo(?:ck|kc|k|c)(?:s|ed|d|t|ing)? {_OBJ_EN} (?:in|up|inside|away)",
            r"\blo(?:ck|kc|k|c)(?:ed|d|t) (?:in|up|inside)\b",
            r"\b(?:is|are|am|being|been|was|were|we're|i'm|im|she's|he's) (?:kept|held|locked) ",
            rf"\bkeep(?:s|ing)? {_OBJ_EN} (?:locked|inside|in the|captive|prisoner|hostage|here)",
            r"!\b(?:won'?t|wont|will not|don'?t|dont|do not|doesn'?t|doesnt|does not|not|never) (?:let|allow|allowing|letting) (?:me|us|her|him|them) (?:to )?(?:leave|go out|go outside|go home|go anywhere|out|go(?=\W*$))\b",
            r"!\bnot (?:allowed|permitted|let) (?:to )?(?:leave|go out|go outside|go home|out)",
            r"!\b(?:can'?t|cant|cannot|can not|unable to) (?:leave|get out|go out|go outside|escape)(?! (?:the country|turkey|russia|my job|the job|this job|work|my employer|the company))",
            r"!\b(?:nobody|no one|noone) (?:can|is allowed to|may) (?:leave|go out|get out)\b",
            r"\b(?:am|are|is|being|been|we'?re|i'?m|im) locked\b|\block(?:s|ing)? (?:us|me|her|him|them)\b",
            r"\bkept (?:inside|locked|in (?:a|the|one|this) (?:\w+ )?(?:room|house|flat|apartment|basement|hotel|building))\b|\b(?:sold|selling|sell) (?:me|us)\b",
            r"\bkeep(?:s|ing)? (?:\w+ ){0,3}(?:locked|inside|in (?:a|one|the|this) (?:room|house|flat|apartment|basement))",
            r"\bguarded\b|\bunder guard\b|\bguards? (?:us|me|her|the door|the house|watch)",
            r"\btrapped\b",
            r"\b(?:captives?|hostages?|prisoners?|slaves?|slavery|confined|imprisoned|chained)\b",
            r"\bstuck inside\b|\btook (?:the|our|my) keys?\b|\blocked (?:with|in|up|inside)\b|\bcan'?t go anywhere\b|\bnot let (?:me|us|her|him|them) out\b",
            r"\bagainst (?:my|her|his|our|their) will\b",
            r"\bkidnap|\babduct|\b(?:taken|took|taking) (?:\w+ ){0,3}(?:across|over) the border|\bby a stranger\b",
            r"\b(?:they|he|she|boss|employer|madam|owner|master)(?: \w+){0,3} lock(?:s|ed|ing)? (?:the |our |my )?(?:doors?|gates?|room|house|flat)\b",
            r"\bhold(?:s|ing) (?:me|us|her|him|them) (?:in|at|inside|captive|hostage|prisoner|against)\b|\blocked from (?:the )?outside\b|\bdoor is (?:always )?locked\b",
        ),
        "ru": (
            r"\bзапер(?:ли|ла|т|ты|тa|ло|)\b",
            r"\bзаперт",
            r"\bзапира(?:ют|ет|ли)",
            rf"\bзакрыва(?:ют|ет) (?:{_OBJ_RU}|двер|ворота|на ключ)",
            r"!\b(?:выйти|уйти|выходить) (?:\w+ )?(?:не (?:могу|можем|может|могут|дают|дает|даёт)|нельзя|запрещ)",
            r"\b(?:меня|нас|ее|её|его|их) (?:(?!не\b)\w+ ){0,2}(?:закрыл[иа]?|заперл[иа]?)\b|\bпротив (?:моей|ее|её|нашей|его|их) воли",
            r"\b(?:в|на) (?:подвал|комнат|доме|квартир|складе|сарае|контейнер|цеху)\w* (?:\w+ )?держ(?:ат|ит)",
            r"\bпрода(?:ли|ют|л|ла) (?:меня|нас)|\b(?:меня|нас) (?:(?!не\b)\w+ ){0,2}прода(?:ли|ют|л|ла)\b",
            r"\b(?:меня|нас|ее|её|его|их) (?:(?!не\b)\w+ ){0,2}держ(?:ат|ит)\b|\bне пуска\w* (?:(?!не\b)\w+ ){0,2}в школу",
            r"!\bне (?:отпуст|выпуст)(?:ят|ит)\b(?! из (?:страны|росси|турци))|\bувез\w* (?:\w+ ){0,2}через границу|\bувёз\w* (?:\w+ ){0,2}через границу",
            r"\b(?:чужой|незнаком\w*) (?:человек|мужчин)",
            r"\bпленник|\bв ловушке|\bзаложни|\bкак рабы|\bрабами",
            rf"\bзакрыл[иа]? {_OBJ_RU}",
            r"\b(?:закрыт[аыо]?|закрыли|заперли) (?:в|на) (?:комнат|квартир|доме|подвал|складе|сарае|общаг|бараке|ключ)",
            r"!\bне выпуска(?:ют|ет|ли)(?! (?:\w+ )?в отпуск)",
            r"!\bне отпуска(?:ют|ет|ли)(?! (?:\w+ )?(?:в отпуск|к врачу|на выходн|в отгул|на праздн|на больничн|в больниц|на учеб|с работы))",
            r"!\bне да(?:ют|ет|ли) (?:нам |мне |ей |ему )?(?:выйти|уйти|уехать|выходить|уходить|сбежать)",
            r"!\bне (?:разреша|позволя)(?:ют|ет) (?:нам |мне |ей |ему )?(?:выходить|выйти|уходить|уйти)",
            r"!\bне (?:могу|можем|может|могут) (?:выйти|уйти|выбраться|сбежать|выходить)",
            rf"\bдерж(?:ат|ит) {_OBJ_RU}? ?(?:взаперти|под замком|в комнат|в подвал|в доме|в квартир|силой|насильно)",
            r"\bвзаперти|\bпод замком|\bпод охраной",
            r"\bохраня(?:ют|ет)",
            r"\bв плену|\bв рабстве",
            r"\bпохитил|\bпохищ",
            r"!\bне пуска(?:ют|ет) (?:домой|на улицу|наружу)",
        ),
        "tk": (
            r"\bgaba(?:lyp|dy|dylar|ýar|ýarlar|ýa|p|wda|wdadyr|lan|ldy|ldyk|dyk|ldym|ldym|nym|ndy)",
            r"\bgulpla(?:dy|dylar|p|ýar|ýarlar|ýalar|ndy|ndym|ndyk|nan)",
            r"!\b(?:çykmaga|çykmagyma|çykmagymyza|gitmäge|gitmegime|daşary|öýe) (?:goýanok|goýmaýar|goýmaýarlar|goýanoklar|goýmady|goýmadylar|rugsat bermeýär|rugsat berenok)",
            r"!(?<!lukmana )(?<!dynç alyşa )(?<!rugsada )(?<!işden )\b(?:goýbermeýär|goýberenok|goýbermeýärler|goýberenoklar|goýbermedi|goýbermediler)",
            r"!\b(?:çykaranok|çykarmaýar|çykarmaýarlar|çykaranoklar|çykarmadylar)",
            r"!\bçykyp (?:bilemok|bilmeýärin|bilmeýäris|bilenok|bilmeýär|bilemzok|bilmeýäs)",
            r"!\bhiç ýere (?:gidip|çykyp|gaçyp) bilem",
            r"!\bgaçyp (?:bilemok|bilmeýärin|bilmeýäris)",
            r"\b(?:ýapyp|gulplap|gabap) (?:goýdy|goýdular|saklaýar|saklaýarlar|otyr)",
            r"\bzor(?:luk)? bilen sakla",
            r"\b(?:otag|jaý|öý|podwal|ýerzemin|sklad|konteýner|seh)\w*(?:da|de|a|e) (?:\w+ )?sakla(?:ýar|ýarlar|dylar)",
            r"\bgarawullar",
            r"\b(?:otagda|jaýda|öýde|podwalda|ýerzeminde) (?:saklaýar|saklaýarlar|ýapyp)",
            r"\bgulply\b|\bgulpda\b",
            r"\bgaraw(?:ulda|da|lykda)",
            r"\bgorag astynda",
            r"\b(?:bizi|meni|ony|olary) (?:\w+ )?(?:ýapdylar|ýapdy|ýapyp|gulpla(?:dy|p|ýar|ndy))|\bisleg\w* garşy",
            r"!\bgoýberme(?:jek|zler|rler|z)\b|\bserhetden alyp geç|\bnätanyş (?:adam|erkek)",
            r"\biçerde sakla|\b(?:meni|bizi|ony) (?:\w+ )?sat(?:dy|dylar|ýarlar|ýar|yp)\b",
            r"\btussag ýaly|\btussagda sakla|\bgirewde\b|\bgirew (?:alyp|edip|saklaýar)|\bgul (?:ýaly|edip)",
            r"\bçykma(?:k|gy|gymyz|gym) gadagan|\bgapy(?:ny)? (?:gulpla|ýapýarlar|ýapdylar|açmaýarlar)",
            r"\b(?:meni|bizi|ony|gyzymy|oglumy|uýamy|jigimi|aýalymy|doganymy) ogurla|\bogurlandy",
        ),
    },
    CrisisKind.VIOLENCE: {
        "en": (
            rf"\bbeat(?:s|ing|en)? {_OBJ_EN}",
            r"\b(?:beaten|beating)\b",
            r"\b(?:abus\w+|push\w*|grabb?\w*|dragg?\w*) (?:me|us|her)\b",
            rf"\b(?:hit|hits|hitting|hurt|hurts|hurting|slap|slaps|slapped|punch|punches|punched|attack|attacks|attacked|chok\w+|strangl\w+|burn(?:ed|s)?|stab\w*) {_OBJ_EN}",
            rf"\bkick(?:s|ed|ing)? {_OBJ_EN}(?! out)",
            r"\bthreat\w* (?:to |that (?:he|they|she) (?:will|would) )?(?:kill|hurt|beat|harm|cut|murder|rape)",
            r"\bthreat\w* (?:my|our) (?:family|mother|mom|children|kids|parents|wife|sister|life)",
            r"\b(?:will|gonna|going to|'ll|would) (?:kill|hurt|beat|harm|murder) (?:me|us|you|her|him|my)",
            r"\bkill (?:me|us|her|him)\b",
            r"\b(?:tortur\w*|bruises|bleeding)\b",
            r"\b(?:with|has|have|pulled) a (?:knife|gun)\b",
            r"\bhot water on (?:me|my|us|her)\b|\bboiling water\b",
            r"\bbroke my (?:arm|nose|ribs?|leg|hand|tooth|teeth|jaw|finger)|\bcut (?:my|your) throat\b",
            r"\bbreak (?:my|your|his|her|our) (?:legs?|arms?|bones|neck|face|hands?)\b|\b(?:smack|whipp?|assault)\w*|\bblack eye\b|\bbruised\b",
            r"\bthreat(?:en|ens|ened|ening) (?:me|us|her|him)\b(?! (?:to|with) (?:fire|dismiss|deport|call the police|not pay|cut|fine|sack))",
            r"\b(?:getting|get|gets|got|being) (?:hit|beaten|slapped|kicked|punched)\b|\bthr(?:ew|ows|owing|ow) (?:\w+ ){0,3}at (?:me|us|her|him)\b",
        ),
        "ru": (
            r"\b(?:бь[её]т|бьют|бют|бъют|биют)\b(?! (?:свою |его |ее |её )?(?:собак|кошк|кот|животн))",
            r"\bизбива",
            r"\bизбил",
            r"\bизбит",
            r"\bудар(?:ил|ила|или|ил[аи]? меня|яет|яют)\b(?! (?:стену|дверь|стол|по столу|по стене))",
            rf"\bбил[аи]? {_OBJ_RU}",
            r"\bугроз\w* (?:убит|расправ|смерт|избит)|\bделают больно|\bделает больно|\bбольно делают",
            r"\bсдела(?:ют|ет) (?:\w+ )?(?:плохо|больно)|\bнавред(?:ят|ит)|\bпричин(?:ят|ит) вред",
            r"\bсломал[аи]? (?:мне )?(?:руку|нос|ребр|ногу|зуб|челюст|палец)|\bперерез\w* горло|\b(?:за|при)реж(?:у|ет|ут)|\bзарезать",
            r"\bкипят(?:ком|ок)|\bстолкнул|\bприжгл|\bобж[её]г (?:мне|меня)|\bутюгом",
            r"\bнапада(?:ет|ют)|\bпощ[её]чин|\bоплеух|\bпнул|\bпинал|\bпобил|\bлупит|\bлупят|\bистязают|\bмучают|\bтолкнул|\bза волосы|\bза (?:горло|шею)\b|\b(?:кинул|бросил|швырнул|кидает|бросает|швыряет)\w* в (?:меня|нас|нее|неё|него|лицо)|\bдер[её]тся\b|\b(?:начал|начинает|лезет)\w* драться|\bнож\w*.{0,20}(?:к горлу|к шее)|\bприставил\w* нож|\bнапал[аи]?\b",
            r"\bколот(?:ит|ят)|\bпина(?:ют|ет)|\bдуш(?:ит|ат|ил)",
            r"\bугрожа\w* (?:мне |нам |ей |ему )?(?:моей |моим |нашей |моему |его |ее |её )?(?:убит|убийств|расправ|избит|покалеч|семь|родн|детям|мам|ножом|пистолет|смерт|зарезат)",
            r"\bгроз(?:ит|ят|ился|ились)с?я? (?:убит|избит|покалеч|зарезат)",
            r"\bубь(?:ю|ет|ют|ём|ем)\b",
            r"\bубит[ьи]? (?:меня|нас|ее|её|его|мою|моих)",
            r"\bпыта(?:ют|ет|ли)",
            r"\bиздева(?:ют|ет)ся",
            r"\bсиняк",
            r"\bс ножом|\bнож(?:ом)? угрож",
            r"\bугрожа(?:ет|ют) (?:мне|нам|ей|ему)\b(?! (?:\w+ )?(?:увольн|депорт|штраф|полици|миграц))",
            rf"\b{_OBJ_RU} (?:\w+ ){{0,2}}(?:били|бил|била|избили|избил|колотили|пинали|душили|пытали)\b",
            r"\b(?:угрож|гроз|пригроз)\w* (?:[\w-]+ ){0,4}(?:семь|родн|детям|детей|дочер|сыну|маме|матери)|\bкида(?:ется|ются) (?:на (?:меня|нас)|с кулаками)|\bшвыря(?:ет|ют) (?:в (?:меня|нас)|\w+ в)|\bс кулаками",
            r"\b(?:обеща|пообеща|гроз|пригроз|угрож)\w* (?:\w+ ){0,3}(?:убить|убь[её]т|убьют|закопа|сожж|сжечь|сожгу|зареза|покалеч|избить|прибить|утопить)",
            r"\bзакопа(?:ю|ет|ют|ем)\b|\bсожж(?:ет|ем|ют|у)\b|\bсожгу\b|\bкислот(?:ой|у)\b|\bобли(?:ть|л|ю|ет) (?:\w+ )?(?:бензином|кипятком)|\bприбь(?:ю|ет|ют)\b|\bпокалеч(?:у|им|ат|ит)\b",
            r"\bподн(?:има|ял|ял[аи]|имет|имают)\w* (?:на (?:меня|нас|нее|неё|жену|детей) )?руку\b(?! (?:за|на собрани))|\bв синяках|\bв крови\b",
        ),
        "tk": (
            r"(?<!jaň )(?<!ýüz )(?<!diwara )(?<!stola )(?<!gapa )(?<!itini )(?<!pişigini )\bur(?:ýar|ýarlar|ýalar|dy|dylar|up|jak|jakdygyny|ýa|ar|ýan|dular|ulýar|uldym|uldy|dyňyz|ýaň|şdy|ýardy|ýardylar|ýany)\b",
            r"\býen[çj](?:dýär|ýär|ýärler|di|diler|dy|dyler|ip|jek|ýäler|ildim|ildi|ýan)",
            r"\böldür(?:jek|erin|erler|jekdigini|jekdiklerini|mek bilen|ýärler|ýär|ermiş|erin diýýär|jekler)",
            r"\böldürmekçi|\böldürer\b|\böldürerler\b",
            r"\b(?:tepdi|depdi|şapbatlady|ýumruklady|itekledi|bogdy|boguşdyrdy|saçymdan)",
            r"\b(?:elimi|burnumy|aýagymy|dişimi|gapyrgamy|barmagymy) döwdi|\bbokurdag|\bkeserin\b|\bsoýjak|\bsoýaryn",
            r"\bgaýnag suw|\b(?:elimi|ýüzümi|aýagymy|bedenimi|arkamy) (?:\w+ )?ýakdy|\bütük bilen",
            r"\bagyry ber(?:ýärler|ýär|dyler|di)|\büstüme (?:topul|çoz)\w*|\bzyýan ýetir(?:eris|jek|erin|erler|jekdigini)",
            r"\b(?:öldürmek|urmak|ýenjmek|maşgalama|maşgalamyza|ejeme|çagalaryma) (?:bilen )?(?:haýbat|gorkuz|zyýan)",
            r"\bhaýbat at(?:ýar|ýarlar|dy|dylar) (?:öldür|ur)",
            r"\bzulum",
            r"\bgynaýarlar|\bgynaýar|\bgynady",
            r"\bpyçak bilen|\btapança|\bel göter(?:ýär|ýärler|di|diler)|\bpyçak\w* (?:çek|sal|dak|ur)\w*|\b(?:gyzgyn|ýanýan|gyzdyrylan) (?:demir|ütük|suw|çaý|sigaret)|\burupdy\w*|\býenjipdi\w*|\b(?:azap|azar|ezýet) ber(?:ýär|ýärler|di|diler)|\bjebir\w*|\bgynap\w*|\bgynadylar",
            r"\b(?:meni|bizi|ony|ýüzüme|kelläme|arkama) (?:\w+ )?kak(?:dy|ýar|ýarlar|dylar)\b|\b(?:depýär|depýärler|tepýär|tepýärler|tepiklä\w*|tepikle\w*|şarpyk|ýumrukla\w*|itekleýär\w*|bogýar\w*)\b|\bhaýbat at\w* (?:\w+ )?(?:maşgala|ejem|kakam|çagalar)|\b(?:pyçak|ýarag|tapança)\w* (?:\w+ )?(?:görkez|bilen gorkuz)",
            r"\b(?:elimi|aýagymy|burnumy|dişimi|gapyrgamy|barmagymy|kellämi) (?:\w+ )?(?:döwdüler|ýardy|ýardylar|ýarladylar)|\b(?:taýak|guşak|kemer|ýumruk|şlang|demir) bilen (?:ur|ýenç|gorkuz)",
        ),
    },
    CrisisKind.STRANDED: {
        "en": (
            r"\bno ?where (?:to|2) (?:sleep|go|stay|live)\b",
            r"\bno ?(?:place|where) to (?:sleep|stay)\b",
            r"\b(?:sleep|sleeping|slept|living|stuck) (?:on the street|outside|in the street|in the park|at the (?:station|airport|bus station))",
            r"\b(?:live|living|sleep|sleeping|slept|stay|staying|am|are|i'?m|we'?re|now) on the streets?\b",
            rf"\b(?:kicked|threw|thrown) (?:{_OBJ_EN} )?out\b|\bkick(?:s|ing)? {_OBJ_EN} out\b",
            r"\b(?:stuck|stranded|abandoned|left alone) (?:at|in|on) (?:the )?(?:\w+ )?(?:airport|border|station|bus station|street|road)",
            r"\b(?:stuck|stranded)\b.{0,40}\b(?:no|without) (?:money|passport|documents|ticket|food|phone)",
            r"\bstranded\b|\babandoned\b",
            r"\bleft (?:me|us|her|him) (?:at|on|in|without|here|alone|and)\b",
            r"\b(?:i|we|i have|we have|i've|we've|just|finally|have|has) (?:just )?(?:escaped|ran away|run away|fled|got away)\b",
            r"^\W*(?:escaped|ran away|fled|got away)\b|^\W*(?:i'?m |we'?re |now )?on the streets?\W*$",
            r"\bno money,? (?:and )?no (?:food|passport|documents|phone|place|home|ticket)",
            r"\bwithout (?:money|food) (?:and|or) (?:documents|passport|a place|food)",
            r"\b(?:hiding|hide) (?:in|at|from|somewhere)\b",
            r"\b(?:alone|stuck|stranded|sleeping|sitting) (?:at|in) (?:the |an? )?(?:airport|station|bus station|border|street|park)",
            r"\b(?:airport|border|station|street|park)\b.{0,60}\bno (?:money|food)\b|\bno (?:money|food)\b.{0,60}\b(?:airport|border|station|street|park)\b",
            r"\bno (?:food|water)\b|\bin the (?:forest|woods|desert)\b",
            r"\bleft without (?:me|us)\b",
            r"\bhomeless\b|\bsleeping rough\b|\bno place to go\b|\bdumped (?:me|us)\b",
            r"\bnothing to eat\b|\bhaven'?t eaten\b|\bnot eaten\b",
        ),
        "ru": (
            r"\bнегде (?:спат|ночеват|ж[иы]т|переночеват)",
            r"\b(?:ночую|ночуем|сплю|спим|живу|живем|живём|оказал(?:ся|ась|ись)|остал(?:ся|ась|ись)) (?:на|в|под|без) (?:\w+ )?(?:улиц|вокзал|автовокзал|парк|аэропорт|границ|мост|подъезд|денег|жиль|крыш|документ)",
            r"\b(?:ночевать|спать|ж[иы]ть|переночевать|идти|пойти) (?:\w+ )?(?:негде|некуда)|\bнекуда (?:идти|пойти|деться|податься|приткнуться)|\bна улице (?:\w+ ){0,2}(?:\d+|две|три|несколько|которую) (?:ноч|дн|сут)",
            r"\b(?:оставил|бросил)[иа]? (?:\w+ )?(?:на|в|у) (?:\w+ )?(?:вокзал|автовокзал|аэропорт|границ|улиц|трасс|дорог|пустын|лес|пол)",
            r"\b(?:я|мы) (?:одна|один|одни) (?:в|на) (?:\w+ )?(?:аэропорт|вокзал|границ|улиц)|\bтеперь на улице",
            r"\bзастрял[аи]? (?:в|на|у) (?:\w+ )?(?:аэропорт|границ|вокзал|улиц|трасс|пустын|лесу)",
            r"\bеды нет|\bбез еды|\bпрячусь|\bпрячемся|\bскрываюсь|\bскрываемся",
            r"(?:аэропорт|вокзал|границ|улиц)\w*.{0,60}(?:денег (?:\w+ )?нет|нет (?:\w+ )?денег|без (?:\w+ )?денег)|(?:денег (?:\w+ )?нет|нет (?:\w+ )?денег|без (?:\w+ )?денег).{0,60}(?:аэропорт|вокзал|границ|улиц)",
            r"\b(?:уехал|ушел|ушёл|уш[её]л)[аи]? без (?:меня|нас)",
            r"\bбез жилья|\bбездомн|\bбомж|\bголода(?:ю|ем)",
            r"\b(?:выгнал|выкинул|вышвырнул)[иа]? (?:меня |нас |ее |её )?(?:на улицу|из|без)",
            r"\bбросил[иа]? (?:меня|нас|ее|её) (?:на|в|без|одн)|\b(?:меня|нас) (?:(?!не\b)\w+ ){0,2}бросил[иа]?\b",
            r"\bни денег,? ни\b|\b(?:мы|я|она|он|они|сейчас) (?:\w+ ){0,3}на улице\b|\b(?:ночую|ночуем|сплю|спим|живу|живем) где (?:придется|попало)",
            r"\bзастрял[аи]? (?:в|на) (?:аэропорт|границ|вокзал|улиц)",
            r"\bзастрял[аи]? без",
            r"\b(?:я|мы|только что|еле|наконец) (?:\w+ )?(?:с|c)?(?:бежал|убежал|вырвал)\w*|^\W*(?:с|c)?(?:бежал|убежал)[аи]?\b",
            r"\bбез (?:денег|еды),? (?:и )?(?:без )?(?:документ|паспорт|еды|жил|крыши|телефон)",
            r"\bнет (?:ни )?денег,? (?:и )?(?:ни|нет|без) (?:документ|паспорт|еды|жил|крыши)",
            r"\bнечего (?:есть|кушать)|\bне ел[аи]? (?:\d|два|три|несколько)",
            r"\b(?:сидим|сижу|стою|стоим|застрял\w*|остал\w*) (?:\w+ ){0,2}(?:на|в) (?:аэропорт|вокзал|границ|трасс)\w*.{0,60}\b(?:исчез|пропал|скрыл)|\b(?:исчез|пропал|скрыл)\w*.{0,60}\b(?:сидим|сижу|стою|стоим|застрял\w*|остал\w*) (?:\w+ ){0,2}(?:на|в) (?:аэропорт|вокзал|границ|трасс)",
            r"!\bне на что (?:\w+ )?(?:есть|поесть|купить (?:еду|хлеб|поесть)|ж[иы]ть)\b|\bденег (?:нет )?даже на (?:еду|хлеб|билет|дорогу)|\bнет денег (?:\w+ )?даже на",
            r"!\bне (?:могу|можем) (?:\w+ )?(?:вернуться|уехать|улететь)\b.{0,30}(?:денег нет|нет денег|без денег|без паспорта)|(?:денег нет|нет денег|без денег).{0,30}не (?:могу|можем) (?:\w+ )?(?:вернуться|уехать|улететь)",
            r"\b(?:украли|отобрали|забрали) (?:все |всё )?деньги.{0,60}(?:вокзал|аэропорт|улиц|границ|трасс)|\bденьги (?:украли|отобрали).{0,60}(?:вокзал|аэропорт|улиц|границ|трасс)",
            r"\b(?:спим|сплю|ночую|ночуем|живу|живем|живём) (?:\w+ ){0,3}(?:в|на) (?:аэропорт|вокзал|улиц|вокзале|подъезд)\w*|\b(?:украли|отобрали|забрали) (?:\w+ ){0,2}деньги и (?:\w+ )?(?:документы|паспорт)|\bодна в чужом|\bодин в чужом|\bодни в чужом",
            r"\bвысадил\w* (?:\w+ ){0,2}(?:на|в|у|посреди)\b|\b(?:выставил|выкинул|выгнал|вышвырнул)\w* (?:\w+ ){0,2}(?:за дверь|на улицу|среди ночи)",
            r"\b(?:стою|стоим|сижу|сидим|торчу|торчим|ночую|ночуем|застрял\w*|остал\w*|брошен\w*) (?:\w+ ){0,3}(?:на|в) (?:\w+ )?(?:улиц|вокзал|аэропорт|границ|трасс|лесу)\w*\b.{0,40}(?:без|нет|негде|некуда|ни)\b",
            r"(?:без (?:денег|копейки)|нет (?:ни )?денег|денег нет|ни копейки).{0,60}(?:трасс|лесу|чужом город|негде|некуда)|(?:трасс|лесу)\w*.{0,60}(?:без (?:денег|копейки)|нет (?:ни )?денег|денег нет|ни копейки)",
            r"\bбез (?:денег|паспорта|документов) и (?:без )?(?:денег|паспорта|документов|жилья|еды)|\b(?:кинул|бросил)\w* (?:\w+ ){0,2}(?:на|в) (?:\w+ )?(?:границ|аэропорт|вокзал|улиц|трасс|чужом)",
        ),
        "tk": (
            r"\b(?:ýatara|ýatmaga|gidere|gitjek|barjak|ýatjak|barara|gitmäge|galmaga|galara|ýaşamaga|ýaşara) (?:ýer|ýerim|ýerimiz|jaý) ýok",
            r"\bköçede (?:galdym|galdyk|ýatyn|ýatýan|ýatýarys|ýatýaryn|galdy|ýaşaýan)",
            r"\bköçä (?:kowdy|kowdular|çykardy|çykardylar|zyňdy|zyňdylar)",
            r"\b(?:öýden|jaýdan|otagdan|ýatakhanadan|kwartiradan) kow",
            r"\bgaç(?:dym|dyk|ypdyr|yp gaýtdym|yp gitdim|yp gaýtdyk|yp geldim|yp çykdym)",
            r"\b(?:serhe[td]|aeroport|aýroport|awtowokzal|wokzal|duralga|köçe|seýilgäh|park)\w* (?:\w+ ){0,2}(?:galdym|galdyk|taşla|goýup|ýatyn|ýatýaryn|ýatýarys|galdy|otyryn|otyrys|gijeledim|ýaşaýaryn|ýaşaýarys)",
            r"\b(?:iýmitsiz|pulsuz|jaýsyz)\b (?:we|hem) (?:iýmitsiz|pulsuz|jaýsyz|resminamasyz)|\bmensiz gitdi",
            r"\b(?:indi|häzir|men|biz) (?:\w+ )?köçede\b|\bgizlen(?:ýärin|ýäris|ýän|ip ýatyn)",
            r"\b(?:hojaýyn|iş beriji|eýesi|olar) (?:bizi |meni )?kow(?:dy|dular)\b",
            r"(?:aeroport|wokzal|serhet|köçe|duralga)\w*.{0,60}(?:pulum ýok|pulumyz ýok|iýmit ýok)|(?:pulum ýok|pulumyz ýok).{0,60}(?:aeroport|wokzal|serhet|köçe|duralga)",
            r"\b(?:öýüm|jaýym|öýümiz|jaýymyz) (?:hem )?ýok",
            r"\b(?:jaýsyz|öýsüz|pulsuz|biletsiz|resminamasyz|pasportsyz) (?:galdym|galdyk|galdy|we)",
            r"\btaşlap (?:gitdi|gitdiler|gaýtdy|gaýtdylar)|\b(?:bizi|meni) (?:\w+ )?taşla(?:p|dy|dylar)",
            r"\bpulum(?:yz)? (?:hem )?ýok.{0,30}(?:pasport|resminama|iýmit|ýatara|ýer|dokument)",
            r"\b(?:iýmäge|iýere) zat ýok|\baç galdy",
            r"(?<!işden )\bkow(?:up|yp) (?:çykardy|çykardylar)|\bköçede (?:ýatyrys|ýatyryn|otyrys|otyryn)",
            r"\bpasport\w* (?:hem )?ýok.{0,40}\bpul\w* (?:hem )?ýok|\bpul\w* (?:hem )?ýok.{0,40}\bpasport\w* (?:hem )?ýok",
            r"!\bhiç zadym ýok.{0,40}(?:pasport|pul|ýer|resminama)\w* (?:hem )?ýok",
            r"!\b(?:pul|pasport|bilet|resminama|dokument|iýmit|ýatara ýer)\w* (?:hem )?ýok\b.{0,40}\b(?:pul|pasport|bilet|resminama|dokument|iýmit|ýatara ýer)\w* (?:hem )?ýok",
            r"\b(?:serhetde|aeroportda|wokzalda|ýolda|duralgada) (?:\w+ ){0,2}(?:galdym|galdyk|otyryn|otyrys|ýatyrys|ýatyryn|ýatýarys)",
        ),
    },
    CrisisKind.HELP: {
        "en": (
            r"\bs\.?o\.?s\b",
            r"\b(?:i'?m|i am|im|we'?re|we are|she'?s|she is|he is|he'?s|they are) in danger\b(?! of)",
            r"\b(?:i'?m|i am|im|we'?re|we are) not safe\b",
            r"\bsave (?:me|us|her|him|my)\b",
            r"(?<!to )\b(?:call|get|send) (?:the )?(?:police|ambulance)\b",
            r"\b(?:need|want|get) (?:some )?help (?:now|right now|urgently|asap|immediately|fast|quickly)",
            r"\burgent(?:ly)? help\b|\b(?:it'?s|this is|its) an emergency\b|\bemergency help\b",
            r"\b(?:need|give me|send me) (?:a |the )?(?:number|phone|hotline) (?:to call|i can call)?.{0,15}\b(?:now|urgent|asap|right now|immediately)",
            r"\bsend (?:someone|somebody|help|the police)\b|\bmayday\b|\bcall (?:911|112|999)\b",
            r"\b(?:call me|someone to call me)\b.{0,15}\b(?:now|asap|urgent|immediately)",
            r"\bafraid for my life\b|\bscared for my life\b|\bfear for my life\b",
            r"\bget (?:me|us) out of here\b|\bhelp (?:me|us|her) (?:get out|escape|run away)\b",
            r"!\b(?:don'?t|dont|do not) know where (?:i am|i'?m|we are|we'?re)\b",
            r"\b(?:writing|texting|typing) (?:\w+ )?(?:from someone else'?s phone|secretly|in secret)\b|\bfrom (?:a|someone'?s|somebody'?s) (?:borrowed|stolen|hidden) phone\b",
            r"\bneed (?:the )?police\b|\b(?:i'?m|i am|im|we'?re|we are) in (?:a )?(?:very )?dangerous (?:situation|place)\b|\b(?:need|want) (?:someone|somebody) (?:now|right now|urgently|here)\b",
            r"\b(?:what|which) number (?:\w+ ){0,3}call\b.{0,30}\b(?:now|urgent|asap)\b",
            r"\b(?:please |pls |plz )?(?:respond|answer|reply|write back) (?:fast|quick|quickly|asap|now|please)\b.{0,30}\b(?:scared|afraid|danger|help)|\b(?:scared|afraid)\b.{0,30}\b(?:respond|answer|reply) (?:fast|quick|asap|now)",
        ),
        "ru": (
            r"\bспасите|\bспаси\b",
            r"\b(?:я|мы|она|он|они) в опасности|\bмне (?:угрожает )?опасност",
            r"\bсрочно (?:нужна )?помощ|\bнужна срочная помощ|\bсрочная помощ|\bнужна помощь (?:срочно|сейчас)",
            r"\bвызовите полици|\bвызовите скорую",
            r"\bбоюсь за (?:свою )?жизн|\bмне (?:очень )?страшно",
            r"\bsos\b|\bсос\b",
            r"\bпришлите (?:кого|помощь|полици)|\bпозвон\w* (?:мне )?(?:прямо )?сейчас|\bпозвон\w* (?:\w+ ){0,2}срочно|\bсрочно (?:\w+ )?(?:напишите|позвоните|ответьте)|\b(?:ответьте|напишите) (?:\w+ )?(?:быстрее|скорее)|\b(?:напишите|ответьте) (?:\w+ ){0,2}срочно|\bспаса(?:ть|йте)\b|\bсрочно позвон",
            r"\bномер (?:срочно|сейчас)|\bсрочно номер",
            r"!\bне знаю,? где (?:я|мы|нахожусь|находимся)\b",
            r"\bпишу (?:\w+ )?(?:с чужого|тайком|втайне|пока (?:никто|он|она|они) не (?:видит|видят|слышит))",
            r"(?<!что )(?<!если )\b(?:я|мы) (?:сейчас )?в беде\b|\b(?:я|мы) попал[аи]? в беду",
            r"\bнужна (?:\w+ )?помощь (?:\w+ )?(?:срочно|сейчас|немедленно)|\bпомоги(?:те)? (?:\w+ )?(?:выбраться|сбежать|вырваться|спастись)|\bвытащите (?:меня|нас)|\bзаберите (?:меня|нас) отсюда",
        ),
        "tk": (
            r"\bhalas (?:ediň|et|ediň|edäýiň|ediñ|ediniz|ediňiz)",
            r"\bhowp (?:astynda|abanýar|aban)",
            r"\bhowpda(?:dyryn|dyrys|dyr||)\b(?!\w)",
            r"\bgyssagly kömek(?! belgi| nomer| hyzmat| gullug| maşyn)|\bkömek (?:gerek|edin|et|ediň|edäýiň|ediňiz)\W*(?:gyssagly|tiz|häzir)",
            r"\bpolisiýa(?:ny|a)? (?:çagyryň|çagyr|jaň ediň|jaň et)",
            r"\b(?:birini|kömek|polisiýa) iberiň|\bjanym howp|\bmaňa (?:\w+ )?jaň (?:et(?:siň|sin|iň)|ediň)|\bhäzir maňa (?:\w+ )?jaň",
            r"\bsos\b|\bimdat\b|\býardym ed(?:iň|in)\b",
            r"\b(?:men|biz) (?:uly )?(?:kynçylykda|kyn ýagdaýda)\b.{0,40}\bkömek|\bkömek\w*.{0,40}\b(?:men|biz) (?:uly )?(?:kynçylykda|kyn ýagdaýda)",
            r"\bbu ýerden (?:çykmaga|gaçmaga|alyp çykmaga) kömek",
            r"\bgyssagly (?:maňa |bize )?jaň (?:ediň|et)|\bmenden soň\b.{0,40}(?:aýdyň|bagyşla|maşgalam)",
            r"\bkömek\w* (?:\w+ ){0,2}barmy\b.{0,20}\b(?:gyssagly|tiz|häzir)",
            r"\b(?:başga biriniň|birowuň|gizlin) telefon\w* (?:\w+ )?(?:ýaz|arkaly)|\bgizlinlikde ýaz",
            r"\b(?:nirededigimi|nirededigimizi) bilem|\bkömek (?:soraýaryn|soraýan|soraýarys)\b|\b(?:meni|bizi) (?:bu ýerden )?(?:çykaryň|alyp gidiň|alyň|halas)|\btiz (?:geliň|gelip alyň|ýetişiň)|\ballah üçin\b.{0,20}kömek|\bkömek\w*.{0,20}\bhowpda",
        ),
    },
}

# A very short message ("заперли", "locked", "urýarlar") has no sentence around its key word to show how it is meant:
# when the whole text is at most FRAGMENT_WORDS words and no question, these single words are enough.
FRAGMENT_WORDS = 4
FRAGMENTS: dict[CrisisKind, dict[str, str]] = {
    CrisisKind.SELF_HARM: {
        "en": r"\b(?:die|dying|suicid\w*|kill my ?self|end my life|no reason (?:to )?live)\b",
        "ru": r"\bумер|\bумир|\bсуицид|\bубью себя|\bпокончить|\bнезачем ж[иы]т|\bне хочу ж[иы]т",
        "tk": r"\böl(?:esim|mek|jek|ejek)|\bözümi öldür|\bsuisid|\bjanyma kast|\býaşamak islem",
    },
    CrisisKind.SEXUAL: {
        "en": r"\brap(?:e|ed|ing)\b|\bsex\b|\bprostitut|\bmolest",
        "ru": r"\bизнасил|\bсекс(?!ист|изм)|\bпроститу|\bнасилу",
        "tk": r"\bzorla|\bjynsy|\bjelep|\bseks(?!ist)",
    },
    CrisisKind.CONFINEMENT: {
        "en": r"\blo(?:ck|kc|k)(?:ed|d|t)\b|\btrapped\b|\bcaptive\b|\bcan'?t (?:leave|go out|get out)\b|\bnot let out\b",
        "ru": r"\bзап[еи]р|\bзакрыл[иа]\b|\bзакрыт[аы]\b|\bвзаперти|\bдерж(?:ат|ит)\b|\bне выпуска|\bне (?:могу|можем) (?:уйти|выйти)",
        "tk": r"\bgulp|\bgaba|\bsaklaýarlar\b|\bçykaranok|\bçykarmaýar|\b(?:gidip|çykyp|gaçyp) bilem",
    },
    CrisisKind.VIOLENCE: {
        "en": r"\b(?:beat\w*|hits?|hitting|hurts?|hurting|kill\w*|threat\w*|punch\w*|kicks?|kicking)\b",
        "ru": r"\bбь[её]?[тю]|\bбью|\bизби|\bудар|\bубь|\bугроз|\bбольно\b",
        "tk": r"\bur(?:ýar|dy|up|ýa)\w*|\býen[çj]|\böldür|\bagyry\b|\bhaýbat",
    },
    CrisisKind.STRANDED: {
        "en": r"\bon (?:the )?streets?\b|\bno money\b.{0,20}\b(?:no|nowhere|sleep|street|food|home|passport)|\bno ?where\b"
        r"|\b(?:kicked|thrown|threw) out\b|\bescaped\b|\bstranded\b|\bhomeless\b",
        "ru": r"\bнет денег.{0,20}(?:негде|нет|без|улиц|еды|жиль)|\bнегде\b|\bнекуда\b|\bвыгнал|\bвыкинул"
        r"|\bсбежал|\bзастрял|\bбездом",
        "tk": r"\bköçede|\bpulum ýok.{0,20}(?:ýer|ýok|köçe|iýmit)|\b(?:ýer|ýerim) ýok|\bkow(?:dular|dy)\b|\bgaçdym|\bjaýsyz",
    },
    CrisisKind.HELP: {
        # the help words themselves count only alone (HELP_WORDS); these are their typos, and "danger" alone
        "en": r"🆘|\b(?:halp|hepl|hlp|hlep)\b|^\W*(?:in )?danger\W*$|^\W*(?:emergency|urgent help)\W*$|\bhurry\b",
        "ru": r"\bпамаг|\bпомг|^\W*опасност\w*\W*$",
        "tk": r"^\W*howp\W*$|\bhowpda",
    },
}

# An explicit call for help ("помогите", "help me", "kömek ediň") counts when it stands alone in its sentence or with
# only these fillers: "help me choose a phone" or "помогите с визой" is an ordinary request.
HELP_WORDS = {
    "en": r"\b(?:help|halp|hepl|hlep|plz help|pls help)\b",
    "ru": r"\bпомощь\b|\bвыручайте\b|\bпомоги(?:те)?\b|\bпомаги(?:те)?\b|\bпамаги(?:те)?\b|\bпомогитe\b",
    "tk": r"\bkömek(?: ediň| et| ediňiz| edäýiň| ber| beriň| edin| ediniz| gerek| edaýin| edäý| etsin| etsene| etsinler)?\b|\bkomek\b|\býardam(?: ediň| et)?\b|\bgutaryň\b",
}
# A call for help that opens the sentence and is set off from the rest ("помогите, ...", "help me - ...") counts
# whatever follows, unless the sentence is a question ("help me, how do I renew my visa?"). So does the polite Turkmen
# imperative unless a task comes before it ("wiza almaga kömek ediň": help to get a visa) or the sentence asks for
# something it needs or wants.
HELP_CALL = {
    "en": r"^\W*(?:please |pls |plz |someone |somebody |anyone )?(?:help|save)(?: me| us)?(?: please| pls| plz| now)*\s*[,:\-–—]",
    "ru": r"^\W*(?:пожалуйста |люди |умоляю |срочно )?(?:помогите|спасите|помоги|спаси)(?: мне| нам| нас| меня| пожалуйста| срочно)*\s*[,:\-–—]",
    "tk": r"^\W*(?:haýyş |gyssagly )?(?:kömek (?:ediň|ediňiz|edäýiň|et|beriň)|halas ediň)(?: maňa| bize| haýyş| gyssagly)*\s*[,:\-–—]"
    # the polite imperative anywhere, unless the sentence states a need or a wish ("... gerek, kömek ediň")
    r"|^(?!.*\b(?:gerek|isle\w*|isla\w*)\b).*?(?<!maga )(?<!mäge )(?<!mega )(?<!bilen )(?<!barada )(?<!üçin )\bkömek (?:ediň|ediňiz|edäýiň|ediberiň|etsenize)\b",
}
HELP_FILLERS = {
    "en": r"(?:(?:i'?m|i am|im|we'?re|we are) in (?:big |real |serious )?trouble|i have nothing|(?:it'?s|its|this is) urgent|i beg you|beg you|me|us|please|pls|plz|now|right|urgent|urgently|asap|someone|somebody|anyone|anybody|i|we|need|i need|"
    r"we need|needed|god|i don'?t know what to do|dont know what to do|what do i do|what should i do|fast|quick|quickly|"
    r"immediately|sos|hello|hi|oh|i'?m scared|i am scared|scared|afraid|i'?m afraid|am|are|can|could|will|would|you|"
    r"trouble|years?|old|yo|so|really|here|just)",
    "ru": r"(?:мне|нам|нас|меня|пожалуйста|пж|плиз|срочно|сейчас|кто-нибудь|кто нибудь|кто-то|скорее|быстрее|быстро|скорей|"
    r"прошу|ради бога|люди|я|мы|нужна|нужно|нужен|на|не знаю что делать|что делать|что мне делать|мне страшно|страшно|боюсь|умоляю|очень|алло|ну|же|sos|сос|"
    r"прямо|вас|в беде|тут|здесь|страшно|ответьте|кто может|кто сможет|надо|и|детям|ребята|друзья|пожалуста|пожалуйсто|пожайлуста|пжлст|пжл|пож|плз|мне плохо|плохо|человек|лет|год|года|кто-нибудь|хоть кто-то|хоть кто нибудь)",
    "tk": r"(?:kimdir biri|biri|maňa|bize|haýyş|haýyşt|gyssagly|tiz|çalt|häzir|biri|kimdir|allah|hudaý|näme etjegimi bilemok|"
    r"näme etmeli|men|biz|sos|gorkýaryn|gorkýarys|gorkýan|ýalbarýaryn|ýalbarýan|edýärin|edýäris|kynçylykda|meni|bizi|ýaşymda|ýaşym|ýaşynda|allah üçin|soraýaryn|edýän)",
}

# Markers that take a danger pattern out of the count. Each is matched on its language's reading.
# "not" negates the words right after it (or after an adverb), not a verb further on: "they dont pay beat us" tells of
# beating; "nobody" and "никто" reach a little further ("nobody here beats me").
_EN_NOT = r"(?:not|never|n't|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant)"
_EN_SOFT = r"(?: (?:really|ever|even|being|been|be|get|getting|got|actually|always|physically|yet|at all|let|allow|make))*"
NEGATION_BEFORE = {  # just before the matched words (same clause)
    "en": (rf"(?:\b{_EN_NOT}|n't){_EN_SOFT}$|\b(?:nobody|no one|noone)\b", 3),
    # not "нет": "нет денег, негде спать"
    "ru": (
        r"\b(?:не|ни)(?: (?:очень|сильно|часто|особо|так|всегда|меня|нас|ее|её|его|их|мне|нам))*$|\b(?:никто|никогда)\b",
        3,
    ),
    "tk": (r"\b(?:hiç|hiçkim|hiçkim hem)\b", 2),
}
NEGATION_AFTER = {"tk": r"^\s*(?:däl|ýok|dal|yok)\b", "ru": r"^\s*бы\b"}
PAST = {  # the sentence tells of something over
    "en": r"(?<!since )\b(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years?|months?) ago|in (?:19|20)\d\d|"
    r"in the past|used to|back then|back in|when i was (?:a child|young|little|there)|before i came home|long ago)\b",
    "ru": r"\b(?:в прошлом (?:году|месяце)|прошлым летом|прошлой зимой|(?:год|года|лет|месяц|месяца|месяцев) назад|"
    r"в (?:19|20)\d\d|раньше|когда-то|давно (?:это|было)|это было давно|в детстве|в то время)\b",
    "tk": r"\b(?:geçen (?:ýyl|aý|tomus|gyş)|(?:ýyl|aý|ýyllar) (?:öň|ozal|mundan ozal)|öňler|ozal|(?:19|20)\d\d-?(?:nji|njy|ji|jy|nji ýylda|ýylda)|"
    r"çagakam)\b",
}
STILL = {  # the danger goes on, whatever else the text says
    "en": r"\b(?:still|right now|now they|again)\b",
    "ru": r"\b(?:вс[её] ещ[её]|до сих пор|по-прежнему|опять|снова|сейчас меня|и сейчас)\b",
    "tk": r"\b(?:henizem|häli-häzirem|heniz hem|ýene|entek hem)\b",
}
NOW = {  # the sentence also tells of today: its past is judged clause by clause
    "en": r"\b(?:now|still|today|tonight|right now|currently|at the moment)\b",
    "ru": r"\b(?:сейчас|теперь|сегодня|до сих пор|вс[её] ещ[её]|по-прежнему|в данный момент)\b",
    "tk": r"\b(?:häzir|indi|şu gün|şu wagt|henizem|heniz)\b",
}
OVER = {  # the person is out of it now
    "en": r"\b(?:now i'?m (?:home|back|safe|fine|ok)|i'?m (?:home|safe|back home) now|i am (?:home|safe|back home) now|"
    r"i am safe|i'?m safe|im safe|i(?:'m| am) (?:now |here |finally )?safe|i came back home|i got out|it'?s over now|everything is fine now|now i am (?:home|safe|back)|"
    r"now (?:i|we|she|he|they) (?:(?:live|lives) (?:in|at|with)|(?:am|are|is) (?:back|home|safe))|(?:she|he|they)(?:'s| is| are) (?:fine|ok|safe|home) now|"
    r"now i work (?:at|in|for) (?:a |an )?(?:good|new|different|another|other)|(?<!to )(?<!t )(?:left|quit) (?:that|the|this) job|"
    r"(?:that|it|this) (?:was|happened) (?:in (?:19|20)\d\d|\w+ years? ago|long ago|last year))\b",
    "ru": r"\b(?:я (?!не )(?:\w+ )?в безопасности|сейчас (?:я |он |она |мы |они )?(?:уже )?(?:дома|в безопасности)|уже дома|теперь (?:я )?дома|вернул(?:ся|ась|ись) домой|"
    r"я в безопасности|вс[её] позади|сейчас вс[её] хорошо|теперь вс[её] хорошо|теперь (?:я |мы |она |он )?жив(?:у|ем|ет|ём)\b(?! (?:на улице|на вокзале|в аэропорту|в лесу|в парке|где|без))|"
    r"(?:сейчас|теперь) у (?:нее|неё|него|меня|нас|них) вс[её] хорошо|это было (?:в (?:19|20)\d\d|давно|\w+ (?:год|лет))|"
    r"(?:сейчас|теперь) работа\w* (?:в|на|у) (?:хорош|друг|нов)|(?:ушла|ушел|ушёл|уволил(?:ась|ся)) (?:с|от) (?:той|этой|того|него|неё|нее))",
    "tk": r"\b(?:indi öýde|häzir öýde|öýe (?:gaýdyp geldim|dolandym|geldim)|watana dolandym|howpsuz ýerde|indi gowy|"
    r"indi howpsuz|men howpsuz|(?:şol|ol) işden gitdi|indi (?:gowy|başga|täze) ýerde işleýär|indi (?:\w+ ){0,3}(?:gowy|howpsuz|öýde)|indi (?!köçede)\w+(?:da|de) (?:\w+ ){0,3}ýaşaýa(?:ryn|rys)|bu (?:\w+ ){0,2}(?:ýylda|ýyl öň) boldy)\b",
}
# Turkmen marks a condition on the verb ("urulsa", "gaçsam"): a question about such a verb is a hypothetical, but the
# rest of the sentence may tell of today ("işlemesem urýarlar, näme etmeli?": they beat me if I do not work).
TK_CONDITIONAL = r"\b(?!et|ed|bol|ýogsa|sowsem\b)\w{2,}(?:sam|sem|sak|sek|saň|seň|sa|se|salar|seler)\b"
CONDITION = {  # with a question: a hypothetical or a question of law ("what should I do if...", "is it legal...")
    "en": r"\b(?:is it true|is it normal|is it safe|is it ok|do they|does it happen|workers|migrants|employers)\b|"
    r"\bwhat (?:is|are|does) (?:\w+ )?(?:trafficking|exploitation|violence|abuse|prostitution|forced|slavery|mean)|"
    r"\b(?:if|in case|suppose|what happens when|legal|legally|illegal|the right to|(?:is it|is that|is this|am i|are they|is he|is she) allowed|can an|can my|can the|"
    r"someone|somebody|a person|people who|anyone who|how (?:do|can) (?:i|you) (?:help|recogni[sz]e|know|spot))\b",
    "ru": r"\b(?:безопасно ли|правда (?:ли|что)|это правда|нормально ли|рабочих|мигрантов|работодатели|что такое|что значит|что означает|признаки|если|в случае|а вдруг|законно|незаконно|закон|имеет ли|имеют ли|имеет право|имеют право|вправе|"
    r"может ли|могут ли|можно ли|кто-то|кого-то|кому-то|человек(?:а|у)? (?:котор)|как (?:понять|распознать|узнать))",
    "tk": TK_CONDITIONAL
    + r"|\b(?:migrantlar|işçiler)\w*|\b(?:howpsuzmy|adama|adamlara|adamyň|nädip (?:bilmeli|tanamaly)|dogrumy|kadalymy|diýýärler|işçileri|migrantlary|adamlary|näme diýmek|diýmek näme|alamatlary|eger|egerde|ýagdaýynda|kanun|kanuny|kanunmy|hukugy|bilermi|bolýarmy|mümkinmi|birini|birine|kimdir biri)",
}
QUESTION = {
    "en": r"\?|(?:^|[,.]\s*)(?:what|how|where|who|which|why|can|could|should|is|are|do|does|will|may|am)\b"
    r"|\bwhat (?:does|do|is|are|should|can)\b|\bhow (?:do|can|to)\b|\bmeans?\b"
    r"|\b(?:can|should|do|could) (?:i|we|they|he|she|you)\b",
    # "что" after a verb of saying does not ask ("он сказал, что убьёт")
    "ru": r"\?|"
    + "".join(
        f"(?<!{verb} )(?<!{verb}, )"
        for verb in (
            "сказал",
            "сказала",
            "сказали",
            "говорит",
            "говорят",
            "обещал",
            "обещает",
            "угрожает",
            "угрожают",
            "грозит",
            "пишет",
            "знаю",
            "думаю",
        )
    )
    + r"\bчто\b|\b(?:как|можно|ли|куда|где|кто|каки\w+|како\w+|сколько|нужно|стоит|должен|почему|зачем)\b",
    "tk": r"\?|\b(?:näme|nähili|nädip|nirä|nirede|haçan|nähili|etmeli|näçe)\b"
    # the question suffix (bolýarmy, kanunmy), but not Russian read as Turkmen (кому, моему, своими)
    r"|\b(?:kanunymy|kanunlymy|bikanunmy)\b|\b\w+(?:rmy|rmi|nmy|nmi|lymy|limi|lumy|lümi|dymy|dimi|kmy|kmi|ýokmy|dogrumy)\b",
}
# A laugh makes the sentence a joke ("mum will kill me if I'm late again 😂"), matched on the text as typed.
JOKE = r"😂|🤣|😆|😅|😄|\blol\b|\bлол\b|\blmao\b|\bhaha|\bхаха|\bахах|\bхих"
# How often something happens says it is general only about people in general: "he often beats me" is a danger now.
_OFTEN = {
    "en": r"(?:often|usually|sometimes|typically|commonly)",
    "ru": r"(?:часто|обычно|иногда|как правило|бывает|бывают)",
    "tk": r"(?:köplenç|käwagt|adatça)",
}
_PEOPLE = {
    "en": r"(?:workers|migrants|employees|people|girls|women|men|employers|foreigners)",
    "ru": r"(?:рабоч\w*|мигрант\w*|работник\w*|люд\w*|девуш\w*|женщин\w*|мужчин\w*|работодател\w*|иностранц\w*)",
    "tk": r"(?:işçi\w*|migrant\w*|adam\w*|gyzlar\w*|aýallar\w*|iş berijiler\w*)",
}
GENERAL = {  # talk about people in general, not a present danger
    language: rf"\b{_OFTEN[language]}\b.{{0,60}}\b{_PEOPLE[language]}|\b{_PEOPLE[language]}.{{0,60}}\b{_OFTEN[language]}\b|"
    + rest
    for language, rest in {
        "en": r"\b(?:generally|in general|statistics|on tv|in the news|i(?:'ve| have)? heard|movie|(?:a|the|this) film|tv series|novel)\b"
        r"|\b(?:says|said|told me)\b.{0,60}\b(?:workers|migrants|employees)\b",
        "ru": r"\b(?:в целом|статистик|по телевизору|по тв|в новостях|слышал[аи]?|фильм(?:е|ы)? (?:про|о|об)\b|сериал\w*|кино\b)"
        r"|\b(?:говорит|говорят|сказал\w*)\b.{0,60}\b(?:рабочих|мигрантов|работников|людей)\b",
        "tk": r"\b(?:umuman|statistika|telewizorda|habarlarda|eşitdim|eşidipdim|kino\w*|serial\w*)\b"
        r"|\b(?:işçileri|migrantlary|adamlary)\b.{0,60}\bdiý",
    }.items()
}
# Someone under 18: with another danger, or work they are made to do, the kind is "child".
MINOR = {
    "en": r"\((?:[5-9]|1[0-7])\)|\b(?:not (?:even )?18|younger than 18|below 18|(?:[5-9]|1[0-7]) ?y\.o\.?)|\b(?:i'?m|i am|im|she'?s|she is|he'?s|he is|who is|aged?|only|just|son,?|daughter,?|boy,|girl,|brother|sister|girl|boy|niece|nephew|cousin)(?: is)? (?:only )?(?:[5-9]|1[0-7])\b(?! ?(?:days|months|hours|dollars|\$|usd|am|pm))"
    r"|\b(?:[5-9]|1[0-7])[ -]?(?:years? old|yrs? old|yr|yo|y/o|yrs|year-old)|\b(?:child|children|kid|kids|minor|underage|under 18|teen|teenager|teenage|my little|school ?girl|school ?boy)\b|\bi'?m still (?:in|at) school\b|\b(?:boy|girl)s? (?:of |aged )?(?:[5-9]|1[0-7])\b|\blittle (?:girl|boy)\b",
    "ru": r"\b(?:мне|ей|ему|сыну|дочери|дочке|сестре|брату|ребенку|ребёнку|племяннице|племяннику|внуку|внучке|девочке|мальчику) (?:всего |только )?(?:[5-9]|1[0-7])\b"
    r"|\b(?:[5-9]|1[0-7])-?(?:летн|ти летн)|\b(?:сын|доч|племянни|внук|внучк|брат|сестр|девоч|мальчик|девушк)\w* (?:[5-9]|1[0-7]) ?(?:лет|год)|\bмаленьк\w+ (?:девочк|мальчик)|\b(?:ребенок|ребёнок|ребенка|ребёнка|дети|детей|малолет|несовершеннолет|подрост|школьни)",
    "tk": r"\b(?:[5-9]|1[0-7]) ?ýaş\w*|\b(?:ýaşym|men|ol) (?:[5-9]|1[0-7])\b(?: ?ýaş\w*)?"
    r"|\bçaga(?! seret| bak)|\bkiçi(?:jik)? (?:gyz|oglan)|\b(?:çagalar|çagany|çagalary|çagam|kämillik ýaşyna ýetmedik|ýetginjek|mekdep okuwçy)",
}
CHILD_WORK = {  # work a minor is made to do now
    "en": r"\b(?:forc\w*|made to work|(?:is|am|are|'s|'m) working\b|works (?:in|at|for|as)\b|sell(?:s|ing)? (?:\w+ )?(?:on|in) the streets?|clean(?:s|ing)? (?:\w+ )?houses|(?:not|doesn'?t|can'?t|cannot|isn'?t) (?:going|go|allowed to go) to school|sent to work|taken (?:by|to|away)|(?:forced|sent) to beg|mak(?:e|es|ing) (?:\w+ ){0,4}(?:work|beg|sell)|(?:is|'s|am|'m|are) working as|(?:don'?t|doesn'?t|do not|dont|doesnt) (?:feed|pay) (?:her|him|me|them|us)|(?:is|am|are|'s|'m) working \d+|works? \d+ hours|instead of (?:going to )?school|took (?:her|him|them)\b(?! to)|makes? (?:me|him|her|them|us) work|sold|(?:work|working|works) (?:on|at|in) (?:a |the )?"
    r"(?:construction|building site|site|farm|field|factory|brick)|not (?:allowed|let) to go to school)\b",
    "ru": r"\b(?:заставля|принужда|продал|работаю\b|работает (?:на|в|у)\b|вместо школы|на стройк|на завод|на пол[ея]|на ферм|на кирпич|в школу не)",
    "tk": r"\b(?:mejbur|işled(?:ýär|ip)\w*|işletdi\w*|alyp gitdiler|zor bilen işle|sat(?:dy|dylar|yp)|gurluşyk|zawod|kerpiç|meýdanda işle|mekdebe goýanok)",
}

# Words people mistype most that the patterns hinge on: a word one letter away from one of these is read as it.
TYPO_TARGETS = {
    "ru": (
        "заперли",
        "запирали",
        "заперта",
        "запирают",
        "избивают",
        "избили",
        "изнасиловали",
        "изнасиловал",
        "помогите",
        "спасите",
        "выпускают",
        "отпускают",
        "угрожает",
        "угрожают",
        "покончить",
        "самоубийство",
        "взаперти",
        "выгнали",
        "сбежала",
        "сбежал",
        "опасности",
        "ударил",
        "проституцией",
        "повешусь",
    ),
    "tk": (
        "urýarlar",
        "ýenjýärler",
        "gabadylar",
        "goýanoklar",
        "goýbermeýärler",
        "öldürjek",
        "öldürjekdigini",
        "kömek",
        "halas",
        "zorlady",
        "gulpladylar",
        "çykaranoklar",
        "kowdular",
        "ýaşamak",
        "howpda",
    ),
    "en": ("kidnapped", "suicide", "emergency", "prostitution", "threatening", "threatened", "stranded"),
}

# Ages a minor may give in words (10 to 17), read as digits so MINOR needs only digits.
NUMBER_WORDS = {
    "en": ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    "ru": (
        "десят",
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
    ),
    "tk": ("on", "on bir", "on iki", "on üç", "on dört", "on bäş", "on alty", "on ýedi"),
}

# --- compiled once at import -------------------------------------------------------------------------------------

_TK_FOLDED = ("tk",)
_ESCAPE = re.compile(r"(\\.)")


def _compile(pattern: str, language: str) -> re.Pattern[str]:
    # Turkmen patterns are written with the special letters and folded like the text they are matched on.
    # Only the letters are folded, not the escapes (fold would turn \w into \v).
    if language in _TK_FOLDED:
        pattern = "".join(part if part.startswith("\\") else fold(part) for part in _ESCAPE.split(pattern))
    # The soft sign after л and т is often left out ("болше", "bolshe", "zhit"): the patterns do not require it.
    if language == "ru":
        pattern = pattern.replace("ль", "ль?").replace("ть", "ть?")
    return re.compile(pattern)


_KIND_PATTERNS = tuple(
    (kind, language, _compile(pattern.removeprefix("!"), language), not pattern.startswith("!"))
    for kind in PRIORITY
    for language, patterns in PATTERNS.get(kind, {}).items()
    for pattern in patterns
)


def _compiled(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {language: _compile(pattern, language) for language, pattern in table.items()}


_FRAGMENTS = tuple(
    (kind, language, _compile(pattern, language))
    for kind in PRIORITY
    for language, pattern in FRAGMENTS.get(kind, {}).items()
)
_HELP_WORDS, _HELP_CALL = _compiled(HELP_WORDS), _compiled(HELP_CALL)
_HELP_FILLERS = {language: _compile(rf"\b{filler}\b", language) for language, filler in HELP_FILLERS.items()}
_NEGATION_BEFORE = {language: (_compile(p, language), n) for language, (p, n) in NEGATION_BEFORE.items()}
_NEGATION_AFTER = _compiled(NEGATION_AFTER)
_NEGATED_OR = re.compile(
    r"\b(?:not|never|n't|dont|doesnt|didnt|nobody|no one)\b[^,.;]*\bor\s*$|n't\b[^,.;]*\bor\s*$"
)
_PAST, _STILL, _NOW, _OVER = _compiled(PAST), _compiled(STILL), _compiled(NOW), _compiled(OVER)
_CONDITION, _QUESTION, _GENERAL = _compiled(CONDITION), _compiled(QUESTION), _compiled(GENERAL)
_MINOR, _CHILD_WORK = _compiled(MINOR), _compiled(CHILD_WORK)
_JOKE = re.compile(JOKE)
_TK_CONDITIONAL_RE = _compile(TK_CONDITIONAL, "tk")
_IF = re.compile(r"\b(?:if|in case|если|в случае|esli)\b", re.IGNORECASE)
_NUMBER_WORDS = {
    # Turkmen "on" alone (ten) is also the English word: only "on ýaş..." reads as 10.
    "en": (
        re.compile(r"\b(" + "|".join(NUMBER_WORDS["en"]) + r")\b"),
        {w: str(10 + i) for i, w in enumerate(NUMBER_WORDS["en"])},
    ),
    "ru": (
        re.compile(r"\b(" + "|".join(NUMBER_WORDS["ru"]) + r")[ьи]\b"),
        {w: str(10 + i) for i, w in enumerate(NUMBER_WORDS["ru"])},
    ),
    "tk": (
        re.compile(
            r"\b("
            + "|".join(sorted(map(fold, NUMBER_WORDS["tk"][1:]), key=len, reverse=True))
            + r"|on(?= yas))\b"
        ),
        {fold(w): str(10 + i) for i, w in enumerate(NUMBER_WORDS["tk"])},
    ),
}
_TYPO_TARGETS = {
    language: {fold(w) if language in _TK_FOLDED else w for w in words}
    for language, words in TYPO_TARGETS.items()
}

# Sentences end at . ! ? ; and line breaks; "but" starts a new one ("nobody beats me, but ...").
_SENTENCE = re.compile(r"(?<=[.!?;…\n])|\s+(?=(?:but|но|однако|ýöne|emma|ýogsa)\s)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,:()\-–—]|\b(?:and|и|а|we|hem|because|потому|since|çünki)\b")
_CLAUSE = re.compile(r",\s*|[:;–—]|\s-\s")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# Latin → Cyrillic for Russian typed in Latin letters (longest spellings first).
_TRANSLIT = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("ya", "я"),
    ("ja", "я"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("yo", "е"),
    ("jo", "е"),
    ("ye", "е"),
    ("je", "е"),
    ("iy", "ий"),
    ("'", "ь"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("w", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("x", "х"),
    ("c", "ц"),
    ("q", "к"),
    ("y", "ы"),
    ("4", "ч"),
)
_TRANSLIT_RE = re.compile("|".join(re.escape(latin) for latin, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
_LATIN_WORD = re.compile(r"[a-z'4]*[a-z][a-z'4]*")
_AFTER_VOWEL_Y = re.compile(r"([аоуеиы])ы(?![аоуеиыэюя])")


def _to_cyrillic(text: str) -> str:
    def word(match: re.Match[str]) -> str:
        return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group()], match.group())

    return _AFTER_VOWEL_Y.sub("\\1й", _LATIN_WORD.sub(word, text))


_TK_KEYBOARD = str.maketrans("ӧӱӓ", "өүә")
_TK_LATIN_KEYBOARD = str.maketrans("ñÿə", "ňýä")


def readings(text: str) -> dict[str, str]:
    """The text as each language's patterns read it (see the module docstring)."""
    plain = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("`", "'").replace("ʼ", "'")
    russian = _to_cyrillic(plain).replace("ё", "е")
    # ӧ ӱ ӓ are what some keyboards give for Turkmen ө ү ә.
    turkmen = fold(
        turkmen_cyrillic_to_latin(plain.translate(_TK_KEYBOARD))
        if has_cyrillic(plain)
        else plain.translate(_TK_LATIN_KEYBOARD)
    )
    return {
        "en": _numbers(_correct(plain, "en"), "en"),
        "ru": _numbers(_correct(russian, "ru"), "ru"),
        "tk": _numbers(_correct(turkmen, "tk"), "tk"),
    }


def _numbers(text: str, language: str) -> str:
    """Ages written in words read as digits ("fourteen", "четырнадцати", "on dört" → "14"), for MINOR."""
    pattern, values = _NUMBER_WORDS[language]
    return pattern.sub(lambda m: values[m.group(1)], text)


def _correct(text: str, language: str) -> str:
    targets = _TYPO_TARGETS[language]
    return (
        _WORD.sub(lambda m: _nearest(m.group(), language) if len(m.group()) >= 6 else m.group(), text)
        if targets
        else text
    )


@lru_cache(maxsize=8192)
def _nearest(word: str, language: str) -> str:
    if word in _TYPO_TARGETS[language]:
        return word
    for target in _TYPO_TARGETS[language]:
        if abs(len(target) - len(word)) <= 1 and target[0] == word[0] and _one_edit(word, target):
            return target
    return word


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter inserted, deleted, replaced, or two neighbours swapped."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE.split(text) if part and part.strip()]


def _negated(reading: str, start: int, end: int, language: str) -> bool:
    clause = _CLAUSE_BREAK.split(reading[:start])[-1]
    pattern, window = _NEGATION_BEFORE[language]
    before = " ".join(_WORD.findall(clause)[-window:])
    if pattern.search(before) or (language == "en" and _NEGATED_OR.search(clause)):
        return True
    after = _NEGATION_AFTER.get(language)
    return bool(after and after.search(reading[end:]))


def _any(table: dict[str, re.Pattern[str]], texts: dict[str, str]) -> bool:
    return any(pattern.search(texts[language]) for language, pattern in table.items())


def _past_or_general(texts: dict[str, str]) -> bool:
    """The clause tells of something over ("last year") or of people in general ("often")."""
    return not _any(_STILL, texts) and (_any(_PAST, texts) or _any(_GENERAL, texts))


def _hypothetical(texts: dict[str, str]) -> bool:
    """The sentence asks about a condition or the law: "what should I do if they lock me in?"."""
    return not _any(_STILL, texts) and _any(_CONDITION, texts) and _any(_QUESTION, texts)


def _tk_condition_only(texts: dict[str, str]) -> bool:
    """The only condition in the sentence is a Turkmen verb's conditional ending."""
    tk = texts["tk"]
    return not (
        _CONDITION["en"].search(texts["en"])
        or _CONDITION["ru"].search(texts["ru"])
        or _CONDITION["tk"].search(_TK_CONDITIONAL_RE.sub("_", tk))
    )


def _pattern_kinds(texts: dict[str, str]) -> Iterable[CrisisKind]:
    for kind, language, pattern, negatable in _KIND_PATTERNS:
        reading = texts[language]
        matches = pattern.finditer(reading)
        if any(not (negatable and _negated(reading, m.start(), m.end(), language)) for m in matches):
            yield kind


def _help_alone(texts: dict[str, str]) -> bool:
    """A call for help with nothing else in its sentence but fillers ("please", "now", "срочно")."""
    for language, pattern in _HELP_WORDS.items():
        reading = texts[language]
        # "мне 14, помогите": an age said with the call leaves it a call for help
        rest = _HELP_FILLERS[language].sub(" ", _MINOR[language].sub(" ", pattern.sub(" ", reading)))
        if pattern.search(reading) and not _WORD.search(rest):
            return True
    return False


def _help_call(texts: dict[str, str]) -> bool:
    """A call for help set off at the start of a sentence that asks nothing (HELP_CALL)."""
    return _any(_HELP_CALL, texts) and not _any(_QUESTION, texts)


def _fragment_kinds(texts: dict[str, str]) -> set[CrisisKind]:
    """The kinds a very short message names with one word ("заперли", "locked"), unless it is a question."""
    if (
        len(_WORD.findall(texts["en"])) > FRAGMENT_WORDS
        or _any(_QUESTION, texts)
        or _JOKE.search(texts["en"])
    ):
        return set()
    return {
        kind
        for kind, language, pattern in _FRAGMENTS
        if any(
            not _negated(texts[language], m.start(), m.end(), language)
            for m in pattern.finditer(texts[language])
        )
    }


def detect_crisis(text: str) -> CrisisKind | None:
    """The kind of immediate danger the text tells of, the most specific first (PRIORITY), or None."""
    minor = work = False
    whole = readings(text)
    found = _fragment_kinds(whole)
    over = any(
        not _negated(whole[language], m.start(), m.end(), language)
        for language, pattern in _OVER.items()
        for m in pattern.finditer(whole[language])
    )
    for sentence in sentences(text):
        texts = readings(sentence)
        if _JOKE.search(texts["en"]):
            continue
        if _hypothetical(texts):
            # "what should I do if they lock me in?" asks; "he beats us if we are slow, what do I do?" tells, before its "if"
            # unless the part before "if" asks too ("how can I run away if ...") or the "if" ends a yes/no question
            head, *condition = _IF.split(sentence, maxsplit=1)
            if not condition and _tk_condition_only(texts):
                texts = {**texts, "tk": _TK_CONDITIONAL_RE.sub("_", texts["tk"])}
            else:
                texts = readings(head)
                if (
                    not condition
                    or not _WORD.search(head)
                    or _any(_QUESTION, texts)
                    or any(part.rstrip().endswith("?") and "," not in part for part in condition)
                ):
                    continue
        kinds = {CrisisKind.HELP} if _help_alone(texts) or _help_call(texts) else set()
        # Past and general talk are judged clause by clause: a long story may start years ago and end today.
        # A sentence without any is read whole, so a pattern may span a comma ("no money, no passport").
        if _past_or_general(texts) and not _any(_NOW, texts):
            continue  # "in 2019 I worked in Dubai, the boss beat me"
        parts = [texts] if not _past_or_general(texts) else [readings(c) for c in _CLAUSE.split(sentence)]
        for part in parts:
            if _past_or_general(part):
                continue
            kinds |= set(_pattern_kinds(part))
            minor = minor or _any(_MINOR, part)
            work = work or _any(_CHILD_WORK, part)
        if over and not _any(_STILL, texts):
            # Safe now: what the text tells of is over, but a call for help or self-harm still counts.
            kinds &= {CrisisKind.SELF_HARM, CrisisKind.HELP}
        found |= kinds
    if minor and (found - {CrisisKind.SELF_HARM} or work and not over):
        found.add(CrisisKind.CHILD)
    return next((kind for kind in PRIORITY if kind in found), None)
