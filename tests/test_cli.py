"""The store commands of the CLI: ingest, events, export (thin wrappers, checked end to end)."""

from __future__ import annotations

import csv
import io
import json

import pytest
import spacy
from typer.testing import CliRunner

from dateline.cli import app
from dateline.nlp.extensions import register_extensions
from dateline.records import Actor, Event, Evidence, Place
from dateline.store.database import Database
from dateline.store.writes import store_event

runner = CliRunner()


@pytest.fixture
def blank_pipeline(monkeypatch):
    """No model: the pipeline parses nothing and finds no events (extraction is tested elsewhere)."""
    register_extensions()
    nlp = spacy.blank("en")
    monkeypatch.setattr("dateline.pipeline._default_nlp", lambda: nlp)
    return nlp


@pytest.fixture
def stored(tmp_path) -> str:
    path = str(tmp_path / "cli.db")
    events = [
        Event(type="ASSAULT", actors=[Actor(name="M23")], date="2024-02-09", fatalities=4,
              location=Place(name="Sake", lat=-1.5736, lon=29.045, country="COD"),
              evidence=[Evidence("d1", "M23 rebels shelled Sake, killing four.", 0, 38)], sources=["d1"]),
        Event(type="PROTEST", actors=[Actor(name="students")], date="2024-03-19", modality="claimed",
              location=Place(name="Nairobi", lat=-1.2833, lon=36.8167, country="KEN"),
              evidence=[Evidence("d2", "Students marched in Nairobi.", 0, 28)], sources=["d2"]),
    ]
    with Database(path) as db, db.write() as conn:
        for event in events:
            event.assign_id()
            store_event(conn, event)
    return path


def _write_articles(tmp_path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = tmp_path / f"article{i}.txt"
        path.write_text(f"Article {i}. Rebels attacked a village on Monday.", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_ingest_then_reingest_adds_nothing(tmp_path, blank_pipeline) -> None:
    db = str(tmp_path / "store.db")
    paths = _write_articles(tmp_path, 3)
    first = runner.invoke(app, ["ingest", *paths, "--db", db, "--published", "2024-03-04"])
    assert first.exit_code == 0, first.output
    assert "3 new documents, 0 duplicates skipped" in first.output
    second = runner.invoke(app, ["ingest", *paths, "--db", db])
    assert "0 new documents, 3 duplicates skipped" in second.output


def test_cli_ingest_bad_date_is_a_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["ingest", "x.txt", "--db", str(tmp_path / "s.db"), "--published", "March 3"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


@pytest.mark.parametrize(("args", "expected_types"), [
    ([], ["ASSAULT", "PROTEST"]),
    (["--type", "protest"], ["PROTEST"]),
    (["--country", "COD"], ["ASSAULT"]),
    (["--since", "2024-03-01"], ["PROTEST"]),
    (["--actor", "m23"], ["ASSAULT"]),
    (["--doc", "d2"], ["PROTEST"]),
    (["--search", "marched"], ["PROTEST"]),
    (["--limit", "1", "--offset", "1"], ["PROTEST"]),
])
def test_cli_events_filters_jsonl(stored: str, args: list[str], expected_types: list[str]) -> None:
    result = runner.invoke(app, ["events", "--db", stored, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    types = [json.loads(line)["type"] for line in result.stdout.splitlines() if line.startswith("{")]
    assert types == expected_types


def test_cli_events_table(stored: str) -> None:
    result = runner.invoke(app, ["events", "--db", stored], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "Sake" in result.stdout and "4 killed" in result.stdout
    assert "[claimed]" in result.stdout  # escaped, not swallowed as Rich markup
    assert "2 of 2 matching events" in result.stderr


@pytest.mark.parametrize("args", [["--type", "BOMBING"], ["--format", "xml"], ["--since", "yesterday"]])
def test_cli_events_rejects_bad_options(stored: str, args: list[str]) -> None:
    result = runner.invoke(app, ["events", "--db", stored, *args])
    assert result.exit_code == 2


def test_cli_export_csv_to_file(stored: str, tmp_path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", stored, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [(r["type"], r["location"], r["actors"]) for r in rows] == [
        ("ASSAULT", "Sake", "M23"), ("PROTEST", "Nairobi", "students")]


def test_cli_export_jsonl_to_stdout_with_filter(stored: str) -> None:
    result = runner.invoke(app, ["export", "--db", stored, "--type", "ASSAULT"])
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert json.loads(line)["location"]["name"] == "Sake"


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xlsx"], "choose one of"),
    (["--format", "parquet"], "--out"),
])
def test_cli_export_bad_format_is_a_usage_error(stored: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", "--db", stored, *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_export_parquet_to_file(stored: str, tmp_path) -> None:
    out = tmp_path / "e.parquet"
    result = runner.invoke(app, ["export", "--db", stored, "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 events exported as parquet" in result.stderr
