"""Implicit actors: the government behind an unattributed air or artillery attack, and the
unnamed other side of armed conflict (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.events.implicit import (attribute_rebels, complete_sides, implicit_actor, named_objects,
                                      owner_of)
from dateline.records import Actor, Event, Evidence, Place

from . import parses

SYRIA = Place("Douma", country="SYR")


@pytest.mark.parametrize(("text", "place", "focus", "expected"), [
    ("warplanes/1/nsubj/NOUN/warplane bombed/1/ROOT/VERB/bomb Douma/1/dobj/PROPN/Douma", SYRIA, None,
     "Government of Syria"),
    ("air/1/compound/NOUN/air strikes/2/nsubj/NOUN/strike hit/2/ROOT/VERB/hit Douma/2/dobj/PROPN/Douma",
     None, "SYR", "Government of Syria"),                       # a two-word cue; the focus country
    ("gunmen/1/nsubj/NOUN/gunman attacked/1/ROOT/VERB/attack Douma/1/dobj/PROPN/Douma", SYRIA, None, None),
    ("warplanes/1/nsubj/NOUN/warplane bombed/1/ROOT/VERB/bomb Douma/1/dobj/PROPN/Douma", None, None, None),
])
def test_implicit_actor_state_behind_air_attack(text, place, focus, expected):
    doc = parses.build(parses.sentence(text))
    actor = implicit_actor(list(doc), place, focus)
    assert (actor.name if actor else None) == expected



GOV = Actor("Government of Syria", country="SYR", sector=["MIL", "GOV"])
RUSSIA = Actor("Government of Russia", country="RUS", sector=["MIL"])
IS = Actor("Islamic State", sector=["REB"])
SDF = Actor("Syrian Democratic Forces", country="SYR", sector=["REB"])
JAI = Actor("Jaysh al-Islam", country="SYR", sector=["REB"])
CIVILIANS = Actor("Civilians", sector=["CVL"])
GUNMEN = Actor("Unidentified gunmen", sector=["UAF"])
BATTLE = {"event_type": "Battles", "sub_event_type": "Armed clash"}
REMOTE = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
IDLIB = Place("Idlib", country="SYR")


@pytest.mark.parametrize(("acled", "mode", "actors", "recipients", "place", "focus", "expected"), [
    (BATTLE, None, [GOV], [], SYRIA, None, (["Government of Syria", "Syrian rebels"], [])),
    (REMOTE, "aerial", [GOV], [], SYRIA, None, (["Government of Syria"], ["Syrian rebels"])),
    (REMOTE, "aerial", [RUSSIA], [], IDLIB, None, (["Government of Russia"], ["Syrian rebels"])),  # foreign
    (REMOTE, "aerial", [GOV], [CIVILIANS], SYRIA, None,                     # the target is named
     (["Government of Syria"], ["Civilians"])),
    (REMOTE, "explosives", [], [GOV], SYRIA, None,                          # a bomb against the state
     (["Syrian rebels"], ["Government of Syria"])),
    (BATTLE, None, [RUSSIA], [], IDLIB, None, (["Government of Russia"], [])),  # ground war abroad
    (BATTLE, None, [IS], [], SYRIA, None, (["Islamic State", "Government of Syria"], [])),
    (REMOTE, "heavy-weapons", [], [IS], SYRIA, None, (["Government of Syria"], ["Islamic State"])),
    (BATTLE, None, [JAI], [], None, None,                                   # the group's home country
     (["Jaysh al-Islam", "Government of Syria"], [])),
    (BATTLE, None, [SDF], [], SYRIA, None, (["Syrian Democratic Forces"], [])),  # not at war with the state
    (REMOTE, "heavy-weapons", [], [SDF], SYRIA, None, ([], ["Syrian Democratic Forces"])),
    (BATTLE, None, [IS, SDF], [], SYRIA, None, (["Islamic State", "Syrian Democratic Forces"], [])),
    (BATTLE, None, [GOV], [IS], SYRIA, None, (["Government of Syria"], ["Islamic State"])),
    (BATTLE, None, [], [], None, "SYR", (["Government of Syria", "Syrian rebels"], [])),
    (REMOTE, "heavy-weapons", [], [], SYRIA, None, (["Government of Syria"], ["Syrian rebels"])),
    (REMOTE, "explosives", [], [], SYRIA, None, ([], [])),                  # a bomb names nobody
    (REMOTE, "suicide-attack", [], [SDF], SYRIA, None, ([], ["Syrian Democratic Forces"])),  # not the state's arms
    (REMOTE, "explosives", [IS], [], SYRIA, None, (["Islamic State"], ["Government of Syria"])),
    (REMOTE, "heavy-weapons", [IS], [], SYRIA, None, (["Islamic State"], ["Government of Syria"])),
    (REMOTE, "heavy-weapons", [IS], [CIVILIANS], SYRIA, None,               # shelling in a civil war
     (["Islamic State"], ["Civilians", "Government of Syria"])),
    (BATTLE, None, [GUNMEN], [], SYRIA, None, (["Unidentified gunmen"], [])),
    (BATTLE, None, [], [], None, None, ([], [])),                           # country unknown
    ({"event_type": "Violence against civilians"}, None, [IS], [CIVILIANS], SYRIA, None,
     (["Islamic State"], ["Civilians"])),
    # "Russian air strikes continue", placed in Russia only by the adjective: nobody's rebels
    (REMOTE, "aerial", [RUSSIA], [], Place("Russia", country="RUS", precision="country"), None,
     (["Government of Russia"], [])),
])
def test_implicit_complete_sides_names_the_other_side(acled, mode, actors, recipients, place, focus, expected):
    event = Event(type="ASSAULT", mode=mode, acled=acled, actors=list(actors),
                  recipients=list(recipients), location=place)
    complete_sides(event, focus)
    assert ([a.name for a in event.actors], [a.name for a in event.recipients]) == expected


FIGHTERS = Actor("Rebels", text="fighters", sector=["REB"])
WARPLANES = Actor("Military forces", text="warplanes", sector=["MIL"])


@pytest.mark.parametrize(("acled", "actors", "recipients", "place", "expected"), [
    (BATTLE, [FIGHTERS], [], SYRIA, (["Syrian rebels", "Government of Syria"], [])),
    (REMOTE, [WARPLANES], [], SYRIA, (["Government of Syria"], ["Syrian rebels"])),
    (REMOTE, [WARPLANES], [], None, (["Military forces"], [])),            # no country known
    (BATTLE, [GUNMEN], [], SYRIA, (["Unidentified gunmen"], [])),          # gunmen stay unknown
    (BATTLE, [IS], [], SYRIA, (["Islamic State", "Government of Syria"], [])),  # a named group keeps its name
])
def test_implicit_localise_gives_role_sides_the_event_country(acled, actors, recipients, place, expected):
    event = Event(type="ASSAULT", acled=acled, actors=list(actors), recipients=list(recipients),
                  location=place, mode="aerial" if acled is REMOTE else None)
    complete_sides(event, None)
    assert ([a.name for a in event.actors], [a.name for a in event.recipients]) == expected
    assert [a.text for a in event.actors[: len(actors)]] == [a.text for a in actors]  # words kept


YEMEN, SUDAN, VENEZUELA, UKRAINE = (Place("Hodeidah", country="YEM"), Place("Wad Madani", country="SDN"),
                                    Place("Catatumbo", country="VEN"), Place("Kyiv", country="UKR"))
HOUTHIS = Actor("Houthis", country="YEM", sector=["REB"])
SUDAN_GOV = Actor("Government of Sudan", country="SDN", sector=["MIL"])
RSF = Actor("Rapid Support Forces", country="SDN", sector=["PRM"])
ELN = Actor("ELN", country="COL", sector=["REB"])
RIVALS = Actor("Rebels", text="Rival armed groups", sector=["REB"])
POLICE = Actor("Government of Kenya", country="KEN", sector=["COP"])
TERRITORY = {"event_type": "Battles", "sub_event_type": "Government regains territory"}
BOMB = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}


@pytest.mark.parametrize(("acled", "mode", "actors", "recipients", "place", "targets", "expected"), [
    (BATTLE, None, [HOUTHIS], [], YEMEN, {"ship", "merchant"}, (["Houthis"], [])),  # civilian property
    (BATTLE, "firearms", [IS], [], SYRIA, {"bus"}, (["Islamic State"], [])),
    (BATTLE, None, [IS], [], SYRIA, {"airport"}, (["Islamic State", "Government of Syria"], [])),  # not civilian
    (BOMB, "explosives", [IS], [CIVILIANS], SYRIA, set(), (["Islamic State"], ["Civilians"])),  # a bombing of civilians
    (TERRITORY, None, [SUDAN_GOV], [RSF], SUDAN, set(),                     # both sides named
     (["Government of Sudan"], ["Rapid Support Forces"])),
    (BATTLE, None, [], [Actor("Rapid Support Forces", country="SDN", sector=["REB", "PRM"])], SUDAN, set(),
     (["Government of Sudan"], ["Rapid Support Forces"])),               # a paramilitary at war with the army
    (BATTLE, None, [ELN], [], VENEZUELA, set(), (["ELN"], [])),             # a group abroad: the state is open
    (BATTLE, None, [RIVALS], [], Place("Tripoli", country="LBY"), set(), (["Libyan rebels"], [])),
    (BATTLE, "crowd-control", [POLICE], [], Place("Nairobi", country="KEN"), set(), (["Government of Kenya"], [])),
    (REMOTE, "drone", [RUSSIA], [], UKRAINE, {"block", "apartment"}, (["Government of Russia"], [])),
    (REMOTE, "aerial", [RUSSIA], [], IDLIB, {"position"}, (["Government of Russia"], ["Syrian rebels"])),
])
def test_implicit_complete_sides_fills_only_a_missing_side(acled, mode, actors, recipients, place, targets, expected):
    event = Event(type="ASSAULT", mode=mode, acled=acled, actors=list(actors),
                  recipients=list(recipients), location=place)
    complete_sides(event, None, frozenset(targets))
    assert ([a.name for a in event.actors], [a.name for a in event.recipients]) == expected


SALVADOR = Place("Usulutan", country="SLV")
FMLN = Actor("FMLN", country="SLV", sector=["REB"])


@pytest.mark.parametrize(("acled", "mode", "actors", "recipients", "place", "targets", "expected"), [
    (BATTLE, "firearms", [FMLN], [], SALVADOR, {"convoy", "army"},         # "ambushed an army convoy"
     (["FMLN"], ["Government of El Salvador"])),
    (BOMB, "destroy", [], [], SALVADOR, {"tank", "light"},                   # "a light tank was destroyed"
     (["Salvadoran rebels"], ["Government of El Salvador"])),
    (BOMB, "explosives", [GUNMEN], [], SALVADOR, {"station", "police"},      # a police post
     (["Unidentified gunmen"], ["Government of El Salvador"])),
    (BOMB, "explosives", [FMLN], [], SALVADOR, {"barracks", "house"},        # civilian homes hit too
     (["FMLN"], [])),
    (BOMB, "explosives", [FMLN], [], SALVADOR, {"helicopter", "civilian"}, (["FMLN"], [])),
    (BOMB, "explosives", [FMLN], [CIVILIANS], SALVADOR, {"truck", "army"},  # a target already named
     (["FMLN"], ["Civilians"])),
])
def test_implicit_complete_sides_military_property_belongs_to_the_state(
        acled, mode, actors, recipients, place, targets, expected):
    event = Event(type="ASSAULT", mode=mode, acled=acled, actors=list(actors),
                  recipients=list(recipients), location=place)
    complete_sides(event, None, frozenset(targets))
    assert ([a.name for a in event.actors], [a.name for a in event.recipients]) == expected


@pytest.mark.parametrize(("targets", "country", "expected"), [
    ({"convoy", "army"}, "SLV", ("Government of El Salvador", "army convoy", ["MIL"])),
    ({"car", "police"}, "SLV", ("Government of El Salvador", "police", ["COP"])),
    ({"barracks"}, None, ("Military forces", "barracks", ["MIL"])),
])
def test_implicit_owner_of_military_property(targets, country, expected):
    owner = owner_of(frozenset(targets), country)
    assert (owner.name, owner.text, owner.sector) == expected


def test_implicit_complete_sides_unnamed_protesters():
    event = Event(type="PROTEST", mode="demo", location=Place("Mombasa", country="KEN"))
    complete_sides(event, None)
    assert [(a.name, a.country, a.sector) for a in event.actors] == [("Protesters", "KEN", ["CVL"])]


@pytest.mark.parametrize(("text", "triggers", "expected"), [
    ("Houthis/1/nsubj/PROPN/Houthis attacked/1/ROOT/VERB/attack merchant/3/compound/NOUN/merchant "
     "ships/1/dobj/NOUN/ship", [1], {"ship", "merchant"}),
    ("insurgents/1/nsubj/NOUN/insurgent opened/1/ROOT/VERB/open fire/1/dobj/NOUN/fire on/1/prep/ADP/on "
     "a/5/det/DET/a bus/3/pobj/NOUN/bus", [2], {"bus"}),
    ("Nusra/1/nsubj/PROPN/Nusra detonated/1/ROOT/VERB/detonate a/3/det/DET/a car/1/dobj/NOUN/car",
     [1], set()),                                                   # the car is the weapon
])
def test_implicit_named_objects_are_what_the_attack_struck(text, triggers, expected):
    doc = parses.build(parses.sentence(text))
    assert named_objects(doc, triggers) == expected


def _drones_doc(owners: list[tuple[int, int, Actor]]):
    # "Russian drones struck Kharkiv . the drones hit Kyiv"
    doc = parses.build(parses.sentence(
        "Russian/1/amod/ADJ/russian drones/2/nsubj/NOUN/drone struck/2/ROOT/VERB/strike "
        "Kharkiv/2/dobj/PROPN/Kharkiv ./2/punct/PUNCT/. the/6/det/DET/the drones/7/nsubj/NOUN/drone "
        "hit/7/ROOT/VERB/hit Kyiv/7/dobj/PROPN/Kyiv"))
    spans = []
    for start, end, actor in owners:
        span = Span(doc, start, end)
        span._.actor = actor
        spans.append(span)
    doc.spans["actors"] = spans
    return doc


UKRAINE_GOV = Actor("Government of Ukraine", country="UKR", sector=["MIL"])


@pytest.mark.parametrize(("owners", "expected"), [
    ([(0, 2, RUSSIA)], "Government of Russia"),                       # the only air power named
    ([(0, 2, RUSSIA), (3, 4, UKRAINE_GOV)], "Government of Russia"),  # a non-air mention does not count
    ([(0, 2, RUSSIA), (0, 2, UKRAINE_GOV)], None),                    # two air powers: a drone is open
    ([], None),                                                       # a drone alone is nobody's
])
def test_implicit_actor_air_attack_of_the_named_foreign_power(owners, expected):
    doc = _drones_doc(owners)
    actor = implicit_actor(list(doc[5:9]), UKRAINE, None)
    assert (actor.name if actor else None) == expected


def test_implicit_attribute_rebels_to_the_one_named_group():
    # "Fighters attacked a post . JNIM claimed the attack ."
    doc = parses.build(parses.sentence(
        "Fighters/1/nsubj/NOUN/fighter attacked/1/ROOT/VERB/attack a/3/det/DET/a post/1/dobj/NOUN/post "
        "./1/punct/PUNCT/. JNIM/6/nsubj/PROPN/JNIM claimed/6/ROOT/VERB/claim the/8/det/DET/the "
        "attack/6/dobj/NOUN/attack ./6/punct/PUNCT/."))
    jnim = Actor("Jama'at Nasr al-Islam wal Muslimin", country="MLI", sector=["REB"])
    span = Span(doc, 5, 6)
    span._.actor = jnim
    doc.spans["actors"] = [span]
    first = Event(type="ASSAULT", actors=[Actor("Malian rebels", "Fighters", "MLI", ["REB"])],
                  location=Place("Boni", country="MLI"), evidence=[Evidence("d", "", 0, doc[4].idx)])
    second = Event(type="ASSAULT", actors=[Actor("Malian rebels", "", "MLI", ["REB"])],
                   location=Place("Boni", country="MLI"), evidence=[Evidence("d", "", doc[5].idx, len(doc.text))])
    attribute_rebels(doc, [first, second])
    assert [a.name for a in first.actors] == [jnim.name]
    assert [a.name for a in second.actors] == ["Malian rebels"]  # its own sentence names the group


SSA = Actor("Stability Support Apparatus", text="fighters", country="LBY", sector=["PRM"])
LIBYA_GOV = Actor("Government of Libya", text="a brigade", country="LBY", sector=["MIL"])
NDF = Actor("National Defence Forces", text="militiamen", country="SYR", sector=["PRM"])
SYRIA_GOV = Actor("Government of Syria", text="regime forces", country="SYR", sector=["MIL"])


@pytest.mark.parametrize(("actors", "mutual", "expected"), [
    # "clashes between the SSA and a brigade loyal to the ministry": both sides named
    ([SSA, LIBYA_GOV], True, ["Stability Support Apparatus", "Government of Libya"]),
    # "regime forces and militiamen advanced": allies, whose enemy is unnamed
    ([SYRIA_GOV, NDF], False, ["Government of Syria", "National Defence Forces", "Syrian rebels"]),
])
def test_implicit_complete_sides_mutual_fight_names_both_sides(actors, mutual, expected):
    event = Event(type="ASSAULT", acled=BATTLE, actors=list(actors), location=Place("X", country=actors[0].country))
    complete_sides(event, None, mutual=mutual)
    assert [a.name for a in event.actors + event.recipients] == expected


@pytest.mark.parametrize(("text", "recipients", "kept", "against_itself"), [
    # "airstrikes cause casualties": the state's means read as a party is no target
    ("airstrikes/1/nsubj/NOUN/airstrike cause/1/ROOT/VERB/cause casualties/1/dobj/NOUN/casualty",
     [Actor("Government of Syria", text="intensive airstrikes", country="SYR", sector=["MIL"])], [], False),
    # "casualties among regime forces in shelling": the state does not shell itself
    ("casualties/0/ROOT/NOUN/casualty in/0/prep/ADP/in shelling/1/pobj/NOUN/shelling",
     [SYRIA_GOV], ["Government of Syria"], True),
    # from the air it stays the state's: its enemies have no aircraft
    ("casualties/0/ROOT/NOUN/casualty in/0/prep/ADP/in airstrikes/1/pobj/NOUN/airstrike",
     [SYRIA_GOV], ["Government of Syria"], False),
])
def test_implicit_state_means_and_own_forces(text, recipients, kept, against_itself):
    from dateline.events.implicit import implied_against_itself, means_not_targets, state_of

    doc = parses.build(parses.sentence(text))
    state = state_of("SYR")
    left = means_not_targets(recipients, state)
    assert [r.name for r in left] == kept
    assert implied_against_itself(state, left, list(doc)) is against_itself
