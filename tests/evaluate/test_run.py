"""The `evaluate` command: SPEC-format files, set names, missing gold, reports and the doc."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.evaluate.adapters import SETS
from dateline.evaluate.matching import FIELDS
from dateline.evaluate.run import evaluate_command, gold_root, run_named
from dateline.records import Event, Evidence, Place

GOLD_DOC = {
    "doc_id": "made-up-1", "published": "2020-05-04", "title": "t",
    "text": "Rebels attacked the town of Exampleville on Sunday, killing several guards.",
    "events": [
        {"type": "ASSAULT", "actors": ["Rebels"], "recipients": ["guards"],
         "location": {"name": "Exampleville", "country": "XXX", "admin1": "North", "lat": 10.0, "lon": 20.0},
         "date": "2020-05-03", "date_precision": "day", "fatalities": "several", "modality": "asserted",
         "evidence": "Rebels attacked the town of Exampleville on Sunday, killing several guards.",
         "required": True},
        {"type": "PROTEST", "location": None, "date": None, "evidence": "Residents marched.",
         "required": False},
    ],
}


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "made_up.gold.jsonl"
    path.write_text(json.dumps(GOLD_DOC) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def fake_pipeline(monkeypatch):
    pred = Event("ASSAULT", location=Place("Exampleville", lat=10.01, lon=20.0), date="2020-05-03",
                 fatalities=3, evidence=[Evidence("made-up-1", GOLD_DOC["text"], 0, 70)])
    monkeypatch.setattr("dateline.evaluate.predict.extract_events",
                        lambda docs, nlp=None: {d.doc_id: [pred] for d in docs})


def test_run_spec_file_prints_detection_and_every_field(gold_file, fake_pipeline, capsys, tmp_path):
    report, doc = tmp_path / "r.json", tmp_path / "EVALUATION.md"
    results = evaluate_command(str(gold_file), report=report, show_errors=True, write_doc=doc)
    printed = capsys.readouterr().out
    for name in ("detection", *FIELDS, "P", "R", "F1"):
        assert name in printed, name
    det = results[0].metrics["detection"]
    assert (det.precision, det.recall) == (1.0, 1.0)
    assert results[0].metrics["fatalities"].tp == 1
    data = json.loads(report.read_text())
    assert data["sets"][0]["metrics"]["detection"]["f1"] == 1.0
    assert data["command"].startswith("dateline evaluate ")
    assert len(data["sets"][0]["gold_sha256"]) == 64
    md = doc.read_text()
    assert "| detection |" in md and "versions:" in md and "this run: `dateline evaluate" in md


def test_run_errors_list_shows_ids_values_and_evidence(gold_file, monkeypatch, capsys):
    monkeypatch.setattr("dateline.evaluate.predict.extract_events",
                        lambda docs, nlp=None: {d.doc_id: [] for d in docs})
    evaluate_command(str(gold_file), show_errors=True)
    printed = capsys.readouterr().out
    assert "made-up-1" in printed and "miss" in printed and "Exampleville" in printed


def test_run_missing_gold_names_expected_file(tmp_path):
    with pytest.raises(DatelineError) as exc:
        run_named("isaf", tmp_path / "nowhere", None)
    assert str(tmp_path / "nowhere" / "isaf" / "isaf.jsonl") in str(exc.value)
    with pytest.raises(DatelineError, match="expected"):
        run_named("all", tmp_path / "nowhere", None)


def test_run_unknown_set_lists_choices(tmp_path):
    with pytest.raises(DatelineError) as exc:
        run_named("nonsense", tmp_path, None)
    for name in SETS:
        assert name in str(exc.value)


def test_run_cli_exits_2_with_one_line_when_gold_absent(tmp_path):
    cli = Path(sys.executable).with_name("dateline")
    env = {**os.environ, "COLUMNS": "400"}  # Rich wraps stderr at 80 columns when not a terminal
    proc = subprocess.run([str(cli), "evaluate", "isaf", "--gold-dir", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 2
    assert "gold data not found" in proc.stderr and "isaf.jsonl" in proc.stderr


def test_run_gold_root_prefers_option_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_GOLD_DIR", str(tmp_path / "env"))
    assert gold_root(tmp_path / "opt") == tmp_path / "opt"
    assert gold_root(None) == tmp_path / "env"


FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate" / "made_up.gold.jsonl"


@pytest.mark.model
def test_run_spec_file_with_real_pipeline(nlp, capsys):
    results = evaluate_command(str(FIXTURE))
    printed = capsys.readouterr().out
    for name in ("detection", *FIELDS):
        assert name in printed, name
    assert results[0].docs == 2
    det = results[0].metrics["detection"]
    assert det.tp + det.fn == 2          # two required gold events; the optional one never counts


def test_run_guarded_records_a_broken_set(tmp_path):
    from dateline.evaluate.adapters import GoldSet
    from dateline.evaluate.run import run_guarded

    (tmp_path / "f.txt").write_text("x")

    def broken(root, limit):
        raise ValueError("bad row")

    results = run_guarded(GoldSet("broken", ("f.txt",), broken, "test"), tmp_path, None)
    assert results[0].notes == ["FAILED: ValueError: bad row"]
