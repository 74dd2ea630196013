"""Parquet export: the flat CSV columns with proper types, for pandas, DuckDB and Arrow users."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

from dateline.export.registry import register
from dateline.export.tables import COLUMNS, flatten
from dateline.records import COUNT_FIELDS, Event

BATCH = 5000
_TYPES = {"geonameid": "int64", "lat": "float64", "lon": "float64", "confidence": "float64",
          **{name: "int64" for name in COUNT_FIELDS}}


def _schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    kinds = {"int64": pa.int64(), "float64": pa.float64()}
    return pa.schema([(col, kinds.get(_TYPES.get(col, ""), pa.string())) for col in COLUMNS])


def _batches(events: Iterable[Event]) -> Iterator[list[dict]]:
    rows: list[dict] = []
    for event in events:
        rows.append(flatten(event))
        if len(rows) >= BATCH:
            yield rows
            rows = []
    if rows:
        yield rows


@register("parquet", suffix=".parquet", binary=True, description="typed flat columns (Apache Parquet)")
def write_parquet(events: Iterable[Event], stream: IO[bytes]) -> int:
    """Writes row groups of BATCH events; pyarrow is imported only when this format is used."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    n = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for rows in _batches(events):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
