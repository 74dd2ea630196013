"""Claims of responsibility name an attack's perpetrator without adding an event (model)."""

from __future__ import annotations

import pytest

from dateline.events.claims import claimants, credit_claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "noun", "claimant"), [
    ("Ten people were killed, a health official said, in an attack claimed by al-Shabaab.",
     "attack", "Shabaab"),
    ("The attack, which was claimed by Boko Haram, killed five people.", "attack", "Haram"),
    ("Al-Shabaab claimed the bombing on Monday.", "bombing", "Shabaab"),
    # a denial credits no one
    ("Al-Shabaab denied the bombing on Monday.", "bombing", None),
    # an attack with no claim
    ("The attack killed five people in the market.", "attack", None),
])
def test_claims_claimants_of_an_event_noun(nlp, text, noun, claimant):
    doc = nlp(text)
    [tok] = [t for t in doc if t.lower_ == noun]
    found = [t.text for t in claimants(tok)]
    assert found == ([claimant] if claimant else [])


@pytest.mark.parametrize(("text", "found"), [
    ("Al-Shabaab claimed responsibility for the attack.", [("attack", "Shabaab")]),
    ("The Taliban took credit for the bombing.", [("bombing", "Taliban")]),
    ("Al-Shabaab claimed responsibility for detonating the bomb.", [("detonating", "Shabaab")]),  # a gerund
    ("The Pakistani Taliban denied responsibility for the bombing.", []),
])
def test_claims_credit_claims(nlp, text, found):
    doc = nlp(text)
    assert [(noun.text, heads[0].text) for noun, heads in credit_claims(doc)] == found


@pytest.mark.parametrize(("text", "expected"), [
    ("Airstrikes", True), ("the warplanes", True), ("shelling", True),   # only the weapon: owner inferred
    ("Russian warplanes", False), ("the army", False), ("Hamas", False),  # the owner is named
])
def test_claims_unowned_means_leave_the_owner_open(text, expected):
    from dateline.events.claims import _unowned_means

    assert _unowned_means(text) is expected
