"""Implicit actors: the government behind an unattributed air or artillery attack, and the
unnamed other side of armed conflict (no model)."""

from __future__ import annotations

import pytest

from dateline.events.implicit import complete_sides, implicit_actor
from dateline.records import Actor, Event, Place

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
