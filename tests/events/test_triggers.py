"""Trigger typing from the lexicon and local syntax (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.classify import crosswalk, plover
from dateline.events.triggers import find_triggers, lemma_of, load_lexicon, match
from dateline.records import PLOVER_TYPES, TERRITORY
from . import parses


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (parses.CAPTURE_TOWNS, 2, ("ASSAULT", None, "captured")),
    (parses.DETAINED, 1, ("COERCE", "arrest", None)),
    (parses.LAUNCHED_ATTACK, 3, ("ASSAULT", None, None)),
    (parses.SIGNED_AGREEMENT, 2, ("SUPPORT", None, None)),
    (parses.SEIZED_WEAPONS, 1, ("COERCE", "seize", None)),
    (parses.AIR_STRIKES, 2, ("ASSAULT", None, None)),
    (parses.TAKEN_OVER, 2, ("ASSAULT", None, "captured")),
    (parses.THREATENED_ATTACK, 2, ("THREATEN", None, None)),
    (parses.KILLED_IN_CLASHES, 5, ("ASSAULT", None, None)),
])
def test_triggers_sense_by_syntax(rows, index, expected):
    doc = parses.build(rows)
    sense = match(doc[index])
    assert sense is not None
    assert (sense.type, sense.mode, sense.territory) == expected


@pytest.mark.parametrize(("rows", "index"), [
    (parses.SIGN_UP, 0),        # "sign up for our newsletter" is no agreement
    (parses.IN_PROTEST, 3),     # "in protest" gives a reason, not a demonstration
    (parses.DETAINED, 0),       # "police" is no trigger
    (parses.RELEASED_VIDEO, 2),  # releasing a video frees nobody
])
def test_triggers_no_event_word(rows, index):
    doc = parses.build(rows)
    assert match(doc[index]) is None


@pytest.mark.parametrize(("text", "expected"), [
    # "people were sheltering in schools": the intransitive sense is no aid
    ("people/2/nsubj/NOUN/people were/2/aux/AUX/be sheltering/2/ROOT/VERB/shelter "
     "in/2/prep/ADP/in schools/3/pobj/NOUN/school", None),
    ("volunteers/1/nsubj/NOUN/volunteer sheltered/1/ROOT/VERB/shelter "
     "refugees/1/dobj/NOUN/refugee", "AID"),
    ("refugees/2/nsubjpass/NOUN/refugee were/2/auxpass/AUX/be sheltered/2/ROOT/VERB/shelter", "AID"),
])
def test_triggers_transitive_sense_needs_object(text, expected):
    doc = parses.build(parses.sentence(text))
    token = next(t for t in doc if t.lemma_ == "shelter")
    sense = match(token)
    assert (sense.type if sense is not None else None) == expected


@pytest.mark.parametrize(("ents", "expected"), [
    (((1, 3, "ORG"),), None),              # "Immediate Release" is one name: no agent in it
    (((1, 2, "NORP"),), ("RETREAT", "release")),  # an entity modifier of its own is an agent
])
def test_triggers_light_noun_agent_outside_its_name(ents, expected):
    doc = parses.build(parses.IMMEDIATE_RELEASE, ents=ents)
    sense = match(doc[2])
    assert ((sense.type, sense.mode) if sense else None) == expected


def test_triggers_release_of_people():
    sense = match(parses.build(parses.RELEASED_HOSTAGES)[2])
    assert sense is not None and (sense.type, sense.mode) == ("RETREAT", "release")


def test_triggers_find_sets_token_extension():
    doc = parses.build(parses.KILLED_IN_CLASHES)
    hits = find_triggers(doc)
    assert [t.i for t, _ in hits] == [3, 5]
    assert doc[5]._.trigger.two_sided is True
    assert doc[3]._.trigger.casualty == "fatalities"


@pytest.mark.parametrize(("word", "lemma"), [("KIDNAPPED", "kidnap"), ("CLASHES", "clash"), ("BOMBING", "bombing")])
def test_triggers_upper_case_lemmas(word, lemma):
    doc = parses.build([(word, 0, "ROOT", "PROPN", word)])
    assert lemma_of(doc[0]) == lemma


def test_triggers_lexicon_is_valid():
    lex = load_lexicon()
    types = plover()["types"]
    subs = set(crosswalk()["sub_to_type"])
    assert lex.senses
    for senses in lex.senses.values():
        for sense in senses:
            assert sense.pos in {"VERB", "NOUN"}
            if sense.count_only or (sense.type is None and sense.n_constraints):
                continue  # a constrained sense without a type blocks the word ("shot into the air")
            assert sense.type in PLOVER_TYPES, sense
            assert sense.mode is None or sense.mode in types[sense.type]["modes"], sense
            assert sense.territory is None or sense.territory in TERRITORY, sense
            assert sense.acled is None or sense.acled in subs, sense
            assert set(sense.context) <= set(plover()["contexts"]), sense
            if isinstance(sense.object, str):
                assert sense.object in lex.classes, sense


def test_triggers_skip_words_of_date_expressions():
    """"The march ended" is a protest; inside a date expression ("March 1980") it is a month."""
    from spacy.tokens import Span

    doc = parses.build(parses.sentence(
        "the/3/det/DET/the March/3/nsubj/NOUN/march 1980/1/nummod/NUM/1980 ended/3/ROOT/VERB/end"))
    assert [t.i for t, _ in find_triggers(doc)] == [1]
    doc.spans["dates"] = [Span(doc, 1, 3)]
    assert [t.i for t, _ in find_triggers(doc)] == []


# "Troops captured an Islamic Movement of Uzbekistan commander" (the parser split the group's name)
CAPTURED_SPLIT_NAME = parses.sentence(
    "Troops/1/nsubj/NOUN/troop captured/1/ROOT/VERB/capture an/4/det/DET/an "
    "Islamic/4/compound/PROPN/Islamic Movement/1/dobj/PROPN/Movement of/4/prep/ADP/of "
    "Uzbekistan/7/compound/PROPN/Uzbekistan commander/5/pobj/NOUN/commander")


def test_triggers_object_through_split_group_name():
    """The object is the person the article counts ("an ... commander"), not the group's name."""
    doc = parses.build(CAPTURED_SPLIT_NAME)
    sense = match(doc[1])
    assert sense is not None and sense.territory is None and sense.mode == "abduct"


WARNED = "Aid/1/compound/NOUN/aid groups/2/nsubj/NOUN/group warned/2/ROOT/VERB/warn that/5/mark/SCONJ/that "
@pytest.mark.parametrize("clause, threat", [
    # "warned that they would attack": the speaker's own act is a threat
    ("they/6/nsubj/PRON/they would/6/aux/AUX/would attack/2/ccomp/VERB/attack", True),
    # "warned that its fighters would attack": a possessive pronoun makes them the speaker's
    ("its/5/poss/PRON/its fighters/7/nsubj/NOUN/fighter would/7/aux/AUX/would attack/2/ccomp/VERB/attack", True),
    # "warned that food would run out": a forecast, no threat
    ("food/6/nsubj/NOUN/food would/6/aux/AUX/would run/2/ccomp/VERB/run", False),
])
def test_triggers_warning_is_a_threat_only_about_the_speakers_own_act(clause, threat):
    doc = parses.build(parses.sentence(WARNED + clause))
    sense = match(doc[2])
    assert (sense is not None and sense.type == "THREATEN") is threat


@pytest.mark.parametrize(("text", "index", "expected"), [
    # "IS stoned two women": stoning people is an assault
    ("IS/1/nsubj/PROPN/IS stoned/1/ROOT/VERB/stone two/3/nummod/NUM/two women/1/dobj/NOUN/woman",
     1, ("ASSAULT", "primitive")),
    # "IS executed the sister of a defector": kin are people
    ("IS/1/nsubj/PROPN/IS executed/1/ROOT/VERB/execute the/3/det/DET/the sister/1/dobj/NOUN/sister",
     1, ("ASSAULT", "targeted")),
    # "shells landed on Aleppo": a weapon landing is an attack
    ("shells/1/nsubj/NOUN/shell landed/1/ROOT/VERB/land on/1/prep/ADP/on Aleppo/2/pobj/PROPN/Aleppo",
     1, ("ASSAULT", None)),
    # "IS expels regime forces from the hill": driving out troops is fighting, not a deportation
    ("IS/1/nsubj/PROPN/IS expels/1/ROOT/VERB/expel regime/3/compound/NOUN/regime forces/1/dobj/NOUN/force",
     1, ("ASSAULT", None)),
    ("Moscow/1/nsubj/PROPN/Moscow expelled/1/ROOT/VERB/expel the/3/det/DET/the migrants/1/dobj/NOUN/migrant",
     1, ("COERCE", "deport")),
    # "rebels shot down a helicopter", "the army downed a drone": attacks on aircraft
    ("rebels/1/nsubj/NOUN/rebel shot/1/ROOT/VERB/shoot down/1/prt/ADP/down a/4/det/DET/a "
     "helicopter/1/dobj/NOUN/helicopter", 1, ("ASSAULT", None)),
    ("the/1/det/DET/the army/2/nsubj/NOUN/army downed/2/ROOT/VERB/down a/4/det/DET/a drone/2/dobj/NOUN/drone",
     2, ("ASSAULT", None)),
    # "the sides traded fire" fight; "the sides traded accusations" blame each other
    ("the/1/det/DET/the sides/2/nsubj/NOUN/side traded/2/ROOT/VERB/trade fire/2/dobj/NOUN/fire",
     2, ("ASSAULT", "firearms")),
    ("the/1/det/DET/the sides/2/nsubj/NOUN/side traded/2/ROOT/VERB/trade accusations/2/dobj/NOUN/accusation",
     2, ("ACCUSE", None)),
])
def test_triggers_violence_against_people_and_places(text, index, expected):
    sense = match(parses.build(parses.sentence(text))[index])
    assert sense is not None and (sense.type, sense.mode) == expected


@pytest.mark.parametrize("text", [
    "the/1/det/DET/the plane/2/nsubj/NOUN/plane landed/2/ROOT/VERB/land in/2/prep/ADP/in Damascus/3/pobj/PROPN/Damascus",
    "they/1/nsubj/PRON/they stoned/1/ROOT/VERB/stone the/3/det/DET/the cars/1/dobj/NOUN/car",
    # "they brought down the statue": only aircraft are brought down in an attack
    "they/1/nsubj/PRON/they brought/1/ROOT/VERB/bring down/1/prt/ADP/down the/4/det/DET/the statue/1/dobj/NOUN/statue",
])
def test_triggers_landing_and_stoning_need_weapons_and_people(text):
    assert match(parses.build(parses.sentence(text))[1]) is None


@pytest.mark.parametrize(("text", "index", "expected"), [
    # verbs of wire reports that name the weapon: "rebels machinegunned the bus"
    ("rebels/1/nsubj/NOUN/rebel machinegunned/1/ROOT/VERB/machinegun the/3/det/DET/the bus/1/dobj/NOUN/bus",
     1, ("ASSAULT", "firearms")),
    ("they/1/nsubj/PRON/they dynamited/1/ROOT/VERB/dynamite the/3/det/DET/the bridge/1/dobj/NOUN/bridge",
     1, ("ASSAULT", "explosives")),
    # explosives thrown or placed: "hurled dynamite sticks", "placed a charge of dynamite"
    ("they/1/nsubj/PRON/they hurled/1/ROOT/VERB/hurl dynamite/3/compound/NOUN/dynamite sticks/1/dobj/NOUN/stick",
     3, ("ASSAULT", "explosives")),
    ("they/1/nsubj/PRON/they placed/1/ROOT/VERB/place a/3/det/DET/a charge/1/dobj/NOUN/charge "
     "of/3/prep/ADP/of dynamite/4/pobj/NOUN/dynamite", 3, ("ASSAULT", "explosives")),
])
def test_triggers_weapon_verbs_and_placed_explosives(text, index, expected):
    sense = match(parses.build(parses.sentence(text))[index])
    assert sense is not None and (sense.type, sense.mode) == expected


@pytest.mark.parametrize(("text", "index"), [
    # a charge without explosives is a legal one; sticks without dynamite are no weapon
    ("they/1/nsubj/PRON/they placed/1/ROOT/VERB/place a/3/det/DET/a charge/1/dobj/NOUN/charge", 3),
    ("they/1/nsubj/PRON/they threw/1/ROOT/VERB/throw wooden/3/amod/ADJ/wooden sticks/1/dobj/NOUN/stick", 3),
])
def test_triggers_charges_and_sticks_need_explosives(text, index):
    sense = match(parses.build(parses.sentence(text))[index])
    assert sense is None or sense.type != "ASSAULT"


# "guerrillas shot into the air" / "the army attacked the programs"
SHOT_AIR = parses.sentence(
    "guerrillas/1/nsubj/NOUN/guerrilla shot/1/ROOT/VERB/shoot into/1/prep/ADP/into "
    "the/4/det/DET/the air/2/pobj/NOUN/air")
ATTACKED_PROGRAMS = parses.sentence(
    "he/1/nsubj/PRON/he attacked/1/ROOT/VERB/attack the/3/det/DET/the programs/1/dobj/NOUN/program")
# "he harshly attacked the president"
HARSHLY = parses.sentence(
    "he/2/nsubj/PRON/he harshly/2/advmod/ADV/harshly attacked/2/ROOT/VERB/attack the/4/det/DET/the "
    "president/2/dobj/NOUN/president")
# "they were engaged in activities"
ENGAGED_IN = parses.sentence(
    "they/2/nsubjpass/PRON/they were/2/auxpass/AUX/be engaged/2/ROOT/VERB/engage in/2/prep/ADP/in "
    "activities/3/pobj/NOUN/activity")
# "laboratories, which were destroyed" / "the bus, which were destroyed"
LABS = parses.sentence(
    "laboratories/0/ROOT/NOUN/laboratory which/3/nsubjpass/PRON/which were/3/auxpass/AUX/be "
    "destroyed/0/relcl/VERB/destroy")
BUSES = parses.sentence(
    "buses/0/ROOT/NOUN/bus which/3/nsubjpass/PRON/which were/3/auxpass/AUX/be "
    "destroyed/0/relcl/VERB/destroy")


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (SHOT_AIR, 1, None),  # a salute or warning: no event
    (ENGAGED_IN, 2, None),  # engaged in an activity: the activity is the event
    (HARSHLY, 2, ("ACCUSE", "disapprove")),  # "harshly attacked": words, not blows
    (ATTACKED_PROGRAMS, 1, ("ACCUSE", "disapprove")),  # criticism of a policy
    (LABS, 3, ("COERCE", "seize")),  # drug laboratories through the relative pronoun
    (BUSES, 3, ("ASSAULT", "destroy")),
])
def test_triggers_senses_that_are_no_attack(rows, index, expected):
    doc = parses.build(rows, tags={1: "WDT"} if rows in (LABS, BUSES) else None)
    sense = match(doc[index])
    assert (None if sense is None or sense.type is None else (sense.type, sense.mode)) == expected


@pytest.mark.parametrize(("text", "index", "expected"), [
    # "judges lifted the strike": a labour strike is lifted, an attack is not
    ("judges/1/nsubj/NOUN/judge lifted/1/ROOT/VERB/lift the/3/det/DET/the strike/1/dobj/NOUN/strike",
     3, ("PROTEST", "strike")),
    # "an indefinite transportation strike"
    ("an/3/det/DET/an indefinite/3/amod/ADJ/indefinite transportation/3/compound/NOUN/transportation "
     "strike/3/ROOT/NOUN/strike", 3, ("PROTEST", "strike")),
    # "an open-ended strike": a hyphenated modifier the tokenizer split
    ("an/4/det/DET/an open/3/advmod/ADV/open -/3/punct/PUNCT/- ended/4/amod/ADJ/ended "
     "strike/4/ROOT/NOUN/strike", 4, ("PROTEST", "strike")),
    # "a 24-hour strike"
    ("a/4/det/DET/a 24/3/nummod/NUM/24 -/3/punct/PUNCT/- hour/4/compound/NOUN/hour "
     "strike/4/ROOT/NOUN/strike", 4, ("PROTEST", "strike")),
    # "rebels launched a strike": launching one is still an attack
    ("rebels/1/nsubj/NOUN/rebel launched/1/ROOT/VERB/launch a/3/det/DET/a strike/1/dobj/NOUN/strike",
     3, ("ASSAULT", None)),
])
def test_triggers_labour_strike_or_attack(text, index, expected):
    sense = match(parses.build(parses.sentence(text))[index])
    assert sense is not None and (sense.type, sense.mode) == expected


@pytest.mark.parametrize(("text", "index", "mode"), [
    # bombing a place, bombing "on" it, aircraft or "aerial/heavy" bombing: bombardment from the air
    ("warplanes/1/nsubj/NOUN/warplane bomb/1/ROOT/VERB/bomb Manbij/1/dobj/PROPN/Manbij", 1, "aerial"),
    ("they/1/nsubj/PRON/they bombed/1/ROOT/VERB/bomb the/3/det/DET/the city/1/dobj/NOUN/city", 1, "aerial"),
    ("heavy/1/amod/ADJ/heavy bombing/1/ROOT/NOUN/bombing", 1, "aerial"),
    ("bombing/0/ROOT/NOUN/bombing on/0/prep/ADP/on the/3/det/DET/the town/1/pobj/NOUN/town", 0, "aerial"),
    ("bombing/0/ROOT/NOUN/bombing by/0/prep/ADP/by warplanes/1/pobj/NOUN/warplane", 0, "aerial"),
    # a device's bombing, or a bombing with no such cue, is an explosive attack
    ("car/1/compound/NOUN/car bombing/1/ROOT/NOUN/bombing on/1/prep/ADP/on the/4/det/DET/the checkpoint/2/pobj/NOUN/checkpoint",
     1, "explosives"),
    ("the/1/det/DET/the bombing/1/ROOT/NOUN/bombing of/1/prep/ADP/of the/4/det/DET/the embassy/2/pobj/NOUN/embassy",
     1, "explosives"),
    ("militants/1/nsubj/NOUN/militant bombed/1/ROOT/VERB/bomb a/3/det/DET/a bus/1/dobj/NOUN/bus", 1, "explosives"),
    # a headline's opening gerund read as a compound of its object: "Bombing town in ..."
    ("Bombing/1/compound/NOUN/bombing town/1/ROOT/NOUN/town", 0, "aerial"),
])
def test_triggers_bombing_modes(text, index, mode):
    sense = match(parses.build(parses.sentence(text))[index])
    assert sense is not None and (sense.type, sense.mode) == ("ASSAULT", mode)


def test_triggers_attacked_positions_is_no_criticism():
    doc = parses.build(parses.sentence(
        "forces/1/nsubj/NOUN/force attacked/1/ROOT/VERB/attack positions/1/dobj/NOUN/position"))
    sense = match(doc[1])
    assert sense is not None and sense.type == "ASSAULT"


def test_triggers_lexicon_reads_on_as_a_preposition():
    """YAML 1.1 reads a bare `on` as true: the loader keeps it the preposition."""
    senses = [s for group in load_lexicon().senses.values() for s in group]
    values = [v for s in senses for value in vars(s).values() if isinstance(value, tuple) for v in value]
    assert values and not any(isinstance(v, bool) for v in values)
    assert any("on" in s.needs_prep for s in load_lexicon().senses[("insist", "VERB")])


def test_triggers_compound_gerund_inside_a_sentence_stays_a_modifier():
    doc = parses.build(parses.sentence("the/2/det/DET/the bombing/2/compound/NOUN/bombing campaign/2/ROOT/NOUN/campaign"))
    sense = match(doc[1])
    assert sense is None or sense.mode != "aerial"


# "a family was taken hostage": the object complement names the captive's state
TAKEN_HOSTAGE = parses.sentence(
    "a/1/det/DET/a family/3/nsubjpass/NOUN/family was/3/auxpass/AUX/be taken/3/ROOT/VERB/take "
    "hostage/3/oprd/NOUN/hostage")
TAKEN_AWAY = parses.sentence(
    "a/1/det/DET/a family/3/nsubjpass/NOUN/family was/3/auxpass/AUX/be taken/3/ROOT/VERB/take "
    "away/3/advmod/ADV/away")


@pytest.mark.parametrize(("rows", "mode"), [(TAKEN_HOSTAGE, "abduct"), (TAKEN_AWAY, None)])
def test_triggers_object_complement_meets_object_constraint(rows, mode):
    doc = parses.build(rows)
    sense = match(doc[3])
    assert (sense.mode if sense is not None else None) == mode


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    ("held", "hold", "CONSULT"),   # a light verb: the talks are the event
    ("ended", "end", "CONSULT"),   # an ending verb with a sense of its own: grouping folds the talks
    ("stopped", "stop", None),     # no sense of its own for talks: no act at all
])
def test_triggers_light_noun_under_an_ending_verb(verb, lemma, expected):
    doc = parses.build(parses.sentence(
        f"They/1/nsubj/PRON/they {verb}/1/ROOT/VERB/{lemma} the/3/det/DET/the talks/1/dobj/NOUN/talk"))
    sense = match(doc[3])
    assert (sense.type if sense else None) == expected


@pytest.mark.parametrize(("text", "index", "expected"), [
    # "according to a press release by the army": a statement, nobody freed
    ("according/0/ROOT/VERB/accord to/0/prep/ADP/to a/4/det/DET/a press/4/compound/NOUN/press "
     "release/1/pobj/NOUN/release by/4/prep/ADP/by the/7/det/DET/the army/5/pobj/NOUN/army", 4, None),
    # "the release of the hostages by the rebels"
    ("the/1/det/DET/the release/1/ROOT/NOUN/release of/1/prep/ADP/of the/4/det/DET/the "
     "hostages/2/pobj/NOUN/hostage by/1/prep/ADP/by the/7/det/DET/the rebels/5/pobj/NOUN/rebel",
     1, ("RETREAT", "release")),
    # "the army lifted a state of emergency" / "... lifted the blockade"
    ("the/1/det/DET/the army/2/nsubj/NOUN/army lifted/2/ROOT/VERB/lift a/4/det/DET/a state/2/dobj/NOUN/state "
     "of/4/prep/ADP/of emergency/5/pobj/NOUN/emergency", 2, ("CONCEDE", None)),
    ("the/1/det/DET/the army/2/nsubj/NOUN/army lifted/2/ROOT/VERB/lift the/4/det/DET/the "
     "blockade/2/dobj/NOUN/blockade", 2, ("RETREAT", None)),
    # "Amnesty protested that police failed" (a complaint in words) / "farmers protested to demand"
    ("Amnesty/1/nsubj/PROPN/Amnesty protested/1/ROOT/VERB/protest that/4/mark/SCONJ/that "
     "police/4/nsubj/NOUN/police failed/1/ccomp/VERB/fail", 1, ("ACCUSE", "disapprove")),
    ("farmers/1/nsubj/NOUN/farmer protested/1/ROOT/VERB/protest to/3/aux/PART/to "
     "demand/1/xcomp/VERB/demand reforms/3/dobj/NOUN/reform", 1, ("PROTEST", "demo")),
    # "Egypt defended Syria against criticism" / "soldiers defended the town against an attack"
    ("Egypt/1/nsubj/PROPN/Egypt defended/1/ROOT/VERB/defend Syria/1/dobj/PROPN/Syria "
     "against/1/prep/ADP/against criticism/3/pobj/NOUN/criticism", 1, ("SUPPORT", None)),
    ("soldiers/1/nsubj/NOUN/soldier defended/1/ROOT/VERB/defend the/3/det/DET/the town/1/dobj/NOUN/town "
     "against/1/prep/ADP/against an/6/det/DET/an attack/4/pobj/NOUN/attack", 1, None),
    # "Germany paid compensation to the workers"
    ("Germany/1/nsubj/PROPN/Germany paid/1/ROOT/VERB/pay compensation/1/dobj/NOUN/compensation "
     "to/1/prep/ADP/to the/5/det/DET/the workers/3/pobj/NOUN/worker", 1, ("AID", None)),
    # "police prevented the demonstration"
    ("police/1/nsubj/NOUN/police prevented/1/ROOT/VERB/prevent the/3/det/DET/the "
     "demonstration/1/dobj/NOUN/demonstration", 1, ("COERCE", "restrict")),
    # "the minister allowed the leader to hold a rally"
    ("the/1/det/DET/the minister/2/nsubj/NOUN/minister allowed/2/ROOT/VERB/allow the/4/det/DET/the "
     "leader/6/nsubj/NOUN/leader to/6/aux/PART/to hold/2/ccomp/VERB/hold", 2, ("CONCEDE", None)),
    # "Israel imposed restrictions on Hebron"
    ("Israel/1/nsubj/PROPN/Israel imposed/1/ROOT/VERB/impose restrictions/1/dobj/NOUN/restriction "
     "on/2/prep/ADP/on Hebron/3/pobj/PROPN/Hebron", 2, ("COERCE", "restrict")),
    # "the government would not meet the kidnappers' demands"
    ("the/1/det/DET/the government/2/nsubj/NOUN/government met/2/ROOT/VERB/meet the/4/det/DET/the "
     "demands/2/dobj/NOUN/demand", 2, ("CONCEDE", None)),
])
def test_triggers_senses_of_statements_concessions_and_restrictions(text, index, expected):
    sense = match(parses.build(parses.sentence(text))[index])
    assert (None if sense is None or sense.type is None else (sense.type, sense.mode)) == expected


@pytest.mark.parametrize(("count", "expected"), [("16", "ASSAULT"), ("more", None)])
def test_triggers_up_to_a_number_is_no_particle(count, expected):
    """"kidnapped up to 16 engineers": "up to" bounds the count; "kidnapped up more" is a particle."""
    doc = parses.build(parses.sentence(
        f"rebels/1/nsubj/NOUN/rebel kidnapped/1/ROOT/VERB/kidnap up/1/prt/ADP/up to/2/prep/ADP/to "
        f"{count}/5/nummod/NUM/{count} engineers/3/pobj/NOUN/engineer"))
    sense = match(doc[1])
    assert (sense.type if sense else None) == expected
