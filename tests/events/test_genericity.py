"""Generic event mentions (kinds, trends, habits, tallies, mishaps) versus reported occurrences."""

from __future__ import annotations

import pytest

from dateline.events.genericity import cues, is_generic
from dateline.pipeline import extract_text
from .parses import build, sentence

# "Such attacks will not stop us"
SUCH_ATTACKS = sentence(
    "Such/1/amod/ADJ/such attacks/4/nsubj/NOUN/attack will/4/aux/AUX/will not/4/neg/PART/not "
    "stop/4/ROOT/VERB/stop us/4/dobj/PRON/we")
# "Two attacks hit the town"
TWO_ATTACKS = sentence(
    "Two/1/nummod/NUM/two attacks/2/nsubj/NOUN/attack hit/2/ROOT/VERB/hit the/4/det/DET/the "
    "town/2/dobj/NOUN/town")
# "the wave of kidnappings worries them"
WAVE = sentence(
    "the/1/det/DET/the wave/4/nsubj/NOUN/wave of/1/prep/ADP/of kidnappings/2/pobj/NOUN/kidnapping "
    "worries/4/ROOT/VERB/worry them/4/dobj/PRON/they")
# "Kidnappings have increased"
INCREASED = sentence(
    "Kidnappings/2/nsubj/NOUN/kidnapping have/2/aux/AUX/have increased/2/ROOT/VERB/increase")
# "an army that bombs the villages"
BOMBS = sentence(
    "an/1/det/DET/an army/1/ROOT/NOUN/army that/3/nsubj/PRON/that bombs/1/relcl/VERB/bomb "
    "the/5/det/DET/the villages/3/dobj/NOUN/village")
# "squads which are murdering people"
MURDERING = sentence(
    "squads/0/ROOT/NOUN/squad which/3/nsubj/PRON/which are/3/aux/AUX/be "
    "murdering/0/relcl/VERB/murder people/3/dobj/NOUN/people")
# "They stopped by destroying pipelines"
GERUND = sentence(
    "They/1/nsubj/PRON/they stopped/1/ROOT/VERB/stop by/1/prep/ADP/by destroying/2/pcomp/VERB/destroy "
    "pipelines/3/dobj/NOUN/pipeline")
# "the killing of 70,000 people"
TALLY = sentence(
    "the/1/det/DET/the killing/1/ROOT/NOUN/killing of/1/prep/ADP/of 70,000/4/nummod/NUM/70,000 "
    "people/2/pobj/NOUN/people")
# "the killing of 7 people"
SEVEN = sentence(
    "the/1/det/DET/the killing/1/ROOT/NOUN/killing of/1/prep/ADP/of 7/4/nummod/NUM/7 "
    "people/2/pobj/NOUN/people")
# "two men killed in the accident"
ACCIDENT = sentence(
    "two/1/nummod/NUM/two men/1/ROOT/NOUN/man killed/1/acl/VERB/kill in/2/prep/ADP/in "
    "the/5/det/DET/the accident/3/pobj/NOUN/accident")


def _tags(rows, plural=(), present=(), gerund=()):
    tags = {i: "NNS" for i in plural}
    tags.update({i: "VBZ" for i in present})
    tags.update({i: "VBG" for i in gerund})
    return build(rows, tags=tags)


@pytest.mark.parametrize(("rows", "plural", "present", "gerund", "trigger", "explicit", "expected"), [
    (SUCH_ATTACKS, [1], [], [], 1, False, True),  # quantified kind
    (SUCH_ATTACKS, [1], [], [], 1, True, False),  # a date pins it to an occasion
    (TWO_ATTACKS, [1], [], [], 1, False, False),  # a number anchors it
    (WAVE, [3], [], [], 3, False, True),  # member of a trend
    (INCREASED, [0], [], [], 0, False, True),  # subject of a trend verb
    (BOMBS, [5], [3], [], 3, False, True),  # habitual present
    (MURDERING, [0, 4], [2], [3], 3, False, True),  # a characterising relative clause
    (GERUND, [4], [], [3], 3, False, True),  # activity with a bare plural object
    (TALLY, [4], [], [], 1, False, True),  # running total
    (SEVEN, [4], [], [], 1, False, False),  # one incident's toll
    (ACCIDENT, [1], [], [], 2, True, True),  # a mishap, even when dated
])
def test_genericity_hand_parses(rows, plural, present, gerund, trigger, explicit, expected):
    doc = _tags(rows, plural, present, gerund)
    assert is_generic([doc[trigger]], explicit, headline=False) is expected


def test_genericity_headline_present_is_news():
    doc = _tags(BOMBS, [5], [3])
    assert is_generic([doc[3]], False, headline=True) is False


# "Regime forces clashes with rebels" (the tagger takes "forces" for a present verb)
FORCES_CLASHES = sentence(
    "Regime/1/nsubj/NOUN/regime forces/1/ROOT/VERB/force clashes/1/dobj/NOUN/clash "
    "with/2/prep/ADP/with rebels/3/pobj/NOUN/rebel")


@pytest.mark.parametrize(("headline", "expected"), [
    (True, False),   # a headline's present reports news, even through a misread verb
    (False, True),   # in running text a bare plural under a present verb is a habit
])
def test_genericity_habit_object_in_headline(headline, expected):
    doc = build(FORCES_CLASHES, tags={1: "VBZ", 2: "NNS", 4: "NNS"})
    assert is_generic([doc[2]], False, headline=headline) is expected


# "Repeated clashes in Idlib"
CLASHES_IN = sentence(
    "Repeated/1/amod/ADJ/repeated clashes/1/ROOT/NOUN/clash in/1/prep/ADP/in Idlib/2/pobj/PROPN/Idlib")


@pytest.mark.parametrize(("ents", "headline", "expected"), [
    (((3, 4, "GPE"),), True, False),   # a headline's plural event noun with a place: a report
    (((3, 4, "GPE"),), False, True),   # the same words in running text stay a kind
    ((), True, True),                  # no place or date attached: still a kind
])
def test_genericity_headline_noun_with_place(ents, headline, expected):
    doc = build(CLASHES_IN, ents=ents, tags={1: "NNS"})
    assert is_generic([doc[1]], False, headline=headline) is expected


def test_genericity_cue_file_loads():
    assert "such" in cues().quantifiers and "wave" in cues().trend_nouns
    assert cues().tally_minimum >= 100


@pytest.mark.model
@pytest.mark.parametrize(("text", "reported"), [
    ("Such attacks will not frighten the workers.", False),
    ("Kidnappings have risen in the port city.", False),
    ("The rebels show their strength with abductions and by blowing up power lines.", False),
    ("The new charter was written after the killing of over 50,000 Guatemalans.", False),
    ("The Germans killed in the accident were two engineers.", False),
    ("Teachers have been murdered.", False),
    ("There have been 6 murders since the governor took office.", False),
    ("So far this month four mayors have been killed.", False),
    ("The bosses are serving sentences for kidnapping, extortion, murder and theft.", False),
    ("The unit has been accused of encouraging the murder of union leaders.", False),
    ("Late last night, loud explosions were heard in several districts of the city.", False),
    ("The collision killed 85 of the 96 passengers.", False),
    ("They are thugs who have shelled the rural population.", False),
    ("Right now the mood is tense, as the blasts are very loud.", False),
    ("In the last two months, about 90 people have been killed.", False),
    ("Those who murdered the bishop are still at large.", False),
    ("Mexican cartels have set off more than 40 bombs.", False),
    ("The report came out on Tuesday. Union leaders are routinely murdered.", False),
    ("The ministers ignore the detentions, the bombings, the street parades and the threats.", False),
    ("They must give up methods like kidnapping.", False),
    ("We are not shooting.", False),
    ("She spoke on Tuesday. The fact is that the air force keeps bombing.", False),
    ("A small plane crashed into a crowded market destroying several stalls.", False),
    ("Rebels bombed the school, the clinic and the depot in Cusco on Tuesday.", True),
    ("A bomb exploded at the clinic in Cusco on Tuesday.", True),
    ("Several villagers have been wounded and many homes have been destroyed.", True),
    ("Gunmen killed two lawyers in Cali on Tuesday.", True),
    ("Armed men kidnapped three engineers in Cali on Tuesday.", True),
    ("Rebels bombed the headquarters of the Liberal Party in Cusco yesterday.", True),
    # a kind named in the singular, whatever date the sentence gives
    ("The minister said on Tuesday that the army would answer any attack on the border.", False),
    ("Every attack on the convoy was repelled last week.", False),
    # several raids counted over weeks sum up many incidents; one day's wave is one event
    ("Police staged nine raids in Cusco in the last three weeks, arresting 40 people.", False),
    ("Police staged nine raids in Cusco on Tuesday, arresting 40 people.", True),
])
def test_genericity_end_to_end(nlp, text, reported):
    events = extract_text(text, published="1989-11-20", doc_id="g", nlp=nlp)
    assert any(e.type == "ASSAULT" for e in events) is reported, [e.evidence[0].text for e in events]


# "They bombed the civilian population"
POPULATION = sentence(
    "They/1/nsubj/PRON/they bombed/1/ROOT/VERB/bomb the/4/det/DET/the civilian/4/amod/ADJ/civilian "
    "population/1/dobj/NOUN/population")
# "They bombed the population of Jinotega"
POPULATION_OF = sentence(
    "They/1/nsubj/PRON/they bombed/1/ROOT/VERB/bomb the/3/det/DET/the population/1/dobj/NOUN/population "
    "of/3/prep/ADP/of Jinotega/4/pobj/PROPN/Jinotega")
# "attacks on the civilian population continue"
ATTACKS_ON = sentence(
    "attacks/5/nsubj/NOUN/attack on/0/prep/ADP/on the/4/det/DET/the civilian/4/amod/ADJ/civilian "
    "population/1/pobj/NOUN/population continue/5/ROOT/VERB/continue")
# "attacks on the population in Esteli continue"
ATTACKS_ON_IN = sentence(
    "attacks/6/nsubj/NOUN/attack on/0/prep/ADP/on the/3/det/DET/the population/1/pobj/NOUN/population "
    "in/0/prep/ADP/in Esteli/4/pobj/PROPN/Esteli continue/6/ROOT/VERB/continue")
# "shots heard last night"
HEARD = sentence(
    "shots/0/ROOT/NOUN/shot heard/0/acl/VERB/hear last/3/amod/ADJ/last night/1/npadvmod/NOUN/night")
# "two explosions heard last night"
TWO_HEARD = sentence(
    "two/1/nummod/NUM/two explosions/1/ROOT/NOUN/explosion heard/1/acl/VERB/hear last/4/amod/ADJ/last "
    "night/2/npadvmod/NOUN/night")
# "they destroyed the legitimacy"
LEGITIMACY = sentence(
    "they/1/nsubj/PRON/they destroyed/1/ROOT/VERB/destroy the/3/det/DET/the legitimacy/1/dobj/NOUN/legitimacy")
# "they destroyed the bridge"
BRIDGE = sentence(
    "they/1/nsubj/PRON/they destroyed/1/ROOT/VERB/destroy the/3/det/DET/the bridge/1/dobj/NOUN/bridge")
# "the explosions are strong"
BLAST = sentence(
    "the/1/det/DET/the explosions/2/nsubj/NOUN/explosion are/2/ROOT/AUX/be strong/2/acomp/ADJ/strong")
# "the bomb explosions are strong"
BOMB_BLAST = sentence(
    "the/2/det/DET/the bomb/2/compound/NOUN/bomb explosions/3/nsubj/NOUN/explosion are/3/ROOT/AUX/be "
    "strong/3/acomp/ADJ/strong")
# "the explosion destroyed the pipeline"
BLAST_HIT = sentence(
    "the/1/det/DET/the explosion/2/nsubj/NOUN/explosion destroyed/2/ROOT/VERB/destroy "
    "the/4/det/DET/the pipeline/2/dobj/NOUN/pipeline")
# "hundreds of villagers were murdered"
HUNDREDS = sentence(
    "hundreds/4/nsubjpass/NOUN/hundred of/0/prep/ADP/of villagers/1/pobj/NOUN/villager "
    "were/4/auxpass/AUX/be murdered/4/ROOT/VERB/murder")
# "the press reported 97 assassinations"
ASSASSINATIONS = sentence(
    "the/1/det/DET/the press/2/nsubj/NOUN/press reported/2/ROOT/VERB/report "
    "97/4/nummod/NUM/97 assassinations/2/dobj/NOUN/assassination")
# "over the past 5 months 80 people have been killed"
SPAN = sentence(
    "over/9/prep/ADP/over the/4/det/DET/the past/4/amod/ADJ/past 5/4/nummod/NUM/5 "
    "months/0/pobj/NOUN/month 80/6/nummod/NUM/80 people/9/nsubjpass/NOUN/people "
    "have/9/aux/AUX/have been/9/auxpass/AUX/be killed/9/ROOT/VERB/kill")
# "civilians are executed"
ARE_EXECUTED = sentence(
    "civilians/2/nsubjpass/NOUN/civilian are/2/auxpass/AUX/be executed/2/ROOT/VERB/execute")
# "leaders are systematically murdered"
SYSTEMATIC = sentence(
    "leaders/3/nsubjpass/NOUN/leader were/3/auxpass/AUX/be systematically/3/advmod/ADV/systematically "
    "murdered/3/ROOT/VERB/murder")
# "cease all killings" (a command) / "the army ceased the killings" (a report)
CEASE = sentence("cease/0/ROOT/VERB/cease all/2/det/DET/all killings/0/dobj/NOUN/killing")
CEASED = sentence(
    "the/1/det/DET/the army/2/nsubj/NOUN/army ceased/2/ROOT/VERB/cease the/4/det/DET/the "
    "killings/2/dobj/NOUN/killing")
# "a case on murder"
CASE_ON = sentence("a/1/det/DET/a case/1/ROOT/NOUN/case on/1/prep/ADP/on murder/2/pobj/NOUN/murder")
# "a plane crashed into an area destroying homes" (the participle hung under the place)
CRASHED_INTO = sentence(
    "a/1/det/DET/a plane/2/nsubj/NOUN/plane crashed/2/ROOT/VERB/crash into/2/prep/ADP/into "
    "an/5/det/DET/an area/3/pobj/NOUN/area destroying/5/acl/VERB/destroy homes/6/dobj/NOUN/home")
# "guerrillas attacked the area destroying homes"
ATTACKED_AREA = sentence(
    "guerrillas/1/nsubj/NOUN/guerrilla attacked/1/ROOT/VERB/attack the/3/det/DET/the "
    "area/1/dobj/NOUN/area destroying/3/acl/VERB/destroy homes/4/dobj/NOUN/home")
# "they engage in kidnapping" / "they engage in the kidnapping of X"
ENGAGE = sentence(
    "they/1/nsubj/PRON/they engage/1/ROOT/VERB/engage in/1/prep/ADP/in kidnapping/2/pobj/NOUN/kidnapping")
ENGAGE_THE = sentence(
    "they/1/nsubj/PRON/they engage/1/ROOT/VERB/engage in/1/prep/ADP/in the/4/det/DET/the "
    "kidnapping/2/pobj/NOUN/kidnapping")
# "they engage in kidnapping against civilians" (aimed at a particular party)
ENGAGE_AGAINST = sentence(
    "they/1/nsubj/PRON/they engage/1/ROOT/VERB/engage in/1/prep/ADP/in kidnapping/2/pobj/NOUN/kidnapping "
    "against/1/prep/ADP/against civilians/4/pobj/NOUN/civilian")
# "practices like kidnapping"
LIKE = sentence("practices/0/ROOT/NOUN/practice like/0/prep/ADP/like kidnapping/1/pobj/NOUN/kidnapping")
# "injured in kidnapping" (a verb of harm governs: not a word of activity)
INJURED_IN = sentence(
    "two/1/nsubjpass/NUM/two injured/1/ROOT/VERB/injure in/1/prep/ADP/in kidnapping/2/pobj/NOUN/kidnapping")
# "the air force keeps bombing"
KEEPS = sentence("the/1/det/DET/the army/2/nsubj/NOUN/army keeps/2/ROOT/VERB/keep bombing/2/xcomp/VERB/bomb")
KEEPS_OBJ = sentence("the/1/det/DET/the army/2/nsubj/NOUN/army keeps/2/ROOT/VERB/keep bombing/2/dobj/VERB/bomb")
# "those who murdered Gerardi"
THOSE = sentence(
    "those/0/ROOT/PRON/those who/2/nsubj/PRON/who murdered/0/relcl/VERB/murder Gerardi/2/dobj/PROPN/Gerardi")
# "a government that has bombed villages"
GOVERNMENT = sentence(
    "a/1/det/DET/a government/1/ROOT/NOUN/government that/4/nsubj/PRON/that has/4/aux/AUX/have "
    "bombed/1/relcl/VERB/bomb villages/4/dobj/NOUN/village")
# "the man who threw the bomb"
THE_MAN = sentence(
    "the/1/det/DET/the man/1/ROOT/NOUN/man who/3/nsubj/PRON/who threw/1/relcl/VERB/throw "
    "the/5/det/DET/the bomb/3/dobj/NOUN/bomb")
# "bombings are carried out by pilots"
CARRIED = sentence(
    "bombings/3/nsubjpass/NOUN/bombing are/3/auxpass/AUX/be out/3/prt/ADP/out carried/3/ROOT/VERB/carry "
    "by/3/agent/ADP/by pilots/4/pobj/NOUN/pilot")


@pytest.mark.parametrize(("rows", "tags", "trigger", "explicit", "expected"), [
    (POPULATION, {}, 1, False, True),  # a whole people as target
    (POPULATION_OF, {}, 1, False, False),  # a located population is particular
    (HEARD, {0: "NNS", 1: "VBN"}, 0, True, True),  # a sound heard, whatever its date
    (TWO_HEARD, {1: "NNS", 2: "VBN"}, 1, True, False),  # counted blasts are particular ones
    (LEGITIMACY, {1: "VBD"}, 1, True, True),  # an abstract object: a figure of speech
    (BRIDGE, {1: "VBD"}, 1, True, False),
    (ATTACKS_ON, {0: "NNS"}, 0, False, True),  # the target's own "on" phrase places nothing
    (ATTACKS_ON_IN, {0: "NNS"}, 0, False, False),  # a place phrase does
    (BLAST, {1: "NNS"}, 1, False, True),  # a blast with no device and no target
    (BOMB_BLAST, {2: "NNS"}, 2, False, False),  # a device names the attack
    (BLAST_HIT, {}, 1, False, False),  # it hit something
    (HUNDREDS, {0: "NNS", 2: "NNS", 4: "VBN"}, 4, False, True),  # a vague multitude
    (ASSASSINATIONS, {4: "NNS"}, 4, False, True),  # events counted beyond one incident
    (ASSASSINATIONS, {4: "NNS"}, 4, True, False),  # dated: one night's wave
    (SPAN, {4: "NNS", 6: "NNS", 7: "VBP", 9: "VBN"}, 9, False, True),  # a total over a span
    (ARE_EXECUTED, {0: "NNS", 1: "VBP", 2: "VBN"}, 2, False, True),  # present passive
    (SYSTEMATIC, {0: "NNS", 3: "VBN"}, 3, False, True),  # a habit adverb
    (KEEPS, {2: "VBZ", 3: "VBG"}, 3, False, True),  # "keeps bombing"
    (KEEPS_OBJ, {2: "VBZ", 3: "VBG"}, 3, False, True),  # the gerund parsed as its object
    (ENGAGE, {3: "NN"}, 3, False, True),  # a bare event noun under a word of activity
    (CRASHED_INTO, {6: "VBG", 7: "NNS"}, 6, True, True),  # what a crash destroyed
    (CEASE, {0: "VB", 2: "NNS"}, 2, False, True),  # an activity a command asks to stop
    (CEASED, {2: "VBD", 4: "NNS"}, 4, False, False),
    (CASE_ON, {3: "NN"}, 3, False, True),  # the topic of a case, not an occasion
    (ATTACKED_AREA, {4: "VBG", 5: "NNS"}, 4, True, False),
    (ENGAGE_THE, {4: "NN"}, 4, False, False),  # "the kidnapping" is one occasion
    (ENGAGE_AGAINST, {3: "NN"}, 3, False, False),  # aimed against a particular party
    (LIKE, {0: "NNS", 2: "NN"}, 2, False, True),  # an example of a kind
    (INJURED_IN, {3: "NN"}, 3, False, False),
    (THOSE, {1: "WP"}, 2, False, True),  # "those who murdered": characterising
    (GOVERNMENT, {2: "WDT", 3: "VBZ", 4: "VBN", 5: "NNS"}, 4, False, True),  # indefinite + perfect
    (THE_MAN, {2: "WP"}, 3, False, False),  # a definite antecedent picks out one act
    (CARRIED, {0: "NNS", 1: "VBP", 3: "VBN", 5: "NNS"}, 0, False, True),  # habitual support verb
])
def test_genericity_kinds_of_target_total_and_habit(rows, tags, trigger, explicit, expected):
    doc = build(rows, tags=tags)
    assert is_generic([doc[trigger]], explicit, headline=False) is expected


# "they bought arms to kill Peruvians" / "... to kill two Peruvians"
KILL_CHILEANS = sentence(
    "they/1/nsubj/PRON/they bought/1/ROOT/VERB/buy arms/1/dobj/NOUN/arm to/4/aux/PART/to "
    "kill/2/acl/VERB/kill Peruvians/4/dobj/PROPN/Peruvian")
KILL_TWO_CHILEANS = sentence(
    "they/1/nsubj/PRON/they bought/1/ROOT/VERB/buy arms/1/dobj/NOUN/arm to/4/aux/PART/to "
    "kill/2/acl/VERB/kill two/6/nummod/NUM/two Peruvians/4/dobj/PROPN/Peruvian")
# "he incited assassination" / "he incited the assassination of the mayor"
INCITED = sentence(
    "he/1/nsubj/PRON/he incited/1/ROOT/VERB/incite assassination/1/dobj/NOUN/assassination")
INCITED_THE = sentence(
    "he/1/nsubj/PRON/he incited/1/ROOT/VERB/incite the/3/det/DET/the assassination/1/dobj/NOUN/assassination "
    "of/3/prep/ADP/of the/6/det/DET/the mayor/4/pobj/NOUN/mayor")
# "they destroyed the institutions"
INSTITUTIONS = sentence(
    "they/1/nsubj/PRON/they destroyed/1/ROOT/VERB/destroy the/3/det/DET/the "
    "institutions/1/dobj/NOUN/institution")
# "a war that left 48,000 people killed" / "... left 7 people killed"
LEFT_KILLED = sentence(
    "a/1/det/DET/a war/1/ROOT/NOUN/war that/3/nsubj/PRON/that left/1/relcl/VERB/leave "
    "48,000/5/nummod/NUM/48,000 people/3/dobj/NOUN/people killed/5/acl/VERB/kill")
LEFT_SEVEN = sentence(
    "a/1/det/DET/a war/1/ROOT/NOUN/war that/3/nsubj/PRON/that left/1/relcl/VERB/leave "
    "7/5/nummod/NUM/7 people/3/dobj/NOUN/people killed/5/acl/VERB/kill")


@pytest.mark.parametrize(("rows", "tags", "ents", "trigger", "expected"), [
    (KILL_CHILEANS, {2: "NNS", 3: "TO", 4: "VB", 5: "NNPS"}, ((5, 6, "NORP"),), 4, True),  # a nation's people
    (KILL_TWO_CHILEANS, {2: "NNS", 3: "TO", 4: "VB", 6: "NNPS"}, ((6, 7, "NORP"),), 4, False),  # counted
    (INCITED, {}, (), 2, True),  # a method advocated
    (INCITED_THE, {}, (), 3, False),  # one occasion
    (INSTITUTIONS, {3: "NNS"}, (), 1, True),  # an abstract object: a figure of speech
    (LEFT_KILLED, {5: "NNS", 6: "VBN"}, (), 6, True),  # the war's running total
    (LEFT_SEVEN, {5: "NNS", 6: "VBN"}, (), 6, False),
])
def test_genericity_peoples_methods_and_participle_totals(rows, tags, ents, trigger, expected):
    doc = build(rows, ents=ents, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "the ELN has been planting bombs" / "the ELN planted bombs"
PLANTING = sentence(
    "the/1/det/DET/the ELN/4/nsubj/PROPN/ELN has/4/aux/AUX/have been/4/aux/AUX/be "
    "planting/4/ROOT/VERB/plant bombs/4/dobj/NOUN/bomb")
PLANTED = sentence(
    "the/1/det/DET/the ELN/2/nsubj/PROPN/ELN planted/2/ROOT/VERB/plant bombs/2/dobj/NOUN/bomb")
# "they killed tens of thousands of Guatemalans"
TENS = sentence(
    "they/1/nsubj/PRON/they killed/1/ROOT/VERB/kill tens/1/dobj/NOUN/ten of/2/prep/ADP/of "
    "thousands/3/pobj/NOUN/thousand of/4/prep/ADP/of Guatemalans/5/pobj/PROPN/Guatemalan")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (PLANTING, {2: "VBZ", 3: "VBN", 4: "VBG", 5: "NNS"}, 5, True),  # an activity over a span
    (PLANTED, {3: "NNS"}, 3, False),  # one occasion
    (TENS, {2: "NNS", 4: "NNS", 6: "NNPS"}, 1, True),  # a vague multitude
])
def test_genericity_habitual_objects_and_multitudes(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "all our actions, including the executions, must be accepted" / "... our actions ..."
INCLUDING = sentence(
    "all/2/predet/DET/all our/2/poss/PRON/our actions/7/nsubjpass/NOUN/action "
    "including/2/prep/VERB/include the/5/det/DET/the executions/3/pobj/NOUN/execution "
    "must/7/aux/AUX/must accepted/7/ROOT/VERB/accept")
INCLUDING_OURS = sentence(
    "the/2/det/DET/the our/2/poss/PRON/our actions/7/nsubjpass/NOUN/action "
    "including/2/prep/VERB/include the/5/det/DET/the executions/3/pobj/NOUN/execution "
    "must/7/aux/AUX/must accepted/7/ROOT/VERB/accept")
# "gangs murdered hundreds of farmers in the past few years"
PAST_YEARS = sentence(
    "gangs/1/nsubj/NOUN/gang murdered/1/ROOT/VERB/murder hundreds/1/dobj/NOUN/hundred "
    "of/2/prep/ADP/of farmers/3/pobj/NOUN/farmer in/1/prep/ADP/in the/9/det/DET/the "
    "past/9/amod/ADJ/past few/9/amod/ADJ/few years/5/pobj/NOUN/year")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (INCLUDING, {2: "NNS", 5: "NNS", 7: "VBN"}, 5, True),  # a member of a quantified kind
    (INCLUDING_OURS, {2: "NNS", 5: "NNS", 7: "VBN"}, 5, False),
    (PAST_YEARS, {0: "NNS", 2: "NNS", 4: "NNS", 9: "NNS"}, 1, True),  # a span is no occasion
])
def test_genericity_members_of_kinds_and_spans(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "the Bombing Survivors Association met" (an organisation's name)
ASSOCIATION = sentence(
    "the/3/det/DET/the Bombing/2/compound/PROPN/Bombing Survivors/3/compound/PROPN/Survivors "
    "Association/4/nsubj/PROPN/Association met/4/ROOT/VERB/meet")
# "coalition airstrikes hit the village" (the recogniser's mistaken ORG span)
COALITION = sentence(
    "coalition/1/compound/NOUN/coalition airstrikes/2/nsubj/NOUN/airstrike hit/2/ROOT/VERB/hit "
    "the/4/det/DET/the village/2/dobj/NOUN/village")
# "they accuse us of a number of crimes, such as the attack on a school"
SUCH_AS = sentence(
    "they/1/nsubj/PRON/they accuse/1/ROOT/VERB/accuse us/1/dobj/PRON/we of/1/prep/ADP/of "
    "a/5/det/DET/a number/3/pobj/NOUN/number of/5/prep/ADP/of crimes/6/pobj/NOUN/crime "
    "such/9/amod/ADJ/such as/7/prep/ADP/as the/11/det/DET/the attack/9/pobj/NOUN/attack "
    "on/11/prep/ADP/on a/14/det/DET/a school/12/pobj/NOUN/school")
# "they carried out two crimes, such as the attack on a school"
TWO_SUCH_AS = sentence(
    "they/1/nsubj/PRON/they carried/1/ROOT/VERB/carry out/1/prt/ADP/out two/4/nummod/NUM/two "
    "crimes/1/dobj/NOUN/crime such/6/amod/ADJ/such as/4/prep/ADP/as the/8/det/DET/the "
    "attack/6/pobj/NOUN/attack on/8/prep/ADP/on a/11/det/DET/a school/9/pobj/NOUN/school")


@pytest.mark.parametrize(("rows", "tags", "ents", "trigger", "expected"), [
    (ASSOCIATION, {}, ((1, 4, "ORG"),), 1, True),  # a word of a name
    (ASSOCIATION, {}, (), 1, False),  # the same words read as no name
    (COALITION, {1: "NNS"}, ((0, 2, "ORG"),), 1, False),  # a span headed by the trigger names nothing
    (SUCH_AS, {7: "NNS"}, (), 11, True),  # an example of a kind
    (TWO_SUCH_AS, {4: "NNS"}, (), 8, False),  # an example of counted actions
])
def test_genericity_names_and_examples(rows, tags, ents, trigger, expected):
    doc = build(rows, ents=ents, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "sales dropped due to attacks on the pipeline" / "... due to two attacks on the pipeline"
DUE_TO = sentence(
    "sales/1/nsubj/NOUN/sale dropped/1/ROOT/VERB/drop due/1/prep/ADJ/due to/2/prep/ADP/to "
    "attacks/3/pobj/NOUN/attack on/4/prep/ADP/on the/7/det/DET/the pipeline/5/pobj/NOUN/pipeline")
DUE_TO_TWO = sentence(
    "sales/1/nsubj/NOUN/sale dropped/1/ROOT/VERB/drop due/1/prep/ADJ/due to/2/prep/ADP/to "
    "two/5/nummod/NUM/two attacks/3/pobj/NOUN/attack on/5/prep/ADP/on the/8/det/DET/the "
    "pipeline/6/pobj/NOUN/pipeline")
# "three died in attacks on the pipeline"
DIED_IN = sentence(
    "three/1/nsubj/NUM/three died/1/ROOT/VERB/die in/1/prep/ADP/in attacks/2/pobj/NOUN/attack "
    "on/3/prep/ADP/on the/6/det/DET/the pipeline/4/pobj/NOUN/pipeline")

# "three officers were among the casualties of clashes" / "sales fell because of attacks"
CASUALTIES_OF = sentence(
    "three/1/nummod/NUM/three officers/2/nsubj/NOUN/officer were/2/ROOT/AUX/be among/2/prep/ADP/among "
    "the/5/det/DET/the casualties/3/pobj/NOUN/casualty of/5/prep/ADP/of clashes/6/pobj/NOUN/clash")
BECAUSE_OF = sentence(
    "sales/1/nsubj/NOUN/sale fell/1/ROOT/VERB/fall because/1/prep/SCONJ/because of/2/prep/ADP/of "
    "attacks/3/pobj/NOUN/attack")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (DUE_TO, {0: "NNS", 4: "NNS"}, 4, True),  # a series named as a cause
    (BECAUSE_OF, {0: "NNS", 4: "NNS"}, 4, True),
    (CASUALTIES_OF, {1: "NNS", 5: "NNS", 7: "NNS"}, 7, False),  # harm from particular clashes
    (DUE_TO_TWO, {0: "NNS", 5: "NNS"}, 5, False),  # counted: particular attacks
    (DIED_IN, {3: "NNS"}, 3, False),  # harm done in them
])
def test_genericity_bare_series(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "the increase in violations , the arrests , the bombings , the parades"
SUMMARY_LIST = sentence(
    "the/1/det/DET/the increase/1/ROOT/NOUN/increase in/1/prep/ADP/in violations/2/pobj/NOUN/violation "
    ",/1/punct/PUNCT/, the/6/det/DET/the arrests/1/conj/NOUN/arrest ,/6/punct/PUNCT/, "
    "the/9/det/DET/the bombings/6/conj/NOUN/bombing ,/9/punct/PUNCT/, the/12/det/DET/the "
    "parades/9/conj/NOUN/parade")
# "the increase in violations , the arrests and the bombings"
SHORT_SUMMARY = sentence(
    "the/1/det/DET/the increase/1/ROOT/NOUN/increase in/1/prep/ADP/in violations/2/pobj/NOUN/violation "
    ",/1/punct/PUNCT/, the/6/det/DET/the arrests/1/conj/NOUN/arrest and/6/cc/CCONJ/and "
    "the/9/det/DET/the bombings/6/conj/NOUN/bombing")
# "the murder of activists , Juan Perez"
NAMED_VICTIMS = sentence(
    "the/1/det/DET/the murder/1/ROOT/NOUN/murder of/1/prep/ADP/of activists/2/pobj/NOUN/activist "
    ",/3/punct/PUNCT/, Juan/6/compound/PROPN/Juan Perez/3/appos/PROPN/Perez")


@pytest.mark.parametrize(("rows", "tags", "ents", "trigger", "expected"), [
    (SUMMARY_LIST, {3: "NNS", 6: "NNS", 9: "NNS", 12: "NNS"}, (), 9, True),  # kinds summed up
    (SHORT_SUMMARY, {3: "NNS", 6: "NNS", 9: "NNS"}, (), 9, False),  # two: no summary yet
    (NAMED_VICTIMS, {3: "NNS"}, ((5, 7, "PERSON"),), 1, False),  # named victims are particular
    (NAMED_VICTIMS, {3: "NNS"}, (), 1, True),  # "the murder of activists": a kind
])
def test_genericity_summaries_and_named_victims(rows, tags, ents, trigger, expected):
    doc = build(rows, ents=ents, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "two branches were blown up"
BLOWN_UP = sentence(
    "two/1/nummod/NUM/two branches/3/nsubjpass/NOUN/branch were/3/auxpass/AUX/be "
    "blown/3/ROOT/VERB/blow up/3/prt/ADP/up")
# "killing five persons , wounding two others and destroying several shops"
KILLING_COUNTED = sentence(
    "killing/0/ROOT/VERB/kill five/2/nummod/NUM/five persons/0/dobj/NOUN/person ,/0/punct/PUNCT/, "
    "wounding/0/conj/VERB/wound two/6/nummod/NUM/two others/4/dobj/NOUN/other and/4/cc/CCONJ/and "
    "destroying/4/conj/VERB/destroy several/10/amod/ADJ/several shops/8/dobj/NOUN/shop")
# "killing persons , wounding others and destroying shops"
KILLING_KINDS = sentence(
    "killing/0/ROOT/VERB/kill persons/0/dobj/NOUN/person ,/0/punct/PUNCT/, "
    "wounding/0/conj/VERB/wound others/3/dobj/NOUN/other and/3/cc/CCONJ/and "
    "destroying/3/conj/VERB/destroy shops/6/dobj/NOUN/shop")


@pytest.mark.parametrize(("rows", "tags", "trigger", "expected"), [
    (BLOWN_UP, {1: "NNS", 3: "VBN"}, 3, False),  # what was blown up is named: a particular blast
    (KILLING_COUNTED, {0: "VBG", 2: "NNS", 4: "VBG", 6: "NNS", 8: "VBG", 10: "NNS"}, 0, False),
    (KILLING_KINDS, {0: "VBG", 1: "NNS", 3: "VBG", 4: "NNS", 6: "VBG", 7: "NNS"}, 0, True),
])
def test_genericity_named_blast_targets_and_counted_objects(rows, tags, trigger, expected):
    doc = build(rows, tags=tags)
    assert is_generic([doc[trigger]], False, headline=False) is expected


# "the assassination of teachers and two nurses" / "... of teachers and nurses"
PRIESTS_AND_TWO = sentence(
    "the/1/det/DET/the assassination/1/ROOT/NOUN/assassination of/1/prep/ADP/of "
    "teachers/2/pobj/NOUN/teacher and/3/cc/CCONJ/and two/6/nummod/NUM/two nurses/3/conj/NOUN/nurse")
PRIESTS_AND_NUNS = sentence(
    "the/1/det/DET/the assassination/1/ROOT/NOUN/assassination of/1/prep/ADP/of "
    "teachers/2/pobj/NOUN/teacher and/3/cc/CCONJ/and nurses/3/conj/NOUN/nurse")


@pytest.mark.parametrize(("rows", "tags", "ents", "expected"), [
    (PRIESTS_AND_TWO, {3: "NNS", 6: "NNS"}, (), False),  # counted victims in the list
    (PRIESTS_AND_NUNS, {3: "NNS", 5: "NNS"}, (), True),  # kinds of people only
    (PRIESTS_AND_NUNS, {3: "NNS", 5: "NNS"}, ((3, 4, "PERSON"),), False),  # a name read as plural
])
def test_genericity_every_listed_victim_counts(rows, tags, ents, expected):
    doc = build(rows, tags=tags, ents=ents)
    assert is_generic([doc[1]], False, headline=False) is expected


# "the crisis that has exploded" / "the bomb that has exploded"
CONFLICT_EXPLODED = sentence(
    "the/1/det/DET/the crisis/1/ROOT/NOUN/crisis that/4/nsubj/PRON/that has/4/aux/AUX/have "
    "exploded/1/relcl/VERB/explode")
BOMB_EXPLODED = sentence(
    "the/1/det/DET/the bomb/1/ROOT/NOUN/bomb that/4/nsubj/PRON/that has/4/aux/AUX/have "
    "exploded/1/relcl/VERB/explode")


@pytest.mark.parametrize(("rows", "expected"), [
    (CONFLICT_EXPLODED, True),   # a figure of speech, through the relative pronoun
    (BOMB_EXPLODED, False),      # a device exploded
])
def test_genericity_figurative_blast_in_relative_clause(rows, expected):
    from dateline.events.genericity import unspecified_blast

    doc = build(rows, tags={2: "WDT", 4: "VBN"})
    assert unspecified_blast(doc[4]) is expected
