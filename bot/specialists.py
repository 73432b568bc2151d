"""The network's specialists (psychologists, lawyers, doctors, social workers), read from one TOML file beside the
NGO directory; `bot/specialists_csv.py` writes that file from a spreadsheet.

Every problem is a RosterError naming the file, the entry, the key and the fix (a DirectoryError, so every place
that reports a bad directory reports a bad roster too). Who fits a request, nearest first, is a pure function."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config import LOCALES_DIR
from bot.datafile import read_data_file
from bot.directory import ID, VELAYATS, Directory, DirectoryError, great_circle_km
from bot.languages import LANGUAGES

EXAMPLE_ROSTER = LOCALES_DIR / "specialists.example.toml"
ROLES = ("psychologist", "lawyer", "doctor", "social_worker")
# The states of a request to a specialist, in order.
STATES = ("asked", "accepted", "done")
# The id goes into a button's callback data (64 bytes with the case number), so it is kept short.
MAX_ID_LENGTH = 32
_KEYS = (
    "id",
    "role",
    "organisation",
    "languages",
    "velayats",
    "home_visits",
    "staff_chat_id",
    "staff_language",
)
_OPTIONAL_KEYS = ("contact",)
FIELDS = (*_KEYS, *_OPTIONAL_KEYS)  # a specialist's keys in the file, in order (the spreadsheet's columns)


class RosterError(DirectoryError):
    """A problem in the specialists file, worded for the operator."""


@dataclass(frozen=True)
class Specialist:
    id: str  # the reference staff see: a short name, never a personal phone
    role: str
    organisation: str  # an NGO id of the directory
    languages: tuple[str, ...]
    velayats: tuple[str, ...]
    home_visits: bool
    staff_chat_id: int  # the chat through which they take requests
    staff_language: str  # the language of the requests posted there
    contact: str = ""  # optional: how staff reach them besides the chat, only if the operator writes it


@dataclass(frozen=True)
class Need:
    """What a case needs of a specialist: a role, the person's language, their velayat (None: not known or abroad)
    and whether the specialist must be able to visit the person at home."""

    role: str
    language: str
    velayat: str | None
    home_visit: bool = False


@dataclass(frozen=True)
class Fit:
    specialist: Specialist
    distance_km: float | None  # from the person's velayat to the specialist's organisation; None when unknown


@dataclass(frozen=True)
class Roster:
    specialists: tuple[Specialist, ...]

    def __len__(self) -> int:
        return len(self.specialists)

    def takes_requests_in(self, chat_id: int) -> bool:
        """Whether `chat_id` (as configured) is a specialist's chat: the bot stays in it and answers its buttons."""
        return any(s.staff_chat_id == chat_id for s in self.specialists)

    def in_chat(self, chat_id: int) -> Specialist | None:
        """The first specialist whose chat (as configured) is `chat_id`: whose language the bot writes there in."""
        return next((s for s in self.specialists if s.staff_chat_id == chat_id), None)

    def get(self, specialist_id: str) -> Specialist | None:
        return next((s for s in self.specialists if s.id == specialist_id), None)

    @classmethod
    def load(cls, path: Path = EXAMPLE_ROSTER, directory: Directory | None = None) -> Roster:
        """Read and check the file; with `directory`, every organisation must be one of its NGOs."""
        raw = read_data_file(
            path,
            RosterError,
            "Set [directory] specialists in the configuration to the specialists file "
            f"(start from {EXAMPLE_ROSTER.name}).",
            "each specialist starts with [[specialist]]",
        )
        return cls(_parse(path, raw, directory))


def load_roster(path: Path, directory: Directory) -> Roster:
    """The roster the bot uses. The shipped example names the example directory's organisations, so it is checked
    against the directory only when a real roster is set: an operator who replaced the directory first still starts
    (check-config warns that the example roster is in use)."""
    return Roster.load(path, None if path.resolve() == EXAMPLE_ROSTER.resolve() else directory)


def fitting(
    specialists: Iterable[Specialist],
    need: Need,
    origin: tuple[float, float] | None,
    offices: Mapping[str, tuple[float, float]],
) -> list[Fit]:
    """The specialists who fit `need` (role, the person's language, covering their velayat, home visits if needed),
    nearest first: by the distance from `origin` (the person's velayat) to their organisation's office in
    `offices`; unknown distances last; then by id."""
    found = []
    for specialist in specialists:
        if not _fits(specialist, need) or need.language not in specialist.languages:
            continue
        office = offices.get(specialist.organisation)
        distance = great_circle_km(*origin, *office) if origin is not None and office is not None else None
        found.append(Fit(specialist, distance))
    found.sort(key=lambda fit: (fit.distance_km is None, fit.distance_km or 0.0, fit.specialist.id))
    return found


def left_out_for_language(specialists: Iterable[Specialist], need: Need) -> int:
    """How many specialists would fit `need` but for the person's language: staff are told they exist."""
    return sum(1 for each in specialists if _fits(each, need) and need.language not in each.languages)


def _fits(specialist: Specialist, need: Need) -> bool:
    """Role, velayat and home visits: all of `need` but the language."""
    if specialist.role != need.role:
        return False
    if need.velayat in VELAYATS and need.velayat not in specialist.velayats:
        return False
    return not need.home_visit or (specialist.home_visits and need.velayat in VELAYATS)


def velayat_centre(directory: Directory, velayat: str | None) -> tuple[float, float] | None:
    """Where a velayat is, for distances: the mean of its organisations' offices in the directory, if any."""
    points = [(ngo.latitude, ngo.longitude) for ngo in directory.ngos if ngo.velayat == velayat]
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def offices(directory: Directory) -> dict[str, tuple[float, float]]:
    return {ngo.id: (ngo.latitude, ngo.longitude) for ngo in directory.ngos}


def _parse(path: Path, raw: Mapping[str, object], directory: Directory | None) -> tuple[Specialist, ...]:
    unknown = sorted(set(raw) - {"specialist"})
    if unknown:
        raise RosterError(
            f"{path}: unknown top-level key(s) {', '.join(unknown)}. The file holds only [[specialist]] tables, "
            "one per specialist."
        )
    entries = raw.get("specialist", [])
    if not isinstance(entries, list):
        raise RosterError(f"{path}: 'specialist' must be [[specialist]] tables, one per specialist.")
    found: list[Specialist] = []
    positions: dict[str, int] = {}
    for position, entry in enumerate(entries, start=1):
        specialist = _parse_entry(path, position, entry, directory)
        if specialist.id in positions:
            raise RosterError(
                f"{path}: [[specialist]] #{position} ({specialist.id!r}), key 'id': duplicate, also used by "
                f"[[specialist]] #{positions[specialist.id]}. Give each specialist their own id."
            )
        positions[specialist.id] = position
        found.append(specialist)
    return tuple(found)


_Fail = Callable[[str, str], RosterError]


def _parse_entry(path: Path, position: int, entry: object, directory: Directory | None) -> Specialist:
    label = f"[[specialist]] #{position}"

    def fail(key: str, problem: str) -> RosterError:
        return RosterError(f"{path}: {label}, key {key!r}: {problem}")

    if not isinstance(entry, dict):
        raise RosterError(f"{path}: {label}: must be a table written as [[specialist]] followed by its keys.")
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not ID.fullmatch(entry_id) or len(entry_id) > MAX_ID_LENGTH:
        raise fail(
            "id",
            f"must be a short lower-case id (at most {MAX_ID_LENGTH} letters, digits and dashes), like "
            '"mary-lawyer-1"; never a personal phone number.',
        )
    label = f"[[specialist]] #{position} ({entry_id!r})"
    for key in sorted(set(entry) - {*_KEYS, *_OPTIONAL_KEYS}):
        raise fail(
            key, f"unknown key. Remove it or check the spelling; the keys are: {', '.join(_KEYS)}, contact."
        )
    for key in _KEYS:
        if key not in entry:
            raise fail(key, f"missing. Add it (see {EXAMPLE_ROSTER.name}).")
    role = entry["role"]
    if role not in ROLES:
        raise fail("role", f"is {role!r}; use one of: {', '.join(ROLES)}.")
    organisation = entry["organisation"]
    if not isinstance(organisation, str) or (directory is not None and directory.get(organisation) is None):
        raise fail(
            "organisation",
            f"{organisation!r} is not an organisation of the NGO directory; write the id of its [[ngo]] entry.",
        )
    home_visits = entry["home_visits"]
    if not isinstance(home_visits, bool):
        raise fail("home_visits", f"must be true (visits people at home) or false; got {home_visits!r}.")
    chat_id = entry["staff_chat_id"]
    if isinstance(chat_id, bool) or not isinstance(chat_id, int) or chat_id >= 0:
        raise fail(
            "staff_chat_id",
            "must be the Telegram group through which they take requests: a negative whole number, like "
            f"-1001234567890; got {chat_id!r}.",
        )
    language = entry["staff_language"]
    if language not in LANGUAGES:
        raise fail("staff_language", f"is {language!r}; use one of: {', '.join(LANGUAGES)}.")
    contact = entry.get("contact", "")
    if not isinstance(contact, str):
        raise fail("contact", "must be text in quotes (or leave the key out).")
    return Specialist(
        id=entry_id,
        role=str(role),
        organisation=organisation,
        languages=_choices(entry, "languages", LANGUAGES, fail),
        velayats=_choices(entry, "velayats", VELAYATS, fail),
        home_visits=home_visits,
        staff_chat_id=chat_id,
        staff_language=str(language),
        contact=contact.strip(),
    )


def _choices(entry: Mapping[str, object], key: str, allowed: tuple[str, ...], fail: _Fail) -> tuple[str, ...]:
    value = entry[key]
    words = ", ".join(f'"{item}"' for item in allowed)
    if not isinstance(value, list) or not value:
        raise fail(key, f"must be a non-empty list chosen from: {words}.")
    for item in value:
        if item not in allowed:
            raise fail(key, f"{item!r} is not one of: {words}.")
    if len(set(value)) != len(value):
        raise fail(key, "lists an item twice; list each once.")
    return tuple(value)
