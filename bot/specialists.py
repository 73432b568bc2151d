"""The network's roster of specialists (psychologists, lawyers, doctors, social workers): a data file beside the NGO
directory, validated when it is read, and the choice of those who fit a case (issue 21).

A specialist is listed by a reference (a name or a code the network uses; a personal phone only if the operator
chooses to put one there), a role, the organisation (an id of the NGO directory), the languages they consult in, the
velayats they cover, whether they visit a person at home, and the staff chat through which they take requests.
Every problem is one SpecialistError naming the file, the entry and the fix. Telegram-free."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config import LOCALES_DIR, Config
from bot.directory import EXAMPLE_DIRECTORY, VELAYATS, Directory, DirectoryError
from bot.languages import LANGUAGES

EXAMPLE_ROSTER = LOCALES_DIR / "specialists.example.toml"
ROLES = ("psychologist", "lawyer", "doctor", "social_worker")
KEYS = ("id", "reference", "role", "organisation", "languages", "velayats", "home_visits", "staff_chat_id")
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAX_ID = 32  # it travels in a button's data (64 bytes with the case number)
MAX_REFERENCE = 80


class SpecialistError(DirectoryError):
    """A problem in the roster file, worded for the operator (reported at start like the directory's)."""


_Fail = Callable[[str], SpecialistError]


@dataclass(frozen=True)
class Specialist:
    id: str
    reference: str
    role: str  # one of ROLES
    organisation: str  # an id of the NGO directory
    languages: tuple[str, ...]
    velayats: tuple[str, ...]
    home_visits: bool
    staff_chat_id: int


class Roster:
    def __init__(self, specialists: Iterable[Specialist]) -> None:
        self.specialists = tuple(specialists)
        self.by_id: Mapping[str, Specialist] = {s.id: s for s in self.specialists}

    def __len__(self) -> int:
        return len(self.specialists)

    def __iter__(self) -> Iterator[Specialist]:
        return iter(self.specialists)

    def get(self, specialist_id: str) -> Specialist | None:
        return self.by_id.get(specialist_id)

    @classmethod
    def load(cls, path: Path = EXAMPLE_ROSTER, directory: Directory | None = None) -> Roster:
        """Read and check the file; with `directory`, every organisation must be one of its ids."""
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise SpecialistError(
                f"{path}: cannot read the roster of specialists ({error.strerror})"
            ) from None
        except tomllib.TOMLDecodeError as error:
            raise SpecialistError(f"{path}: not valid TOML ({error})") from None
        return cls(parse(path, raw, directory))

    @classmethod
    def configured(cls, config: Config, directory: Directory) -> Roster:
        """The configured roster, checked against the directory. The shipped example names the example
        organisations, so with a real directory it is left out (empty) rather than refused: a network without a
        roster yet still runs."""
        example = config.specialists_path.resolve() == EXAMPLE_ROSTER.resolve()
        if example and config.directory_path.resolve() != EXAMPLE_DIRECTORY.resolve():
            return cls(())
        return cls.load(config.specialists_path, directory)

    def fitting(
        self, role: str, language: str | None, velayat: str | None, home_visit: bool = False
    ) -> list[Specialist]:
        """Those of `role` who speak the person's language (and visit at home, when asked): those who cover the
        person's velayat first, then the others (they may consult remotely), each group in file order."""
        found = [
            s
            for s in self.specialists
            if s.role == role
            and (language is None or language in s.languages)
            and (s.home_visits or not home_visit)
        ]
        return sorted(found, key=lambda s: velayat not in s.velayats)


def parse(
    path: Path, raw: Mapping[str, object], directory: Directory | None = None
) -> tuple[Specialist, ...]:
    entries = raw.get("specialist", [])
    if set(raw) - {"specialist"}:
        unknown = ", ".join(sorted(set(raw) - {"specialist"}))
        raise SpecialistError(f"{path}: unknown top-level key(s) {unknown}; list entries as [[specialist]]")
    if not isinstance(entries, list):
        raise SpecialistError(f"{path}: 'specialist' must be a list of [[specialist]] entries")
    found = tuple(_entry(path, position, entry, directory) for position, entry in enumerate(entries, start=1))
    seen: set[str] = set()
    for specialist in found:
        if specialist.id in seen:
            raise SpecialistError(
                f"{path}: the id '{specialist.id}' is used twice; each specialist needs their own"
            )
        seen.add(specialist.id)
    return found


def _entry(path: Path, position: int, entry: object, directory: Directory | None) -> Specialist:
    def fail(problem: str) -> SpecialistError:
        name = entry.get("id") if isinstance(entry, dict) else None
        return SpecialistError(
            f"{path}: specialist #{position}" + (f" ('{name}')" if name else "") + f": {problem}"
        )

    if not isinstance(entry, dict):
        raise fail("must be a [[specialist]] table")
    missing = [key for key in KEYS if key not in entry]
    if missing:
        raise fail(f"missing {', '.join(missing)}")
    unknown = sorted(set(entry) - set(KEYS))
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}; the keys are: {', '.join(KEYS)}")
    specialist_id, reference = entry["id"], entry["reference"]
    if not isinstance(specialist_id, str) or not _ID.fullmatch(specialist_id) or len(specialist_id) > MAX_ID:
        raise fail(f"'id' must be at most {MAX_ID} lowercase letters, digits and dashes, e.g. \"psy-mary-1\"")
    if not isinstance(reference, str) or not reference.strip() or len(reference) > MAX_REFERENCE:
        raise fail(f"'reference' must be a name or code of at most {MAX_REFERENCE} characters")
    organisation = entry["organisation"]
    if not isinstance(organisation, str) or (directory is not None and directory.get(organisation) is None):
        raise fail(f"'organisation' is {organisation!r}, which is not an id of the NGO directory")
    home_visits, chat = entry["home_visits"], entry["staff_chat_id"]
    if not isinstance(home_visits, bool):
        raise fail("'home_visits' must be true or false")
    if isinstance(chat, bool) or not isinstance(chat, int) or chat >= 0:
        raise fail("'staff_chat_id' must be the negative whole-number id of a Telegram group")
    if directory is not None and not directory.by_staff_chat(chat):
        # The bot leaves any group that is not a staff chat, so a request posted there could never be answered.
        raise fail(f"'staff_chat_id' {chat} is not the staff chat of an organisation in the NGO directory")
    return Specialist(
        id=specialist_id,
        reference=reference.strip(),
        role=_choice(entry["role"], ROLES, "role", fail),
        organisation=organisation,
        languages=_choices(entry["languages"], LANGUAGES, "languages", fail),
        velayats=_choices(entry["velayats"], VELAYATS, "velayats", fail),
        home_visits=home_visits,
        staff_chat_id=chat,
    )


def _choice(value: object, allowed: tuple[str, ...], key: str, fail: _Fail) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise fail(f"'{key}' is {value!r}; use one of: {', '.join(allowed)}")
    return value


def _choices(value: object, allowed: tuple[str, ...], key: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise fail(f"'{key}' must be a non-empty list, e.g. [\"{allowed[0]}\"]")
    return tuple(_choice(item, allowed, key, fail) for item in value)
