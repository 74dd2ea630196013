"""The JSONL reader: one article per line; a bad line is one rejection and the rest still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.ingest import read_paths


@pytest.fixture()
def records(fixtures: Path, split_items):
    path = str(fixtures / "records.jsonl")
    return path, *split_items(read_paths([path], published="2019-03-20"))


def test_jsonl_good_lines_read_around_bad_ones(records) -> None:
    path, docs, rejected = records
    assert [d.doc_id for d in docs] == ["a1", "a4", f"{path}:6"]
    assert [r.source for r in rejected] == [f"{path}:2", "a3", f"{path}:7"]


def test_jsonl_fields_carried(records) -> None:
    _, docs, _ = records
    first = docs[0]
    assert (first.title, first.url, first.source, first.published) == (
        "Talks resume", "https://example.org/a1", "Example Wire", "2019-03-12")


def test_jsonl_html_field_converted_and_date_normalised(records) -> None:
    _, docs, _ = records
    a4 = docs[1]
    assert a4.text == "Police arrested 12 protesters outside parliament on Friday, officials said."
    assert a4.published == "2019-03-15" and a4.format == "html"


@pytest.mark.parametrize(("index", "words"), [(0, "not JSON"), (1, "`text` or `html`"), (2, "JSON object")])
def test_jsonl_rejection_reasons(records, index: int, words: str) -> None:
    _, _, rejected = records
    assert words in rejected[index].reason


def test_jsonl_record_over_limit_rejected_others_read(tmp_path: Path, split_items) -> None:
    path = tmp_path / "big.jsonl"
    lines = [{"id": "small", "text": "Short story."}, {"id": "big", "text": "x" * 5000}, {"id": "after", "text": "More."}]
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    docs, rejected = split_items(read_paths([str(path)], max_bytes=1000))
    assert [d.doc_id for d in docs] == ["small", "after"]
    assert "too large" in rejected[0].reason


def test_jsonl_blank_file_rejected(tmp_path: Path, split_items) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n  \n", encoding="utf-8")
    docs, rejected = split_items(read_paths([str(path)]))
    assert not docs and "empty" in rejected[0].reason

