"""CSV export: one row per event, lists flattened so a spreadsheet user can filter them.

Lists of actors become parallel `; `-joined columns (names, countries, sectors with `+`
between the sectors of one actor); evidence becomes the sentences joined by ` | ` plus the
document ids. `read_csv` turns the rows back into events (what the table keeps survives).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Any

from dateline.export.registry import register
from dateline.records import COUNT_FIELDS, Actor, Event, Evidence, Place

LIST_SEP = "; "
EVIDENCE_SEP = " | "
COLUMNS = (
    "id", "type", "mode", "context", "acled_event_type", "acled_sub_event_type", "territory",
    "actors", "actor_countries", "actor_sectors",
    "recipients", "recipient_countries", "recipient_sectors",
    "location", "geonameid", "lat", "lon", "admin1", "country", "location_precision",
    "date", "date_precision", *COUNT_FIELDS,
    "modality", "attributed_to", "confidence", "sources", "evidence", "evidence_doc_ids",
)


def _actor_columns(prefix: str, actors: list[Actor]) -> dict[str, str]:
    return {
        f"{prefix}s": LIST_SEP.join(a.name for a in actors),
        f"{prefix}_countries": LIST_SEP.join(a.country or "" for a in actors),
        f"{prefix}_sectors": LIST_SEP.join("+".join(a.sector) for a in actors),
    }


def flatten(event: Event) -> dict[str, Any]:
    """One CSV row (column -> value; None for missing) for an event."""
    loc = event.location
    row: dict[str, Any] = {
        "id": event.id, "type": event.type, "mode": event.mode,
        "context": LIST_SEP.join(event.context),
        "acled_event_type": (event.acled or {}).get("event_type"),
        "acled_sub_event_type": (event.acled or {}).get("sub_event_type"),
        "territory": event.territory,
        **_actor_columns("actor", event.actors), **_actor_columns("recipient", event.recipients),
        "location": loc.name if loc else None, "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "admin1": loc.admin1 if loc else None, "country": loc.country if loc else None,
        "location_precision": loc.precision if loc else None,
        "date": event.date, "date_precision": event.date_precision,
        "modality": event.modality, "attributed_to": event.attributed_to,
        "confidence": event.confidence, "sources": LIST_SEP.join(event.sources),
        "evidence": EVIDENCE_SEP.join(" ".join(ev.text.split()) for ev in event.evidence),
        "evidence_doc_ids": LIST_SEP.join(ev.doc_id for ev in event.evidence),
    }
    row.update({name: getattr(event, name) for name in COUNT_FIELDS})
    return row


@register("csv", suffix=".csv", description="one row per event, lists joined with '; '")
def write_csv(events: Iterable[Event], stream: IO[str]) -> int:
    """A header row, then one flattened row per event."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in flatten(event).items()})
        n += 1
    return n


def _split(value: str, sep: str = LIST_SEP) -> list[str]:
    return value.split(sep) if value else []


def _actors(row: dict[str, str], prefix: str) -> list[Actor]:
    names = _split(row[f"{prefix}s"])
    countries = _split(row[f"{prefix}_countries"]) or [""] * len(names)
    sectors = _split(row[f"{prefix}_sectors"]) or [""] * len(names)
    return [Actor(name=n, country=c or None, sector=_split(s, "+"))
            for n, c, s in zip(names, countries, sectors)]


def _num(value: str, kind: type) -> Any:
    return kind(value) if value != "" else None


def unflatten(row: dict[str, str]) -> Event:
    """An event from a CSV row (evidence offsets are not kept in the table)."""
    loc = None
    if row["location"]:
        loc = Place(name=row["location"], geonameid=_num(row["geonameid"], int),
                    lat=_num(row["lat"], float), lon=_num(row["lon"], float),
                    admin1=row["admin1"] or None, country=row["country"] or None,
                    precision=row["location_precision"] or "exact")
    acled = None
    if row["acled_event_type"]:
        acled = {"event_type": row["acled_event_type"], "sub_event_type": row["acled_sub_event_type"]}
    texts, docs = _split(row["evidence"], EVIDENCE_SEP), _split(row["evidence_doc_ids"])
    event = Event(
        type=row["type"], id=row["id"], mode=row["mode"] or None, context=_split(row["context"]),
        acled=acled, territory=row["territory"] or None,
        actors=_actors(row, "actor"), recipients=_actors(row, "recipient"), location=loc,
        date=row["date"] or None, date_precision=row["date_precision"] or "day",
        modality=row["modality"], attributed_to=row["attributed_to"] or None,
        confidence=float(row["confidence"]), sources=_split(row["sources"]),
        evidence=[Evidence(doc_id=d, text=t, start=-1, end=-1) for d, t in zip(docs, texts)],
    )
    for name in COUNT_FIELDS:
        setattr(event, name, _num(row[name], int))
    return event


def read_csv(stream: IO[str]) -> Iterator[Event]:
    """Events back from `write_csv` output."""
    for row in csv.DictReader(stream):
        yield unflatten(row)
