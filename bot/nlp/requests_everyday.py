"""Everyday life the matcher mistakes for a topic (issue 19): a shop or a small business to open ("reintegration"
talks of starting one after coming home), a dish to cook ("taýýarlamak" is also getting ready to leave), a pet or a
headache ("is it dangerous", "haýsy derman"), and chatting with the bot ("I'm bored, let's talk", "how are you bot,
what are you doing"). Each needs the thing and what is asked of it in one message; bot.nlp.requests asks these only
where the message names no trouble of the writer's own (work, a boss, papers, money owed, being stuck) and the crisis
detector finds none. Patterns run on the text bot.nlp.requests reads (lower case, Turkmen letters without their marks,
Russian typed in Latin letters also in Cyrillic)."""

from __future__ import annotations

import re

from bot.nlp.trade_requests import signs_optional


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# Opening a shop, a café or a small business: the writer's plan, not a returnee's ("after coming back" is the
# reintegration topic's, _RETURNED).
_OPENS = _any(
    r"(\b(open|opening|set up)\b|\bstart(ing)? (a|an|my|our|own|small|a small|my own|our own)\b).{0,25}\b(shop|store|business|cafe|café|restaurant|salon|boutique"
    r"|bakery|stall)\b",
    r"(открыть|открыт|открываю|открою|начать|запустить|открытие)\w*.{0,25}(магазин|бизнес|кафе|ресторан|салон|бутик"
    r"|пекарн|ларек|ларёк|точк|своё дело|свое дело|дело\b)",
    r"(dukan|biznes|kafe|restoran|salon|nanhana)\w*.{0,25}\b(acmak|acmaly|acjak|acsam|acayyn|acmagy|baslamak"
    r"|baslamaly|baslasam|acyp)",
)
_RETURNED = _any(
    r"\b(return\w*|came back|come back|coming back|back home|at home|after (i |we )?(came|got) (back|home)|grant"
    r"|deport\w*|support|help)\b",
    r"вернул|возвращ|верн[её]мся|приехал\w* (домой|обратно|назад)|после (возвращения|приезда)|грант|депорт|поддерж"
    r"|помощ|помоч|помог|\bдома\b",
    r"gaydyp|gaytyp|dolan|yzyma gel|yzyna gel|oye gel|gelenimden son|deport|grant|goldaw|komek|\boyde\b",
)
# A dish to cook, or a recipe
_DISH = _any(
    r"\b(recipe|recipes|plov|pilaf|pilau|manty|dograma|soup|cake|pie|bread|chicken|beef|lamb|rice|salad|pizza|pasta"
    r"|borscht|dumplings|cookies)\b",
    r"рецепт|плов|манты|дограм|суп|борщ|торт|пирог|хлеб|чурек|курин|курица|говядин|баранин|рис\b|салат|пицц|пельмен"
    r"|блины|шашлык|гутап|печень[еяй]",
    r"palaw|manty|dograma|corba|cekdirme|gutap|\btort|pirog|corek|towuk|salat|pisse|pelmen|unas|somsa",
)
_COOKS = _any(
    r"\b(recipe|cook|cooking|cooked|bake|baking|make|prepare|fry|boil)\b",
    r"рецепт|приготов|готовить|варить|сварить|испечь|печь\b|жарить|пожарить",
    r"bisir|tayyarla|tayynla|bisirmeli|bisirilyar|resept",
)
# A pet that ate something or is ill, or an everyday ailment and which medicine to take
_PET = _any(
    r"\b(my |our |the )?(dog|dogs|puppy|cat|cats|kitten|parrot|hamster|pet)\b",
    r"собак|щен|кошк|кот\b|кота\b|коту\b|котен|котён|попуга|хомяк|питом",
    r"\b(itim|itimiz|kucuk|pisik|pisigim|totugus|hamyak)",
)
_PET_CARE = _any(
    r"\b(ate|eat|eats|eating|sick|ill|vet|food|feed|vomit\w*|sleeps?|bite|bit)\b",
    r"\bест\b|не ест|съел|болеет|заболел|ветеринар|корм|рвет|рвёт|спит|укусил",
    r"iydi|iyenok|iyyar|kesel|weterinar|iymit|idirmeli|gusyar|uklayar|dislad",
)
_AILMENT = _any(
    r"\b(headache|stomach ?ache|toothache|sore throat|fever|cold|cough|runny nose|flu|allerg\w*)\b.{0,60}\b(medicine"
    r"|pill|pills|tablet|tablets|drink|take)\b",
    r"(голов\w* болит|болит голов|живот\w* болит|болит живот|зуб\w* болит|болит зуб|горло|температур|простуд|кашл|насморк"
    r"|грипп|аллерги)\w*.{0,60}(лекарств|таблетк|пить|выпить|принять)",
    r"(kellam|kelle|garnym|garyn|disim|bogazym|gyzzyrma|sowuk|dumew|usgul|allergiya)\w*.{0,60}(derman|tabletka"
    r"|icsem|icmeli)",
)
# Chatting with the bot: bored and asking to talk, or asking it how it is and what it does
_BORED = _any(
    r"\b(bored|boring|nothing to do)\b",
    r"скучно|скука|нечего делать",
    r"icim gysyar|icim gysdy|yaltanyan|gyzykly zat yok",
)
_LETS_TALK = _any(
    r"\blet'?s (chat|talk)\b|\blets (chat|talk)\b|\b(chat|talk) (with|to) me\b",
    r"давай (поболта|поговор|пообща)|поболтаем|поговори со мной|пообщаемся",
    r"gurlesel|gepleselin|gepleseli|gurrun edel|sohbetdes",
)
_HOW_ARE_YOU = _any(
    r"\bhow are (you|u)\b|\bhow r u\b|\bwhat are (you|u) doing\b|\bwhat r u doing\b|\bwhat'?s up\b|\bwhats up\b",
    r"как (у тебя )?дела|что делаешь|чем занят",
    r"isler nahili|yagdaylar nahili|name edyan|nahilisin",
)
CHAT_MAX_WORDS = 8
_TO_THE_BOT = _any(r"\b(bot|you|u)\b", r"бот\w*|\bты\b|тебя", r"\bbot\b|\bsen\b")


# "рецепт", "resept" is also a prescription: with medicine named, not a dish
_MEDICINE = _any(
    r"\b(medicine|medication|pills?|tablets?|pharmacy|prescription)\b",
    r"лекарств|таблет|аптек|давлени",
    r"derman|tabletka|basys",
)


def everyday_request(folded: str) -> bool:
    """Everyday life the bot does not answer with a topic: a business to open (not after coming home), a dish, a
    pet or an ailment, chatting with the bot. The caller has checked that the message tells of no trouble."""
    if _OPENS.search(folded) and not _RETURNED.search(folded):
        return True
    if _DISH.search(folded) and _COOKS.search(folded) and not _MEDICINE.search(folded):
        return True
    if (_PET.search(folded) and _PET_CARE.search(folded)) or _AILMENT.search(folded):
        return True
    if _BORED.search(folded) and _LETS_TALK.search(folded):
        return True
    # "how are you bot, what are you doing": a few words to the bot, never a question that opens with them
    short = len(folded.split("\n")[0].split()) <= CHAT_MAX_WORDS
    return bool(short and _HOW_ARE_YOU.search(folded) and _TO_THE_BOT.search(folded))


# "açmak isleýän" (I want to open) and "işler nähili" (how are things): a wish and a greeting, not work ("işleýän")
_NOT_WORK = re.compile(r"(mak|mek|maga|mage) isle\w*|\bisler nahili")
# "что делать" asked of a sick pet ("кот заболел что делать") is the pet's, not a trouble of the writer's own
_WHAT_TO_DO = _any(
    r"что (мне |нам )?(теперь )?делать",
    r"\bwhat (do|should|can) (i|we) do\b|\bwhat to do\b",
    r"name (etmeli|etsem|etmek|etmelidir)\b",
)


def without_wishes(folded: str) -> str:
    """The text without the wishes and greetings that read as work, nor a pet's "what do I do", for the check that it
    tells of no trouble."""
    text = _NOT_WORK.sub(" ", folded)
    return _WHAT_TO_DO.sub(" ", text) if _PET.search(folded) and _PET_CARE.search(folded) else text


# A person's own case said in a few words: afraid, or what their boss does ("my boss reads my messages", "купил
# диплом, боюсь что проверят"): never the pointer to what the bot is for, whatever the examples it resembles.
_MINE = _any(
    r"\b(scared|afraid|my (boss|employer|agent|landlord))\b",
    r"боюсь|страшно|\bмой (начальник|работодатель|хозяин|агент)",
    r"gork(yar|yan|yaryn|arys)\b|is berijim|hojayynym|baslygym|satyn aldym\b.{0,40}(barla|name bolar)",
)


def owns_the_case(folded: str) -> bool:
    """The message tells of the writer's own fear or boss: a case of theirs, not everyday life."""
    return bool(_MINE.search(folded))
