"""GeoJSON export: located events become Point features; unlocated ones are left out."""

from __future__ import annotations

import io
import json

from dateline.export.geojson import write_geojson
from dateline.records import Event


def test_geojson_points_for_located_events(events: list[Event]) -> None:
    buf = io.StringIO()
    assert write_geojson(events, buf) == 1
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [45.3438, 2.0371]}
    assert feature["properties"]["type"] == "ASSAULT"


def test_geojson_empty_collection_is_valid() -> None:
    buf = io.StringIO()
    write_geojson([], buf)
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}
