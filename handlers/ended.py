"""What staff are told when a case command meets a case that has ended: that it is closed, and the way back (the
↩️ Reopen button its card shows) where there is one. One wording for every command, so none of them sends staff
looking for a Claim button a closed card does not have."""

from __future__ import annotations

from bot.handoff import WITHDRAWN
from bot.i18n import Translator
from bot.storage import Case


def may_reopen(case: Case) -> bool:
    """A closed case staff can open again from its card: not one the person withdrew (theirs to undo) or whose data
    was deleted."""
    return not case.is_open and case.user_id is not None and case.outcome != WITHDRAWN


def reopen_label(tr: Translator) -> str:
    # TRANSLATORS: a staff button: open this closed case again (the person is told); at most 20 characters.
    return tr.pgettext("button", "↩️ Reopen")


def ended_case_text(tr: Translator, case: Case) -> str:
    """Why nothing can be done on `case` now, and what would make it possible."""
    if case.user_id is None:
        return tr.gettext(
            "Case #{number} is closed and the person's data was deleted: it cannot be opened again."
        ).format(number=case.id)
    if case.outcome == WITHDRAWN:
        return tr.gettext("Case #{number} was withdrawn by the person: only they can open it again.").format(
            number=case.id
        )
    return tr.gettext(
        "Case #{number} is closed. To work on it again, first press {button} on its card (/case {number} shows it)."
    ).format(number=case.id, button=reopen_label(tr))
