"""Named actors of a text give country evidence to toponym resolution."""

from __future__ import annotations

import pytest
import spacy

from dateline.resolve.actor_evidence import actor_countries
from dateline.resolve.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize("text, expected", [
    ("Talks between Jabhat al-Nusra and Ahrar al-Sham near Atarib", {"SYR": 2}),
    ("Zabadani clashes cause losses for Hezbollah", {"LBN": 1}),
    ("Regime forces push into Marj area", {}),             # a generic phrase names no country
    ("The regime forces shelled the town", {}),
    ("Hezbollah and Hezbollah again", {"LBN": 1}),          # one vote per actor
    ("Islamic State fighters attacked", {}),                 # a transnational group
    ("Syria and Damascus", {}),                              # places count as toponyms already
])
def test_actor_evidence_counts_named_actors(nlp, text, expected):
    assert dict(actor_countries(nlp(text), load_gazetteer())) == expected
