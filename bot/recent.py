"""What a person showed in the last hour without agreeing to have it kept, held in memory for the conversation only:
where they are (a shared location, a country chosen, a message saying where they are now; HOME for one saying they
are back in Turkmenistan), so that the next danger reply still gives that country's emergency number, the one they
are in winning over the one they let the bot keep; and the language they asked for, so that what they then write in
does not switch it back. Never written to the database; a restart loses it."""

from __future__ import annotations

from collections import OrderedDict

# An hour covers one conversation in trouble (the location, then the messages after it), and is short enough that a
# person who has moved on, or whose phone is in other hands, is not given a country they never agreed to keep.
RECENT_SECONDS = 3600
# Where a person is, when they said they are back in Turkmenistan: no pack's number, not even a kept one's, fits.
HOME = "home"


class RecentChoices:
    """One value per person (a country code, a language code) and when it was shown (seconds, the storage clock's),
    for RECENT_SECONDS."""

    def __init__(self) -> None:
        self._values: OrderedDict[int, tuple[str, int]] = OrderedDict()

    def note(self, user_id: int, value: str, now: int) -> None:
        # Noted last means kept last, so the expired ones are at the front and go whenever one is noted: the memory
        # holds only the last hour's, without reading the whole hour on every message.
        self._values.pop(user_id, None)
        self._values[user_id] = (value, now)
        while now - next(iter(self._values.values()))[1] >= RECENT_SECONDS:
            self._values.popitem(last=False)

    def get(self, user_id: int, now: int) -> str | None:
        """The value the person showed in the last RECENT_SECONDS, or None."""
        shown = self._values.get(user_id)
        return shown[0] if shown is not None and now - shown[1] < RECENT_SECONDS else None

    def forget(self, user_id: int) -> None:
        """/forget, /hide, or "do not keep it": nothing of it stays."""
        self._values.pop(user_id, None)


class RecentWritten:
    """The last `keep` messages each person wrote, each with what the bot read in it (a `kind`: "" for nothing
    particular), for RECENT_SECONDS: what an urgent request opened with 🆘 shows staff (bot/sos_words.py)."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        # Per person, oldest first: (text, kind, when). Written last means kept last, as in RecentChoices.
        self._messages: OrderedDict[int, list[tuple[str, str, int]]] = OrderedDict()

    def note(self, user_id: int, text: str, now: int, kind: str = "") -> None:
        """The person wrote `text`."""
        kept = [m for m in self._messages.pop(user_id, []) if now - m[2] < RECENT_SECONDS]
        self._messages[user_id] = [*kept, (text, kind, now)][-self.keep :]
        while now - next(iter(self._messages.values()))[-1][2] >= RECENT_SECONDS:
            self._messages.popitem(last=False)

    def mark(self, user_id: int, text: str, kind: str, now: int) -> None:
        """What the bot read in the person's newest message `text` (noted now if it was not noted)."""
        kept = self._messages.get(user_id)
        if kept and kept[-1][0] == text and now - kept[-1][2] < RECENT_SECONDS:
            kept[-1] = (text, kind, kept[-1][2])
        else:
            self.note(user_id, text, now, kind)

    def get(self, user_id: int, now: int) -> list[tuple[str, str]]:
        """(text, kind) of the person's messages in the last RECENT_SECONDS, oldest first."""
        return [
            (text, kind) for text, kind, at in self._messages.get(user_id, []) if now - at < RECENT_SECONDS
        ]

    def forget(self, user_id: int) -> None:
        """/forget, /hide, or the request they were kept for is open: nothing of them stays."""
        self._messages.pop(user_id, None)
