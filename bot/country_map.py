"""Which destination pack a shared location falls in, offline: coarse outlines of the packs' countries."""

from __future__ import annotations

# Where a shared location is: coarse outlines (latitude, longitude), good to a few tens of kilometres near borders.
# Checked in this order, so an area inside a larger outline (Northern Cyprus, Kazakhstan) wins over it.
Outline = tuple[tuple[float, float], ...]
OUTLINES: tuple[tuple[str | None, tuple[Outline, ...]], ...] = (
    (
        "cy-north",
        (
            (
                (35.10, 32.70),
                (35.45, 32.70),
                (35.75, 34.65),
                (35.45, 34.65),
                (35.00, 34.05),
                (35.05, 33.72),
                (35.178, 33.42),
                (35.178, 33.20),
                (35.12, 32.90),
            ),
        ),
    ),
    # The rest of the island is not a pack's country: "other".
    (None, (((34.4, 32.0), (35.8, 32.0), (35.8, 34.7), (34.4, 34.7)),)),
    (
        "tr",
        (
            (
                (40.0, 26.0),
                (41.0, 26.0),
                (41.75, 26.3),
                (42.1, 28.0),
                (42.1, 35.0),
                (41.55, 41.5),
                (41.1, 43.4),
                (39.8, 44.8),
                (37.0, 44.8),
                (37.1, 42.3),
                (36.6, 38.0),
                (36.8, 36.7),
                (35.8, 36.0),
                (36.1, 35.5),
                (36.1, 29.5),
                (36.6, 27.3),
                (38.0, 26.2),
            ),
        ),
    ),
    (
        "ae",
        (
            (
                (22.9, 52.0),
                (24.25, 51.58),
                (24.5, 54.2),
                (25.5, 55.2),
                (26.1, 56.1),
                (25.6, 56.4),
                (24.9, 56.35),
                (24.0, 55.8),
                (23.0, 55.2),
                (22.6, 55.2),
            ),
        ),
    ),
    (
        "by",
        (
            (
                (51.5, 23.6),
                (52.1, 23.2),
                (53.9, 23.5),
                (54.3, 25.0),
                (54.5, 25.8),
                (55.1, 26.6),
                (55.7, 26.6),
                (56.1, 28.2),
                (55.8, 30.9),
                (54.6, 31.1),
                (53.3, 32.7),
                (52.1, 31.8),
                (51.5, 30.6),
                (51.4, 27.0),
            ),
        ),
    ),
    (
        "pl",
        (
            (
                (53.9, 14.2),
                (52.8, 14.1),
                (51.0, 14.8),
                (50.8, 16.0),
                (49.5, 19.0),
                (49.0, 22.6),
                (50.3, 24.0),
                (51.6, 23.6),
                (52.2, 23.2),
                (53.9, 23.5),
                (54.35, 22.7),
                (54.4, 19.6),
                (54.8, 18.3),
                (54.4, 14.2),
            ),
        ),
    ),
    (
        "kz",
        (
            (
                (46.5, 49.0),
                (48.0, 46.6),
                (50.0, 47.3),
                (50.8, 48.7),
                (51.5, 50.5),
                (51.0, 55.5),
                (50.6, 58.5),
                (51.0, 61.5),
                (52.4, 61.0),
                (54.3, 65.5),
                (55.4, 69.0),
                (54.4, 73.4),
                (53.5, 76.5),
                (51.0, 79.9),
                (49.9, 83.5),
                (49.2, 87.3),
                (48.5, 85.8),
                (47.0, 85.5),
                (45.0, 82.5),
                (45.2, 80.0),
                (43.2, 80.8),
                (42.9, 79.0),
                (43.0, 78.0),
                (43.2, 75.5),
                (43.0, 74.5),
                (42.8, 73.5),
                (42.5, 71.0),
                (42.0, 70.0),
                (41.5, 69.0),
                (40.6, 68.0),
                (41.2, 66.7),
                (43.5, 64.5),
                (44.0, 61.0),
                (45.6, 58.6),
                (45.6, 56.0),
                (41.3, 56.0),
                (41.8, 54.0),
                (42.3, 52.6),
                (43.5, 51.0),
                (44.5, 50.2),
            ),
        ),
    ),
    (
        "ru",
        (
            ((54.3, 19.6), (55.3, 19.6), (55.3, 22.9), (54.3, 22.9)),  # Kaliningrad
            (
                (69.7, 30.8),
                (69.0, 28.8),
                (68.0, 30.0),
                (65.0, 29.7),
                (62.5, 31.4),
                (60.6, 28.0),
                (59.4, 28.0),
                (57.8, 27.4),
                (56.2, 28.2),
                (55.8, 30.9),
                (54.6, 31.1),
                (53.3, 32.7),
                (52.3, 33.8),
                (51.2, 35.3),
                (50.3, 38.1),
                (49.6, 40.1),
                (47.7, 39.8),
                (47.1, 38.2),
                (45.2, 36.6),
                (43.4, 40.0),
                (42.5, 44.0),
                (41.2, 47.8),
                (45.0, 47.5),
                (46.5, 49.0),
                (51.0, 55.5),
                (55.4, 69.0),
                (49.2, 87.3),
                (50.2, 89.0),
                (50.0, 95.0),
                (51.5, 98.0),
                (50.2, 106.0),
                (49.6, 114.0),
                (50.2, 116.7),
                (53.3, 121.0),
                (53.5, 125.0),
                (49.5, 127.5),
                (48.0, 135.0),
                (45.0, 133.0),
                (42.7, 130.7),
                (43.0, 135.0),
                (50.0, 145.0),
                (60.0, 170.0),
                (66.0, 180.0),
                (78.0, 180.0),
                (82.0, 100.0),
                (82.0, 30.0),
            ),
        ),
    ),
)


def _inside(latitude: float, longitude: float, outline: Outline) -> bool:
    """Ray casting on the plane of latitude and longitude: plenty for outlines this coarse."""
    inside = False
    previous = outline[-1]
    for point in outline:
        (lat1, lon1), (lat2, lon2) = previous, point
        if (lat1 > latitude) != (lat2 > latitude):
            crossing = lon1 + (latitude - lat1) * (lon2 - lon1) / (lat2 - lat1)
            if longitude < crossing:
                inside = not inside
        previous = point
    return inside


def country_at(latitude: float, longitude: float) -> str | None:
    """The code of the destination pack whose country holds the point, offline; None elsewhere (Turkmenistan
    included)."""
    for code, outlines in OUTLINES:
        if any(_inside(latitude, longitude, outline) for outline in outlines):
            return code
    return None
