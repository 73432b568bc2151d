"""Asking the way round an entry ban (bot.nlp.requests reads it as Request.BAN_EVASION): a new surname or passport to
get past it or so it is not seen, fooling or cleaning the database, a ban removed for money or through a fixer,
entering through a neighbouring country. The person's own questions about their ban (how long, how to check, is an
offer real, a court, a lawyer) are the entry-ban topic's. Patterns run on the text bot.nlp.requests reads (lower
case, Turkmen letters without their marks, Russian typed in Latin letters also in Cyrillic)."""

from __future__ import annotations

import re

from bot.nlp.trade_requests import signs_optional


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile(signs_optional("|".join(f"(?:{part})" for part in parts)))


# Getting round an entry ban: a new surname or passport to get past it, fooling or cleaning the database, a ban
# removed for money or through a fixer. A deportation is the past of such a request, so the words of a person's own
# case do not stop it; asking whether it is legal or safe, whether an offer is real, about a court or a lawyer, when
# the ban ends, or about what someone promises ("a man says he will get me out of the database for 1000 dollars")
# does: the entry-ban topic answers that.
_BAN = _any(
    r"\b(ban|banned|blacklist\w*|black list|database|entry (ban|prohibition)|deport\w*)\b",
    r"запрет|депорт|бан\b|черн\w* спис|чёрн\w* списк|базу|базы|базе",
    r"gadagan|gara sanaw|zapret|deport|\bbaza(da|dan|ny|sy|ga)?\b",
)
_GETS_ROUND = _any(
    r"\b(get (round|around|past|over|through)|go around|fool|trick|cheat)\b|\b(bypass|circumvent|dodge|evade)\w*\b",
    r"\b(get|go|getting|going) (round|around|past) (it|the|a|my|this|that)\b|\bdespite (the |a |my )?ban\b",
    r"\b(clean|erase|wipe|delete)\b.{0,30}\b(database|base|record|name)",
    r"\b(remov\w*|lift\w*|take (me )?off|get (me )?off)\b.{0,40}\b(for money|bribe|pay (someone|them|him)|connections)",
    r"\b(remove|lift|delete|clear|erase)\w* (the |my |a |this )?(\w+ )?(ban|record)\b.{0,30}\b(money|pay|paid|cash|"
    r"contacts?|connections?)\b|\b(who can|someone|anyone)\b.{0,20}\b(remove|lift|delete|clear|erase)\w* (the |my |a "
    r"|this )?(\w+ )?ban\b",
    r"\b(change|changing|new|another|different|other)\b.{0,20}\b(surname|last name|name|passport|identity)\b.{0,40}"
    r"\b(to|so|and)\b.{0,25}\b(enter|get in|go back|come back|let me in|get past|fly in|pass)\b",
    r"\b(chang\w*|new|different|other) (my |a |the )?(surname|last name|family name|name|passport details)\b",
    r"\bthrough (kazakhstan|belarus|armenia|kyrgyzstan|uzbekistan|azerbaijan|georgia|another country|a different "
    r"(country|airport|border))\b",
    r"\bhow (to|can i|do i|could i|can we)\b.{0,10}\b(enter|get (in|into)|go (in|to|back)|come (back|in)|fly (in|to))"
    r"\b.{0,40}\b(if i have|with|despite|while i have|when i have|if there is)\b.{0,10}\b(a |an |the |my )?(entry )?"
    r"(ban|blacklist)",
    r"обойти|обход|обмануть|проскочить|почистить|вычистить|несмотря на запрет",
    r"через (казахстан|беларус|белорусси|армени|киргиз|кыргыз|узбекистан|азербайджан|грузи|другую страну|другой "
    r"(аэропорт|погран|пункт|границ))",
    r"(как|способ)\w*.{0,10}(въехать|заехать|попасть|зайти|пройти|прилететь|вернуться)\b.{0,40}\b(если|с|при|хотя)"
    r"\b.{0,15}(запрет|бан\b)",
    r"(gazagystan|gazakystan|belarus|ermenistan|gyrgyzystan|ozbegistan|azerbayjan|gruziya|basga yurt|basga serhet)"
    r"\w* (arkaly|uzra|ustunden)",
    r"gadagan.{0,40}(nadip|nahili|nadeyip).{0,15}(girip|girmeli|girsem|baryp|gecip)|(nadip|nahili)\w* (girip|girmeli"
    r"|girsem|baryp)\w*.{0,40}gadagan",
    r"(убрать|удалить|вычеркнуть|снять)\w*.{0,40}(за деньги|за взятку|\bиз (баз|черн|чёрн|списк|реестр))",
    r"(снять|убрать|удалить|почистить|снимут) (запрет|базу)\w*.{0,30}(деньг|за плат|заплат|знаком|связ|кто може|"
    r"кто сдела|сколько)",
    r"(сменить|поменять|смена|нов|друг|чуж)\w*.{0,20}(фамили|паспорт|имя|данны)\w*.{0,40}(чтобы|\bи\b).{0,25}"
    r"(въехать|заехать|пустили|пройти|попасть|вернуться|прилететь|пропустили|снять|обойти|убрать)",
    r"смени\w* фамили|поменя\w* фамили|сменить (имя|данные)|поменять (имя|данные)|другую фамили",
    r"aylanyp gec|(baza|gadagan)\w*.{0,20}(aldap|arassala)|pul (bilen|berip|ucin)\w*.{0,30}ayyr",
    r"(ayyr|aydyr|poz|sil)\w*.{0,30}(pul|tanys|kim|nace)|(pul|tanys)\w*.{0,30}(ayyr|aydyr|poz|sil)",
    r"(ayyr|aydyr|poz|sil)\w*.{0,30}\b(adam|biri)\w* gerek|\bbaza\w* gir(ip|mek|jek|izip)",
    r"(familiya|famil|pasport|ady)\w*.{0,25}(uytge[dt]|calys|taze)\w*.{0,40}(gir|gel|goyber|gec)",
    r"familiya\w*.{0,20}(uytge[dt]|calys)|\bady\w* (uytge[dt]|calys)",
)
_LAWFUL = _any(
    r"\b(is it (legal|allowed|safe|possible|true)|is (it|this|that) (real|legal|true|a scam)|legally|court|appeal"
    r"|lawyer|risk\w*|will they (catch|find|know)|how long|when does|check|find out|scam|real or|still|marri\w*"
    r"|wedding)\b",
    r"\b(promis\w*|offers?|offered|says|said|told|trust|believe)\b",
    r"законно ли|можно ли законно|законн\w* путь|по закону|суд|обжал|юрист|адвокат|опасно|риск|поймают|заметят|"
    r"сколько (лет|длится)|провер|узнать есть ли|правда|обман|развод|мошен|когда (заканч|конча|истека)|"
    r"ещ[её] действ|после (брака|свадьбы|замужества)|вышла замуж|обеща|предлага|говорит|сказал|верить",
    r"kanunymy|kanuny yol|kazyyet|aklawc|yurist|howp|tutarlarmy|barla|nace yyl|hakykymy|dogrymy|aldaw|galpmy|"
    r"hacan|\bsud\b|durmusa cyk|nika|diy(yar|yarler|di|ip)\b|wada|teklip|ynan",
    r"закончил|истек|истёк|прош[её]л|сняли|\b(ended|expired|is over|lifted)\b|gutardy|gutaryar|ayryldy",
)


# A new name or passport "so the ban is not seen": what a friend suggests is still the way round the ban, even told
# as what someone says ("знакомый говорит… и запрет не увидят"), which otherwise reads as a question about an offer.
_HIDES_IT = _any(
    r"\b(chang\w*|new|different|another|other)\b.{0,30}\b(surname|last name|family name|name|passport)\b.{0,60}"
    r"\b(won'?t|will not|wont|not|never|don'?t|doesn'?t|isn'?t)\b.{0,15}\b(see|seen|show|shows|find|notice|visible)\b",
    r"(смен|помен|измен|нов|друг)\w*.{0,20}(фамили|паспорт|имя|данны)\w*.{0,60}не (увид|видн|видать|замет|найд|узна"
    r"|покаж|будет видно)",
    r"(familiya|famil|pasport|ady)\w*.{0,25}(uytge[dt]|calys|taze)\w*.{0,60}(gorunmez|gorunmeyar|gormezler|gormez"
    r"|tapmazlar|bilmezler)",
)
# A name changed by a marriage is the person's own case: "после замужества поменяла фамилию, запрет теперь не видно?"
_MARRIED = _any(r"\b(marri\w*|wedding)\b|замуж|брак|свадьб|durmusa cyk|nika|oylen")


def asks_round_a_ban(folded: str) -> bool:
    """A request for a way round an entry ban, in the text as bot.nlp.requests reads it."""
    return bool(
        _BAN.search(folded)
        and (
            (_HIDES_IT.search(folded) and not _MARRIED.search(folded))
            or (_GETS_ROUND.search(folded) and not _LAWFUL.search(folded))
        )
    )
