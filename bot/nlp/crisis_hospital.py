"""Whether someone hurt is already in a hospital's hands, for the crisis detector (bot/nlp/crisis.py): an injury
told with a hospital that treats it ("he fell from the roof, he is in hospital now") needs no ambulance, but a
hospital refused, far, unaffordable or feared ("прораб в больницу не повезу", "hojaýyn hassahana äkitmeýär", "the
boss won't take me to hospital") is no treatment, and the medical alarm stands. Patterns per language, read as
crisis_markers' are (bot/nlp/crisis_reading.py)."""

from __future__ import annotations

# Someone hurt is in a hospital's hands (in one, or taken there) or well again: no ambulance to call. Not a hospital
# to go to ("надо в больницу", "hassahana gitmeli"), nor one refused (UNTREATED)
_TAKEN_RU = r"(?:отвезл\w*|увезл\w*|забрал\w*|положил\w*|доставил\w*|госпитализир\w*|попал\w*|леж\w*)"
_TAKEN_TK = r"(?:äkitdi\w*|eltdi\w*|ýerleşdir\w*|ýatyr\w*|düşdi|ýatyrdylar)"
TREATED = {
    "en": r"\b(?:in (?:the )?hospital|healed|recovered|(?:is|he'?s|she'?s|i'?m|i am) (?:fine|ok|okay|better) now"
    r"|(?:took|taken|brought|rushed) (?:\w+ )?to (?:the )?hospital)\b",
    "ru": rf"\b(?:в больнице|в реанимаци\w*|выздоровел\w*|зажил\w*|уже лучше)|\bв больниц\w* (?:\w+ )?{_TAKEN_RU}"
    rf"|\b{_TAKEN_RU} (?:\w+ )?в больниц",
    "tk": rf"\b(?:(?:hassahana|keselhana)(?:da|dadyr|dady|daky)\b|bejerildi\w*|bejerdiler|gowulaşd\w*|sagald\w*"
    r"|bejergi (?:gutardy|tamamlandy|aldym|aldy))"
    rf"|\b(?:hassahana|keselhana)(?:ýa|a)? (?:\w+ )?{_TAKEN_TK}",
}
# A hospital refused, far, unaffordable or feared ("прораб в больницу не повезу", "hojaýyn hassahana äkitmeýär",
# "won't take me to hospital", "боюсь депортируют если пойду в больницу"): no treatment, so TREATED does not hold
_HOSPITAL_EN = r"(?:hospital|clinic|doctor)s?"
_HOSPITAL_RU = r"(?:больниц|клиник|травмпункт|врач)\w*"
_HOSPITAL_TK = r"(?:hassahana|keselhana|lukman)\w*"
_NEAR = r"(?:\W+\w+){0,4}?\W+"
_REFUSED_RU = (
    r"не (?:\w+ )?(?:вез|повез|отвез|довез|пуска|пуст|отпуска|бер|возьм|прим|да[её]т|дают|хоч|мог|мож|ид|пойд|ех|поех"
    r"|вызыва|вызов)\w*|нельзя|запреща\w*|запретил\w*"
)
UNTREATED = {
    "en": r"\b(?:won'?t|wont|will not|doesn'?t|does not|don'?t|dont|didn'?t|did not|not|never|can'?t|cant|cannot"
    r"|refuses? to|refused to)(?: \w+)? (?:take|let|bring|drive|send|allow|go|get)\b"
    rf"{_NEAR}{_HOSPITAL_EN}\b"
    rf"|\b(?:afraid|scared|no money|no insurance|can'?t afford|cannot afford){_NEAR}{_HOSPITAL_EN}\b"
    rf"|\b{_HOSPITAL_EN}{_NEAR}(?:too far|far away|is far|expensive|costs? too|refus\w*|deport\w*|no money"
    r"|no insurance|won'?t take|turned (?:me|us|him|her) away)",
    "ru": rf"\b(?:{_REFUSED_RU}|боюсь|боится|боимся|страшно|нет денег|денег нет|без страховки|нет страховки){_NEAR}"
    rf"(?:в |до |к )?{_HOSPITAL_RU}"
    rf"|\b{_HOSPITAL_RU}{_NEAR}(?:{_REFUSED_RU}|боюсь|боится|депорт\w*|далеко|дорого|платн\w*|нет денег|денег нет"
    r"|нет страховки|без страховки|отказ\w*)",
    # a verb of taking, letting or going, denied ("äkitmeýär", "goýbermedi", "äkidenok"), or afraid, far, no money
    "tk": rf"\b{_HOSPITAL_TK}{_NEAR}(?:(?:äki[dt]|goýber|git|gid|bar|elt|ugrat|al)(?:m[ae](?:ýa|ýä|di|dy|jak|jek|z)|[ae]nok)"
    r"\w*|rugsat berm\w*|gork\w*|pul\w* ýok|uzak\w*|deport\w*|gymmat\w*)"
    rf"|\b(?:gork\w*|pul\w* ýok|pulum ýok|deport\w*){_NEAR}{_HOSPITAL_TK}",
}
