"""The languages the bot speaks: one registry entry each. Adding a language is an entry here plus its data (a
catalog started with `python -m bot catalogs --init CODE`, the knowledge base's texts, the matcher's examples and
language profile); content not yet written in a new language falls back to English, with a warning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1: the catalog's folder, the key of texts in the data files, Telegram's language_code
    name: str  # in the language itself, as a person looks for their own
    plural_forms: int  # how many plural forms its catalog has (checked by the catalog tests)


REGISTRY: tuple[Language, ...] = (
    Language("ru", "Русский", 3),
    Language("tk", "Türkmençe", 2),
    Language("en", "English", 2),
)
LANGUAGES: tuple[str, ...] = tuple(language.code for language in REGISTRY)
LANGUAGE_NAMES: dict[str, str] = {language.code: language.name for language in REGISTRY}
# The language of the source strings, and what a text missing in another language falls back to.
DEFAULT_LANGUAGE = "en"


def language_of(code: str | None) -> Language | None:
    """The registered language of a code such as Telegram's "ru-RU", or None."""
    base = (code or "").split("-")[0].lower()
    return next((language for language in REGISTRY if language.code == base), None)
