"""The demo: a bundled corpus that stays well-formed, and a command that runs on a fresh machine."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.demo import demo_documents, run_demo
from dateline.store.database import Database
from dateline.store.queries import count_documents, list_events

runner = CliRunner()


def test_demo_corpus_is_twenty_short_dated_articles() -> None:
    docs = demo_documents()
    assert len(docs) == 20
    assert len({d.doc_id for d in docs}) == 20
    assert len({d.content_hash for d in docs}) == 20
    for doc in docs:
        assert 120 <= len(doc.text.split()) <= 300, doc.doc_id
        dt.date.fromisoformat(doc.published)
        assert doc.title and doc.source


def test_demo_corpus_has_one_story_from_two_outlets() -> None:
    by_id = {d.doc_id: d for d in demo_documents()}
    a, b = by_id["demo-08-somalia-a"], by_id["demo-09-somalia-b"]
    assert a.source != b.source and a.published == b.published
    assert "Hodan" in a.text and "Hodan" in b.text


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, nlp):
    """`dateline demo --out-dir DIR` once for the module (the model is shared through `nlp`)."""
    out = tmp_path_factory.mktemp("demo")
    result = runner.invoke(app, ["demo", "--out-dir", str(out)], env={"COLUMNS": "160"})
    return out, result


@pytest.mark.model
def test_demo_command_writes_store_and_exports(demo_run) -> None:
    out, result = demo_run
    assert result.exit_code == 0, result.output
    db = out / "demo.db"
    assert db.exists()
    for name in ("events.jsonl", "events.csv"):
        assert (out / name).exists()
    header = (out / "events.csv").read_text("utf-8").splitlines()[0]
    assert header.startswith("id,type,")
    for line in (out / "events.jsonl").read_text("utf-8").splitlines():
        assert json.loads(line)["type"]
    for column in ("Date", "Type", "Actors", "Place", "Evidence"):
        assert column in result.stdout
    assert str(db) in result.stderr
    with Database(str(db)) as store:
        assert count_documents(store) == 20


@pytest.mark.model
def test_demo_twice_adds_no_documents(demo_run, nlp) -> None:
    out, _ = demo_run
    with Database(str(out / "demo.db")) as store:
        events_before = list_events(store)
    again = run_demo(db=str(out / "demo.db"), out_dir=out, nlp=nlp)
    assert (again.summary.new, again.summary.duplicates, again.documents) == (0, 20, 20)
    assert again.events == events_before


@pytest.mark.model
def test_demo_default_store_is_fresh_each_time(demo_run, nlp) -> None:
    out, _ = demo_run
    fresh = run_demo(out_dir=out, nlp=nlp)
    assert (fresh.summary.new, fresh.documents) == (20, 20)
