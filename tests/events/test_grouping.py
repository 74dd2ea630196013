"""Folding trigger words into one event per group (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.grouping import group_sentence
from dateline.events.triggers import find_triggers
from . import parses


def _groups(rows):
    doc = parses.build(rows)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    return doc, group_sentence(list(doc), hits)


@pytest.mark.parametrize(("rows", "main", "folded"), [
    (parses.KILLED_IN_CLASHES, "clashes", ["killed"]),      # casualty folds into the fighting
    (parses.THREATENED_ATTACK, "threatened", ["attack"]),   # content of a threat is no event
    (parses.AIR_STRIKES, "strikes", ["hit"]),               # noun subject and its verb: one event
])
def test_grouping_one_event(rows, main, folded):
    _doc, groups = _groups(rows)
    assert len(groups) == 1
    assert groups[0].main.text == main
    assert [t.text for t, _ in groups[0].folded] == folded


def test_grouping_light_verb_governs_noun():
    _doc, groups = _groups(parses.LAUNCHED_ATTACK)
    assert len(groups) == 1
    assert groups[0].main.text == "attack" and groups[0].governor.text == "launched"


def test_grouping_directive_gives_the_act_to_its_subject():
    _doc, groups = _groups(parses.ORDERED_HELP)
    assert len(groups) == 1
    assert groups[0].main.text == "help" and groups[0].directive.text == "ordered"
