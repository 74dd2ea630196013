"""Ingest runs: documents through the pipeline into the store, resumable after a crash or kill.

Documents are keyed by the hash of their cleaned text, checked *before* the NLP work, so a
re-run skips everything already stored. Results are committed per batch: a kill loses at most
the batch in flight. A run that did not finish is resumed by the next run with the same inputs.
"""

from __future__ import annotations

import contextlib
import functools
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from dateline.errors import DocumentRejected, DuplicateDocument
from dateline.records import Document
from dateline.store.database import Database
from dateline.store.schema import rejections, run_documents, runs
from dateline.store.writes import has_document, insert_document, now, store_event

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.pipeline import ProcessedDocument

UNFINISHED = ("running", "interrupted")
Process = Callable[[Iterable[Document | DocumentRejected]], Iterable["ProcessedDocument | DocumentRejected"]]


@dataclass
class IngestSummary:
    """What one ingest call did (the run row keeps the totals over resumptions)."""

    run_id: str
    resumed: bool = False
    new: int = 0
    duplicates: int = 0
    already_done: int = 0
    events: int = 0
    merged: int = 0
    rejected: int = 0
    rejections: list[DocumentRejected] = field(default_factory=list)


def start_run(db: Database, inputs: dict[str, object]) -> tuple[str, bool]:
    """Resume the latest unfinished run with the same inputs, else start a new one."""
    key = json.dumps(inputs, sort_keys=True)
    stmt = (select(runs.c.run_id).where(runs.c.inputs == key, runs.c.status.in_(UNFINISHED))
            .order_by(runs.c.started.desc()))
    with db.write() as conn:
        run_id = conn.execute(stmt).scalar()
        if run_id:
            conn.execute(update(runs).where(runs.c.run_id == run_id).values(status="running"))
            return run_id, True
        run_id = uuid.uuid4().hex
        conn.execute(insert(runs).values(run_id=run_id, started=now(), status="running", inputs=key))
        return run_id, False


def _done_in_run(db: Database, run_id: str) -> set[str]:
    with db.read() as conn:
        stmt = select(run_documents.c.content_hash).where(run_documents.c.run_id == run_id)
        return set(conn.execute(stmt).scalars())


class _Ingest:
    """The state of one ingest call: what is seen, what waits to be committed."""

    def __init__(self, db: Database, summary: IngestSummary, on_rejection: Callable | None) -> None:
        self.db, self.summary, self.on_rejection = db, summary, on_rejection
        self.seen: set[str] = set()
        self.done_before = _done_in_run(db, summary.run_id)
        self.pending: list = []

    def reject(self, rej: DocumentRejected) -> None:
        if isinstance(rej, DuplicateDocument):  # kept in the rejections table, counted apart
            self.summary.duplicates += 1
        else:
            self.summary.rejected += 1
        self.summary.rejections.append(rej)
        self.pending.append(rej)
        if self.on_rejection:
            self.on_rejection(rej)

    def unseen(self, items: Iterable[Document | DocumentRejected]) -> Iterator[Document | DocumentRejected]:
        """Pass on only documents not stored yet (cleaning is cheap; the NLP is not)."""
        from dateline.pipeline import prepare

        for item in items:
            if isinstance(item, DocumentRejected):
                yield item
                continue
            try:
                digest = prepare(item).content_hash
            except DocumentRejected as exc:
                yield exc
                continue
            if digest in self.done_before:
                self.summary.already_done += 1
            elif digest in self.seen or self._stored(digest):
                self.summary.duplicates += 1
            else:
                self.seen.add(digest)
                yield item

    def _stored(self, digest: str) -> bool:
        with self.db.read() as conn:
            return has_document(conn, digest)

    def flush(self) -> None:
        """Commit the pending documents, their events and rejections in one transaction."""
        if not self.pending:
            return
        run_id, counts = self.summary.run_id, {"new": 0, "events": 0, "rejected": 0}
        with self.db.write() as conn:
            for item in self.pending:
                if isinstance(item, DocumentRejected):
                    conn.execute(insert(rejections).values(run_id=run_id, source=item.source, reason=item.reason))
                    counts["rejected"] += not isinstance(item, DuplicateDocument)
                    continue
                if has_document(conn, item.document.content_hash):
                    # stored meanwhile by another writer (or twice by a `process` hook)
                    self.summary.duplicates += 1
                    continue
                insert_document(conn, item.document, run_id)
                conn.execute(insert(run_documents).values(
                    run_id=run_id, content_hash=item.document.content_hash,
                    doc_id=item.document.doc_id, status="stored"))
                counts["new"] += 1
                for event in item.events:
                    outcome = store_event(conn, event)
                    counts["events"] += outcome in ("new", "merged")
                    self.summary.events += outcome == "new"
                    self.summary.merged += outcome == "merged"
            conn.execute(update(runs).where(runs.c.run_id == run_id).values(
                n_new=runs.c.n_new + counts["new"], n_events=runs.c.n_events + counts["events"],
                n_rejected=runs.c.n_rejected + counts["rejected"]))
        self.summary.new += counts["new"]
        self.pending = []


def _finish_run(db: Database, summary: IngestSummary, status: str) -> None:
    with db.write() as conn:
        conn.execute(update(runs).where(runs.c.run_id == summary.run_id).values(
            status=status, finished=now() if status == "finished" else None,
            n_duplicates=runs.c.n_duplicates + summary.duplicates))


def ingest_documents(
    db: Database,
    docs: Iterable[Document | DocumentRejected],
    inputs: dict[str, object] | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    on_rejection: Callable[[DocumentRejected], None] | None = None,
    on_document: Callable[[], None] | None = None,
    process: Process | None = None,
) -> IngestSummary:
    """Run new documents through the pipeline and store them with their events.

    `inputs` (paths and options) identify the run, so the same command after a crash resumes
    it; `on_rejection` hears about each bad input, `on_document` ticks a progress bar.
    `process` replaces `pipeline.process_documents` (a process pool or Dask map plugs in here;
    it must yield one result per input, in any order).
    """
    if process is None:
        from dateline.pipeline import process_documents

        process = functools.partial(process_documents, nlp=nlp, batch_size=batch_size)
    run_id, resumed = start_run(db, inputs or {})
    state = _Ingest(db, IngestSummary(run_id=run_id, resumed=resumed), on_rejection)
    try:
        for item in process(state.unseen(docs)):
            if isinstance(item, DocumentRejected):
                state.reject(item)
            else:
                state.pending.append(item)
            if on_document:
                on_document()
            if len(state.pending) >= batch_size:
                state.flush()
    except BaseException:
        # keep every finished document; the next run with the same inputs resumes
        with contextlib.suppress(Exception):
            state.flush()
        with contextlib.suppress(Exception):
            _finish_run(db, state.summary, "interrupted")
        raise
    state.flush()
    _finish_run(db, state.summary, "finished")
    return state.summary


def ingest_paths(
    db: Database, paths: list[str], published: str | None = None, **kwargs: object
) -> IngestSummary:
    """`ingest_documents` over files, directories or stdin read by `dateline.ingest.read_paths`."""
    from dateline.ingest import read_paths

    inputs = {"paths": list(paths), "published": published}
    return ingest_documents(db, read_paths(paths, published=published), inputs=inputs, **kwargs)  # type: ignore[arg-type]
