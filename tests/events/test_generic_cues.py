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

# "people killed" / "men carrying bombs"
PEOPLE_KILLED = sentence("people/0/ROOT/NOUN/people killed/0/acl/VERB/kill")
MEN_CARRYING = sentence("men/0/ROOT/NOUN/man carrying/0/acl/VERB/carry bombs/1/dobj/NOUN/bomb")


def test_generic_cues_file_has_every_list():
    c = cues()
    assert "population" in c.collective_victims and "bomb" in c.devices
    assert "hundreds" in c.vague_totals and c.event_tally_minimum >= 5
    assert "systematically" in c.habitual_adverbs and "repeatedly" not in c.habitual_adverbs
    assert {"incite", "endorse"} <= c.advocacy_verbs and "institution" in c.figurative_objects


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (KILLED, {}, 1, ["mayor"]),  # a verb's object
    (MURDER, {}, 1, ["judges"]),  # a noun's "of" phrase
    (PEOPLE_KILLED, {1: "VBN"}, 1, ["people"]),  # the noun a past participle describes
    (MEN_CARRYING, {1: "VBG"}, 1, ["bombs"]),  # its object, not the agent it describes
])
def test_generic_cues_victims(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
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


# "killed in the past few years" / "exploded at 07:18 hours"
PAST_FEW_YEARS = sentence(
    "killed/0/ROOT/VERB/kill in/0/prep/ADP/in the/5/det/DET/the past/5/amod/ADJ/past "
    "few/5/amod/ADJ/few years/1/pobj/NOUN/year")
AT_HOURS = sentence(
    "exploded/0/ROOT/VERB/explode at/0/prep/ADP/at 07:18/3/nummod/NUM/07:18 hours/1/pobj/NOUN/hour")


@pytest.mark.parametrize(("rows", "expected"), [
    (PAST_FEW_YEARS, False),  # a stretch of time is no occasion
    (AT_HOURS, True),  # a clock time is
])
def test_generic_cues_spans_of_time_anchor_nothing(rows, expected):
    doc = build(rows, tags={len(rows) - 1: "NNS"})
    assert anchored(doc[0]) is expected
