"""Implicit actors: the government behind an unattributed air or artillery attack (no model)."""

from __future__ import annotations

import pytest

from dateline.events.implicit import implicit_actor
from dateline.records import Place

from . import parses

SYRIA = Place("Douma", country="SYR")


@pytest.mark.parametrize(("text", "place", "focus", "expected"), [
    ("warplanes/1/nsubj/NOUN/warplane bombed/1/ROOT/VERB/bomb Douma/1/dobj/PROPN/Douma", SYRIA, None,
     "Government of Syria"),
    ("air/1/compound/NOUN/air strikes/2/nsubj/NOUN/strike hit/2/ROOT/VERB/hit Douma/2/dobj/PROPN/Douma",
     None, "SYR", "Government of Syria"),                       # a two-word cue; the focus country
    ("gunmen/1/nsubj/NOUN/gunman attacked/1/ROOT/VERB/attack Douma/1/dobj/PROPN/Douma", SYRIA, None, None),
    ("warplanes/1/nsubj/NOUN/warplane bombed/1/ROOT/VERB/bomb Douma/1/dobj/PROPN/Douma", None, None, None),
])
def test_implicit_actor_state_behind_air_attack(text, place, focus, expected):
    doc = parses.build(parses.sentence(text))
    actor = implicit_actor(list(doc), place, focus)
    assert (actor.name if actor else None) == expected

