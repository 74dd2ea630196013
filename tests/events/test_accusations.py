"""Accusations and attributions name an attack's perpetrator told elsewhere (model)."""

from __future__ import annotations

import pytest

from dateline.events.accusations import accusations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "found"), [
    ("Police blamed the Shining Path for the attack.", [("attack", "Path")]),
    ("The army blamed the ambush on the Shining Path.", [("ambush", "Path")]),
    ("Police accused the FARC of the killings.", [("killings", "FARC")]),
    ("The authorities attributed the bombing to the Medellin Cartel.", [("bombing", "Cartel")]),
    ("The government said the ELN was responsible for the attack.", [("attack", "ELN")]),
    ("Officials said the FARC was behind the massacre.", [("massacre", "FARC")]),
    ("Officials said the bombing was the work of the ELN.", [("bombing", "ELN")]),
    # a denial names no one; an accusation of something other than an attack names no one
    ("The ELN said it was not responsible for the attack.", []),
    ("Police accused the mayor of corruption.", []),
])
def test_accusations_name_the_accused(nlp, text, found):
    doc = nlp(text)
    assert [(deed.text, heads[0].text) for deed, heads in accusations(doc)] == found
