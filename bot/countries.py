"""Destination packs: one TOML file per destination under locales/countries/, the numbers, contacts and rules a
person abroad needs, every fact with its source and the date it was last checked. Validated at start; a problem is
one CountryError naming the file, the key and the fix. Also the offline mapping of a location to a destination.

No Telegram here: the handlers in handlers/abroad.py show what this module decides."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

from bot.config import LOCALES_DIR
from bot.datafile import quoted_day, read_data_file
from bot.languages import COMPLETE_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGES
from bot.nlp.textnorm import fold, readings

COUNTRIES_DIR = LOCALES_DIR / "countries"
OTHER = "other"
# Shown as one message: the facts of one language must fit Telegram's 4096 with room for the heading and date.
MAX_PACK_TEXT = 3400
MAX_FACT_TEXT = 400
_PACK_KEYS = {"code", "needs_review", "emergency", "name", "name_in_sentence", "said_as", "fact"}
_FACT_KEYS = {"key", "kind", "number", "source", "checked", "note", *LANGUAGES}
KINDS = ("number", "contact", "rule", "trap", "police")
_CODE = re.compile(r"[a-z]{2}(-[a-z]+)?|other")
_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# A phone number or a short code: digits with the usual separators, an optional leading +, 3 to 15 digits.
_NUMBER = re.compile(r"\+?[0-9][0-9 ()-]*[0-9]|[0-9]{3,}")


class CountryError(Exception):
    """A destination pack that cannot be served, worded for the operator or content editor."""


_Fail = Callable[[str, str], CountryError]


@dataclass(frozen=True)
class Fact:
    key: str
    kind: str  # one of KINDS; "number" facts come first on the screen
    texts: Mapping[str, str]
    source: str
    checked: date
    number: str | None = None
    note: str = ""

    def text(self, language: str) -> str:
        return self.texts[language]


@dataclass(frozen=True)
class Country:
    code: str
    name: Mapping[str, str]
    facts: tuple[Fact, ...]
    emergency: str | None  # the number the crisis reply gives for "call the local emergency number"
    needs_review: bool
    path: Path
    said_as: re.Pattern[str] | None = None  # the ways a message names it (said_as_pattern)
    # The name inside a sentence where it differs from the title: "in the United Arab Emirates"
    name_in_sentence: Mapping[str, str] = field(default_factory=dict)
    # The languages being added (not complete) that some of its texts are missing in: shown in English.
    untranslated: frozenset[str] = frozenset()

    def title(self, language: str) -> str:
        """The name on its own: a heading, a button."""
        return self.name[language]

    def in_sentence(self, language: str) -> str:
        """The name as a sentence says it ("the emergency number in the United Arab Emirates")."""
        return self.name_in_sentence.get(language, self.name[language])

    def ambulance(self) -> str | None:
        """The number to call for an ambulance: its own fact's where the pack has one (998 in the Emirates, whose
        emergency number 999 is the police's), else the emergency number."""
        return next(
            (fact.number for fact in self.facts if fact.key == "ambulance" and fact.number), self.emergency
        )

    def ordered(self) -> tuple[Fact, ...]:
        """Numbers and contacts first, then rules, traps and what the police may mean, each in file order."""
        return tuple(sorted(self.facts, key=lambda fact: KINDS.index(fact.kind)))

    @property
    def oldest_check(self) -> date:
        return min(fact.checked for fact in self.facts)


@dataclass(frozen=True)
class StaleFact:
    country: Country
    fact: Fact
    months: int

    def warning(self) -> str:
        return (
            f"{shown(self.country.path)}: fact {self.fact.key!r} was last checked on {self.fact.checked.isoformat()} "
            f"({self.months} months ago). Re-check it at {self.fact.source} and update 'checked' "
            "(see docs/countries.md)."
        )


class Countries:
    """All destination packs by code, in a stable order (the shipped order of the buttons, "other" last)."""

    def __init__(self, countries: Iterable[Country]) -> None:
        ordered = sorted(
            countries, key=lambda c: (c.code == OTHER, ORDER.index(c.code) if c.code in ORDER else 99)
        )
        self.by_code: Mapping[str, Country] = MappingProxyType({c.code: c for c in ordered})

    def __len__(self) -> int:
        return len(self.by_code)

    def __iter__(self) -> Iterator[Country]:
        return iter(self.by_code.values())

    def get(self, code: str | None) -> Country | None:
        return self.by_code.get(code) if code else None

    def name(self, code: str | None, language: str) -> str | None:
        country = self.get(code)
        return country.title(language) if country is not None else None

    def named_in(self, text: str) -> Country | None:
        """The country a person's message names ("в Турции", "Türkiýede", "in Istanbul"), or None when it names
        none of the packs' countries, or more than one ("from Russia to Türkiye": which one is not clear)."""
        # Cyrillic is also read as Turkmen typed in it ("Түркиýеде", "Ыстанбулда").
        forms = [fold(reading) for reading in readings(text)]
        named = [
            c
            for c in self.by_code.values()
            if c.said_as is not None and any(c.said_as.search(form) for form in forms)
        ]
        return named[0] if len(named) == 1 else None

    @classmethod
    def load(cls, folder: Path = COUNTRIES_DIR, today: date | None = None) -> Countries:
        """Every pack in `folder`; a fact checked after `today` (the real one unless given) is refused."""
        files = sorted(folder.glob("*.toml"))
        if not files:
            raise CountryError(
                f"{folder}: no destination packs (*.toml). Restore locales/countries/ from git."
            )
        return cls(load_pack(path, today) for path in files)

    def stale(self, today: date, max_age_months: int) -> list[StaleFact]:
        """Every fact last checked more than `max_age_months` whole months before `today`."""
        found = []
        for country in self.by_code.values():
            for fact in country.facts:
                if fact.checked < add_months(today, -max_age_months):
                    found.append(StaleFact(country, fact, months_between(fact.checked, today)))
        return found

    def untranslated(self) -> list[str]:
        """One warning per language being added that some packs have no texts in yet (they are shown in English)."""
        lines = []
        for language in LANGUAGES:
            codes = [code for code, country in self.by_code.items() if language in country.untranslated]
            if codes:
                folder = shown(next(iter(self.by_code.values())).path.parent)
                lines.append(
                    f"{folder}: {len(codes)} of {len(self)} destination packs have texts without [{language}] yet "
                    f"({', '.join(codes)}): people reading in {language} see the English ones. Add {language} = "
                    '"..." beside each en = "..." (docs/translating.md).'
                )
        return lines

    def review_pending(self) -> list[str]:
        return [code for code, country in self.by_code.items() if country.needs_review]


# A person who says they are somewhere in Turkmenistan ("locked in a flat in Ashgabat, the flight to Dubai is
# tomorrow", "Marydaky öýde"): a destination named then is where they are being sent, and its emergency number is
# no use to them. Only the place in a form that says "in" counts: "I am from Mary, working in Istanbul" is abroad.
_HOME = "|".join(
    (
        "asgabat|ashgabat|ashkhabad|ashabad|mary|dasoguz|dashoguz|dashhowuz|turkmenabat|balkanabat|turkmenbas[iy]",
        "turkmenbashi|turkmenistan|lebap|ahal|a[wv]aza|tejen|bayramaly|bairamaly|serdar|abadan|anew|anau",
    )
)
_AT_HOME_LATIN = re.compile(
    rf"\b(in|at|near|around) ({_HOME})\b"  # English
    rf"|\b({_HOME})(da|de|ta|te)(ky|ki)?\b"  # Turkmen: "Aşgabatda", "Marydaky"
    r"|\bv (ashgabate|ashhabade|ashkhabade|mary|dashoguze|turkmenabate|turkmenistane)\b"  # Russian in Latin
)
_AT_HOME_CYRILLIC = re.compile(
    r"\b(в|во) (ашхабаде|ашгабате|ашгабаде|мары|дашогузе|дашховузе|туркменабаде|туркменабате|балканабаде"
    r"|балканабате|туркменбаши|туркменистане|лебапе|ахале|авазе|теджене|байрамали|сердаре|абадане|анау)\b"
)


def says_at_home(text: str) -> bool:
    """The message places the writer (or what it tells of) in Turkmenistan: no destination's number fits."""
    lower = text.lower()
    return bool(
        _AT_HOME_CYRILLIC.search(lower) or any(_AT_HOME_LATIN.search(fold(r)) for r in readings(text))
    )


# The order of the buttons: the destinations most people write from first.
ORDER = ("tr", "ru", "ae", "cy-north", "kz", "by", "pl", OTHER)


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    # The 31st of a shorter month becomes its last day; 28 is safe in every month.
    return date(year, month + 1, min(day.day, 28))


def shown(path: Path) -> str:
    """A pack's file as its editor finds it, with its folder: "locales/countries/tr.toml"."""
    root = LOCALES_DIR.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def plausible_number(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    return bool(_NUMBER.fullmatch(value)) and 3 <= digits <= 15


def said_as_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for the ways a country is named: each name is the beginning of a word, folded as a message is
    (bot.nlp.textnorm.fold), so "турци" finds "в Турцию" and "turkiy" finds "Türkiýede"; the words of a longer
    name follow each other ("северн кипр" finds "на северном кипре"). A name in capitals is an abbreviation, a whole
    word: "UK" finds "in the uk", not "ukraine"."""
    alternatives = [
        r"\w*\s+".join(re.escape(word) for word in fold(name).split()) + (r"(?!\w)" if name.isupper() else "")
        for name in names
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else None


def load_pack(path: Path, today: date | None = None) -> Country:
    raw = read_data_file(
        path, CountryError, "Restore locales/countries/ from git.", "each fact starts with [[fact]]"
    )
    return parse_pack(path, raw, today)


def parse_pack(path: Path, raw: Mapping[str, object], today: date | None = None) -> Country:
    """The pack in `raw`, checked; `today` (the real one unless given) bounds the facts' 'checked' dates."""

    def fail(where: str, problem: str) -> CountryError:
        return CountryError(f"{shown(path)}: {where}: {problem}")

    unknown = sorted(set(raw) - _PACK_KEYS)
    if unknown:
        raise fail(
            ", ".join(unknown), f"unknown key. Remove it; the keys are: {', '.join(sorted(_PACK_KEYS))}."
        )
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code) or code != path.stem:
        raise fail(
            "code", f'must be the file\'s name without .toml, like code = "{path.stem}"; got {code!r}.'
        )
    if raw.get("needs_review") not in (True, False):
        raise fail("needs_review", "must be true (not yet checked by the network) or false.")
    untranslated: set[str] = set()
    name = _texts(raw.get("name"), "name", fail, untranslated)
    facts_raw = raw.get("fact")
    if not isinstance(facts_raw, list) or not facts_raw:
        raise fail("fact", "no facts. Add one [[fact]] table per fact, each with its source and date.")
    facts: list[Fact] = []
    for position, entry in enumerate(facts_raw, start=1):
        fact = _fact(entry, position, fail, today or date.today(), untranslated)
        if any(f.key == fact.key for f in facts):
            raise fail(f"fact {fact.key!r}", "duplicate key. Give each fact its own key.")
        facts.append(fact)
    emergency = raw.get("emergency")
    if emergency is not None:
        if not isinstance(emergency, str) or not plausible_number(emergency):
            raise fail(
                "emergency", f'must be a phone number or short code in quotes, like "112"; got {emergency!r}.'
            )
        if not any(f.number == emergency for f in facts):
            raise fail(
                "emergency",
                f"{emergency!r} is not the number of any fact. Add it as a fact with its source first.",
            )
    in_sentence = raw.get("name_in_sentence", {})
    if not isinstance(in_sentence, dict) or not all(
        language in LANGUAGES and isinstance(text, str) and text.strip()
        for language, text in in_sentence.items()
    ):
        raise fail(
            "name_in_sentence",
            "must give the name as a sentence says it, for the languages where it differs from name, like "
            'name_in_sentence = { en = "the United Arab Emirates" }.',
        )
    said_as = raw.get("said_as", [])
    if not isinstance(said_as, list) or not all(isinstance(name, str) and name.strip() for name in said_as):
        raise fail(
            "said_as",
            "must be a list of the beginnings of the words that name the country or its cities, in any "
            'language, like said_as = ["турци", "turkey", "istanbul"].',
        )
    for language in LANGUAGES:
        size = sum(len(f.text(language)) + 2 for f in facts)
        if size > MAX_PACK_TEXT:
            raise fail(
                f"fact texts [{language}]",
                f"{size} characters in all, over {MAX_PACK_TEXT} (one Telegram message). Shorten them.",
            )
    return Country(
        code=code,
        name=name,
        facts=tuple(facts),
        emergency=emergency if isinstance(emergency, str) else None,
        needs_review=bool(raw["needs_review"]),
        path=path,
        said_as=said_as_pattern(said_as),
        name_in_sentence=MappingProxyType(dict(in_sentence)),
        untranslated=frozenset(untranslated),
    )


def _texts(value: object, where: str, fail: _Fail, untranslated: set[str]) -> Mapping[str, str]:
    """The text in each language; one missing in a language being added is the English one, noted in
    `untranslated`."""
    if not isinstance(value, dict):
        example = ", ".join(f'{language} = "..."' for language in COMPLETE_LANGUAGES)
        raise fail(where, f"must be a table of the languages, like {where} = {{ {example} }}.")
    texts: dict[str, str] = {}
    for language in (*COMPLETE_LANGUAGES, *(code for code in LANGUAGES if code not in COMPLETE_LANGUAGES)):
        text = value.get(language)
        if (text is None or text == "") and language not in COMPLETE_LANGUAGES:
            untranslated.add(language)
            texts[language] = texts[DEFAULT_LANGUAGE]
        elif not isinstance(text, str) or not text.strip():
            raise fail(
                f"{where}.{language}",
                f'missing language. Add {language} = "..." (every text needs {", ".join(COMPLETE_LANGUAGES)}).',
            )
        else:
            texts[language] = text.strip()
    return MappingProxyType({language: texts[language] for language in LANGUAGES})


def _fact(entry: object, position: int, fail: _Fail, today: date, untranslated: set[str]) -> Fact:
    if not isinstance(entry, dict):
        raise fail(f"fact #{position}", "must be a table written as [[fact]] followed by its keys.")
    key = entry.get("key")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise fail(f"fact #{position}", "'key' must be a lower-case id like \"police\".")
    where = f"fact {key!r}"
    unknown = sorted(set(entry) - _FACT_KEYS)
    if unknown:
        raise fail(
            where, f"unknown key(s) {', '.join(unknown)}; the keys are: {', '.join(sorted(_FACT_KEYS))}."
        )
    kind = entry.get("kind")
    if kind not in KINDS:
        raise fail(f"{where} kind", f"must be one of: {', '.join(KINDS)}; got {kind!r}.")
    assert isinstance(kind, str)
    texts = _texts({language: entry.get(language) for language in LANGUAGES}, where, fail, untranslated)
    source = entry.get("source")
    if not isinstance(source, str) or not source.startswith(("https://", "http://")):
        raise fail(
            f"{where} source",
            'missing source. Every fact needs the address it was checked at, like source = "https://..."; '
            "a fact without one is left out, not guessed.",
        )
    checked = entry.get("checked")
    day = quoted_day("checked", checked) if isinstance(checked, str) else None
    if day:
        raise fail(f"{where} checked", day)
    if not isinstance(checked, date):
        said = "missing date" if checked is None else f"{checked!r} is not a date"
        raise fail(
            f"{where} checked",
            f"{said}. Write the day the source was last read as YYYY-MM-DD, unquoted, like checked = 2026-12-06.",
        )
    if isinstance(checked, datetime):  # a date with a time cannot be compared with a day
        raise fail(
            f"{where} checked", f"write the day only, without a time, like checked = {checked.date()}."
        )
    # A day of slack: the editor's today may be tomorrow in UTC. Later is a typo (2062 for 2026) that would count
    # as fresh for decades and silence the staleness warning.
    if checked > today + timedelta(days=1):
        raise fail(
            f"{where} checked",
            f"{checked.isoformat()} is in the future (today is {today.isoformat()}): a typo? Write the day the "
            f"source was last read, unquoted, like checked = {today.isoformat()}.",
        )
    number = entry.get("number")
    if number is not None and (not isinstance(number, str) or not plausible_number(number)):
        raise fail(
            f"{where} number",
            f'{number!r} is not a phone number or short code. Write it in quotes, like "112" or "+48 22 628 01 20".',
        )
    if kind == "number" and number is None:
        raise fail(f"{where} number", 'missing. A fact of kind "number" needs number = "...".')
    if number is not None:
        for language in LANGUAGES:
            if number not in texts[language]:
                raise fail(f"{where}.{language}", f"does not show the number {number!r}. Put it in the text.")
    for language in LANGUAGES:
        if len(texts[language]) > MAX_FACT_TEXT:
            raise fail(
                f"{where}.{language}", f"over {MAX_FACT_TEXT} characters. Shorten it for a phone screen."
            )
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise fail(f"{where} note", "must be text in quotes.")
    return Fact(key=key, kind=kind, texts=texts, source=source, checked=checked, number=number, note=note)
