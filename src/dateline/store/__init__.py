"""The event store: documents keyed by content hash, de-duplicated events, resumable ingest runs."""

from __future__ import annotations

from dateline.store.database import Database, normalise_url, open_database
from dateline.store.queries import (
    EventFilter, count_documents, count_events, get_document, get_event, iter_events, list_events,
)
from dateline.store.runs import IngestSummary, ingest_documents, ingest_paths

__all__ = [
    "Database", "EventFilter", "IngestSummary", "count_documents", "count_events", "get_document",
    "get_event", "ingest_documents", "ingest_paths", "iter_events", "list_events", "normalise_url",
    "open_database",
]
