"""Nesting of place names: which name holds which, how wide the text says a place is."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dateline.nlp.extensions import register_extensions
from dateline.records import Place
from dateline.resolve.nesting import container_of, encloses, inside, stated_rank

register_extensions()
VOCAB = English().vocab


def _spans(text, heads, deps, pos, places):
    """Place spans of a hand-parsed sentence; `places` = [(start, end, precision or None)]."""
    words = text.split()
    doc = Doc(VOCAB, words=words, heads=[int(h) for h in heads.split()], deps=deps.split(),
              pos=pos.split(), sent_starts=[True] + [False] * (len(words) - 1))
    out = []
    for start, end, precision in places:
        span = Span(doc, start, end, label="PLACE")
        span._.toponym_kind = "literal"
        span._.place = None if precision is None else Place(name=span.text, precision=precision)
        out.append(span)
    return out


# "in X district , Y province" with the parser hanging the province elsewhere
DISTRICT = ("in Nawzad district , Helmand province", "0 2 0 2 5 0",
            "ROOT compound pobj punct compound npadvmod", "ADP PROPN NOUN PUNCT PROPN NOUN")
# "Zayouna neighborhood in eastern Baghdad" / "the US embassy in Lisbon"
QUARTER = ("Zayouna neighborhood in eastern Baghdad", "1 1 1 4 2", "compound ROOT prep amod pobj",
           "PROPN NOUN ADP ADJ PROPN")
EMBASSY = ("the US embassy in Lisbon", "2 2 2 2 3", "det compound ROOT prep pobj", "DET PROPN NOUN ADP PROPN")


@pytest.mark.parametrize("sent, places, big, small, expected", [
    (DISTRICT, [(1, 2, None), (4, 5, "near")], 1, 0, True),  # 'Helmand province' though a town
    (DISTRICT, [(1, 2, "admin1"), (4, 5, "near")], 1, 0, True),
    (QUARTER, [(0, 1, "near"), (4, 5, "exact")], 1, 0, True),
    (QUARTER, [(0, 1, "near"), (4, 5, "exact")], 0, 1, False),
    (EMBASSY, [(1, 2, "country"), (4, 5, "exact")], 1, 0, False),  # the owner, not an area inside Lisbon
])
def test_nesting_finds_the_wider_place(sent, places, big, small, expected):
    spans = _spans(*sent, places)
    assert (encloses(spans[big], spans[small]) if sent is DISTRICT
            else container_of(spans[big], spans[small])) is expected


@pytest.mark.parametrize("sent, places, index, expected", [
    (DISTRICT, [(4, 5, "near")], 0, 2),  # named as a province
    (DISTRICT, [(1, 2, "exact")], 0, 0),
    (QUARTER, [(4, 5, "country")], 0, 3),
])
def test_nesting_stated_rank_reads_the_kind_noun(sent, places, index, expected):
    assert stated_rank(_spans(*sent, places)[index]) == expected


def _at(name, country, admin1=None):
    return Place(name=name, country=country, admin1=admin1)


@pytest.mark.parametrize("inner, outer, rank, expected", [
    (_at("Daman", "IND", "Daman"), _at("Kandahar", "AFG", "Kandahar"), 2, False),
    (_at("Khugyani", "AFG", "Kandahar"), _at("Nangarhar", "AFG", "Nangarhar"), 2, False),
    (_at("Nawa", "AFG", "Helmand"), _at("Helmand", "AFG", "Helmand"), 2, True),
    (_at("Nawa", "AFG"), _at("Helmand", "AFG", "Helmand"), 2, True),  # unknown parts agree
    (_at("Khugyani", "AFG", "Kandahar"), _at("Afghanistan", "AFG"), 3, True),
])
def test_nesting_inside_compares_country_and_province(inner, outer, rank, expected):
    assert inside(inner, outer, rank) is expected


# "the Mansour neighborhood of Baghdad" / "the West Bank city of Tubas" / "the Monguno town of Borno"
NOUN_OF = ("the Mansour neighborhood of Baghdad", "2 2 2 2 3", "det compound ROOT prep pobj",
           "DET PROPN NOUN ADP PROPN")
CITY_OF = ("the Bank city of Tubas", "2 2 2 2 3", "det compound ROOT prep pobj", "DET PROPN NOUN ADP PROPN")
REGION_OF = ("the Qaboun region of Damascus", "2 2 2 2 3", "det compound ROOT prep pobj",
             "DET PROPN NOUN ADP PROPN")
# "the town of Rai in northern Aleppo", and "the war on Iraq in Paris" (what, not where)
TOWN_IN = ("the town of Rai in northern Aleppo", "1 1 1 2 1 6 4", "det ROOT prep pobj prep amod pobj",
           "DET NOUN ADP PROPN ADP ADJ PROPN")
# "Kawuri village of Konduga LGA": the second name's own type word makes it the wider area
VILLAGE_OF_LGA = ("the Kawuri village of Konduga LGA", "2 2 2 2 5 3", "det compound ROOT prep compound pobj",
                  "DET PROPN NOUN ADP PROPN NOUN")
WAR_IN = ("the war on Iraq in Paris", "1 1 1 2 1 4", "det ROOT prep pobj prep pobj",
          "DET NOUN ADP PROPN ADP PROPN")


@pytest.mark.parametrize("sent, places, big, small, expected", [
    (NOUN_OF, [(1, 2, "near"), (4, 5, "exact")], 1, 0, True),  # the known city holds the obscure quarter
    (NOUN_OF, [(1, 2, "near"), (4, 5, "exact")], 0, 1, False),
    (NOUN_OF, [(1, 2, "exact"), (4, 5, "near")], 0, 1, True),  # "Baghdad district of Dora"
    (CITY_OF, [(1, 2, "admin1"), (4, 5, "exact")], 0, 1, True),  # a naming noun: B is the city itself
    (CITY_OF, [(1, 2, "exact"), (4, 5, "admin1")], 1, 0, True),  # 'the Monguno town of Borno State'
    (REGION_OF, [(1, 2, "admin1"), (4, 5, "exact")], 1, 0, True),  # 'region of Y': Y is the wider area
    (REGION_OF, [(1, 2, "admin1"), (4, 5, "exact")], 0, 1, False),
    (TOWN_IN, [(3, 4, "near"), (6, 7, "near")], 1, 0, True),
    (WAR_IN, [(3, 4, "exact"), (5, 6, "exact")], 1, 0, False),
    (VILLAGE_OF_LGA, [(1, 2, "near"), (4, 6, "near")], 1, 0, True),
    (VILLAGE_OF_LGA, [(1, 2, "near"), (4, 6, "near")], 0, 1, False),
])
def test_nesting_orders_names_around_a_place_noun(sent, places, big, small, expected):
    spans = _spans(*sent, places)
    assert container_of(spans[big], spans[small]) is expected
