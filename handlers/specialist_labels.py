"""Words for the specialists' roles and their requests' states, and the card's lines about them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.i18n import LANGUAGES, Translator
from bot.nlp.textnorm import typed_whole
from bot.specialists import ROLES

_BEFORE_THE_NAME = re.compile(r"^\W+")


def role_label(tr: Translator, role: str) -> str:
    return {
        # TRANSLATORS: a button naming a kind of specialist staff can ask for; at most 36 characters.
        "psychologist": tr.pgettext("specialist", "💬 Psychologist"),
        # TRANSLATORS: a button naming a kind of specialist staff can ask for; at most 36 characters.
        "lawyer": tr.pgettext("specialist", "⚖️ Lawyer"),
        # TRANSLATORS: a button naming a kind of specialist staff can ask for; at most 36 characters.
        "doctor": tr.pgettext("specialist", "🩺 Doctor"),
        # TRANSLATORS: a button naming a kind of specialist staff can ask for; at most 36 characters.
        "social_worker": tr.pgettext("specialist", "🤝 Social worker"),
    }.get(role, role)


def role_name(tr: Translator, role: str) -> str:
    """The role as staff type it: the button's words without the emoji ("юрист", "sosial işgär")."""
    return _BEFORE_THE_NAME.sub("", role_label(tr, role)).lower()


def role_typed(catalogs: Callable[[str], Translator], typed: str) -> str | None:
    """The role staff typed after /specialist N, in any of the bot's languages or as its key ("lawyer",
    "юрист", "Hukukçy", "social worker"); None for a word that names none."""
    words = typed_whole(typed)
    for role in ROLES:
        names = {role, role.replace("_", " ")} | {
            role_name(catalogs(language), role) for language in LANGUAGES
        }
        if words in {typed_whole(name) for name in names}:
            return role
    return None


def state_label(tr: Translator, state: str) -> str:
    return {
        # TRANSLATORS: the state of a request to a specialist, shown to staff: asked, not answered yet.
        "asked": tr.pgettext("specialist request", "asked, waiting for an answer"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: their chat did not get it.
        "unsent": tr.pgettext("specialist request", "did not reach their chat"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the specialist took it.
        "accepted": tr.pgettext("specialist request", "accepted"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the consultation took place.
        "done": tr.pgettext("specialist request", "done"),
        # TRANSLATORS: the state of a request to a specialist: the case was closed before the consultation was done
        # (it may have been opened again since).
        "ended": tr.pgettext("specialist request", "ended when the case was closed"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the specialist said they cannot take it.
        "declined": tr.pgettext("specialist request", "declined by the specialist"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the staff who asked took it back.
        "withdrawn": tr.pgettext("specialist request", "withdrawn by staff"),
        # TRANSLATORS: the state of a request to a specialist: it ended because the specialist is no longer on the
        # network's roster of specialists.
        "left": tr.pgettext("specialist request", "ended: the specialist is no longer on the roster"),
    }.get(state, state)


def ended_label(tr: Translator, closed: str) -> str:
    """A request the case's close ended, with the close's time: true also once the case is open again."""
    # TRANSLATORS: the state of a request to a specialist: the case was closed on {time} before the consultation
    # was done (it may have been opened again since).
    return tr.pgettext("specialist request", "ended when the case was closed on {time}").format(time=closed)


def ended_early_label(tr: Translator, reason: str, at: str) -> str:
    """A request declined by the specialist or withdrawn by staff, with the time it happened."""
    if reason == "declined":
        # TRANSLATORS: the state of a request to a specialist: the specialist said at {time} they cannot take it.
        return tr.pgettext("specialist request", "declined by the specialist at {time}").format(time=at)
    if reason == "left":
        # TRANSLATORS: the state of a request to a specialist: it ended at {time}, when the bot started with a roster
        # of specialists that no longer has them.
        return tr.pgettext(
            "specialist request", "ended at {time}: the specialist is no longer on the roster"
        ).format(time=at)
    # TRANSLATORS: the state of a request to a specialist: the staff who asked took it back at {time}.
    return tr.pgettext("specialist request", "withdrawn by staff at {time}").format(time=at)


def advanced_toast(tr: Translator, state: str) -> str:
    """What the specialist who pressed Accept or Done is told: a sentence, not the bare state of the card."""
    if state == "accepted":
        return tr.gettext("You have accepted this request. The organisation that asked sees it on its card.")
    if state == "done":
        return tr.gettext(
            "You have marked this request done. The organisation that asked sees it on its card."
        )
    return state_label(tr, state)


def specialist_lines(
    tr: Translator,
    summary: str | None,
    when: Callable[[int], str],
    holder: str | None = None,
    named: Callable[[str], str] | None = None,
) -> list[str]:
    """The card's lines for a case's requests to specialists (`Case.specialists`, "role:id:state:asked_for;…", the
    state "ended@<time>" for one a close ended, "declined@<time>", "withdrawn@<time>" or "left@<time>" for one that
    ended before), `when` writing a time. A request made for another organisation than `holder`, the one that has
    the case now, names it (`named` gives its name): it was asked before a referral."""
    lines = []
    for item in (summary or "").split(";"):
        role, _, rest = item.partition(":")
        specialist, _, rest = rest.partition(":")
        state, _, asked_for = rest.partition(":")
        ended, _, closed = state.partition("@")
        if closed.isdigit() and ended in ("declined", "withdrawn", "left"):
            label = ended_early_label(tr, ended, when(int(closed)))
        elif closed.isdigit() and ended == "ended":
            label = ended_label(tr, when(int(closed)))
        else:
            label = state_label(tr, state)
        if not (role and specialist):
            continue
        words = {"role": role_label(tr, role), "specialist": specialist, "state": label}
        if asked_for and named is not None and holder is not None and asked_for != holder:
            lines.append(
                # TRANSLATORS: a case card's line for a request to a specialist made by the organisation that had
                # the case before it was referred to the chat reading the card.
                tr.gettext(
                    "Specialist: {role} {specialist} — {state} (asked by {organisation} before the referral)"
                ).format(**words, organisation=named(asked_for))
            )
        else:
            lines.append(tr.gettext("Specialist: {role} {specialist} — {state}").format(**words))
    return lines
