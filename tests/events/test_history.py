"""Clauses that sum up a stretch of history (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.history import sums_up_period
from . import parses


def _clause(text: str, verb: int):
    doc = parses.build(parses.sentence(text), tags={verb: "VBN"})
    return doc[verb]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # "Troops have been deployed since 2021": a state up to now
    ("Troops/3/nsubjpass/NOUN/troop have/3/aux/AUX/have been/3/auxpass/AUX/be deployed/3/ROOT/VERB/deploy "
     "since/3/prep/ADP/since 2021/4/pobj/NUM/2021", 3, True),
    # "Rebels have disarmed since the August 13 accord": a recent start, the tally is news
    ("Rebels/2/nsubj/NOUN/rebel have/2/aux/AUX/have disarmed/2/ROOT/VERB/disarm since/2/prep/ADP/since "
     "the/6/det/DET/the August/6/compound/PROPN/August 13/6/nummod/NUM/13 accord/3/pobj/NOUN/accord", 2, False),
    # "Groups have held Tripoli since the 2011 uprising"
    ("Groups/2/nsubj/NOUN/group have/2/aux/AUX/have held/2/ROOT/VERB/hold Tripoli/2/dobj/PROPN/Tripoli "
     "since/2/prep/ADP/since the/7/det/DET/the 2011/7/nummod/NUM/2011 uprising/4/pobj/NOUN/uprising", 2, True),
    # "Rebels have killed ten people since Monday": a tally of days is the news
    ("Rebels/2/nsubj/NOUN/rebel have/2/aux/AUX/have killed/2/ROOT/VERB/kill people/2/dobj/NOUN/people "
     "since/2/prep/ADP/since Monday/4/pobj/PROPN/Monday", 2, False),
    # "Troops were deployed in 2021": a past incident, not a running state
    ("Troops/2/nsubjpass/NOUN/troop were/2/auxpass/AUX/be deployed/2/ROOT/VERB/deploy "
     "in/2/prep/ADP/in 2021/3/pobj/NUM/2021", 2, False),
])
def test_history_perfect_since_a_year_or_month_sums_up(text, verb, expected):
    assert sums_up_period(_clause(text, verb)) is expected
