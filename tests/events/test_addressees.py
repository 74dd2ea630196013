"""Recipients read from a protest's aim, a threat's condition, an owned thing, a state's territory (model)."""

from __future__ import annotations

import pytest

from dateline.events.addressees import table

pytestmark = pytest.mark.model


def _event(nlp, text: str, ptype: str):
    doc = nlp(text)
    found = [e for e in doc._.events if e.type == ptype]
    assert found, f"no {ptype} event in {[e.type for e in doc._.events]}"
    return found[0]


@pytest.mark.parametrize(("text", "ptype", "recipient"), [
    # a protest's aim names whom it is against
    ("Dozens of nurses went on a hunger strike on Tuesday to protest against Ghana's plan to freeze wages.",
     "PROTEST", "Government of Ghana"),
    # a threat's condition names whom it is aimed at
    ("Ethiopia threatened on Monday to close the border unless Sudan withdraws its troops.",
     "THREATEN", "Government of Sudan"),
    # an act done in another state's territory is aimed at that state
    ("Chad has strengthened its troops in Niger, officials said on Monday.", "MOBILIZE", "Government of Niger"),
    # what a suspended thing concerns ("links with X")
    ("Norway announced a suspension of trade links with Belarus on Friday.", "SANCTION", "Government of Belarus"),
    # who a demand asks to act: the subject of its content clause, or whose partners they are
    ("The union repeated its demand on Monday that Chad free the detained journalists.",
     "REQUEST", "Government of Chad"),
    ("Greece demanded on Friday that its European Union partners reject the plan.", "REQUEST", "European Union"),
    # a complaint with no direct object is about the owner of the matter charged, not its audience
    ("Mali complained to ECOWAS on Thursday over Burkinabe artillery fire on its border posts.",
     "ACCUSE", "Government of Burkina Faso"),
    # the parties a mediation is between
    ("Kenya started a mediation bid on Thursday between Ethiopia and Eritrea.", "CONSULT", "Government of Eritrea"),
    # a condemnation of an act told before is aimed at its doers
    ("Fighters of the National Liberation Army (ELN) kidnapped four police officers on Friday in Cucuta. The "
     "interior minister condemned the kidnapping on Saturday.", "ACCUSE", "ELN"),
    # a visit's place, named on the verb that carries the visit noun
    ("The Spanish president arrived in Rabat on a two-day visit on Monday.", "CONSULT", "Government of Morocco"),
    # a protest whose crowd is unnamed still addresses the government of where it happens
    ("Smaller protests took place in Mombasa and Kisumu on Tuesday.", "PROTEST", "Government of Kenya"),
    # a withdrawal's "of"-phrase is the force moved; the place it leaves is the addressee
    ("Chad hastened the withdrawal of its soldiers from Niger on Thursday.", "RETREAT", "Government of Niger"),
    # a request for refuge addresses the state where it is sought
    ("Some 3,000 Rohingya sought refuge in Bangladesh last month.", "REQUEST", "Government of Bangladesh"),
    # a second act of the same subject names the place ("relations with and opened a mission in X")
    ("Peru has established relations with and opened a mission in Hanoi.", "SUPPORT", "Government of Vietnam"),
])
def test_addressees_recipient_found(nlp, text, ptype, recipient):
    event = _event(nlp, text, ptype)
    assert recipient in [a.name for a in event.recipients]


@pytest.mark.parametrize(("text", "ptype"), [
    # a place in the actor's own phrase is not where the act was done
    ("The UN mission in Libya welcomed the agreement on Monday.", "SUPPORT"),
    # a state acting in its own territory addresses nobody by that
    ("Chad has strengthened its troops in N'Djamena, officials said on Monday.", "MOBILIZE"),
    # an act condemned with no doer told before names no one
    ("The minister condemned the attack on the hotel on Monday.", "ACCUSE"),
    # talks between parties of several states are held at a venue, not with it
    ("French and German diplomats went back to Vienna this week for talks on sanctions.", "CONSULT"),
    # any other demand is not addressed to the state it is made in
    ("The Kenyan opposition demanded new elections in Nairobi on Monday.", "REQUEST"),
])
def test_addressees_no_recipient(nlp, text, ptype):
    event = _event(nlp, text, ptype)
    assert event.recipients == []


def test_addressees_lists_load():
    assert {"aim_words", "issue_preps", "place_preps", "territorial_types", "condition_marks",
            "concern_preps", "frame_preps", "speech_verbs", "refuge_words"} <= set(table())
    assert "ASSAULT" not in table()["territorial_types"]
