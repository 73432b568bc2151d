"""Words for the specialists' roles and their requests' states, and the card's lines about them."""

from __future__ import annotations

from bot.i18n import Translator


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


def state_label(tr: Translator, state: str) -> str:
    return {
        # TRANSLATORS: the state of a request to a specialist, shown to staff: asked, not answered yet.
        "asked": tr.pgettext("specialist request", "asked, waiting for an answer"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the specialist took it.
        "accepted": tr.pgettext("specialist request", "accepted"),
        # TRANSLATORS: the state of a request to a specialist, shown to staff: the consultation took place.
        "done": tr.pgettext("specialist request", "done"),
    }.get(state, state)


def specialist_lines(tr: Translator, summary: str | None) -> list[str]:
    """The card's lines for a case's requests to specialists (`Case.specialists`, "role:id:state;…")."""
    lines = []
    for item in (summary or "").split(";"):
        role, _, rest = item.partition(":")
        specialist, _, state = rest.partition(":")
        if role and specialist:
            lines.append(
                tr.gettext("Specialist: {role} {specialist} — {state}").format(
                    role=role_label(tr, role), specialist=specialist, state=state_label(tr, state)
                )
            )
    return lines
