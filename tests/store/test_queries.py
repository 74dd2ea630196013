"""Filtering stored events: one filter object behind the CLI, the exports and the API."""

from __future__ import annotations

import pytest

from dateline.records import Actor, Document, Place
from dateline.store.database import Database
from dateline.store.queries import EventFilter, count_documents, count_events, get_document, list_events
from dateline.store.writes import insert_document, store_event

from .conftest import make_event

KABUL = Place(name="Kabul", lat=34.5253, lon=69.1783, country="AFG")
EVENTS = {
    "mog": make_event("d1"),
    "kabul": make_event("d2", location=KABUL, date="2024-02-10", actors=[Actor(name="Taliban")]),
    "protest": make_event("d3", type="PROTEST", location=KABUL, date="2024-03-15",
                          actors=[Actor(name="Students 100%")], fatalities=None),
    "undated": make_event("d4", type="PROTEST", date=None, location=None, actors=[]),
}


@pytest.fixture
def filled(db: Database) -> Database:
    with db.write() as conn:
        for event in EVENTS.values():
            store_event(conn, event)
    return db


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), ["kabul", "mog", "protest", "undated"]),
    (EventFilter(types=("protest",)), ["protest", "undated"]),
    (EventFilter(types=("ASSAULT", "PROTEST")), ["kabul", "mog", "protest", "undated"]),
    (EventFilter(date_from="2024-03-01"), ["mog", "protest"]),
    (EventFilter(date_from="2024-02-10", date_to="2024-03-03"), ["kabul", "mog"]),
    (EventFilter(country="afg"), ["kabul", "protest"]),
    (EventFilter(actor="SHABAAB"), ["mog"]),
    (EventFilter(actor="100%"), ["protest"]),
    (EventFilter(actor="%"), ["protest"]),
    (EventFilter(actor="_"), []),
    (EventFilter(doc_id="d2"), ["kabul"]),
    (EventFilter(text="hotel in mogadishu"), ["kabul", "mog", "protest", "undated"]),
    (EventFilter(text="kabul"), ["kabul", "protest"]),
    (EventFilter(text="taliban"), ["kabul"]),
    (EventFilter(limit=2), ["kabul", "mog"]),
    (EventFilter(limit=2, offset=2), ["protest", "undated"]),
    (EventFilter(types=("PROTEST",), country="AFG", date_to="2024-12-31"), ["protest"]),
])
def test_queries_filters(filled: Database, flt: EventFilter, expected: list[str]) -> None:
    ids = {EVENTS[key].id: key for key in EVENTS}
    assert [ids[e.id] for e in list_events(filled, flt)] == expected


def test_queries_count_ignores_limit(filled: Database) -> None:
    assert count_events(filled, EventFilter(types=("PROTEST",), limit=1)) == 2


def test_queries_documents_round_trip(db: Database) -> None:
    doc = Document(doc_id="d1", text="Clean text.", title="T", published="2024-03-04", source="Wire")
    with db.write() as conn:
        insert_document(conn, doc)
    assert count_documents(db) == 1
    assert get_document(db, "d1") == doc
    assert get_document(db, "nope") is None
