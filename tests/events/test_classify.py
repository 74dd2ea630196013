"""PLOVER re-typing, territory and the ACLED crosswalk (no model)."""

from __future__ import annotations

import pytest

from dateline.events import classify
from dateline.events.triggers import Sense
from dateline.records import Actor, Place

from . import parses

IS = Actor("Islamic State", sector=["REB"])
ARMY = Actor("Government of Iraq", country="IRQ", sector=["MIL"])
CIVS = Actor("Civilians", sector=["CVL"])
REBELS = Actor("Syrian rebels", sector=["REB"])


@pytest.mark.parametrize(("ptype", "mode", "territory", "actors", "recips", "two_sided", "hint", "sub"), [
    ("ASSAULT", None, "captured", [IS], [], False, None, "Non-state actor overtakes territory"),
    ("ASSAULT", None, "captured", [ARMY], [], False, None, "Government regains territory"),
    ("ASSAULT", None, "regained", [IS], [], False, None, "Government regains territory"),
    ("ASSAULT", "aerial", None, [ARMY], [REBELS], False, None, "Air/drone strike"),
    ("ASSAULT", "heavy-weapons", None, [ARMY], [], False, None, "Shelling/artillery/missile attack"),
    ("ASSAULT", "explosives", None, [IS], [CIVS], False, "Grenade", "Grenade"),
    ("ASSAULT", "explosives", None, [IS], [CIVS], False, None, "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack", None, [IS], [], True, None, "Suicide bomb"),   # tactic beats clash
    ("ASSAULT", "firearms", None, [ARMY, IS], [], True, None, "Armed clash"),
    ("ASSAULT", None, None, [IS], [CIVS], False, None, "Attack"),
    ("ASSAULT", "abduct", None, [IS], [CIVS], False, None, "Abduction/forced disappearance"),
    ("ASSAULT", "sexual", None, [ARMY], [CIVS], False, None, "Sexual violence"),
    ("PROTEST", "demo", None, [CIVS], [], False, None, "Peaceful protest"),
    ("PROTEST", "riot", None, [CIVS], [], False, None, "Violent demonstration"),
    ("COERCE", "arrest", None, [ARMY], [REBELS], False, None, "Arrests"),
    ("COERCE", "seize", None, [ARMY], [], False, "Disrupted weapons use", "Disrupted weapons use"),
    ("AGREE", None, None, [ARMY, IS], [], False, "Agreement", "Agreement"),
])
def test_classify_acled_crosswalk(ptype, mode, territory, actors, recips, two_sided, hint, sub):
    acled = classify.acled_for(ptype, mode, territory, actors, recips, two_sided, hint)
    assert acled is not None and acled["sub_event_type"] == sub
    assert sub in classify.crosswalk()["event_types"][acled["event_type"]]


@pytest.mark.parametrize("ptype", ["CONSULT", "ACCUSE", "REQUEST", "REJECT"])
def test_classify_no_acled_for_verbal_events(ptype):
    assert classify.acled_for(ptype, None, None, [ARMY], [], False, None) is None


@pytest.mark.parametrize(("ptype", "modality", "expected"), [
    ("CONSULT", "future", ("AGREE", None, "asserted")),
    ("AID", "future", ("AGREE", None, "asserted")),
    ("RETREAT", "future", ("CONCEDE", None, "asserted")),
    ("ASSAULT", "future", ("THREATEN", "violence", "asserted")),
    ("AGREE", "negated", ("REJECT", None, "asserted")),
    ("CONSULT", "negated", ("REJECT", "meet", "asserted")),
    ("ASSAULT", "negated", None),
    ("ASSAULT", "claimed", ("ASSAULT", None, "claimed")),
    ("PROTEST", "asserted", ("PROTEST", None, "asserted")),
])
def test_classify_reinterpret_auxiliary_modes(ptype, modality, expected):
    assert classify.reinterpret(ptype, modality) == expected


@pytest.mark.parametrize(("actors", "place", "held", "expected"), [
    ([IS], Place("Sinjar", country="IRQ"), False, "captured"),
    ([ARMY], Place("Sinjar", country="IRQ"), False, "regained"),       # state forces at home
    ([ARMY], Place("Aleppo", country="SYR"), False, "captured"),       # abroad it is a capture
    ([Actor("Peshmerga")], Place("Sinjar"), True, "regained"),         # taken back from its captor
])
def test_classify_territory(actors, place, held, expected):
    sense = Sense(lemma="capture", pos="VERB", type="ASSAULT", territory="captured")
    assert classify.decide_territory(sense, actors, place, held) == expected


def test_classify_instrument_mode_from_clause_words():
    from . import parses

    doc = parses.build(parses.AIR_STRIKES)
    assert classify.instrument_mode(list(doc)) == "aerial"


@pytest.mark.parametrize(("text", "mode"), [
    # a vehicle as the agent or in a means phrase names the means
    ("A/1/det/DET/a helicopter/2/nsubj/NOUN/helicopter attacked/2/ROOT/VERB/attack "
     "the/4/det/DET/the village/2/dobj/NOUN/village", "aerial"),
    ("Rebels/1/nsubj/NOUN/rebel attacked/1/ROOT/VERB/attack it/1/dobj/PRON/it "
     "from/1/prep/ADP/from a/5/det/DET/a plane/3/pobj/NOUN/plane", "aerial"),
    # what was hit, or where the victim was, is no means (gunmen and firing still are)
    ("Rebels/1/nsubj/NOUN/rebel attacked/1/ROOT/VERB/attack a/3/det/DET/a "
     "helicopter/1/dobj/NOUN/helicopter", None),
    ("Gunmen/1/nsubj/NOUN/gunman attacked/1/ROOT/VERB/attack him/1/dobj/PRON/he "
     "in/1/prep/ADP/in his/5/poss/PRON/his car/3/pobj/NOUN/car", "firearms"),
    ("He/1/nsubj/PRON/he fired/1/ROOT/VERB/fire at/1/prep/ADP/at him/2/pobj/PRON/he "
     "on/1/prep/ADP/on a/6/det/DET/a plane/4/pobj/NOUN/plane", "firearms"),
    # a drone hit is a target; "shot down" says nothing of the weapon (a missile as often)
    ("Rebels/1/nsubj/NOUN/rebel shot/1/ROOT/VERB/shoot down/1/prt/ADP/down a/4/det/DET/a "
     "drone/1/dobj/NOUN/drone", None),
    ("A/1/det/DET/a drone/2/nsubj/NOUN/drone struck/2/ROOT/VERB/strike a/4/det/DET/a "
     "car/2/dobj/NOUN/car", "drone"),
])
def test_classify_instrument_mode_vehicle_only_as_means(text, mode):
    from . import parses

    doc = parses.build(parses.sentence(text))
    assert classify.instrument_mode(list(doc)) == mode


# "French and Egyptian warships held drills" / "Iran held drills with live ammunition" /
# "The navy held joint drills" / "Drills and exercises began"
COORDINATED_DRILLS = parses.sentence(
    "French/3/amod/ADJ/french and/0/cc/CCONJ/and Egyptian/0/conj/ADJ/egyptian warships/4/nsubj/NOUN/warship "
    "held/4/ROOT/VERB/hold drills/4/dobj/NOUN/drill")
AMMUNITION_DRILLS = parses.sentence(
    "Iran/1/nsubj/PROPN/Iran held/1/ROOT/VERB/hold drills/1/dobj/NOUN/drill with/2/prep/ADP/with "
    "live/5/amod/ADJ/live ammunition/3/pobj/NOUN/ammunition")
JOINT_DRILLS = parses.sentence(
    "The/1/det/DET/the navy/2/nsubj/NOUN/navy held/2/ROOT/VERB/hold joint/4/amod/ADJ/joint "
    "drills/2/dobj/NOUN/drill")
DRILLS_AND_EXERCISES = parses.sentence(
    "Drills/3/nsubj/NOUN/drill and/0/cc/CCONJ/and exercises/0/conj/NOUN/exercise began/3/ROOT/VERB/begin")


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (COORDINATED_DRILLS, 5, True),     # two parties hold them: COOPERATE (manual 3.14.1)
    (JOINT_DRILLS, 4, True),
    (AMMUNITION_DRILLS, 2, False),     # "with" no party: one country's exercise, MOBILIZE
    (DRILLS_AND_EXERCISES, 0, False),  # coordinated exercises are not coordinated parties
])
def test_classify_joint_exercise(rows, index, expected):
    from dateline.events.classify import joint_exercise

    doc = parses.build(rows)
    assert joint_exercise([doc[index]]) is expected
