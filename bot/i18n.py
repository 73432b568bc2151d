"""Interface languages: gettext catalogs compiled from the `.po` files at start, so the bot never serves a stale
catalog (there are no `.mo` files to forget to rebuild)."""

from __future__ import annotations

import gettext
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.catalog_check import check_catalog
from bot.config import LOCALES_DIR, PROJECT_ROOT
from bot.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, language_of

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_NAMES", "Catalogs", "Translator", "answer_language"]
log = logging.getLogger(__name__)
DOMAIN = "messages"
KB_DOMAIN = "kb"  # the knowledge base's titles and answers (bot.knowledge)


def N_(message: str) -> str:
    """Marks a message for extraction where it is defined; it is translated where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """N_ for a message translated with a context (pgettext) where it is shown."""
    return message


# Besides gettext's own functions, the markers above (for pybabel extract's -k).
EXTRACT_KEYWORDS = ("N_", "NP_:1c,2")
# Each message names the files that use it (not the line, so editing code does not churn every catalog), and carries
# the `# TRANSLATORS:` comment written above it in the code: where it appears and its limit.
EXTRACT_OPTIONS = ("--add-location=file", "--add-comments=TRANSLATORS:", "--strip-comment-tags")


def language_from_telegram(language_code: str | None) -> str:
    """Telegram's `language_code` is only a first guess: a language the bot speaks, else English."""
    language = language_of(language_code)
    return language.code if language else DEFAULT_LANGUAGE


def speaks_a_bot_language(language_code: str | None) -> bool:
    """Whether Telegram's language is one the bot speaks (when it is not, the person is asked to choose)."""
    return language_of(language_code) is not None


# Languages people type in Cyrillic: Russian, and Turkmen, which many still type in its former alphabet.
TYPED_IN_CYRILLIC = frozenset({"ru", "tk"})


def answer_language(current: str, written: str | None, likely: str | None, *, danger: bool) -> str:
    """The one rule for the language a person is written to in, after they wrote a message: the language it is
    clearly written in (`written`, as the matcher tells it), else `current` (theirs: the last one they wrote in,
    chose or, at first, their phone's). The answer becomes theirs for everything that follows (the buttons under it,
    the request they make from it, their case), so no screen mixes two languages.

    A short message is rarely clear. `likely`, the language a short Cyrillic text points to (Russian, unless
    Turkmen knows more of its words), is enough when it tells of danger (its reply must be read: "помогите" on a
    Turkmen phone), or when `current` is never typed in Cyrillic (English). A short Latin text stays in `current`:
    Turkmen and English share its words ("SOS", "help", "pasport")."""
    if written is not None:
        return written
    if likely is not None and (danger or current not in TYPED_IN_CYRILLIC):
        return likely
    return current


@dataclass(frozen=True)
class Translator:
    """The gettext functions for one language."""

    language: str
    translations: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)


class Catalogs:
    """All interface languages, loaded once at start."""

    def __init__(self, translators: dict[str, Translator], problems: list[str] | None = None) -> None:
        self._translators = translators
        # The translations left out because the bot could not show them (bot.catalog_check), one line each.
        self.problems = problems or []

    @classmethod
    def load(cls, folder: Path | None = None, *, quiet: bool = False) -> Catalogs:
        """Every language's catalog, each translation checked against its English first: one that may not be shown
        is left out, with a WARNING (unless `quiet`: check-config prints them itself), and the English is shown."""
        translators = {}
        problems: list[str] = []
        for language in LANGUAGES:
            po_path = (folder or LOCALES_DIR) / language / "LC_MESSAGES" / f"{DOMAIN}.po"
            if not po_path.exists():
                log.warning("no catalog %s: the %s interface is shown in English", po_path, language)
                translators[language] = Translator(language, gettext.NullTranslations())
                continue
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file, locale=language)
            problems += check_catalog(catalog, po_path)
            buffer = io.BytesIO()
            # Fuzzy entries are guesses by msgmerge, not translations: leave them out, as msgfmt does.
            write_mo(buffer, catalog, use_fuzzy=False)
            buffer.seek(0)
            translators[language] = Translator(language, gettext.GNUTranslations(buffer))
        if not quiet:
            for problem in problems:
                log.warning("%s", problem)
        return cls(translators, problems)

    def __call__(self, language: str) -> Translator:
        return self._translators.get(language, self._translators[DEFAULT_LANGUAGE])


def init_catalog(code: str) -> str:
    """Start a new language's catalog from the template; returns what to do next."""
    from babel.messages.frontend import CommandLineInterface

    path = LOCALES_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        return f"{path} exists already: run `python -m bot catalogs` to bring it up to date."
    for domain in (DOMAIN, KB_DOMAIN):  # the interface, and the knowledge base's titles and answers
        template = str(LOCALES_DIR / f"{domain}.pot")
        CommandLineInterface().run(
            ["pybabel", "-q", "init", "-i", template, "-d", str(LOCALES_DIR), "-l", code, "-D", domain]
        )
    return (
        f'Started {path} and its {KB_DOMAIN}.po beside it. Next, step by step in docs/translating.md, "Adding a '
        f'language": add Language({code!r}, <its name in itself>, <plural forms>) to REGISTRY in bot/languages.py; '
        f"run python -m bot check-config; translate {DOMAIN}.po first (the buttons and replies), then {KB_DOMAIN}.po "
        "(the answers). Until they are translated, the interface, the answers, the destination packs and the NGO "
        "directory are shown in English, and check-config says how much is left."
    )


def extract_template(out: Path) -> None:
    """Extract the interface strings from today's code into the template `out` (what `catalogs` commits, and what
    the tests compare the committed template with)."""
    from babel.messages.frontend import CommandLineInterface

    # The patterns in babel.cfg are relative to the project root, so extraction runs from there.
    previous = os.getcwd()
    os.chdir(PROJECT_ROOT)
    try:
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                "extract",
                "-F",
                "babel.cfg",
                *(arg for keyword in EXTRACT_KEYWORDS for arg in ("-k", keyword)),
                *EXTRACT_OPTIONS,
                "--sort-output",
                "--project",
                "safe-migration-bot",
                "-o",
                str(out),
                ".",
            ]
        )
    finally:
        os.chdir(previous)


def refresh_catalogs() -> None:
    """Extract the interface strings into the template and merge it into each catalog (pybabel, one command)."""
    from babel.messages.frontend import CommandLineInterface

    template = str(LOCALES_DIR / f"{DOMAIN}.pot")
    extract_template(Path(template))
    cli = CommandLineInterface()
    for language in LANGUAGES:
        cli.run(
            [
                "pybabel",
                "-q",
                "update",
                "-i",
                template,
                "-d",
                str(LOCALES_DIR),
                "-l",
                language,
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            ]
        )
    # The knowledge base's template is written by hand (its English is the source): merge it into each catalog,
    # keeping the earlier English of a changed text so the translator sees what changed (the entry is fuzzy, and
    # shown in English, until they confirm it).
    for language in LANGUAGES:
        if (LOCALES_DIR / language / "LC_MESSAGES" / f"{KB_DOMAIN}.po").exists():
            cli.run(
                ["pybabel", "-q", "update", "-D", KB_DOMAIN, "-i", str(LOCALES_DIR / f"{KB_DOMAIN}.pot")]
                + ["-d", str(LOCALES_DIR), "-l", language, "--previous"]
            )
