"""A case's history as staff read it in /case: the messages and the audited actions in time order, in words; the
newest page of them first when they do not all fit in one message, and `/case N 2` … for the earlier ones. Across
organisations, an entry made for an organisation that no longer has the case names it."""

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


def audit_line(
    context: BotContext,
    tr: Translator,
    entry: AuditEntry,
    names: Mapping[int, str],
    organisation: str | None = None,
) -> str:
    """One audited action in the reader's words: who (the staff member by name, or the person; with `organisation`,
    the other organisation they acted for) and what, never a stored key; `names` are staff names by user id (a staff
    member who never acted since names were kept is shown by id)."""
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
    who = escape(name) if name else None
    if who is None:
        line = tr.gettext("staff {user}: {action}").format(user=entry.staff_user_id, action=action)
    else:
        line = f"{who}: {action}"
    if organisation is None:
        return line
    head, _, rest = line.partition(": ")
    return f"{head} ({escape(organisation)}): {rest}"


# What staff do on a request to a specialist (the rest is the specialist's answer, or the roster's end of it)
_STAFF_ON_REQUESTS = ("asked", "withdrawn", "unsent")


def without_discarded_screening(audit: list[AuditEntry]) -> list[AuditEntry]:
    """The audit without the steps of a screening staff discarded (recorded on the wrong case): only the discard
    itself says there was one."""
    discards = [index for index, entry in enumerate(audit) if entry.action == "screen:discarded"]
    if not discards:
        return audit
    return [
        entry
        for index, entry in enumerate(audit)
        if not (
            entry.action.startswith("screen:") and entry.action != "screen:discarded" and index < discards[-1]
        )
    ]


def _specialist(tr: Translator, kind: str, detail: str) -> str | None:
    """Who answered a request to a specialist, when not a staff member: the specialist's roster id (their role,
    in entries from before the id was audited)."""
    state, _, rest = detail.partition(":")
    if kind != "specialist" or state not in ("accepted", "done", "declined", "left"):
        return None
    role, _, specialist = rest.partition(":")
    return specialist or role_label(tr, role)


def _after_message(entry: AuditEntry, messages: list[CaseMessage]) -> int:
    """The id of the message an audited action comes after (0: before them all)."""
    if entry.after_message is not None:
        return entry.after_message
    return max((item.id for item in messages if item.created_at < entry.at), default=0)


async def history_text(context: BotContext, tr: Translator, case: Case, page: int = 1) -> str:
    """The history of `case` in `tr`'s language, one message: its newest lines (page 1), or an earlier page of
    them, each saying where the rest are."""
    storage = context.bot_data.storage
    messages, audit = await storage.case_history(case.id)
    audit = without_discarded_screening(audit)
    lines = [
        tr.gettext("<b>Case #{number}</b> — history").format(number=case.id),
        tr.gettext("Received: {time}").format(time=format_time(case.created_at)),
    ]
    names = await storage.staff_names()
    # A staff message and its "wrote to the person" entry are one line: the message, under the writer's name
    writers = [entry for entry in audit if entry.action == "reply"]
    # Both are stored to the second: an action goes right after the message that was the case's newest when it was
    # audited, so that what happened in one second keeps its order (an older action, by its time)
    happened: list[tuple[int, int, int, AuditEntry | CaseMessage]] = [
        (_after_message(entry, messages), 1, entry.at, entry) for entry in audit if entry.action != "reply"
    ]
    happened += [(item.id, 0, item.created_at, item) for item in messages]
    happened.sort(key=lambda e: e[:2])
    # Who held the case when: it starts where its first move took it from, and each move's entry moves it on
    first = await storage.first_referral(case.id)
    holder = (first.from_ngo_id if first else case.ngo_id) or HOTLINE_TEAM
    now_with = case.ngo_id or HOTLINE_TEAM
    events = []
    for key, order, at, thing in happened:
        if isinstance(thing, AuditEntry):
            kind, _, detail = thing.action.partition(":")
            by = HOTLINE_TEAM if thing.by_coordinators else holder
            # A specialist's own answer is theirs; what staff did about a specialist was for their organisation
            staffs = kind != "specialist" or detail.partition(":")[0] in _STAFF_ON_REQUESTS
            elsewhere = by != now_with and thing.staff_user_id > 0 and staffs
            line = audit_line(
                context, tr, thing, names, _organisation(context, tr, by) if elsewhere else None
            )
            if kind == "refer":
                holder = detail
        else:
            line = _message_line(context, tr, thing, writers, names, holder if holder != now_with else None)
        events.append((key, order, at, line))
    entries = [f"{network_time(at, '%m-%d %H:%M')} {text}" for at, text in _repeats_once(events)]
    pages = _pages(entries, HISTORY_CHARS - len("\n".join(lines)) - 200)
    page = min(max(page, 1), len(pages))
    kept = pages[page - 1]
    if page > 1:
        lines.append(
            tr.gettext("Page {page} of {pages}; the newer lines: /case {number} {newer}").format(
                page=page, pages=len(pages), number=case.id, newer=page - 1
            )
        )
    if page < len(pages):
        earlier = sum(len(each) for each in pages[page:])
        lines.append(
            tr.ngettext(
                "… {count} earlier line not shown: /case {number} {page} shows it.",
                "… {count} earlier lines not shown: /case {number} {page} shows them.",
                earlier,
            ).format(count=earlier, number=case.id, page=page + 1)
        )
    return "\n".join(lines + kept)


def _message_line(
    context: BotContext,
    tr: Translator,
    item: CaseMessage,
    writers: list[AuditEntry],
    names: Mapping[int, str],
    elsewhere: str | None,
) -> str:
    """One message of the case: who wrote it (a staff member by name, with their organisation when `elsewhere`, the
    organisation that held the case then, is not the one that has it now) and what."""
    who = tr.gettext("person") if item.direction == "person" else tr.gettext("staff")
    writer = (
        next((w for w in writers if w.at == item.created_at), None) if item.direction == "staff" else None
    )
    if writer is not None:
        writers.remove(writer)
        who = escape(names.get(writer.staff_user_id) or who)
    if item.direction == "staff" and elsewhere is not None:
        who = f"{who} ({escape(_organisation(context, tr, elsewhere))})"
    if item.direction == "note":
        who = tr.gettext("📝 note (staff only)")
    text = escape(_shortened(item.text)) if item.text is not None else tr.gettext("(deleted)")
    if item.kind is not None:  # a voice note, photo ...: its kind, then its caption
        text = f"{kind_label(tr, item.kind)} {text}".rstrip()
    mark = "⚠️ " if item.danger else ""  # what staff were shown marked is marked in the history too
    # A forwarded advert is not the person's words, nor an edit a new message: as the relay said
    origin = origin_line(tr, item.origin)
    text = text if origin is None else f"{origin} {text}"
    return f"{mark}{who}: {text}"


def _organisation(context: BotContext, tr: Translator, ngo_id: str) -> str:
    """An organisation's name (or the hotline team's) in the reader's language."""
    ngo = context.bot_data.directory.get(ngo_id) if ngo_id != HOTLINE_TEAM else None
    if ngo_id == HOTLINE_TEAM:
        return tr.pgettext("sender", "Hotline team")
    return ngo.text("name", tr.language) if ngo else ngo_id


def _pages(entries: list[str], room: int) -> list[list[str]]:
    """The entries in pages that each fit in `room`, the newest page first, each oldest first; one empty page for
    no entries."""
    pages: list[list[str]] = []
    end = len(entries)
    while end > 0:
        kept = newest_that_fit(entries[:end], room) or [entries[end - 1][:room]]
        pages.append(kept)
        end -= len(kept)
    return pages or [[]]


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
