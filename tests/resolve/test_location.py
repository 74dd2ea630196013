"""Event location: attached place first, then a located place in the sentence, never a metonymic one."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.lang.en import English

from dateline.nlp.extensions import register_extensions
from dateline.records import Place
from dateline.resolve.location import choose_location, choose_location_span

register_extensions()
VOCAB = English().vocab  # lexical attributes (lower_) as in a real pipeline


def _doc(words, heads, deps, pos, places):
    """A parsed Doc by hand; `places` = [(start, end, kind, precision)]."""
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    spans = []
    for start, end, kind, precision in places:
        span = Span(doc, start, end, label="PLACE")
        span._.toponym_kind = kind
        span._.place = Place(name=span.text, lat=1.0, lon=2.0, country="IRQ", precision=precision)
        spans.append(span)
    doc.spans["places"] = spans
    return doc


# "Fighters attacked Sinjar near Mosul ."
ATTACK = (["Fighters", "attacked", "Sinjar", "near", "Mosul", "."],
          [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
          ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"])
# "Baghdad said fighters died in Tikrit ."
SAID = (["Baghdad", "said", "fighters", "died", "in", "Tikrit", "."],
        [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
# "Iraqi soldiers from Basra fought ." (the place describes the actor)
ACTOR = (["Soldiers", "from", "Basra", "fought", "."],
         [3, 0, 1, 3, 3], ["nsubj", "prep", "pobj", "ROOT", "punct"],
         ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"])


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (ATTACK, [(2, 3, "literal", "exact"), (4, 5, "literal", "exact")], 1, "Sinjar"),
    (SAID, [(0, 1, "metonymic", "exact"), (5, 6, "literal", "exact")], 3, "Tikrit"),
    (SAID, [(0, 1, "metonymic", "exact")], 3, None),
    (SAID, [(0, 1, "metonymic", "exact")], 1, None),
    (ACTOR, [(2, 3, "literal", "exact")], 3, None),
    (ATTACK, [], 1, None),
])
def test_location_chooses_the_place_of_the_event(sent, places, trigger, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


def test_location_prefers_the_finer_of_two_attached_places():
    # "Fighters attacked Iraq 's town of Sinjar" -> Sinjar, not the country
    words = ["Fighters", "attacked", "Iraq", "'s", "town", "of", "Sinjar"]
    doc = _doc(words, [1, 1, 4, 2, 1, 4, 5], ["nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj"],
               ["NOUN", "VERB", "PROPN", "PART", "NOUN", "ADP", "PROPN"],
               [(2, 3, "literal", "country"), (6, 7, "literal", "exact")])
    assert choose_location_span(doc, doc[1]).text == "Sinjar"


def test_location_falls_back_to_the_focus_country_with_country_precision():
    doc = _doc(*SAID, [(0, 1, "metonymic", "exact")])
    doc._.focus_country = "IRQ"
    place = choose_location(doc, doc[3])
    assert place is not None and place.country == "IRQ" and place.precision == "country"


def test_location_without_places_or_focus_is_none():
    doc = _doc(*ATTACK, [])
    assert choose_location(doc, doc[1]) is None


# "Bombs killed two in Baghdad 's Doura district": the district, not the city around it
DOURA = (["Bombs", "killed", "two", "in", "Baghdad", "'s", "Doura", "district"],
         [1, 1, 1, 1, 7, 4, 7, 3], ["nsubj", "ROOT", "dobj", "prep", "poss", "case", "compound", "pobj"],
         ["NOUN", "VERB", "NUM", "ADP", "PROPN", "PART", "PROPN", "NOUN"])
# "Police captured him near Merano , Italy"
MERANO = (["Police", "captured", "him", "near", "Merano", ",", "Italy"],
          [1, 1, 1, 1, 3, 4, 4], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "appos"],
          ["NOUN", "VERB", "PRON", "ADP", "PROPN", "PUNCT", "PROPN"])
# "Bombers destroyed a Baghdad restaurant" / "Storms grounded U.S. aircraft"
RESTAURANT = (["Bombers", "destroyed", "a", "Baghdad", "restaurant"], [1, 1, 4, 4, 1],
              ["nsubj", "ROOT", "det", "compound", "dobj"], ["NOUN", "VERB", "DET", "PROPN", "NOUN"])
AIRCRAFT = (["Storms", "grounded", "U.S.", "aircraft"], [1, 1, 3, 1],
            ["nsubj", "ROOT", "compound", "dobj"], ["NOUN", "VERB", "PROPN", "NOUN"])


@pytest.mark.parametrize("sent, places, expected", [
    (DOURA, [(4, 5, "literal", "exact"), (6, 7, "literal", "exact")], "Doura"),
    (DOURA, [(4, 5, "literal", "exact")], "Baghdad"),
    (MERANO, [(4, 5, "literal", "exact"), (6, 7, "literal", "exact")], "Merano"),
    (RESTAURANT, [(3, 4, "literal", "exact")], "Baghdad"),
    (AIRCRAFT, [(2, 3, "literal", "country")], None),
])
def test_location_prefers_the_most_specific_place_and_skips_descriptions(sent, places, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[1])
    assert (span.text if span is not None else None) == expected


# "Two observers from Jordan were captured near Bunia": where the victims come from is not the place
OBSERVERS = (["Observers", "from", "Jordan", "were", "captured", "near", "Bunia"],
             [4, 0, 1, 4, 4, 4, 5], ["nsubjpass", "prep", "pobj", "auxpass", "ROOT", "prep", "pobj"],
             ["NOUN", "ADP", "PROPN", "AUX", "VERB", "ADP", "PROPN"])
# "The town of Sinjar was captured": the patient is itself a place
TOWN = (["The", "town", "of", "Sinjar", "was", "captured"], [1, 5, 1, 2, 5, 5],
        ["det", "nsubjpass", "prep", "pobj", "auxpass", "ROOT"], ["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB"])


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (OBSERVERS, [(2, 3, "literal", "country"), (6, 7, "literal", "exact")], 4, "Bunia"),
    (OBSERVERS, [(2, 3, "literal", "country")], 4, None),
    (TOWN, [(3, 4, "literal", "exact")], 5, "Sinjar"),
])
def test_location_skips_the_victims_origin(sent, places, trigger, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected
