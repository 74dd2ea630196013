"""The shared genericity cues and token helpers."""

from __future__ import annotations

import pytest

from dateline.events.generic_cues import anchored, bare_plural, cues, victims
from .parses import build, sentence

# "gunmen killed the mayor in Cali"
KILLED = sentence(
    "gunmen/1/nsubj/NOUN/gunman killed/1/ROOT/VERB/kill the/3/det/DET/the mayor/1/dobj/NOUN/mayor "
    "in/1/prep/ADP/in Cali/4/pobj/PROPN/Cali")
# "the murder of two judges"
MURDER = sentence(
    "the/1/det/DET/the murder/1/ROOT/NOUN/murder of/1/prep/ADP/of two/4/nummod/NUM/two "
    "judges/2/pobj/NOUN/judge")


def test_generic_cues_file_has_every_list():
    c = cues()
    assert "population" in c.collective_victims and "bomb" in c.devices
    assert "hundreds" in c.vague_totals and c.event_tally_minimum >= 5
    assert "systematically" in c.habitual_adverbs and "repeatedly" not in c.habitual_adverbs


@pytest.mark.parametrize(("rows", "trigger", "expected"), [
    (KILLED, 1, ["mayor"]),  # a verb's object
    (MURDER, 1, ["judges"]),  # a noun's "of" phrase
])
def test_generic_cues_victims(rows, trigger, expected):
    doc = build(rows)
    assert [t.text for t in victims(doc[trigger])] == expected


def test_generic_cues_anchored_and_bare_plural():
    doc = build(KILLED, tags={0: "NNS"})
    assert anchored(doc[1]) is True and bare_plural(doc[0]) is True
    murder = build(MURDER, tags={4: "NNS"})
    assert anchored(murder[1]) is False and bare_plural(murder[4]) is False


# "people maimed in war" / "people maimed in the war"
IN_WAR = sentence("people/0/ROOT/NOUN/people maimed/0/acl/VERB/maim in/1/prep/ADP/in war/2/pobj/NOUN/war")
IN_THE_WAR = sentence(
    "people/0/ROOT/NOUN/people maimed/0/acl/VERB/maim in/1/prep/ADP/in the/4/det/DET/the "
    "war/2/pobj/NOUN/war")


@pytest.mark.parametrize(("rows", "expected"), [
    (IN_WAR, False),  # a bare singular noun names a kind of situation
    (IN_THE_WAR, True),  # "the war" is a particular one
])
def test_generic_cues_bare_singular_anchors_nothing(rows, expected):
    doc = build(rows, tags={3 if rows is IN_WAR else 4: "NN"})
    assert anchored(doc[1]) is expected


def test_generic_cues_activity_governors_listed():
    assert {"engage", "like", "charge"} <= cues().activity_governors
