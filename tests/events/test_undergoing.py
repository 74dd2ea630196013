"""Who underwent an event noun framed by a verb of undergoing (no model)."""

from __future__ import annotations

import pytest

from dateline.events.undergoing import undergoers

from . import parses

RECEIVED = parses.sentence(
    "The/1/det/DET/the judge/2/nsubj/NOUN/judge received/2/ROOT/VERB/receive "
    "death/4/compound/NOUN/death threats/2/dobj/NOUN/threat")
CAME_UNDER = parses.sentence(
    "The/1/det/DET/the convoy/2/nsubj/NOUN/convoy came/2/ROOT/VERB/come "
    "under/2/prep/ADP/under attack/3/pobj/NOUN/attack")
TARGET_OF = parses.sentence(
    "The/1/det/DET/the mayor/2/nsubj/NOUN/mayor was/2/ROOT/AUX/be the/4/det/DET/the "
    "target/2/attr/NOUN/target of/4/prep/ADP/of an/8/det/DET/an "
    "assassination/8/compound/NOUN/assassination attempt/5/pobj/NOUN/attempt")
LAUNCHED = parses.sentence(
    "Rebels/1/nsubj/NOUN/rebel launched/1/ROOT/VERB/launch an/3/det/DET/an "
    "attack/1/dobj/NOUN/attack")
UNDER_LAW = parses.sentence(
    "He/1/nsubj/PRON/he acted/1/ROOT/VERB/act under/1/prep/ADP/under "
    "orders/2/pobj/NOUN/order")


@pytest.mark.parametrize(("rows", "noun", "expected"), [
    (RECEIVED, 4, ["judge"]),       # the receiver of threats is their target
    (CAME_UNDER, 4, ["convoy"]),    # "came under attack"
    (TARGET_OF, 7, ["mayor"]),      # "the target of an assassination attempt", from the compound
    (LAUNCHED, 3, []),              # launching an attack is doing it
    (UNDER_LAW, 3, []),             # "under" with another verb frames nothing
])
def test_undergoing_subject_of_framing_verb_is_the_target(rows, noun, expected):
    doc = parses.build(rows)
    assert [t.text for t in undergoers(doc[noun])] == expected
