"""Who may act as staff, and on which cases: checked here, in one place, for every staff command and button."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.config import Config
from bot.directory import Directory


@dataclass(frozen=True)
class StaffScope:
    chat_id: int
    ngo_ids: tuple[str, ...] | None  # None: the coordinator chat, which sees every case
    language: str

    def covers(self, ngo_id: str | None) -> bool:
        return self.ngo_ids is None or ngo_id in self.ngo_ids


def configured_chat_id(chat_id: int, migrated: Mapping[int, int] | None) -> int:
    """The id the config or the directory names for this chat: a group that Telegram turned into a supergroup
    has a new id (old id → new id in `migrated`) until the operator updates the file."""
    if migrated:
        for old, new in migrated.items():
            if new == chat_id:
                return old
    return chat_id


def chat_ids(chat_id: int, migrated: Mapping[int, int] | None) -> tuple[int, ...]:
    """Every id a configured chat has had: its own, and the supergroup's Telegram turned it into (`migrated`)."""
    new = (migrated or {}).get(chat_id)
    return (chat_id,) if new is None else (chat_id, new)


def staff_user_ids(config: Config, changes: Mapping[int, bool] | None = None) -> frozenset[int]:
    """Who is staff: the config's list, plus those added and minus those removed from the coordinator chat
    (`changes`: user id → added, as bot/storage/staff.py stores them)."""
    ids = set(config.staff.staff_user_ids)
    for user_id, active in (changes or {}).items():
        if active:
            ids.add(user_id)
        else:
            ids.discard(user_id)
    return frozenset(ids)


def is_staff(config: Config, user_id: int | None, changes: Mapping[int, bool] | None = None) -> bool:
    return user_id is not None and user_id in staff_user_ids(config, changes)


def staff_scope(
    config: Config,
    directory: Directory,
    chat_id: int | None,
    user_id: int | None,
    migrated: Mapping[int, int] | None = None,
    changes: Mapping[int, bool] | None = None,
) -> StaffScope | None:
    """The staff rights of this user in this chat, or None: only staff (the config's, with the coordinator chat's
    changes), only in a staff chat."""
    if chat_id is None or not is_staff(config, user_id, changes):
        return None
    configured = configured_chat_id(chat_id, migrated)
    if config.staff.coordinator_chat_id and configured == config.staff.coordinator_chat_id:
        return StaffScope(chat_id, None, config.staff.coordinator_language)
    ngos = directory.by_staff_chat(configured)
    if not ngos:
        return None
    return StaffScope(chat_id, tuple(ngo.id for ngo in ngos), ngos[0].staff_language)


def case_chats(
    config: Config, directory: Directory, ngo_id: str | None, staff_chat_id: int | None
) -> list[int]:
    """Where a case's card, notices and the person's messages go, first choice first: the case's staff chat, then
    the coordinator chat. The chat of an organisation the directory no longer lists is left out: nobody there may
    act on the case, so the person's words would reach no one who can answer them."""
    removed = ngo_id is not None and directory.get(ngo_id) is None
    chats = (
        (config.staff.coordinator_chat_id,) if removed else (staff_chat_id, config.staff.coordinator_chat_id)
    )
    return [chat for chat in dict.fromkeys(chats) if chat]


def migration_warnings(config: Config, directory: Directory, migrated: Mapping[int, int]) -> list[str]:
    """check-config's warning for each configured staff chat that Telegram moved to a new id."""
    lines = []
    for old, new in sorted(migrated.items()):
        if old == config.staff.coordinator_chat_id:
            where = f"[staff] coordinator_chat_id in {config.source}"
        else:
            ngos = ", ".join(ngo.id for ngo in directory.by_staff_chat(old))
            if not ngos:
                continue  # an id that led to another migration, or a chat no longer configured
            where = f"staff_chat_id of {ngos} in {config.directory_path}"
        lines.append(
            f"WARNING: Telegram turned staff chat {old} into the supergroup {new}; the bot writes to {new}. "
            f"Set {where} to {new}."
        )
    return lines


def may_answer_request(
    config: Config,
    chat_id: int,
    request_chat_id: int,
    user_id: int,
    accepted_by: int | None,
    migrated: Mapping[int, int] | None = None,
    changes: Mapping[int, bool] | None = None,
) -> bool:
    """Accept and Done on a request to a specialist: only in the chat it was posted to (the specialist's chat, as
    the roster names it; where Telegram moved it, too), by the one there who accepted it, or by staff. The roster
    names a chat, not a Telegram account, so the member of that chat who accepts is taken as the specialist, and
    nobody else there may then move it on."""
    if configured_chat_id(chat_id, migrated) != configured_chat_id(request_chat_id, migrated):
        return False
    return accepted_by is None or accepted_by == user_id or is_staff(config, user_id, changes)


def may_manage_staff(scope: StaffScope | None) -> bool:
    """Only the coordinators, in their own chat, add and remove staff."""
    return scope is not None and scope.ngo_ids is None


def is_staff_chat(
    config: Config, directory: Directory, chat_id: int, migrated: Mapping[int, int] | None = None
) -> bool:
    configured = configured_chat_id(chat_id, migrated)
    return configured == config.staff.coordinator_chat_id or bool(directory.by_staff_chat(configured))
