"""JSONL export is the SPEC.md record, line by line, and reads back unchanged."""

from __future__ import annotations

import io
import json

from dateline.export.jsonl import read_jsonl, write_jsonl
from dateline.records import Event


def test_jsonl_round_trip(events: list[Event]) -> None:
    buf = io.StringIO()
    assert write_jsonl(events, buf) == 2
    assert list(read_jsonl(io.StringIO(buf.getvalue()))) == events


def test_jsonl_one_spec_record_per_line(events: list[Event]) -> None:
    buf = io.StringIO()
    write_jsonl(events, buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert {"id", "type", "actors", "location", "evidence", "sources", "date_precision"} <= record.keys()
