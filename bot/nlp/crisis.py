"""Does a message say that someone is in danger now? Pattern rules over three readings of the text, then a learned
second opinion; Telegram-free.

Every message is read three ways, one for each language's patterns (`crisis_reading.py`: Russian typed in Latin
letters read in Cyrillic, Turkmen folded, ages in words as digits, common typos corrected).

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
Someone under 18 named with any danger makes the kind "child". Being sent away against one's will, and a child taken
abroad to work, are told across sentences ("they send me to Dubai tomorrow. I don't want to go"), and so is forced labour (the boss
keeps the passports, says we owe him, lets us out only to the shop): their markers (`crisis_sending.py`,
`crisis_labour.py`) are gathered from the whole message and decided together. A very short message ("заперли",
"locked") is read by its key word alone. A call for help counts alone in its sentence with only fillers ("please
help me now"), or set off anywhere in a sentence that asks nothing ("помогите, ...", "нас обманули, помогите"), not
as a request for a task ("help me choose a phone", "с визой помогите"). A question of law about what is told ("he
beats us, is that legal?") leaves the danger told beside it. Common typos of the key words are corrected before
matching. A missed crisis is worse than a false alarm: when a pattern is unsure, it leans to flagging.

When no pattern flags the text, a learned second opinion (`crisis_model.py`) reads the whole of it: a naive Bayes
model over letter sequences and word stems of the `tk` and `ru` readings, trained on the development set only
(tests/data/crisis/dev and the off-topic lines) by `python -m bot crisis-fit`, its threshold chosen by 5-fold
cross-validation there (at most 1 % of the ordinary lines flagged). It flags danger said in words no pattern knows,
with its most likely kind (child when an age under 18 is named; a number of minutes or days is not an age; no alarm
when its likeliest kind is a child nobody under 18 is named as and no other kind clearly leads). A
message that only retells a trip someone plans, or where an agency sends people, is not its to judge
(`trip_plans.py`). `python bench/crisis_eval.py` measures both together on the development set and on three sets
written by others (holdout, unseen, final), which nothing is tuned to.

The data (patterns and markers per language) is in `crisis_patterns.py`, `crisis_needs.py`, `crisis_families.py`,
`crisis_markers.py`, `crisis_hospital.py` and `crisis_sending.py`; the decision is `detect_crisis`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.nlp import crisis_labour as labour
from bot.nlp import crisis_sending as sending
from bot.nlp.crisis_chatter import only_everyday_words
from bot.nlp.crisis_families import FAMILIES
from bot.nlp.crisis_hospital import TREATED, UNTREATED
from bot.nlp.crisis_markers import (
    CHILD_CUE,
    CHILD_WORK,
    CONDITION,
    FRAGMENT_WORDS,
    FRAGMENTS,
    GENERAL,
    HELP_CALL,
    HELP_FILLERS,
    HELP_SET_OFF,
    HELP_TASK,
    HELP_TASK_BEFORE,
    HELP_WORDS,
    JOKE,
    LAW,
    MINOR,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    NOT_AN_AGE,
    NOW,
    OVER,
    OVER_FOR_NOW,
    PAST,
    QUESTION,
    STILL,
    TK_CONDITIONAL,
    TK_QUOTED_CONDITION,
)
from bot.nlp.crisis_model import shipped
from bot.nlp.crisis_needs import NEEDS
from bot.nlp.crisis_patterns import PATTERNS, PRIORITY, CrisisKind
from bot.nlp.crisis_reading import WORD as _WORD
from bot.nlp.crisis_reading import compile_pattern as _compile
from bot.nlp.crisis_reading import compiled as _compiled
from bot.nlp.crisis_reading import readings, word_count
from bot.nlp.crisis_work_lines import only_a_label
from bot.nlp.pattern_index import PatternIndex
from bot.nlp.police_fear import only_fears_the_police, without_staying_in
from bot.nlp.secrecy import only_asks_us_to_keep_it, without_untold
from bot.nlp.someone_else import out_of_reach
from bot.nlp.trip_plans import only_plans_told
from bot.nlp.turkmen import plain_past

# --- compiled once at import -------------------------------------------------------------------------------------

_KIND_PATTERNS = tuple(
    (kind, language, _compile(pattern.removeprefix("!"), language), not pattern.startswith("!"))
    for kind in PRIORITY
    for table in (PATTERNS, NEEDS, FAMILIES)
    for language, patterns in table.get(kind, {}).items()
    for pattern in patterns
)


# Each language's patterns filed by the letters their matches begin with: a text runs only those that could match.
_KIND_INDEX = {
    language: PatternIndex((entry[2], entry) for entry in _KIND_PATTERNS if entry[1] == language)
    for language in {language for _, language, _, _ in _KIND_PATTERNS}
}


_FRAGMENTS = tuple(
    (kind, language, _compile(pattern, language))
    for kind in PRIORITY
    for language, pattern in FRAGMENTS.get(kind, {}).items()
)
_HELP_WORDS, _HELP_CALL = _compiled(HELP_WORDS), _compiled(HELP_CALL)
_HELP_SET_OFF, _HELP_TASK_BEFORE, _HELP_TASK = (
    _compiled(HELP_SET_OFF),
    _compiled(HELP_TASK_BEFORE),
    _compiled(HELP_TASK),
)
_HELP_FILLERS = {language: _compile(rf"\b{filler}\b", language) for language, filler in HELP_FILLERS.items()}
_NEGATION_BEFORE = {language: (_compile(p, language), n) for language, (p, n) in NEGATION_BEFORE.items()}
_NEGATION_AFTER = _compiled(NEGATION_AFTER)
_NEGATED_OR = re.compile(
    r"\b(?:not|never|n't|dont|doesnt|didnt|nobody|no one)\b[^,.;]*\bor\s*$|n't\b[^,.;]*\bor\s*$"
)
_PAST, _STILL, _NOW, _OVER = _compiled(PAST), _compiled(STILL), _compiled(NOW), _compiled(OVER)
_OVER_FOR_NOW, _TREATED, _UNTREATED = _compiled(OVER_FOR_NOW), _compiled(TREATED), _compiled(UNTREATED)
_CONDITION, _QUESTION, _GENERAL = _compiled(CONDITION), _compiled(QUESTION), _compiled(GENERAL)
_MINOR, _CHILD_WORK, _CHILD_CUE = _compiled(MINOR), _compiled(CHILD_WORK), _compiled(CHILD_CUE)
_NOT_AN_AGE = _compiled(NOT_AN_AGE)
_JOKE = re.compile(JOKE)
# "Не знаю", "i don't know", "bilemok" on their own: the answer to a question the bot asked (a time to call, a
# number), never danger, though "не знаю где я" is; the model reads the two words alone as the latter.
_ONLY_NOT_KNOWING = re.compile(
    r"^\W*(я |i |men )?(пока |ещё |еще |даже |точно |yet |still |heniz |entek )?"
    r"(не знаю|не помню|don'?t know|do not know|dunno|idk|not sure|bilemok|bilmeýärin|bilmeyarin|bilmedim)"
    r"( yet| пока| ещё| еще)?"
    # and what it does not know of the bot's question: when, which number, or a time after all
    r"(,? (когда|номер|точно|вечером|утром|днём|днем|наверное|when|the number|exactly|in the evening|haçan|belgimi))*"
    r"\W*$"
)
# "Не могу говорить", "ne mogu govorit", "i cant talk" on their own: a sign of being watched, answered with 🙈 Hide first
# and 🆘 (handlers/short_replies.py) as "не могу сейчас говорить" is; with more ("не могу говорить, он рядом",
# "напишите мне") a call for help
_ONLY_CANNOT_TALK = re.compile(
    r"^\W*(?:я |i )?(?:не могу|can'?t|cannot|cant|can not) (?:сейчас |щас |громко |now |right now )?"
    r"(?:говорить?|разговариват[ьи]?|talk|speak)(?: (?:сейчас|щас|громко|now|right now))?\W*$"
)
_LAW = _compiled(LAW)
_DIGITS = re.compile(r"\d+")
# A greeting first ("hello my boss took my passport") makes a message no longer for the model's threshold
_GREETING = re.compile(
    r"^\W*(?:(?:hello|hi|hey|salam|salom|privet|привет|здравствуй(?:те)?|добрый (?:день|вечер)|доброе утро|"
    r"salam berdik|salam aleýkum|ассалому алейкум|ассалам\w*|gutly irden|good (?:morning|evening|afternoon))\b\W*)+",
    re.IGNORECASE,
)
_TK_CONDITIONAL_RE = _compile(TK_CONDITIONAL, "tk")
_SENDING = {name: _compiled(table) for name, table in {**sending.MARKERS, **labour.MARKERS}.items()}
_NOT_AWAY = _compiled(sending.NOT_AWAY)
_TK_QUOTED_CONDITION = _compile(TK_QUOTED_CONDITION, "tk")
_IF = re.compile(r"\b(?:if|in case|если|в случае|esli)\b", re.IGNORECASE)
# Sentences end at . ! ? ; and line breaks; "but" starts a new one ("nobody beats me, but ...").
_SENTENCE = re.compile(r"(?<=[.!?;…\n])|\s+(?=(?:but|но|однако|ýöne|emma|ýogsa)\s)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,:()\-–—]|\b(?:and|и|а|we|hem|because|потому|since|çünki)\b")
_CLAUSE = re.compile(r",\s*|[:;–—]|\s-\s")


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


def _ages(texts: dict[str, str]) -> dict[str, str]:
    """The readings without numbers of minutes, days, money or people ("only 10 min"), which are not ages."""
    return {language: _NOT_AN_AGE[language].sub(" ", reading) for language, reading in texts.items()}


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


def _pattern_hits(texts: dict[str, str]) -> Iterator[tuple[CrisisKind, bool]]:
    """Each danger pattern that matches the text: its kind, and whether every one of its matches is negated."""
    for language, index in _KIND_INDEX.items():
        reading = texts[language]
        for kind, _, pattern, negatable in index.candidates(reading):
            negated = [
                negatable and _negated(reading, m.start(), m.end(), language)
                for m in pattern.finditer(reading)
            ]
            if negated:
                yield kind, all(negated)


def _negated_danger(texts: dict[str, str], hits: Iterable[tuple[CrisisKind, bool]]) -> bool:
    """Some danger pattern matches the text (its `hits`), only where negated. The model reads no grammar: it read
    "nobody beats me, but they don't pay on time" as violence; where the patterns saw the danger denied, it does not
    overrule them. Not in a condition: "if I don't go with the client they will send the video" is a threat."""
    if _any(_CONDITION, texts):
        return False
    # "nobody helps" denies no danger
    return any(denied and kind is not CrisisKind.HELP for kind, denied in hits)


def _help_alone(texts: dict[str, str]) -> bool:
    """A call for help with nothing else in its sentence but fillers ("please", "now", "срочно")."""
    for language, pattern in _HELP_WORDS.items():
        for reading in texts[language].split("\n\n"):  # the two readings of a Latin j (russian_from_latin)
            # "мне 14, помогите": an age said with the call leaves it a call for help
            rest = _HELP_FILLERS[language].sub(" ", _MINOR[language].sub(" ", pattern.sub(" ", reading)))
            if pattern.search(reading) and not _WORD.search(rest):
                return True
    return False


def _help_call(texts: dict[str, str]) -> bool:
    """A call for help set off in a sentence that asks nothing (HELP_CALL at its start, HELP_SET_OFF anywhere)."""
    if _any(_QUESTION, texts) or _any(_HELP_TASK, texts):
        return False
    return _any(_HELP_CALL, texts) or (
        any(
            not _HELP_TASK_BEFORE[language].search(_CLAUSE.split(texts[language][: m.start()])[-1].rstrip())
            for language, pattern in _HELP_SET_OFF.items()
            for m in pattern.finditer(texts[language])
        )
    )


def _fragment_kinds(texts: dict[str, str]) -> set[CrisisKind]:
    """The kinds a very short message names with one word ("заперли", "locked"), unless it is a question."""
    if len(_WORD.findall(texts["en"])) > FRAGMENT_WORDS or _any(_QUESTION, texts):
        return set()
    return {
        kind
        for kind, language, pattern in _FRAGMENTS
        if any(
            not _negated(texts[language], m.start(), m.end(), language)
            for m in pattern.finditer(texts[language])
        )
    }


def _asks(texts: dict[str, str]) -> bool:
    return _any(_CONDITION, texts) or _any(_QUESTION, texts)


def _told_kinds(texts: dict[str, str]) -> set[CrisisKind]:
    """The danger told in the statements of a sentence that also asks, unless over or past."""
    if _past_or_general(texts) or _any(_OVER, texts):
        return set()
    return {kind for kind, denied in _pattern_hits(texts) if not denied} - {CrisisKind.HELP}


def tells_of_being_sent(text: str) -> bool:
    """The message tells of being sent or taken somewhere: a country it names is where to, not where one is."""
    return bool(_sending_marks(readings(plain_past(text))) & {"sent", "taken"})


def _sending_marks(texts: dict[str, str]) -> set[str]:
    """Which of crisis_sending's and crisis_labour's markers a clause tells of, not negated; being sent or taken to study, on holiday
    or to the army is neither."""
    marks = {
        name
        for name, table in _SENDING.items()
        for language, pattern in table.items()
        if any(
            not _negated(texts[language], m.start(), m.end(), language)
            for m in pattern.finditer(texts[language])
        )
    }
    return marks - {"sent", "taken"} if _any(_NOT_AWAY, texts) else marks


def detect_crisis(text: str, *, model: bool = True) -> CrisisKind | None:
    """The kind of immediate danger the text tells of, the most specific first (PRIORITY), or None; by the patterns
    alone when not `model` (a short answer to a question the bot asked: handlers/text.py)."""
    text = plain_past(text)  # "pasportymy alypdyrlar" (it turns out they took) is told as "aldylar" is
    # "пожалуйста никому не говорите, я боюсь": a plea to keep it between us, with fear, not for the model to judge
    pleads = only_asks_us_to_keep_it(text)
    # "he says dont tell my parents", "мне стыдно, никому не могу рассказать": a secret asked, shame and not being able
    # to tell anyone are not danger told (bot/nlp/secrecy.py); the rest of the message is read
    text = without_untold(text)
    # "боюсь полиции, не могу выйти на улицу": staying in for fear of the police is not being locked in
    # (bot/nlp/police_fear.py); "боюсь полиции, хозяин запер меня" still is
    feared = only_fears_the_police(text)
    text = without_staying_in(text)
    minor = work = False
    marks: set[str] = set()  # crisis_sending's markers told anywhere in the message
    whole = readings(text)
    whole_hits: list[tuple[CrisisKind, bool]] | None = None  # the whole text's _pattern_hits, once read
    if _JOKE.search(whole["en"]):
        return None  # a joke or a film anywhere in the message ("SOS! forgot the word for receipt 😂")
    if any(
        _ONLY_NOT_KNOWING.match(reading.lower()) or _ONLY_CANNOT_TALK.match(reading)
        for reading in whole.values()
    ):
        return None
    found = _fragment_kinds(whole)
    over = any(
        not _negated(whole[language], m.start(), m.end(), language)
        and not _OVER_FOR_NOW[language].search(whole[language][m.end() :])
        for language, pattern in _OVER.items()
        for m in pattern.finditer(whole[language])
    )
    for sentence in sentences(text):
        texts = whole if sentence == text else readings(sentence)
        if _hypothetical(texts):
            # "what should I do if they lock me in?" asks; "he beats us if we are slow, what do I do?" tells, before its "if"
            # unless the part before "if" asks too ("how can I run away if ...") or the "if" ends a yes/no question
            head, *condition = _IF.split(sentence, maxsplit=1)
            if not condition and _TK_QUOTED_CONDITION.search(texts["tk"]):
                continue
            if not condition and _tk_condition_only(texts):
                texts = {**texts, "tk": _TK_CONDITIONAL_RE.sub("_", texts["tk"])}
            elif not condition and _any(_LAW, texts):
                # "хозяин бьёт нас каждый день, это законно?": the clauses that neither ask nor name a condition
                # still tell of today (no call for help is read in them: "помогите, это законно?")
                told = [part for part in _CLAUSE.split(sentence) if not _asks(readings(part))]
                if told:
                    found |= _told_kinds(readings(", ".join(told)))
                continue
            elif not condition:
                continue
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
            hits = list(_pattern_hits(part))
            whole_hits = hits if part is whole else whole_hits  # a message of one sentence, read whole
            kinds |= {kind for kind, denied in hits if not denied}
            minor = minor or _any(_MINOR, _ages(part))
            work = work or _any(_CHILD_WORK, part)
            marks |= _sending_marks(part)
        if over and not _any(_STILL, texts):
            # Safe now: what the text tells of is over, but a call for help or self-harm still counts.
            kinds &= {CrisisKind.SELF_HARM, CrisisKind.HELP}
        found |= kinds
    if not over:
        found |= sending.sending_kinds(marks, minor, _any(_QUESTION, whole)) | labour.labour_kinds(marks)
    # "he fell from the roof, he is in hospital now": no ambulance to call; "the boss won't take me to hospital" is
    # no treatment
    if _any(
        _TREATED, {language: _UNTREATED[language].sub(" ", reading) for language, reading in whole.items()}
    ):
        found.discard(CrisisKind.MEDICAL)
    if minor and (found - {CrisisKind.SELF_HARM} or work and not over):
        found.add(CrisisKind.CHILD)
    if not found and not over and not _any(_QUESTION, whole) and out_of_reach(text):
        # "ärim russiýada 3 hepde jogap berenok", "муж 3 недели не отвечает": someone close not heard from for days,
        # told, in every language alike (the model reads only some wordings so); "…что делать?" asks, and the
        # article on helping them answers it
        found.add(CrisisKind.STRANDED)
    if (
        not found
        and model
        and not feared
        and not pleads
        and not _negated_danger(whole, _pattern_hits(whole) if whole_hits is None else whole_hits)
        and not only_everyday_words(text)
        # "спам 13", "кв 34": one word and a number, not an age, are the patterns' as one word is ("помогите 13")
        and not (only_a_label(text) and detect_crisis(_DIGITS.sub(" ", text), model=False) is None)
        and not only_plans_told(text)  # "they say a car will take us to the border": not yet made
        and (
            guess := shipped().judge(
                readings(text, loose=False),
                word_count(_GREETING.sub("", text)),
                child=_any(_CHILD_CUE, _ages(whole)),
            )
        )
        is not None
    ):
        # the second opinion (crisis_model.py): danger in words no pattern knows; a child's if a young person is named
        found.add(CrisisKind.CHILD if _any(_MINOR, _ages(whole)) else guess)
    return next((kind for kind in PRIORITY if kind in found), None)
