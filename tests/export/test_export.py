"""The exporter registry: built-ins by name, plugins register the same way, clear errors."""

from __future__ import annotations

import pytest

from dateline.errors import DatelineError
from dateline.export import export_events, exporters, get_exporter, register
from dateline.export.registry import _EXPORTERS
from dateline.records import Event


def test_export_builtins_registered() -> None:
    assert {"jsonl", "csv", "geojson", "parquet"} <= exporters().keys()
    assert get_exporter("parquet").binary and not get_exporter("csv").binary


def test_export_unknown_format_lists_choices() -> None:
    with pytest.raises(DatelineError, match="jsonl"):
        get_exporter("xlsx")


def test_export_binary_format_needs_a_file(events: list[Event]) -> None:
    with pytest.raises(DatelineError, match="--out"):
        export_events(events, "parquet", None)


def test_export_plugin_registers_like_a_builtin(events: list[Event], tmp_path) -> None:
    @register("ids", suffix=".txt")
    def write_ids(evs, stream) -> int:  # type: ignore[no-untyped-def]
        ids = [e.id for e in evs]
        stream.write("\n".join(ids))
        return len(ids)

    try:
        out = tmp_path / "sub" / "ids.txt"
        assert export_events(events, "ids", out) == 2
        assert out.read_text() == "ev_full\nev_bare"
    finally:
        _EXPORTERS.pop("ids")


def test_export_stdout_by_default(events: list[Event], capsys) -> None:
    assert export_events(events, "jsonl") == 2
    assert capsys.readouterr().out.count("\n") == 2
