"""A case's history as staff read it in /case: the messages and the audited actions in time order, in words, the
newest kept when they do not all fit in one message."""

from __future__ import annotations

from collections.abc import Mapping

from bot.casework import HOTLINE_TEAM
from bot.i18n import Translator
from bot.runtime.context import BotContext
from bot.storage import BY_PERSON, AuditEntry, Case, CaseMessage
from handlers.common import escape
from handlers.copies import kind_label
from handlers.delivery import origin_line
from handlers.labels import action_label, format_time, network_time
from handlers.specialist_labels import role_label

# /case's history is one message (Telegram's 4,096 characters, with room for markup); one long message takes at most
# HISTORY_ENTRY_CHARS of it, so that the newest lines, which matter most, are never pushed out by one long story.
HISTORY_CHARS = 3900
HISTORY_ENTRY_CHARS = 400


def _shortened(text: str) -> str:
    return text if len(text) <= HISTORY_ENTRY_CHARS else text[: HISTORY_ENTRY_CHARS - 1].rstrip() + "…"


def newest_that_fit(entries: list[str], room: int) -> list[str]:
    """The newest entries, oldest first, that fit in `room` characters with a line break between them."""
    kept: list[str] = []
    used = 0
    for entry in reversed(entries):
        used += len(entry) + 1
        if used > room:
            break
        kept.append(entry)
    return kept[::-1]


def audit_line(context: BotContext, tr: Translator, entry: AuditEntry, names: Mapping[int, str]) -> str:
    """One audited action in the reader's words: who (the staff member by name, or the person) and what, never a
    stored key; `names` are staff names by user id (a staff member who never acted since names were kept is
    shown by id)."""
    kind, _, detail = entry.action.partition(":")
    topic = context.bot_data.knowledge.get(detail) if kind == "send" else None
    ngo = context.bot_data.directory.get(detail) if kind.startswith("refer") else None
    title = topic.text(tr.language).title if topic else ngo.text("name", tr.language) if ngo else None
    if kind.startswith("refer") and detail == HOTLINE_TEAM:
        title = tr.gettext("the hotline team")  # handed back to the coordinators
    if kind == "release" and detail.isdigit():
        title = names.get(int(detail), detail)  # the staff member removed while holding the case
    action = escape(action_label(tr, entry.action, title))
    if entry.staff_user_id == BY_PERSON:
        return f"{tr.gettext('person')}: {action}"
    name = names.get(entry.staff_user_id) or _specialist(tr, kind, detail)
    if name:
        return f"{escape(name)}: {action}"
    return tr.gettext("staff {user}: {action}").format(user=entry.staff_user_id, action=action)


def _specialist(tr: Translator, kind: str, detail: str) -> str | None:
    """Who answered a request to a specialist, when not a staff member: the specialist's roster id (their role,
    in entries from before the id was audited)."""
    state, _, rest = detail.partition(":")
    if kind != "specialist" or state not in ("accepted", "done"):
        return None
    role, _, specialist = rest.partition(":")
    return specialist or role_label(tr, role)


def _after_message(entry: AuditEntry, messages: list[CaseMessage]) -> int:
    """The id of the message an audited action comes after (0: before them all)."""
    if entry.after_message is not None:
        return entry.after_message
    return max((item.id for item in messages if item.created_at < entry.at), default=0)


async def history_text(context: BotContext, tr: Translator, case: Case) -> str:
    """The history of `case` in `tr`'s language, one message."""
    messages, audit = await context.bot_data.storage.case_history(case.id)
    lines = [
        tr.gettext("<b>Case #{number}</b> — history").format(number=case.id),
        tr.gettext("Received: {time}").format(time=format_time(case.created_at)),
    ]
    names = await context.bot_data.storage.staff_names()
    # A staff message and its "wrote to the person" entry are one line: the message, under the writer's name
    writers = [entry for entry in audit if entry.action == "reply"]
    # Both are stored to the second: an action goes right after the message that was the case's newest when it was
    # audited, so that what happened in one second keeps its order (an older action, by its time)
    events = [
        (_after_message(entry, messages), 1, entry.at, audit_line(context, tr, entry, names))
        for entry in audit
        if entry.action != "reply"
    ]
    for item in messages:
        who = tr.gettext("person") if item.direction == "person" else tr.gettext("staff")
        writer = (
            next((w for w in writers if w.at == item.created_at), None) if item.direction == "staff" else None
        )
        if writer is not None:
            writers.remove(writer)
            who = escape(names.get(writer.staff_user_id) or who)
        if item.direction == "note":
            who = tr.gettext("📝 note (staff only)")
        text = escape(_shortened(item.text)) if item.text is not None else tr.gettext("(deleted)")
        if item.kind is not None:  # a voice note, photo ...: its kind, then its caption
            text = f"{kind_label(tr, item.kind)} {text}".rstrip()
        mark = "⚠️ " if item.danger else ""  # what staff were shown marked is marked in the history too
        # A forwarded advert is not the person's words, nor an edit a new message: as the relay said
        origin = origin_line(tr, item.origin)
        text = text if origin is None else f"{origin} {text}"
        events.append((item.id, 0, item.created_at, f"{mark}{who}: {text}"))
    entries = [
        f"{network_time(at, '%m-%d %H:%M')} {text}"
        for at, text in _repeats_once(sorted(events, key=lambda e: e[:2]))
    ]
    kept = newest_that_fit(entries, HISTORY_CHARS - len("\n".join(lines)) - 100)
    if len(kept) < len(entries):
        left_out = len(entries) - len(kept)
        lines.append(
            tr.ngettext(
                "… {count} earlier line left out: see the card and the chat above.",
                "… {count} earlier lines left out: see the card and the chat above.",
                left_out,
            ).format(count=left_out)
        )
    text = "\n".join(lines + kept)
    return text


def _repeats_once(events: list[tuple[int, int, int, str]]) -> list[tuple[int, str]]:
    """The events' times and lines, an action repeated back to back (six "saved a section of the screening") once,
    at its last time, with how many times; messages always each on their own line."""
    merged: list[tuple[int, int, str, bool]] = []  # time, count, line, an action
    for _, order, at, text in events:
        action = order == 1
        if merged and action and merged[-1][3] and merged[-1][2] == text:
            merged[-1] = (at, merged[-1][1] + 1, text, True)
        else:
            merged.append((at, 1, text, action))
    return [(at, text if count == 1 else f"{text} (×{count})") for at, count, text, _ in merged]
