"""Demands voiced as "X must do Y": which verb bears "must" and who voiced it (no model)."""

from __future__ import annotations

import pytest

from dateline.events import demands
from . import parses

# "Ruto said the UN must be ready to help"
READY_TO_MEDIATE = parses.sentence(
    "Ruto/1/nsubj/PROPN/Ruto said/1/ROOT/VERB/say the/3/det/DET/the UN/5/nsubj/PROPN/UN "
    "must/5/aux/AUX/must be/1/ccomp/AUX/be ready/5/acomp/ADJ/ready to/8/aux/PART/to "
    "help/6/xcomp/VERB/help")
# "Macron issued a reminder that Iran must comply"
REMINDER = parses.sentence(
    "Macron/1/nsubj/PROPN/Macron issued/1/ROOT/VERB/issue a/3/det/DET/a reminder/1/dobj/NOUN/reminder "
    "that/7/mark/SCONJ/that Iran/7/nsubj/PROPN/Iran must/7/aux/AUX/must comply/3/acl/VERB/comply")
# "Erdogan's insistence that Russia must withdraw"
INSISTENCE = parses.sentence(
    "Erdogan/2/poss/PROPN/Erdogan 's/0/case/PART/'s insistence/2/ROOT/NOUN/insistence "
    "that/6/mark/SCONJ/that Russia/6/nsubj/PROPN/Russia must/6/aux/AUX/must withdraw/2/acl/VERB/withdraw")
# "the US will withdraw": no demand
WILL_WITHDRAW = parses.sentence(
    "the/1/det/DET/the US/3/nsubj/PROPN/US will/3/aux/AUX/will withdraw/3/ROOT/VERB/withdraw")


@pytest.mark.parametrize(("rows", "clause", "bearer", "speakers"), [
    (READY_TO_MEDIATE, 8, 5, ["Ruto"]),     # "must" on the verb the event clause complements
    (REMINDER, 7, 7, ["Macron"]),           # a demand on a noun: who issued the noun
    (INSISTENCE, 6, 6, ["Erdogan"]),        # ... or who owns it
])
def test_demands_bearer_and_speaker(rows, clause, bearer, speakers):
    doc = parses.build(rows)
    found = demands.demand_bearer(doc[clause])
    assert found is not None and found.i == bearer
    assert [t.text for t in demands.demanders(doc, found)] == speakers


def test_demands_no_modal_no_demand():
    doc = parses.build(WILL_WITHDRAW)
    assert demands.demand_bearer(doc[3]) is None
