"""Where an actor name stands: locative objects, places, names inside longer names (no model)."""

from __future__ import annotations

import pytest

from dateline.mentions import actor_spans
from events import parses  # the hand-built parse helper the event tests share

# "rebels fled to Mosul and Tikrit"
FLED_TO = parses.sentence(
    "rebels/1/nsubj/NOUN/rebel fled/1/ROOT/VERB/flee to/1/prep/ADP/to Mosul/2/pobj/PROPN/Mosul "
    "and/3/cc/CCONJ/and Tikrit/3/conj/PROPN/Tikrit")
# "the army fought with IS"
FOUGHT_WITH = parses.sentence(
    "the/1/det/DET/the army/2/nsubj/NOUN/army fought/2/ROOT/VERB/fight with/2/prep/ADP/with "
    "IS/3/pobj/PROPN/IS")
# "Al Jazeera America reported"
AL_JAZEERA = parses.sentence(
    "Al/2/compound/PROPN/Al Jazeera/2/compound/PROPN/Jazeera America/3/nsubj/PROPN/America "
    "reported/3/ROOT/VERB/report")
# "Abbas Araghchi spoke"
ARAGHCHI = parses.sentence("Abbas/1/compound/PROPN/Abbas Araghchi/2/nsubj/PROPN/Araghchi spoke/2/ROOT/VERB/speak")


@pytest.mark.parametrize(("rows", "i", "locative", "preposition"), [
    (FLED_TO, 3, True, "to"),
    (FLED_TO, 5, True, "to"),        # a conjunct of the object of "to"
    (FOUGHT_WITH, 4, False, "with"),
    (FOUGHT_WITH, 1, False, ""),
])
def test_actor_spans_locative_objects(rows, i, locative, preposition):
    doc = parses.build(rows)
    assert actor_spans.is_locative(doc[i]) is locative
    assert actor_spans.preposition(doc[i]) == preposition


def test_actor_spans_name_inside_a_longer_organisation():
    doc = parses.build(AL_JAZEERA, ents=((0, 3, "ORG"),))
    assert actor_spans.inside_longer_org(doc[0:2])
    assert not actor_spans.inside_longer_org(doc[0:3])


def test_actor_spans_part_of_a_longer_person_name():
    doc = parses.build(ARAGHCHI, ents=((0, 2, "PERSON"),))
    assert actor_spans.part_of_longer_name(doc[0:1])
    assert not actor_spans.part_of_longer_name(doc[0:2])


def test_actor_spans_no_places_stage_no_place():
    doc = parses.build(FLED_TO)
    assert not actor_spans.is_place(doc[3])
