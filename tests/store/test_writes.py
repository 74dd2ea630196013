"""Storing events: new ones are inserted, a second outlet's report merges into the first."""

from __future__ import annotations

from sqlalchemy import select

from dateline.records import Actor, Evidence
from dateline.store.database import Database
from dateline.store.queries import get_event, list_events
from dateline.store.schema import event_sources
from dateline.store.writes import store_event

from .conftest import make_event


def _sources(db: Database, event_id: str) -> set[str]:
    with db.read() as conn:
        stmt = select(event_sources.c.doc_id).where(event_sources.c.event_id == event_id)
        return set(conn.execute(stmt).scalars())


def test_writes_store_event_new_then_merged_then_exists(db: Database) -> None:
    first, second = make_event("doc-a"), make_event("doc-b", fatalities=8, date="2024-03-04")
    with db.write() as conn:
        assert store_event(conn, first) == "new"
        assert store_event(conn, second) == "merged"
        assert store_event(conn, first) == "exists"
    [stored] = list_events(db)
    assert stored.id == first.id
    assert stored.sources == ["doc-a", "doc-b"]
    assert stored.fatalities == 8
    assert [ev.doc_id for ev in stored.evidence] == ["doc-a", "doc-b"]
    assert _sources(db, first.id) == {"doc-a", "doc-b"}


def test_writes_events_of_one_document_are_not_merged(db: Database) -> None:
    a = make_event("doc-a")
    b = make_event("doc-a", evidence=[Evidence("doc-a", "Another attack.", 50, 65)])
    b.assign_id()
    with db.write() as conn:
        assert [store_event(conn, a), store_event(conn, b)] == ["new", "new"]
    assert len(list_events(db)) == 2


def test_writes_different_events_stay_apart(db: Database) -> None:
    with db.write() as conn:
        store_event(conn, make_event("doc-a"))
        outcome = store_event(conn, make_event("doc-b", actors=[Actor(name="Somali army")], date="2024-03-09"))
    assert outcome == "new"
    assert len(list_events(db)) == 2


def test_writes_month_precision_finds_candidates_weeks_apart(db: Database) -> None:
    with db.write() as conn:
        store_event(conn, make_event("doc-a", date="2024-03-01", date_precision="month"))
        outcome = store_event(conn, make_event("doc-b", date="2024-03-20", date_precision="month"))
    assert outcome == "merged"


def test_writes_get_event_reads_back_the_record(db: Database) -> None:
    event = make_event("doc-a", injured=3)
    with db.write() as conn:
        store_event(conn, event)
    assert get_event(db, event.id) == event
    assert get_event(db, "ev_missing") is None
