"""Candidate ranking: population, feature cues, parent hints and the document's countries."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.resolve import geocode
from dateline.resolve.gazetteer import load_gazetteer
from dateline.resolve.names import normalize
from dateline.resolve.toponyms import Candidate


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _cand(gaz, name: str, **kw) -> Candidate:
    key = normalize(name)
    return Candidate(0, 1, key, gaz.rows(key), "gaz", **kw)


def _best(gaz, cand: Candidate, ctx: geocode.DocContext | None = None):
    scored = geocode.rank(gaz, cand, ctx or geocode.DocContext())
    return geocode.to_place(gaz, scored[0][0], near=cand.near)


@pytest.mark.parametrize("countries, points, expected", [
    ({}, [], "FRA"),
    ({"FRA": 3}, [(45.76, 4.84)], "FRA"),           # a French article naming Lyon
    ({"USA": 4}, [(33.2, -95.0), (32.78, -96.8)], "USA"),  # a Texan article naming nearby towns
])
def test_geocode_paris_follows_the_documents_places(gaz, countries, points, expected):
    focus = max(countries, key=countries.get) if countries else None
    ctx = geocode.DocContext(Counter(countries), focus, [(lat, lon, -1) for lat, lon in points])
    assert _best(gaz, _cand(gaz, "Paris"), ctx).country == expected


@pytest.mark.parametrize("name, parent, country, admin1", [
    ("Paris", "Texas", "USA", "Texas"),
    ("Sinjar", "Nineveh", "IRQ", "Nineveh"),
    ("Springfield", "Illinois", "USA", "Illinois"),
])
def test_geocode_parent_hint_narrows_the_choice(gaz, name, parent, country, admin1):
    cand = _cand(gaz, name, parent=_cand(gaz, parent, feature="admin1"))
    place = _best(gaz, cand)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("name, feature, precision", [
    ("Nineveh", "admin1", "admin1"),
    ("Baghdad", None, "exact"),       # a province named after its capital: the bare name is the town
    ("Baghdad", "admin1", "admin1"),  # "Baghdad province"
    ("Duhok", None, "exact"),
    ("Iraq", None, "country"),
    ("Mosul Dam", None, "exact"),
])
def test_geocode_precision_is_honest(gaz, name, feature, precision):
    assert _best(gaz, _cand(gaz, name, feature=feature)).precision == precision


def test_geocode_near_cue_coarsens_a_point(gaz):
    assert _best(gaz, _cand(gaz, "Mosul", near=True)).precision == "near"


@pytest.mark.parametrize("name, lat, lon", [
    ("Sinjar", 36.32, 41.88), ("Irbil", 36.19, 44.01), ("Tikrit", 34.62, 43.68),
    ("Shangal", 36.32, 41.88), ("Zumar", 36.64, 42.50),
])
def test_geocode_conflict_towns_resolve_within_25_km(gaz, name, lat, lon):
    ctx = geocode.DocContext(Counter({"IRQ": 5}), "IRQ")
    place = _best(gaz, _cand(gaz, name), ctx)
    assert geocode.haversine_km(place.lat, place.lon, lat, lon) < 25


def test_geocode_confidence_reflects_the_margin(gaz):
    assert geocode.confidence([(1, 5.0)]) == 1.0
    assert geocode.confidence([(1, 5.0), (2, 5.0)]) == 0.5
    assert geocode.confidence([]) == 0.0


@pytest.mark.parametrize("key, countries, found", [
    ("mosoul", ("IRQ",), True),
    ("mosoul", ("FRA", "DEU"), False),   # fuzzy matching never leaves the document's countries
    ("mosoul", (), False),
])
def test_geocode_fuzzy_match_stays_in_document_countries(gaz, key, countries, found):
    from dateline.mentions.places import fuzzy_rows

    rows = fuzzy_rows(gaz, key, countries)
    assert any(gaz.geonameid[r] == 99072 for r in rows) == found


@pytest.mark.parametrize("child, parent, country", [
    ("Atlanta", "Georgia", "USA"),   # the Georgia that holds Atlanta, not the country
    ("Tbilisi", "Georgia", "GEO"),
])
def test_geocode_child_names_its_parent(gaz, child, parent, country):
    cand = _cand(gaz, parent)
    cand.child = _cand(gaz, child)
    assert _best(gaz, cand).country == country


@pytest.mark.parametrize("name, country, kind", [
    ("Democratic Republic of Congo", "COD", "country"),
    ("Heathrow", "GBR", "landmark"),
    ("West Africa", None, "region"),
    ("Northern Europe", None, "region"),
])
def test_geocode_supplement_names_resolve(gaz, name, country, kind):
    scored = geocode.rank(gaz, _cand(gaz, name), geocode.DocContext())
    row = scored[0][0]
    assert (gaz.country[row] or None, gaz.kind[row]) == (country, kind)


@pytest.mark.parametrize("name, peers, country", [
    ("Georgia", ["Arizona", "Illinois"], "USA"),  # a list of US states
    ("Georgia", ["Armenia", "Azerbaijan"], "GEO"),  # a list of countries
])
def test_geocode_list_peers_share_a_sort(gaz, name, peers, country):
    cand = _cand(gaz, name)
    cand.peers = [_cand(gaz, p) for p in peers]
    assert _best(gaz, cand).country == country
