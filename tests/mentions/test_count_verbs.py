"""Casualty verbs: passives read from the parse, subsets after a cue (hand-built parses, no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.count_verbs import after_subset_cue, is_passive, verb_kind

VOCAB = spacy.blank("en").vocab


def _doc(text: str) -> Doc:
    """A Doc from "word/head/dep/POS/tag/lemma" items."""
    rows = [item.split("/") for item in text.split()]
    return Doc(VOCAB, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
               lemmas=[r[5] for r in rows])


# "23 wounded, among them two children": the parser took "children" for an object
SUBSET_OBJECT = ("23/1/nsubj/NUM/CD/23 wounded/1/ROOT/VERB/VBN/wound ,/1/punct/PUNCT/,/, "
                 "among/6/prep/ADP/IN/among them/3/pobj/PRON/PRP/they two/6/nummod/NUM/CD/two "
                 "children/1/dobj/NOUN/NNS/child")
# "23 wounded two children": an active verb with a real object
REAL_OBJECT = "23/1/nsubj/NUM/CD/23 wounded/1/ROOT/VERB/VBD/wound two/3/nummod/NUM/CD/two children/1/dobj/NOUN/NNS/child"


@pytest.mark.parametrize(("text", "expected"), [(SUBSET_OBJECT, True), (REAL_OBJECT, False)])
def test_count_verbs_subset_object_leaves_verb_passive(text, expected):
    doc = _doc(text)
    assert is_passive(doc[1]) is expected
    assert (verb_kind(doc[1], "nsubj", True) == "injured") is expected


@pytest.mark.parametrize(("start", "expected"), [(5, True), (0, False)])
def test_count_verbs_after_subset_cue(start, expected):
    assert after_subset_cue(_doc(SUBSET_OBJECT), start) is expected
