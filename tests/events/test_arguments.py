"""Argument extraction over the dependency parse (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events import arguments as args
from . import parses


def _words(tokens):
    return [t.text for t in tokens]


@pytest.mark.parametrize(("rows", "index", "agents", "patients"), [
    (parses.CAPTURE_TOWNS, 2, ["State"], ["towns"]),
    (parses.DETAINED, 1, ["Police"], ["suspects"]),
    (parses.TAKEN_OVER, 2, ["fighters"], ["Mosul"]),          # passive: by-phrase is the agent
    (parses.ORDERED_HELP, 6, ["force"], ["Kurds"]),           # object control: the ordered force helps
    (parses.THREATENED_ATTACK, 4, ["minister"], ["town"]),    # subject control through xcomp
])
def test_arguments_verb_roles(rows, index, agents, patients):
    doc = parses.build(rows)
    assert _words(args.verb_agents(doc[index])) == agents
    assert _words(args.verb_patients(doc[index])) == patients


def test_arguments_conjunction_splits_places():
    doc = parses.build(parses.CAPTURE_TOWNS)
    places = args.split_places(args.verb_patients(doc[2]))
    assert _words(places) == ["Sinjar", "Zumar"]


def test_arguments_noun_roles():
    doc = parses.build(parses.LAUNCHED_ATTACK)
    assert _words(args.noun_patients(doc[3])) == ["base"]
    doc = parses.build(parses.KILLED_IN_CLASHES)
    assert _words(args.co_parties(doc[5])) == ["IS"]


@pytest.mark.parametrize(("rows", "index", "name"), [
    (parses.KILLED_IN_CLASHES, 1, "fighters"),
    (parses.DETAINED, 0, "Police"),
])
def test_arguments_fallback_actor_names_people(rows, index, name):
    doc = parses.build(rows)
    actor = args.to_actor(doc, doc[index])
    assert actor is not None and actor.name == name


def test_arguments_things_are_not_actors():
    doc = parses.build(parses.SEIZED_WEAPONS)
    assert args.to_actor(doc, doc[2]) is None
