"""Event words that name a kind of act or an ability rather than an occasion."""

from __future__ import annotations

import pytest

from dateline.events.activity_kinds import capability
from .parses import build, sentence

# "it remains able to stage attacks"
REMAINS_ABLE = sentence(
    "it/1/nsubj/PRON/it remains/1/ROOT/VERB/remain able/1/acomp/ADJ/able to/4/aux/PART/to "
    "stage/2/xcomp/VERB/stage attacks/4/dobj/NOUN/attack")
# "troops were able to repel the attack"
WERE_ABLE = sentence(
    "troops/1/nsubj/NOUN/troop were/1/ROOT/AUX/be able/1/acomp/ADJ/able to/4/aux/PART/to "
    "repel/2/xcomp/VERB/repel the/6/det/DET/the attack/4/dobj/NOUN/attack")
# "the group's capacity to carry out bombings"
CAPACITY = sentence(
    "the/1/det/DET/the group/3/poss/NOUN/group 's/1/case/PART/'s capacity/3/ROOT/NOUN/capacity "
    "to/5/aux/PART/to carry/3/acl/VERB/carry out/5/prt/ADP/out bombings/5/dobj/NOUN/bombing")
# "rebels decided to stage attacks"
DECIDED = sentence(
    "rebels/1/nsubj/NOUN/rebel decided/1/ROOT/VERB/decide to/3/aux/PART/to "
    "stage/1/xcomp/VERB/stage attacks/3/dobj/NOUN/attack")

# "the rebels are able to advance"
ARE_ABLE = sentence(
    "the/1/det/DET/the rebels/2/nsubj/NOUN/rebel are/2/ROOT/AUX/be able/2/acomp/ADJ/able "
    "to/5/aux/PART/to advance/3/xcomp/VERB/advance")


@pytest.mark.parametrize(("rows", "tags", "tokens", "expected"), [
    (ARE_ABLE, {2: "VBP", 5: "VB"}, [5], False),  # translated reports use it for the act
    (REMAINS_ABLE, {1: "VBZ", 4: "VB"}, [5, 4], True),  # an ability in the present
    (WERE_ABLE, {4: "VB"}, [6, 4], False),  # "were able to" reports the act
    (CAPACITY, {5: "VB", 7: "NNS"}, [7, 5], True),  # the noun of ability
    (DECIDED, {3: "VB"}, [4, 3], False),
])
def test_activity_kinds_capability(rows, tags, tokens, expected):
    doc = build(rows, tags=tags)
    assert capability([doc[i] for i in tokens]) is expected
