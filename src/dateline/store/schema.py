"""The store's tables, in SQLAlchemy Core, portable between SQLite and PostgreSQL.

Documents are keyed by the hash of their cleaned text so the same article is stored once;
events keep their full SPEC.md record as JSON text plus the few columns that queries filter
on; `runs` and `run_documents` record ingest progress so an interrupted run can resume.
"""

from __future__ import annotations

from sqlalchemy import (
    Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("doc_id", String(1024), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("source", String(512)),
    Column("format", String(32)),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("run_id", String(64)),
)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("doc_id", String(1024), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("country", String(3)),
    Column("place", String(512)),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("displaced", Integer),
    Column("arrested", Integer),
    Column("abducted", Integer),
    Column("modality", String(16)),
    Column("confidence", Float),
    # lower-cased "|name|name|" of actors and recipients, for substring filters
    Column("actor_names", Text, nullable=False, default=""),
    # lower-cased evidence sentences, for text search
    Column("evidence_text", Text, nullable=False, default=""),
    Column("record", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_country", events.c.country)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String(1024), primary_key=True),
)
Index("ix_event_sources_doc", event_sources.c.doc_id)

runs = Table(
    "runs", metadata,
    Column("run_id", String(64), primary_key=True),
    Column("started", String(32), nullable=False),
    Column("finished", String(32)),
    # running | finished | failed (a killed run stays "running" and is resumed)
    Column("status", String(16), nullable=False),
    Column("inputs", Text, nullable=False),  # JSON: paths and options of the run
    Column("n_new", Integer, nullable=False, default=0),
    Column("n_duplicates", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_rejected", Integer, nullable=False, default=0),
)

run_documents = Table(
    "run_documents", metadata,
    Column("run_id", String(64), ForeignKey("runs.run_id", ondelete="CASCADE"), primary_key=True),
    Column("content_hash", String(64), primary_key=True),
    Column("doc_id", String(1024), nullable=False),
    Column("status", String(16), nullable=False),  # stored | duplicate
)

rejections = Table(
    "rejections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(64), ForeignKey("runs.run_id", ondelete="CASCADE"), nullable=False),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
)
