"""The knowledge base: one TOML file per topic under locales/kb/ for its structure (id, category, related topics, the
🆘 flag, the matcher's example questions per language), and its words in the gettext domain `kb`: the English title
and answer are the msgids of locales/kb.pot, each language's are the msgstrs of locales/<lang>/LC_MESSAGES/kb.po,
with msgctxt "<topic id>|title" or "<topic id>|answer". Translators edit the .po files with Poedit or Weblate
(docs/translating.md); a text not translated yet is shown in English, with a warning at start.

Any problem is a KnowledgeError naming the file and the topic, so a content editor knows what to fix."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po

from bot.config import LOCALES_DIR
from bot.i18n import KB_DOMAIN
from bot.languages import COMPLETE_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGES
from bot.nlp.analysis import raw_words, stem
from bot.nlp.textnorm import fold

log = logging.getLogger(__name__)
KB_DIR = LOCALES_DIR / "kb"
CATEGORIES = ("before-you-go", "documents", "at-work-abroad", "trouble-abroad", "getting-help")
FIELDS = ("title", "answer")  # the fields that live in the catalogs, as the second half of each msgctxt
MAX_ANSWER = 900
MAX_TITLE = 40  # a title is a button label in the lists of topics
MIN_QUESTIONS = 6
HOTLINE_PLACEHOLDER = "{hotline}"
# The placeholder stands for the configured numbers; budget for them so the shown answer stays within MAX_ANSWER.
HOTLINE_ALLOWANCE = 60
_TOPIC_KEYS = {
    "id",
    "category",
    "related",
    "sos",
    "checklist",
    "by_country",
    "countries",
    "checked",
    "sources",
    *LANGUAGES,
}
_LANGUAGE_KEYS = {"questions"}
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class KnowledgeError(Exception):
    """Content that cannot be served, worded for the content editor."""


@dataclass(frozen=True)
class TopicText:
    title: str
    answer: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    related: tuple[str, ...]
    texts: Mapping[str, TopicText]
    sos: bool = False  # about trouble abroad: the answer carries the 🆘 button
    checklist: bool = False  # about judging a job offer: the answer carries the checklist's button
    # The answer depends on the country the person is in (rules, numbers): it offers the pack of the country the
    # person told the bot to remember (handlers/questions.py).
    by_country: bool = False
    # The destination packs (their codes) the answer is about, when it is about some countries only ("Visa and
    # work: Türkiye, Russia"): a question naming another country is not answered with it.
    countries: tuple[str, ...] = ()
    # An answer stating rules that change (a country's visa policy, who takes part in a programme): the day they were
    # last read at `sources`, shown under the answer as a destination pack shows its own.
    checked: date | None = None
    sources: tuple[str, ...] = ()

    def text(self, language: str) -> TopicText:
        return self.texts.get(language) or self.texts[DEFAULT_LANGUAGE]


def context(topic_id: str, field: str) -> str:
    """The msgctxt of one of a topic's texts in the kb catalogs."""
    return f"{topic_id}|{field}"


class KnowledgeBase:
    """All topics by id, in a stable order (category, then file name)."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        ordered = sorted(topics, key=lambda t: (CATEGORIES.index(t.category), t.id))
        self.topics: Mapping[str, Topic] = MappingProxyType({t.id: t for t in ordered})

    def __len__(self) -> int:
        return len(self.topics)

    def __getitem__(self, topic_id: str) -> Topic:
        return self.topics[topic_id]

    def get(self, topic_id: str) -> Topic | None:
        return self.topics.get(topic_id)

    def see_also(self, topic: Topic, runner_up: str | None = None) -> list[Topic]:
        """The topics offered under an answer, at most three: the matcher's close runner-up first (where the answer is
        wrong, the right topic most often ranked second), then the answer's own related topics."""
        ids = dict.fromkeys((runner_up, *topic.related))
        return [found for i in ids if i and i != topic.id and (found := self.get(i)) is not None][:3]

    def in_category(self, category: str) -> list[Topic]:
        return [t for t in self.topics.values() if t.category == category]

    def find(self, word: str) -> list[Topic]:
        """The topics whose id or title in any language contains `word` (case and special letters folded, so
        "pasport" finds "Pasportyňyzy"); a topic's exact id finds that topic alone. When no title has it, the
        topics whose answer in some language does ("dubai": the club offers of Cyprus and the Gulf)."""
        exact = self.get(word.strip().lower())
        if exact is not None:
            return [exact]
        wanted = fold(word.strip())
        if not wanted:
            return []
        found = [
            topic
            for topic in self.topics.values()
            if any(wanted in fold(text) for text in (topic.id, *(t.title for t in topic.texts.values())))
        ]
        return (
            found
            or [topic for topic in self.topics.values() if _a_title_has_the_word_of(topic, word)]
            or [
                topic
                for topic in self.topics.values()
                if any(wanted in fold(t.answer) for t in topic.texts.values())
            ]
        )

    @classmethod
    def load(cls, folder: Path | None = None, catalogs: Path | None = None) -> KnowledgeBase:
        """The topics of `folder` (locales/kb) with their texts from the kb catalogs under `catalogs` (locales)."""
        folder = folder or KB_DIR
        catalogs = catalogs or LOCALES_DIR
        structures: dict[str, dict[str, object]] = {}
        files: dict[str, Path] = {}
        paths = sorted(folder.glob("*.toml"))
        if not paths:
            raise KnowledgeError(f"{folder}: no topic files (*.toml) found")
        for path in paths:
            raw = _load_structure(path)
            topic_id = str(raw["id"])
            if topic_id in structures:
                raise KnowledgeError(f"{path}: topic {topic_id!r}: duplicate id, also in {files[topic_id]}")
            structures[topic_id] = raw
            files[topic_id] = path
        for topic_id, raw in structures.items():
            for related in raw.get("related", []):  # type: ignore[attr-defined]
                if related not in structures:
                    raise KnowledgeError(
                        f"{files[topic_id]}: topic {topic_id!r}: related topic {related!r} does not exist"
                    )
        words = _Words.load(catalogs, set(structures))
        untranslated: dict[tuple[str, str], list[str]] = {}
        knowledge = cls(_topic(files[i], raw, words, untranslated) for i, raw in structures.items())
        for line in _untranslated_warnings(untranslated, words, folder, len(structures)):
            log.warning("%s", line)
        return knowledge


def _load_structure(path: Path) -> dict[str, object]:
    def fail(problem: str, topic: str | None = None) -> KnowledgeError:
        return KnowledgeError(f"{path}: topic {topic or path.stem!r}: {problem}")

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise fail(f"not valid TOML: {error}") from None
    topic_id = raw.get("id")
    if not isinstance(topic_id, str) or not _ID.fullmatch(topic_id):
        raise fail("'id' must be a lower-case id like 'passport-safety'")
    if topic_id != path.stem:
        raise fail(f"the file must be named {topic_id}.toml", topic_id)
    unknown = set(raw) - _TOPIC_KEYS
    if unknown:
        raise fail(f"unknown field(s): {', '.join(sorted(unknown))}", topic_id)
    if raw.get("category") not in CATEGORIES:
        raise fail(f"'category' must be one of: {', '.join(CATEGORIES)}", topic_id)
    related = raw.get("related", [])
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related) or topic_id in related:
        raise fail("'related' must be a list of other topic ids", topic_id)
    for flag in ("sos", "checklist", "by_country"):
        if not isinstance(raw.get(flag, False), bool):
            raise fail(f"'{flag}' must be true or false", topic_id)
    countries = raw.get("countries", [])
    if not isinstance(countries, list) or not all(isinstance(c, str) for c in countries):
        raise fail('\'countries\' must be a list of destination pack codes, like ["tr", "ru"]', topic_id)
    checked, sources = raw.get("checked"), raw.get("sources", [])
    if checked is not None and (not isinstance(checked, date) or isinstance(checked, datetime)):
        raise fail(
            "'checked' must be the day the rules were last read, unquoted: checked = 2026-12-06", topic_id
        )
    if not isinstance(sources, list) or not all(isinstance(u, str) and u.startswith("http") for u in sources):
        raise fail("'sources' must be a list of the addresses the rules were read at", topic_id)
    if (checked is None) != (not sources):
        raise fail(
            "'checked' and 'sources' go together: the day, and where the rules were read that day", topic_id
        )
    for language in LANGUAGES:
        table = raw.get(language)
        if table is None:
            if language == DEFAULT_LANGUAGE:
                raise fail(
                    f"[{language}] questions are missing (other languages fall back to them)", topic_id
                )
            continue
        if not isinstance(table, dict):
            raise fail(f"[{language}] must be a table with the example questions", topic_id)
        unknown = set(table) - _LANGUAGE_KEYS
        if unknown:
            hint = " (titles and answers are in the kb catalogs)" if unknown & set(FIELDS) else ""
            raise fail(f"[{language}] unknown field(s): {', '.join(sorted(unknown))}{hint}", topic_id)
        questions = table.get("questions")
        if (
            not isinstance(questions, list)
            or len(questions) < MIN_QUESTIONS
            or not all(isinstance(q, str) and q.strip() for q in questions)
        ):
            raise fail(
                f"[{language}] 'questions' must list at least {MIN_QUESTIONS} example questions", topic_id
            )
    return raw


class _Words:
    """The kb catalogs: the English template and each language's translations, by (topic id, field)."""

    def __init__(self, english: dict[tuple[str, str], str], template: Path) -> None:
        self.english = english
        self.template = template
        self.translated: dict[str, dict[tuple[str, str], str]] = {}
        self.files: dict[str, Path] = {}

    @classmethod
    def load(cls, folder: Path, topic_ids: set[str]) -> _Words:
        template = folder / f"{KB_DOMAIN}.pot"
        if not template.exists():
            raise KnowledgeError(f"{template}: the knowledge base's English texts are missing")
        english = {}
        for key, message in _entries(_read(template, None), template).items():
            if key[0] not in topic_ids:
                raise KnowledgeError(
                    f"{template}: msgctxt {context(*key)!r}: no topic {key[0]!r} in locales/kb"
                )
            english[key] = str(message.id)
        words = cls(english, template)
        for language in LANGUAGES:
            path = folder / language / "LC_MESSAGES" / f"{KB_DOMAIN}.po"
            words.files[language] = path
            if not path.exists():
                if language != DEFAULT_LANGUAGE:
                    log.warning("no catalog %s: the knowledge base is shown in English in %s", path, language)
                continue
            words.translated[language] = {
                key: str(message.string)
                for key, message in _entries(_read(path, language), path).items()
                # A fuzzy entry is msgmerge's guess, and an entry for an English text that has changed since is
                # out of date: neither is a translation of what the English says now.
                if not message.fuzzy and message.string and english.get(key) == message.id
            }
        return words

    def text(self, topic_id: str, field: str, language: str) -> tuple[str, Path] | None:
        """The text and the file it came from, or None when the language has no translation of it yet."""
        if language == DEFAULT_LANGUAGE:
            english = self.english.get((topic_id, field))
            own = self.translated.get(language, {}).get((topic_id, field))  # an English catalog may reword it
            return (own, self.files[language]) if own else (english, self.template) if english else None
        found = self.translated.get(language, {}).get((topic_id, field))
        return (found, self.files[language]) if found else None


def _read(path: Path, language: str | None) -> Catalog:
    try:
        with path.open("rb") as file:
            return read_po(file, locale=language, abort_invalid=True)
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        raise KnowledgeError(f"{path}: not a valid gettext catalog: {error}") from None


def _entries(catalog: Catalog, path: Path) -> dict[tuple[str, str], Message]:
    entries: dict[tuple[str, str], Message] = {}
    for message in catalog:
        if not message.id:
            continue
        topic_id, _, field = (message.context or "").partition("|")
        if field not in FIELDS or not isinstance(message.id, str) or not isinstance(message.string, str):
            raise KnowledgeError(
                f"{path}: msgid {str(message.id)[:40]!r}: msgctxt must be '<topic id>|title' or '<topic id>|answer'"
            )
        entries[(topic_id, field)] = message
    return entries


def _topic(
    path: Path, raw: dict[str, object], words: _Words, untranslated: dict[tuple[str, str], list[str]]
) -> Topic:
    """The topic; a text missing in a language being added (not complete) is noted in `untranslated` by
    (language, "texts" or "questions"), for one warning per kind of file instead of one per topic."""
    topic_id = str(raw["id"])
    english = {}
    for field in FIELDS:
        text = words.text(topic_id, field, DEFAULT_LANGUAGE)
        if text is None:
            raise KnowledgeError(
                f"{words.template}: topic {topic_id!r}: no English {field} "
                f"(an entry with msgctxt {context(topic_id, field)!r})"
            )
        english[field] = text
    texts = {}
    for language in LANGUAGES:
        found: dict[str, str] = {}
        for field in FIELDS:
            text = words.text(topic_id, field, language)
            if text is None and language not in COMPLETE_LANGUAGES:
                if topic_id not in untranslated.setdefault((language, "texts"), []):
                    untranslated[(language, "texts")].append(topic_id)
                text = english[field]
            elif text is None:
                log.warning(
                    "%s: topic %r has no [%s] %s yet: the English one is shown",
                    words.files[language],
                    topic_id,
                    language,
                    field,
                )
                text = english[field]
            _check(field, text[0], english[field][0], f"{text[1]}: topic {topic_id!r}: [{language}]")
            found[field] = text[0].strip()
        table = raw.get(language)
        if not isinstance(table, dict):
            if language in COMPLETE_LANGUAGES:
                log.warning("%s: topic %r has no [%s] example questions yet", path, topic_id, language)
            else:
                untranslated.setdefault((language, "questions"), []).append(topic_id)
            table = {"questions": []}
        questions = tuple(q.strip() for q in table["questions"])
        texts[language] = TopicText(found["title"], found["answer"], questions)
    related = raw.get("related", [])
    assert isinstance(related, list)
    return Topic(
        topic_id,
        str(raw["category"]),
        tuple(related),
        MappingProxyType(texts),
        sos=raw.get("sos") is True,
        checklist=raw.get("checklist") is True,
        by_country=raw.get("by_country") is True,
        countries=tuple(raw.get("countries", [])),  # type: ignore[arg-type]
        checked=raw.get("checked"),  # type: ignore[arg-type]
        sources=tuple(raw.get("sources", [])),  # type: ignore[arg-type]
    )


def _untranslated_warnings(
    untranslated: dict[tuple[str, str], list[str]], words: _Words, folder: Path, topics: int
) -> list[str]:
    """One line per language being added and kind of file: its catalog's missing titles and answers, its missing
    example questions in the topic files."""
    lines = []
    for (language, kind), ids in untranslated.items():
        shown = ", ".join(ids[:3]) + (", …" if len(ids) > 3 else "")
        if kind == "texts":
            lines.append(
                f"{words.files[language]}: {len(ids)} of {topics} topics have no [{language}] title or answer yet "
                f"({shown}): the English ones are shown. Translate them in this file (docs/translating.md)."
            )
        else:
            lines.append(
                f"{folder}/*.toml: {len(ids)} of {topics} topics have no [{language}] example questions yet "
                f"({shown}): a question in {language} is matched by the words of the other languages until a "
                f"topic has a [{language}] table with at least {MIN_QUESTIONS} (docs/translating.md)."
            )
    return lines


def _check(field: str, text: str, english: str, where: str) -> None:
    """The checks of one text; `where` names its file, topic and language in the error."""

    def fail(problem: str) -> KnowledgeError:
        return KnowledgeError(f"{where} {problem}")

    if field == "title" and not 0 < len(text.strip()) <= MAX_TITLE:
        raise fail(f"the title must be text of 1–{MAX_TITLE} characters (it is a button label)")
    if field != "answer":
        return
    if not text.strip():
        raise fail("the answer must be non-empty text")
    shown = len(text.replace(HOTLINE_PLACEHOLDER, "")) + HOTLINE_ALLOWANCE * text.count(HOTLINE_PLACEHOLDER)
    if shown > MAX_ANSWER:
        raise fail(
            f"the answer is too long: {shown} characters with the hotline numbers, at most {MAX_ANSWER}"
        )
    bare = text.replace(HOTLINE_PLACEHOLDER, "")
    if "{" in bare or "}" in bare:
        raise fail("the answer may contain no braces other than the {hotline} placeholder")
    if text.count(HOTLINE_PLACEHOLDER) != english.count(HOTLINE_PLACEHOLDER):
        raise fail("the answer must keep {hotline} as often as the English one does: it becomes the numbers")


def _a_title_has_the_word_of(topic: Topic, word: str) -> bool:
    """Another form of a word of the topic's title in some language ("органы" finds "…почку или орган")."""
    typed = raw_words(word)
    if len(typed) != 1 or typed[0] != word.strip().lower():  # one plain word: "keep-passport" is no id's form
        return False
    return any(
        stem(typed[0], language) in {stem(each, language) for each in raw_words(text.title)}
        for language, text in topic.texts.items()
    )
