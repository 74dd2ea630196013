"""Acts a sentence recalls as background (pluperfect or long-ago modifiers, a span's start, days
after, a span of activity, a campaign summed up) versus acts it reports."""

from __future__ import annotations

import pytest

from dateline.events.recalled import recalled
from .parses import build, sentence

# "the engineers whom they had taken hostage"
HAD_TAKEN = sentence(
    "the/1/det/DET/the engineers/1/ROOT/NOUN/engineer whom/5/dobj/PRON/whom they/5/nsubj/PRON/they "
    "had/5/aux/AUX/have taken/1/relcl/VERB/take hostage/5/oprd/NOUN/hostage")
# "the engineers whom they took hostage"
TOOK = sentence(
    "the/1/det/DET/the engineers/1/ROOT/NOUN/engineer whom/4/dobj/PRON/whom they/4/nsubj/PRON/they "
    "took/1/relcl/VERB/take hostage/4/oprd/NOUN/hostage")
# "weapons seized last year"
SEIZED_LAST_YEAR = sentence(
    "weapons/0/ROOT/NOUN/weapon seized/0/acl/VERB/seize last/3/amod/ADJ/last year/1/npadvmod/NOUN/year")
# "weapons seized last night"
SEIZED_LAST_NIGHT = sentence(
    "weapons/0/ROOT/NOUN/weapon seized/0/acl/VERB/seize last/3/amod/ADJ/last night/1/npadvmod/NOUN/night")
# "since October, when aid was disrupted by fighting"
SINCE_WHEN = sentence(
    "since/0/ROOT/ADP/since October/0/pobj/PROPN/October when/5/advmod/ADV/when aid/5/nsubjpass/NOUN/aid "
    "was/5/auxpass/AUX/be disrupted/1/relcl/VERB/disrupt by/5/agent/ADP/by fighting/6/pobj/VERB/fight")
# "in October, when aid was disrupted by fighting"
IN_WHEN = sentence(
    "in/0/ROOT/ADP/in October/0/pobj/PROPN/October when/5/advmod/ADV/when aid/5/nsubjpass/NOUN/aid "
    "was/5/auxpass/AUX/be disrupted/1/relcl/VERB/disrupt by/5/agent/ADP/by fighting/6/pobj/VERB/fight")
# "troops moved in days after rebels attacked the post"
DAYS_AFTER = sentence(
    "troops/1/nsubj/NOUN/troop moved/1/ROOT/VERB/move in/1/prt/ADP/in days/6/npadvmod/NOUN/day "
    "after/6/mark/ADP/after rebels/6/nsubj/NOUN/rebel attacked/1/advcl/VERB/attack the/8/det/DET/the "
    "post/6/dobj/NOUN/post")
# "troops moved in hours after rebels attacked the post"
HOURS_AFTER = sentence(
    "troops/1/nsubj/NOUN/troop moved/1/ROOT/VERB/move in/1/prt/ADP/in hours/6/npadvmod/NOUN/hour "
    "after/6/mark/ADP/after rebels/6/nsubj/NOUN/rebel attacked/1/advcl/VERB/attack the/8/det/DET/the "
    "post/6/dobj/NOUN/post")
# "they entered the city after two days of fighting"
DAYS_OF = sentence(
    "they/1/nsubj/PRON/they entered/1/ROOT/VERB/enter the/3/det/DET/the city/1/dobj/NOUN/city "
    "after/1/prep/ADP/after two/6/nummod/NUM/two days/4/pobj/NOUN/day of/6/prep/ADP/of "
    "fighting/7/pobj/NOUN/fighting")
# "they entered the city after a day of fighting"
DAY_OF = sentence(
    "they/1/nsubj/PRON/they entered/1/ROOT/VERB/enter the/3/det/DET/the city/1/dobj/NOUN/city "
    "after/1/prep/ADP/after a/6/det/DET/a day/4/pobj/NOUN/day of/6/prep/ADP/of "
    "fighting/7/pobj/NOUN/fighting")
# "the group has been pushed out of many towns by an offensive"
MANY_TOWNS = sentence(
    "the/1/det/DET/the group/4/nsubjpass/NOUN/group has/4/aux/AUX/have been/4/auxpass/AUX/be "
    "pushed/4/ROOT/VERB/push out/4/prep/ADP/out of/5/prep/ADP/of many/8/amod/ADJ/many "
    "towns/6/pobj/NOUN/town by/4/agent/ADP/by an/11/det/DET/an offensive/9/pobj/NOUN/offensive")
# "the group was pushed out of many towns by an offensive"
WAS_PUSHED = sentence(
    "the/1/det/DET/the group/3/nsubjpass/NOUN/group was/3/auxpass/AUX/be "
    "pushed/3/ROOT/VERB/push out/3/prep/ADP/out of/4/prep/ADP/of many/7/amod/ADJ/many "
    "towns/5/pobj/NOUN/town by/3/agent/ADP/by an/10/det/DET/an offensive/8/pobj/NOUN/offensive")

# "he imposed a curfew in response to recent riots"
IN_RESPONSE = sentence(
    "he/1/nsubj/PRON/he imposed/1/ROOT/VERB/impose a/3/det/DET/a curfew/1/dobj/NOUN/curfew "
    "in/1/prep/ADP/in response/4/pobj/NOUN/response to/5/prep/ADP/to recent/8/amod/ADJ/recent "
    "riots/6/pobj/NOUN/riot")
# "he imposed a curfew in the city with riots" (no cause noun)
IN_CITY = sentence(
    "he/1/nsubj/PRON/he imposed/1/ROOT/VERB/impose a/3/det/DET/a curfew/1/dobj/NOUN/curfew "
    "in/1/prep/ADP/in the/6/det/DET/the city/4/pobj/NOUN/city with/6/prep/ADP/with "
    "riots/7/pobj/NOUN/riot")

# "the faction that controls Kabul"
CONTROLS = sentence(
    "the/1/det/DET/the faction/1/ROOT/NOUN/faction that/3/nsubj/PRON/that controls/1/relcl/VERB/control "
    "Kabul/3/dobj/PROPN/Kabul ./1/punct/PUNCT/.")
# "the faction that controls Kabul" as a title line
CONTROLS_TITLE = sentence(
    "the/1/det/DET/the faction/1/ROOT/NOUN/faction that/3/nsubj/PRON/that controls/1/relcl/VERB/control "
    "Kabul/3/dobj/PROPN/Kabul")
# "property seized by the army in the 1970s"
SEIZED_IN_1970S = sentence(
    "property/0/ROOT/NOUN/property seized/0/acl/VERB/seize by/1/agent/ADP/by the/4/det/DET/the "
    "army/2/pobj/NOUN/army in/1/prep/ADP/in the/7/det/DET/the 1970s/5/pobj/NUM/1970s")
# "property seized by the army in 2024"
SEIZED_IN_2024 = sentence(
    "property/0/ROOT/NOUN/property seized/0/acl/VERB/seize by/1/agent/ADP/by the/4/det/DET/the "
    "army/2/pobj/NOUN/army in/1/prep/ADP/in 2024/5/pobj/NUM/2024")

# "after 3 days of shelling that killed dozens"
DAYS_OF_TOLL = sentence(
    "after/0/ROOT/ADP/after 3/2/nummod/NUM/3 days/0/pobj/NOUN/day of/2/prep/ADP/of "
    "shelling/3/pobj/NOUN/shelling that/6/nsubj/PRON/that killed/4/relcl/VERB/kill dozens/6/dobj/NOUN/dozen")


@pytest.mark.parametrize(("rows", "tags", "trigger", "explicit", "expected"), [
    (DAYS_OF_TOLL, {2: "NNS"}, 4, False, False),  # a span told with its own toll is reported
    (CONTROLS, {3: "VBZ"}, 3, False, True),  # a lasting state describing the antecedent
    (CONTROLS, {}, 3, False, False),  # "that controlled": the past may be the news
    (CONTROLS_TITLE, {3: "VBZ"}, 3, False, False),  # a title line drops the words of tense
    (SEIZED_IN_1970S, {1: "VBN"}, 1, True, True),  # decades before publication
    (SEIZED_IN_2024, {1: "VBN"}, 1, True, False),  # the year of the story
    (IN_RESPONSE, {}, 8, False, True),  # the motive of the news
    (IN_RESPONSE, {}, 8, True, True),  # whatever its date
    (IN_CITY, {}, 8, False, False),
    (HAD_TAKEN, {5: "VBN"}, 5, False, True),  # pluperfect relative clause
    (TOOK, {}, 4, False, False),  # the simple past may be the news
    (SEIZED_LAST_YEAR, {0: "NNS", 1: "VBN"}, 1, True, True),  # dated a year back, whatever the date
    (SEIZED_LAST_NIGHT, {0: "NNS", 1: "VBN"}, 1, True, False),  # last night is news
    (SINCE_WHEN, {5: "VBN", 7: "VBG"}, 7, False, True),  # the start of a span
    (IN_WHEN, {5: "VBN", 7: "VBG"}, 7, False, False),
    (DAYS_AFTER, {3: "NNS"}, 6, False, True),  # days before the news
    (HOURS_AFTER, {3: "NNS"}, 6, False, False),  # hours before: the same news
    (DAYS_OF, {6: "NNS"}, 8, False, True),  # a span of activity before the news
    (DAY_OF, {}, 8, False, False),  # one day may be the day reported
    (MANY_TOWNS, {4: "VBN", 8: "NNS"}, 11, False, True),  # a campaign summed up
    (MANY_TOWNS, {4: "VBN", 8: "NNS"}, 11, True, False),  # a date of its own makes it a report
    (WAS_PUSHED, {3: "VBN", 7: "NNS"}, 10, False, False),  # the simple past is no summary
])
def test_recalled_background(rows, tags, trigger, explicit, expected):
    doc = build(rows, tags=tags)
    doc._.published = "2025-03-12"
    assert recalled(doc[trigger], explicit) is expected


# "the men who had kidnapped several ranchers"
HAD_KIDNAPPED = sentence(
    "the/1/det/DET/the men/1/ROOT/NOUN/man who/4/nsubj/PRON/who had/4/aux/AUX/have "
    "kidnapped/1/relcl/VERB/kidnap several/6/amod/ADJ/several ranchers/4/dobj/NOUN/rancher")
# "the town, which had been taken in an offensive"
HAD_TAKEN_OFFENSIVE = sentence(
    "the/1/det/DET/the town/1/ROOT/NOUN/town which/5/nsubjpass/PRON/which had/5/aux/AUX/have "
    "been/5/auxpass/AUX/be taken/1/relcl/VERB/take in/5/prep/ADP/in an/8/det/DET/an "
    "offensive/6/pobj/NOUN/offensive")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (HAD_KIDNAPPED, {4: "VBN", 6: "NNS"}, 4, False),  # a particular incident stays
    (HAD_TAKEN_OFFENSIVE, {5: "VBN"}, 8, True),  # combat recalled is background
    (SEIZED_LAST_YEAR, {0: "NNS", 1: "VBN"}, 1, False),  # a violent seizure is no combat word
])
def test_recalled_violence_only_combat(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    doc._.published = "2025-03-12"
    assert recalled(doc[trigger], False, violent=True) is expected


# "homes they left when the junta deported them 12 years ago" / "... when the junta deported them"
EXPELLED_AGO = sentence(
    "they/1/nsubj/PRON/they left/1/ROOT/VERB/leave when/5/advmod/ADV/when the/4/det/DET/the "
    "junta/5/nsubj/NOUN/junta deported/1/advcl/VERB/deport them/5/dobj/PRON/they 12/8/nummod/NUM/12 "
    "years/9/npadvmod/NOUN/year ago/5/advmod/ADV/ago")
EXPELLED_WHEN = sentence(
    "they/1/nsubj/PRON/they left/1/ROOT/VERB/leave when/5/advmod/ADV/when the/4/det/DET/the "
    "junta/5/nsubj/NOUN/junta deported/1/advcl/VERB/deport them/5/dobj/PRON/they")


@pytest.mark.parametrize(("rows", "expected"), [(EXPELLED_AGO, True), (EXPELLED_WHEN, False)])
def test_recalled_adverbial_clause_dated_years_back(rows, expected):
    doc = build(rows, tags={8: "NNS"} if rows is EXPELLED_AGO else None)
    doc._.published = "2025-03-12"
    assert recalled(doc[5], False) is expected
