"""Cross-article de-duplication: decide whether two reports describe one event, and merge them.

Two outlets often report the same attack. When the store meets an event from a new document
that matches one it already holds, it merges the two instead of storing a second row.

Two events are the same when all of these hold:
- they come from different documents (events of one article are the event stage's business);
- same PLOVER type;
- dates agree: within one day when both have day precision, the same week/month/year when
  coarser; both unknown also agrees;
- places agree: within `MAX_KM` kilometres when both are precise (`exact`/`near` with
  coordinates), else the same place name; both unknown also agrees; one known and one unknown
  does not;
- actors agree: the canonical names of actors and recipients overlap, or neither has any;
- something specific ties them: a shared actor, or two precise places. Two actorless events
  placed only at a country or province on the same day are too common to merge blindly.

Merging keeps the stored event's id, unions sources, evidence, actors and contexts, fills
fields the first lacks from the second, and keeps the larger of two casualty counts (later
reports usually revise tolls upward; the evidence list keeps every figure for the reader).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from dateline.records import COUNT_FIELDS, Actor, Event, Evidence, Place
from dateline.resolve.geocode import haversine_km

MAX_KM = 25.0
PRECISE = ("exact", "near")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# when two reports disagree on modality, the firmer one wins
MODALITY_RANK = {"asserted": 0, "claimed": 1, "denied": 2, "future": 3, "hypothetical": 4, "negated": 5}


def _parse(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        return None


def dates_agree(a: Event, b: Event) -> bool:
    """Within a day at day precision; the same period at coarser precision."""
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    da, db = _parse(a.date), _parse(b.date)
    if da is None or db is None:
        return a.date == b.date
    coarse = max(a.date_precision, b.date_precision, key=lambda p: PRECISION_RANK.get(p, 0))
    if coarse == "day":
        return abs((da - db).days) <= 1
    if coarse == "week":
        return da.isocalendar()[:2] == db.isocalendar()[:2]
    if coarse == "month":
        return (da.year, da.month) == (db.year, db.month)
    return da.year == db.year


def places_agree(a: Event, b: Event) -> bool:
    """Near each other, or the same name when coordinates are missing."""
    pa, pb = a.location, b.location
    if pa is None or pb is None:
        return pa is None and pb is None
    if _precise(pa) and _precise(pb):
        return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= MAX_KM  # type: ignore[arg-type]
    return pa.name.casefold() == pb.name.casefold()


def _precise(place: Place | None) -> bool:
    return (place is not None and place.precision in PRECISE
            and place.lat is not None and place.lon is not None)


def _names(event: Event) -> set[str]:
    return {actor.name.casefold() for actor in event.actors + event.recipients if actor.name}


def actors_agree(a: Event, b: Event) -> bool:
    """Some participant in common, or no participant named in either."""
    na, nb = _names(a), _names(b)
    if not na or not nb:
        return not na and not nb
    return bool(na & nb)


def _doc_ids(event: Event) -> set[str]:
    return set(event.sources) | {ev.doc_id for ev in event.evidence}


def same_event(a: Event, b: Event) -> bool:
    """True when `a` and `b` are two documents' reports of one event (rules in the module doc)."""
    return (
        a.type == b.type
        and not (_doc_ids(a) & _doc_ids(b))
        and dates_agree(a, b)
        and places_agree(a, b)
        and actors_agree(a, b)
        and (bool(_names(a) & _names(b)) or (_precise(a.location) and _precise(b.location)))
    )


def _union_actors(first: list[Actor], second: list[Actor]) -> list[Actor]:
    seen = {actor.name.casefold() for actor in first}
    return list(first) + [act for act in second if act.name.casefold() not in seen]


def _union_evidence(first: list[Evidence], second: list[Evidence]) -> list[Evidence]:
    seen = {(ev.doc_id, ev.start, ev.end) for ev in first}
    return list(first) + [ev for ev in second if (ev.doc_id, ev.start, ev.end) not in seen]


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(first) + [item for item in second if item not in first]


def _max_count(x: int | None, y: int | None) -> int | None:
    if x is None or y is None:
        return y if x is None else x
    return max(x, y)


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it; `a` (the stored one) keeps its id. Inputs are untouched."""
    finer = b if PRECISION_RANK.get(b.date_precision, 0) < PRECISION_RANK.get(a.date_precision, 0) and b.date else a
    firmer = min((a, b), key=lambda e: MODALITY_RANK.get(e.modality, 9))
    merged = dataclasses.replace(
        a,
        mode=a.mode or b.mode,
        context=_union(a.context, b.context),
        acled=a.acled or b.acled,
        territory=a.territory or b.territory,
        actors=_union_actors(a.actors, b.actors),
        recipients=_union_actors(a.recipients, b.recipients),
        location=a.location or b.location,
        date=finer.date if finer.date else (a.date or b.date),
        date_precision=finer.date_precision if finer.date else a.date_precision,
        modality=firmer.modality,
        attributed_to=firmer.attributed_to,
        evidence=_union_evidence(a.evidence, b.evidence),
        sources=_union(a.sources, b.sources),
        confidence=max(a.confidence, b.confidence),
    )
    for name in COUNT_FIELDS:
        setattr(merged, name, _max_count(getattr(a, name), getattr(b, name)))
    return merged
