"""check-config's checks of what the loaders accept but that would reach nobody or mislead a person: coordinates
outside their velayat or country (often latitude and longitude swapped), group chat ids that are not negative, phone
numbers not in international form. Each problem is one line naming the file, the entry and the fix."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config
from bot.country_map import country_at
from bot.directory import Directory, Ngo
from bot.hotline import example_numbers
from bot.languages import LANGUAGES
from bot.phones import glued_to_number, international, ngo_phone_length_problem, turkmen_length_problem


@dataclass(frozen=True)
class Box:
    """A latitude/longitude rectangle, a little larger than the area it stands for."""

    south: float
    north: float
    west: float
    east: float

    def holds(self, latitude: float, longitude: float) -> bool:
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east


TURKMENISTAN = Box(35.1, 42.8, 52.4, 66.7)
# Generous rectangles around each velayat (they overlap near the borders): a point outside its own is a typo.
VELAYATS = {
    "ashgabat": Box(37.75, 38.25, 58.0, 58.75),
    "ahal": Box(36.5, 40.6, 55.5, 62.0),
    "balkan": Box(37.2, 42.0, 52.4, 57.8),
    "dashoguz": Box(40.3, 42.8, 56.0, 61.8),
    "lebap": Box(37.0, 41.7, 60.5, 66.7),
    "mary": Box(35.1, 39.6, 59.8, 64.9),
}


def problems(config: Config, directory: Directory) -> list[str]:
    """What check-config refuses (exit status 2)."""
    found = []
    coordinator = config.staff.coordinator_chat_id
    if coordinator > 0:
        found.append(
            f"{config.source}: [staff] coordinator_chat_id: {coordinator} is a person's private chat, not a group: "
            "group ids are negative (like -1001234567890). Write /whoami in the group (python -m bot setup)."
        )
    for user_id in config.staff.staff_user_ids:
        if user_id < 0:
            found.append(
                f"{config.source}: [staff] staff_user_ids: {user_id} is a group's id, not a person's (people's ids "
                "are positive): ask each staff member to write /whoami to the bot (python -m bot setup)."
            )
    for number in config.hotline.numbers:
        if not international(number):
            found.append(
                f"{config.source}: [hotline] numbers: {number!r} is not in international form (+993 …): "
                "phones abroad cannot call it."
            )
        elif wrong_length := turkmen_length_problem(number):
            found.append(f"{config.source}: [hotline] numbers: {number!r} {wrong_length}.")
    for ngo in directory.ngos:
        where = f"{config.directory_path}: organisation {ngo.id!r}"
        if ngo.staff_chat_id > 0:
            found.append(
                f"{where}: staff_chat_id {ngo.staff_chat_id} is a person's private chat, not a group: group ids "
                "are negative (like -1001234567890). Write /whoami in the group (python -m bot setup)."
            )
        if not international(ngo.phone):
            found.append(
                f"{where}: phone {ngo.phone!r} is not in international form (+993 …): people abroad cannot call it."
            )
        elif glued := glued_to_number(ngo.phone):
            found.append(
                f"{where}: phone {ngo.phone!r} has {glued!r} after its digits, so people may dial another number: "
                "write one number in digits (a zero, not the letter O); a note goes after a space and starts with a "
                "word or a bracket."
            )
        elif wrong_length := ngo_phone_length_problem(ngo.phone):
            found.append(f"{where}: phone {ngo.phone!r} {wrong_length}.")
        place = _misplaced(ngo)
        if place is not None:
            found.append(f"{where}: latitude {ngo.latitude}, longitude {ngo.longitude} {place}")
    return found


def warnings(config: Config, directory: Directory) -> list[str]:
    """What check-config warns about: the directory's texts missing in a language or in the wrong script; a point in
    Turkmenistan but outside its organisation's velayat; hotline hours given in some languages only; the example's
    hotline numbers the operator has not confirmed."""
    found = list(directory.warnings)
    examples = example_numbers(config.hotline)
    if examples and config.hotline.confirmed_on is None:
        found.append(
            f"{config.source}: [hotline] numbers: {', '.join(examples)} "
            f"{'is the number' if len(examples) == 1 else 'are the numbers'} of config.example.toml, not yet "
            "confirmed by this operator, and every answer gives them to people. Ask the network whether they "
            "reach the hotline today: if they do, add confirmed_on = YYYY-MM-DD (that day) under [hotline]; if "
            "not, replace them with the numbers the network gives."
        )
    hours = config.hotline.hours
    missing = [language for language in LANGUAGES if language not in hours or not hours[language].strip()]
    if hours and missing:
        found.append(
            f"{config.source}: [hotline] hours: no hours in {', '.join(missing)}: people writing in it see the "
            f'numbers without hours. Add them, like {missing[0]} = "...".'
        )
    languages: dict[int, dict[str, str]] = {}
    for ngo in directory.ngos:
        languages.setdefault(ngo.staff_chat_id, {})[ngo.id] = ngo.staff_language
    for chat_id, by_ngo in languages.items():
        if len(set(by_ngo.values())) > 1:
            shown = ", ".join(f"{ngo_id} ({language})" for ngo_id, language in by_ngo.items())
            found.append(
                f"{config.directory_path}: staff chat {chat_id} is shared by organisations with different "
                f"staff_language: {shown}. The chat's cards, /help and /topics can be in one language only: give "
                "them the same one."
            )
    for ngo in directory.ngos:
        box = VELAYATS.get(ngo.velayat) if ngo.velayat else None
        if _country(ngo) is None and box is not None and TURKMENISTAN.holds(ngo.latitude, ngo.longitude):
            if not box.holds(ngo.latitude, ngo.longitude):
                found.append(
                    f"{config.directory_path}: organisation {ngo.id!r}: latitude {ngo.latitude}, longitude "
                    f"{ngo.longitude} is outside the {ngo.velayat} velayat; check the coordinates (the nearest "
                    "organisations are chosen by them)."
                )
    return found


def _country(ngo: Ngo) -> str | None:
    """The country of an organisation abroad (a directory with a `country` per organisation), None at home."""
    country = ngo.country
    return None if not country or str(country).lower() in ("tm", "turkmenistan") else str(country).lower()


def _misplaced(ngo: Ngo) -> str | None:
    lat, lon = ngo.latitude, ngo.longitude
    country = _country(ngo)
    if country is None:
        if TURKMENISTAN.holds(lat, lon):
            return None
        if TURKMENISTAN.holds(lon, lat):
            return "are swapped: the place is in Turkmenistan with latitude and longitude exchanged."
        return "are outside Turkmenistan: check them (latitude is north-south, about 35-43 there)."
    if country_at(lat, lon) == country or country_at(lat, lon) is None and country_at(lon, lat) is None:
        return None  # a country the offline map does not outline cannot be checked
    if country_at(lon, lat) == country:
        return f"are swapped: the place is in {country} with latitude and longitude exchanged."
    return f"are outside {country}: check them."
