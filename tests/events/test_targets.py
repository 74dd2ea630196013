"""Targets of violence: owners of struck premises and office holders in person (no model)."""

from __future__ import annotations

import pytest

from dateline.events import targets
from dateline.records import Actor
from . import parses

# "an attack on the union headquarters"
UNION_HQ = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on the/5/det/DET/the "
    "union/5/compound/NOUN/union headquarters/2/pobj/NOUN/headquarters")
# "an attack against the mayor's office"
MAYORS_OFFICE = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack against/1/prep/ADP/against the/4/det/DET/the "
    "mayor/6/poss/NOUN/mayor 's/4/case/PART/'s office/2/pobj/NOUN/office")
# "his house": a possessive pronoun is no owner here
HIS_HOUSE = parses.sentence(
    "they/1/nsubj/PRON/they burned/1/ROOT/VERB/burn his/3/poss/PRON/his house/1/dobj/NOUN/house")
# "the mayor of Usulutan"
MAYOR_OF = parses.sentence(
    "the/1/det/DET/the mayor/1/ROOT/NOUN/mayor of/1/prep/ADP/of Usulutan/2/pobj/PROPN/Usulutan")
# "the government"
GOVERNMENT = parses.sentence("the/1/det/DET/the government/1/ROOT/NOUN/government")


@pytest.mark.parametrize(("rows", "patient", "owners"), [
    (UNION_HQ, 5, ["union"]),
    (MAYORS_OFFICE, 6, ["mayor"]),
    (HIS_HOUSE, 3, []),
    (GOVERNMENT, 1, []),  # not a premise: no owner to look for
])
def test_targets_premise_owners(rows, patient, owners):
    doc = parses.build(rows)
    assert [t.text for t in targets.premise_owners([doc[patient]])] == owners


@pytest.mark.parametrize(("rows", "head", "name", "expected"), [
    (MAYOR_OF, 1, "Government of El Salvador", "Mayor of Usulutan"),   # a person, not the state
    (GOVERNMENT, 1, "Government of El Salvador", "Government of El Salvador"),  # the state itself
    (MAYOR_OF, 1, "Workers", "Workers"),  # only a state reading is narrowed to the person
])
def test_targets_office_holder_struck_in_person(rows, head, name, expected):
    doc = parses.build(rows)
    actor = targets.as_person(doc, doc[head], Actor(name, "the mayor", "SLV", ["GOV"]))
    assert actor.name == expected
    assert actor.country == "SLV" and actor.sector == ["GOV"]


def test_targets_speech_verbs_are_read_from_modality_cues():
    assert {"say", "tell", "report", "announce"} <= targets.speech_verbs()
    assert "attack" not in targets.speech_verbs()


@pytest.mark.parametrize(("text", "titled"), [
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Dr/3/compound/PROPN/Dr Porth/1/pobj/PROPN/Porth", True),
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Minister/3/compound/PROPN/Minister Porth/1/pobj/PROPN/Porth", True),
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Sheikh/3/compound/PROPN/Sheikh Maqsoud/1/pobj/PROPN/Maqsoud", False),
])
def test_targets_titled_person(text, titled):
    doc = parses.build(parses.sentence(text))
    assert targets.titled_person(doc[3]) is titled
