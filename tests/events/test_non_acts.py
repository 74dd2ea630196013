"""Non-violent triggers that report nobody's act (a warned consequence, a service suspended with
no one named, a standing position) versus acts reported."""

from __future__ import annotations

import pytest

from dateline.events.non_acts import no_act
from .parses import build, sentence

# "the agency warned it would have to cut rations"
HAVE_TO_CUT = sentence(
    "the/1/det/DET/the agency/2/nsubj/NOUN/agency warned/2/ROOT/VERB/warn it/5/nsubj/PRON/it "
    "would/5/aux/AUX/would have/2/ccomp/VERB/have to/7/aux/PART/to cut/5/xcomp/VERB/cut "
    "rations/7/dobj/NOUN/ration")
# "the group warned it would cut ties"
WOULD_CUT = sentence(
    "the/1/det/DET/the group/2/nsubj/NOUN/group warned/2/ROOT/VERB/warn it/5/nsubj/PRON/it "
    "would/5/aux/AUX/would cut/2/ccomp/VERB/cut ties/5/dobj/NOUN/tie")
# "flights at the airport were suspended"
FLIGHTS_AT = sentence(
    "flights/5/nsubjpass/NOUN/flight at/0/prep/ADP/at the/3/det/DET/the airport/1/pobj/NOUN/airport "
    "were/5/auxpass/AUX/be suspended/5/ROOT/VERB/suspend")
# "flights to Doha were suspended"
FLIGHTS_TO = sentence(
    "flights/4/nsubjpass/NOUN/flight to/0/prep/ADP/to Doha/1/pobj/PROPN/Doha "
    "were/4/auxpass/AUX/be suspended/4/ROOT/VERB/suspend")
# "flights were suspended by the government"
FLIGHTS_BY = sentence(
    "flights/2/nsubjpass/NOUN/flight were/2/auxpass/AUX/be suspended/2/ROOT/VERB/suspend "
    "by/2/agent/ADP/by the/5/det/DET/the government/3/pobj/NOUN/government")
# "Rwanda denies supporting the rebels."
DENIES = sentence(
    "Rwanda/1/nsubj/PROPN/Rwanda denies/1/ROOT/VERB/deny supporting/1/xcomp/VERB/support "
    "the/4/det/DET/the rebels/2/dobj/NOUN/rebel ./1/punct/PUNCT/.")
# "Pakistan accuses Kabul of sheltering them."
ACCUSES = sentence(
    "Pakistan/1/nsubj/PROPN/Pakistan accuses/1/ROOT/VERB/accuse Kabul/1/dobj/PROPN/Kabul "
    "of/1/prep/ADP/of sheltering/3/pcomp/VERB/shelter them/4/dobj/PRON/they ./1/punct/PUNCT/.")

# "students staged demonstrations to demand reforms"
STAGED_TO_DEMAND = sentence(
    "students/1/nsubj/NOUN/student staged/1/ROOT/VERB/stag demonstrations/1/dobj/NOUN/demonstration "
    "to/4/aux/PART/to demand/1/advcl/VERB/demand reforms/4/dobj/NOUN/reform")
# "officials held talks to demand reforms"
HELD_TO_DEMAND = sentence(
    "officials/1/nsubj/NOUN/official held/1/ROOT/VERB/hold talks/1/dobj/NOUN/talk "
    "to/4/aux/PART/to demand/1/advcl/VERB/demand reforms/4/dobj/NOUN/reform")
# "Kurds demonstrated calling for independence"
DEMONSTRATED_CALLING = sentence(
    "Kurds/1/nsubj/PROPN/Kurds demonstrated/1/ROOT/VERB/demonstrate calling/1/advcl/VERB/call "
    "for/2/prep/ADP/for independence/3/pobj/NOUN/independence")
# "Pakistan rejected an offer for direct talks"
OFFER_FOR_TALKS = sentence(
    "Pakistan/1/nsubj/PROPN/Pakistan rejected/1/ROOT/VERB/reject an/3/det/DET/an offer/1/dobj/NOUN/offer "
    "for/3/prep/ADP/for direct/6/amod/ADJ/direct talks/4/pobj/NOUN/talk")
# "Pakistan rejected the outcome of direct talks"
OUTCOME_OF_TALKS = sentence(
    "Pakistan/1/nsubj/PROPN/Pakistan rejected/1/ROOT/VERB/reject the/3/det/DET/the outcome/1/dobj/NOUN/outcome "
    "of/3/prep/ADP/of direct/6/amod/ADJ/direct talks/4/pobj/NOUN/talk")
# "rebels dismissed an appeal to lay down their arms"
APPEAL_TO_LAY = sentence(
    "rebels/1/nsubj/NOUN/rebel dismissed/1/ROOT/VERB/dismiss an/3/det/DET/an appeal/1/dobj/NOUN/appeal "
    "to/5/aux/PART/to lay/3/acl/VERB/lay down/5/prt/ADP/down their/8/poss/PRON/their arms/5/dobj/NOUN/arm")

# "Algerians blocked roads to press their demands"
PRESS_DEMANDS = sentence(
    "Algerians/1/nsubj/PROPN/Algerians blocked/1/ROOT/VERB/block roads/1/dobj/NOUN/road "
    "to/4/aux/PART/to press/1/advcl/VERB/press their/6/poss/PRON/their demands/4/dobj/NOUN/demand")
# "under the deal, the fighters are to hand over their weapons"
ARE_TO_HAND = sentence(
    "under/5/prep/ADP/under the/2/det/DET/the deal/0/pobj/NOUN/deal the/4/det/DET/the "
    "fighters/5/nsubj/NOUN/fighter are/5/ROOT/AUX/be to/7/aux/PART/to hand/5/xcomp/VERB/hand "
    "over/7/prt/ADP/over their/10/poss/PRON/their weapons/7/dobj/NOUN/weapon")
# "under the deal, Israel released prisoners"
RELEASED_UNDER = sentence(
    "under/4/prep/ADP/under the/2/det/DET/the deal/0/pobj/NOUN/deal Israel/4/nsubj/PROPN/Israel "
    "released/4/ROOT/VERB/release prisoners/4/dobj/NOUN/prisoner")


@pytest.mark.parametrize(("rows", "tags", "trigger", "headline", "expected"), [
    (PRESS_DEMANDS, {4: "VB", 6: "NNS"}, 6, False, True),  # the demand a protest presses
    (ARE_TO_HAND, {5: "VBP", 7: "VB"}, 7, False, True),  # the terms of a deal
    (RELEASED_UNDER, {}, 4, False, False),  # done under a deal: reported
    (STAGED_TO_DEMAND, {2: "NNS", 4: "VB"}, 4, False, True),  # a protest's demand ("stag": the lemmatiser's)
    (HELD_TO_DEMAND, {2: "NNS", 4: "VB"}, 4, False, False),  # talks are no protest
    (DEMONSTRATED_CALLING, {2: "VBG"}, 2, False, True),
    (OFFER_FOR_TALKS, {6: "NNS"}, 6, False, True),  # a proposal's content
    (OUTCOME_OF_TALKS, {6: "NNS"}, 6, False, False),
    (APPEAL_TO_LAY, {5: "VB"}, 5, False, True),
    (HAVE_TO_CUT, {5: "VB", 7: "VB"}, 2, False, True),  # the warning of a compelled cut
    (HAVE_TO_CUT, {5: "VB", 7: "VB"}, 7, False, True),  # the compelled cut itself
    (WOULD_CUT, {5: "VB"}, 2, False, False),  # a threat stays
    (FLIGHTS_AT, {0: "NNS", 5: "VBN"}, 5, False, True),  # nobody's suspension
    (FLIGHTS_TO, {0: "NNS", 4: "VBN"}, 4, False, False),  # a party it was suspended to
    (FLIGHTS_BY, {0: "NNS", 2: "VBN"}, 2, False, False),  # an agent
    (DENIES, {1: "VBZ", 2: "VBG"}, 2, False, True),  # a standing position in the body
    (DENIES, {1: "VBZ", 2: "VBG"}, 2, True, False),  # a headline's present is news
    (DENIES, {2: "VBG"}, 2, False, False),  # "denied" (past) is a statement on an occasion
    (ACCUSES, {1: "VBZ"}, 1, False, True),
    (ACCUSES, {}, 1, False, False),
])
def test_non_acts_no_act(rows, tags, trigger, headline, expected):
    doc = build(rows, tags=tags)
    assert no_act([doc[trigger]], headline) is expected


# "they rejected a proposal for signing an accord"
PROPOSAL_FOR_SIGNING = sentence(
    "they/1/nsubj/PRON/they rejected/1/ROOT/VERB/reject a/3/det/DET/a proposal/1/dobj/NOUN/proposal "
    "for/3/prep/ADP/for signing/4/pcomp/VERB/sign an/7/det/DET/an accord/5/dobj/NOUN/accord")
# "they held a meeting aimed at establishing ties"
AIMED_AT = sentence(
    "they/1/nsubj/PRON/they held/1/ROOT/VERB/hold a/3/det/DET/a meeting/1/dobj/NOUN/meeting "
    "aimed/3/acl/VERB/aim at/4/prep/ADP/at establishing/5/pcomp/VERB/establish ties/6/dobj/NOUN/tie")
# "they campaigned so that strikes are banned"
SO_THAT = sentence(
    "they/1/nsubj/PRON/they campaigned/1/ROOT/VERB/campaign so/6/mark/SCONJ/so that/6/mark/SCONJ/that "
    "strikes/6/nsubjpass/NOUN/strike are/6/auxpass/AUX/be banned/1/advcl/VERB/ban")
# "parliament banned strikes"
BANNED = sentence("parliament/1/nsubj/NOUN/parliament banned/1/ROOT/VERB/ban strikes/1/dobj/NOUN/strike")
# "villagers observing the truce" / "the office observing the truce"
MONITORS_OBSERVING = sentence(
    "villagers/0/ROOT/NOUN/villager observing/0/acl/VERB/observe the/3/det/DET/the truce/1/dobj/NOUN/truce")
OFFICE_OBSERVING = sentence(
    "the/1/det/DET/the office/1/ROOT/NOUN/office observing/1/acl/VERB/observe the/4/det/DET/the "
    "truce/2/dobj/NOUN/truce")
# "the law allows police to detain suspects"
LAW_ALLOWS = sentence(
    "the/1/det/DET/the law/2/nsubj/NOUN/law allows/2/ROOT/VERB/allow police/5/nsubj/NOUN/police "
    "to/5/aux/PART/to detain/2/ccomp/VERB/detain suspects/5/dobj/NOUN/suspect")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (PROPOSAL_FOR_SIGNING, {4: "VBG"}, 4, True),  # a proposal's content, as a gerund
    (AIMED_AT, {4: "VBN", 6: "VBG"}, 6, True),  # what a meeting is for
    (AIMED_AT, {4: "VBN", 6: "VBG"}, 1, False),  # the meeting itself
    (SO_THAT, {6: "VBN"}, 6, True),  # the aim of a campaign
    (BANNED, {}, 1, False),
    (MONITORS_OBSERVING, {0: "NNS", 1: "VBG"}, 1, True),  # the role of the people it describes
    (OFFICE_OBSERVING, {2: "VBG"}, 2, False),
    (LAW_ALLOWS, {2: "VBZ"}, 2, True),  # what a law lays down
    (LAW_ALLOWS, {2: "VBD"}, 2, False),  # the past may tell an act ("the court allowed")
])
def test_non_acts_aims_roles_and_provisions(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    assert no_act([doc[trigger]], False) is expected


# "the group had intended to kidnap the envoy": an intention told in the active, not an aim
HAD_INTENDED = sentence(
    "the/1/det/DET/the group/3/nsubj/NOUN/group had/3/aux/AUX/have intended/3/ROOT/VERB/intend "
    "to/5/aux/PART/to kidnap/3/xcomp/VERB/kidnap the/7/det/DET/the envoy/5/dobj/NOUN/envoy")


def test_non_acts_active_intention_is_no_stated_aim():
    doc = build(HAD_INTENDED, tags={3: "VBN", 5: "VB"})
    assert no_act([doc[5]], False) is False
