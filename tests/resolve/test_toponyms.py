"""Toponym kinds from the parse: metonymic subjects of communication verbs, literal otherwise."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.resolve.place_cues import demonyms, place_cues
from dateline.resolve.toponyms import classify_kind


def _doc(words, heads, deps, lemmas):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize("words, heads, deps, lemmas, span, kind", [
    (["Baghdad", "said", "no"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["Baghdad", "say", "no"],
     (0, 1), "metonymic"),
    (["Moscow", "and", "Kyiv", "agreed"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
     ["Moscow", "and", "Kyiv", "agree"], (2, 3), "metonymic"),
    (["Baghdad", "'s", "decision"], [2, 0, 2], ["poss", "case", "ROOT"],
     ["Baghdad", "'s", "decision"], (0, 1), "metonymic"),
    (["Fighting", "in", "Baghdad"], [0, 0, 1], ["ROOT", "prep", "pobj"],
     ["fighting", "in", "Baghdad"], (2, 3), "literal"),
    (["Baghdad", "flooded"], [1, 1], ["nsubj", "ROOT"], ["Baghdad", "flood"], (0, 1), "literal"),
])
def test_toponyms_classify_kind_separates_metonymy(words, heads, deps, lemmas, span, kind):
    doc = _doc(words, heads, deps, lemmas)
    assert classify_kind(Span(doc, *span), place_cues()) == kind


@pytest.mark.parametrize("word, country", [("iraqi", "IRQ"), ("syrian", "SYR"), ("kurdish", "Kurdistan Region"), ("arab", None)])
def test_toponyms_demonym_table_maps_to_countries(word, country):
    assert demonyms()[word] == country


def test_toponyms_cue_lists_load_as_strings():
    cues = place_cues()
    assert "on" in cues.locative_preps and "police" in cues.stop_names
    assert cues.feature_words["province"] == "admin1"
