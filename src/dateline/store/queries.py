"""Read events and documents back: one filter object behind the CLI, the exports and the API.

Every query is built with SQLAlchemy expressions (parameterised, portable to PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from dateline.records import Document, Event
from dateline.store.database import Database
from dateline.store.schema import documents, event_sources, events


@dataclass(frozen=True)
class EventFilter:
    """What to select; empty fields select everything. Dates are inclusive YYYY-MM-DD."""

    types: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    actor: str | None = None
    doc_id: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


def _where(stmt: Select, flt: EventFilter) -> Select:
    if flt.types:
        stmt = stmt.where(events.c.type.in_([t.upper() for t in flt.types]))
    if flt.date_from:
        stmt = stmt.where(events.c.date >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(events.c.date <= flt.date_to)
    if flt.country:
        stmt = stmt.where(events.c.country == flt.country.upper())
    if flt.actor:
        stmt = stmt.where(events.c.actor_names.contains(flt.actor.casefold(), autoescape=True))
    if flt.doc_id:
        stmt = stmt.where(events.c.id.in_(
            select(event_sources.c.event_id).where(event_sources.c.doc_id == flt.doc_id)
        ))
    if flt.text:
        needle = flt.text.casefold()
        stmt = stmt.where(
            events.c.evidence_text.contains(needle, autoescape=True)
            | func.lower(events.c.place).contains(needle, autoescape=True)
            | events.c.actor_names.contains(needle, autoescape=True)
        )
    return stmt


def event_query(flt: EventFilter) -> Select:
    """The SELECT of stored records for `flt`, oldest first, undated last."""
    stmt = _where(select(events.c.record), flt)
    stmt = stmt.order_by(events.c.date.is_(None), events.c.date, events.c.id)
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    if flt.offset:
        stmt = stmt.offset(flt.offset)
    return stmt


def iter_events(db: Database, flt: EventFilter | None = None) -> Iterator[Event]:
    """Stored events matching `flt`, streamed so exports of any size use little memory."""
    with db.read() as conn:
        result = conn.execution_options(yield_per=500).execute(event_query(flt or EventFilter()))
        for (record,) in result:
            yield Event.from_dict(json.loads(record))


def list_events(db: Database, flt: EventFilter | None = None) -> list[Event]:
    """Like `iter_events`, as a list (for pages of results)."""
    return list(iter_events(db, flt))


def count_events(db: Database, flt: EventFilter | None = None) -> int:
    """How many events match `flt`, ignoring its limit and offset."""
    stmt = _where(select(func.count()).select_from(events), flt or EventFilter())
    with db.read() as conn:
        return int(conn.execute(stmt).scalar_one())


def get_event(db: Database, event_id: str) -> Event | None:
    """One event by id."""
    with db.read() as conn:
        record = conn.execute(select(events.c.record).where(events.c.id == event_id)).scalar()
    return Event.from_dict(json.loads(record)) if record else None


def count_documents(db: Database) -> int:
    """How many distinct documents the store holds."""
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def get_document(db: Database, doc_id: str) -> Document | None:
    """The stored (cleaned) document with this id; the most recently ingested if several."""
    stmt = select(documents).where(documents.c.doc_id == doc_id).order_by(documents.c.ingested_at.desc())
    with db.read() as conn:
        row = conn.execute(stmt).mappings().first()
    if row is None:
        return None
    return Document.from_dict({k: row[k] for k in row.keys() if k not in ("ingested_at", "run_id")})
