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
    ("Two guards died in the blast at the oil terminal, for which the army held the ELN responsible.",
     [("blast", "ELN")]),
    ("A police captain was charged with the killing of a union leader.", [("killing", "captain")]),
    ("Police said the ELN was involved in the bombing.", [("bombing", "ELN")]),
    ("Police arrested three soldiers implicated in the massacre.", [("massacre", "soldiers")]),
    ("Officials linked the Cali cartel to the bombing.", [("bombing", "cartel")]),
    ("The bombing was linked to the Cali cartel.", [("bombing", "cartel")]),
    ("Investigators said the cartel was behind the planning of the attacks.", [("attacks", "cartel")]),
    ("Prosecutors said the militia was behind the organisation and execution of the act.",
     [("act", "militia")]),
    ("Detectives said the incident was the work of a drug gang.", [("incident", "gang")]),
    ("A bomb planted by the ELN wrecked a pumping station.", [("bomb", "ELN")]),
    # a denial names no one; an accusation of something other than an attack names no one
    ("The ELN said it was not responsible for the attack.", []),
    ("Police accused the mayor of corruption.", []),
    ("The minister was involved in the talks.", []),
])
def test_accusations_name_the_accused(nlp, text, found):
    doc = nlp(text)
    assert [(deed.text, heads[0].text) for deed, heads in accusations(doc)] == found
