"""A whole typed message that answers the checklist question waiting, read before danger is looked for: an age in
years at "Are you under 18?" ("нет, мне 21", "men 25 ýaşymda", "gyzym 19 ýaşynda"), a job at "What work are you
offered?" ("официантка в кафе"), or words that restate one of the question's options ("told me not to tell my
family" at the secrecy question). Strict on purpose: every word of the message must belong to the answer, so a
message that also tells of danger ("мне 16, меня заперли") is never taken for one and is answered as danger."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.checklist import Answer, typed_answer
from bot.nlp.textnorm import fold, has_cyrillic, russian_from_latin, turkmen_cyrillic_to_latin, typed_whole

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
ADULT_AGE = 18
# "21", "21yo", "19-да" split as "19 да" is left to the words below; "21лет", "19yasynda" typed without a space
_AGE = re.compile(r"(\d{1,2})(?:лет|года?|yas\w*|yo|y|years?|yrs)?")


def _fits(word: str, choices: frozenset[str]) -> bool:
    """`word` is one of `choices`, or begins with one of its stems (written with a final "*")."""
    return _pattern(choices).fullmatch(word) is not None


@functools.cache
def _pattern(choices: frozenset[str]) -> re.Pattern[str]:
    # each vocabulary (a constant of this module) compiled once: read word by word in Python, the stems of the
    # job question cost most of a millisecond for every message typed
    return re.compile(
        "|".join(re.escape(c[:-1]) + ".*" if c.endswith("*") else re.escape(c) for c in sorted(choices))
    )


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(fold(words).split())


# Words that only frame an age: who (I, my daughter), "years old", "already", "only". Nothing of the future ("скоро",
# "will be", "будет"): "мне скоро 18" is under 18, and is left to be read as usual.
_AGE_FRAME = _vocabulary(
    "я мне мы нам ей ему она он ее её его дочь дочке дочери дочка сын сыну сестра сестре брат брату моей моему "
    "моя мой уже ещё еще только всего лет год года годиков годика полных исполнилось а и но так вообще "
    "i i'm im am me my she he she's he's is her his our we our daughter son sister brother years year old yrs yo "
    "already just only turned and but so "
    "men menin meniň biz mana gyzym gyzymyz oglum oglumyz uyam uýam jigim doganym ol onun onuň "
    "yasym yasymda yasynda yasda yas yasly yasyndadyr yasymda yasa inde eyyam eýýäm bary bolany bolan "
    "yasymdadyr dadyr da de an a yasyna yetdim yetdi yetipdir"
)
# Being an adult, or a minor, said in words ("я совершеннолетняя", "I am an adult", "kämillik ýaşyna ýetdim").
_ADULT = _vocabulary("совершеннолетн* взросл* adult grown kamillik* uly ulu")
_MINOR = _vocabulary("несовершеннолетн* minor underage")
_NOT = _vocabulary("не not dal däl")


def typed_age(text: str) -> Answer | None:
    """The answer to "Are you under 18?" that a whole message gives in years or in words ("нет, мне 21": NO; "мне
    16": YES; "я не несовершеннолетняя": NO), or None when any word of it is something else, when it gives no
    age, or when a yes or no in it says the opposite of the age it gives."""
    found = _WORD.findall(typed_whole(text))
    leading = None
    for size in (3, 2, 1):  # "нет", "not sure" first: "нет, мне 21"
        leading = typed_answer(" ".join(found[:size])) if len(found) > size else None
        if leading is not None:
            found = found[size:]
            break
    said: set[Answer] = set()
    negated = False
    for word in found:
        age = _AGE.fullmatch(word)
        if age is not None:
            said.add(Answer.YES if int(age.group(1)) < ADULT_AGE else Answer.NO)
        elif word in _NOT:
            negated = True
        elif _fits(word, _MINOR):  # before _ADULT: "несовершеннолетняя" holds "совершеннолетн"
            said.add(Answer.NO if negated else Answer.YES)
        elif _fits(word, _ADULT):
            said.add(Answer.YES if negated else Answer.NO)
        elif word not in _AGE_FRAME:
            return None
    if len(said) != 1 or leading is Answer.UNSURE:
        return None
    (answer,) = said
    return answer if leading in (None, answer) else None


# Jobs typed at "What work are you offered?" instead of pressed (folded; Turkmen also in Cyrillic): phrases, then
# words and their beginnings (a final "*"), every word of the message being a job or a word around one ("работа",
# "в", "as a"). A club or bar anywhere in it makes it the club option, the one that warns: "официантка в баре".
_JOB_PHRASES = {
    Answer.CLUB: "night club|gije kluby|ночной клуб|ночном клубе",
    Answer.HOME: (
        "live-in carer|au pair|au-pair|помощница по дому|caga seretmek|caga bakmak|caga seredyan|oy isi|oy hyzmatkari|"
        "чага серетмек|өй иши"
    ),
    Answer.OTHER: "building site|на стройку|на стройке|на завод",
}
_JOB_WORDS = {
    Answer.CLUB: (
        "club* klub* клуб* bar bars бар бара баре барах barda bara barmen* бармен* hostes* хостес* dancer* "
        "dancing танцовщ* tanscy* tansçy* стрипт* stripp* stript* karaoke* караоке* nightclub* escort* эскорт* "
        # massage parlours, like clubs, are a common way into sexual exploitation
        "massag* masaj* massaj* massaz* массаж* масаж*"
    ),
    Answer.HOME: (
        "nanny nannies babysit* maid maids housemaid* housekeep* caregiver* carer* childcare* childminder* "
        "няня няней нянькой нянечк* нянька няньк* гувернант* сиделк* домработниц* прислуг* hyzmatkar* enekec* eneke "
        "bakyjy* seredyji*"
    ),
    Answer.OTHER: (
        "construction build* factor* warehouse* farm* driver* waiter* waitress* waitres* cafe* caf restaurant* "
        "hotel* cook* chef* cleaner* cleaning seller* shop* sales* store* market* courier* delivery* packer* "
        "packing sewing seamstress* tailor* hairdress* barber* porter* loader* "
        "стройк* строик* строител* завод* фабрик* склад* ферм* водител* официант* кафе ресторан* гостиниц* отел* "
        "stroik* stroyk* strojk* stroitel* "
        "повар* уборщ* уборк* продав* магазин* рынк* рынок курьер* доставк* швея швеей швей* парикмахер* "
        "грузчик* разнорабоч* сборщик* упаковщ* теплиц* "
        "gurlusyk* гурлушык* zawod* zavod* fabrik* ammar* ferma* suruji* surujy* ofisiant* ofitsiant* "
        "ofisant* kafe* restoran* myhmanhana* otel* aspez* arassac* satyjy* dukan* bazar* kuryer* kurýer* "
        "tikinci* dellek* yukci* yukcy*"
    ),
}
_AROUND_A_JOB = _vocabulary(
    "работа работу работы работать работаю работой работником работницей работник работница в во на как кем "
    "по ночной ночном ночная night work working worker job jobs as a an in at the on to "
    "is isi isde islemek isleyan işi işde işlemek işleýän bolup yerinde ýerinde ish иш gije "
    # the worker or the place of a job: "gurluşykda işçi", "рабочий на стройке", "massage salon", "çaga bakyjy"
    "isci iscisi işçi işçisi ishchi рабочий рабочим рабочей worker site salon salons salony salonda salonynda салон салоне салоны caga çaga "
    "cagalara çagalara"
)
_JOB_OF_PHRASE = {fold(phrase): job for job, phrases in _JOB_PHRASES.items() for phrase in phrases.split("|")}
_JOB_OF_WORD = {job: _vocabulary(words) for job, words in _JOB_WORDS.items()}


def _in_each_script(text: str) -> list[str]:
    """The text as typed, and as the other script would write it: Russian typed in Latin letters ("nyanya") in
    Cyrillic, Turkmen typed in Cyrillic in Latin."""
    lowered = text.lower()  # not folded: folding spells "ch" as "c"
    if has_cyrillic(lowered):
        return [text, turkmen_cyrillic_to_latin(lowered)]
    return [text, *russian_from_latin(lowered).split("\n\n")]


def typed_job(text: str) -> Answer | None:
    """The option of "What work are you offered?" that a typed job names ("няня", "gurluşyk", "waitress",
    "официантка в кафе", "ofisiantka", "nyanya"), alone or with words around it ("работа в клубе", "iş
    gurluşykda"), in either script; None when any word is something else ("клуб помогите") or when it names no
    job."""
    return next((job for reading in _in_each_script(text) if (job := _job_in(reading)) is not None), None)


def _job_in(text: str) -> Answer | None:
    cleaned = typed_whole(text)
    if cleaned in _JOB_OF_PHRASE:
        return _JOB_OF_PHRASE[cleaned]
    named: set[Answer] = set()
    for word in _WORD.findall(cleaned):
        job = next((job for job, words in _JOB_OF_WORD.items() if _fits(word, words)), None)
        if job is not None:
            named.add(job)
        elif word not in _AROUND_A_JOB:
            return None
    for job in (Answer.CLUB, Answer.HOME, Answer.OTHER):
        if job in named:
            return job
    return None


MAX_JOB_WORDS = 4  # a job is named in a few words; a longer message is a question or a story
# Words no job is named with: a question, a wish, a thanks, a yes or a no, the bot's own buttons and numbers. A few
# words at the job question with none of these in any script ("программист", "kosmetika satyjy") try to name a job.
_NOT_OF_A_JOB = _vocabulary(
    "what* how where when why who which whom whose is are was do does did can could should will would shall "
    "i i'm im me my mine you your we us our want* wanna need* like please pls thank* thx hello hi hey menu stop "
    "help hotline number* phone call* next now then yes no not ok okay sure real true "
    "что чё че шо как где куда когда почему зачем кто какой какая какое какие каков* сколько чей чья можно надо "
    "нужно нужен хочу хотела хотел я мне меня мы нам вы вам ты тебе меню стоп помоги* помощь номер* телефон* "
    "горяч* линия линии дальше далше потом спасибо спс благодар* привет здравствуй* да нет не ладно правда "
    "näme name nämä nama nähili nahili nirede nirä nira haçan hacan nädip nadip neneň nenen niçik nicik kim haýsy "
    "haysy näçe nace näçä nädeýin nadeyin men meni meniň menin maňa mana siz size sen saňa sana biz isleý* isley* "
    "gerek menýu menyu kömek* komek* nomer* telefon* ynam sag spasibo salam hawa howa ýok yok däl dal dowam "
    # what the other questions ask about, and who keeps it: "паспорт заберет работодатель" tells of the offer
    "passport* pasport* паспорт* пасспорт* document* документ* dokument* contract* контракт* договор* şertnama* "
    "sertnama* visa* wiza* viza* виза визу визы визой salary* зарплат* aylyk* aýlyk* debt* долг* bergi* employer* работодател* "
    "boss* хозя* начальник* agent* агент* agentlik* take* took taken keep* kept забер* забира* отбер* отнима* "
    "возьм* берут alyar* alýar* alar alarlar alyp"
)


def names_a_job(text: str) -> bool:
    """Whether a few words typed at "What work are you offered?" try to name a job (one the bot may not know):
    no question, wish, thanks, yes or no, number or word of the bot's own in any script, and no more than
    MAX_JOB_WORDS. Anything else typed there is something other than a job."""
    found = _WORD.findall(typed_whole(text))
    if "?" in text or not 0 < len(found) <= MAX_JOB_WORDS or any(w.isdigit() for w in found):
        return False
    return not any(
        _fits(word, _NOT_OF_A_JOB)
        for reading in _in_each_script(text)
        for word in _WORD.findall(fold(reading))
    )


@dataclass(frozen=True)
class Restating:
    """Words that restate one option of a question: the message holds one of `cues` (words in a row), and every
    other word is in `words` or a cue's."""

    answer: Answer
    cues: tuple[tuple[str, ...], ...]
    words: frozenset[str]

    def said_in(self, found: list[str]) -> bool:
        cue_words = {word for cue in self.cues for word in cue}
        has_cue = any(
            tuple(found[i : i + len(cue)]) == cue
            for cue in self.cues
            for i in range(len(found) - len(cue) + 1)
        )
        return has_cue and all(word in cue_words or _fits(word, self.words) for word in found)


def _cues(lines: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(line).split()) for line in lines.strip().splitlines())


# The people one may be told to keep a job from, and the words around "they told me".
_FAMILY = (
    "my family parents mom mum mother dad father relatives anyone anybody nobody husband wife it this about them "
    "from to me us they he she told said asked tell anything secret a the job offer "
    "мне нам они он она сказали сказал сказала просили попросили велели не говорить рассказывать никому родным "
    "семье маме папе родителям мужу жене об этом это про работу работе держать в тайне секрете ничего "
    "maňa mana bize olar ol ejeme kakama ata enäme enama ata-enäme ata-enama masgalama maşgalama hic hiç kime "
    "hickime hiçkime aytma aýtma aytmagyn aýtmagyn aytmaly aýtmaly dal däl diydiler diýdiler diydi diýdi "
    "diyip diýip aytdylar aýtdylar gizlin sakla* tabsyr* tabşyr* isi işi barada zat"
)
# Words around a restated fee, pay or phone answer: "I", "they", "will", "the agency", "my", "nothing at all"
_AROUND = (
    "я мне мы они он она будут будет буду ничего вообще совсем за работу визу билет агентство агенту агент мой моя мою "
    "свой свою свои себе у меня всё все деньги зарплату зарплата зарплаты с из в до после "
    "i we they he she will be my the a an to at all for job visa ticket agency agent salary pay wages money me "
    "from of in every each month monthly it them myself nothing with "
    "men biz olar ol hiç hic zat hiçzat hiczat iş is wiza bilet agentlik agente agent aýlyk aylyk aýlygym aylygym "
    "pul puly her aý ay aýda ayda meniň menin özüm ozum bilen ýanymda yanymda telefonym telefonymy"
)
_RESTATING: dict[str, tuple[Restating, ...]] = {
    "fees": (
        Restating(
            Answer.NOTHING,
            _cues(
                "ничего не плачу\nничего не платим\nне плачу ничего\nбесплатно\ni pay nothing\npay nothing\n"
                "nothing to pay\nfor free\nhic zat tolemeyan\nhiç zat tölemeýän\nhic zat tolemeyarin\nmugt"
            ),
            _vocabulary(_AROUND),
        ),
        Restating(
            Answer.FROM_PAY,
            _cues(
                "из зарплаты\nиз моей зарплаты\nfrom my salary\nfrom my pay\nfrom my wages\naylykdan\naýlykdan\n"
                "aylygymdan\naýlygymdan"
            ),
            _vocabulary(_AROUND),
        ),
    ),
    "pay": (
        Restating(
            Answer.HELD,
            _cues(
                "в конце\nв конце контракта\nпосле контракта\nat the end\nafter the contract\nahyrynda\n"
                "sonunda\nsoňunda"
            ),
            _vocabulary(_AROUND),
        ),
        Restating(
            Answer.TO_ME,
            _cues("каждый месяц\nкаждый месяц мне\nevery month\nmonthly\nher ay\nher aý\nher aýda\nher ayda"),
            _vocabulary(_AROUND),
        ),
    ),
    "phone": (
        Restating(
            Answer.NO,
            _cues(
                "take my phone\ntakes my phone\ntake the phone\nтелефон заберут\nзаберут телефон\nтелефон забирают\n"
                "забирают телефон\ntelefony alyarlar\ntelefony alýarlar\ntelefonymy alyarlar\ntelefonymy alýarlar"
            ),
            _vocabulary(_AROUND),
        ),
        Restating(
            Answer.YES,
            _cues(
                "keep my phone\nтелефон оставлю\nтелефон будет у меня\nтелефон у меня\ntelefonym ozumde\n"
                "telefonym özümde\ntelefonym yanymda\ntelefonym ýanymda"
            ),
            _vocabulary(_AROUND),
        ),
    ),
    "secret": (
        Restating(
            Answer.YES,
            _cues(
                """
                not to tell
                dont tell
                don't tell
                keep it secret
                keep it a secret
                keep it from
                не говорить
                не рассказывать
                никому не
                в тайне
                в секрете
                aytma
                aýtma
                aytmagyn
                aýtmagyn
                aytmaly dal
                aýtmaly däl
                gizlin sakla
                """
            ),
            _vocabulary(_FAMILY),
        ),
    ),
    # Someone else's passport already handed over ("gyzym eýýäm pasportyny berdi olara", found by tester S): the answer
    # "others will keep it", with its warning. Only of another person: one's own passport taken is read as usual.
    "passport": (
        Restating(
            Answer.NO,
            _cues(
                """
                pasportyny berdi
                pasportyny olara berdi
                pasportyny agente berdi
                отдала паспорт
                отдал паспорт
                паспорт отдала
                паспорт отдал
                gave her passport
                gave his passport
                gave them her passport
                gave them his passport
                """
            ),
            _vocabulary(
                "gyzym oglum uyam uýam jigim doganym dostum eyyam eýýäm olara ol hem indi agentlige agente "
                "hojayyna hojaýyna "
                "дочь дочка сын сестра брат уже им она он их её ее его агенту агентству работодателю "
                "my daughter son sister brother already them her his the to agent agency employer she he has"
            ),
        ),
    ),
    "movement": (
        Restating(
            Answer.NO,
            _cues(
                """
                выходить нельзя
                нельзя выходить
                нельзя будет выходить
                не выпускают
                не будут выпускать
                cant go out
                can't go out
                not allowed to go out
                not allowed out
                cykmak bolmaz
                çykmak bolmaz
                cykyp bolmaz
                çykyp bolmaz
                cykmaly dal
                çykmaly däl
                """
            ),
            _vocabulary(
                "будет говорят сказали сказал сказала они из дома общежития квартиры без разрешения одной одному "
                "we i they said say told me us will be of the house housing home alone without permission "
                "olar diydiler diýdiler diyyarler diýýärler diyip diýip oyden öýden jaydan rugsatsyz ýeke yeke"
            ),
        ),
    ),
}


def typed_in_full(key: str, text: str) -> Answer | None:
    """The answer a whole typed message gives to the question `key` ("age", "job", "secret"…): an age, a job, or
    words restating an option; None for anything else, which is read as usual, danger first."""
    if "?" in text:
        return None
    if key == "age":
        return typed_age(text)
    if key == "job":
        return typed_job(text)
    found = _WORD.findall(typed_whole(text))
    return next((r.answer for r in _RESTATING.get(key, ()) if found and r.said_in(found)), None)


READ_IN_FULL = ("age", "job", *_RESTATING)  # the questions a whole message can answer beyond a yes or no


def may_answer_a_question(text: str) -> bool:
    """Whether the text answers any question `typed_in_full` reads, so that a message answering none costs no look
    at the person's checklist."""
    return any(typed_in_full(key, text) is not None for key in READ_IN_FULL)
