"""Placing names the gazetteer lacks near the towns the text names."""

from __future__ import annotations

import pytest

from dateline.resolve import anchors


@pytest.mark.parametrize("start, focus, expected", [
    (5, "USA", "Miami Beach"),    # the town of the focus country named closest before
    (12, "USA", "Tacoma"),
    (1, "USA", "Miami Beach"),    # none before: the first named after
    (12, "CAN", "Tacoma"),        # no town in the focus country: any town
])
def test_anchors_near_anchor_places_unknown_streets(start, focus, expected):
    from dateline.records import Place

    def town(name, lat, lon):
        return Place(name=name, geonameid=None, lat=lat, lon=lon, admin1=None, country="USA",
                     precision="exact")
    points = [(3, town("Miami Beach", 25.79, -80.13)), (9, town("Tacoma", 47.25, -122.44))]
    anchor = anchors.near_anchor("Collins Avenue", start, points, focus)
    assert anchor.precision == "near" and anchor.name == "Collins Avenue"
    assert (anchor.lat, anchor.lon) == next((p.lat, p.lon) for _, p in points if p.name == expected)


def test_anchors_near_anchor_without_towns_is_none():
    assert anchors.near_anchor("Royal Street", 4, [], "USA") is None


@pytest.mark.parametrize("words, end, expected", [
    (["the", "Gesu", "Hospital", "in", "Rome", "."], 3, "Rome"),
    (["the", "Gesu", "Hospital", ",", "where", "he", "lies", "in", "Rome"], 3, "Rome"),
    (["the", "Gesu", "Hospital", ".", "He", "is", "in", "Rome"], 3, None),  # another sentence
    (["the", "Gesu", "Hospital", "near", "Rome"], 3, None),
])
def test_anchors_located_in_reads_a_following_in(words, end, expected):
    import spacy

    from dateline.records import Place

    doc = spacy.blank("en")(" ".join(words))
    rome = Place(name="Rome", geonameid=None, lat=41.9, lon=12.5, admin1=None, country="ITA",
                 precision="exact")
    at = words.index("Rome")
    found = anchors.located_in(doc, end, [(at, rome)])
    assert (found.name if found else None) == expected


def test_anchors_near_anchor_in_a_named_province_keeps_its_precision():
    """A story naming Kasai but no town: its unknown villages are put in the province."""
    from dateline.records import Place

    kasai = Place(name="Kasai", geonameid=None, lat=-5.0, lon=21.5, admin1="Kasai",
                  country="COD", precision="admin1")
    anchor = anchors.near_anchor("Kampungu", 9, [(3, kasai)], "COD")
    assert (anchor.lat, anchor.lon, anchor.precision) == (-5.0, 21.5, "admin1")


def _place(name, country, precision, admin1=None, lat=0.0, lon=0.0):
    from dateline.records import Place

    return Place(name=name, geonameid=None, lat=lat, lon=lon, admin1=admin1, country=country,
                 precision=precision)


@pytest.mark.parametrize("within, expected, precision", [
    (None, "Toronto", "near"),                         # no unit in its sentence: the last town
    ("France", "Lyon", "near"),                        # a town of the named country
    ("Denmark", "Denmark", "country"),                 # none named there: the country's centre
    ("Rhone", "Lyon", "near"),                         # a town of the named province
])
def test_anchors_near_anchor_stays_in_its_sentences_unit(within, expected, precision):
    units = {"France": _place("France", "FRA", "country", lat=46.0, lon=2.0),
             "Denmark": _place("Denmark", "DNK", "country", lat=56.0, lon=10.0),
             "Rhone": _place("Rhone", "FRA", "admin1", admin1="Rhone", lat=45.9, lon=4.6)}
    points = [(2, _place("Lyon", "FRA", "exact", admin1="Rhone", lat=45.76, lon=4.84)),
              (8, _place("Toronto", "CAN", "exact", admin1="Ontario", lat=43.7, lon=-79.4))]
    anchor = anchors.near_anchor("Quinta Velha Farm", 12, points, "CAN", within=units.get(within))
    assert anchor.name == "Quinta Velha Farm" and anchor.precision == precision
    named = units.get(expected) or dict((p.name, p) for _, p in points)[expected]
    assert (anchor.lat, anchor.lon) == (named.lat, named.lon)


@pytest.mark.parametrize("text, target, expected", [
    ("In Spain , police found a van at a Quinta Velha farm .", "Quinta", "Spain"),
    ("Spain reported it . Police found a van at a Quinta Velha farm .", "Quinta", None),  # earlier sentence
    ("Police found a van at a Quinta Velha farm in Spain .", "Quinta", None),  # only names before count
])
def test_anchors_sentence_unit_is_named_before_in_the_sentence(text, target, expected):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    words = [t.text for t in doc]
    spain = _place("Spain", "ESP", "country", lat=40.0, lon=-4.0)
    unit = anchors.sentence_unit(doc, words.index(target), [(words.index("Spain"), spain)])
    assert (unit.name if unit else None) == expected
