"""The rows storage returns, as frozen dataclasses, and the SQL conditions several concerns share."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from bot.handoff import Draft

# A case is open until it is closed: claimed is open too. The queries read the view open_cases (migration 0014),
# which says the same in SQL.
OPEN_STATUSES = ("open", "claimed")
OPEN_CASE_OF_PERSON = "SELECT * FROM open_cases WHERE user_id = ?"
CASE_BY_ID = "SELECT * FROM cases WHERE id = ?"
# Each case created in [?, ?) that staff have written to: the organisation credited with the first staff message,
# its creation and the seconds to that message, of the NGOs in the JSON array ? (NULL: all). The credit goes to
# whoever wrote it: NULL (the coordinators) for a message written in one of the coordinator chat's ids (the JSON
# array ?, given first), else the organisation that held the case then (the one a later referral moved it from, or
# the one that has it). The period's cases are read by their creation (index cases_indicators) and each one's first
# staff message is one lookup (index case_messages_direction, migration 0022), so the work grows with the period's
# cases, not with every case or message ever.
FIRST_STAFF_REPLIES = """
    SELECT ngo_id, created_at, wait FROM (
        SELECT
            CASE
                WHEN first.chat IN (SELECT value FROM json_each(?3)) THEN NULL
                WHEN EXISTS (SELECT 1 FROM referrals AS r WHERE r.case_id = first.id AND r.status = 'done'
                             AND r.decided_at >= first.at)
                THEN (SELECT r.from_ngo_id FROM referrals AS r WHERE r.case_id = first.id AND r.status = 'done'
                      AND r.decided_at >= first.at ORDER BY r.decided_at, r.id LIMIT 1)
                ELSE first.ngo_id
            END AS ngo_id,
            first.created_at, first.at - first.created_at AS wait
        FROM (
            SELECT cases.id, cases.ngo_id, cases.created_at, m.created_at AS at, m.staff_chat_id AS chat
            FROM cases JOIN case_messages AS m ON m.id = (
                SELECT id FROM case_messages WHERE case_id = cases.id AND direction = 'staff'
                ORDER BY created_at, id LIMIT 1)
            WHERE cases.created_at >= ?1 AND cases.created_at < ?2
        ) AS first
    )
    WHERE ?4 IS NULL OR ngo_id IN (SELECT value FROM json_each(?4))
"""
# The audit's actor for what the person did themselves (the audit keeps staff ids only, never the person's).
BY_PERSON = 0


@dataclass(frozen=True)
class Person:
    user_id: int
    language: str
    language_chosen: bool
    first_seen: int
    last_seen: int
    campaign: str | None
    blocked: bool = False  # the person blocked the bot; cleared when they write again
    country: str | None = None  # the destination pack code, remembered only with the person's consent


@dataclass(frozen=True)
class Case:
    id: int
    user_id: int | None
    ngo_id: str | None
    staff_chat_id: int | None
    card_message_id: int | None
    status: str
    urgent: bool
    language: str
    velayat: str | None
    need: str | None
    checklist_summary: str | None
    display_name: str | None
    contact_phone: str | None
    contact_time: str | None
    first_message: str | None
    person_blocked: bool
    created_at: int
    claimed_at: int | None
    claimed_by: int | None
    claimed_by_name: str | None
    closed_at: int | None
    outcome: str | None
    escalated_at: int | None
    person_notified_at: int | None
    ack_message_id: int | None = (
        None  # the first acknowledgement of a relayed message, with the case's buttons
    )
    waiting_told: bool = False  # the person was told messages wait, and is told again once they are delivered
    card_waiting_told: bool = False  # the person was told the request has reached nobody yet
    specialists: str | None = None  # requests to specialists, "role:specialist:state;…" (migration 0016)
    message_parts: int = 1  # the first message's parts: one on the card, the others relayed after it (0023)
    # the destination pack of a person abroad (migration 0024), or a country without one (bot/elsewhere.py) the person
    # typed at the request's country step, which was routed as "another country"
    country: str | None = None
    # the person hid the chat, and staff have not judged since that it is her (0050)
    hidden_at: int | None = None
    claimed_by_coordinators: bool = False  # claimed in the coordinator chat, on an organisation's case (0028)
    coordinators_wrote: bool = False  # the coordinators wrote to the person on an organisation's case (0031)
    waiting_since: int | None = None  # when it last became unclaimed: the claim window counts from it (0032)
    urgent_reopened_at: int | None = None  # reopened by staff while urgent from before its close (0032)
    # How an open case last lost its claim or came back unclaimed (0033): unclaim, release, moved, reopen (staff's
    # ↩️ Reopen), reopen-person (the person wrote to the organisation again)
    given_back: str | None = None
    given_back_by: str | None = None  # the name that goes with it (who gave it back, or whose claim ended)
    checklist_for: str | None = None  # whom its checklist was for: bot.checklist_whom.Whom (0037)
    message_said: str | None = None  # which message a 🆘 request carries: bot.handoff.UNDER or EARLIER (0038)
    message_ids: str | None = None  # the person's messages the request's message was made of, JSON (0040)
    message_edited_at: int | None = None  # when the person last edited one of those messages (0041)
    home_velayat: str | None = None  # the velayat a person abroad is from; their velayat is 'abroad' (0045)
    # The same chat's request that ended in the day before this one (0049): its number, outcome and close time
    earlier_case: int | None = None
    earlier_outcome: str | None = None
    earlier_closed_at: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def request_message_ids(self) -> tuple[int, ...]:
        """The person's messages the request's message was made of (shown on the card with their consent)."""
        return tuple(json.loads(self.message_ids)) if self.message_ids else ()


@dataclass(frozen=True)
class RelayOrigin:
    """What a relayed message is besides the person's own new words (migration 0035)."""

    edited: bool = False  # an edit of a message the person sent before
    forwarded_from: str | None = None  # a forwarded message's origin as Telegram names it; "": a hidden user


OWN_WORDS = RelayOrigin()  # the person's own new message


@dataclass(frozen=True)
class RelayedPiece:
    """A piece of what the person wrote on a case, waiting for a staff chat."""

    id: int
    text: str
    urgent: bool
    person_message_id: int | None
    kind: str | None = (
        None  # None: a text; else a media message, copied from the person's chat (bot/storage/media.py)
    )
    part: int = 1  # its place among the pieces of the message it was cut from (migration 0023)
    parts: int = 1
    danger: bool = False  # words of danger in a conversation a worker is in: marked ⚠️, not 🆘 URGENT
    origin: RelayOrigin = OWN_WORDS


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    case_id: int
    kind: str
    text: str | None


@dataclass(frozen=True)
class CaseMessage:
    direction: str
    text: str | None
    created_at: int
    kind: str | None = None  # a media message (its caption in `text`); None for a text
    id: int = 0  # its place among the case's messages, and so among its audited actions (AuditEntry)
    danger: bool = False  # a person's message the crisis detector read as danger (relayed marked 🆘 or ⚠️)
    origin: RelayOrigin = OWN_WORDS  # an edit, or a forward and whose it was, as its relay said (0035)


@dataclass(frozen=True)
class AuditEntry:
    staff_user_id: int
    action: str
    at: int
    after_message: int | None = None  # the case's newest message id when audited (migration 0025)
    by_coordinators: bool = False  # made in the coordinator chat (migration 0033; claims only)


@dataclass(frozen=True)
class ChecklistProgress:
    position: int
    answers: dict[str, str]
    whom: str | None = (
        None  # bot.checklist_whom.Whom: whom the offer is for; None in progress saved before it was asked
    )


@dataclass(frozen=True)
class ForgetJob:
    """What is left of a /forget once its deletion is committed: empty the write-ahead log (the deleted texts are
    still in it), edit the withdrawn case's card and tell its staff chat, tell the person "Done"."""

    id: int
    user_id: int
    language: str
    message_id: int | None
    case_id: int | None
    staff_told: bool


def person_of(row: sqlite3.Row) -> Person:
    return Person(
        user_id=row["user_id"],
        language=row["language"],
        language_chosen=bool(row["language_chosen"]),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        campaign=row["campaign"],
        blocked=row["blocked_at"] is not None,
        country=row["country"],
    )


# The cases table's 0/1 columns, read as bools
_CASE_FLAGS = (
    *("urgent", "person_blocked", "waiting_told", "card_waiting_told"),
    *("claimed_by_coordinators", "coordinators_wrote"),
)


def case_of(row: sqlite3.Row) -> Case:
    values = dict(row)
    for flag in _CASE_FLAGS:
        values[flag] = bool(values[flag])
    return Case(**values)


def draft_of(row: sqlite3.Row) -> Draft:
    answers = json.loads(row["answers"])
    return Draft(row["user_id"], row["purpose"], row["step"], answers, bool(row["urgent"]))


def forget_job_of(row: sqlite3.Row) -> ForgetJob:
    return ForgetJob(
        id=row["id"],
        user_id=row["user_id"],
        language=row["language"],
        message_id=row["message_id"],
        case_id=row["case_id"],
        staff_told=row["staff_told_at"] is not None,
    )
