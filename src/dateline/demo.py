"""The demo: ingest the bundled corpus of 20 invented articles into a fresh store and export it.

It shows the whole path (ingest, pipeline, store with cross-article merge, exports) on a
fresh machine without any input from the user.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.export import export_events
from dateline.records import Document, Event
from dateline.settings import default_home
from dateline.store.database import Database
from dateline.store.queries import count_documents, list_events
from dateline.store.runs import IngestSummary, ingest_documents

if TYPE_CHECKING:
    from spacy.language import Language

EXPORT_FORMATS = ("jsonl", "csv")


@functools.lru_cache(maxsize=1)
def _articles() -> tuple[dict, ...]:
    text = importlib.resources.files("dateline.data").joinpath("demo", "articles.jsonl").read_text("utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def demo_documents() -> list[Document]:
    """The bundled articles as Documents (ids, titles, outlets and publication dates kept)."""
    return [Document(doc_id=a["id"], text=a["text"], title=a.get("title"), published=a.get("published"),
                     source=a.get("source"), format="jsonl") for a in _articles()]


@dataclass
class DemoResult:
    """Where the demo wrote its store and exports, and what it stored."""

    db_url: str
    out_dir: Path
    summary: IngestSummary
    documents: int
    events: list[Event] = field(default_factory=list)
    exports: dict[str, Path] = field(default_factory=dict)


def default_demo_dir() -> Path:
    """DATELINE_HOME/demo when writable, else a fresh temporary directory."""
    folder = default_home() / "demo"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.touch()
        probe.unlink()
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix="dateline-demo-"))


def _reset_sqlite(path: Path) -> None:
    """Start the default demo store afresh (the demo's own file only, never a user's --db)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def run_demo(db: str | None = None, out_dir: Path | None = None, nlp: Language | None = None) -> DemoResult:
    """Ingest the demo corpus into `db` (default: a fresh `demo.db` in `out_dir`) and export it.

    An explicit `db` is ingested into as is: the content hashes make a second run add nothing.
    """
    out_dir = out_dir or default_demo_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    if db is None:
        db_file = out_dir / "demo.db"
        _reset_sqlite(db_file)
        db = str(db_file)
    with Database(db) as store:
        summary = ingest_documents(store, demo_documents(), inputs={"demo": True}, nlp=nlp)
        events = list_events(store)
        exports = {}
        for fmt in EXPORT_FORMATS:
            path = out_dir / f"events.{fmt}"
            export_events(events, fmt, path)
            exports[fmt] = path
        return DemoResult(db_url=store.url, out_dir=out_dir, summary=summary,
                          documents=count_documents(store), events=events, exports=exports)
