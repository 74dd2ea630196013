"""Export events to files: a registry of formats (jsonl, csv, geojson, parquet) and one entry point."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from dateline.errors import DatelineError
from dateline.export.registry import Exporter, exporters, get_exporter, register
from dateline.records import Event

__all__ = ["Exporter", "export_events", "exporters", "get_exporter", "register"]


def export_events(events: Iterable[Event], fmt: str, out: Path | None = None) -> int:
    """Write `events` as `fmt` to `out` (stdout when None); returns how many were written."""
    exporter = get_exporter(fmt)
    if out is None:
        if exporter.binary:
            raise DatelineError(f"format {fmt!r} is binary: give --out FILE")
        return exporter.write(events, sys.stdout)
    out.parent.mkdir(parents=True, exist_ok=True)
    if exporter.binary:
        with out.open("wb") as stream:
            return exporter.write(events, stream)
    with out.open("w", encoding="utf-8", newline="") as stream:
        return exporter.write(events, stream)
