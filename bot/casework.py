"""Decisions of the case tools, Telegram-free: where a case can be referred (nearest first), whether the person
must agree again, whether an organisation is open now by its hours in the directory, what reaches a person who hid
the chat, and which staff chats see a case's messages and whose name the person sees on them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from enum import Enum

from bot.directory import Directory, NearbyNgo, Ngo, great_circle_km
from bot.nlp.crisis_patterns import CrisisKind
from bot.nlp.textnorm import forms

# Turkmenistan's time, all year (no daylight saving): the hours in the directory are local.
TURKMENISTAN_OFFSET = timedelta(hours=5)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ALWAYS = re.compile(r"24\s*(hours|h\b|/\s*7)|round the clock", re.IGNORECASE)
_WEEKLY = re.compile(
    r"(?P<first>mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[–—-]\s*(?P<last>mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+"
    r"(?P<opens>\d{1,2})[:.](?P<om>\d{2})\s*[–—-]\s*(?P<closes>\d{1,2})[:.](?P<cm>\d{2})",
    re.IGNORECASE,
)
_DAILY = re.compile(
    r"every day,?\s+(?P<opens>\d{1,2})[:.](?P<om>\d{2})\s*[–—-]\s*(?P<closes>\d{1,2})[:.](?P<cm>\d{2})",
    re.IGNORECASE,
)


# A case an organisation hands back to the coordinators: its referral's target and its audited detail (the case's
# organisation is then none: the coordinator chat has it).
HOTLINE_TEAM = "hotline-team"


def referral_targets(
    directory: Directory,
    current: Ngo | None,
    need: str | None,
    limit: int | None = None,
    *,
    velayat: str | None = None,
) -> list[NearbyNgo]:
    """The organisations a case can be referred to: in Turkmenistan, not the one that has it, offering the needed
    service (any, when the need is unknown or "other"), nearest to the current organisation's office first (equal
    distances by id). Without a current organisation (the hotline team's case), as the person's Get help lists them
    for the case's `velayat`: those in it first (by id), then the rest nearest to them, with no distance; with no
    velayat known, in the directory's order. All of them unless `limit`: the network is a dozen organisations, and
    one left off the list could not be chosen at all."""
    service = need if need and need != "other" else None
    found = [
        ngo
        for ngo in directory.ngos
        if ngo.velayat is not None
        and (current is None or ngo.id != current.id)
        and (service is None or ngo.offers(service))
    ]
    if current is None:
        local = [ngo for ngo in directory.ngos if velayat is not None and ngo.velayat == velayat]
        if not local:
            return [NearbyNgo(ngo, None) for ngo in found[:limit]]
        # From the middle of the velayat's organisations, as bot.directory's nearest_to_velayat
        latitude = sum(ngo.latitude for ngo in local) / len(local)
        longitude = sum(ngo.longitude for ngo in local) / len(local)
        found.sort(
            key=lambda ngo: (
                ngo.velayat != velayat,
                0.0
                if ngo.velayat == velayat
                else great_circle_km(latitude, longitude, ngo.latitude, ngo.longitude),
                ngo.id,
            )
        )
        return [NearbyNgo(ngo, None) for ngo in found[:limit]]
    nearby = [
        NearbyNgo(ngo, great_circle_km(current.latitude, current.longitude, ngo.latitude, ngo.longitude))
        for ngo in found
    ]
    nearby.sort(key=lambda n: (n.distance_km, n.ngo.id))
    return nearby[:limit]


def agreed_velayat(current: Ngo | None, chosen: str | None) -> str | None:
    """The velayat the person agreed to a request in: their organisation's, or the one they chose (None: they never
    said where they are, as with an SOS)."""
    return current.velayat if current is not None and current.velayat else chosen


def needs_consent_again(current: Ngo | None, chosen: str | None, target: Ngo) -> bool:
    """A referral to an organisation outside the velayat the person agreed to needs their consent again."""
    return target.velayat != agreed_velayat(current, chosen)


def open_now(hours: str, now_utc: datetime) -> bool | None:
    """Whether an organisation with these hours (the directory's English text: "Mon–Fri 9:00–18:00", "Every day,
    24 hours") is open at `now_utc`, in Turkmenistan time; None when the text says something this cannot read,
    so that nobody is told "closed" by mistake."""
    if _ALWAYS.search(hours):
        return True
    local = now_utc.astimezone(UTC) + TURKMENISTAN_OFFSET
    minute = local.hour * 60 + local.minute
    weekly = _WEEKLY.search(hours)
    daily = _DAILY.search(hours)
    if weekly is not None:
        first, last = DAYS.index(weekly["first"].lower()[:3]), DAYS.index(weekly["last"].lower()[:3])
        day = local.weekday()
        on_day = first <= day <= last if first <= last else day >= first or day <= last
        match = weekly
    elif daily is not None:
        on_day = True
        match = daily
    else:
        return None
    opens = int(match["opens"]) * 60 + int(match["om"])
    closes = int(match["closes"]) * 60 + int(match["cm"])
    return on_day and opens <= minute < closes


# A worker who wrote to the person this recently is in the conversation with them: ten minutes spans the pauses of a
# chat (reading, typing, asking a colleague) but not a case left for later, where words of danger must alarm again.
IN_CONVERSATION_SECONDS = 10 * 60


def danger_raises_alarm(*, claimed: bool, staff_wrote_at: int | None, now: int) -> bool:
    """Whether words of danger on an open case raise the alarm (the case urgent, both staff chats alerted, the person
    told a person will write): not on a claimed case whose worker wrote to the person in the last
    IN_CONVERSATION_SECONDS (`staff_wrote_at`: their last message, None if none), who reads them already. An
    explicit 🆘 always raises it (handlers/sos.py), whoever is writing."""
    in_conversation = (
        claimed and staff_wrote_at is not None and now - staff_wrote_at < IN_CONVERSATION_SECONDS
    )
    return not in_conversation


def makes_request_urgent(kind: CrisisKind | None, text: str = "") -> bool:
    """Whether words the crisis detector read as `kind`, written as the message of a request the person is sending,
    make the request urgent (its card 🆘 and the coordinators paged). A plain call for help does not: "help me
    please" in a request for help asks for what the request does anyway, and marking every such request urgent
    would leave "urgent first" meaning nothing; unless the person says it is urgent ("помогите, срочно", "SOS help
    me"). Any other kind of danger does, and so does 🆘 (handlers/sos.py)."""
    if kind is CrisisKind.HELP:
        return any(_SAID_URGENT.search(form) for form in forms(text))
    return kind is not None


# Urgency said in words (in each reading of bot.nlp.textnorm.forms: Turkmen without its letters, Cyrillic as typed)
_SAID_URGENT = re.compile(
    r"\bsos\b|\bсос\b|срочн|\bsrochn|\burgent|\bemergenc|\basap\b|прямо сейчас|\bбыстрее\b"
    r"|\btiz\b|\btizden\b|\bgyssag|\bашыгыч|\bтиз\b|\bгыссаг"
)


# After /hide ----------------------------------------------------------------------------------------------------


class ToPerson(Enum):
    """What becomes of a message about a case on its way to the person."""

    SEND = "send"
    # not sent, and the worker who wrote it is told why and that they may send it again later
    REFUSE = "refuse"
    # not sent, and nobody told: news of the case that its cards show anyway
    DROP = "drop"


def to_person(*, hidden: bool, by_worker: bool) -> ToPerson:
    """From the person's /hide until staff judge that whoever writes from the chat is her (`hidden`), nothing of the
    case reaches them: someone may be checking their phone, and a message now would show at once who writes and why.
    A worker's own words (a reply, /send, a photo: `by_worker`) are refused (a text reply held, handlers/held.py), so
    that the worker can send them again then; the case's news (claimed, closed, reopened, referred, a long wait) is
    dropped."""
    if not hidden:
        return ToPerson.SEND
    return ToPerson.REFUSE if by_worker else ToPerson.DROP


def person_hears_news(*, hidden: bool) -> bool:
    """Whether the case's news (claimed, closed, reopened) reaches the person now, as staff are then told."""
    return to_person(hidden=hidden, by_worker=False) is ToPerson.SEND


# Who sees a case's messages -----------------------------------------------------------------------------------


def chats_seeing(
    case_chat: int | None,
    coordinator_chat: int | None,
    *,
    held_by_ngo: bool,
    urgent: bool,
    claimed_by_coordinators: bool = False,
    coordinators_wrote: bool = False,
) -> tuple[int, ...]:
    """The staff chats that see what is written on a case, both what the person writes and what staff write to
    them: the case's own chat, and on an organisation's case the coordinators' too while it is urgent (they were
    alerted and may be writing to the person, so each side must see the other's words and the person's answers),
    while a coordinator has claimed it (the person answers the one who holds the case), or once the coordinators
    have written to the person on it (`coordinators_wrote`: whoever asked hears the answer; the organisation keeps
    the case and sees everything, until the case moves). The case's own chat first; chat ids as configured."""
    chats = [case_chat] if case_chat else []
    coordinators_in = urgent or claimed_by_coordinators or coordinators_wrote
    if held_by_ngo and coordinators_in and coordinator_chat and coordinator_chat not in chats:
        chats.append(coordinator_chat)
    return tuple(chats)


def copies_for(seeing: tuple[int, ...], written_in: int) -> tuple[int, ...]:
    """The chats that get a copy of what was written in (or first posted to) `written_in`: the others that see the
    case. A chat that does not see the case (the coordinators writing on an organisation's case that is neither
    urgent nor theirs) still has its words copied to the case's own chat, whose case it is."""
    return tuple(chat for chat in seeing if chat != written_in)


def writes_as_hotline_team(written_in: int, coordinator_chat: int | None, ngo_chat: int | None) -> bool:
    """Whether a staff message written in the chat `written_in` reaches the person signed by the hotline team
    rather than by the case's organisation (`ngo_chat`: its staff chat, None when the coordinators hold the case):
    the chat a message is written in decides who the person is told wrote it."""
    return written_in == coordinator_chat and written_in != ngo_chat
