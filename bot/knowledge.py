"""The knowledge base: one TOML file per topic under locales/kb/, all three languages in each, validated at start.

Any problem is a KnowledgeError naming the file and the topic, so a content editor knows what to fix."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from bot.config import LOCALES_DIR
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)
KB_DIR = LOCALES_DIR / "kb"
CATEGORIES = ("before-you-go", "documents", "at-work-abroad", "trouble-abroad", "getting-help")
MAX_ANSWER = 900
MAX_TITLE = 40
MIN_QUESTIONS = 6
HOTLINE_PLACEHOLDER = "{hotline}"
# The placeholder stands for the configured numbers; budget for them so the shown answer stays within MAX_ANSWER.
HOTLINE_ALLOWANCE = 60
_TOPIC_KEYS = {"id", "category", "related", "sos", *LANGUAGES}
_TEXT_KEYS = {"title", "answer", "questions"}
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

    def text(self, language: str) -> TopicText:
        return self.texts.get(language) or self.texts[DEFAULT_LANGUAGE]


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

    def in_category(self, category: str) -> list[Topic]:
        return [t for t in self.topics.values() if t.category == category]

    @classmethod
    def load(cls, folder: Path = KB_DIR) -> KnowledgeBase:
        topics: dict[str, Topic] = {}
        files: dict[str, Path] = {}
        paths = sorted(folder.glob("*.toml"))
        if not paths:
            raise KnowledgeError(f"{folder}: no topic files (*.toml) found")
        for path in paths:
            topic = _load_topic(path)
            if topic.id in topics:
                raise KnowledgeError(f"{path}: topic {topic.id!r}: duplicate id, also in {files[topic.id]}")
            topics[topic.id] = topic
            files[topic.id] = path
        for topic in topics.values():
            for related in topic.related:
                if related not in topics:
                    raise KnowledgeError(
                        f"{files[topic.id]}: topic {topic.id!r}: related topic {related!r} does not exist"
                    )
        return cls(topics.values())


def _load_topic(path: Path) -> Topic:
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
    sos = raw.get("sos", False)
    if not isinstance(sos, bool):
        raise fail("'sos' must be true or false", topic_id)
    texts = {}
    for language in LANGUAGES:
        if language not in raw:
            if language == DEFAULT_LANGUAGE:
                raise fail(
                    f"language [{language}] is missing (it is what other languages fall back to)", topic_id
                )
            log.warning(
                "%s: topic %r has no [%s] text yet: the English one is shown", path, topic_id, language
            )
            continue
        texts[language] = _load_text(
            raw[language], lambda problem, lang=language: fail(f"[{lang}] {problem}", topic_id)
        )
    return Topic(topic_id, raw["category"], tuple(related), MappingProxyType(texts), sos)


def _load_text(raw: object, fail: object) -> TopicText:
    assert callable(fail)
    if not isinstance(raw, dict):
        raise fail("must be a table with title, answer and questions")
    unknown = set(raw) - _TEXT_KEYS
    if unknown:
        raise fail(f"unknown field(s): {', '.join(sorted(unknown))}")
    missing = _TEXT_KEYS - set(raw)
    if missing:
        raise fail(f"missing field(s): {', '.join(sorted(missing))}")
    title, answer, questions = raw["title"], raw["answer"], raw["questions"]
    if not isinstance(title, str) or not 0 < len(title) <= MAX_TITLE:
        raise fail(f"'title' must be text of 1–{MAX_TITLE} characters")
    if not isinstance(answer, str) or not answer.strip():
        raise fail("'answer' must be non-empty text")
    shown = len(answer.replace(HOTLINE_PLACEHOLDER, "")) + HOTLINE_ALLOWANCE * answer.count(
        HOTLINE_PLACEHOLDER
    )
    if shown > MAX_ANSWER:
        raise fail(f"'answer' is too long: {shown} characters with the hotline numbers, at most {MAX_ANSWER}")
    if re.sub(re.escape(HOTLINE_PLACEHOLDER), "", answer).count("{") or "}" in answer.replace(
        HOTLINE_PLACEHOLDER, ""
    ):
        raise fail("'answer' may contain no braces other than the {hotline} placeholder")
    if (
        not isinstance(questions, list)
        or len(questions) < MIN_QUESTIONS
        or not all(isinstance(q, str) and q.strip() for q in questions)
    ):
        raise fail(f"'questions' must list at least {MIN_QUESTIONS} example questions")
    return TopicText(title.strip(), answer.strip(), tuple(q.strip() for q in questions))
