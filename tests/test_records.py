"""Records serialise to exactly the SPEC.md shape and read back."""

from __future__ import annotations

import json

import pytest

from dateline.records import Actor, Document, Event, Evidence, Place, Toponym

SPEC_EVENT_FIELDS = {
    "id", "type", "mode", "context", "acled", "territory", "actors", "recipients", "location",
    "date", "date_precision", "fatalities", "injured", "displaced", "arrested", "abducted",
    "modality", "attributed_to", "evidence", "sources", "confidence",
}


def _event() -> Event:
    return Event(
        type="ASSAULT",
        actors=[Actor(name="Islamic State", text="IS", country=None, sector=["REB"])],
        location=Place(name="Sinjar", geonameid=1, lat=36.3, lon=41.9, admin1="Nineveh", country="IRQ"),
        date="2014-08-02",
        evidence=[Evidence(doc_id="d1", text="x", start=0, end=1)],
        sources=["d1"],
    )


def test_records_event_has_every_spec_field():
    assert set(_event().to_dict()) >= SPEC_EVENT_FIELDS


def test_records_event_round_trip():
    event = _event()
    back = Event.from_dict(json.loads(event.to_json()))
    assert back == event
    assert isinstance(back.location, Place) and isinstance(back.actors[0], Actor)


def test_records_from_dict_ignores_unknown_fields():
    data = _event().to_dict() | {"extra_field": 1}
    assert Event.from_dict(data).type == "ASSAULT"


@pytest.mark.parametrize("change, same", [
    ({}, True),
    ({"date": "2014-08-03"}, False),
    ({"type": "COERCE"}, False),
])
def test_records_event_id_is_stable(change, same):
    a, b = _event(), _event()
    for key, value in change.items():
        setattr(b, key, value)
    assert (a.assign_id() == b.assign_id()) is same
    assert a.id.startswith("ev_")


def test_records_document_hash_ignores_whitespace():
    assert Document("a", "Hello  world\n").content_hash == Document("b", "Hello world").content_hash
    assert Document("a", "Hello").content_hash != Document("b", "Hullo").content_hash


def test_records_toponym_fields():
    top = Toponym(doc_id="d", text="Irbil", start=0, end=5)
    assert set(top.to_dict()) == {
        "doc_id", "text", "start", "end", "kind", "name", "geonameid", "lat", "lon", "admin1",
        "country", "score",
    }
