"""Report rendering: table cells per metric kind, reproducible command lines, the markdown doc."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.metrics import PRF, Accuracy, Distribution
from dateline.evaluate.report import cells, command_line, docstring_markdown, write_markdown
from dateline.evaluate.result import SetResult


@pytest.mark.parametrize("metric, expected", [
    (PRF(1, 1, 0), ("0.500", "1.000", "0.667", "", "tp=1 fp=1 fn=0")),
    (Accuracy(1, 4), ("", "", "", "0.250", "1/4")),
    (Distribution([1.0, 3.0]), ("", "", "", "mean 2.0, median 2.0", "n=2")),
    (Distribution(), ("", "", "", "-", "n=0")),
    (PRF(), ("-", "-", "-", "", "tp=0 fp=0 fn=0")),
    (Accuracy(), ("", "", "", "-", "0/0")),
])
def test_report_cells(metric, expected):
    assert cells(metric) == expected


def test_report_command_line_reproduces_options():
    line = command_line("all", 5, Path("r.json"), True, Path("g"), Path("docs/EVALUATION.md"))
    assert line == ("dateline evaluate all --limit 5 --report r.json --errors --gold-dir g "
                    "--write-doc docs/EVALUATION.md")
    assert command_line("isaf", None, None, False, None, None) == "dateline evaluate isaf"


def test_report_markdown_has_tables_timings_and_method(tmp_path):
    results = [SetResult(name="isaf", gold_file="isaf/isaf.jsonl", docs=3, seconds=1.5,
                         metrics={"event_type": Accuracy(2, 3)}, gold_sha256="f" * 64, notes=["n1"]),
               SetResult(name="x.gold.jsonl", gold_file="x", docs=1, metrics={"detection": PRF(1, 0, 0)})]
    path = tmp_path / "EVALUATION.md"
    write_markdown(path, results, 2.0, "dateline evaluate all")
    text = path.read_text()
    assert "## isaf" in text and "| event_type |" in text and "0.667" in text
    assert "| isaf | 3 | 1.5 | `ffffffffffff` |" in text
    assert "press release" in text.lower()          # the adapter's own account of its scoring
    assert "SPEC.md section 2" in text              # the generic adapter's account for any file
    assert "Note: n1" in text


def test_report_docstring_markdown_keeps_bullets_and_paragraphs():
    doc = """First line
    continues here.

    - a bullet
      wrapped
    - another
    """
    assert docstring_markdown(doc) == "First line continues here.\n\n- a bullet wrapped\n- another"
