"""Where a person showed they are (a shared location, a country chosen, a danger message naming it), kept in memory
for the conversation only: they have not agreed to have it kept (handlers/abroad.py asks), but the next danger
reply must still give that country's emergency number. Never written to the database; a restart loses it."""

from __future__ import annotations

# An hour covers one conversation in trouble (the location, then the messages after it), and is short enough that a
# person who has moved on, or whose phone is in other hands, is not given a country they never agreed to keep.
RECENT_SECONDS = 3600


class RecentPlaces:
    """The country code each person showed last, and when (seconds, the storage clock's)."""

    def __init__(self) -> None:
        self._places: dict[int, tuple[str, int]] = {}

    def note(self, user_id: int, code: str, now: int) -> None:
        # the expired ones go whenever one is noted, so the memory holds only the last hour's
        self._places = {
            user: place for user, place in self._places.items() if now - place[1] < RECENT_SECONDS
        }
        self._places[user_id] = (code, now)

    def get(self, user_id: int, now: int) -> str | None:
        """The country code the person showed in the last RECENT_SECONDS, or None."""
        place = self._places.get(user_id)
        return place[0] if place is not None and now - place[1] < RECENT_SECONDS else None

    def forget(self, user_id: int) -> None:
        """/forget, /hide, or "do not keep it": nothing of where they are stays."""
        self._places.pop(user_id, None)


class ChosenLanguages(RecentPlaces):
    """The language each person asked for in the last hour (🌐 Language, or "пиши по-английски"): what they then
    write in does not switch it back (bot.i18n.answer_language would follow a Russian message), for as long as a
    place is kept. Memory only, as a place is."""
