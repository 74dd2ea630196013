"""GeoJSON export: a FeatureCollection of located events, for QGIS, Leaflet and kepler.gl.

Events without coordinates are left out (a map cannot place them); the properties are the
flat CSV columns so the two exports read alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from dateline.export.registry import register
from dateline.export.tables import flatten
from dateline.records import Event


def feature(event: Event) -> dict | None:
    """One Point feature, or None when the event has no coordinates."""
    loc = event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {"type": "Feature", "id": event.id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": flatten(event)}


@register("geojson", suffix=".geojson", description="FeatureCollection of located events")
def write_geojson(events: Iterable[Event], stream: IO[str]) -> int:
    """Streams features one by one so large exports need little memory."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        feat = feature(event)
        if feat is None:
            continue
        stream.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
        n += 1
    stream.write("\n]}\n")
    return n
