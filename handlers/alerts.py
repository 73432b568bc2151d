"""The words of an urgent alert to staff: why the case became urgent, and what to do now. Said above the alert's copy
of the card in the coordinator chat (handlers/cards.py keeps it there while the case is open) and on its own in the
case's staff chat (handlers/sos.py)."""

from __future__ import annotations

from bot.i18n import Translator
from bot.storage import Case


def urgent_alert(tr: Translator, case: Case, reason: str) -> str:
    """`reason`: "sos" (the person pressed SOS) or "message" (their message signals danger)."""
    if reason == "sos":
        return tr.gettext(
            "🆘 <b>Case #{number}: the person pressed SOS.</b> They may be in danger now. "
            "Please write to them at once: reply to this message."
        ).format(number=case.id)
    return tr.gettext(
        "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: "
        "reply to this message."
    ).format(number=case.id)


def under_alert(tr: Translator, case: Case, reason: str, card: str) -> str:
    """The card as its copy posted under an urgent alert shows it: the alert above it while the case is open, so
    that the coordinators still see why it is urgent after the card changes; the card alone once it is closed."""
    return f"{urgent_alert(tr, case, reason)}\n\n{card}" if case.is_open else card
