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
    ("Hundreds of teachers began a hunger strike on Monday to protest against Kenya's decision to cut salaries.",
     "PROTEST", "Government of Kenya"),
    # a threat's condition names whom it is aimed at
    ("Ethiopia threatened on Monday to close the border unless Sudan withdraws its troops.",
     "THREATEN", "Government of Sudan"),
    # an act done in another state's territory is aimed at that state
    ("Chad has strengthened its troops in Niger, officials said on Monday.", "MOBILIZE", "Government of Niger"),
    # what a suspended thing concerns ("links with X")
    ("Norway announced a suspension of trade links with Belarus on Friday.", "SANCTION", "Government of Belarus"),
    # who a demand asks to act: the subject of its content clause, or whose partners they are
    ("The union reiterated its demand on Monday that Chad release the detained journalists.",
     "REQUEST", "Government of Chad"),
    ("Greece demanded on Friday that its European Union partners reject the plan.", "REQUEST", "European Union"),
    # a complaint with no direct object is about the owner of the matter charged, not its audience
    ("Chad complained to the African Union on Monday over Sudanese air raids on border villages.",
     "ACCUSE", "Government of Sudan"),
    # the parties a mediation is between
    ("Qatar launched a mediation effort on Saturday between Sudan and Chad.", "CONSULT", "Government of Chad"),
    # a condemnation of an act told before is aimed at its doers
    ("Fighters of the National Liberation Army (ELN) abducted six soldiers on Monday in Arauca. The defence "
     "minister condemned the abduction on Tuesday.", "ACCUSE", "ELN"),
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
])
def test_addressees_no_recipient(nlp, text, ptype):
    event = _event(nlp, text, ptype)
    assert event.recipients == []


def test_addressees_lists_load():
    assert {"aim_words", "issue_preps", "place_preps", "territorial_types", "condition_marks",
            "concern_preps"} <= set(table())
    assert "ASSAULT" not in table()["territorial_types"]
