"""Breakdowns of a figure are not more people (hand-built parses, no model)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.count_parts import drop_breakdowns

VOCAB = spacy.blank("en").vocab


@dataclass
class _C:
    value: int
    party: int | None


def _doc(text: str) -> Doc:
    """A Doc from "word/head/dep/tag/lemma" items."""
    rows = [item.split("/") for item in text.split()]
    return Doc(VOCAB, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows],
               deps=[r[2] for r in rows], tags=[r[3] for r in rows], lemmas=[r[4] for r in rows])


# "killed 12 people {joint} seven {first} and five {second}"
LIST = ("killed/0/ROOT/VBD/kill 12/2/nummod/CD/12 people/0/dobj/NNS/people "
        "{joint}/2/{joint_dep}/{joint_tag}/{joint} seven/5/nummod/CD/seven {first}/2/conj/NNS/{first} "
        "and/5/cc/CC/and five/8/nummod/CD/five "
        "{second}/5/conj/NNS/{second}")


@pytest.mark.parametrize(("joint", "first", "second", "kept"), [
    (",", "men", "women", [2]),                  # sorted by sex: the same twelve people
    (",", "soldiers", "policemen", [2, 5, 8]),   # kinds of people: more of them
    ("and", "men", "women", [2, 5, 8]),          # "and" adds
])
def test_count_parts_drop_breakdowns(joint, first, second, kept):
    dep, tag = ("punct", ",") if joint == "," else ("cc", "CC")
    doc = _doc(LIST.format(joint=joint, joint_dep=dep, joint_tag=tag, first=first, second=second))
    counts = [_C(12, 2), _C(7, 5), _C(5, 8)]
    assert [c.party for c in drop_breakdowns(doc, counts)] == kept
