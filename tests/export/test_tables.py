"""CSV export: lists flattened into readable columns, and read back to the same facts."""

from __future__ import annotations

import csv
import io

import pytest

from dateline.export.tables import COLUMNS, flatten, read_csv, write_csv
from dateline.records import Event


@pytest.mark.parametrize(("column", "value"), [
    ("actors", "al-Shabaab; Unknown gunmen"),
    ("actor_countries", "SOM; "),
    ("actor_sectors", "REB+REL; "),
    ("recipients", "civilians"),
    ("acled_sub_event_type", "Suicide bomb"),
    ("location", "Mogadishu"),
    ("lat", 2.0371),
    ("sources", "doc-a; doc-b"),
    ("evidence", 'A car bomb, "huge", killed 8; witnesses said. | Ten people were killed.'),
    ("evidence_doc_ids", "doc-a; doc-b"),
    ("fatalities", 8),
    ("displaced", None),
])
def test_tables_flatten_columns(events: list[Event], column: str, value: object) -> None:
    assert flatten(events[0])[column] == value


def test_tables_csv_has_header_and_one_row_per_event(events: list[Event]) -> None:
    buf = io.StringIO()
    assert write_csv(events, buf) == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 3


def test_tables_csv_round_trip_keeps_the_facts(events: list[Event]) -> None:
    buf = io.StringIO()
    write_csv(events, buf)
    back = list(read_csv(io.StringIO(buf.getvalue())))
    for before, after in zip(events, back):
        # the table keeps everything except actor surface text and evidence offsets
        expected = before.to_dict()
        got = after.to_dict()
        for actor in expected["actors"] + expected["recipients"]:
            actor["text"] = ""
        for ev_e, ev_g in zip(expected["evidence"], got["evidence"]):
            ev_e.update(start=-1, end=-1, text=" ".join(ev_e["text"].split()))
        assert got == expected


def test_tables_empty_export_is_just_the_header() -> None:
    buf = io.StringIO()
    assert write_csv([], buf) == 0
    assert buf.getvalue().strip() == ",".join(COLUMNS)
