"""What a message about money and an offer tells, in words the matcher's stems mix up (bot/nlp/told_topic.py):

- money already paid to a recruiter, to be got back or still waited on ("i paid 500 already, how to get my money
  back", "my cousin paid 4000 to agency for korea and waiting 8 months", "агенту заплатили 3000, вернуть деньги",
  "dellala 2000 dollar töledik, indi jogap ýok"): a recruitment-fee question, not wages an employer owes;
- a promise too good to be true ("no need german language, visa guaranteed", "визу гарантируют, язык не нужен"):
  the signs of a fake offer, not the US lottery or Korea, unless it names them;
- the Korean E-9 work visa named ("is e9 visa for turkmenistan citizens?"): its own topic;
- a threat that comes with a demand for money ("если не заплачу до пятницы меня отчислят и депортируют", "if i dont
  pay they will report me to the police"): pressure by debt, a student's or a worker's."""

from __future__ import annotations

import re

from bot.nlp.textnorm import forms, russian_from_latin, turkmen_cyrillic_to_latin

FEES_TOPIC = "recruitment-fees"
RED_FLAGS_TOPIC = "job-offer-red-flags"
KOREA_TOPIC = "visa-lottery-korea-scams"
STUDENT_TOPIC = "student-loans-scholarships"
DEBT_TOPIC = "forced-labour"

# Paid, already: the writer, a relative, "we"
_PAID = re.compile(
    r"\b(?:paid|payed|gave (?:him|her|them|the \w+) (?:\$?\d+|money)|sent (?:him|her|them) (?:\$?\d+|money))\b"
    r"|\b(?:за|у|о)?плати(?:л|ла|ли)\b|\bотда(?:л|ла|ли) (?:\w+ )?(?:\d+|деньги)|\bперев[её]\w* (?:\w+ )?\d+"
    r"|\bt[oö]l[eä](?:dim|dik|di|diler|pdim|pdik|pdir|pdi)\b|\bpul(?:umy|y)? berdi\w*|\b\d+\s*\$?\s*(?:dollar\w* )?berdi\w*"
)
# …to a recruiter, or to be got back, or waited on with nothing come of it
_RECRUITER = re.compile(
    r"\b(?:agen(?:cy|cies|t|ts)|recruit\w*|middle ?m[ae]n|broker\w*|firm|company)\b"
    r"|\b(?:агент\w*|агентств\w*|посредник\w*|вербовщик\w*|фирм\w*|контор\w*)"
    r"|\b(?:agent\w*|agentlig\w*|dellal\w*|ara[cç]y\w*|firma\w*)"
)
_BACK_OR_WAITING = re.compile(
    r"\b(?:get (?:it|my money|the money|our money|them) back|money back|refund\w*|return (?:the|my|our) money"
    r"|waiting|still wait\w*|nothing (?:happen\w*|yet)|no (?:answer|visa|job|news))\b"
    r"|\bверн\w* (?:\w+ )?(?:деньги|залог|депозит)|\bжд(?:[её]м|[её]т|ут|у)\b|\bничего (?:нет|не)|\bни визы"
    r"|\bpul\w* (?:yzyna |yza )?(?:al|gaytar|gaýtar)\w*|\bgara[sş]\w*|\bhi[cç] zat (?:yok|ýok)|\bjogap (?:yok|ýok|berme)\w*"
)
# Pay an employer owes, a smuggler, a ticket, a flat: not a recruiter's fee
_OTHER_MONEY = re.compile(
    r"\b(?:salary|wages?|pay ?slips?|smuggl\w*|guide|ticket|tour|hotel|rent|loan|kidney|organ|liver|transplant|surgery|operation|donor|clinic|doesn'?t pay)\b"
    r"|\b(?:paid|pay) (?:me|us)\b"
    r"|\b(?:зарплат\w*|зп|заработ\w*|проводник\w*|контрабанд\w*|билет\w*|тур\w*|отел\w*|аренд\w*|кредит\w*|займ\w*"
    r"|почк\w*|орган\w*|печен\w*|трансплант\w*|операци\w*|донор\w*|клиник\w*)|\b(?:мне|нам) (?:за)?плат\w*|\b(?:за)?плати\w* (?:мне|нам)\b"
    r"|\b(?:ayly\w*|zahmet hak\w*|ga[cç]ak\w*|bilet\w*|kredit\w*|karz\w*|b[oö]wre\w*|bobre\w*|bagr\w*|operasi\w*|donor\w*|klinik\w*|mana t[oö]l\w*)"
)

# A promise that is a sign of a fake offer: the country's language not needed for its visa or job ("no need german
# language"); a guarantee alone is as often the lottery's or Korea's
_PROMISE = re.compile(
    r"\bno need (?:\w+ )?(?:language|english|german|polish|exam)\b|\bwithout (?:\w+ )?language\b"
    r"|\b(?:language|english|german|polish) (?:is )?not (?:needed|necessary|required)\b"
    r"|\bбез (?:знания )?(?:\w+ )?языка\b|\bязык (?:\w+ )?не (?:нужен|обязателен)\b"
    r"|\bdil\w* (?:bilmek )?(?:gerek dal|gerek däl|gerekmez|hökman däl|hokman dal)\b|\bdil bilmezden\b"
)
# …of a visa or a job
_VISA_OR_JOB = re.compile(r"\b(?:visa|job|work|виз\w*|работ\w*|wiza\w*|is|iş|işe|ise|işi|isi)\b")
# …which the lottery and Korea topic answers when the message names them
_LOTTERY_OR_KOREA = re.compile(
    r"\b(?:lotter\w*|green[ -]?card|dv|usa|us|america\w*|korea\w*|eps|topik)\b|\b[eе][- ]?9\b"
    r"|\b(?:лотере\w*|грин[ -]?карт\w*|америк\w*|сша|коре\w*)"
    r"|\b(?:lotere\w*|grin[ -]?kart\w*|amerika\w*|abs|koreý\w*|korey\w*|koreya\w*)"
)
_E9 = re.compile(r"(?<![\w-])[eе][- ]?9(?![\w-])")

# "If I don't pay (by Friday)…": a demand for money…
_UNLESS_PAID = re.compile(
    r"\b(?:if|unless) (?:i|we) (?:don'?t|do not|dont|can'?t|cannot|won'?t) (?:pay|give)"
    r"|\bесли (?:я |мы )?не (?:за)?пла[тч]\w*|\bесли (?:я |мы )?не (?:отда\w*|верн\w*) (?:деньги|долг)|\bпока не (?:за)?плач\w*"
    r"|\bt[oö]l[eä]me(?:sem|sek|seň|sen)\b|\bpul(?:y)? berme(?:sem|sek)\b"
)
# …with a threat: expelled, deported, reported, the police, the passport kept
_THREAT = re.compile(
    r"\b(?:deport\w*|expel\w*|kick\w* (?:me|us) out|report (?:me|us)|police|prison|jail|keep (?:my|our) passport)"
    r"|\b(?:депорт\w*|выдвор\w*|отчисл\w*|выгон\w*|высел\w*|сдад\w*|сдаст|полици\w*|посад\w*|не отдаст|не вернёт|не вернет)"
    r"|\b(?:deport\w*|kow\w*|[cç]ykar\w*|polisi\w*|polisa\w*|türme\w*|turme\w*)"
)
# Money paid for a grant or a place to study: the student topics, not a recruiter's fee for a job
_GRANT = re.compile(r"\b(?:grant\w*|scholarship\w*|tuition|грант\w*|стипенди\w*|kontrakt\w*)")
_STUDY = re.compile(
    r"\b(?:stud(?:y|ent|ents)|universit\w*|college|expel\w*)\b|\b(?:отчисл\w*|студент\w*|учеб\w*|учёб\w*|универ\w*|институт\w*)"
    r"|\b(?:talyp\w*|okuw\w*|uniwersitet\w*|institut\w*)"
)


def _readings(text: str) -> list[str]:
    lower = text.lower()
    return [*forms(text), russian_from_latin(lower), turkmen_cyrillic_to_latin(lower)]


def paid_a_recruiter(text: str) -> str | None:
    """The topic for money paid to a recruiter: the fee topic, or the lottery and Korea one for money paid for those
    ("paid 4000 to agency for korea": an E-9 job sold to a Turkmen citizen is a fraud)."""
    read = _readings(text)
    paid = (
        any(_PAID.search(form) for form in read)
        and any(_RECRUITER.search(form) or _BACK_OR_WAITING.search(form) for form in read)
        and not any(_OTHER_MONEY.search(form) or _STUDY.search(form) or _GRANT.search(form) for form in read)
    )
    if not paid:
        return None
    return KOREA_TOPIC if any(_LOTTERY_OR_KOREA.search(form) for form in read) else FEES_TOPIC


def promises_too_much(text: str) -> bool:
    read = _readings(text)
    return (
        any(_PROMISE.search(form) for form in read)
        and any(_VISA_OR_JOB.search(form) for form in read)
        and not any(_LOTTERY_OR_KOREA.search(form) for form in read)
    )


def names_korea_work_visa(text: str) -> bool:
    return any(_E9.search(form) for form in _readings(text))


def pressed_to_pay(text: str) -> str | None:
    """The topic for a demand for money under a threat: a student's fake loan or scholarship, or debt bondage."""
    read = _readings(text)
    if not any(_UNLESS_PAID.search(form) and _THREAT.search(form) for form in read):
        return None
    return STUDENT_TOPIC if any(_STUDY.search(form) for form in read) else DEBT_TOPIC
