"""Signs that a later mention restates an earlier event: a report's day, another manner of the
same attack or protest, a description its restatement names, a folded word told again (no model)."""

from __future__ import annotations

import pytest

from dateline.events.merge import Mention, merge_mentions
from dateline.events.restating import elaborates, folded_back, named_over_generic, report_day
from dateline.records import Actor, Event, Evidence, Place

JNIM = Actor("Jama'at Nasr al-Islam wal Muslimin", text="its fighters", country="MLI", sector=["REB"])
MALI_REBELS = Actor("Malian rebels", text="suspected militants", country="MLI", sector=["REB"])
MALI_ARMY = Actor("Government of Mali", text="soldiers", country="MLI", sector=["MIL"])
ATTACKERS = Actor("Unidentified gunmen", text="The attackers", sector=["UAF"])
INSURGENTS = Actor("Mozambican rebels", text="insurgents", country="MOZ", sector=["REB"])
PROTESTERS = Actor("Protesters", text="protesters", country="CHL", sector=["CVL"])
LIBYA_REBELS = Actor("Libyan rebels", text="Rival armed groups", country="LBY", sector=["REB"])
MILITIA = Actor("Stability Support Apparatus", text="fighters", country="LBY", sector=["PRM"])
LIBYA_GOV = Actor("Government of Libya", text="a brigade", country="LBY", sector=["MIL"])
IS = Actor("Islamic State", text="IS", sector=["REB"])
SYRIA_REBELS = Actor("Syrian rebels", text="the factions", country="SYR", sector=["REB"])
TOWN = Place("Bamako", country="MLI", precision="exact", lat=12.6, lon=-8.0)


def _mention(start, type_="ASSAULT", actors=(), recips=(), date="2025-03-04", explicit=True,
             lemmas=("attack",), mode=None, stated=True, reported=False, anaphoric=False, place=TOWN):
    event = Event(type=type_, mode=mode, actors=list(actors), recipients=list(recips), date=date,
                  date_precision="day", location=place, evidence=[Evidence("d", "x" * 10, start, start + 10)])
    return Mention(event, [start], lemmas[0], explicit, set(lemmas), stated_place=stated,
                   anaphoric=anaphoric, reported_date=reported)


@pytest.mark.parametrize(("later", "expected"), [
    # "the group said on Wednesday that its fighters had killed": the report's day, same words
    (_mention(50, date="2025-03-05", lemmas=("kill",), reported=True), True),
    (_mention(50, date="2025-03-05", lemmas=("kill",)), False),               # the act's own day
    (_mention(50, date="2025-03-20", lemmas=("kill",), reported=True), False),  # too long after
    (_mention(50, date="2025-03-05", lemmas=("capture",), reported=True), False),  # other words
    (_mention(50, date="2025-03-05", lemmas=("kill",), reported=True, mode="abduct"), False),
])
def test_restating_report_day(later, expected):
    earlier = _mention(0, lemmas=("attack", "kill"))
    assert report_day(earlier, later) is expected


@pytest.mark.parametrize(("earlier", "later", "expected"), [
    # "insurgents attacked two villages ... The attackers looted shops"
    (_mention(0, actors=[INSURGENTS], mode="targeted"),
     _mention(50, actors=[ATTACKERS], mode="destroy", explicit=False, stated=False), True),
    # protesters marched ... demonstrators blocked roads
    (_mention(0, "PROTEST", actors=[PROTESTERS], mode="demo"),
     _mention(50, "PROTEST", actors=[PROTESTERS], mode="obstruct", explicit=False, stated=False), True),
    # a day of its own is another incident
    (_mention(0, actors=[INSURGENTS], mode="targeted"),
     _mention(50, actors=[ATTACKERS], mode="firearms", date="2025-03-05", stated=False), False),
    # victims of its own are another incident
    (_mention(0, actors=[INSURGENTS], mode="targeted"),
     _mention(50, actors=[ATTACKERS], recips=[MALI_ARMY], mode="firearms", explicit=False, stated=False), False),
    # another named party is another incident
    (_mention(0, actors=[INSURGENTS], mode="targeted"),
     _mention(50, actors=[JNIM], mode="firearms", explicit=False, stated=False), False),
])
def test_restating_elaborates(earlier, later, expected):
    assert elaborates(earlier, later) is expected


@pytest.mark.parametrize(("one", "other", "expected"), [
    ([MALI_REBELS, MALI_ARMY], [JNIM], ["Government of Mali", JNIM.name]),   # the name replaces the description
    ([LIBYA_REBELS], [MILITIA, LIBYA_GOV], ["Stability Support Apparatus", "Government of Libya"]),
    ([IS, SYRIA_REBELS], [IS], ["Islamic State", "Syrian rebels"]),          # both named in one mention
    ([MALI_REBELS], [MALI_ARMY], ["Malian rebels", "Government of Mali"]),   # no group named
])
def test_restating_named_over_generic(one, other, expected):
    merged = list(one) + [p for p in other if p not in one]
    assert [p.name for p in named_over_generic(merged, one, other)] == expected


@pytest.mark.parametrize(("later", "expected"), [
    (_mention(50, lemmas=("raid", "target"), explicit=False, anaphoric=True), True),   # "The raids targeted ..."
    (_mention(50, lemmas=("raid",), explicit=False), False),                           # "raids" told anew
    (_mention(50, lemmas=("raid",), explicit=False, anaphoric=True, actors=[IS]), False),  # a party of its own
    (_mention(50, lemmas=("bombing",), explicit=False, anaphoric=True), False),        # no word of the arrest
])
def test_restating_folded_back(later, expected):
    arrest = _mention(0, "COERCE", actors=[MALI_ARMY], lemmas=("arrest", "raid"), mode="arrest")
    assert folded_back(arrest, later) is expected


def test_restating_merge_claim_dated_by_its_report():
    attack = _mention(0, actors=[MALI_REBELS], recips=[MALI_ARMY], lemmas=("attack", "kill"))
    claim = _mention(50, actors=[JNIM], recips=[MALI_ARMY], date="2025-03-05", lemmas=("kill",),
                     reported=True, stated=False)
    merged = merge_mentions([attack, claim])
    assert len(merged) == 1
    assert merged[0].event.date == "2025-03-04"
    assert [p.name for p in merged[0].event.actors] == [JNIM.name]


SDF = Actor("Syrian Democratic Forces", text="YPG", country="SYR", sector=["REB"])
SYRIA_GOV = Actor("Government of Syria", text="the regime forces", country="SYR", sector=["MIL"])


@pytest.mark.parametrize(("first", "second", "merged"), [
    # one sentence, two parties that only share a word stem ("Syrian", "Syria"): two events
    ([SDF], [SYRIA_GOV], 2),
    # one sentence, one party, the second clause stating no place: one event
    ([SDF], [SDF], 1),
])
def test_restating_same_sentence_needs_the_same_party(first, second, merged):
    a = _mention(0, actors=first, lemmas=("advance",), explicit=False, stated=True)
    b = _mention(0, actors=second, lemmas=("lose",), explicit=False, stated=False)
    assert len(merge_mentions([a, b])) == merged
