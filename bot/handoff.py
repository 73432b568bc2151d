"""Decisions of the hand-off: which step comes next, how urgent a case is, where it goes. No Telegram here."""

from __future__ import annotations

from bot.checklist import Level
from bot.storage import Draft

# The steps of a hand-off request, in order. Each is skipped when what it asks is already known.
NEED, VELAYAT, CONTACT, PHONE_SAFE, PHONE, TIME, NAME, MESSAGE, CONFIRM = (
    "need",
    "velayat",
    "contact",
    "phone_safe",
    "phone",
    "time",
    "name",
    "message",
    "confirm",
)
STEPS = (NEED, VELAYAT, CONTACT, PHONE_SAFE, PHONE, TIME, NAME, MESSAGE, CONFIRM)
# Steps that wait for typed text rather than a button.
TEXT_STEPS = frozenset({PHONE, TIME, MESSAGE})
# A draft with this step means: the person asked, from the menu, to put their next text to the knowledge base even
# though a case is open.
QUESTION = "question"
OUTCOMES = (
    "legal",
    "psychological",
    "medical",
    "shelter",
    "reintegration",
    "information",
    "referred",
    "no_answer",
    "declined",
)
WITHDRAWN = "withdrawn"
MAX_PHONE = 40
MAX_TIME = 100
MAX_MESSAGE = 1000


def next_step(draft: Draft, after: str | None) -> str:
    """The first step after `after` (or from the start) that still has something to ask."""
    start = 0 if after is None else STEPS.index(after) + 1
    for step in STEPS[start:]:
        if step == NEED and draft.need:
            continue
        if step == VELAYAT and (draft.ngo_id or draft.velayat):
            continue
        if step in (PHONE, TIME) and draft.contact_phone is None:
            continue
        if step == PHONE_SAFE:
            continue  # asked only when the person chooses a phone (see choose_contact)
        return step
    return CONFIRM


def is_urgent(draft: Draft, checklist_level: str | None) -> bool:
    """Urgent for the emergency path and for a high checklist result."""
    return draft.urgent or checklist_level == Level.HIGH.value


def checklist_summary(level: str | None, flagged: tuple[str, ...]) -> str | None:
    if level is None:
        return None
    return f"{level}: {', '.join(flagged)}" if flagged else level


def parse_checklist_summary(summary: str) -> tuple[str, tuple[str, ...]]:
    """The level and the flagged question keys of a summary made by `checklist_summary`."""
    level, _, keys = summary.partition(":")
    return level.strip(), tuple(key.strip() for key in keys.split(",") if key.strip())
