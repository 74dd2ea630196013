"""Argument extraction over the dependency parse (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events import arguments as args
from dateline.events import noun_roles
from dateline.events.triggers import Sense
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
    assert _words(noun_roles.noun_patients(doc[3])) == ["base"]
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


def test_arguments_a_number_is_no_party():
    """"another one was damaged": a numeral standing for a thing or person names no party,
    even when wire copy's capitals make it look like a name."""
    doc = parses.build(parses.sentence(
        "another/1/det/DET/another ONE/3/nsubjpass/PROPN/one was/3/auxpass/AUX/be damaged/3/ROOT/VERB/damage"))
    assert doc[1].like_num and args.to_actor(doc, doc[1]) is None


# "A woman killed by sniper fire" (headline passive: participle on the noun, no auxiliary)
WOMAN_KILLED = parses.sentence(
    "A/1/det/DET/a woman/1/ROOT/NOUN/woman killed/1/acl/VERB/kill by/2/agent/ADP/by "
    "sniper/5/compound/NOUN/sniper fire/3/pobj/NOUN/fire")
# "Gunmen attacking the base" (present participle: the noun is the agent)
GUNMEN_ATTACKING = parses.sentence(
    "Gunmen/0/ROOT/NOUN/gunman attacking/0/acl/VERB/attack the/3/det/DET/the base/1/dobj/NOUN/base")
# "IS executes a man" (the acronym parsed as the auxiliary "is")
IS_EXECUTES = parses.sentence(
    "IS/1/aux/AUX/be executes/1/ROOT/VERB/execute a/3/det/DET/a man/1/dobj/NOUN/man")
# "fighting in the north of Jarablus between IS and SDF" ("between" hung on the place)
FIGHTING_BETWEEN = parses.sentence(
    "fighting/0/ROOT/NOUN/fighting in/0/prep/ADP/in the/3/det/DET/the north/1/pobj/NOUN/north "
    "of/3/prep/ADP/of Jarablus/4/pobj/PROPN/Jarablus between/3/prep/ADP/between IS/6/pobj/PROPN/IS "
    "and/7/cc/CCONJ/and SDF/7/conj/PROPN/SDF")


@pytest.mark.parametrize(("rows", "tags", "index", "agents", "patients"), [
    (WOMAN_KILLED, {2: "VBN"}, 2, ["fire"], ["woman"]),
    (GUNMEN_ATTACKING, {1: "VBG"}, 1, ["Gunmen"], ["base"]),
])
def test_arguments_participle_on_noun(rows, tags, index, agents, patients):
    doc = parses.build(rows, tags=tags)
    assert _words(args.verb_agents(doc[index])) == agents
    assert _words(args.verb_patients(doc[index])) == patients


@pytest.mark.parametrize(("named", "agents"), [(True, ["IS"]), (False, [])])
def test_arguments_actor_name_parsed_as_auxiliary(named, agents):
    from dateline.records import Actor

    doc = parses.build(IS_EXECUTES, tags={0: "VBZ", 1: "VBZ"})
    spans = [doc[0:1]] if named else []
    for span in spans:
        span._.actor = Actor("Islamic State", text="IS", sector=["REB"])
    doc.spans["actors"] = spans
    assert _words(args.verb_agents(doc[1])) == agents


def test_arguments_between_hung_on_place():
    doc = parses.build(FIGHTING_BETWEEN)
    assert _words(args.co_parties(doc[0])) == ["IS"]
    assert _words(args.conjuncts(args.co_parties(doc[0])[0])) == ["IS", "SDF"]


# "fighting on the road between Homs and Damascus" (the places the road joins are not parties)
ROAD_BETWEEN = parses.sentence(
    "fighting/0/ROOT/NOUN/fighting on/0/prep/ADP/on the/3/det/DET/the road/1/pobj/NOUN/road "
    "between/3/prep/ADP/between Homs/4/pobj/PROPN/Homs and/5/cc/CCONJ/and Damascus/5/conj/PROPN/Damascus")


def test_arguments_between_places_are_not_parties():
    doc = parses.build(ROAD_BETWEEN, ents=((5, 6, "GPE"), (7, 8, "GPE")))
    assert args.co_parties(doc[0]) == []


# "IS attacks SDF" read as "is attacks, SDF": acronym as root auxiliary, trigger noun as attribute
IS_ATTACKS = parses.sentence(
    "IS/0/ROOT/AUX/be attacks/0/attr/NOUN/attack SDF/1/appos/PROPN/SDF")
# "fighting continues in Manbij between IS and SDF" ("between" hung on the aspect verb)
FIGHTING_CONTINUES = parses.sentence(
    "fighting/1/nsubj/NOUN/fighting continues/1/ROOT/VERB/continue in/1/prep/ADP/in "
    "Manbij/2/pobj/PROPN/Manbij between/1/prep/ADP/between IS/4/pobj/PROPN/IS and/5/cc/CCONJ/and "
    "SDF/5/conj/PROPN/SDF")


def _with_actors(doc, names):
    from dateline.records import Actor

    spans = [doc[i:i + 1] for i, t in enumerate(doc) if t.text in names]
    for span in spans:
        span._.actor = Actor(names[span.text], text=span.text, sector=["REB"])
    doc.spans["actors"] = spans
    return doc


@pytest.mark.parametrize(("names", "agents", "patients"), [
    ({"IS": "Islamic State", "SDF": "Syrian Democratic Forces"}, ["IS"], ["SDF"]),
    ({}, [], []),                                     # an unnamed capitalised "IS" stays a verb
])
def test_arguments_acronym_root_read_as_auxiliary(names, agents, patients):
    doc = _with_actors(parses.build(IS_ATTACKS, tags={0: "VBZ", 1: "NNS"}), names)
    assert _words(noun_roles.noun_agents(doc[1])) == agents
    assert _words(noun_roles.noun_patients(doc[1])) == patients


def test_arguments_between_on_aspect_verb():
    doc = parses.build(FIGHTING_CONTINUES, tags={1: "VBZ"})
    assert _words(args.co_parties(doc[0])) == ["IS"]


# "Clashes in Idlib and Latakia"
CLASHES_TWO_PLACES = parses.sentence(
    "Clashes/0/ROOT/NOUN/clash in/0/prep/ADP/in Idlib/1/pobj/PROPN/Idlib and/2/cc/CCONJ/and "
    "Latakia/2/conj/PROPN/Latakia")


@pytest.mark.parametrize(("ents", "expected"), [
    (((2, 3, "GPE"), (4, 5, "GPE")), ["Idlib", "Latakia"]),  # one occurrence at each place
    (((2, 3, "GPE"),), []),                               # "Latakia" not known as a place: no split
])
def test_arguments_listed_places(ents, expected):
    doc = parses.build(CLASHES_TWO_PLACES, ents=ents)
    assert _words(args.listed_places(doc[0])) == expected


@pytest.mark.parametrize(("text", "ents", "index", "expected"), [
    # a modifier names a group only of people: "a Malian army post" is a thing
    ("Fighters/1/nsubj/NOUN/fighter attacked/1/ROOT/VERB/attack a/5/det/DET/a Malian/5/amod/ADJ/malian "
     "army/5/compound/NOUN/army post/1/dobj/NOUN/post", [(3, 4, "NORP")], 5, None),
    ("Police/1/nsubj/NOUN/police attacked/1/ROOT/VERB/attack the/4/det/DET/the Venezuelan/4/amod/ADJ/venezuelan "
     "diaspora/1/dobj/NOUN/diaspora", [(3, 4, "NORP")], 4, "Venezuelan diaspora"),
    # an unknown name struck by an attack is the place it fell on, unless it names a person
    ("Helicopters/1/nsubj/NOUN/helicopter bombed/1/ROOT/VERB/bomb Muzeireeb/1/dobj/PROPN/Muzeireeb", [], 2, None),
    ("Shells/1/nsubj/NOUN/shell hit/1/ROOT/VERB/hit Nubl/1/dobj/PROPN/Nubl and/2/cc/CCONJ/and "
     "Zahraa/2/conj/PROPN/Zahraa", [], 4, None),                     # and its conjuncts
    ("Gunmen/1/nsubj/NOUN/gunman shot/1/ROOT/VERB/shoot Ahmed/3/compound/PROPN/Ahmed Ali/1/dobj/PROPN/Ali",
     [(2, 4, "PERSON")], 3, "Ahmed Ali"),
    ("Shells/1/nsubj/NOUN/shell hit/1/ROOT/VERB/hit Sheikh/3/compound/PROPN/Sheikh Maqsoud/1/dobj/PROPN/Maqsoud",
     [(2, 4, "PERSON")], 3, None),                                   # remote fire strikes places
    # "took soldiers prisoner" misparsed as a compound: the captives are the soldiers
    ("Rebels/1/nsubj/NOUN/rebel took/1/ROOT/VERB/take soldiers/3/compound/NOUN/soldier "
     "prisoner/1/dobj/NOUN/prisoner", [], 3, "Military forces"),
    # people whose side the noun leaves open name no party ("two suspects")
    ("Police/1/nsubj/NOUN/police arrested/1/ROOT/VERB/arrest two/3/nummod/NUM/two "
     "suspects/1/dobj/NOUN/suspect", [], 3, None),
    # a possessor keeps its own name ("protested Mayor Lopez's plan": Mayor Lopez, not "Mayor")
    ("Students/1/nsubj/NOUN/student protested/1/ROOT/VERB/protest Mayor/3/compound/PROPN/Mayor "
     "Lopez/5/poss/PROPN/Lopez 's/3/case/PART/'s plan/1/dobj/NOUN/plan", [(2, 4, "PERSON")], 3, "Mayor Lopez"),
])
def test_arguments_fallback_actor_needs_a_group_or_person(text, ents, index, expected):
    doc = parses.build(parses.sentence(text), ents=tuple(ents))
    doc[1]._.trigger = Sense(lemma=doc[1].lemma_, pos="VERB", type="ASSAULT")
    actor = args.to_actor(doc, doc[index])
    assert (actor.name if actor else None) == expected


def _sense(doc, index, kind, two_sided=False):
    doc[index]._.trigger = Sense(lemma=doc[index].lemma_, pos=doc[index].pos_, type=kind, two_sided=two_sided)
    return doc


# "Diplomats met with the rebels" / "Troops shelled the town with artillery"
MET_WITH = parses.sentence(
    "Diplomats/1/nsubj/NOUN/diplomat met/1/ROOT/VERB/meet with/1/prep/ADP/with the/4/det/DET/the "
    "rebels/2/pobj/NOUN/rebel")
SHELLED_WITH = parses.sentence(
    "Troops/1/nsubj/NOUN/troop shelled/1/ROOT/VERB/shell the/3/det/DET/the town/1/dobj/NOUN/town "
    "with/1/prep/ADP/with artillery/4/pobj/NOUN/artillery")


@pytest.mark.parametrize(("rows", "kind", "two_sided", "expected"), [
    (MET_WITH, "CONSULT", False, ["rebels"]),          # the other side of a meeting
    (MET_WITH, "ASSAULT", True, []),                  # in fighting, "with" names a co-party instead
    (SHELLED_WITH, "ASSAULT", False, []),             # or an instrument
])
def test_arguments_with_names_the_other_side_outside_violence(rows, kind, two_sided, expected):
    doc = _sense(parses.build(rows), 1, kind, two_sided)
    assert _words(args.recipients_of(doc[1])) == expected


# "Congress lifted embargoes on Iran" / "Bangladesh rejected an Indian proposal"
LIFTED_EMBARGOES = parses.sentence(
    "Congress/1/nsubj/PROPN/Congress lifted/1/ROOT/VERB/lift embargoes/1/dobj/NOUN/embargo "
    "on/2/prep/ADP/on Iran/3/pobj/PROPN/Iran")
REJECTED_PROPOSAL = parses.sentence(
    "Bangladesh/1/nsubj/PROPN/Bangladesh rejected/1/ROOT/VERB/reject an/4/det/DET/an "
    "Indian/4/amod/ADJ/indian proposal/1/dobj/NOUN/proposal")


@pytest.mark.parametrize(("rows", "kind", "patients"), [
    (LIFTED_EMBARGOES, "CONCEDE", ["embargoes", "Iran"]),   # whom the thing is imposed on
    (REJECTED_PROPOSAL, "REJECT", ["proposal", "Indian"]),  # whose the thing is
    (LIFTED_EMBARGOES, "ASSAULT", ["embargoes"]),           # not in violence
])
def test_arguments_targets_of_a_thing_object(rows, kind, patients):
    doc = _sense(parses.build(rows), 1, kind)
    assert _words(args.verb_patients(doc[1])) == patients


def test_arguments_owner_adjective_is_its_state():
    doc = _sense(parses.build(REJECTED_PROPOSAL), 1, "REJECT")
    actor = args.to_actor(doc, doc[3])
    assert actor is not None and (actor.name, actor.country) == ("Government of India", "IND")


# "Greece demanded that Europe refuse", "Libya offered to hand suspects to Britain"
DEMANDED_THAT = parses.sentence(
    "Greece/1/nsubj/PROPN/Greece demanded/1/ROOT/VERB/demand that/4/mark/SCONJ/that "
    "Europe/4/nsubj/PROPN/Europe refuse/1/ccomp/VERB/refuse")
OFFERED_TO = parses.sentence(
    "Libya/1/nsubj/PROPN/Libya offered/1/ROOT/VERB/offer to/3/aux/PART/to hand/1/xcomp/VERB/hand "
    "suspects/3/dobj/NOUN/suspect to/3/prep/ADP/to Britain/5/pobj/PROPN/Britain")


@pytest.mark.parametrize(("rows", "kind", "patients"), [
    (DEMANDED_THAT, "REQUEST", ["Europe"]),              # who is to act on the demand
    (DEMANDED_THAT, "ACCUSE", []),                       # a that-clause of other verbs is no target
    (OFFERED_TO, "AGREE", ["suspects", "Britain"]),      # the target of the act committed to
])
def test_arguments_patients_of_demands_and_commitments(rows, kind, patients):
    doc = _sense(parses.build(rows, tags={4: "VB"} if rows is DEMANDED_THAT else None), 1, kind)
    assert _words(args.verb_patients(doc[1])) == patients


# "Forces killed three men in a gunbattle" / "Men were killed in a gunbattle"
KILLED_IN_BATTLE = parses.sentence(
    "Forces/1/nsubj/NOUN/force killed/1/ROOT/VERB/kill three/3/nummod/NUM/three men/1/dobj/NOUN/man "
    "in/1/prep/ADP/in a/6/det/DET/a gunbattle/4/pobj/NOUN/gunbattle")
KILLED_PASSIVE = parses.sentence(
    "Men/2/nsubjpass/NOUN/man were/2/auxpass/AUX/be killed/2/ROOT/VERB/kill in/2/prep/ADP/in "
    "a/5/det/DET/a gunbattle/3/pobj/NOUN/gunbattle")


@pytest.mark.parametrize(("rows", "index", "agents"), [
    (KILLED_IN_BATTLE, 6, ["Forces"]),   # the subject took part in the event it frames
    (KILLED_PASSIVE, 5, []),             # the subject of a passive did not
])
def test_arguments_framing_subject_takes_part(rows, index, agents):
    doc = parses.build(rows)
    assert _words(noun_roles.noun_agents(doc[index])) == agents


# "The union issued a declaration demanding raises"
DECLARATION_DEMANDING = parses.sentence(
    "The/1/det/DET/the union/2/nsubj/NOUN/union issued/2/ROOT/VERB/issue a/4/det/DET/a "
    "declaration/2/dobj/NOUN/declaration demanding/4/acl/VERB/demand raises/5/dobj/NOUN/raise")


def test_arguments_issuer_of_a_statement_speaks():
    doc = parses.build(DECLARATION_DEMANDING, tags={5: "VBG"})
    assert args.subject_of(doc[5]).text == "union"


# "The union repeated its demand that Chad free prisoners"
DEMAND_THAT = parses.sentence(
    "The/1/det/DET/the union/2/nsubj/NOUN/union repeated/2/ROOT/VERB/repeat its/4/poss/PRON/its "
    "demand/2/dobj/NOUN/demand that/7/mark/SCONJ/that Chad/7/nsubj/PROPN/Chad free/4/acl/VERB/free "
    "prisoners/7/dobj/NOUN/prisoner")


@pytest.mark.parametrize(("kind", "patients"), [("REQUEST", ["Chad"]), ("ACCUSE", [])])
def test_arguments_demand_noun_names_who_is_to_act(kind, patients):
    doc = _sense(parses.build(DEMAND_THAT, tags={7: "VB"}), 4, kind)
    assert _words(noun_roles.noun_patients(doc[4])) == patients


# "an official said, in an attack on X": the speaker of the frame is no party to the attack
SAID_IN_ATTACK = parses.sentence(
    "official/1/nsubj/NOUN/official said/1/ROOT/VERB/say in/1/prep/ADP/in an/4/det/DET/an "
    "attack/2/pobj/NOUN/attack")
# "troops arrested him during a raid": the raid's agent is the arresting troops
ARRESTED_DURING_RAID = parses.sentence(
    "troops/1/nsubj/NOUN/troop arrested/1/ROOT/VERB/arrest him/1/dobj/PRON/he during/1/prep/ADP/during "
    "a/5/det/DET/a raid/3/pobj/NOUN/raid")


@pytest.mark.parametrize(("rows", "noun", "agents"), [
    (SAID_IN_ATTACK, 4, []),
    (ARRESTED_DURING_RAID, 5, ["troops"]),
])
def test_arguments_framing_subject_skips_speech_verbs(rows, noun, agents):
    doc = parses.build(rows)
    assert _words(noun_roles.noun_agents(doc[noun])) == agents


@pytest.mark.parametrize(("words", "start", "end", "name", "expected"), [
    # a fragment of a hyphenated word names nobody
    (["a", "co", "-", "founder"], 1, 2, "co", True),
    # a label the text quotes from a party does not identify anyone
    (["targeted", '"', "apostate", "officials", '"'], 1, 4, "apostate officials", True),
    (["targeted", "“", "apostate", "officials", "”"], 2, 4, "apostate officials", True),
    # an ordinary phrase does
    (["killed", "three", "farmers", "."], 1, 3, "farmers", False),
    (["a", "quoted", '"', "word", "only", "at", "one", "end"], 3, 5, "word only", False),
])
def test_arguments_phrases_that_name_no_party(words, start, end, name, expected):
    import spacy
    from spacy.tokens import Doc

    from dateline.events.arguments import _no_name

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _no_name(doc[start:end], name) is expected


# "police used tear gas to disperse the crowd" / "police sent troops to disperse the crowd"
USED_GAS_TO = parses.sentence(
    "police/1/nsubj/NOUN/police used/1/ROOT/VERB/use tear/3/compound/NOUN/tear gas/1/dobj/NOUN/gas "
    "to/5/aux/PART/to disperse/1/xcomp/VERB/disperse the/7/det/DET/the crowd/5/dobj/NOUN/crowd")
SENT_TROOPS_TO = parses.sentence(
    "police/1/nsubj/NOUN/police sent/1/ROOT/VERB/send troops/1/dobj/NOUN/troop "
    "to/4/aux/PART/to disperse/1/xcomp/VERB/disperse the/6/det/DET/the crowd/4/dobj/NOUN/crowd")


@pytest.mark.parametrize(("rows", "index", "subject"), [
    (USED_GAS_TO, 5, "police"),   # the means does not act; its user does
    (SENT_TROOPS_TO, 4, "troops"),  # object control: the troops disperse
])
def test_arguments_subject_of_a_purpose_after_a_means(rows, index, subject):
    assert args.subject_of(parses.build(rows)[index]).text == subject


# "the minister allowed the leader to hold a rally" / "... the leader said he would hold"
ALLOWED_TO = parses.sentence(
    "the/1/det/DET/the minister/2/nsubj/NOUN/minister allowed/2/ROOT/VERB/allow the/4/det/DET/the "
    "leader/6/nsubj/NOUN/leader to/6/aux/PART/to hold/2/ccomp/VERB/hold")
ALLOWED_THAT = parses.sentence(
    "the/1/det/DET/the minister/2/nsubj/NOUN/minister allowed/2/ROOT/VERB/allow that/6/mark/SCONJ/that "
    "the/5/det/DET/the leader/6/nsubj/NOUN/leader held/2/ccomp/VERB/hold")


@pytest.mark.parametrize(("rows", "patients"), [(ALLOWED_TO, ["leader"]), (ALLOWED_THAT, [])])
def test_arguments_whom_a_concession_lets_act(rows, patients):
    doc = _sense(parses.build(rows), 2, "CONCEDE")
    assert _words(args.verb_patients(doc[2])) == patients


# "militias fought before agreeing to a truce"
FOUGHT_BEFORE_AGREEING = parses.sentence(
    "militias/1/nsubj/NOUN/militia fought/1/ROOT/VERB/fight before/1/prep/ADP/before "
    "agreeing/2/pcomp/VERB/agree to/3/prep/ADP/to a/6/det/DET/a truce/4/pobj/NOUN/truce")


def test_arguments_subject_of_a_sequence_clause_is_the_main_clause_subject():
    doc = parses.build(FOUGHT_BEFORE_AGREEING, tags={3: "VBG"})
    assert args.subject_of(doc[3]).text == "militias"
