"""MUC-3/4: slot parsing on made-up templates, date ranges, incident types, relevance."""

from __future__ import annotations

import pytest

from dateline.evaluate.adapters.muc34 import (
    MucDoc,
    date_agrees,
    is_incident,
    muc_type,
    places,
    score,
    template,
)
from dateline.records import Actor, Document, Event, Place

MADE_UP = {
    "1. MESSAGE: TEMPLATE": ["1"],
    "2. INCIDENT: DATE": ["12 MAR 90"],
    "3. INCIDENT: LOCATION": ["PERU: JUNIN (DEPARTMENT): TARMA (TOWN)"],
    "4. INCIDENT: TYPE": ["BOMBING"],
    "10. PERP: ORGANIZATION ID": ['"SOME FRONT" / "SF"'],
    "21. HUM TGT: NUMBER": ['3: "GUARDS"', '1: "DRIVER"'],
    "23. HUM TGT: EFFECT OF INCIDENT": ['DEATH: "GUARDS"', 'INJURY: "DRIVER"'],
}


@pytest.mark.parametrize("slot, countries, departments", [
    ("PERU", ["PERU"], []),
    ("PERU: JUNIN (DEPARTMENT): TARMA (TOWN)", ["PERU"], ["JUNIN"]),
    ("ECUADOR: NAPO (PROVINCE): RIVER X (RIVER)", ["ECUADOR"], ["NAPO"]),
    ("(CHILE: SANTIAGO (CITY)) / (CHILE: MAIPO (PROVINCE))", ["CHILE"], ["MAIPO"]),
    ("(BOLIVIA: LA PAZ (CITY)) / (PERU)", ["BOLIVIA", "PERU"], []),
])
def test_muc34_places_reads_alternatives(slot, countries, departments):
    assert places(slot) == (countries, departments)


def test_muc34_template_slots():
    t = template(MADE_UP)
    assert (t.incident, t.countries, t.departments, t.killed) == ("BOMBING", ["PERU"], ["JUNIN"], 3)
    assert t.perpetrators == [["SOME FRONT", "SF"]]
    assert template({**MADE_UP, "21. HUM TGT: NUMBER": ['PLURAL: "GUARDS"']}).killed is None
    assert template({**MADE_UP, "23. HUM TGT: EFFECT OF INCIDENT": ["-"]}).killed is None


@pytest.mark.parametrize("gold, pred, ok", [
    ("12 MAR 90", "1990-03-12", True),
    ("12 MAR 90", "1990-03-13", True),
    ("12 MAR 90", "1990-03-15", False),
    ("- 12 MAR 90", "1990-02-01", True),
    ("- 12 MAR 90", "1990-04-01", False),
    ("01 MAR 90 - 05 MAR 90", "1990-03-03", True),
    ("01 MAR 90 - 05 MAR 90", "1990-03-09", False),
    ("12 MAR 90", None, False),
    ("", "1990-03-12", False),
])
def test_muc34_date_agrees(gold, pred, ok):
    assert date_agrees(gold, pred) is ok


@pytest.mark.parametrize("event, expected", [
    (Event("ASSAULT", mode="explosives"), "BOMBING"),
    (Event("ASSAULT", mode="abduct"), "KIDNAPPING"),
    (Event("ASSAULT", mode="firearms"), "ATTACK"),
    (Event("ASSAULT"), "ATTACK"),
    (Event("THREATEN", mode="violence"), "ATTACK"),  # a threatened attack (slot 5)
    (Event("CONSULT"), None),
])
def test_muc34_muc_type(event, expected):
    assert muc_type(event) == expected


def test_muc34_score_relevance_and_fields(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    relevant = MucDoc(Document(doc_id="a", text="x"), [template(MADE_UP)], optional=0)
    irrelevant = MucDoc(Document(doc_id="b", text="y"), [], optional=0)
    only_optional = MucDoc(Document(doc_id="c", text="z"), [], optional=1)
    hit = Event("ASSAULT", mode="explosives", date="1990-03-12", fatalities=3, actors=[Actor("SF", text="Shining Path")],
                location=Place("Tarma", admin1="Junin", country="PER"))
    result = score([relevant, irrelevant, only_optional],
                   {"a": [hit], "b": [Event("ASSAULT", mode="firearms")], "c": [Event("ASSAULT")]})
    m = result.metrics
    assert (m["relevance"].tp, m["relevance"].fp, m["relevance"].fn) == (1, 1, 0)
    for name in ("incident type", "date", "country", "department", "victims killed"):
        assert m[name].value == 1.0, name
    assert m["perpetrator organisation"].f1 == 1.0
    inferred = Event("ASSAULT", mode="explosives", actors=[Actor("SF")])  # a side no text names
    m = score([relevant], {"a": [inferred]}).metrics["perpetrator organisation"]
    assert (m.tp, m.fp, m.fn) == (0, 0, 1)


@pytest.mark.parametrize("actor, hits", [
    (Actor("Government of Peru", text="the army"), 1),     # the string as the message writes it
    (Actor("Government of Peru", text="ARMY"), 1),
    (Actor("Government of Peru", text="soldiers"), 0),
    (Actor("Government of Peru", text=""), 0),              # a side no text names
])
def test_muc34_perpetrator_is_a_string_slot(monkeypatch, actor, hits):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    gold = dict(MADE_UP, **{"10. PERP: ORGANIZATION ID": ['"ARMY"']})
    doc = MucDoc(Document(doc_id="a", text="x"), [template(gold)], optional=0)
    pred = Event("ASSAULT", mode="explosives", actors=[actor], location=Place("Tarma", country="PER"))
    m = score([doc], {"a": [pred]}).metrics["perpetrator organisation"]
    assert (m.tp, m.fn) == (hits, 1 - hits)


def test_muc34_impossible_gold_day_is_ignored():
    assert date_agrees("31 SEP 89", "1989-09-30") is False
    assert date_agrees("31 SEP 89 - 02 OCT 89", "1989-10-01") is True


_CIVILIANS = [Actor("villagers", "villagers", sector=["CVL"])]
_TROOPS = [Actor("soldiers", "soldiers", sector=["MIL"])]
_REBELS = [Actor("rebels", "rebels", sector=["REB"])]


@pytest.mark.parametrize("event, ok", [
    (Event("ASSAULT", mode="explosives", date="1990-03-10"), True),
    (Event("ASSAULT", mode="abduct"), True),  # undated: presumed recent (taskdoc criterion 6)
    (Event("ASSAULT", mode="explosives", date="1989-11-16"), False),  # four months old
    (Event("ASSAULT", mode="explosives", modality="future"), False),  # a threat or plan
    (Event("ASSAULT", mode="explosives", modality="negated"), False),
    (Event("ASSAULT", mode="explosives", modality="claimed"), True),
    (Event("ASSAULT"), False),  # a clash or "attack" with no tactic and no civilian target
    (Event("ASSAULT", recipients=_CIVILIANS), True),
    (Event("ASSAULT", recipients=[Actor("former defense minister", "former defense minister")]), True),  # not a fighter
    (Event("ASSAULT", recipients=_TROOPS), False),
    (Event("ASSAULT", mode="firearms", recipients=_TROOPS), False),  # guerrillas vs army
    (Event("ASSAULT", mode="targeted", recipients=_REBELS), False),  # killing of guerrillas
    (Event("ASSAULT", mode="firearms", recipients=_TROOPS + _CIVILIANS), True),  # civilians hit
    (Event("ASSAULT", mode="firearms", recipients=_TROOPS + _REBELS), False),  # a clash
    (Event("ASSAULT", mode="explosives", recipients=[Actor("army convoy", "army convoy")]), False),  # a military post
    (Event("ASSAULT", recipients=[Actor("Government of Nicaragua", "Nicaragua", sector=["GOV"])]), False),  # a state
    (Event("ASSAULT", mode="explosives", recipients=[Actor("Government of Peru", "Peru", sector=["GOV"])]), True),
    (Event("PROTEST"), False),
    # slot 5, THREATENED: a named party other than the state threatens a civilian target
    (Event("THREATEN", mode="violence", actors=_REBELS, recipients=_CIVILIANS), True),
    (Event("THREATEN", mode="violence", actors=[Actor("Salvadoran rebels", sector=["REB"])],
           recipients=_CIVILIANS), False),  # a side inferred without a mention threatens nothing
    (Event("THREATEN", mode="violence", actors=_TROOPS, recipients=_CIVILIANS), False),  # the state warns
    (Event("THREATEN", mode="violence", actors=_REBELS, recipients=_TROOPS), False),  # military target
    # criterion 2: the state's own bombing or killing counts only against a civilian target
    (Event("ASSAULT", mode="explosives", actors=[Actor("Government of El Salvador", "the air force", "SLV", ["MIL"])]),
     False),
    (Event("ASSAULT", mode="explosives", actors=[Actor("Government of El Salvador", "the air force", "SLV", ["MIL"])],
           recipients=_CIVILIANS), True),
    (Event("ASSAULT", mode="explosives", actors=_REBELS), True),
    # a side inferred by convention (no text) is no target the message names
    (Event("ASSAULT", mode="explosives", recipients=[Actor("Government of Peru", sector=["MIL"])]), True),
    (Event("ASSAULT", mode="explosives", recipients=[Actor("Government of Peru", "army convoy", "PER", ["MIL"])]),
     False),
    # a state's troops coded with the state ("U.S. troops") are a force, not a civilian target
    (Event("ASSAULT", mode="explosives", recipients=[
        Actor("Government of United States", "U.S. troops", "USA", ["MIL", "GOV"])],
           location=Place("Tegucigalpa", country="HND")), False),
    (Event("ASSAULT", mode="explosives", recipients=[
        Actor("Government of United States", "U.S. troops", "USA", ["MIL", "GOV"]), *_CIVILIANS],
           location=Place("Tegucigalpa", country="HND")), True),
    # criterion 4: the place, a perpetrator or a target of one of the nine countries
    (Event("ASSAULT", mode="explosives", location=Place("Panama City", country="PAN")), False),
    (Event("ASSAULT", mode="explosives", location=Place("Lima", country="PER")), True),
    (Event("ASSAULT", mode="explosives", location=Place("Managua", country="NIC"),
           recipients=[Actor("Honduran embassy", "Honduran embassy", country="HND")]), True),
])
def test_muc34_is_incident_follows_task_definition(event, ok):
    assert is_incident(event, "1990-03-12") is ok


@pytest.mark.parametrize("text, ok", [
    ("A BOMB EXPLODED IN PANAMA CITY, PANAMA.", False),  # the message places it abroad
    ("A BOMB EXPLODED IN SAN PEDRO SULA.", True),  # a country it never names: a misresolved place
])
def test_muc34_is_incident_country_the_message_names(text, ok):
    event = Event("ASSAULT", mode="explosives", location=Place("Panama City", country="PAN"))
    assert is_incident(event, "1990-03-12", text) is ok


def test_muc34_template_takes_the_prediction_that_agrees_most(monkeypatch):
    """As the MUC scorer aligns key and response objects by agreement, a template is scored
    against the incident that agrees with it, not the first one of its type in the text."""
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    doc = MucDoc(Document(doc_id="a", text="x"), [template(MADE_UP)], optional=0)
    earlier = Event("ASSAULT", mode="explosives", date="1989-01-02",
                    location=Place("Lima", country="PER"))
    matching = Event("ASSAULT", mode="explosives", date="1990-03-12", fatalities=3,
                     location=Place("Tarma", admin1="Junin", country="PER"))
    m = score([doc], {"a": [earlier, matching]}).metrics
    for name in ("incident type", "date", "country", "department", "victims killed"):
        assert m[name].value == 1.0, name
