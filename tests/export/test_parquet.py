"""Parquet export: the CSV columns with numeric types, readable by pyarrow."""

from __future__ import annotations

import pyarrow.parquet as pq

from dateline.export import export_events
from dateline.export.tables import COLUMNS
from dateline.records import Event


def test_parquet_typed_columns(events: list[Event], tmp_path) -> None:
    path = tmp_path / "e.parquet"
    assert export_events(events, "parquet", path) == 2
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    rows = table.to_pylist()
    assert (rows[0]["fatalities"], rows[0]["lat"], rows[1]["fatalities"]) == (8, 2.0371, None)
    assert str(table.schema.field("fatalities").type) == "int64"


def test_parquet_empty_export_has_schema(tmp_path) -> None:
    path = tmp_path / "e.parquet"
    assert export_events([], "parquet", path) == 0
    assert pq.read_table(path).num_rows == 0
