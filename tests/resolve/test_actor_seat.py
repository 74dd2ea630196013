"""Words and measures are placed in the acting party's country, not at the reported scene."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dateline.nlp.extensions import register_extensions
from dateline.records import Actor, Place
from dateline.resolve.actor_seat import country_place, seat_place

register_extensions()
VOCAB = English().vocab
SCENE = Place(name="Aden", lat=12.8, lon=45.0, country="YEM", precision="exact")
US = Actor("Government of United States", "the US Treasury", "USA", ["GOV"])
YEMENI = Actor("Government of Yemen", "Yemen's government", "YEM", ["GOV"])


def _doc(mention: str | None = None) -> Doc:
    words = ["Sanctions", "on", mention or "officials", "."]
    doc = Doc(VOCAB, words=words)
    spans = []
    if mention is not None:
        span = Span(doc, 2, 3, label="PLACE")
        span._.place = Place(name="United States", lat=38.0, lon=-97.0, country="USA", precision="country")
        spans.append(span)
    doc.spans["places"] = spans
    return doc


@pytest.mark.parametrize("etype, actors, carried, expected", [
    ("SANCTION", [US], SCENE, "USA"),  # the Treasury acts in Washington, not in Aden
    ("ACCUSE", [US], None, "USA"),  # no place at all: still the actor's country
    ("SANCTION", [YEMENI], SCENE, None),  # the scene already lies in the actor's country
    ("ASSAULT", [US], SCENE, None),  # force is used where it lands
    ("SANCTION", [Actor("United Nations", "the UN", None, ["IGO"])], SCENE, None),  # no home country
    ("SANCTION", [], SCENE, None),
])
def test_actor_seat_places_words_and_measures_at_home(etype, actors, carried, expected):
    doc = _doc()
    place = seat_place(doc, doc[0], etype, actors, carried, stated=False)
    assert (place.country if place is not None else None) == expected
    if place is not None:
        assert place.precision == "country"


def test_actor_seat_prefers_the_documents_own_mention_of_the_country():
    place = country_place(_doc("America"), "USA")
    assert place is not None and place.lat == 38.0  # the mention's point, not the gazetteer row


def test_actor_seat_unknown_country_code_gives_nothing():
    assert country_place(_doc(), "XXX") is None


# "Rebels threatened to attack ships in the Red Sea ." / "Rebels threatened in Sanaa to attack ships ."
CONTENT = (["Rebels", "threatened", "to", "attack", "ships", "in", "the", "Red", "Sea", "."],
           [1, 1, 3, 1, 3, 4, 8, 8, 5, 1],
           ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "det", "compound", "pobj", "punct"], 7, 9)
SETTING = (["Rebels", "threatened", "in", "Sanaa", "to", "attack", "ships", "."],
           [1, 1, 1, 2, 5, 1, 5, 1],
           ["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "dobj", "punct"], 3, 4)
HOUTHIS = Actor("Houthis", "Rebels", "YEM", ["REB"])


@pytest.mark.parametrize(("parse", "expected"), [
    (CONTENT, "YEM"),  # the sea is where the threatened attacks would be, not the threat
    (SETTING, None),  # the threat's own place stays
])
def test_actor_seat_place_in_the_threatened_act_is_not_the_threats(parse, expected):
    words, heads, deps, start, end = parse
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    span = Span(doc, start, end, label="PLACE")
    span._.toponym_kind = "literal"
    span._.place = Place(name=span.text, lat=20.0, lon=38.0, country=None, precision="exact")
    doc.spans["places"] = [span]
    place = seat_place(doc, doc[1], "THREATEN", [HOUTHIS], span._.place, stated=True)
    assert (place.country if place is not None else None) == expected
