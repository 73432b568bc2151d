"""The NGO directory: organisations by velayat (or abroad, by destination pack) with their services and staff
chats, read from one TOML file; `bot/directory_csv.py` writes that file from a spreadsheet.

Every problem is a DirectoryError naming the file, the entry and the fix, so the operator can correct the file; what
the bot accepts but people would read badly (a text missing in a language, Turkmen in Cyrillic letters) is a line of
`Directory.warnings` in the same form, which check-config prints and `run` logs. The decisions (nearest organisations, which one receives an unrouted case) are pure and take no Telegram objects."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from bot.config import LOCALES_DIR
from bot.countries import COUNTRIES_DIR
from bot.country_map import country_at
from bot.datafile import read_data_file
from bot.languages import COMPLETE_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGES, wrong_script

EXAMPLE_DIRECTORY = LOCALES_DIR / "ngos.example.toml"
VELAYATS = ("ashgabat", "ahal", "balkan", "dashoguz", "lebap", "mary")
SERVICES = ("legal", "psychological", "medical", "shelter", "reintegration", "information")
TEXT_FIELDS = ("name", "town", "address", "hours")
# The mean Earth radius (IUGG); the spherical model is off by under 0.5 %, far less than a town's size.
EARTH_RADIUS_KM = 6371.0088
_KEYS = (
    "id",
    "name",
    "town",
    "address",
    "phone",
    "hours",
    "latitude",
    "longitude",
    "services",
    "staff_chat_id",
    "staff_language",
)
# Where an organisation is: exactly one of these. `remote` (may consult people abroad) is optional.
_PLACE_KEYS = ("velayat", "country")
_OPTIONAL_KEYS = ("remote",)
# An id: lower-case letters and digits, words joined by hyphens (it goes into button data and file names).
ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class DirectoryError(Exception):
    """A problem in the directory file, worded for the operator."""


@dataclass(frozen=True)
class Ngo:
    id: str
    name: Mapping[str, str]
    velayat: str | None  # None for an organisation abroad
    town: Mapping[str, str]
    address: Mapping[str, str]
    phone: str
    hours: Mapping[str, str]
    latitude: float
    longitude: float
    services: tuple[str, ...]
    staff_chat_id: int
    staff_language: str
    country: str | None = None  # the destination pack's code (e.g. "tr") of an organisation abroad
    remote: bool = False  # consults people abroad remotely, here in the chat

    def text(self, field: str, language: str) -> str:
        """One of the translated fields (name, town, address, hours) in `language`, e.g. `ngo.text("name", "tk")`."""
        if field not in TEXT_FIELDS:
            raise ValueError(f"{field!r} is not a translated field; use one of: {', '.join(TEXT_FIELDS)}")
        texts: Mapping[str, str] = getattr(self, field)
        return texts.get(language) or texts[DEFAULT_LANGUAGE]

    def offers(self, service: str) -> bool:
        return service in self.services


@dataclass(frozen=True)
class NearbyNgo:
    """An organisation and how far it is from the person; `distance_km` is None when no location was given."""

    ngo: Ngo
    distance_km: float | None


@dataclass(frozen=True)
class Directory:
    """All organisations in the file's order, which is also the order of preference within a velayat."""

    ngos: tuple[Ngo, ...]
    # One line per text people would read badly, naming the file and the organisation (not part of equality).
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __len__(self) -> int:
        return len(self.ngos)

    @classmethod
    def load(cls, path: Path = EXAMPLE_DIRECTORY) -> Directory:
        raw = read_data_file(
            path,
            DirectoryError,
            f"Set [directory] file in the configuration to the NGO directory (start from {EXAMPLE_DIRECTORY.name}).",
            "each organisation starts with [[ngo]]",
        )
        warnings: list[str] = []
        return cls(_parse(path, raw, warnings.append), tuple(warnings))

    def get(self, ngo_id: str) -> Ngo | None:
        return next((ngo for ngo in self.ngos if ngo.id == ngo_id), None)

    def by_staff_chat(self, chat_id: int) -> tuple[Ngo, ...]:
        """The organisations whose cases are posted to `chat_id` (several may share one group)."""
        return tuple(ngo for ngo in self.ngos if ngo.staff_chat_id == chat_id)

    def staff_chats(self) -> frozenset[int]:
        return frozenset(ngo.staff_chat_id for ngo in self.ngos)

    def nearest(
        self, latitude: float, longitude: float, service: str | None = None, limit: int = 3
    ) -> list[NearbyNgo]:
        """Up to `limit` organisations (offering `service`, if given), nearest first; equal distances by id. One
        abroad is near only a person inside its pack's country, so never a person in Turkmenistan."""
        _check_service(service)
        if limit < 0:
            raise ValueError(f"limit must not be negative, got {limit}")
        here = country_at(latitude, longitude) if any(ngo.country for ngo in self.ngos) else None
        nearby = [
            NearbyNgo(ngo, great_circle_km(latitude, longitude, ngo.latitude, ngo.longitude))
            for ngo in self.ngos
            if (service is None or ngo.offers(service)) and (ngo.country is None or ngo.country == here)
        ]
        nearby.sort(key=lambda n: (n.distance_km, n.ngo.id))
        return nearby[:limit]

    def in_velayat(self, velayat: str, service: str | None = None) -> list[NearbyNgo]:
        """The organisations in `velayat` (offering `service`, if given), by id, with no distance."""
        _check_velayat(velayat)
        _check_service(service)
        found = [
            ngo for ngo in self.ngos if ngo.velayat == velayat and (service is None or ngo.offers(service))
        ]
        return [NearbyNgo(ngo, None) for ngo in sorted(found, key=lambda ngo: ngo.id)]

    def nearest_to_velayat(self, velayat: str, service: str, limit: int = 3) -> list[NearbyNgo]:
        """For a velayat where no organisation offers `service`: those in Turkmenistan that do, nearest first to
        the velayat's own organisations (the middle of their places); none when the velayat has none at all."""
        _check_velayat(velayat)
        _check_service(service)
        local = [ngo for ngo in self.ngos if ngo.velayat == velayat]
        if not local:
            return []
        latitude = sum(ngo.latitude for ngo in local) / len(local)
        longitude = sum(ngo.longitude for ngo in local) / len(local)
        # No distance shown: it would be from the middle of the velayat's organisations, not from the person
        return [
            NearbyNgo(found.ngo, None)
            for found in self.nearest(latitude, longitude, service, limit=len(self.ngos))
            if found.ngo.country is None and found.ngo.velayat != velayat
        ][:limit]

    def route(self, velayat: str | None, service: str | None) -> Ngo | None:
        """Who receives a hand-off with no organisation chosen: the first (in file order) in the velayat offering
        the service, else the first in the velayat, else None, and the caller uses the coordinator chat."""
        if velayat is None:
            return None
        _check_velayat(velayat)
        _check_service(service)
        local = [ngo for ngo in self.ngos if ngo.velayat == velayat]
        offering = [ngo for ngo in local if service is not None and ngo.offers(service)]
        return next(iter(offering or local), None)

    def for_abroad(self, country: str | None, service: str | None = None, limit: int = 5) -> list[NearbyNgo]:
        """Who can help a person abroad (in the pack `country`, if known): the organisations in that country, then
        those that consult remotely, each in file order, offering `service` if given; no distance."""
        _check_service(service)
        local = [ngo for ngo in self.ngos if country is not None and ngo.country == country]
        remote = [ngo for ngo in self.ngos if ngo.remote and ngo not in local]
        found = [ngo for ngo in local + remote if service is None or ngo.offers(service)]
        return [NearbyNgo(ngo, None) for ngo in found[:limit]]

    def route_abroad(self, country: str | None, service: str | None) -> Ngo | None:
        """Who receives a request from abroad with no organisation chosen: the first of `for_abroad` offering the
        service, else the first of them, else None (the coordinator chat)."""
        helpers = [found.ngo for found in self.for_abroad(country, limit=len(self.ngos))]
        offering = [ngo for ngo in helpers if service is not None and ngo.offers(service)]
        return next(iter(offering or helpers), None)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance in km between two points given in degrees."""
    for latitude in (lat1, lat2):
        if not -90.0 <= latitude <= 90.0:
            raise ValueError(f"latitude must be between -90 and 90, got {latitude}")
    for longitude in (lon1, lon2):
        if not math.isfinite(longitude):
            raise ValueError(f"longitude must be a finite number, got {longitude}")
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    # sin² of half the difference is periodic, so crossing the antimeridian needs no special case.
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    # Rounding can push `a` a hair outside [0, 1] near antipodes; atan2 stays accurate where asin would not.
    a = min(1.0, max(0.0, a))
    return EARTH_RADIUS_KM * 2 * math.atan2(math.sqrt(a), math.sqrt(1 - a))


def pack_codes() -> tuple[str, ...]:
    """The destination packs' codes (locales/countries/*.toml), which name the country of an organisation abroad."""
    return tuple(sorted(path.stem for path in COUNTRIES_DIR.glob("*.toml")))


def _check_velayat(velayat: str) -> None:
    if velayat not in VELAYATS:
        raise ValueError(f"unknown velayat {velayat!r}; use one of: {', '.join(VELAYATS)}")


def _check_service(service: str | None) -> None:
    if service is not None and service not in SERVICES:
        raise ValueError(f"unknown service {service!r}; use one of: {', '.join(SERVICES)}")


def _parse(path: Path, raw: Mapping[str, object], warn: Callable[[str], None]) -> tuple[Ngo, ...]:
    unknown = sorted(set(raw) - {"ngo"})
    if unknown:
        raise DirectoryError(
            f"{path}: unknown top-level key(s) {', '.join(unknown)}. The file holds only [[ngo]] tables, "
            "one per organisation."
        )
    entries = raw.get("ngo")
    if not isinstance(entries, list) or not entries:
        raise DirectoryError(
            f"{path}: no [[ngo]] entries. Add one [[ngo]] table per organisation (see {EXAMPLE_DIRECTORY.name})."
        )
    ngos: list[Ngo] = []
    positions: dict[str, int] = {}
    untranslated: dict[
        str, list[str]
    ] = {}  # a language being added → the organisations with texts without it
    for position, entry in enumerate(entries, start=1):
        ngo = _parse_entry(path, position, entry, warn, untranslated)
        if ngo.id in positions:
            raise DirectoryError(
                f"{path}: [[ngo]] #{position} ({ngo.id!r}): duplicate id, also used by [[ngo]] "
                f"#{positions[ngo.id]}. Give each organisation its own id."
            )
        positions[ngo.id] = position
        ngos.append(ngo)
    for language, ids in untranslated.items():
        shown = ", ".join(ids[:3]) + (", …" if len(ids) > 3 else "")
        warn(
            f"{path}: {len(ids)} of {len(ngos)} organisations have texts without {language!r} yet ({shown}): "
            f'people reading in {language} see the English ones. Add {language} = "..." beside each en = "..." '
            f"(or fill the _{language} columns of the spreadsheet, docs/directory.md)."
        )
    return tuple(ngos)


def _parse_entry(
    path: Path, position: int, entry: object, warn: Callable[[str], None], untranslated: dict[str, list[str]]
) -> Ngo:
    # `fail` reads `label` when called, so once the id is known every message names it too.
    label = f"[[ngo]] #{position}"

    def fail(problem: str) -> DirectoryError:
        return DirectoryError(f"{path}: {label}: {problem}")

    def note(problem: str) -> None:
        warn(f"{path}: {label}: {problem}")

    if not isinstance(entry, dict):
        raise fail("must be a table written as [[ngo]] followed by its keys.")
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not ID.fullmatch(entry_id):
        raise fail("'id' must be a lower-case id of letters, digits and dashes, like \"mary-legal-aid\".")
    label = f"[[ngo]] #{position} ({entry_id!r})"
    unknown = sorted(set(entry) - {*_KEYS, *_PLACE_KEYS, *_OPTIONAL_KEYS})
    if unknown:
        raise fail(
            f"unknown key(s) {', '.join(unknown)}. Remove them or check the spelling; the keys are: "
            f"{', '.join((*_KEYS, *_PLACE_KEYS, *_OPTIONAL_KEYS))}."
        )
    missing = [key for key in _KEYS if key not in entry]
    if missing:
        raise fail(f"missing key(s) {', '.join(missing)}. Add them (see {EXAMPLE_DIRECTORY.name}).")
    if ("velayat" in entry) == ("country" in entry):
        raise fail(
            "give either 'velayat' (an organisation in Turkmenistan) or 'country' (one abroad, the code of its "
            'destination pack, like country = "tr"), not both and not neither.'
        )
    remote = entry.get("remote", False)
    if not isinstance(remote, bool):
        raise fail(f"'remote' must be true (consults people abroad remotely) or false; got {remote!r}.")

    def untranslated_in(language: str) -> None:
        ids = untranslated.setdefault(language, [])
        if entry_id not in ids:
            ids.append(str(entry_id))

    return Ngo(
        id=entry_id,
        name=_texts(entry, "name", fail, note, untranslated_in),
        velayat=_choice(entry, "velayat", VELAYATS, fail) if "velayat" in entry else None,
        country=_choice(entry, "country", pack_codes(), fail) if "country" in entry else None,
        remote=remote,
        town=_texts(entry, "town", fail, note, untranslated_in),
        address=_texts(entry, "address", fail, note, untranslated_in),
        phone=_text(entry, "phone", fail),
        hours=_texts(entry, "hours", fail, note, untranslated_in),
        latitude=_degrees(entry, "latitude", 90, "37.594", fail),
        longitude=_degrees(entry, "longitude", 180, "61.830", fail),
        services=_services(entry, fail),
        staff_chat_id=_chat_id(entry, fail),
        staff_language=_choice(entry, "staff_language", LANGUAGES, fail),
    )


_Fail = Callable[[str], DirectoryError]


def _texts(
    entry: Mapping[str, object],
    key: str,
    fail: _Fail,
    note: Callable[[str], None],
    missing: Callable[[str], None],
) -> Mapping[str, str]:
    """The text in each language given; a language being added without one is told to `missing`, for one warning
    for the whole file."""
    value = entry[key]
    example = ", ".join(f'{language} = "..."' for language in LANGUAGES)
    if not isinstance(value, dict):
        raise fail(f"'{key}' must be a table of the three languages, like {key} = {{ {example} }}.")
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise fail(f"'{key}' has unknown language(s) {', '.join(unknown)}; use only {', '.join(LANGUAGES)}.")
    texts: dict[str, str] = {}
    for language in LANGUAGES:
        if language not in value:
            if language not in COMPLETE_LANGUAGES:
                missing(language)
                continue
            if language == DEFAULT_LANGUAGE:
                raise fail(f"'{key}' has no {language!r} text. Add {language} = \"...\" (the fallback text).")
            note(
                f"'{key}' has no {language!r} text: people reading in {language} see the English one. Add "
                f'{language} = "..." to {key}.'
            )
            continue
        text = value[language]
        if not isinstance(text, str) or not text.strip():
            raise fail(f"'{key}.{language}' must be non-empty text in quotes.")
        advice = wrong_script(language, text.strip())
        if advice:
            note(f"'{key}.{language}' {advice}.")
        texts[language] = text.strip()
    return MappingProxyType(texts)


def _text(entry: Mapping[str, object], key: str, fail: _Fail) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(f"'{key}' must be non-empty text in quotes.")
    return value.strip()


def _choice(entry: Mapping[str, object], key: str, allowed: tuple[str, ...], fail: _Fail) -> str:
    value = entry[key]
    if value not in allowed:
        raise fail(f"'{key}' is {value!r}; use one of: {', '.join(allowed)}.")
    assert isinstance(value, str)
    return value


def _degrees(entry: Mapping[str, object], key: str, bound: int, example: str, fail: _Fail) -> float:
    value = entry[key]
    # TOML booleans are ints to Python, and nan or inf would slip past a plain range check.
    if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
        raise fail(
            f"'{key}' must be a number of degrees from -{bound} to {bound}, like {key} = {example}; "
            f"got {value!r}."
        )
    return float(value)


def _services(entry: Mapping[str, object], fail: _Fail) -> tuple[str, ...]:
    value = entry["services"]
    allowed = ", ".join(f'"{service}"' for service in SERVICES)
    if not isinstance(value, list) or not value:
        raise fail(f"'services' must be a non-empty list chosen from: {allowed}.")
    for service in value:
        if service not in SERVICES:
            raise fail(f"'services' has unknown service {service!r}; choose from: {allowed}.")
    if len(set(value)) != len(value):
        raise fail("'services' lists a service twice; list each once.")
    return tuple(value)


def _chat_id(entry: Mapping[str, object], fail: _Fail) -> int:
    value = entry["staff_chat_id"]
    if isinstance(value, bool) or not isinstance(value, int) or value == 0:
        raise fail(
            f"'staff_chat_id' must be the whole-number id of the organisation's Telegram staff group "
            f"(group ids are negative, like -1001234567890); got {value!r}."
        )
    return value
