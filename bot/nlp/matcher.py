"""Free text → the best knowledge-base topic and how sure we are.

Each question is read in its most likely language (bot.nlp.analysis: stems, negation, stop words dropped, typos mended)
and gets two kinds of terms: its stems, and the concepts of locales/concepts.toml it mentions. Concepts are shared
by the three languages, so a question in English also learns from the Russian and Turkmen examples, and they hold
the synonyms people really use ("cops", "менты", "polisiýa" → police).

The examples are the knowledge base's own questions plus the many more of locales/examples (bot.nlp.examples), where
off-topic messages form one more class that is never answered. Topics are ranked by a TF-IDF cosine against each
topic's centroid plus two naive Bayes terms (how typical the question's terms, and the letter sequences inside its
words, are of the topic); the off-topic class also counts its single closest example, since everyday life has no
centroid. The confidence is a logistic function of that evidence (Evidence), with weights read from locales/matcher.toml
and fitted by `python -m bot refit` (bot.nlp.calibration): a question that fits two topics equally, or looks like the off-topic messages, or
mostly talks about things the knowledge base never mentions, stays below the threshold. Pure Python with inverted
indexes: the cost of a question grows with its own length and the topics, not with the number of examples."""

from __future__ import annotations

import math
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.knowledge import KnowledgeBase, Topic, TopicText
from bot.nlp.analysis import Analyzer, Reading, letter_grams
from bot.nlp.bayes import NaiveBayes
from bot.nlp.calibration import CONCEPTS_FILE, Calibration
from bot.nlp.calibration import load as load_calibration
from bot.nlp.examples import OFF_TOPIC, Examples
from bot.nlp.minors import CHILDREN_TOPIC, minor_going_abroad, names_someone_under_18, speaks_of_a_minor
from bot.nlp.passport_taken import LOST_TOPIC, TAKEN_TOPIC, passport_taken_by_someone, taken_in_two_scripts
from bot.nlp.phone_taken import PASSPORT_TOPICS, phone_taken_by_someone, phone_topic
from bot.nlp.requests import Request, request_kind, tells_of_own_case, tells_of_trouble
from bot.nlp.scam_offer import SCAM_TOPIC, scam_job_in_southeast_asia
from bot.nlp.smalltalk import is_small_talk
from bot.nlp.textnorm import fold, has_cyrillic
from bot.nlp.told_topic import TOLD_MAX_WORDS, TROUBLE_ITSELF, named_over, told_topic
from bot.nlp.travel_words import speaks_of_travel

STEM_WEIGHT = 1.0
CONCEPT_WEIGHT = 1.0
# A class's cosine can mix its closest single example with its centroid. For the topics the centroid alone ranks as
# well (measured: bench/calibrate_matcher.py, tests/data) and is several times faster; the off-topic class keeps
# half of its closest example, because "how to cook manty" resembles one off-topic example, not their average.
BEST_EXAMPLE_SHARE = 0.0
OFF_TOPIC_BEST_EXAMPLE_SHARE = 0.5
# Naive Bayes: how much more often a term comes with a topic than with the knowledge base as a whole. It sees
# which terms are typical of one topic, where the cosine sees overlap; the ranking adds it at this weight.
BAYES_WEIGHT = 0.03
BAYES_SMOOTHING = 0.5
# A second naive Bayes over the letter sequences inside words (bot.nlp.analysis.letter_grams) catches what the stems
# miss: Turkmen endings the stemmer does not know, typos beyond one letter. Measured on tests/data: right topic
# ranked first 1,002 → 1,015 of 1,080 development and held-out questions, most of it in Turkmen.
LETTER_WEIGHT = 0.01
MAX_QUERY_GRAMS = 64  # a long message: its rarest letter sequences, so the cost stays bounded
CHILD_REACH = 4  # how near the top the children's topic must be to lead for someone under 18
KNOWN_TERMS_ENOUGH = 8  # more matched terms than this add no more certainty
TK_SPECIFIC_STEM = 4  # Turkmen roots shorter than this are too common to stand for a concept alone
# A confident answer's runner-up ranked at least this share of the answer's score is offered beside it: when the answer
# is wrong, the right topic is most often the runner-up (on the sets that are no longer blind, 98 of the 124 wrong
# answers whose right topic ranked second had it at this share or more; 43 % of right answers then show one too).
RUNNER_UP_SHARE = 0.5
# Words the knowledge base never uses weigh in a question's length as if this share of the rarest known word.
UNKNOWN_IDF_SHARE = 1.0
MAX_QUERY_TERMS = 24
PHONE_MAX_WORDS = 30  # "madam took my phone" told in a story from a friend's phone: still about the phone


@dataclass(frozen=True)
class Match:
    topic: str | None  # the best topic when confident, else None
    score: float
    confident: bool
    closest: tuple[tuple[str, float], ...]  # the best topics, best first, whatever the confidence
    # The message looks like the off-topic examples more than like any topic (or is small talk). A message that
    # shares nothing with anything is not this: unknown words may still be a question, so it is only "not sure".
    off_topic: bool = False
    # A topic the message's words call for beside the answer (a call-centre job in Thailand: forced scamming),
    # offered first under it in place of the runner-up
    also: str | None = None

    @property
    def runner_up(self) -> str | None:
        """The topic ranked second, when the answer is confident and it ranks close behind: offered beside it."""
        if self.confident and self.also is not None and self.also != self.topic:
            return self.also
        if not self.confident or len(self.closest) < 2:
            return None
        (_, best), (second, score) = self.closest[:2]
        return second if score > 0 and score >= RUNNER_UP_SHARE * best else None


class Scores(NamedTuple):
    cosine: list[float]  # per class, TF-IDF cosine
    ranking: list[float]  # per class, cosine plus the two naive Bayes terms
    known: int  # the message's terms the knowledge base knows…
    terms: int  # …of all its terms
    language: str


@dataclass(frozen=True)
class Evidence:
    """What the scores say about one message, for the confidence: the best topic, and how it stands out."""

    best: int  # index of the best-ranked real topic
    best_cosine: float
    second_cosine: float  # the highest cosine of any other real topic
    lead: float  # ranking score of the best topic minus the runner-up's
    lead_over_off_topic: float  # ranking score of the best topic minus the off-topic messages'
    off_topic_cosine: float  # how much the message looks like the off-topic examples
    known_terms: int  # the message's terms the knowledge base knows
    terms: int  # all its terms
    language: str  # the language it was read in (the first, when it could be read two ways)

    def signals(self) -> tuple[float, ...]:
        # The last two let the same evidence mean more or less in Turkmen and English than in Russian: the
        # languages' examples, stems and off-topic lines differ, and so does what a given lead is worth.
        return (
            1.0,
            self.best_cosine,
            self.best_cosine - self.second_cosine,
            self.lead,
            self.lead_over_off_topic,
            self.off_topic_cosine,
            min(self.known_terms, KNOWN_TERMS_ENOUGH) / KNOWN_TERMS_ENOUGH,
            self.known_terms / max(self.terms, 1),
            self.lead * self.best_cosine,  # a lead backed by little overlap is worth less
            float(self.language == "tk"),
            float(self.language == "en"),
        )


def unfitted() -> Calibration:
    """Weights of zero (every confidence 0.5), for a matcher built to have its confidence fitted."""
    probe = Evidence(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, "en")
    return Calibration((0.0,) * len(probe.signals()), "")


def confidence(evidence: Evidence, weights: tuple[float, ...]) -> float:
    """The probability, 0–1, that the best topic is the one the person asks about: a logistic function of the
    evidence, with the weights fitted on the development set (locales/matcher.toml, bot.nlp.calibration), where an
    off-topic message counts as wrong."""
    z = sum(w * x for w, x in zip(weights, evidence.signals(), strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


class Concepts:
    """Words and phrases per language → a concept name, matched on stems so word forms do not matter."""

    def __init__(self, analyzer: Analyzer, raw: dict[str, dict[str, list[str]]]) -> None:
        self._by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for concept, terms in raw.items():
            for language, phrases in terms.items():
                for phrase in phrases:
                    stems = analyzer.read(phrase, language).stems
                    # A phrase that loses words to the stop list ("keep me" → "keep") would fire on the wrong ones.
                    if (
                        stems
                        and (len(stems) > 1 or len(phrase.split()) == 1)
                        and _specific(phrase, stems, language)
                    ):
                        entries = self._by_first[(language, stems[0])]
                        if (stems, concept) not in entries:
                            entries.append((stems, concept))
        # The longest phrase is tried first: "zähmet haky" before "hak".
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def found(self, reading: Reading) -> list[str]:
        """The concepts the reading mentions; where phrases overlap, the longest ones found at a word count, and
        no phrase starts inside one already found: "nika hasaba almak" (register a marriage) is not also "hasaba
        almak" (register one's address)."""
        concepts: list[str] = []
        stems = reading.stems
        covered = 0  # the first word after the phrases found so far
        for i, first in enumerate(stems):
            if i < covered:
                continue
            longest = 0
            for phrase, concept in self._by_first.get((reading.language, first), ()):
                if len(phrase) < longest:
                    break
                if stems[i : i + len(phrase)] == phrase:
                    longest = len(phrase)
                    concepts.append(concept)
            if longest > 1:
                covered = i + longest
        return concepts


def _own_texts(topic: Topic) -> Iterator[tuple[str, TopicText]]:
    """Each language's texts of the topic, with "" for the English shown where a language has no translation yet:
    it is not that language's, and learnt as it would make English read as that language."""
    english = topic.texts[DEFAULT_LANGUAGE]
    for language, text in topic.texts.items():
        if language != DEFAULT_LANGUAGE:
            title = "" if text.title == english.title else text.title
            text = TopicText(title, "" if text.answer == english.answer else text.answer, text.questions)
        yield language, text


def _examples(knowledge: KnowledgeBase, examples: Examples, off_topic: int) -> Iterator[tuple[int, str, str]]:
    """(class index, language, text) of every example the matcher learns from, class by class."""
    for index, topic in enumerate(knowledge.topics.values()):
        for language, text in _own_texts(topic):
            for example in (text.title, *text.questions, *examples.for_topic(language, topic.id)):
                if example:
                    yield index, language, example
    for language, lines in examples.off_topic.items():
        for line in lines:
            yield off_topic, language, line


def _specific(phrase: str, stems: tuple[str, ...], language: str) -> bool:
    """False for a one-word Turkmen phrase whose stem is a short, common root once its endings are gone:
    "gitmäge" (to go) is "git", as in every "go", and must not say "confined"."""
    if language != "tk" or len(stems) > 1:
        return True
    return len(stems[0]) >= TK_SPECIFIC_STEM or stems[0] == fold(phrase.lower())


class Matcher:
    def __init__(
        self,
        knowledge: KnowledgeBase,
        threshold: float,
        examples: Examples | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.threshold = threshold
        self.weights = (calibration or load_calibration()).weights
        if examples is None:
            examples = Examples.load(set(knowledge.topics))
        texts: dict[str, list[str]] = {language: [] for language in LANGUAGES}
        for topic in knowledge.topics.values():
            for language, text in _own_texts(topic):
                texts[language].extend(filter(None, (text.title, text.answer, *text.questions)))
                texts[language].extend(examples.for_topic(language, topic.id))
        concepts = tomllib.loads(CONCEPTS_FILE.read_text(encoding="utf-8"))
        for terms in concepts.values():
            for language, phrases in terms.items():
                texts[language].extend(phrases)  # the words people use are known words: no "cops" → "copy"
        self._analyzer = Analyzer(texts)
        self._concepts = Concepts(self._analyzer, concepts)
        # Off-topic messages are one more "topic" that is never answered: a question closer to them than to any
        # topic is not about safe migration, and one nearly as close to them as to its best topic is a close call.
        self._topics = [*knowledge.topics, OFF_TOPIC]
        self._off_topic = len(self._topics) - 1
        documents = [
            (index, self._terms(self._analyzer.read(text, language)))
            for index, language, text in _examples(knowledge, examples, self._off_topic)
        ]
        # A second pass, example by example, so the letter sequences of all examples are never held at once.
        self._letters = NaiveBayes(
            (
                (index, letter_grams(text))
                for index, _, text in _examples(knowledge, examples, self._off_topic)
            ),
            len(self._topics),
            BAYES_SMOOTHING,
        )
        self._build_index(documents)

    def _terms(self, reading: Reading) -> Counter[str]:
        counts: Counter[str] = Counter(f"{reading.language}:{s}" for s in reading.stems)
        counts.update("c:" + concept for concept in self._concepts.found(reading))
        return counts

    def _build_index(self, documents: list[tuple[int, Counter[str]]]) -> None:
        count = len(documents)
        document_frequency: Counter[str] = Counter()
        for _, counts in documents:
            document_frequency.update(counts.keys())
        self._idf = {f: math.log((count + 1) / (df + 1)) + 1.0 for f, df in document_frequency.items()}
        self._unknown_idf = UNKNOWN_IDF_SHARE * (math.log(count + 1) + 1.0)
        self._doc_topic: list[int] = []
        self._doc_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._example_share = [BEST_EXAMPLE_SHARE] * len(self._topics)
        self._example_share[self._off_topic] = OFF_TOPIC_BEST_EXAMPLE_SHARE
        centroids: list[Counter[str]] = [Counter() for _ in self._topics]
        for topic, counts in documents:
            vector = self._vector(counts)
            if self._example_share[topic] > 0:  # only then is the closest single example looked for
                doc_id = len(self._doc_topic)
                self._doc_topic.append(topic)
                for feature, value in vector.items():
                    self._doc_postings[feature].append((doc_id, value))
            for feature, value in vector.items():
                centroids[topic][feature] += value  # type: ignore[assignment]
        self._centroid_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, centroid in enumerate(centroids):
            norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
            for feature, value in centroid.items():
                self._centroid_postings[feature].append((index, value / norm))
        self._words = NaiveBayes(
            ((topic, counts.keys()) for topic, counts in documents), len(self._topics), BAYES_SMOOTHING
        )

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        """Weighted, unit-length. Words the knowledge base never uses count in the length as if rare: a question
        mostly about something else ("the weather in Ashgabat tomorrow") must not look like its one known word."""
        vector = {
            f: (1.0 + math.log(n))
            * self._idf.get(f, self._unknown_idf)
            * (CONCEPT_WEIGHT if f.startswith("c:") else STEM_WEIGHT)
            for f, n in counts.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {f: v / norm for f, v in vector.items() if f in self._idf}

    def scores(self, text: str) -> Scores:
        """Every class's cosine similarity to the text and ranking score (cosine plus naive Bayes), how many of the
        text's terms the knowledge base knows, of how many, and the language it was read in."""
        terms: Counter[str] = Counter()
        readings = self._analyzer.readings(text)
        for reading in readings:
            terms.update(self._terms(reading))
        query = self._vector(terms)
        known = len(query)
        if len(query) > MAX_QUERY_TERMS:  # a long message: its heaviest terms say what it is about, and fast
            query = dict(sorted(query.items(), key=lambda item: -item[1])[:MAX_QUERY_TERMS])
        cosine = self._cosine(query)
        words = self._words.scores(query)
        letters = self._letters.scores(letter_grams(text), limit=MAX_QUERY_GRAMS)
        ranking = [
            c + BAYES_WEIGHT * w + LETTER_WEIGHT * g for c, w, g in zip(cosine, words, letters, strict=True)
        ]
        return Scores(cosine, ranking, known, len(terms), readings[0].language)

    def evidence(self, text: str) -> Evidence | None:
        """None when the text shares nothing with any topic."""
        scores = self.scores(text)
        return self._evidence(scores, self._ranked(scores))

    def _ranked(self, scores: Scores, text: str | None = None) -> list[int]:
        """The real topics, best-ranked first; the children's topic not among them for a `text` that speaks of no
        child ("дочь хочет поехать няней": a family word alone does not make one, bot.nlp.minors), and first for
        one that says someone is under 18, when it is among the closest CHILD_REACH."""
        ranking, off = scores.ranking, self._off_topic
        order = sorted((i for i in range(len(ranking)) if i != off), key=lambda i: -ranking[i])
        if text is None or not speaks_of_a_minor(text):
            return order if text is None else [i for i in order if self._topics[i] != CHILDREN_TOPIC]
        # "my daughter is 15 and someone offers her modelling": an offer to someone under 18 is a child's case
        # first, whatever the job; the children's topic leads when it is among the closest few
        near = [i for i in order[:CHILD_REACH] if self._topics[i] == CHILDREN_TOPIC and scores.cosine[i] > 0]
        if near and names_someone_under_18(text):
            return [*near, *(i for i in order if i not in near)]
        return order

    def _evidence(self, scores: Scores, order: list[int]) -> Evidence | None:
        cosine, ranking, off = scores.cosine, scores.ranking, self._off_topic
        best, second = order[0], order[1]
        if cosine[best] <= 0:
            return None
        return Evidence(
            best=best,
            best_cosine=cosine[best],
            second_cosine=max(cosine[i] for i in order[1:]),
            lead=ranking[best] - ranking[second],
            lead_over_off_topic=ranking[best] - ranking[off],
            off_topic_cosine=cosine[off],
            known_terms=scores.known,
            terms=scores.terms,
            language=scores.language,
        )

    def _cosine(self, query: dict[str, float]) -> list[float]:
        doc_scores: dict[int, float] = {}
        centroid_scores = [0.0] * len(self._topics)
        doc_postings, centroid_postings = self._doc_postings, self._centroid_postings
        for feature, value in query.items():
            for doc_id, weight in doc_postings.get(feature, ()):
                doc_scores[doc_id] = doc_scores.get(doc_id, 0.0) + value * weight
            for topic, weight in centroid_postings.get(feature, ()):
                centroid_scores[topic] += value * weight
        best_example = [0.0] * len(self._topics)
        doc_topic = self._doc_topic
        for doc_id, score in doc_scores.items():
            topic = doc_topic[doc_id]
            if score > best_example[topic]:
                best_example[topic] = score
        return [
            share * best + (1 - share) * centroid
            for share, best, centroid in zip(self._example_share, best_example, centroid_scores, strict=True)
        ]

    def topic_id(self, evidence: Evidence) -> str:
        return self._topics[evidence.best]

    def written_language(self, text: str) -> str | None:
        """The bot's language a text is clearly written in, or None when it cannot tell."""
        return self._analyzer.clear_language(text)

    def likely_language(self, text: str) -> str | None:
        """For a Cyrillic text too short to be clear, the language it most likely is (Russian, unless Turkmen knows
        more of its words or it has letters only Turkmen uses); None for Latin, whose short words ("SOS", "help",
        "pasport") Turkmen and English share."""
        if not has_cyrillic(text):
            return None
        guesses = self._analyzer.guess_languages(text)
        return guesses[0] if len(guesses) == 1 else None

    def match(self, text: str) -> Match:
        match = self._match(text)
        if match.off_topic or not scam_job_in_southeast_asia(text) or match.topic == SCAM_TOPIC:
            return match
        # "call center job in thailand, free flight, tourist visa": whatever the answer, forced scamming is one tap
        # away, first under the answer, or first of the closest topics when unsure
        if match.confident:
            return replace(match, also=SCAM_TOPIC)
        scores = dict(match.closest)
        return replace(match, closest=_first(match.closest, SCAM_TOPIC, scores.get(SCAM_TOPIC, match.score)))

    def _named(self, topic: str, ranking: list[float], closest: tuple[tuple[str, float], ...]) -> Match:
        """A confident answer with the topic the message's words name, whatever the scores rank first."""
        score = _unit(ranking[self._topics.index(topic)])
        return Match(topic, score, True, _first(closest, topic, score))

    def _match(self, text: str) -> Match:
        if is_small_talk(text):  # "hi", "thanks", emoji: the bot answers these with a pointer, never a topic
            return Match(None, 0.0, False, (), off_topic=True)
        scores = self.scores(text)
        cosine, ranking, off = scores.cosine, scores.ranking, self._off_topic
        order = self._ranked(scores, text)
        closest = tuple((self._topics[i], round(_unit(ranking[i]), 4)) for i in order[:3] if cosine[i] > 0)
        # Forged papers, tourist plans: never a topic. A recruiter's ad and the way across a border stay "not sure",
        # so that a person who forwarded the ad, or who would cross, still gets the closest topics one tap away.
        kind = request_kind(text)
        if kind is not None:
            return Match(
                None, 0.0, False, closest, off_topic=kind not in (Request.RECRUITER, Request.CROSSING)
            )
        if minor_going_abroad(text):
            # "men 17 ýaşymda türkiýä işe gidip bilýänmi", "im 17 can i go work in turkey": under 18 is the strongest
            # risk sign the bot knows, so the children's answer comes first, whatever the job or the country
            return self._named(CHILDREN_TOPIC, ranking, closest)
        # how sure the reading is, from the topics as ranked (the children's topic moved first is as sure)
        evidence = self._evidence(scores, sorted(order, key=lambda i: -ranking[i]))
        nearer_off_topic = evidence is not None and ranking[off] > ranking[evidence.best]
        sureness = confidence(evidence, self.weights) if evidence is not None else 0.0
        # Words that say what a short message is about where its stems cannot: someone holds the writer's passport
        # or papers, or their freedom against a debt, or the writer asks what to do for a relative or friend; unless
        # the matcher is sure of a topic about trouble abroad ("smugglers took my passport": smuggling). Papers
        # someone holds name the topic only where the scores are sure of none: overriding a sure answer ("dokumenty u
        # nee": copies of documents) lost lines of the blind sets (2026-12-07), so those stay misses for now.
        told = told_topic(text) if len(text.split()) <= TOLD_MAX_WORDS else None
        # "my employer took my phone": cut off, not a passport question, though the stems are the passport examples'
        phone = told is None and len(text.split()) <= PHONE_MAX_WORDS and phone_taken_by_someone(text)
        if phone:  # nor the passport topics one tap away
            told, closest = phone_topic(text), tuple(c for c in closest if c[0] not in PASSPORT_TOPICS)
        if told is not None:
            sure = evidence is not None and not nearer_off_topic and sureness >= self.threshold
            own = self._topics[evidence.best] if evidence is not None and sure else None
            trouble = own in TROUBLE_ITSELF and not (phone and own in PASSPORT_TOPICS)
            if named_over(told, own, text, trouble=trouble):
                return self._named(told, ranking, closest)
        if evidence is None:
            return Match(None, 0.0, False, closest)
        # Closer to the off-topic examples than to any topic: not about safe migration, whatever the numbers say;
        # unless the person tells of being stranded ("stuck", "no money", "3000 rubles left") or names the airport,
        # a border, a visa ("how much money can I take at the airport", bot.nlp.travel_words): then not sure, so
        # that the closest topics and a person are offered rather than a pointer to what the bot is for.
        if nearer_off_topic:
            about_travel = tells_of_trouble(text) or speaks_of_travel(text) or tells_of_own_case(text)
            return Match(None, 0.0, False, closest, off_topic=not about_travel)
        score = round(sureness, 4)
        confident = score >= self.threshold
        closest = _taken_first(closest, text)
        # "паспорт aldylar, что делать": words in two scripts weaken the reading, but who took it is plain
        confident = confident or closest[0][0] == TAKEN_TOPIC and taken_in_two_scripts(text)
        return Match(closest[0][0] if confident else None, score, confident, closest)


def _first(closest: tuple[tuple[str, float], ...], topic: str, score: float) -> tuple[tuple[str, float], ...]:
    return ((topic, round(score, 4)), *(entry for entry in closest if entry[0] != topic))[:3]


def _taken_first(closest: tuple[tuple[str, float], ...], text: str) -> tuple[tuple[str, float], ...]:
    """The closest topics, with "employer took my passport" before "lost or stolen" when a person took it
    ("пасспортымы алдылар"): the words say who did it, which the stems lose (bot/nlp/passport_taken.py)."""
    ids = [topic for topic, _ in closest]
    if not ids or ids[0] != LOST_TOPIC or TAKEN_TOPIC not in ids or not passport_taken_by_someone(text):
        return closest
    taken = closest[ids.index(TAKEN_TOPIC)]
    return (taken, *(entry for entry in closest if entry is not taken))


def _unit(value: float) -> float:
    """0…∞ → 0…1, keeping the order: the threshold lives in 0…1."""
    return max(value, 0.0) / (1.0 + max(value, 0.0))
