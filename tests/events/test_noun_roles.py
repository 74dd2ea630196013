"""Agents and patients of event nouns: framing verbs, visits and movements of forces (model)."""

from __future__ import annotations

import pytest

from dateline.events.noun_roles import noun_agents, noun_patients

pytestmark = pytest.mark.model


def _noun(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "noun", "agent"), [
    # the subject of a verb that carries the event noun "on" took part in it
    ("The Spanish president arrived in Rabat on a two-day visit on Monday.", "visit", "president"),
    ("Thousands of dock workers went on strike in Antwerp on Monday.", "strike", "workers"),
    # a passive of taking part names a party to the act
    ("Rebel forces were engaged in widespread looting in the north.", "looting", "forces"),
    # a movement's "of"-phrase names the force that moved
    ("The minister welcomed the withdrawal of Syrian troops from Lebanon.", "withdrawal", "troops"),
])
def test_noun_roles_agent_found(nlp, text, noun, agent):
    assert agent in [t.text for t in noun_agents(_noun(nlp, text, noun))]


@pytest.mark.parametrize(("text", "noun", "not_agent", "not_patient"), [
    # the place a withdrawal leaves is not its agent, the force withdrawn not its patient
    ("The minister welcomed the withdrawal of Syrian troops from Lebanon.", "withdrawal", "Lebanon", "troops"),
    ("Chad announced the deployment of troops to Niger.", "deployment", "Niger", "troops"),
])
def test_noun_roles_movement_roles(nlp, text, noun, not_agent, not_patient):
    token = _noun(nlp, text, noun)
    assert not_agent not in [t.text for t in noun_agents(token)]
    assert not_patient not in [t.text for t in noun_patients(token)]


@pytest.mark.parametrize(("text", "noun", "not_agent"), [
    # whoever acts upon a protest or is hurt in an attack takes no part in it
    ("Police cracked down on a protest in Nairobi.", "protest", "Police"),
    ("The minister was injured in an attack in Kabul.", "attack", "minister"),
])
def test_noun_roles_no_framing_agent(nlp, text, noun, not_agent):
    assert not_agent not in [t.text for t in noun_agents(_noun(nlp, text, noun))]
