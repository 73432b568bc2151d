"""Whether a shared location is just across Turkmenistan's border, offline: the nearest of a short list of towns in
Turkmenistan and in the neighbouring countries. An outline of the border drawn by hand was judged too risky (a wrong
one would tell a person at home that nothing is near), so this only ever adds a word: the organisations near the
location are still listed. No Telegram here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bot.directory import great_circle_km

HOME = "tm"
# The nearest listed town tells where a location is only when it is this close: farther (the desert between Lebap
# and Daşoguz, the Kazakh steppe) the list is too sparse to tell a country.
MAX_TOWN_KM = 60.0


@dataclass(frozen=True)
class Town:
    country: str  # "tm", or a neighbour: "uz", "ir", "af", "kz" (the code of its pack, where it has one)
    latitude: float
    longitude: float
    names: Mapping[str, str] | None = None  # ru, tk, en: shown for a town across the border

    def name(self, language: str) -> str:
        return self.names[language] if self.names else ""


def _abroad(country: str, latitude: float, longitude: float, ru: str, tk: str, en: str) -> Town:
    return Town(country, latitude, longitude, MappingProxyType({"ru": ru, "tk": tk, "en": en}))


# Towns near the borders on both sides, and the velayat centres. Turkmen towns carry no names: they are never shown.
TOWNS: tuple[Town, ...] = (
    Town(HOME, 37.95, 58.38),  # Ashgabat
    Town(HOME, 38.15, 57.97),  # Gökdepe
    Town(HOME, 38.44, 57.43),  # Baharly
    Town(HOME, 38.98, 56.28),  # Serdar
    Town(HOME, 38.44, 56.28),  # Magtymguly
    Town(HOME, 37.65, 54.77),  # Etrek
    Town(HOME, 37.47, 53.97),  # Esenguly
    Town(HOME, 39.51, 54.37),  # Balkanabat
    Town(HOME, 39.24, 55.52),  # Bereket
    Town(HOME, 40.02, 52.97),  # Türkmenbaşy
    Town(HOME, 41.55, 52.58),  # Garabogaz
    Town(HOME, 37.35, 59.62),  # Kaka
    Town(HOME, 37.38, 60.51),  # Tejen
    Town(HOME, 36.53, 61.22),  # Saragt
    Town(HOME, 37.60, 61.83),  # Mary
    Town(HOME, 37.62, 62.16),  # Baýramaly
    Town(HOME, 37.50, 61.97),  # Murgap
    Town(HOME, 37.30, 62.36),  # Ýolöten
    Town(HOME, 35.95, 62.91),  # Tagtabazar
    Town(HOME, 35.28, 62.35),  # Serhetabat
    Town(HOME, 39.07, 63.58),  # Türkmenabat
    Town(HOME, 37.83, 65.21),  # Kerki
    Town(HOME, 40.47, 62.28),  # Darganata
    Town(HOME, 41.18, 61.40),  # Gazojak
    Town(HOME, 41.84, 59.97),  # Daşoguz
    Town(HOME, 42.33, 59.15),  # Köneürgenç
    _abroad("uz", 41.38, 60.36, "Хива", "Hywa", "Khiva"),
    _abroad("uz", 41.55, 60.63, "Ургенч", "Urgenç", "Urgench"),
    _abroad("uz", 41.84, 60.39, "Гурлен", "Gurlen", "Gurlan"),
    _abroad("uz", 41.32, 61.07, "Хазарасп", "Hazarasp", "Khazarasp"),
    _abroad("uz", 41.55, 61.00, "Турткуль", "Törtgül", "Turtkul"),
    _abroad("uz", 42.46, 59.60, "Нукус", "Nökis", "Nukus"),
    _abroad("uz", 42.40, 59.45, "Ходжейли", "Hojeli", "Khojeyli"),
    _abroad("uz", 43.08, 58.90, "Кунград", "Gungrat", "Kungrad"),
    _abroad("uz", 40.13, 63.45, "Газли", "Gazly", "Gazli"),
    _abroad("uz", 39.53, 63.85, "Каракуль", "Garagöl", "Karakul"),
    _abroad("uz", 39.77, 64.42, "Бухара", "Buhara", "Bukhara"),
    _abroad("uz", 37.22, 67.28, "Термез", "Termez", "Termez"),
    _abroad("ir", 36.54, 61.16, "Серахс", "Sarahs", "Sarakhs"),
    _abroad("ir", 36.30, 59.60, "Мешхед", "Meşhet", "Mashhad"),
    _abroad("ir", 37.44, 59.11, "Дерегез", "Derregez", "Dargaz"),
    _abroad("ir", 37.11, 58.51, "Кучан", "Guçan", "Quchan"),
    _abroad("ir", 37.47, 57.33, "Боджнурд", "Bojnurd", "Bojnurd"),
    _abroad("ir", 37.25, 55.17, "Гонбеде-Кавус", "Gümmet", "Gonbad-e Kavus"),
    _abroad("ir", 36.84, 54.44, "Горган", "Gürgen", "Gorgan"),
    _abroad("ir", 36.90, 54.07, "Бендер-Торкемен", "Bender Türkmen", "Bandar Torkaman"),
    _abroad("ir", 35.24, 60.62, "Торбете-Джам", "Türbeti-Jam", "Torbat-e Jam"),
    _abroad("af", 34.35, 62.20, "Герат", "Hyrat", "Herat"),
    _abroad("af", 35.58, 63.33, "Бала-Мургаб", "Bala Murgap", "Bala Murghab"),
    _abroad("af", 35.92, 64.78, "Меймене", "Maýmana", "Maymana"),
    _abroad("af", 36.95, 65.12, "Андхой", "Andhoý", "Andkhoy"),
    _abroad("af", 36.67, 65.75, "Шибирган", "Şibirgan", "Sheberghan"),
    _abroad("af", 36.71, 67.11, "Мазари-Шариф", "Mazary-Şerif", "Mazar-i-Sharif"),
    _abroad("kz", 43.34, 52.86, "Жанаозен", "Žaňaözen", "Zhanaozen"),
    _abroad("kz", 43.65, 51.17, "Актау", "Aktau", "Aktau"),
)


@dataclass(frozen=True)
class Across:
    """A location that looks to be across the border: the country and the town it is near."""

    country: str
    town: Town
    distance_km: float


def across_the_border(latitude: float, longitude: float) -> Across | None:
    """The neighbouring country a location looks to be in, when the nearest listed town is across the border and
    close enough to tell; None at home, or where the list cannot tell."""
    town = min(TOWNS, key=lambda t: great_circle_km(latitude, longitude, t.latitude, t.longitude))
    distance = great_circle_km(latitude, longitude, town.latitude, town.longitude)
    if town.country == HOME or distance > MAX_TOWN_KM:
        return None
    return Across(town.country, town, distance)
