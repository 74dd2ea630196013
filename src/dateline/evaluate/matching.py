"""SPEC.md section 3: when a predicted event matches a gold event, the one-to-one greedy
matching, and detection plus per-field scores over the matched pairs.

Gold and predicted events are both `records.Event`, so one set of comparisons serves every
gold file in SPEC.md section 2 format; `GoldEvent` adds what only gold has (`required`).
Conventions where SPEC.md leaves room: evidence overlap is the share of the gold evidence's
words found in the predicted evidence; a gold place is a province when it has an `admin1` but
no point (or its name is the province), a country when it has only a country, and a
prediction lies in it when admin1 names agree (`metrics.admin_key`) or countries agree; a null
gold location matches only a null prediction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dateline.evaluate.metrics import (
    PRF, Accuracy, Metric, admin_key, counts_equal, crosswalks, dates_agree, fold, haversine_km,
    set_prf, value_prf,
)
from dateline.records import COUNT_FIELDS, Event, Place

MATCH_KM = 50.0
FIELD_KM = 25.0


@dataclass
class GoldEvent:
    """A gold event: the record plus whether a careful coder must code it."""

    event: Event
    required: bool = True


@dataclass
class Pair:
    """A matched prediction and gold event (indices into the document's lists)."""

    pred: int
    gold: int


@dataclass
class DocMatch:
    """The matching of one document: pairs, unmatched predictions and unmatched gold."""

    pairs: list[Pair] = field(default_factory=list)
    unmatched_pred: list[int] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)


def actor_key(name: str) -> str:
    """Actors compare by canonical name, so aliases agree (`ISIL` = `Islamic State`)."""
    from dateline.mentions.actors import canonical_name

    return fold(canonical_name(name))


def is_violent(event: Event) -> bool:
    """ASSAULT, or COERCE with a change of territory."""
    table = crosswalks()
    if event.type in table["violent_types"]:
        return True
    return event.type in table["violent_with_territory"] and bool(event.territory)


def types_agree(gold: Event, pred: Event) -> bool:
    """Same PLOVER type, or both violent and the gold ACLED event type equals the prediction's."""
    if gold.type == pred.type:
        return True
    if not (is_violent(gold) and is_violent(pred)):
        return False
    g = (gold.acled or {}).get("event_type")
    p = (pred.acled or {}).get("event_type")
    return bool(g) and g == p


def place_level(place: Place) -> str:
    """How coarse a gold place is: `country`, `admin1` or `exact` (a point)."""
    if place.precision in ("country", "admin1"):
        return place.precision
    has_point = place.lat is not None and place.lon is not None
    name = fold(place.name)
    if place.country and (not name or name == fold(place.country)) and not place.admin1:
        return "country"
    if place.admin1 and (name == fold(place.admin1) or not has_point):
        return "admin1"
    if not has_point and place.country and not place.admin1:
        return "country"
    return "exact"


def _contains(gold: Place, pred: Place, level: str) -> bool:
    same_country = bool(gold.country) and fold(gold.country) == fold(pred.country)
    if level == "country":
        return same_country
    same_admin = admin_key(gold.admin1) and admin_key(gold.admin1) in (
        admin_key(pred.admin1), admin_key(pred.name))
    return bool(same_admin) and (same_country or not gold.country or not pred.country)


def distance_km(gold: Place | None, pred: Place | None) -> float | None:
    """Distance between two places with coordinates, else None."""
    if gold is None or pred is None or None in (gold.lat, gold.lon, pred.lat, pred.lon):
        return None
    return haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)  # type: ignore[arg-type]


def locations_agree(gold: Place | None, pred: Place | None, km: float = MATCH_KM) -> bool:
    """Both null, or within `km`, or the gold place is a province/country holding the prediction."""
    if gold is None or pred is None:
        return gold is None and pred is None
    level = place_level(gold)
    if level != "exact":
        return _contains(gold, pred, level)
    dist = distance_km(gold, pred)
    if dist is not None:
        return dist <= km
    return bool(fold(gold.name)) and fold(gold.name) == fold(pred.name)


def events_match(gold: Event, pred: Event) -> bool:
    """SPEC.md 3: type, location and date all agree."""
    return (types_agree(gold, pred) and locations_agree(gold.location, pred.location)
            and dates_agree(gold.date, gold.date_precision, pred.date))


_WORD = re.compile(r"\w+")


def evidence_overlap(gold: Event, pred: Event) -> float:
    """Share of the gold evidence's words that the predicted evidence covers (0..1)."""
    g = {w.casefold() for ev in gold.evidence for w in _WORD.findall(ev.text)}
    p = {w.casefold() for ev in pred.evidence for w in _WORD.findall(ev.text)}
    return len(g & p) / len(g) if g else 0.0


def match_events(gold: list[GoldEvent], pred: list[Event]) -> DocMatch:
    """One-to-one greedy matching: candidate pairs that satisfy `events_match`, taken in
    order of evidence overlap (ties: required gold first, then text order)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if events_match(g.event, p):
                candidates.append((-evidence_overlap(g.event, p), not g.required, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = DocMatch()
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.pairs.append(Pair(pred=pi, gold=gi))
    result.unmatched_pred = [i for i in range(len(pred)) if i not in used_p]
    result.unmatched_gold = [i for i in range(len(gold)) if i not in used_g]
    return result


def detection_prf(gold: list[GoldEvent], match: DocMatch) -> PRF:
    """Hits on required gold; unmatched predictions are false positives; a prediction matched
    to optional gold counts nothing; unmatched required gold are misses."""
    hits = sum(1 for pair in match.pairs if gold[pair.gold].required)
    misses = sum(1 for gi in match.unmatched_gold if gold[gi].required)
    return PRF(tp=hits, fp=len(match.unmatched_pred), fn=misses)


FIELDS = ("type", "mode", "acled_sub_event_type", "territory", "actors", "recipients",
          "location_25km", "date_exact", *COUNT_FIELDS, "modality")


def _sub_type(event: Event) -> str | None:
    return (event.acled or {}).get("sub_event_type") or None


def _location_25(gold: Place | None, pred: Place | None) -> PRF:
    if gold is None:
        return PRF(fp=int(pred is not None))
    if pred is None:
        return PRF(fn=1)
    ok = locations_agree(gold, pred, km=FIELD_KM)
    return PRF(tp=int(ok), fp=int(not ok), fn=int(not ok))


def pair_fields(gold: Event, pred: Event) -> dict[str, Metric]:
    """Per-field scores of one matched pair (SPEC.md 3, second list)."""
    out: dict[str, Metric] = {}
    for name, g, p in (("type", gold.type, pred.type), ("modality", gold.modality, pred.modality)):
        acc = Accuracy()
        acc.add(g == p)
        out[name] = acc
    out["mode"] = value_prf(gold.mode or None, pred.mode or None)
    out["acled_sub_event_type"] = value_prf(_sub_type(gold), _sub_type(pred))
    out["territory"] = value_prf(gold.territory, pred.territory)
    out["actors"] = set_prf([a.name for a in gold.actors], [a.name for a in pred.actors], actor_key)
    out["recipients"] = set_prf(
        [a.name for a in gold.recipients], [a.name for a in pred.recipients], actor_key)
    out["location_25km"] = _location_25(gold.location, pred.location)
    out["date_exact"] = value_prf(gold.date, pred.date)
    for count in COUNT_FIELDS:
        out[count] = value_prf(getattr(gold, count), getattr(pred, count), counts_equal)
    return out


def add_metric(total: dict[str, Metric], name: str, metric: Metric) -> None:
    """Accumulate one metric into a running table."""
    if name not in total:
        total[name] = type(metric)()
    target: Any = total[name]
    if isinstance(metric, PRF):
        target.add(metric)
    elif isinstance(metric, Accuracy):
        target.correct += metric.correct
        target.total += metric.total
    else:
        target.values.extend(metric.values)
