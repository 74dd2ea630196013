"""Every matching rule of SPEC.md section 3 on hand-made events, so the scorer cannot drift."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.evaluate.adapters.spec_gold import GoldDoc, gold_event, score
from dateline.evaluate.matching import (
    GoldEvent, detection_prf, events_match, locations_agree, match_events, pair_fields,
    place_level, types_agree,
)
from dateline.evaluate.metrics import PRF
from dateline.records import Actor, Document, Event, Evidence, Place

SINJAR = Place(name="Sinjar", lat=36.32, lon=41.88, admin1="Nineveh", country="IRQ")
MOSUL = Place(name="Mosul", lat=36.34, lon=43.13, admin1="Nineveh", country="IRQ")  # ~110 km east
NEAR_SINJAR = Place(name="Near", lat=36.32, lon=42.20, admin1="Nineveh", country="IRQ")  # ~29 km
BAGHDAD = Place(name="Baghdad", lat=33.31, lon=44.37, admin1="Baghdad", country="IRQ")


def ev(type_="ASSAULT", place=SINJAR, date="2014-08-02", evidence="", **kw) -> Event:
    evid = [Evidence(doc_id="d", text=evidence, start=0, end=len(evidence))] if evidence else []
    return Event(type=type_, location=place, date=date, evidence=evid, **kw)


GOLD_LINE = {
    "type": "ASSAULT", "mode": None,
    "acled": {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"},
    "territory": "captured", "actors": ["Islamic State"], "recipients": ["Peshmerga"],
    "location": {"name": "Sinjar", "country": "IRQ", "admin1": "Nineveh", "lat": 36.32, "lon": 41.88},
    "date": "2014-08-02", "date_precision": "day", "fatalities": None, "injured": None,
    "displaced": 40000, "modality": "asserted",
    "evidence": "The Islamic State captured the northern towns of Sinjar and Zumar on Saturday",
    "required": True,
}


def perfect_prediction() -> Event:
    return Event(
        type="ASSAULT", acled=dict(GOLD_LINE["acled"]), territory="captured",
        actors=[Actor(name="Islamic State")], recipients=[Actor(name="Peshmerga")],
        location=dataclasses.replace(SINJAR), date="2014-08-02", displaced=40000,
        evidence=[Evidence("d", GOLD_LINE["evidence"], 0, 10)],
    )


def test_matching_perfect_prediction_scores_one():
    doc = GoldDoc(Document(doc_id="d", text="x"), [gold_event(GOLD_LINE, "d")])
    result = score([doc], {"d": [perfect_prediction()]})
    det = result.metrics["detection"]
    assert (det.precision, det.recall, det.f1) == (1.0, 1.0, 1.0)
    for name, metric in result.metrics.items():
        value = metric.value if hasattr(metric, "value") else metric.f1
        touched = metric.total if hasattr(metric, "total") else metric.tp + metric.fp + metric.fn
        assert value == 1.0 or touched == 0, name
    assert result.errors == []


def test_matching_missing_event_lowers_recall_not_precision():
    second = dict(GOLD_LINE, location=None, date="2014-08-05", evidence="Another attack")
    doc = GoldDoc(Document(doc_id="d", text="x"), [gold_event(GOLD_LINE, "d"), gold_event(second, "d")])
    det = score([doc], {"d": [perfect_prediction()]}).metrics["detection"]
    assert (det.precision, det.recall) == (1.0, 0.5)


def test_matching_wrong_date_fails_match():
    doc = GoldDoc(Document(doc_id="d", text="x"), [gold_event(GOLD_LINE, "d")])
    pred = dataclasses.replace(perfect_prediction(), date="2014-08-05")
    result = score([doc], {"d": [pred]})
    assert result.metrics["detection"] == PRF(tp=0, fp=1, fn=1)
    assert {e.kind for e in result.errors} == {"miss", "false positive"}


@pytest.mark.parametrize("gold, pred, ok", [
    (None, None, True),
    (SINJAR, None, False),
    (None, SINJAR, False),
    (SINJAR, NEAR_SINJAR, True),            # ~29 km: within 50 km
    (SINJAR, MOSUL, False),                 # ~110 km
    (Place(name="Nineveh", admin1="Nineveh", country="IRQ"), MOSUL, True),      # province holds it
    (Place(name="Nineveh", admin1="Nineveh", country="IRQ"), BAGHDAD, False),
    (Place(name="Iraq", country="IRQ"), BAGHDAD, True),                          # country holds it
    (Place(name="Syria", country="SYR"), BAGHDAD, False),
    (Place(name="Nineveh", admin1="Nineveh", country="IRQ", precision="admin1", lat=36.0, lon=42.5), MOSUL, True),
])
def test_matching_locations_agree(gold, pred, ok):
    assert locations_agree(gold, pred) is ok


@pytest.mark.parametrize("place, level", [
    (Place(name="Iraq", country="IRQ"), "country"),
    (Place(name="Nineveh", admin1="Nineveh", country="IRQ", lat=36.0, lon=42.5), "admin1"),
    (Place(name="Nineveh", admin1="Nineveh", country="IRQ"), "admin1"),
    (SINJAR, "exact"),
])
def test_matching_place_level(place, level):
    assert place_level(place) == level


BATTLE = {"event_type": "Battles", "sub_event_type": "Armed clash"}


@pytest.mark.parametrize("gold, pred, ok", [
    (ev("PROTEST"), ev("PROTEST"), True),
    (ev("PROTEST"), ev("ASSAULT"), False),
    (ev("COERCE", territory="captured", acled=BATTLE), ev("ASSAULT", acled=BATTLE), True),
    (ev("ASSAULT", acled=BATTLE), ev("COERCE", territory="captured", acled=BATTLE), True),
    (ev("COERCE", acled=BATTLE), ev("ASSAULT", acled=BATTLE), False),          # no territory: not violent
    (ev("COERCE", territory="captured"), ev("ASSAULT", acled=BATTLE), False),  # gold has no ACLED type
    (ev("COERCE", territory="captured", acled=BATTLE),
     ev("ASSAULT", acled={"event_type": "Explosions/Remote violence"}), False),
])
def test_matching_types_agree_with_acled_equivalence(gold, pred, ok):
    assert types_agree(gold, pred) is ok


def test_matching_null_gold_date_matches_any():
    assert events_match(ev(date=None), ev(date="1990-01-01"))
    assert not events_match(ev(date="2014-08-02"), ev(date=None))


def test_matching_optional_gold_neither_hit_nor_false_positive():
    gold = [GoldEvent(ev(evidence="a"), required=False)]
    found = match_events(gold, [ev(evidence="a")])
    assert detection_prf(gold, found) == PRF(0, 0, 0)
    not_found = match_events(gold, [])
    assert detection_prf(gold, not_found) == PRF(0, 0, 0)


def test_matching_is_one_to_one_and_greedy_by_evidence_overlap():
    gold = [GoldEvent(ev(evidence="rebels shelled the market")),
            GoldEvent(ev(evidence="troops stormed the village"))]
    preds = [ev(evidence="troops stormed the village at dawn"), ev(evidence="rebels shelled the market"),
             ev(evidence="unrelated restatement")]
    result = match_events(gold, preds)
    assert sorted((p.gold, p.pred) for p in result.pairs) == [(0, 1), (1, 0)]
    assert result.unmatched_pred == [2]
    assert detection_prf(gold, result) == PRF(tp=2, fp=1, fn=0)


def test_matching_fields_location_25km_and_counts():
    gold = ev(fatalities=12)
    pred = ev(place=NEAR_SINJAR, fatalities=12)         # matches (29 km < 50) but not within 25 km
    fields = pair_fields(gold, pred)
    assert fields["location_25km"] == PRF(0, 1, 1)
    assert fields["fatalities"] == PRF(1, 0, 0)
    assert fields["injured"] == PRF(0, 0, 0)
    assert pair_fields(ev(injured=3), ev(injured=4))["injured"] == PRF(0, 1, 1)


def test_matching_vague_gold_counts_follow_rules():
    gold = gold_event(dict(GOLD_LINE, fatalities="dozens", injured="at least 5", displaced="3 to 5"), "d")
    assert (gold.event.fatalities, gold.event.injured, gold.event.displaced) == (12, 5, 3)
    pred = dataclasses.replace(perfect_prediction(), fatalities=12, injured=5, displaced=4)
    fields = pair_fields(gold.event, pred)
    assert fields["fatalities"].tp == 1 and fields["injured"].tp == 1 and fields["displaced"].tp == 0


def test_matching_actors_compare_by_alias(monkeypatch):
    aliases = {"isis": "islamic state", "isil": "islamic state", "is": "islamic state"}
    monkeypatch.setattr("dateline.mentions.actors.canonical_name",
                        lambda text: aliases.get(text.lower(), text.lower()))
    gold = ev(actors=[Actor(name="Islamic State")], recipients=[Actor(name="Peshmerga")])
    pred = ev(actors=[Actor(name="ISIL")], recipients=[Actor(name="Kurdish forces")])
    fields = pair_fields(gold, pred)
    assert fields["actors"] == PRF(1, 0, 0)
    assert fields["recipients"] == PRF(0, 1, 1)


def test_matching_fields_type_mode_subtype_territory_modality():
    gold = ev("ASSAULT", mode="aerial", acled={"event_type": "Explosions/Remote violence",
                                               "sub_event_type": "Air/drone strike"})
    pred = ev("ASSAULT", mode="firearms", territory="captured", modality="claimed",
              acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"})
    fields = pair_fields(gold, pred)
    assert fields["type"].value == 1.0
    assert fields["mode"] == PRF(0, 1, 1)
    assert fields["acled_sub_event_type"] == PRF(1, 0, 0)
    assert fields["territory"] == PRF(0, 1, 0)
    assert fields["modality"].value == 0.0
    assert fields["date_exact"] == PRF(1, 0, 0)
