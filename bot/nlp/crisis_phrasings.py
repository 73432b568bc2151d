"""Still more of the crisis detector's danger patterns: ways of saying danger found among the dev set's misses in
sessions 9 and 10 (tests/data/crisis/dev), widened to their word families. Same shape as crisis_families.py, which
merges them into FAMILIES; kept apart so that each table stays short enough to read."""

from __future__ import annotations

from collections import defaultdict

from bot.nlp.crisis_patterns import CrisisKind

OTHER_WAYS: defaultdict[CrisisKind, defaultdict[str, tuple[str, ...]]] = defaultdict(
    lambda: defaultdict(tuple)
)

# Looking for death, said with "ölüm" and a verb of seeking or wanting (session 9, from the dev set's misses).
# Hanging or killing oneself with the object after the verb ("asmak isleýärin özümi").
OTHER_WAYS[CrisisKind.SELF_HARM]["tk"] += (
    r"\bölüm\w* (?:\w+ )?(?:gözl|isle|küýse)\w*|\bölmegiň (?:ýoluny|usulyny)",
    r"\b(?:as(?:mak|jak|aryn|aýyn)|öldür(?:mek|jek|erin|eýin)) (?:\w+ ){0,2}özümi\b",
)
# Turkmen calls for help said with what makes them urgent (session 9, from the dev set's misses): "help" with fear,
# danger or hurry anywhere in the message (not the emergency service's name, "gyssagly kömek", nor "an organisation
# that helps"), an answer or a person wanted with fear or at once, and the spellings people type for "kömek ediň".
_FEAR_TK = r"(?:gork\w*|howp(?!suz)\w*|gaçmaly|ölüm\w*|erbet zat|howatyr\w*)"
_HURRY_TK = rf"(?:{_FEAR_TK}|gyssagly|çalt|tiz|srochno)"
_HELP_TK = (
    r"k[öoeѳ]m[eö][kg]\w*\b(?! (?:edýän|berýän|edip bil|etjek|gurama|merkez|belgi|nomer|hyzmat|gullug|maşyn))"
)
OTHER_WAYS[CrisisKind.HELP]["tk"] += (
    # not a task or a question: "tiz kömek gerek: rezýume ýazmaga", "kömek gerek, haýsy resminama"
    rf"^(?!.*(?:\bgyssagly kömek (?:belgi|nomer|hyzmat|gullug|maşyn)|\?|\w(?:maga|mäge|mega)\b|\b(?:nädip|haýsy|näçe)\b|\bgerek d[äa]l\b))(?:.*\b)?(?:{_HELP_TK}.{{0,60}}\b{_HURRY_TK}"
    rf"|{_HURRY_TK}.{{0,60}}\b{_HELP_TK})",
    rf"\b(?:jogap beriň|jogap ber|ýazyň|jaň ediň)\b.{{0,30}}\b{_FEAR_TK}|\b{_FEAR_TK}.{{0,30}}\b(?:jogap beriň|ýazyň)\b",
    rf"\b(?:adam|biri|birisi|operator)\w* (?:gerek|gelsin|ýazsyn)\b.{{0,30}}\b(?:{_HURRY_TK}|häzir|şu wagt)"
    rf"|\b(?:{_HURRY_TK}|häzir|şu wagt)\b.{{0,30}}\b(?:adam|biri|birisi|operator)\w* (?:gerek|gelsin|ýazsyn)\b|\bbiri gelsin\b",
    r"^\W*(?:(?:kmk|kmek|komk|kömeg|kemek|komeg)\W+(?:edn|edin|ediň|et)\w*|ý?[ae]ti[sş]i[nň]|y[ae]rd[iıa]m ed[iı][nň])\W*$",
)
# Russian said other ways (session 9, from the dev set's misses): self-harm by its means and its last words, help
# wanted before someone comes back, threats to the family at home, being left with no money where an agent vanished.
OTHER_WAYS[CrisisKind.SELF_HARM]["ru"] += (
    r"\bубь?ю себя\b|\bпод поезд\b|\b(?:выйти|выйду|шагнуть) из окна\b|\bподняться (?:\w+ )?(?:туда|на крышу) и вс[её]\b",
    r"\bпоследнее (?:мо[её] |его |е[её] )?сообщение\b|\b(?:написал[аи]?|оставил[аи]?) (?:предсмертную )?записку\b"
    r"|\bпредсмертн",
    r"\b(?:накопил[аи]?|собираю|собрал[аи]?|приготовил[аи]?|коплю) (?:\w+ )?(?:снотворное|таблетки|таблеток)"
    r"|\bсколько (?:у (?:меня|нас) )?таблеток\b",
    r"\bкак умереть\b|\bперестать существовать\b|\bлишн(?:ий|яя) на (?:этой )?земле\b|\bменя (?:уже )?не будет завтра\b"
    r"|\bлегче (?:\w+ )?умереть\b|\bлучше умереть\b|\bединственный выход\b.{0,20}\bумереть|\bтолько умереть\b",
    r"\bвс[её] (?:было бы )?(?:легче|лучше),? если бы я (?:умер|умерла|не проснул)\w*|\bне проснусь\b|\bне проснулся утром\b"
    r"|\bпора заканчивать\b|\bпричинить себе вред|\b(?:обжег|обожгла|порезал[аи]?) (?:себе )?руку специально"
    r"|\bк железной дороге\b|\bне хоче(?:тся|ця) (?:\w+ )?ж[иы]т|\bж[иы]ть? (?:мне )?не хоче(?:тся|ця)",
    r"\b(?:вс[её] )?кончено (?:для меня|со мной)|\bскоро вс[её] (?:закончится|кончится),? я решил|\bуйду навсегда\b"
    r"|\bвс[её] закончить по-?тихому|\bпрыгн(?:ет|у|уть) (?:с|из) (?:балкона|окна|крыши|моста)|\b(?:стоит|стою) на (?:балконе|крыше|мосту)\b.{0,30}прыгн",
)
OTHER_WAYS[CrisisKind.HELP]["ru"] += (
    r"\bпока (?:он|она|они|хозяин|муж) не (?:вернул|пришл|пришел|пришёл)\w*|\bпока не поздно\b|\bсохраните мне жизнь",
    r"\b(?:дайте|нужен|прошу|свяжите (?:меня )?с) (?:\w+ )?(?:живо\w* )?человек\w*\b.{0,30}\b(?:срочно|быстр\w*|опасн\w*)"
    r"|\bкого-?(?:то|нибудь) живого\b|\bза мной идут\b|\bони возвращаются\b",
    r"\b(?:дайте|скажите) (?:\w+ )?номер\b.{0,30}\b(?:сейчас|срочно|быстр\w*|за мной)|\bнужна полиция\b",
    r"^\W*(?:пмгт|помог+(?:и{2,}т+е+|и+т+е{2,}))\W*$",
)
OTHER_WAYS[CrisisKind.VIOLENCE]["ru"] += (
    r"^\W*(?:мне |нам |нас )?(?:угрожают|угрожает)\W*$",
    r"\b(?:семь[еёюи]\w*|мам\w*|жен\w*|дет\w*|доч\w*|сестр\w*|сын\w*|родн\w*)\b.{0,60}\b(?:что-?то |что-?нибудь )?(?:случится"
    r"|будет плохо|найдут|приедут|приедем|убьют)\b|\bотправит людей к\b|\b(?:фото|адрес) (?:моего|нашего) дома\b"
    r"|\bфото (?:моих|наших) детей\b",
    r"\b(?:опять|снова) (?:будет|будут|начнет|начнут) бить\b|\bкулаком по лицу\b",
)
OTHER_WAYS[CrisisKind.SEXUAL]["ru"] += (
    r"\bторгу(?:ет|ют) мной\b|\bделает со мной что хочет\b|\bраздевайся\b|\bуходи(?:ли|ть) с клиентами\b|\bдосуг\b"
    r"|\bклиенты и номера\b|\b(?:держат|продают) в сауне\b|\bв сауне и продают\b",
)
OTHER_WAYS[CrisisKind.STRANDED]["ru"] += (
    r"\b(?:агент|посредник|работодатель|никто)\w* (?:\w+ ){0,2}(?:пропал|исчез|не встретил|не пришел|не пришёл|не отвечает"
    r"|трубку не берет)\w*\b.{0,80}\b(?:денег (?:нет|на)|деньги (?:кончились|закончились)|нет денег|ни копейки|\d+ (?:рублей|злотых|долларов|лир))"
    r"|\b(?:денег (?:нет|на (?:обратный )?билет нет)|деньги (?:кончились|закончились))\b.{0,80}\b(?:агент|посредник|работодатель)\w* (?:\w+ ){0,2}(?:пропал|исчез|не отвечает)",
    r"\b(?:вторую|третью|четвертую|пятую) ночь (?:\w+ ){0,2}(?:сплю|сижу|ночую)|\b(?:сплю|сижу|ночую) (?:\w+ ){0,2}(?:на пляже|на лавке|на остановке|под забором)",
    r"\b(?:выставил|выселил|выгнал)\w* (?:\w+ ){0,3}(?:из общежития|из общаги|из хостела|из квартиры)\b.{0,60}\b(?:сижу|денег нет|ночь|некуда|на улице)",
    r"\bбросили (?:\w+ ){0,2}(?:в лесу|на границе|в степи)|\b(?:стоит|стоим|стою) в степи\b|\bразвернули\b.{0,60}\bденег\b",
)
OTHER_WAYS[CrisisKind.CONFINEMENT]["ru"] += (
    r"\bсбежать невозможно\b|\bза (?:нами|мной) (?:постоянно )?(?:смотрят|следят)\b|\bзакрывают (?:\w+ )?в подвале\b"
    r"|\bдверь на ключ\b|\bокна на решетке\b|\bокна на решётке\b|\bникто не выходит\b|\bдвери заблокирован\w*"
    r"|\bвыпускает только\b",
)

# Turkmen said other ways (session 9, a second pass over the dev set's misses): wanting to die with typos, not
# waking up, not seeing tomorrow, being a burden, farewells, the means; a number or a person wanted now with danger
# said, someone at the door, "come and take me".
_NOW_TK = r"(?:häzir|şu wagt|tiz|çalt|gyssagly|srochno|srocno|srochna)"
OTHER_WAYS[CrisisKind.SELF_HARM]["tk"] += (
    r"\böl(?:es|as)(?:im|i) gel|\böläýsem\b|\bölen gowy\b|\bölmek (?:\w+ )?(?:gowy|ýeňil|kyn däl)|\bdiňe ölüm\b"
    r"|\bçykalga (?:diňe |ýeke )?ölüm|\bölüm galdy\b|\bölüme taýýar",
    r"\b(?:ukudan )?oýanmasam\b|\boýanmazlyk\b|\bturmasam\b|\bertir(?:e|ki)? (?:\w+ ){0,2}(?:ýaşamaryn|galmaryn|ýetmejek"
    r"|görmerin|bolmaryn|ýok bolaryn)|\bertirki güni görmerin|\bdaň atanda men bolmaryn|\bertir meni tapmazlar"
    r"|\b(?:ertire|ertirki güne) (?:çenli )?(?:ýetmejek|galmaryn)|\bbu gije gutar\w*",
    r"\bhiç kime (?:\w+ )?(?:ýük|gerek d[äa]l)\b.{0,40}\b(?:git|gutar|ýok bol|ölsem|hoş)\w*|\b(?:ýük|gerek d[äa]l) men\b.{0,40}"
    r"\b(?:git|gutar|ýok bol|hoş)\w*|\bmeniň ýoklugym|\býok bol(?:sam|up gitsem|aýsam)\b|\bmen indi ýok\b",
    r"\bhoşlaş(?:ýan|ýaryn|mak isleýän)\b|\bmenden razy boluň|\bbaşga ýazmaryn|\bbu durmuş maňa däl|\býaşaýşym bes",
    r"\bjan (?:almak|almaga|bermek|bermäge)\b.{0,20}\b(?:özümden|isle\w*|taýýar)|\bjan (?:hem |maňa )?gerek d[äa]l"
    r"|\bbu jan maňa|\b(?:öz )?janyna kast etmek isle(?:ýär|ýä)\b",
    r"\basylmak\b|\basmaly\b|\býüp (?:hem )?taýýar|\başagyna (?:taşlan|özümi|bök)\w*|\byzyna çykmajak|\bgollarymy kes"
    r"|\bgörünmän ýitmek|\bdowam etmegiň manysy|\bölmek üçin derman",
    r"\býadadym\b.{0,30}\bgutarmak isle|\bgutarmak isle\w*\b.{0,30}\býadadym|\bgerek d[äa]l men,? gutarmak",
)
OTHER_WAYS[CrisisKind.HELP]["tk"] += (
    rf"\b(?:nomer|belgi)\w* (?:ber\w*|gerek)\b.{{0,30}}\b(?:{_NOW_TK}|howp\w*)|\b(?:{_NOW_TK}|howp(?!suz)\w*)\b.{{0,30}}"
    r"\b(?:nomer|belgi)\w* (?:ber\w*|gerek)",
    rf"\bhowp bar\b.{{0,30}}\b(?:geliň|gelin|{_NOW_TK})|\b{_NOW_TK}\b.{{0,30}}\bhowp bar\b|\bölüm howpunda|\bölüm-ýitim meselesi",
    rf"\bhowp(?:ly|daýyn|daman|dadyryn|da)\b.{{0,40}}\b(?:{_NOW_TK}|adam|biri|kim bilen)|\b(?:{_NOW_TK})\b.{{0,40}}\bhowply\b",
    rf"\b(?:ýagdaýym|ýagdaýymyz)\b (?:gaty )?(?:erbet|howply)\b.{{0,30}}\b(?:{_NOW_TK}|kömek|nomer|adam)"
    rf"|\b(?:{_NOW_TK}|kömek)\b.{{0,30}}\b(?:ýagdaýym|ýagdaýymyz)\b (?:gaty )?(?:erbet|howply)",
    r"\bgapymyzy döw|\bolar gelýär\b|\bol gelýänçä|\bwagtym az\b|\bgelip alyň meni|\bgutaryň meni|\bkim bar\b.{0,20}\bkömek"
    r"|\bhelp\b(?: \w+){0,2} k[öoe]me[kg]|\bk[öoe]me[kg]\w*(?: \w+){0,2} help\b|\bý?[ae]ti[sş]i[nň]\b",
    r"\b(?:kim|birisi|biri|kimdir biri)\w* (?:jogap ber\w*|ýazsyn|bar\w*)\b.{0,30}\b(?:howp\w*|gork\w*|erbet)"
    r"|\bhowply\b.{0,30}\b(?:ýazyşyp|gepleşip|gürleşip) (?:biljek|bolýan)",
)
OTHER_WAYS[CrisisKind.HELP]["ru"] += (r"\bпомощ\w* (?:\w+ )?(?:нужна )?срочно|\bсрочно (?:\w+ )?помощ",)

# English said other ways (session 9, from the dev set's misses): help wanted now or before someone comes back, a
# person not a bot, threats to the family at home, better to die, not being a problem after tonight.
_NOW_EN = r"(?:now|right now|quick|quickly|fast|immediately|asap|urgent\w*|emergency)"
_AT_ONCE_EN = r"(?:now|right now|quick|quickly|fast|immediately|asap)"  # not "in an emergency": a question
OTHER_WAYS[CrisisKind.HELP]["en"] += (
    r"\b(?:before|until) (?:he|she|they|the boss) (?:comes?|gets?|are|is) back\b|\bfew minutes before\b"
    r"|\b(?:he|she|they) (?:is|are|'s|'re)? ?coming back\b|\bsomething bad is happening\b|\bno time to explain\b",
    rf"\bsend (?:help|someone|somebody)\b|\bget (?:someone|somebody)\b|\bsomebody get me out\b|\bget me away\b|\bhelp me get away\b"
    rf"|\b(?:a |the )?(?:person|human),? not a bot\b|\b(?:connect|talk) (?:me )?(?:to|with) a (?:person|human)\b.{{0,20}}\b{_NOW_EN}",
    rf"\b(?:hotline|emergency number|number)\b.{{0,30}}\b{_AT_ONCE_EN}\b|\b{_AT_ONCE_EN}\b.{{0,20}}\bhotline\b"
    rf"|\b(?:who|what number) (?:can |do )?(?:i|we) call\b.{{0,30}}\b(?:{_AT_ONCE_EN}|danger)",
    r"\b(?:i'?m|i am|we'?re|we are|she'?s|she is|he'?s|he is|they'?re|they are|friend is|mom is|sister is|brother is)"
    r" (?:in danger|not safe)\b.{0,40}\b(?:now|who|help|call)|\b(?:i'?m|i am) not safe\b|^\W*emergency\W*please\W*$"
    r"|^\W*danger\W*(?:pls|please)? ?someone\W*$|\b(?:it'?s|very) (?:urgent|serious)\b.{0,40}\bhelp|\bhelp\b.{0,40}\b(?:it'?s|very) (?:urgent|serious)\b"
    rf"|\b(?:call|contact) me\b.{{0,30}}\b(?:{_NOW_EN}|not safe|danger)|\bneed assistance immediately\b|^\W*ple help\W*$",
)
OTHER_WAYS[CrisisKind.VIOLENCE]["en"] += (
    r"\bwe know where (?:your|ur) (?:kids|children|family|mom|mother|wife|son|daughter)\b"
    r"|\b(?:knows?|have|has) (?:where my|my) (?:mom|mother|family|kids|wife)\b.{0,40}\b(?:visit|come|hurt|find)"
    # "he says he knows where my family lives if i back out": a threat to the family at home, however it ends (tester S)
    r"|\b(?:he|she|they|boss|agent|recruiter|guy|man)\b(?: \w+){0,3} knows? where (?:my|our) (?:family|parents|mom|mum|mother|father|dad|kids|children|wife|sister|brother|relatives|folks)"
    r" (?:lives?|are|is|stays?)\b"
    r"|\bthreatened (?:to be killed|my (?:little )?(?:brother|sister|family|mom|son|daughter))\b|\bboss hits\b|\bbeing hurt by\b"
    r"|\bsent me (?:his|her|their) photo at school\b",
)
OTHER_WAYS[CrisisKind.SELF_HARM]["en"] += (
    r"\bbetter (?:that )?(?:i |to )die\b|\bno reason to keep going\b|\bnot (?:to )?exist anymore\b|\bdon'?t deserve to live\b"
    r"|\bwon'?t be a problem for anyone\b|\bnot going to be a problem for anyone\b|\binsurance money if i'?m gone\b"
    r"|\bbetter without me\b|\bbought razor blades\b|\bi won'?t call again\b",
)
OTHER_WAYS[CrisisKind.SEXUAL]["en"] += (
    r"\bsold to a man\b|\bdoes what he wants with me\b|\bmakes? me do sexual\b|\bit is not massage\b",
)

# Russian said still other ways (session 10, from the misses among the dev set's new lines): being killed now, threats
# to the family at home said in the future ("найдёт моих детей", "сожгут дом"), words run together, men sent to the
# room, wanting to sell a person, nights in an airport or on a staircase, an agent who left people in a town, danger
# said as "опасно тут", a number wanted fast, and self-harm by its means, its place and its farewell (щ typed ш).
OTHER_WAYS[CrisisKind.VIOLENCE]["ru"] += (
    # "убивает" alone is mostly said of heat, a queue or a boss's reports (blanked in HARMLESS or not): with a person
    r"\b(?:меня|нас|е[её]|его|сестру|брата|мужа|жену|сына|дочь) (?:\w+ )?убивают\b|\bубивают (?:меня|нас)\b"
    r"|\b(?:он|она|муж|хозяин|хозяйка|брат|отец) (?:\w+ )?убивает (?:меня|нас)\b"
    r"|\b(?:меня|нас)(?:бьют|бьет|бьёт|били|избили)\b",
    r"\b(?:найд[её]т|найдут|доберутся до|тронут) (?:\w+ ){0,2}(?:семь|мам|мать|жен|дет|доч|сестр|сын|брат|родн|родител)"
    r"|\bзнают,? где (?:живут|жив[её]т|учится|работает)\b|\bфото (?:\w+ )?дома (?:\w+ )?(?:родител|мам|семь)\w*"
    r"|\bмы рядом\b|\b(?:меня|нас)\W+уберут\b|\bсожгут\b|\b(?:ещ[её] |тоже )?сломают (?:\w+ )?(?:жизнь|руку|руки|ногу|ноги)"
    r"|\bещ[её] сломают\b",
    r"\bбили (?:\w+ ){0,2}(?:дня|дней|ночи|часа|подряд|всю ночь)\b",
    r"\b(?:хотят|хочет|собираются|собирается|решили) (?:меня |нас |е[её] |сестру |дочь )?продать\b"
    r"|\bпрода(?:дут|ют) (?:меня|нас)\b",
)
OTHER_WAYS[CrisisKind.SEXUAL]["ru"] += (
    r"\bзажима(?:ет|ют) (?:меня|нас|е[её])\b|\b(?:мужики|мужчины|клиенты) (?:\w+ )?приход(?:ят|или) (?:\w+ )?по очереди"
    r"|\b(?:ночью|по ночам|в комнату) (?:\w+ ){0,3}делает что хочет|\bсе(?:кс|х)уал\w* насили",
)
OTHER_WAYS[CrisisKind.STRANDED]["ru"] += (
    r"\bгде (?:можно )?(?:переночевать|поспать|ночевать)\b.{0,20}\bбесплатно|\bвыставил\w* (?:\w+ ){0,2}вещи\b"
    r"|\b(?:вторые|третьи|четвертые) сутки (?:\w+ ){0,2}(?:в аэропорту|на вокзале|на улице|сижу|сплю)"
    r"|\bв аэропорту (?:\w+ ){0,2}(?:вторые|третьи|четвертые) сутки",
    r"\b(?:агент\w*|посредник\w*|работодател\w*|хозяин\w*) (?:\w+ )?(?:бросил|бросило|бросили) (?:нас|меня)\b"
    r"|\b(?:бросили|кинули|оставили) (?:нас |меня )?в [а-я]\w*\b.{0,80}\b(?:денег нет|нет денег|ни копейки|негде|ночь)",
)
OTHER_WAYS[CrisisKind.HELP]["ru"] += (
    r"\bопасно (?:тут|здесь)\b|\b(?:тут|здесь) опасно\b|\bони возвра[щш]аются\b",
    r"\bномер\w* (?:\w+ ){0,3}(?:быстр\w*|срочно|скорее)\b|\bномер дайте\b|\bдайте номер\b.{0,30}\b(?:сейчас|сеичас|щас|срочно)",
)
OTHER_WAYS[CrisisKind.SELF_HARM]["ru"] += (
    r"\bпроще (?:\w+ )?умереть\b|\bв руке (?:\w+ )?лезвие\b|\bне хочу (?:\w+ )?(?:быть|жить|оставаться) на (?:этом|том) свете"
    r"|\bприсмотрел\w* место\b|\bдума(?:ю|л) (?:\w+ )?это сделать (?:\w+ ){0,2}(?:на этой неделе|сегодня|завтра|ночью)",
    r"\bпусть вс[её] (?:это )?(?:закончится|кончится)\b|\bхочу,? чтобы? (?:это )?вс[её] (?:это )?(?:закончилось|кончилось)"
    r"|\bвыпью (?:\w+ )?(?:отрав|яд|таблет|уксус)\w*|\bпоследнее (?:мо[её] )?сооб[щш]ение\b|\bне и[щш]ите меня\b"
    r"|\bзачем (?:мне )?просыпаться\b|\bдумаю о том,? как это сделать\b|\bпро[щш]айте\b",
)

# Turkmen said still other ways (session 10, from the misses among the dev set's new lines): not needing to live,
# dying being best, poison taken, "today is the last day", "you will not see me again"; sleeping in the street or an
# airport, no place to sleep; threats to bury or to send people to the family's home; made to sleep with men to pay;
# people shut in a container; Turkish "tehlikede" (in danger); help needed "before it is too late".
OTHER_WAYS[CrisisKind.SELF_HARM]["tk"] += (
    r"\bmaňa ýaşamak gerek däl\b|\bmen ýaşamaly däl\b|\b(?:ölüp gitsem|ölsem|öläýsem) gowy\b|\biň gowusy ölüm\b"
    r"|\bgünäm\W+ölmeli\b|\b(?:agzyma )?zäher (?:aldym|içdim|içjek|içerin|aljak)|\b(?:bu|şu) gün soňky gün\b"
    r"|\b(?:indi|gaýdyp) meni görmersiňiz\b|\bumydym galmady\b.{0,30}\bdowam etjek däl|\bgutarmak isle\w* (?:bu|şu) gün",
)
OTHER_WAYS[CrisisKind.STRANDED]["tk"] += (
    r"\b(?:sokakda|köçede|wokzalda|aeroportda|aýroportda|granisada|serhetde) (?:\w+ )?(?:ýatýa|ýatýas|ýatyrys|ýatyryn"
    r"|galdym|galdyk)\w*|\b(?:hiç ýerde )?ýatjak ýer(?:im|imiz)? ýok\b",
)
OTHER_WAYS[CrisisKind.VIOLENCE]["tk"] += (
    r"\bgömer(?:is|in|ler)\b|\bzyýan berer(?:in|is|ler)\b|\b(?:öýüne|öýümize|öýüňe|öýümüze) adam ugrad\w*",
)
OTHER_WAYS[CrisisKind.SEXUAL]["tk"] += (
    r"\b(?:tölemek üçin|karz üçin|bergi üçin) ýatmaly|\býatmak (?:hem |da )?(?:zorunlu|hökman)",
)
OTHER_WAYS[CrisisKind.CONFINEMENT]["tk"] += (
    r"\b(?:konteýner|kontener|konteyner|kontenir)\w* (?:içinde )?ýapyk",
)
OTHER_WAYS[CrisisKind.HELP]["tk"] += (r"\btehlikede(?:yim|yiz)?\b|\bkömek\w*.{0,30}\bgiç bolar\b",)

# English said still other ways (session 10, from the misses among the dev set's new lines).
OTHER_WAYS[CrisisKind.STRANDED]["en"] += (
    r"^\W*no (?:passport|documents|papers),? no money\W*$|^\W*no money,? no (?:passport|documents|papers)\W*$"
    r"|\bsleep(?:ing)? (?:under (?:a|the) bridge|on the street|in the street|in (?:a|the) park)\b",
)
OTHER_WAYS[CrisisKind.HELP]["en"] += (
    r"\bcome (?:and )?get me\b|\bhelp\b.{0,10}\bnot safe\b|\bnot safe\b.{0,10}\bhelp\b"
    r"|\b(?:i'?m|i am) in danger\b.{0,30}\b(?:write|contact|text) me\b",
)
OTHER_WAYS[CrisisKind.SEXUAL]["en"] += (r"\bsends? men to (?:her|my) room\b",)
