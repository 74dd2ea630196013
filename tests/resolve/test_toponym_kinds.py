"""Pragmatic kinds (GeoWebNews taxonomy): associative modifiers, actors, parties are metonymic."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.resolve.place_cues import place_cues
from dateline.resolve.toponym_kinds import classify_kind, demonym_kind


def _doc(words, heads, deps, lemmas, pos=None, ents=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, ents=ents)


@pytest.mark.parametrize("words, heads, deps, lemmas, span, kind", [
    # a noun modifier is associative unless what it modifies lies in the place
    (["the", "UK", "government"], [2, 2, 2], ["det", "compound", "ROOT"],
     ["the", "UK", "government"], (1, 2), "metonymic"),
    (["a", "Paris", "pub"], [2, 2, 2], ["det", "compound", "ROOT"], ["a", "Paris", "pub"], (1, 2),
     "literal"),
    (["London", "'s", "streets"], [2, 0, 2], ["poss", "case", "ROOT"],
     ["London", "'s", "street"], (0, 1), "literal"),
    (["a", "Paris", "-", "based", "firm"], [4, 3, 3, 4, 4],
     ["det", "npadvmod", "punct", "amod", "ROOT"],
     ["a", "Paris", "-", "base", "firm"], (1, 2), "literal"),
    # a party to a relation or contest, not a location
    (["relations", "with", "Russia"], [0, 0, 1], ["ROOT", "prep", "pobj"],
     ["relation", "with", "Russia"], (2, 3), "metonymic"),
    (["the", "border", "with", "Mexico"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["the", "border", "with", "Mexico"], (3, 4), "literal"),
    (["the", "president", "of", "Armenia"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["the", "president", "of", "Armenia"], (3, 4), "metonymic"),
    (["sold", "guns", "to", "Qatar"], [0, 0, 0, 2], ["ROOT", "dobj", "prep", "pobj"],
     ["sell", "gun", "to", "Qatar"], (3, 4), "metonymic"),
    (["exports", "to", "Iran"], [0, 0, 1], ["ROOT", "prep", "pobj"],
     ["export", "to", "Iran"], (2, 3), "literal"),
])
def test_toponym_kinds_classify_kind_follows_pragmatic_taxonomy(words, heads, deps, lemmas, span,
                                                                 kind):
    doc = _doc(words, heads, deps, lemmas)
    assert classify_kind(Span(doc, *span), place_cues()) == kind


@pytest.mark.parametrize("words, heads, deps, lemmas, pos, kind", [
    # any verb of doing makes a place subject an actor; verbs of happening or having do not
    (["Tunisia", "worked", "hard"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
     ["Tunisia", "work", "hard"], ["PROPN", "VERB", "ADV"], "metonymic"),
    (["Oahu", "has", "beaches"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["Oahu", "have", "beach"], ["PROPN", "VERB", "NOUN"], "literal"),
    (["Russia", "is", "concerned"], [1, 1, 1], ["nsubj", "ROOT", "acomp"],
     ["Russia", "be", "concerned"], ["PROPN", "AUX", "ADJ"], "metonymic"),
    (["Kabul", "is", "big"], [1, 1, 1], ["nsubj", "ROOT", "acomp"],
     ["Kabul", "be", "big"], ["PROPN", "AUX", "ADJ"], "literal"),
])
def test_toponym_kinds_classify_kind_reads_subjects(words, heads, deps, lemmas, pos, kind):
    doc = _doc(words, heads, deps, lemmas, pos=pos)
    assert classify_kind(Span(doc, 0, 1), place_cues()) == kind


def test_toponym_kinds_classify_kind_ignores_a_date_misparsed_as_head():
    doc = _doc(["patrolled", "Harare", "Saturday"], [0, 2, 0], ["ROOT", "compound", "npadvmod"],
               ["patrol", "Harare", "Saturday"], ents=["O", "B-GPE", "B-DATE"])
    assert classify_kind(Span(doc, 1, 2), place_cues()) == "literal"


@pytest.mark.parametrize("words, heads, deps, kind", [
    (["the", "Syrian", "border"], [2, 2, 2], ["det", "amod", "ROOT"], "literal"),
    (["the", "Syrian", "government"], [2, 2, 2], ["det", "amod", "ROOT"], "demonym"),
    (["Syrian", "farms"], [1, 1], ["amod", "ROOT"], "literal"),
])
def test_toponym_kinds_demonym_is_literal_only_as_located_modifier(words, heads, deps, kind):
    doc = _doc(words, heads, deps, [w.lower() for w in words])
    assert demonym_kind(Span(doc, 1 if words[0] == "the" else 0, 2 if words[0] == "the" else 1),
                        place_cues()) == kind


@pytest.mark.parametrize("word, target, names_place", [
    ("somali", "SOM", False),  # Ethiopia's Somali Region is a namesake, not Somalia
    ("saudi", "SAU", True),  # 'in Saudi': Saudi Arabia itself
    ("western", None, True),  # no country: a big province of that name stays a place
])
def test_toponym_kinds_demonym_names_its_own_place(word, target, names_place):
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponym_kinds import demonym_names_place

    gaz = load_gazetteer()
    assert demonym_names_place(gaz, gaz.rows(word), target) is names_place


@pytest.mark.parametrize("words, heads, deps, ents, kind", [
    # before a capitalised word the demonym opens an office's or body's name
    (["the", "Danish", "State", "Archives"], [3, 2, 3, 3], ["det", "amod", "compound", "ROOT"],
     ["O", "B-NORP", "O", "O"], "demonym"),
    # a hyphened pair or a place the tagger knows is a place phrase, read as before
    (["the", "Syrian", "-", "Turkish", "border"], [4, 4, 3, 4, 4],
     ["det", "amod", "punct", "amod", "ROOT"], ["O", "B-NORP", "O", "B-NORP", "O"], "literal"),
    (["the", "Kenyan", "Rift", "Valley"], [3, 3, 3, 3], ["det", "amod", "compound", "ROOT"],
     ["O", "B-NORP", "B-LOC", "I-LOC"], "literal"),
])
def test_toponym_kinds_demonym_before_a_capitalised_name(words, heads, deps, ents, kind):
    doc = _doc(words, heads, deps, [w.lower() for w in words], ents=ents)
    assert demonym_kind(Span(doc, 1, 2), place_cues()) == kind


@pytest.mark.parametrize("name, natural", [
    ("Atlantic", True),  # only the ocean is a wide place of that name
    ("Korean Peninsula", True),
    ("Kenya", False),
    ("Gulf", False),  # also a province (Papua New Guinea): not only a body of water
])
def test_toponym_kinds_natural_feature_needs_every_wide_reading(name, natural):
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponym_kinds import natural_feature

    gaz = load_gazetteer()
    assert natural_feature(gaz, gaz.lookup(name), place_cues()) is natural


@pytest.mark.parametrize("noun, kind", [("complex", "literal"), ("yard", "literal"),
                                        ("barracks", "literal"), ("decision", "metonymic")])
def test_toponym_kinds_modifier_of_a_site_is_literal(noun, kind):
    """'his Lagos apartment complex', 'the Tororo rail yard' lie in the place."""
    words = ["the", "Lagos", "rail", noun]
    doc = _doc(words, [3, 3, 3, 3], ["det", "compound", "compound", "ROOT"], words)
    assert classify_kind(Span(doc, 1, 2), place_cues()) == kind
