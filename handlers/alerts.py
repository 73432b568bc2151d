"""The words of an alert to staff above a copy of a case's card in the coordinator chat, kept there while they are
true (handlers/cards.py re-renders the copy on each change): an urgent alert, why the case became urgent and what to
do now (also said on its own in the case's staff chat, handlers/sos.py), kept while the case is open; and the
escalation of a case nobody claimed in time (handlers/jobs.py), kept until it is claimed."""

from __future__ import annotations

from bot.checklist_whom import for_other
from bot.i18n import Translator
from bot.storage import Case
from handlers.labels import duration_label


def urgent_alert(tr: Translator, case: Case, reason: str) -> str:
    """`reason`: "sos" (the person pressed SOS), "message" (their message signals danger) or "checklist" (their
    job-offer checklist came out high: under 18, passport kept, …). From a chat the person hid, said so."""
    alert = _alert(tr, case, reason)
    if case.hidden_at is None:
        return alert
    hidden = tr.gettext(
        "🙈 From the hidden chat: it may not be the person. A reply is held until you end the hiding."
    )
    return f"{alert}\n{hidden}"


def _alert(tr: Translator, case: Case, reason: str) -> str:
    if reason == "checklist" and for_other(case.checklist_for):
        return tr.gettext(
            "🆘 <b>Case #{number}: the job-offer checklist they did for someone close to them came out at high "
            "risk.</b> Please write to them soon: reply to this message."
        ).format(number=case.id)
    if reason == "checklist":
        return tr.gettext(
            "🆘 <b>Case #{number}: the job-offer checklist came out at high risk.</b> Please write to them soon: "
            "reply to this message."
        ).format(number=case.id)
    if reason == "sos":
        return tr.gettext(
            "🆘 <b>Case #{number}: the person pressed SOS.</b> They may be in danger now. "
            "Please write to them at once: reply to this message."
        ).format(number=case.id)
    return tr.gettext(
        "🆘 <b>Case #{number}: the person's message signals danger.</b> Please write to them at once: "
        "reply to this message."
    ).format(number=case.id)


LATE = "late:"  # the reason of an escalation's copy: "late:<minutes nobody had claimed the case for>"


def late_reason(minutes: int) -> str:
    return f"{LATE}{minutes}"


def late_alert(tr: Translator, number: int, minutes: int) -> str:
    """The escalation's heading, naming its case (a notification or a busy chat shows no card with it)."""
    return tr.gettext("⏰ Case #{number}: nobody has claimed it for {time}.").format(
        number=number, time=duration_label(tr, minutes)
    )


def under_alert(tr: Translator, case: Case, reason: str, card: str) -> str:
    """The card as its copy posted under an alert shows it: the alert above it while it is true, so that the
    coordinators still see why the copy was posted after the card changes (an urgent alert while the case is open;
    an escalation, `late_reason`, until the case is claimed: the storage stops listing it after the first claim
    that followed it, so an unclaim does not bring it back); the card alone after that."""
    if reason.startswith(LATE):
        heading = late_alert(tr, case.id, int(reason.removeprefix(LATE))) if case.status == "open" else None
    else:
        heading = urgent_alert(tr, case, reason) if case.is_open else None
    return f"{heading}\n\n{card}" if heading else card
