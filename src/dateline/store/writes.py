"""Write documents and events inside one writer transaction, merging cross-article duplicates.

The caller owns the transaction (`Database.write()`), so a batch of documents and their
events commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, and_, insert, select, update

from dateline.records import Document, Event
from dateline.resolve.dedupe_events import merge, same_event
from dateline.store.schema import documents, event_sources, events

# how far apart (days) stored candidates may be before `same_event` looks at them
WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def now() -> str:
    """UTC timestamp, ISO 8601, second precision."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def has_document(conn: Connection, content_hash: str) -> bool:
    """Is a document with this (cleaned-text) hash stored already?"""
    stmt = select(documents.c.content_hash).where(documents.c.content_hash == content_hash)
    return conn.execute(stmt).first() is not None


def insert_document(conn: Connection, doc: Document, run_id: str | None = None) -> None:
    """Store one cleaned document (the caller checked `has_document`)."""
    conn.execute(insert(documents).values(
        content_hash=doc.content_hash, doc_id=doc.doc_id, title=doc.title, url=doc.url,
        published=doc.published, source=doc.source, format=doc.format, text=doc.text,
        ingested_at=now(), run_id=run_id,
    ))


def _row(event: Event) -> dict[str, object]:
    loc = event.location
    names = [a.name.casefold() for a in event.actors + event.recipients if a.name]
    first_doc = event.evidence[0].doc_id if event.evidence else (event.sources[0] if event.sources else "")
    return {
        "id": event.id, "doc_id": first_doc, "type": event.type, "mode": event.mode,
        "date": event.date, "date_precision": event.date_precision,
        "country": loc.country if loc else None, "place": loc.name if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "fatalities": event.fatalities, "injured": event.injured, "displaced": event.displaced,
        "arrested": event.arrested, "abducted": event.abducted,
        "modality": event.modality, "confidence": event.confidence,
        "actor_names": "|" + "|".join(names) + "|" if names else "",
        "evidence_text": "\n".join(ev.text for ev in event.evidence).casefold(),
        "record": event.to_json(), "updated_at": now(),
    }


def _candidates(conn: Connection, event: Event) -> list[Event]:
    stmt = select(events.c.record).where(events.c.type == event.type)
    day = None
    if event.date:
        try:
            day = dt.date.fromisoformat(event.date)
        except ValueError:
            day = None
    if day is not None:
        span = dt.timedelta(days=WINDOW_DAYS.get(event.date_precision, 366))
        stmt = stmt.where(and_(events.c.date >= (day - span).isoformat(),
                               events.c.date <= (day + span).isoformat()))
    else:
        stmt = stmt.where(events.c.date.is_(None))
    return [Event.from_dict(json.loads(rec)) for (rec,) in conn.execute(stmt)]


def _add_sources(conn: Connection, event_id: str, doc_ids: list[str]) -> None:
    have = set(conn.execute(
        select(event_sources.c.doc_id).where(event_sources.c.event_id == event_id)).scalars())
    new = [d for d in dict.fromkeys(doc_ids) if d not in have]
    if new:
        conn.execute(insert(event_sources), [{"event_id": event_id, "doc_id": d} for d in new])


def store_event(conn: Connection, event: Event) -> str:
    """Insert `event`, or merge it into a stored report of the same event.

    Returns "new", "merged" or "exists" (the same id is stored already: a re-run).
    """
    if not event.id:
        event.assign_id()
    if conn.execute(select(events.c.id).where(events.c.id == event.id)).first():
        return "exists"
    for stored in _candidates(conn, event):
        if same_event(stored, event):
            merged = merge(stored, event)
            row = _row(merged)
            row.pop("id")
            row.pop("doc_id")
            conn.execute(update(events).where(events.c.id == stored.id).values(**row))
            _add_sources(conn, stored.id, merged.sources)
            return "merged"
    conn.execute(insert(events).values(**_row(event)))
    _add_sources(conn, event.id, event.sources or [ev.doc_id for ev in event.evidence])
    return "new"
