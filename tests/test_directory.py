"""The NGO directory: the shipped example, errors that name the file and entry, distances and routing."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory import (
    EARTH_RADIUS_KM,
    EXAMPLE_DIRECTORY,
    SERVICES,
    VELAYATS,
    Directory,
    DirectoryError,
    Ngo,
    great_circle_km,
)
from bot.i18n import LANGUAGES

MARY_CITY = (37.600, 61.835)
ASHGABAT = (37.960, 58.326)
MARY = (37.594, 61.830)


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.load(EXAMPLE_DIRECTORY)


def test_the_example_has_two_organisations_in_each_velayat(directory: Directory) -> None:
    assert len(directory) == 12
    for velayat in VELAYATS:
        assert len(directory.in_velayat(velayat)) == 2, velayat


def test_every_service_is_offered_by_at_least_two_and_information_by_all(directory: Directory) -> None:
    for service in SERVICES:
        assert sum(ngo.offers(service) for ngo in directory.ngos) >= 2, service
    assert all(ngo.offers("information") for ngo in directory.ngos)


def test_the_example_says_it_is_example_data(directory: Directory) -> None:
    marker = {"en": "Example", "ru": "Пример", "tk": "Mysal"}
    for ngo in directory.ngos:
        assert ngo.id.startswith("example-")
        assert "(example)" in ngo.phone and " 00 " in ngo.phone, ngo.id
        for language in LANGUAGES:
            assert marker[language] in ngo.text("name", language), (ngo.id, language)
    assert "EXAMPLE DATA" in EXAMPLE_DIRECTORY.read_text(encoding="utf-8")


def test_the_example_staff_chats_are_distinct_groups(directory: Directory) -> None:
    chats = directory.staff_chats()
    assert chats == {-1001000000000 - n for n in range(1, 13)}
    assert directory.by_staff_chat(-1001000000011) == (directory.get("example-mary"),)


def test_text_reads_a_translated_field(directory: Directory) -> None:
    mary = directory.get("example-mary")
    assert mary is not None
    assert mary.text("town", "ru") == "Мары"
    assert mary.text("name", "tk") == "Mysal gurama — Mary"
    with pytest.raises(ValueError, match="phone"):
        mary.text("phone", "en")


# ---------------------------------------------------------------------------------------------------------------
# Validation: each problem names the file, the entry and what to do.

VALID = """
[[ngo]]
id = "first"
name = { en = "Example NGO", ru = "Пример НКО", tk = "Mysal gurama" }
velayat = "mary"
town = { en = "Mary", ru = "Мары", tk = "Mary" }
address = { en = "Example street 1", ru = "Примерная улица, 1", tk = "Mysal köçesi, 1" }
phone = "+993 00 000001 (example)"
hours = { en = "Mon–Fri", ru = "Пн–Пт", tk = "Duş–Anna" }
latitude = 37.594
longitude = 61.830
services = ["legal", "information"]
staff_chat_id = -1001000000001
staff_language = "ru"
"""


def second(**values: str) -> str:
    """VALID plus a second entry (id "second") with the given keys' values replaced; an empty value drops the key, an unknown key is added."""
    lines = VALID.replace('id = "first"', 'id = "second"').strip().splitlines()
    out = []
    for line in lines:
        key = line.split(" = ")[0]
        if key in values:
            if values[key]:
                out.append(f"{key} = {values[key]}")
        else:
            out.append(line)
    out.extend(f"{key} = {value}" for key, value in values.items() if value and f"\n{key} = " not in VALID)
    return VALID + "\n" + "\n".join(out) + "\n"


def load_text(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ngos.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    directory = Directory.load(load_text(tmp_path, second()))
    assert [ngo.id for ngo in directory.ngos] == ["first", "second"]
    # Two organisations may share one staff group.
    assert len(directory.by_staff_chat(-1001000000001)) == 2
    assert directory.staff_chats() == {-1001000000001}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (second(email='"a@example.org"'), "unknown key(s) email"),
        (second(phone=""), "missing key(s) phone"),
        (second(latitude="", longitude=""), "missing key(s) latitude, longitude"),
        (second(name='"Example NGO"'), "'name' must be a table of the three languages"),
        (second(town='{ tk = "Mary", ru = "Мары" }'), "'town' has no 'en' text"),
        (second(hours='{ en = "a", ru = "b", tk = "c", kk = "d" }'), "'hours' has unknown language(s) kk"),
        (second(address='{ en = "", ru = "b", tk = "c" }'), "'address.en' must be non-empty text"),
        (second(phone="993000001"), "'phone' must be non-empty text"),
        (second(velayat='"maryy"'), "'velayat' is 'maryy'; use one of: ashgabat"),
        (second(services='["legal", "housing"]'), "unknown service 'housing'"),
        (second(services="[]"), "'services' must be a non-empty list"),
        (second(services='"legal"'), "'services' must be a non-empty list"),
        (second(services='["legal", "legal"]'), "lists a service twice"),
        (second(staff_language='"de"'), "'staff_language' is 'de'; use one of: ru, tk, en"),
        (second(latitude="91.0"), "'latitude' must be a number of degrees from -90 to 90"),
        (second(latitude='"37.5"'), "'latitude' must be a number"),
        (second(latitude="nan"), "'latitude' must be a number"),
        (second(longitude="-180.5"), "'longitude' must be a number of degrees from -180 to 180"),
        (second(longitude="true"), "'longitude' must be a number"),
        (second(staff_chat_id='"-100123"'), "'staff_chat_id' must be the whole-number id"),
        (second(staff_chat_id="0"), "group ids are negative"),
        (second(staff_chat_id="-100.5"), "'staff_chat_id' must be the whole-number id"),
    ],
)
def test_a_bad_value_names_the_file_the_entry_and_the_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = load_text(tmp_path, text)
    with pytest.raises(DirectoryError) as caught:
        Directory.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: [[ngo]] #2 ('second'): "), message
    assert problem in message


@pytest.mark.parametrize(
    ("text", "entry", "problem"),
    [
        (second(id='"Second NGO"'), "[[ngo]] #2:", "'id' must be a lower-case id"),
        (second(id=""), "[[ngo]] #2:", "'id' must be a lower-case id"),
        (second(id='"first"'), "[[ngo]] #2 ('first'):", "duplicate id, also used by [[ngo]] #1"),
        (VALID + "\n[ngo.extra]\nx = 1\n", "[[ngo]] #1 ('first'):", "unknown key(s) extra"),
    ],
)
def test_an_entry_without_a_usable_id_is_named_by_position(
    tmp_path: Path, text: str, entry: str, problem: str
) -> None:
    path = load_text(tmp_path, text)
    with pytest.raises(DirectoryError) as caught:
        Directory.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {entry} "), message
    assert problem in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "no [[ngo]] entries"),
        ("ngo = 5\n", "no [[ngo]] entries"),
        (VALID + "\n[settings]\nx = 1\n", "unknown top-level key(s) settings"),
        (
            VALID.replace('phone = "+993', "phone = +993"),
            "not valid TOML: Expected newline or end of document after a statement (at line 8,",
        ),
    ],
)
def test_a_broken_file_is_named_with_the_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = load_text(tmp_path, text)
    with pytest.raises(DirectoryError) as caught:
        Directory.load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(DirectoryError, match=r"nowhere\.toml: file not found\. Set \[directory\] file"):
        Directory.load(path)


# ---------------------------------------------------------------------------------------------------------------
# Distances


def test_ashgabat_to_mary_is_about_three_hundred_km() -> None:
    assert great_circle_km(*ASHGABAT, *MARY) == pytest.approx(300, rel=0.05)
    assert great_circle_km(*ASHGABAT, *MARY) == pytest.approx(great_circle_km(*MARY, *ASHGABAT))


def test_distances_at_the_poles_and_across_the_antimeridian() -> None:
    degree = math.pi * EARTH_RADIUS_KM / 180
    assert great_circle_km(0, 179.9, 0, -179.9) == pytest.approx(0.2 * degree, rel=1e-6)
    assert great_circle_km(0, 179.9, 0, -179.9) == pytest.approx(22.2, abs=0.1)
    assert great_circle_km(90, 0, 90, 123) == pytest.approx(0, abs=1e-6)
    assert great_circle_km(90, 0, -90, 0) == pytest.approx(180 * degree, rel=1e-9)
    assert great_circle_km(89.9, 0, 89.9, 180) == pytest.approx(0.2 * degree, rel=1e-6)
    assert great_circle_km(0, 0, 0, 180) == pytest.approx(180 * degree, rel=1e-9)
    assert great_circle_km(*MARY, *MARY) == 0


def test_an_impossible_latitude_is_refused() -> None:
    with pytest.raises(ValueError, match="latitude"):
        great_circle_km(91, 0, 0, 0)
    with pytest.raises(ValueError, match="longitude"):
        great_circle_km(0, math.nan, 0, 0)


latitudes = st.floats(min_value=-90, max_value=90)
longitudes = st.floats(min_value=-180, max_value=180)


@given(latitudes, longitudes, latitudes, longitudes)
def test_a_distance_is_finite_symmetric_and_at_most_half_way_round(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    distance = great_circle_km(lat1, lon1, lat2, lon2)
    assert math.isfinite(distance)
    assert 0 <= distance <= math.pi * EARTH_RADIUS_KM + 1e-6
    assert distance == pytest.approx(great_circle_km(lat2, lon2, lat1, lon1), abs=1e-6)


# ---------------------------------------------------------------------------------------------------------------
# Decisions


def test_the_nearest_to_a_person_in_mary_is_in_mary(directory: Directory) -> None:
    nearest = directory.nearest(*MARY_CITY)
    assert len(nearest) == 3
    assert nearest[0].ngo.id == "example-mary"
    assert nearest[0].distance_km is not None and nearest[0].distance_km < 2
    assert nearest[1].ngo.id == "example-mary-bayramaly"
    assert nearest[1].distance_km is not None and 25 < nearest[1].distance_km < 35
    distances = [n.distance_km for n in nearest]
    assert distances == sorted(distances)  # type: ignore[type-var]


def test_a_service_filter_keeps_only_organisations_offering_it(directory: Directory) -> None:
    shelters = directory.nearest(*MARY_CITY, service="shelter", limit=20)
    assert [n.ngo.id for n in shelters] == ["example-mary", "example-ashgabat-2", "example-dashoguz"]
    medical = directory.nearest(*MARY_CITY, service="medical", limit=1)
    assert [n.ngo.id for n in medical] == ["example-mary-bayramaly"]
    assert directory.nearest(*MARY_CITY, limit=0) == []


def test_equal_distances_are_ordered_by_id() -> None:
    one = Directory.load(EXAMPLE_DIRECTORY).ngos[0]
    twins = Directory(tuple(_moved(one, ngo_id) for ngo_id in ("b", "c", "a")))
    assert [n.ngo.id for n in twins.nearest(0, 0)] == ["a", "b", "c"]


def test_in_velayat_is_by_id_without_distance(directory: Directory) -> None:
    found = directory.in_velayat("balkan")
    assert [n.ngo.id for n in found] == ["example-balkan", "example-balkan-turkmenbashy"]
    assert all(n.distance_km is None for n in found)
    assert [n.ngo.id for n in directory.in_velayat("mary", "medical")] == ["example-mary-bayramaly"]
    assert directory.in_velayat("ahal", "shelter") == []


def test_a_velayat_without_the_service_finds_the_nearest_that_offers_it(directory: Directory) -> None:
    found = directory.nearest_to_velayat("ahal", "shelter")
    assert found and all(n.ngo.offers("shelter") and n.ngo.velayat != "ahal" for n in found)
    assert found[0].ngo.velayat == "ashgabat", "Ashgabat's shelter is next door to Ahal's organisations"
    assert all(n.distance_km is None for n in found), "no distance: it would not be from the person"
    assert all(n.ngo.country is None for n in found), "never an organisation abroad"


def test_route_prefers_the_velayat_organisation_offering_the_service(directory: Directory) -> None:
    route = directory.route
    assert _id(route("mary", "medical")) == "example-mary-bayramaly"
    assert _id(route("mary", "legal")) == "example-mary"
    # No organisation in Ahal offers shelter: the first one in the velayat takes the case.
    assert _id(route("ahal", "shelter")) == "example-ahal"
    assert _id(route("ahal", None)) == "example-ahal"
    assert route(None, "legal") is None


def test_route_falls_back_to_the_coordinator_when_the_velayat_has_no_organisation(
    directory: Directory,
) -> None:
    only_mary = Directory(tuple(ngo for ngo in directory.ngos if ngo.velayat == "mary"))
    assert only_mary.route("lebap", "legal") is None
    assert only_mary.route("lebap", None) is None


def test_route_follows_the_file_order_within_a_velayat(tmp_path: Path) -> None:
    # By id "second" would come before "zeta"; the file's order decides, so the operator can set the preference.
    text = second(services='["shelter", "information"]').replace('id = "first"', 'id = "zeta"')
    directory = Directory.load(load_text(tmp_path, text))
    assert _id(directory.route("mary", "information")) == "zeta"
    assert _id(directory.route("mary", "shelter")) == "second"


def test_unknown_velayats_and_services_are_programming_errors(directory: Directory) -> None:
    with pytest.raises(ValueError, match="velayat"):
        directory.route("ashgabad", None)
    with pytest.raises(ValueError, match="service"):
        directory.nearest(0, 0, service="housing")
    with pytest.raises(ValueError, match="service"):
        directory.in_velayat("mary", "housing")


def _id(ngo: Ngo | None) -> str | None:
    return None if ngo is None else ngo.id


def _moved(ngo: Ngo, ngo_id: str) -> Ngo:
    return replace(ngo, id=ngo_id, latitude=1.0, longitude=1.0)


def test_a_text_not_yet_written_in_a_language_falls_back_to_english_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "ngos.toml"
    text = EXAMPLE_DIRECTORY.read_text(encoding="utf-8")
    written = 'town = { en = "Anew", ru = "Анау", tk = "Änew" }'
    assert written in text, "the example directory changed: update this test"
    path.write_text(text.replace(written, 'town = { en = "Anew" }', 1), encoding="utf-8")
    directory = Directory.load(path)
    anew = next(ngo for ngo in directory.ngos if ngo.text("town", "en") == "Anew")
    assert anew.text("town", "ru") == anew.text("town", "tk") == "Anew"
    position = directory.ngos.index(anew) + 1
    assert directory.warnings == tuple(
        f"{path}: [[ngo]] #{position} ({anew.id!r}): 'town' has no {language!r} text: people reading in {language} "
        f'see the English one. Add {language} = "..." to town.'
        for language in ("ru", "tk")
    )
