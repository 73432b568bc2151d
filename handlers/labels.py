"""Translated labels for the hand-off's fixed vocabularies (services, velayats, outcomes, languages), and the
plain words staff read on a card (the checklist's summary, the place, the time)."""

from __future__ import annotations

import html
from datetime import datetime, timezone

from bot.casework import TURKMENISTAN_OFFSET
from bot.checklist import flag
from bot.directory import VELAYATS
from bot.elsewhere import places_named
from bot.handoff import ABROAD, parse_checklist_summary
from bot.i18n import LANGUAGE_NAMES, Translator
from bot.storage import Case
from handlers.specialist_labels import role_label, state_label

NETWORK_TIME = timezone(TURKMENISTAN_OFFSET)


def duration_label(tr: Translator, minutes: int) -> str:
    """A wait in the unit staff read it in: minutes up to two hours, hours up to two days, then days."""
    minutes = max(0, minutes)
    if minutes < 120:
        return tr.ngettext("{count} minute", "{count} minutes", minutes).format(count=minutes)
    hours = minutes // 60
    if hours < 48:
        return tr.ngettext("{count} hour", "{count} hours", hours).format(count=hours)
    days = hours // 24  # "7 days", not "168 hours"
    return tr.ngettext("{count} day", "{count} days", days).format(count=days)


def service_label(tr: Translator, service: str) -> str:
    return {
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "legal": tr.pgettext("service", "⚖️ Legal advice"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "psychological": tr.pgettext("service", "💬 Psychological support"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "medical": tr.pgettext("service", "🩺 Medical help"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "shelter": tr.pgettext("service", "🏠 Shelter"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "reintegration": tr.pgettext("service", "🔄 Help after return"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "information": tr.pgettext("service", "ℹ️ Information and advice"),
        # TRANSLATORS: a button naming a kind of help an organisation gives; at most 36 characters.
        "other": tr.pgettext("service", "❔ I am not sure"),
    }.get(service, service)


def velayat_label(tr: Translator, velayat: str) -> str:
    return {
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "ashgabat": tr.pgettext("velayat", "Ashgabat city"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "ahal": tr.pgettext("velayat", "Ahal"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "balkan": tr.pgettext("velayat", "Balkan"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "dashoguz": tr.pgettext("velayat", "Daşoguz"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "lebap": tr.pgettext("velayat", "Lebap"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "mary": tr.pgettext("velayat", "Mary"),
        # TRANSLATORS: a button naming a region of Turkmenistan (or abroad); at most 36 characters.
        "abroad": tr.pgettext("velayat", "🌍 I am abroad"),
    }.get(velayat, velayat)


def outcome_label(tr: Translator, outcome: str) -> str:
    return {
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "legal": tr.pgettext("outcome", "Legal help"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "psychological": tr.pgettext("outcome", "Psychological help"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "medical": tr.pgettext("outcome", "Medical help"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "shelter": tr.pgettext("outcome", "Shelter"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "reintegration": tr.pgettext("outcome", "Reintegration"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "information": tr.pgettext("outcome", "Information only"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "referred": tr.pgettext("outcome", "Referred elsewhere"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "no_answer": tr.pgettext("outcome", "No answer"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "declined": tr.pgettext("outcome", "Declined / not relevant"),
        # TRANSLATORS: how a case ended, a button staff press to close it; at most 36 characters.
        "withdrawn": tr.pgettext("outcome", "Withdrawn by the person"),
    }.get(outcome, outcome)


def language_label(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


def risk_label(tr: Translator, level: str) -> str:
    return {
        # TRANSLATORS: the risk level of a job offer after the checklist, in /stats under "checklists by risk".
        "low": tr.pgettext("risk", "low"),
        # TRANSLATORS: the risk level of a job offer after the checklist, in /stats under "checklists by risk".
        "medium": tr.pgettext("risk", "medium"),
        # TRANSLATORS: the risk level of a job offer after the checklist, in /stats under "checklists by risk".
        "high": tr.pgettext("risk", "high"),
    }.get(level, level)


def risk_words(tr: Translator, level: str) -> str:
    """The risk level on its own, where nothing around it says it is a risk (a case card, the consent screen)."""
    return {
        # TRANSLATORS: a job offer's checklist result, on a case card and the consent screen (Checklist: high risk).
        "low": tr.pgettext("risk", "low risk"),
        # TRANSLATORS: a job offer's checklist result, on a case card and the consent screen (Checklist: high risk).
        "medium": tr.pgettext("risk", "medium risk"),
        # TRANSLATORS: a job offer's checklist result, on a case card and the consent screen (Checklist: high risk).
        "high": tr.pgettext("risk", "high risk"),
    }.get(level, level)


def status_label(tr: Translator, status: str) -> str:
    return {
        # TRANSLATORS: the state of a case, shown to staff: open = waiting for a staff member, claimed = a staff member took it, closed = finished.
        "open": tr.pgettext("case status", "open"),
        # TRANSLATORS: the state of a case, shown to staff: open = waiting for a staff member, claimed = a staff member took it, closed = finished.
        "claimed": tr.pgettext("case status", "claimed"),
        # TRANSLATORS: the state of a case, shown to staff: open = waiting for a staff member, claimed = a staff member took it, closed = finished.
        "closed": tr.pgettext("case status", "closed"),
    }.get(status, status)


# The kinds of audited case action `action_label` puts in words (the part before a colon); tests render each.
ACTION_KINDS = (
    "claim",
    "reply",
    "reply-edited",
    "close",
    "send",
    "urgent",
    "unclaim",
    "release",
    "note",
    "refer",
    "refer-asked",
    "refer-declined",
    "reopen",
    "opened",
)


def action_label(tr: Translator, action: str, topic_title: str | None = None) -> str:
    """An audited action (`claim`, `close:<outcome>`, `send:<topic>`, `urgent:sos` …) in words for the case history;
    `topic_title` is the sent topic's title (or the organisation's name, for a referral) in the reader's language. An action this version does not know is shown
    as stored rather than hidden."""
    kind, _, detail = action.partition(":")
    if kind == "claim":
        return tr.pgettext("case action", "took the case")
    if kind == "reply":
        return tr.pgettext("case action", "wrote to the person")
    if kind == "reply-edited":
        return tr.pgettext(
            "case action", "edited a message already sent to the person (they see the new text)"
        )
    if kind == "close":
        return tr.pgettext("case action", "closed the case: {outcome}").format(
            outcome=outcome_label(tr, detail)
        )
    if kind == "send":
        return tr.pgettext("case action", "sent the answer “{topic}”").format(topic=topic_title or detail)
    if kind == "unclaim":
        return tr.pgettext("case action", "gave the case back (unclaimed)")
    if kind == "release":
        return tr.pgettext("case action", "put the case back in the queue: {name} is no longer staff").format(
            name=topic_title or detail
        )
    if kind == "note":
        return tr.pgettext("case action", "added a note")
    if kind == "refer":
        return tr.pgettext("case action", "referred the case to {organisation}").format(
            organisation=topic_title or detail
        )
    if kind == "refer-asked":
        return tr.pgettext("case action", "proposed {organisation}: the person is asked to agree").format(
            organisation=topic_title or detail
        )
    if kind == "refer-declined":
        return tr.pgettext("case action", "did not agree to go to {organisation}").format(
            organisation=topic_title or detail
        )
    if kind == "urgent" and detail == "sos":
        return tr.pgettext("case action", "pressed SOS: the case is urgent")
    if kind == "specialist":
        state, _, role = detail.partition(":")
        role = role.partition(":")[0]  # then, for accepted and done, the specialist's roster id
        return tr.pgettext("case action", "specialist ({role}): {state}").format(
            role=role_label(tr, role), state=state_label(tr, state)
        )
    if kind == "urgent":
        return tr.pgettext("case action", "wrote a message that signals danger: the case is urgent")
    if kind == "screen":
        return screening_action(tr, detail)
    if kind == "reopen":
        return tr.pgettext("case action", "opened the case again")
    if kind == "hide":
        return tr.pgettext("case action", "hid the chat: nothing is sent to them until staff end the hiding")
    if kind == "unhide":
        return tr.pgettext("case action", "judged it is the person writing and ended the hiding")
    if kind == "opened":
        return tr.pgettext("case action", "opened the case with 🆘 SOS: urgent from the start")
    return action


def duration_words(tr: Translator, minutes: float | None) -> str:
    """A duration in minutes, in words (hours and minutes from two hours on: 151 minutes is "2 h 31 min", not
    "3 hours"); a dash when there is none."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    if whole < 120:
        return tr.ngettext("{count} minute", "{count} minutes", whole).format(count=whole)
    hours, rest = divmod(whole, 60)
    if rest == 0:
        return tr.ngettext("{count} hour", "{count} hours", hours).format(count=hours)
    # TRANSLATORS: a duration of at least two hours, abbreviated as on a clock: "2 h 31 min".
    return tr.gettext("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def screening_action(tr: Translator, detail: str) -> str:
    """A step of the screening interview in the case history: which section, never its answer."""
    if detail == "start":
        return tr.pgettext("case action", "started the screening")
    if detail == "judged":
        return tr.pgettext("case action", "recorded a judgement on the screening")
    if detail == "discarded":
        # TRANSLATORS: in a case's history: staff deleted a screening recorded on this case by mistake.
        return tr.pgettext("case action", "discarded a screening recorded on this case by mistake")
    return tr.pgettext("case action", "saved a section of the screening")


def checklist_words(tr: Translator, summary: str) -> str:
    """A case's checklist summary as staff read it: the risk level and its warnings in words, never keys."""
    level, keys = parse_checklist_summary(summary)
    warnings = [tr.gettext(msgid) for msgid in map(flag, keys) if msgid is not None]
    words = f"{risk_words(tr, level)}: {'; '.join(warnings)}" if warnings else risk_words(tr, level)
    return html.escape(words, quote=False)


def place_label(tr: Translator, velayat: str | None, country: str | None, home: str | None = None) -> str:
    """The velayat, and for a person abroad the country they are in (its name): "🌍 I am abroad — Türkiye", with
    `home`, the velayat they said they are from, if any (a 🆘 request: "🌍 I am abroad — Türkiye (home: Dashoguz)")."""
    # A request's velayat ("where are you from, or your family?") beside a country kept reads as where they are from
    home = home if home in VELAYATS else velayat if country and velayat in VELAYATS else None
    if home is not None and country:
        # TRANSLATORS: on a staff card, where a person abroad is and the velayat they said they are from.
        return tr.gettext("{abroad} — {country} (home: {velayat})").format(
            abroad=velayat_label(tr, "abroad"),
            country=html.escape(country, quote=False),
            velayat=velayat_label(tr, home),
        )
    if home is not None:
        # TRANSLATORS: on a staff card, a person abroad in a country not named, and the velayat they said they are from.
        return tr.gettext("{abroad} (home: {velayat})").format(
            abroad=velayat_label(tr, "abroad"), velayat=velayat_label(tr, home)
        )
    # a country without a velayat: SOS from a person who let the bot keep where they are
    place = velayat_label(tr, velayat or ("abroad" if country else "")) if velayat or country else "—"
    return f"{place} — {html.escape(country, quote=False)}" if country else place


def format_time(timestamp: int) -> str:
    return network_time(timestamp, "%Y-%m-%d %H:%M") + " (UTC+5)"


def network_time(timestamp: int, pattern: str) -> str:
    """A time as the network's staff read it: in Turkmenistan, which keeps UTC+5 all year (no daylight saving), so
    that a request received at 04:55 in Ashgabat is not read as a late-evening one ("23:55 UTC")."""
    return datetime.fromtimestamp(timestamp, NETWORK_TIME).strftime(pattern)


def earlier_case_lines(tr: Translator, case: Case) -> list[str]:
    """The card's line for a request from a chat whose request ended in the day before it (migration 0049): one
    person opening case after case shows as one chat, not many people. None after /forget or retention."""
    if case.earlier_case is None or case.earlier_closed_at is None:
        return []
    gap = duration_label(tr, max(0, case.created_at - case.earlier_closed_at) // 60)
    if case.earlier_outcome == "withdrawn":
        # TRANSLATORS: on a staff card: this request comes from the same Telegram chat as an earlier one.
        line = tr.gettext(
            "🔁 Same chat as case #{number}, which the person withdrew; from that to this request: {duration}."
        )
    else:
        # TRANSLATORS: on a staff card: this request comes from the same Telegram chat as an earlier one.
        line = tr.gettext(
            "🔁 Same chat as case #{number}, closed as “{outcome}”; from that to this request: {duration}."
        )
    outcome = outcome_label(tr, case.earlier_outcome or "")
    return [line.format(number=case.earlier_case, outcome=outcome, duration=gap)]


def card_status(tr: Translator, case: Case, *, holder: bool = False) -> str:
    """The card's status line (`holder`: the coordinators' copy of an organisation's card, which names it)."""
    if case.status == "open" and case.given_back is not None:
        return _given_back(tr, case, holder=holder)
    if case.status == "open" and holder:
        return tr.gettext("Status: waiting for someone there to claim it")
    if case.status == "open":
        return tr.gettext("Status: waiting for someone to claim it")
    name = html.escape(case.claimed_by_name or "?", quote=False)
    if case.status == "claimed" and case.claimed_by_coordinators and case.ngo_id is not None:
        # An organisation's case a coordinator took: its staff must know the hotline team has it, not a colleague
        return tr.gettext("Status: claimed by {name} of the hotline team").format(name=name)
    if case.status == "claimed":
        return tr.gettext("Status: claimed by {name}").format(name=name)
    return tr.gettext("Status: closed — {outcome}").format(outcome=outcome_label(tr, case.outcome or ""))


def _given_back(tr: Translator, case: Case, *, holder: bool) -> str:
    """An open case that was claimed before, or opened again: who gave it back or reopened it and when, so nobody
    takes it for untouched."""
    name = html.escape(case.given_back_by or "?", quote=False)
    time = format_time(case.waiting_since or case.created_at)
    if case.given_back == "unclaim":
        text = tr.gettext("Status: waiting — given back by {name} on {time}; nobody has it now")
    elif case.given_back == "unclaim-hotline":
        text = tr.gettext(
            "Status: waiting — given back by {name} of the hotline team on {time}; nobody has it now"
        )
    elif case.given_back == "reopen":
        text = tr.gettext("Status: waiting — reopened by {name} on {time}; nobody has it now")
    elif case.given_back == "reopen-person":
        text = tr.gettext("Status: waiting — reopened by the person on {time}; nobody has it now")
    elif case.given_back == "release":
        text = tr.gettext("Status: waiting — {name} was removed from staff on {time}; nobody has it now")
    elif holder:
        text = tr.gettext(
            "Status: waiting — claimed before it was passed on to them on {time}; nobody has it now"
        )
    else:
        text = tr.gettext(
            "Status: waiting — claimed before it was passed on here on {time}; nobody has it now"
        )
    return text.format(name=name, time=time)


def places_said(tr: Translator, case: Case) -> str | None:
    """For a person abroad in a country with no pack, the places their message names, in their words."""
    places = places_named(case.first_message or "") if case.velayat == ABROAD and not case.country else []
    # TRANSLATORS: on a staff card, after "I am abroad": the country or city the person named, as they wrote it.
    return tr.gettext("{places} (in the person's words)").format(places=", ".join(places)) if places else None
