"""Decisions of the case tools, Telegram-free: where a case can be referred (nearest first), whether the person
must agree again, and whether an organisation is open now by its hours in the directory."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.directory import Directory, NearbyNgo, Ngo, great_circle_km

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
    directory: Directory, current: Ngo | None, need: str | None, limit: int | None = None
) -> list[NearbyNgo]:
    """The organisations a case can be referred to: in Turkmenistan, not the one that has it, offering the needed
    service (any, when the need is unknown or "other"), nearest to the current organisation's office first (equal
    distances by id); without a current organisation, in the directory's order. All of them unless `limit`: the
    network is a dozen organisations, and one left off the list could not be chosen at all."""
    service = need if need and need != "other" else None
    found = [
        ngo
        for ngo in directory.ngos
        if ngo.velayat is not None
        and (current is None or ngo.id != current.id)
        and (service is None or ngo.offers(service))
    ]
    if current is None:
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
