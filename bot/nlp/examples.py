"""Extra example messages the matcher learns from: locales/examples/<language>/*.toml, validated at start.

The knowledge base keeps a topic's own example questions next to its answer; these files add many more, written the
way people really type (short keywords, long stories, slang, typos, Turkmen without its special letters), and a list
of off-topic messages the bot must not answer as if they were about safe migration. Each file maps a topic id (or
OFF_TOPIC) to a list of messages. Any problem is an ExamplesError naming the file and the key."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from bot.config import LOCALES_DIR
from bot.i18n import LANGUAGES

EXAMPLES_DIR = LOCALES_DIR / "examples"
OFF_TOPIC = "off-topic"
MAX_EXAMPLE = 600  # characters: an example is a message, not an article


class ExamplesError(Exception):
    """Example files that cannot be used, worded for the content editor."""


@dataclass(frozen=True)
class Examples:
    by_topic: Mapping[str, Mapping[str, tuple[str, ...]]]  # language → topic id → messages
    off_topic: Mapping[str, tuple[str, ...]]  # language → messages about something else

    def for_topic(self, language: str, topic_id: str) -> tuple[str, ...]:
        return self.by_topic.get(language, {}).get(topic_id, ())

    @classmethod
    def none(cls) -> Examples:
        return cls(MappingProxyType({}), MappingProxyType({}))

    @classmethod
    def load(cls, topic_ids: set[str], folder: Path = EXAMPLES_DIR) -> Examples:
        by_topic: dict[str, dict[str, list[str]]] = {}
        off_topic: dict[str, list[str]] = {}
        if folder.exists():
            unknown_folders = sorted(
                p.name for p in folder.iterdir() if p.is_dir() and p.name not in LANGUAGES
            )
            if unknown_folders:
                raise ExamplesError(
                    f"{folder}: unknown language folder(s) {', '.join(unknown_folders)}; "
                    f"use one of: {', '.join(LANGUAGES)}"
                )
        for language in LANGUAGES:
            topics: dict[str, list[str]] = defaultdict(list)
            for path in sorted((folder / language).glob("*.toml")):
                for key, messages in _load_file(path, topic_ids).items():
                    (off_topic.setdefault(language, []) if key == OFF_TOPIC else topics[key]).extend(messages)
            by_topic[language] = dict(topics)
        return cls(
            MappingProxyType(
                {lang: MappingProxyType({k: tuple(v) for k, v in t.items()}) for lang, t in by_topic.items()}
            ),
            MappingProxyType({lang: tuple(v) for lang, v in off_topic.items()}),
        )


def _load_file(path: Path, topic_ids: set[str]) -> dict[str, list[str]]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ExamplesError(f"{path}: not valid TOML: {error}") from None
    found: dict[str, list[str]] = {}
    for key, messages in raw.items():
        if key != OFF_TOPIC and key not in topic_ids:
            raise ExamplesError(
                f"{path}: {key!r} is not a topic id of locales/kb (or {OFF_TOPIC!r}); fix the spelling or remove it"
            )
        if not isinstance(messages, list) or not all(isinstance(m, str) and m.strip() for m in messages):
            raise ExamplesError(f"{path}: {key!r} must be a list of non-empty messages")
        too_long = next((m for m in messages if len(m) > MAX_EXAMPLE), None)
        if too_long is not None:
            raise ExamplesError(
                f"{path}: {key!r}: a message is longer than {MAX_EXAMPLE} characters: {too_long[:40]!r}…"
            )
        found[key] = [m.strip() for m in messages]
    return found
