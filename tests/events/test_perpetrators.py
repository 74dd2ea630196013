"""Attacks told without a doer take the report's one named armed group (no model)."""

from __future__ import annotations

import pytest

from dateline.events.perpetrators import report_perpetrator, share_perpetrator, stands_for
from dateline.records import Actor, Event, Evidence, Place

ELN = Actor("ELN", "the ELN", "COL", ["REB"])
FARC = Actor("FARC", "FARC guerrillas", "COL", ["REB"])
ARMY = Actor("Government of Colombia", "the army", "COL", ["MIL", "GOV"])
ROLE = Actor("Colombian rebels", "the guerrillas", "COL", ["REB"])
GUNMEN = Actor("Unidentified gunmen", "gunmen", None, ["UAF"])
INFERRED = Actor("Government of Colombia", "", "COL", ["MIL"])
VILLAGERS = Actor("Civilians", "villagers", "COL", ["CVL"])


def _attack(actors: list[Actor], recipients: list[Actor] | None = None, kind: str = "ASSAULT",
            sentence: tuple[int, int] = (0, 100)) -> Event:
    """An event told in the sentence at `sentence` (character offsets)."""
    return Event(type=kind, actors=list(actors), recipients=list(recipients or []),
                 evidence=[Evidence("d", "x", *sentence)])


@pytest.mark.parametrize(("actor", "expected"), [
    (GUNMEN, True),
    (ROLE, True),                                          # "the guerrillas" of the group's country
    (Actor("Peruvian rebels", "the rebels", "PER", ["REB"]), False),
    (ARMY, False),
    (INFERRED, False),                                     # a side read from the weapon is a doer
    (FARC, False),
])
def test_perpetrators_stands_for(actor, expected):
    assert stands_for(actor, ELN) is expected


@pytest.mark.parametrize(("owners", "expected"), [
    ([[ELN], [ELN]], "ELN"),
    ([[ELN], [ARMY]], "ELN"),              # a state force is no group
    ([[ELN, ARMY]], None),                 # a side of a clash is no doer of the others
    ([[ELN], [FARC]], None),               # two groups: which one did it is open
    ([[ROLE]], None),                      # a role names no group
    ([[ARMY]], None),
    ([], None),
])
def test_perpetrators_report_perpetrator(owners, expected):
    events = [_attack(a, [VILLAGERS]) for a in owners] + [_attack([])]
    found = report_perpetrator(events)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("others", "event", "expected"), [
    ([[ELN]], _attack([], [VILLAGERS]), ["ELN"]),
    ([[ELN]], _attack([GUNMEN], [VILLAGERS]), ["ELN"]),
    ([[ELN]], _attack([ARMY], [VILLAGERS]), ["Government of Colombia"]),   # a doer of its own
    ([[ELN]], _attack([ARMY], [ELN]), ["Government of Colombia"]),
    ([[ELN]], _attack([], [ELN]), []),                                     # the group is the target
    ([[ELN], [FARC]], _attack([], [VILLAGERS]), []),
    ([[ELN]], _attack([], [VILLAGERS], kind="PROTEST"), []),               # attacks only
    ([[ELN]], _attack([ROLE], [VILLAGERS]), ["ELN"]),                      # "the guerrillas"
    ([[ELN]], _attack([Actor("Peruvian rebels", "the rebels", "PER", ["REB"])], [VILLAGERS]),
     ["Peruvian rebels"]),                                                 # another country's
    ([[Actor("Medellin Cartel", "the cartel", "COL", ["CRM"])]], _attack([ROLE], [VILLAGERS]),
     ["Colombian rebels"]),                                                # no rebel group
])
def test_perpetrators_share_perpetrator(others, event, expected):
    events = [_attack(a, [VILLAGERS], sentence=(200 + 100 * k, 300 + 100 * k))
              for k, a in enumerate(others)]
    events.append(event)
    share_perpetrator(events)
    assert [a.name for a in event.actors] == expected


@pytest.mark.parametrize(("country", "expected"), [("COL", ["ELN"]), ("VEN", [])])
def test_perpetrators_not_shared_abroad(country, expected):
    event = _attack([], [VILLAGERS])
    event.location = Place("Somewhere", country=country)
    share_perpetrator([_attack([ELN], [VILLAGERS], sentence=(200, 300)), event])
    assert [a.name for a in event.actors] == expected


@pytest.mark.parametrize(("own_place", "other_place", "expected"), [
    ("Tame", "Arauca", []),          # "the ELN advanced on Tame and a bomb went off in Arauca"
    ("Tame", "Tame", ["ELN"]),       # one incident told in two clauses
    ("Tame", None, []),              # no place: nothing shows it is one incident
])
def test_perpetrators_within_the_group_s_own_sentence(own_place, other_place, expected):
    own = _attack([ELN], [VILLAGERS], sentence=(0, 100))
    other = _attack([], [VILLAGERS], sentence=(0, 100))
    own.location = Place(own_place, country="COL")
    other.location = Place(other_place, country="COL") if other_place else None
    share_perpetrator([own, other])
    assert [a.name for a in other.actors] == expected


@pytest.mark.parametrize(("event", "mentioned", "expected"), [
    (_attack([ROLE], [VILLAGERS]), [(ELN, 500)], ["ELN"]),           # "the guerrillas" = the ELN
    (_attack([ROLE], [VILLAGERS]), [(ELN, 500), (FARC, 600)], ["Colombian rebels"]),  # open
    (_attack([ROLE], [VILLAGERS]), [(ELN, 20)], ["Colombian rebels"]),  # named beside the role
    (_attack([], [VILLAGERS]), [(ELN, 500)], []),                    # no doer at all stays so
    (_attack([ROLE], [VILLAGERS]), [(Actor("Shining Path", "Shining Path", "PER", ["REB"]), 500)],
     ["Colombian rebels"]),                                          # another country's group
])
def test_perpetrators_role_refers_to_the_one_group_mentioned(event, mentioned, expected):
    share_perpetrator([event], mentioned)
    assert [a.name for a in event.actors] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("ELN guerrillas attacked a police post in Saravena on Monday, killing two officers. "
     "On Tuesday a bomb exploded at the town hall in Tame, killing a guard.", ["ELN"]),
    # two groups named as doers: which one set the bomb is open
    ("ELN guerrillas attacked a police post in Saravena on Monday. FARC rebels ambushed an army "
     "patrol near Arauca. On Tuesday a bomb exploded at the town hall in Tame, killing a guard.", []),
])
def test_perpetrators_report_names_the_bomb_doer(nlp, text, expected):
    last = nlp(text)._.events[-1]
    assert [a.name for a in last.actors] == expected


@pytest.mark.parametrize(("opening", "expected"), [
    ("Separately, gunmen abducted two engineers near Tibu.", ["Unidentified gunmen"]),
    ("In another incident, gunmen abducted two engineers near Tibu.", ["Unidentified gunmen"]),
    ("Gunmen abducted two engineers near Tibu.", ["ELN"]),
])
def test_perpetrators_separate_incident_keeps_its_own_doer(opening, expected):
    """A sentence that opens a different incident does not take the report's group."""
    told = _attack([ELN], [VILLAGERS], sentence=(0, 40))
    event = Event(type="ASSAULT", actors=[GUNMEN], recipients=[VILLAGERS],
                  evidence=[Evidence("d", opening, 50, 50 + len(opening))])
    share_perpetrator([told, event])
    assert [a.name for a in event.actors] == expected
