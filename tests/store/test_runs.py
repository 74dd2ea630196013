"""Ingest runs: idempotent by content hash, committed per batch, resumable after a crash."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from dateline.errors import DocumentRejected
from dateline.records import Document
from dateline.store.database import Database
from dateline.store.queries import count_documents, count_events, list_events
from dateline.store.runs import ingest_documents, ingest_paths
from dateline.store.schema import documents, event_sources, rejections, runs


def _docs(n: int, offset: int = 0) -> list[Document]:
    return [Document(doc_id=f"doc-{i}", text=f"Report {i}: an attack near the market.",
                     published=f"2024-03-{1 + 3 * i:02d}")
            for i in range(offset, offset + n)]


def _interrupted(docs: list[Document], after: int) -> Iterator[Document]:
    for i, doc in enumerate(docs):
        if i == after:
            raise KeyboardInterrupt("killed")
        yield doc


def _rows(db: Database, table) -> int:  # type: ignore[no-untyped-def]
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_runs_reingest_adds_nothing(db: Database, fake_nlp) -> None:
    first = ingest_documents(db, _docs(4), nlp=fake_nlp)
    second = ingest_documents(db, _docs(4), nlp=fake_nlp)
    assert (first.new, first.duplicates) == (4, 0)
    assert (second.new, second.duplicates, second.events) == (0, 4, 0)
    assert count_documents(db) == 4


def test_runs_same_text_under_two_ids_is_stored_once(db: Database, fake_nlp) -> None:
    docs = [Document(doc_id="a", text="Same words."), Document(doc_id="b", text="  Same   words. ")]
    summary = ingest_documents(db, docs, nlp=fake_nlp)
    assert (summary.new, summary.duplicates) == (1, 1)


def test_runs_same_event_in_two_documents_is_merged(db: Database, fake_nlp) -> None:
    docs = [Document(doc_id="a", text="Militants attack a hotel."), Document(doc_id="b", text="A hotel attack by militants.")]
    summary = ingest_documents(db, docs, nlp=fake_nlp)
    assert (summary.events, summary.merged) == (1, 1)
    [event] = list_events(db)
    assert event.sources == ["a", "b"]
    assert _rows(db, event_sources) == 2


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_runs_resume_after_interruption_stores_everything_once(db: Database, fake_nlp, batch_size: int) -> None:
    docs = _docs(7)
    inputs = {"paths": ["feed"]}
    with pytest.raises(KeyboardInterrupt):
        ingest_documents(db, _interrupted(docs, after=5), inputs=inputs, nlp=fake_nlp, batch_size=batch_size)
    stored_before = count_documents(db)
    assert 5 - batch_size <= stored_before <= 5
    with db.read() as conn:
        assert conn.execute(select(runs.c.status)).scalar_one() == "interrupted"

    summary = ingest_documents(db, docs, inputs=inputs, nlp=fake_nlp, batch_size=batch_size)
    assert summary.resumed
    assert summary.already_done == stored_before
    assert summary.new == 7 - stored_before
    assert count_documents(db) == _rows(db, documents) == 7
    assert count_events(db) == _rows(db, event_sources) == 7
    with db.read() as conn:
        assert conn.execute(select(runs.c.status, runs.c.n_new)).one() == ("finished", 7)


def test_runs_other_inputs_start_a_new_run(db: Database, fake_nlp) -> None:
    with pytest.raises(KeyboardInterrupt):
        ingest_documents(db, _interrupted(_docs(3), after=2), inputs={"paths": ["a"]}, nlp=fake_nlp, batch_size=1)
    summary = ingest_documents(db, _docs(3), inputs={"paths": ["b"]}, nlp=fake_nlp)
    assert not summary.resumed
    assert _rows(db, runs) == 2


def test_runs_rejections_are_reported_and_recorded(db: Database, fake_nlp) -> None:
    heard: list[DocumentRejected] = []
    items = [DocumentRejected("bad.bin", "binary file"), Document(doc_id="blank", text="   \n "), *_docs(1)]
    summary = ingest_documents(db, items, nlp=fake_nlp, on_rejection=heard.append)
    assert [r.source for r in heard] == ["bad.bin", "blank"]
    assert (summary.rejected, summary.new) == (2, 1)
    assert _rows(db, rejections) == 2


def test_runs_copy_read_twice_in_a_run_counts_as_duplicate(db: Database, fake_nlp, tmp_path) -> None:
    """A file read twice in one run is skipped as a duplicate (and noted), not a rejection."""
    paths = []
    for name in ("a.txt", "copy.txt"):
        path = tmp_path / name
        path.write_text("Gunmen attacked a convoy near Gao on Monday.", encoding="utf-8")
        paths.append(str(path))
    summary = ingest_paths(db, paths, published="2024-03-04", nlp=fake_nlp)
    assert (summary.new, summary.duplicates, summary.rejected) == (1, 1, 0)
    assert _rows(db, rejections) == 1  # the skip stays on record with its reason
    with db.read() as conn:
        assert conn.execute(select(runs.c.n_duplicates, runs.c.n_rejected)).one() == (1, 0)


def test_runs_ingest_paths_reads_files(db: Database, fake_nlp, tmp_path) -> None:
    paths = []
    for i in range(2):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Story {i}: gunmen attack a convoy.", encoding="utf-8")
        paths.append(str(path))
    summary = ingest_paths(db, paths, published="2024-03-04", nlp=fake_nlp)
    assert summary.new == 2
    assert {e.sources[0] for e in list_events(db)} <= set(paths)


def test_runs_process_hook_sees_only_unstored_documents(db: Database) -> None:
    from dateline.pipeline import ProcessedDocument, prepare

    seen: list[str] = []

    def process(items):  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, Document):
                seen.append(item.doc_id)
                yield ProcessedDocument(document=prepare(item))
            else:
                yield item

    ingest_documents(db, _docs(2), process=process)
    ingest_documents(db, _docs(3), process=process)
    assert seen == ["doc-0", "doc-1", "doc-2"]
    assert count_documents(db) == 3


def test_runs_a_result_stored_meanwhile_is_not_stored_twice(db: Database) -> None:
    from dateline.pipeline import ProcessedDocument, prepare

    def twice(items):  # type: ignore[no-untyped-def]
        for item in items:
            done = ProcessedDocument(document=prepare(item))
            yield done
            yield done

    summary = ingest_documents(db, _docs(1), process=twice)
    assert (summary.new, summary.duplicates) == (1, 1)
    assert count_documents(db) == 1
