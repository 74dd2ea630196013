"""Facility and fragment names: growth to the whole name, flags for resolution, index keys."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.resolve.gazetteer import load_gazetteer
from dateline.resolve.names import normalize
from dateline.resolve.place_cues import place_cues
from dateline.resolve.toponym_parts import facility_end, mark_parts, rekey_position, run_key
from dateline.resolve.toponym_candidate import Candidate


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("words, span, key, facility, fragment", [
    (["on", "Collins", "Avenue", "."], (1, 3), "collins", "street", False),  # a street named after
    (["near", "Eglinton", "Avenue", "West"], (1, 4), "eglinton", "street", False),
    (["near", "Washington", "Square", "."], (1, 3), "washington square", "", False),  # known whole
    (["in", "Salinas", "Grande", "."], (1, 3), "salinas", "", True),         # a part's rows
    (["in", "Abu", "Shok", "camp"], (1, 3), "abu", "", False),               # a generic word's: none
    (["in", "Idlib", "province"], (1, 3), "idlib", "", False),               # a type word only
    (["at", "Cavan", "Town", "Hall"], (1, 4), "", "building", False),        # no rows: facility
    (["in", "Umm", "Batna", "."], (1, 3), "", "", False),                    # unknown whole
])
def test_toponym_parts_mark_facility_and_fragment(words, span, key, facility, fragment):
    doc = Doc(spacy.blank("en").vocab, words=words)
    cand = Candidate(span[0], span[1], key, (1,) if key else (), "gaz" if key else "cue")
    mark_parts(doc, cand, place_cues())
    assert (cand.facility, cand.fragment) == (facility, fragment)


@pytest.mark.parametrize("words, key", [
    (["in", "Khan", "al-Sabil", "."], "khan al sabil"),  # a generic word's rows are no reading
    (["in", "Al", "Qusayr", "."], "al qusayr"),          # nor an article's (Norway's Ål)
])
def test_toponym_parts_generic_part_gives_the_whole_name_to_look_up(words, key):
    doc = Doc(spacy.blank("en").vocab, words=words)
    cand = Candidate(1, 3, normalize(words[1]), (1,), "gaz")
    mark_parts(doc, cand, place_cues())
    assert (cand.rows, cand.key, cand.fragment) == ((), key, False)


@pytest.mark.parametrize("words, span, end", [
    (["at", "Jones", "Golf", "Club", "on"], (1, 2), 4),        # a patron's namesake: the club
    (["the", "Rogers", "Centre", "in", "Toronto"], (1, 2), 3),
    (["Jones", "Smith", "said"], (0, 1), 1),                   # no facility word: unchanged
    (["London", "'s", "Heathrow", "Centre"], (0, 1), 1),       # a possessive owner only
])
def test_toponym_parts_facility_end_grows_to_the_facility(gaz, words, span, end):
    doc = Doc(spacy.blank("en").vocab, words=words)
    key = normalize(words[span[0]])
    cand = Candidate(span[0], span[1], key, gaz.rows(key), "gaz")
    assert facility_end(doc, gaz, cand, place_cues(), 6) == end


def test_toponym_parts_facility_end_leaves_countries_alone(gaz):
    doc = Doc(spacy.blank("en").vocab, words=["United", "States", "House", "voted"])
    cand = Candidate(0, 2, "united states", gaz.rows("united states"), "gaz")
    assert facility_end(doc, gaz, cand, place_cues(), 6) == 2


@pytest.mark.parametrize("words, key", [
    (["People", "'s", "Republic", "of", "China"], "peoples republic of china"),
    (["Queen", "Anne", "’s", "County"], "queen annes county"),
    (["New", "York"], "new york"),
])
def test_toponym_parts_run_key_joins_possessives(words, key):
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert run_key(doc, [normalize(w) for w in words], 0, len(words)) == key


@pytest.mark.parametrize("words, matched_end, key, country", [
    (["North", "-", "Western", "Sydney"], 3, "sydney", "AUS"),   # a part of Sydney
    (["Mid", "-", "Jutland"], 1, "jutland", None),               # unknown whole: no rows
    (["Manila", "Cathedral"], 1, "manila", "PHL"),               # not a word of position
])
def test_toponym_parts_rekey_position(gaz, words, matched_end, key, country):
    doc = Doc(spacy.blank("en").vocab, words=words)
    first = normalize(" ".join(words[:matched_end]))
    cand = Candidate(0, len(words), first, gaz.rows(first), "gaz")
    rekey_position(doc, gaz, cand, place_cues(), matched_end)
    assert cand.key == key
    assert (gaz.country[cand.rows[0]] if cand.rows else None) == country
