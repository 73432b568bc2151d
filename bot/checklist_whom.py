"""Whom the job offer being checked is for: the person writing, or someone close to them (a mother checking her
daughter's offer). One question before the checklist's first asks it, unless the person already said so ("для
дочери", "gyzym üçin", the help-someone-else topic's button). For someone else, the questions and their answers are
worded in the third person ("Is the person under 18?", "Others will keep the passport") and the advice speaks to the
one helping; the answers' codes, the scoring and the skip rules are the checklist's own (bot/checklist.py), so the
result counts the same.

The choice is kept in the checklist's progress, beside the answers (bot/storage/checklist.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from bot.checklist import NOT_SURE, Answer, advice, question
from bot.i18n import N_
from bot.nlp.someone_else import names_someone_else
from bot.nlp.textnorm import forms, russian_from_latin, typed_whole


class Whom(StrEnum):
    SELF = "me"
    OTHER = "other"
    ASKING = "ask"  # "Who is the offer for?" waits for an answer, before the first question


@dataclass(frozen=True)
class Wording:
    """A question worded for someone else: its text, the labels of the options that say "I" or "my" (the others keep
    theirs), and the advice to the one helping."""

    text: str
    advice: str
    labels: dict[Answer, str] = field(default_factory=dict)
    option_advice: dict[Answer, str] = field(default_factory=dict)


FOR_OTHER: dict[str, Wording] = {
    "age": Wording(
        N_("Is the person under 18?"),
        N_(
            "This is a child's offer. Taking a person under 18 abroad to exploit them is trafficking even if they "
            "agreed to go. Do not let them accept it: call the hotline now, and keep the offer's messages and the "
            "recruiter's contacts."
        ),
        {Answer.YES: N_("The person is under 18"), Answer.NO: N_("The person is 18 or older")},
    ),
    "job": Wording(
        N_("What work is the person offered?"),
        N_(
            "Nobody should go without knowing the job. Help the person ask for the work, the employer's name, the "
            "address, the pay and the hours in writing."
        ),
        option_advice={
            Answer.CLUB: N_(
                "Hostess, dancer and bar jobs abroad are a common way into sexual exploitation: passports are "
                "taken and a “debt” is set. Talk it over with the person, and call the hotline or an NGO before "
                "they decide."
            ),
            Answer.HOME: N_(
                "Living in the home where they work can cut a person off from everyone. Help them agree in writing "
                "the hours, a day off each week and their own room, and make sure they keep their phone and "
                "passport themselves."
            ),
        },
    ),
    "contract": Wording(
        N_("Will the person get a written contract they can read before leaving?"),
        N_(
            "The person should not leave without a written contract in a language they understand: the job, pay, "
            "hours, housing, and who pays for the trip."
        ),
        {Answer.YES: N_("A contract they can read")},
    ),
    "visa": Wording(
        N_("Will the person have a work visa or work permit?"),
        N_(
            "A tourist visa does not give the right to work, and a student visa limits or forbids work in most "
            "countries. Without the right to work a person is easy to exploit: they should go only with a work "
            "visa or work permit."
        ),
    ),
    "fees": Wording(
        N_("Does the person pay for the job, the visa or the ticket?"),
        N_(
            "Under the ILO's principles, workers pay no fees for being recruited: the employer pays. Help the "
            "person ask what each payment is for and get a receipt; call the hotline before they pay more."
        ),
        {
            Answer.NOTHING: N_("The person pays nothing"),
            Answer.BEFORE: N_("The person pays before going"),
            Answer.FROM_PAY: N_("It is taken from their pay"),
        },
        {
            Answer.FROM_PAY: N_(
                "A debt to a recruiter is how many people end up trapped in work they cannot leave. The person "
                "should not take a loan from them."
            )
        },
    ),
    "passport": Wording(
        N_("Will the person keep their own passport the whole time?"),
        N_(
            "The person's passport must stay with them. No employer or agent should keep it: this is a serious "
            "sign of trafficking. If they have already handed it over, call the hotline."
        ),
        {Answer.YES: N_("The person keeps the passport"), Answer.NO: N_("Others will keep the passport")},
    ),
    "pay": Wording(
        N_("How will the person get their pay?"),
        N_(
            "Pay held until the end of the contract, or paid to an agent, is a way to stop a person from leaving. "
            "Help them agree in writing that they are paid themselves, at least once a month."
        ),
        {
            Answer.TO_ME: N_("To the person, every month"),
            Answer.AGENT: N_("Paid to the agent, not to the person"),
        },
    ),
    "hours": Wording(
        N_("Will the person have at least one day off each week?"),
        N_(
            "The working hours and a day off each week should be agreed in writing. Work with no rest day and "
            "endless overtime is a sign of forced labour."
        ),
    ),
    "movement": Wording(
        N_("Will the person be free to leave their housing when not working?"),
        N_(
            "Being kept in the housing or at the workplace is a sign of forced labour. Before they go, ask where "
            "they will live, and make sure they may go out when they are not working."
        ),
        {Answer.YES: N_("The person can go out freely"), Answer.NO: N_("The person can't go out freely")},
    ),
    "phone": Wording(
        N_("Will the person keep their own phone?"),
        N_(
            "The person should keep their own phone, and your numbers on paper too. Agree a time when they call "
            "you, and what you will do if they do not call."
        ),
        {Answer.YES: N_("The person keeps the phone"), Answer.NO: N_("The phone will be taken")},
    ),
    "rush": Wording(
        N_("Are they rushing the person to decide: “only today”, “the last places”?"),
        N_(
            "“Decide today” is pressure, not a real deadline. Take the time to check the offer together with the "
            "person: an honest employer will wait."
        ),
        {Answer.YES: N_("They rush the person"), Answer.NO: N_("There is time to decide")},
    ),
    "secret": Wording(
        N_("Did they tell the person to keep the job secret from the family?"),
        N_(
            "Being told to keep a job secret from the family is a serious warning sign. Ask the person to tell you "
            "everything: the employer's name, the address, and when they will call."
        ),
    ),
}


def for_other(whom: str | None) -> bool:
    return whom == Whom.OTHER


def question_text(key: str, whom: str | None) -> str:
    """The msgid of the question as it is asked of this person."""
    return FOR_OTHER[key].text if for_other(whom) else question(key).text


def option_label(key: str, answer: Answer, whom: str | None) -> str:
    """The msgid of an option's button as this person sees it."""
    option = question(key).option(answer)
    label = option.label if option is not None else NOT_SURE
    return FOR_OTHER[key].labels.get(answer, label) if for_other(whom) else label


def advice_for(key: str, answer: str, whom: str | None) -> str:
    """The msgid of what to do about this answer, said to the person checking (for themselves or for another)."""
    if not for_other(whom):
        return advice(key, answer)
    wording = FOR_OTHER[key]
    return next((text for code, text in wording.option_advice.items() if code == answer), wording.advice)


# Whom an offer is for, said in words: "for my daughter", "для дочери", "gyzym üçin" (folded, Turkmen Cyrillic read in
# Latin letters by `forms`, Russian typed in Latin letters read in Cyrillic: "dlya mamy"), "for someone else", "не для
# себя"; and the writer's own ("для себя", "özüm üçin", "meniňki").
_RELATIVES_EN = (
    r"daughter|son|sister|brother|friend|wife|husband|niece|nephew|cousin|child|kid|relative|girlfriend|boyfriend|"
    r"mother|mom|mum|father|dad|grandson|granddaughter|neighbou?r"
)
_RELATIVES_RU = (
    r"доч\w*|сын\w*|сестр\w*|брат\w*|друг\w*|подруг\w*|жен\w*|муж\w*|племянни\w*|родственни\w*|реб[её]нк\w*|"
    r"мам\w*|матер\w*|пап\w*|отц\w*|внук\w*|внучк\w*|знаком\w*|сосед\w*|кузин\w*|близк\w+"
)
# Turkmen stems, the possessive after them ("gyzym", "ejem", "uýam", "kakamyz"): `_MY_TK`
_RELATIVES_TK = (
    r"gyz|ogl|ogul|uya|jig|dogan|dost|dust|ayal|ar|yegen|garyndas|aga|eke|eje|kaka|agtyg|goňsy|gonsy|yakyn|ene|"
    r"mama|baba|dayy|gelin|gelnej|yezne"
)
_MY_TK = r"\w*(?:m|myz|miz)"
_FOR_OTHER = re.compile(
    rf"\bfor (?:my |our )?(?:little |older |younger |elder )?(?:{_RELATIVES_EN})s?\b"
    rf"|\bmy (?:{_RELATIVES_EN})'?s (?:job|offer|work)\b"
    r"|\bfor (?:someone|somebody|a person|another person|other person|a relative)\b|\bnot (?:for )?(?:me|myself)\b"
    rf"|\b(?:для|за) (?:мо\w+ |наш\w+ |сво\w+ |одн\w+ )?(?:младш\w+ |старш\w+ )?(?:{_RELATIVES_RU})(?!\w)"
    r"|\bдля (?:друг\w+|одн\w+) человек\w*|\bне (?:для )?себ[яе]\b|\bне мне\b|\bне для меня\b"
    rf"|\b(?:{_RELATIVES_TK}){_MY_TK} (?:ucin|ucn)\b"
    r"|\b(?:basga|yakyn) (?:adam|biri|birisi)\w* (?:ucin|ucn)\b"
)
_OWN_TK = r"ozum|ozumiz|ozume|menin|menim|bizin|bizim"
_FOR_SELF = re.compile(
    r"^(?:(?:it'?s |its )?(?:for )?(?:me|myself)|i am|i'm|im|mine|my own|"
    r"(?:это )?(?:для )?(?:меня|себя)|мне|себе|я|сам|сама|лично я|моё|мое|"
    rf"(?:men|{_OWN_TK})(?: (?:ucin|ucn))?|meniki|meninki|menki|ozumki|ozumiki)$"
)
# A relative named alone, as the whole answer to "Who is the offer for?": "дочь", "gyzym", "my son"
_RELATIVE_ALONE = re.compile(
    rf"^(?:my |our )?(?:{_RELATIVES_EN})s?$|^(?:мо\w+ |наш\w+ )?(?:{_RELATIVES_RU})$|^(?:{_RELATIVES_TK}){_MY_TK}$"
    r"|^(?:someone|somebody) (?:else|close)$|^(?:другой|близкий) человек$"
)
# Anyone's "for my …" in Turkmen as the whole answer: "ejem üçin", "жейем учин" typed as it sounds (not "özüm üçin")
_FOR_MY_TK = re.compile(rf"^(?!(?:{_OWN_TK})\b)\w+(?:m|myz|miz) (?:ucin|ucn)$")
# A relative named in a short answer that says more ("сестре 16 лет", "for my sister she is 16"), the writer not in it
_RELATIVE = re.compile(
    rf"\b(?:{_RELATIVES_EN})s?\b|(?<!\w)(?:{_RELATIVES_RU})(?!\w)|\b(?:{_RELATIVES_TK}){_MY_TK}\b"
)
_WRITER = re.compile(
    r"\b(?:i|me|myself|mine|i'?m|im)\b|(?<!\w)(?:я|мне|меня|себя|себе|сам|сама)(?!\w)|\b(?:men|maňa|mana|meni|"
    rf"{_OWN_TK})\b"
)
MAX_WHOM_WORDS = 8


def _readings(text: str) -> list[str]:
    """The text's forms, and Russian typed in Latin letters read in Cyrillic (each way on its own)."""
    return [*forms(text), *russian_from_latin(text.lower()).split("\n\n")]


def says_for_someone_else(text: str) -> bool:
    """Whether the text says the offer is for someone else ("for my daughter", "для дочери", "gyzym üçin")."""
    return any(_FOR_OTHER.search(form) for form in _readings(text))


def without_for_whom(text: str) -> str:
    """The text with the words saying whom it is for taken out ("проверить предложение для дочери": "проверить
    предложение"), so that what is left can be read as a button's words."""
    folded = typed_whole(text)
    return " ".join(_FOR_OTHER.sub(" ", folded).split())


def typed_whom(text: str) -> Whom | None:
    """The answer to "Who is the offer for?" that the whole text gives ("for me", "для себя", "özüm üçin", "meniki";
    "for my daughter", "дочь", "gyzym", "ejem ucin", "dlya mamy", "сестре 16 лет"), or None."""
    readings = [" ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)?", form)) for form in _readings(text)]
    if any(_FOR_OTHER.search(r) or _RELATIVE_ALONE.search(r) or _FOR_MY_TK.search(r) for r in readings):
        return Whom.OTHER
    if any(_FOR_SELF.search(r) for r in readings):
        return Whom.SELF
    if (
        len(readings[0].split()) <= MAX_WHOM_WORDS
        and (names_someone_else(text) or any(_RELATIVE.search(r) for r in readings))
        and not any(_WRITER.search(r) for r in readings)
    ):
        return Whom.OTHER
    return None
