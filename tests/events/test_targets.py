"""Targets of violence: owners of struck premises and office holders in person (no model)."""

from __future__ import annotations

import pytest

from dateline.events import targets
from dateline.records import Actor
from . import parses

# "an attack on the union headquarters"
UNION_HQ = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on the/5/det/DET/the "
    "union/5/compound/NOUN/union headquarters/2/pobj/NOUN/headquarters")
# "an attack against the mayor's office"
MAYORS_OFFICE = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack against/1/prep/ADP/against the/4/det/DET/the "
    "mayor/6/poss/NOUN/mayor 's/4/case/PART/'s office/2/pobj/NOUN/office")
# "his house": a possessive pronoun is no owner here
HIS_HOUSE = parses.sentence(
    "they/1/nsubj/PRON/they burned/1/ROOT/VERB/burn his/3/poss/PRON/his house/1/dobj/NOUN/house")
# "the mayor of Tarija"
MAYOR_OF = parses.sentence(
    "the/1/det/DET/the mayor/1/ROOT/NOUN/mayor of/1/prep/ADP/of Tarija/2/pobj/PROPN/Tarija")
# "the government"
GOVERNMENT = parses.sentence("the/1/det/DET/the government/1/ROOT/NOUN/government")
# "an attack on positions for the SDF": a held post names its holder with "for" too
POSITIONS_FOR = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on positions/2/pobj/NOUN/position "
    "for/3/prep/ADP/for the/6/det/DET/the SDF/4/pobj/PROPN/SDF")
# "an attack on a point of government troops"
POINT_OF = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on a/4/det/DET/a point/2/pobj/NOUN/point "
    "of/4/prep/ADP/of government/7/compound/NOUN/government troops/5/pobj/NOUN/troop")
# "an attack on a camp for refugees": whom premises house is whom striking them strikes
HOME_FOR = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on a/4/det/DET/a camp/2/pobj/NOUN/camp "
    "for/4/prep/ADP/for refugees/5/pobj/NOUN/refugee")
# "an attack on the bus for Kabul": a place is where it goes, not who owns it
BUS_FOR = parses.sentence(
    "an/1/det/DET/an attack/1/ROOT/NOUN/attack on/1/prep/ADP/on the/4/det/DET/the bus/2/pobj/NOUN/bus "
    "for/4/prep/ADP/for Kabul/5/pobj/PROPN/Kabul")


@pytest.mark.parametrize(("rows", "patient", "owners"), [
    (UNION_HQ, 5, ["union"]),
    (MAYORS_OFFICE, 6, ["mayor"]),
    (HIS_HOUSE, 3, []),
    (GOVERNMENT, 1, []),  # not a premise: no owner to look for
    (POSITIONS_FOR, 3, ["SDF"]),
    (POINT_OF, 4, ["troops"]),
    (HOME_FOR, 4, ["refugees"]),
    (BUS_FOR, 4, []),
])
def test_targets_premise_owners(rows, patient, owners):
    doc = parses.build(rows, ents=((6, 7, "GPE"),) if rows is BUS_FOR else ())
    assert [t.text for t in targets.premise_owners([doc[patient]])] == owners


@pytest.mark.parametrize(("rows", "head", "name", "expected"), [
    (MAYOR_OF, 1, "Government of El Salvador", "Mayor of Tarija"),   # a person, not the state
    (GOVERNMENT, 1, "Government of El Salvador", "Government of El Salvador"),  # the state itself
    (MAYOR_OF, 1, "Workers", "Workers"),  # only a state reading is narrowed to the person
])
def test_targets_office_holder_struck_in_person(rows, head, name, expected):
    doc = parses.build(rows)
    actor = targets.as_person(doc, doc[head], Actor(name, "the mayor", "SLV", ["GOV"]))
    assert actor.name == expected
    assert actor.country == "SLV" and actor.sector == ["GOV"]


def test_targets_speech_verbs_are_read_from_modality_cues():
    assert {"say", "tell", "report", "announce"} <= targets.speech_verbs()
    assert "attack" not in targets.speech_verbs()


@pytest.mark.parametrize(("text", "titled"), [
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Dr/3/compound/PROPN/Dr Mendez/1/pobj/PROPN/Mendez", True),
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Minister/3/compound/PROPN/Minister Mendez/1/pobj/PROPN/Mendez", True),
    ("attack/0/ROOT/NOUN/attack on/0/prep/ADP/on Sheikh/3/compound/PROPN/Sheikh Zuweid/1/pobj/PROPN/Zuweid", False),
])
def test_targets_titled_person(text, titled):
    doc = parses.build(parses.sentence(text))
    assert targets.titled_person(doc[3]) is titled


# "the minister died"
MINISTER_DIED = parses.sentence("the/1/det/DET/the minister/2/nsubj/NOUN/minister died/2/ROOT/VERB/die")
# "Ramirez , who was killed"
GALAN_WHO = parses.sentence(
    "Ramirez/0/ROOT/PROPN/Ramirez ,/0/punct/PUNCT/, who/4/nsubjpass/PRON/who was/4/auxpass/AUX/be "
    "killed/0/relcl/VERB/kill")
# "the home was damaged in an attack"
HOME_DAMAGED = parses.sentence(
    "the/1/det/DET/the home/3/nsubjpass/NOUN/home was/3/auxpass/AUX/be damaged/3/ROOT/VERB/damage "
    "in/3/prep/ADP/in an/6/det/DET/an attack/4/pobj/NOUN/attack")
# "the minister died in the attack"
DIED_IN_ATTACK = parses.sentence(
    "the/1/det/DET/the minister/2/nsubj/NOUN/minister died/2/ROOT/VERB/die in/2/prep/ADP/in "
    "the/5/det/DET/the attack/3/pobj/NOUN/attack")
# "the rebels said in an attack": an active framing verb names no target
SAID_IN_ATTACK = parses.sentence(
    "the/1/det/DET/the rebels/2/nsubj/NOUN/rebel said/2/ROOT/VERB/say in/2/prep/ADP/in "
    "an/5/det/DET/an attack/3/pobj/NOUN/attack")


@pytest.mark.parametrize(("rows", "verb", "undergoes"), [
    (MINISTER_DIED, 2, True), (GALAN_WHO, 4, False), (HOME_DAMAGED, 3, False),
])
def test_targets_undergoes(rows, verb, undergoes):
    doc = parses.build(rows)
    assert targets.undergoes(doc[verb]) is undergoes


@pytest.mark.parametrize(("rows", "verb", "noun", "expected"), [
    (GALAN_WHO, 4, 2, "Ramirez"),          # the relative pronoun stands for the name it follows
    (HOME_DAMAGED, 3, 1, "home"),        # not a relative pronoun: itself
])
def test_targets_antecedent(rows, verb, noun, expected):
    doc = parses.build(rows)
    assert targets.antecedent(doc[verb], doc[noun]).text == expected


@pytest.mark.parametrize(("rows", "noun", "expected"), [
    (HOME_DAMAGED, 6, ["home"]),
    (DIED_IN_ATTACK, 5, ["minister"]),
    (SAID_IN_ATTACK, 5, []),
    (UNION_HQ, 1, []),  # not framed by a verb
])
def test_targets_framed_patients(rows, noun, expected):
    doc = parses.build(rows)
    assert [t.text for t in targets.framed_patients(doc[noun])] == expected


@pytest.mark.parametrize(("text", "people"), [
    ("technician/0/ROOT/NOUN/technician", True),
    ("Pastors/0/ROOT/NOUN/pastor", True),
    ("house/0/ROOT/NOUN/house", False),      # premises
    ("town/0/ROOT/NOUN/town", False),        # a place
    ("grenade/0/ROOT/NOUN/grenade", False),  # a weapon
    ("Ramirez/0/ROOT/PROPN/Ramirez", False),     # names are read by the actor stage
])
def test_targets_struck_people(text, people):
    doc = parses.build(parses.sentence(text))
    assert targets.struck_people(doc[0]) is people


# "attacks on shops and power pylons"
STORES_TOWERS = parses.sentence(
    "attacks/0/ROOT/NOUN/attack on/0/prep/ADP/on shops/1/pobj/NOUN/shop and/2/cc/CCONJ/and "
    "power/5/compound/NOUN/power pylons/2/conj/NOUN/pylon")
# "ambushed an army truck"
ARMY_TRUCK = parses.sentence(
    "ambushed/0/ROOT/VERB/ambush an/3/det/DET/an army/3/compound/NOUN/army truck/0/dobj/NOUN/truck")
# "detonated a car"
DETONATED_CAR = parses.sentence("detonated/0/ROOT/VERB/detonate a/2/det/DET/a car/0/dobj/NOUN/car")
# "attacked the town"
ATTACKED_TOWN = parses.sentence("attacked/0/ROOT/VERB/attack the/2/det/DET/the town/0/dobj/NOUN/town")


@pytest.mark.parametrize(("rows", "patient", "text"), [
    (STORES_TOWERS, 2, "shops"),
    (STORES_TOWERS, 5, "power pylons"),
    (ARMY_TRUCK, 3, None),      # military property: the army is hit, not civilians
    (DETONATED_CAR, 2, None),   # the weapon, not the target
    (ATTACKED_TOWN, 2, None),   # a place is where, not whose
])
def test_targets_struck_property(rows, patient, text):
    doc = parses.build(rows)
    found = targets.struck_property([doc[patient]])
    assert [a.text for a in found] == ([text] if text else [])
    assert all(a.name == "Civilians" and a.sector == ["CVL"] for a in found)


@pytest.mark.parametrize(("text", "country"), [
    ("Colombian/2/amod/ADJ/colombian political/2/amod/ADJ/political leader/2/ROOT/NOUN/leader", "COL"),
    ("former/2/amod/ADJ/former Guatemalan/2/amod/ADJ/guatemalan ambassador/2/ROOT/NOUN/ambassador", "GTM"),
    ("a/1/det/DET/a leader/1/ROOT/NOUN/leader", None),
])
def test_targets_nationality(text, country):
    doc = parses.build(parses.sentence(text))
    assert targets.nationality(list(doc)) == country


# "the raid staged by the ELN on the station" (the target phrase hung on the agent)
RAID_STAGED = parses.sentence(
    "the/1/det/DET/the raid/1/ROOT/NOUN/raid staged/1/acl/VERB/stage by/2/agent/ADP/by "
    "the/5/det/DET/the ELN/3/pobj/PROPN/ELN on/5/prep/ADP/on the/8/det/DET/the station/6/pobj/NOUN/station")
# "the attack against the barracks"
ATTACK_AGAINST = parses.sentence(
    "the/1/det/DET/the attack/1/ROOT/NOUN/attack against/1/prep/ADP/against the/4/det/DET/the "
    "barracks/2/pobj/NOUN/barracks")


@pytest.mark.parametrize(("rows", "agents", "hit"), [
    (RAID_STAGED, ["ELN"], ["station"]),
    (ATTACK_AGAINST, [], []),  # no participle clause: the noun's own phrases are read elsewhere
])
def test_targets_participle_roles(rows, agents, hit):
    doc = parses.build(rows, tags={2: "VBN"})
    found = targets.participle_roles(doc[1])
    assert ([t.text for t in found[0]], [t.text for t in found[1]]) == (agents, hit)


# "Andres Salcedo met ... the attack on Salcedo"
SURNAME = parses.sentence(
    "Bernardo/1/compound/PROPN/Andres Salcedo/2/nsubj/PROPN/Salcedo died/2/ROOT/VERB/die "
    "after/2/prep/ADP/after the/5/det/DET/the attack/3/pobj/NOUN/attack on/5/prep/ADP/on "
    "Salcedo/6/pobj/PROPN/Salcedo")


@pytest.mark.parametrize(("ents", "expected"), [
    (((0, 2, "PERSON"),), True),   # the full name is a person's: so is the surname
    ((), False),                   # nothing tells
])
def test_targets_named_person(ents, expected):
    doc = parses.build(SURNAME, ents=ents)
    assert targets.named_person(doc[7]) is expected


@pytest.mark.parametrize(("text", "victims"), [
    ("Salcedo/1/nsubj/PROPN/Salcedo died/1/ROOT/VERB/die from/1/prep/ADP/from "
     "gunshot/4/compound/NOUN/gunshot wounds/2/pobj/NOUN/wound", ["Salcedo"]),
    ("Alvarez/1/nsubj/PROPN/Alvarez died/1/ROOT/VERB/die", []),  # a death alone names no victim
    ("Alvarez/1/nsubj/PROPN/Alvarez died/1/ROOT/VERB/die of/1/prep/ADP/of cancer/2/pobj/NOUN/cancer", []),
])
def test_targets_violent_death(text, victims):
    doc = parses.build(parses.sentence(text))
    assert [t.text for t in targets.violent_death(doc[1])] == victims


@pytest.mark.parametrize(("text", "token", "hit"), [
    # "mines exploded, inflicting casualties on the army": the clause hangs on the act
    ("mines/1/nsubj/NOUN/mine exploded/1/ROOT/VERB/explode inflicting/1/advcl/VERB/inflict "
     "casualties/2/dobj/NOUN/casualty on/3/prep/ADP/on the/6/det/DET/the army/4/pobj/NOUN/army", 1, ["army"]),
    # "the report tells of an ambush, inflicting casualties upon the guard": on the reporting verb
    ("report/1/nsubj/NOUN/report tells/1/ROOT/VERB/tell of/1/prep/ADP/of ambush/2/pobj/NOUN/ambush "
     "inflicting/1/advcl/VERB/inflict casualties/4/dobj/NOUN/casualty upon/5/prep/SCONJ/upon "
     "guard/6/pobj/NOUN/guard", 3, ["guard"]),
    # "the ambush took place against a unit"
    ("ambush/1/nsubj/NOUN/ambush took/1/ROOT/VERB/take place/1/dobj/NOUN/place "
     "against/1/prep/ADP/against unit/3/pobj/NOUN/unit", 0, ["unit"]),
    # "the ambush took place on Monday": a date is no target
    ("ambush/1/nsubj/NOUN/ambush took/1/ROOT/VERB/take place/1/dobj/NOUN/place "
     "on/1/prep/ADP/on Monday/3/pobj/PROPN/Monday", 0, []),
    # "mines exploded, causing panic on the road": no infliction
    ("mines/1/nsubj/NOUN/mine exploded/1/ROOT/VERB/explode causing/1/advcl/VERB/cause "
     "panic/2/dobj/NOUN/panic on/3/prep/ADP/on road/4/pobj/NOUN/road", 1, []),
])
def test_targets_inflicted_on(text, token, hit):
    doc = parses.build(parses.sentence(text))
    assert [t.text for t in targets.inflicted_on(doc[token])] == hit


@pytest.mark.parametrize(("text", "sector", "name", "expected_sector"), [
    # a unit the lexicon does not know: the state's forces
    ("the/2/det/DET/the infantry/2/compound/NOUN/infantry brigade/2/ROOT/NOUN/brigade", [],
     "Government of El Salvador", ["MIL"]),
    # "battalion companies" misread as businesses
    ("battalion/1/compound/NOUN/battalion companies/1/ROOT/NOUN/company", ["BUS"],
     "Government of El Salvador", ["MIL"]),
    # a civil company stays a business; people stay people
    ("oil/1/compound/NOUN/oil companies/1/ROOT/NOUN/company", ["BUS"], "X", ["BUS"]),
    ("the/1/det/DET/the peasants/1/ROOT/NOUN/peasant", [], "X", []),
    # an actor with a sector of its own is kept ("the army" already the state's)
    ("rebel/1/compound/NOUN/rebel column/1/ROOT/NOUN/column", ["REB"], "X", ["REB"]),
])
def test_targets_as_state_force(text, sector, name, expected_sector):
    doc = parses.build(parses.sentence(text))
    actor = targets.as_state_force(doc, doc[len(doc) - 1], Actor("X", doc.text, "SLV", sector))
    assert (actor.name, actor.sector, actor.text) == (name, expected_sector, doc.text)


# "the governor was unharmed following an attack" / "the minister escaped unhurt in the attack"
UNHARMED = parses.sentence(
    "the/1/det/DET/the governor/2/nsubj/NOUN/governor was/2/ROOT/AUX/be unharmed/2/acomp/ADJ/unharmed "
    "following/2/prep/ADP/following an/6/det/DET/an attack/4/pobj/NOUN/attack")
ESCAPED = parses.sentence(
    "the/1/det/DET/the minister/2/nsubj/NOUN/minister escaped/2/ROOT/VERB/escape unhurt/2/dobj/ADJ/unhurt "
    "in/2/prep/ADP/in the/6/det/DET/the attack/4/pobj/NOUN/attack")
# "the governor was seen following an attack": no word of coming through it
SEEN = parses.sentence(
    "the/1/det/DET/the governor/2/nsubj/NOUN/governor was/2/ROOT/AUX/be seen/2/acomp/ADJ/see "
    "following/2/prep/ADP/following an/6/det/DET/an attack/4/pobj/NOUN/attack")


@pytest.mark.parametrize(("rows", "expected"), [(UNHARMED, ["governor"]), (ESCAPED, ["minister"]), (SEEN, [])])
def test_targets_unharmed_subjects_are_the_target(rows, expected):
    doc = parses.build(rows)
    assert [t.text for t in targets.unharmed_subjects(doc[6])] == expected
    assert [t.text for t in targets.framed_patients(doc[6])] == expected
