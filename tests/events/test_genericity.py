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
# "a government that bombs the people"
BOMBS = sentence(
    "a/1/det/DET/a government/1/ROOT/NOUN/government that/3/nsubj/PRON/that bombs/1/relcl/VERB/bomb "
    "the/5/det/DET/the people/3/dobj/NOUN/people")
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


# "Continuous clashes in Hama"
CLASHES_IN = sentence(
    "Continuous/1/amod/ADJ/continuous clashes/1/ROOT/NOUN/clash in/1/prep/ADP/in Hama/2/pobj/PROPN/Hama")


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
    ("Such attacks will not intimidate the people.", False),
    ("Kidnappings have increased in the capital.", False),
    ("The enemy expresses himself with kidnappings and by destroying oil pipelines.", False),
    ("The constitution was drafted after the killing of over 70,000 Salvadorans.", False),
    ("The Spaniards killed in the accident were two aid workers.", False),
    ("Journalists have been murdered.", False),
    ("There have been 4 murders since the president took office.", False),
    ("So far this year three judges have been killed.", False),
    ("The leaders are doing time for kidnapping, extortion, murder and robbery.", False),
    ("The battalion has been accused of encouraging the murder of opposition politicians.", False),
    ("At dawn today, strong explosions were heard in various parts of the capital.", False),
    ("The crash killed 120 of the 137 passengers.", False),
    ("They are cowards who have bombed the civilian population.", False),
    ("For the time being the situation is difficult, as the explosions are very strong.", False),
    ("Over the past three months, some 150 persons have been killed.", False),
    ("Those who murdered the archbishop are still free.", False),
    ("Colombian drug lords have set off more than 260 bombs.", False),
    ("The report was published on Monday. Political leaders are systematically murdered.", False),
    ("The senators ignore the arrests, the bombings, the war parades and the harassment.", False),
    ("They have to abandon practices like kidnapping.", False),
    ("We are not bombing.", False),
    ("He spoke on Monday. The truth is that the army keeps bombing.", False),
    ("A cargo plane crashed into a residential area destroying several homes.", False),
    ("Guerrillas bombed the bank, the store and the office in Lima on Sunday.", True),
    ("A bomb exploded at the bank in Lima on Sunday.", True),
    ("Many civilians have been wounded and many houses have been destroyed.", True),
    ("Gunmen killed three judges in Medellin on Sunday.", True),
    ("Armed men kidnapped two businessmen in Medellin on Sunday.", True),
    ("Guerrillas bombed the offices of the National Party in San Miguel yesterday.", True),
])
def test_genericity_end_to_end(nlp, text, reported):
    events = extract_text(text, published="1989-11-20", doc_id="g", nlp=nlp)
    assert any(e.type == "ASSAULT" for e in events) is reported, [e.evidence[0].text for e in events]


# "They bombed the civilian population"
POPULATION = sentence(
    "They/1/nsubj/PRON/they bombed/1/ROOT/VERB/bomb the/4/det/DET/the civilian/4/amod/ADJ/civilian "
    "population/1/dobj/NOUN/population")
# "They bombed the population of Lopez"
POPULATION_OF = sentence(
    "They/1/nsubj/PRON/they bombed/1/ROOT/VERB/bomb the/3/det/DET/the population/1/dobj/NOUN/population "
    "of/3/prep/ADP/of Lopez/4/pobj/PROPN/Lopez")
# "attacks on the civilian population continue"
ATTACKS_ON = sentence(
    "attacks/5/nsubj/NOUN/attack on/0/prep/ADP/on the/4/det/DET/the civilian/4/amod/ADJ/civilian "
    "population/1/pobj/NOUN/population continue/5/ROOT/VERB/continue")
# "attacks on the population in Apopa continue"
ATTACKS_ON_IN = sentence(
    "attacks/6/nsubj/NOUN/attack on/0/prep/ADP/on the/3/det/DET/the population/1/pobj/NOUN/population "
    "in/0/prep/ADP/in Apopa/4/pobj/PROPN/Apopa continue/6/ROOT/VERB/continue")
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
# "hundreds of peasants were murdered"
HUNDREDS = sentence(
    "hundreds/4/nsubjpass/NOUN/hundred of/0/prep/ADP/of peasants/1/pobj/NOUN/peasant "
    "were/4/auxpass/AUX/be murdered/4/ROOT/VERB/murder")
# "the press reported 143 assassinations"
ASSASSINATIONS = sentence(
    "the/1/det/DET/the press/2/nsubj/NOUN/press reported/2/ROOT/VERB/report "
    "143/4/nummod/NUM/143 assassinations/2/dobj/NOUN/assassination")
# "over the past 3 months 150 people have been killed"
SPAN = sentence(
    "over/9/prep/ADP/over the/4/det/DET/the past/4/amod/ADJ/past 3/4/nummod/NUM/3 "
    "months/0/pobj/NOUN/month 150/6/nummod/NUM/150 people/9/nsubjpass/NOUN/people "
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
# "the army keeps bombing"
KEEPS = sentence("the/1/det/DET/the army/2/nsubj/NOUN/army keeps/2/ROOT/VERB/keep bombing/2/xcomp/VERB/bomb")
KEEPS_OBJ = sentence("the/1/det/DET/the army/2/nsubj/NOUN/army keeps/2/ROOT/VERB/keep bombing/2/dobj/VERB/bomb")
# "those who murdered Romero"
THOSE = sentence(
    "those/0/ROOT/PRON/those who/2/nsubj/PRON/who murdered/0/relcl/VERB/murder Romero/2/dobj/PROPN/Romero")
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
