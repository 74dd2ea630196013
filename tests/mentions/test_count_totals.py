"""Running totals among count mentions (hand-built parses, no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.count_totals import running_total

VOCAB = spacy.blank("en").vocab


def _doc(text: str) -> Doc:
    """A Doc from "word/head/dep/tag/lemma" items."""
    rows = [item.split("/") for item in text.split()]
    return Doc(VOCAB, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows],
               deps=[r[2] for r in rows], tags=[r[3] for r in rows], lemmas=[r[4] for r in rows],
               pos=["VERB" if r[3].startswith("VB") else "NOUN" for r in rows])


# "a million displaced Syrians {verb} in camps"
STANDING = ("a/1/quantmod/DT/a million/3/nummod/CD/million displaced/3/amod/VBN/displace "
            "Syrians/4/nsubj/NNPS/Syrian {verb}/4/ROOT/{tag}/{lemma} in/4/prep/IN/in camps/5/pobj/NNS/camp")
# "5,000 people fled since June" / "5,000 people fled on Monday"
FLED = ("5,000/1/nummod/CD/5,000 people/2/nsubj/NNS/people fled/2/ROOT/VBD/flee "
        "{prep}/2/prep/IN/{prep} {when}/3/pobj/NNP/{when}")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (STANDING.format(verb="live", tag="VBP", lemma="live"), 2, True),       # a standing population
    (STANDING.format(verb="arrived", tag="VBD", lemma="arrive"), 2, False),  # one day's arrival
    (FLED.format(prep="since", when="June"), 2, True),
    (FLED.format(prep="on", when="Monday"), 2, False),
])
def test_count_totals_running_total_of_displaced(text, trigger, expected):
    doc = _doc(text)
    assert running_total(doc[trigger], doc[0], (0, 1), "displaced") is expected
