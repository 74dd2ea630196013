"""Small foreign namesakes are dropped when the rest of the document points to another country."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.resolve.foreign_towns import foreign_towns
from dateline.resolve.gazetteer import load_gazetteer

from .candidates import cand as make_cand


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _countries(gaz, rows) -> set[str]:
    return {gaz.country[r] for r in rows}


@pytest.mark.parametrize("name, elsewhere, dropped", [
    ("Madaya", {"SYR": 1.0}, {"MMR"}),       # a Syrian story: Myanmar's Madaya is a namesake
    ("Madaya", {}, set()),                    # nothing else in the story: every reading stays
    ("Madaya", {"SYR": 0.5}, set()),          # too little evidence to exclude anything
    ("Madaya", {"SYR": 1.0, "MMR": 0.3}, set()),  # Myanmar is named too
    ("Arbin", {"SYR": 2.0}, {"FRA"}),
])
def test_foreign_towns_need_evidence_for_their_country(gaz, name, elsewhere, dropped):
    cand = make_cand(gaz, name)
    assert _countries(gaz, foreign_towns(gaz, cand, Counter(elsewhere))) == dropped


@pytest.mark.parametrize("name, elsewhere, kept", [
    ("Calais", {"GBR": 3.0}, "FRA"),   # a town big enough to be named on its own
    ("Basel", {"SYR": 2.0}, "CHE"),    # a city by its own name
])
def test_foreign_towns_keep_big_towns_by_their_own_name(gaz, name, elsewhere, kept):
    cand = make_cand(gaz, name)
    assert kept not in _countries(gaz, foreign_towns(gaz, cand, Counter(elsewhere)))


def test_foreign_towns_alias_abroad_is_dropped_up_to_big_cities(gaz):
    # 'Bala' is an alternate name of Basel: a variant spelling abroad needs its country named
    cand = make_cand(gaz, "Bala")
    dropped = foreign_towns(gaz, cand, Counter({"SYR": 2.0}))
    assert "CHE" in _countries(gaz, dropped)


def test_foreign_towns_parent_keeps_every_reading(gaz):
    cand = make_cand(gaz, "Arbin", parent=make_cand(gaz, "France", feature="country"))
    assert foreign_towns(gaz, cand, Counter({"SYR": 2.0})) == set()


@pytest.mark.parametrize("name, elsewhere, dropped", [
    ("Deir Ezzor", {"RUS": 1.5}, False),  # a spelling of Deir ez-Zor's own name, not an alias
    ("Bala", {"SYR": 2.0}, True),          # another name of Basel
])
def test_foreign_towns_spelling_variants_count_as_own_names(gaz, name, elsewhere, dropped):
    cand = make_cand(gaz, name)
    big = max(cand.rows, key=lambda r: gaz.population[r])
    assert (big in foreign_towns(gaz, cand, Counter(elsewhere))) == dropped


@pytest.mark.parametrize("name, borrowed", [
    ("Ariha", {"PSE"}),     # Jericho's Arabic name; Ariha in Idlib bears it as its own
    ("Palmyra", set()),     # Tadmur is big enough to keep its English name
    ("Middletown", set()),  # names in Latin-script countries are not borrowed
])
def test_foreign_towns_borrowed_names_of_small_towns(gaz, name, borrowed):
    from dateline.resolve.foreign_towns import borrowed_names

    cand = make_cand(gaz, name)
    assert _countries(gaz, borrowed_names(gaz, cand)) == borrowed


def test_foreign_towns_a_list_comma_is_no_parent(gaz):
    """'Suba, Migori, Homa Bay' in a Kenyan story: Migori is a list neighbour, not Suba's
    parent, so Fiji's Suva (also written 'Suba') is still a namesake abroad."""
    cand, nxt, third = make_cand(gaz, "Suba"), make_cand(gaz, "Migori"), make_cand(gaz, "Homa Bay")
    cand.parent, nxt.child = nxt, cand
    cand.peers, nxt.peers, third.peers = [nxt], [cand, third], [nxt]
    assert "FJI" in _countries(gaz, foreign_towns(gaz, cand, Counter({"KEN": 3.0})))
    cand.peers, nxt.peers = [], []  # 'Suba, Migori' alone reads as containment
    assert foreign_towns(gaz, cand, Counter({"KEN": 3.0})) == set()
