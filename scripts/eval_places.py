"""Measure toponym recognition, resolution and event location against ../shared/gold (never copied into the repo).

Usage: .venv/bin/python scripts/eval_places.py [--limit N] [--sets geowebnews,geovirus,eventloc]

GeoWebNews: recognition P/R/F1 on literal toponyms (Literal, Mixed, Literal_Modifier, Coercion,
Embedded_Literal; exact character spans), resolution given gold spans (accuracy within 161 km,
median and mean error) on gold toponyms with coordinates. GeoVirus: the same resolution
measure. Event location: the chosen span for each VERB against the gold LOCATION spans (a
sentence with no gold location is right when nothing is chosen).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"
LITERAL = {"Literal", "Mixed", "Literal_Modifier", "Coercion", "Embedded_Literal"}
ASSOCIATIVE = {"Metonymic", "Demonym", "Non_Literal_Modifier", "Embedded_Non_Lit", "Homonym"}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _text(el: ET.Element, tag: str) -> str | None:
    child = el.find(tag)
    return child.text if child is not None and child.text else None


def read_geowebnews(limit: int) -> list[dict]:
    docs = []
    for art in ET.parse(GOLD / "geo" / "GeoWebNews.xml").getroot().iter("article"):
        tops = []
        for t in art.iter("toponym"):
            lat, lon = _text(t, "latitude"), _text(t, "longitude")
            tops.append({"start": int(_text(t, "start")), "end": int(_text(t, "end")),
                         "type": _text(t, "type"), "gid": _text(t, "geonamesID"),
                         "lat": float(lat) if lat else None, "lon": float(lon) if lon else None})
        docs.append({"text": _text(art, "text") or "", "toponyms": tops})
    return docs[:limit]


def _align(text: str, name: str, start: int) -> int:
    """GeoVirus offsets are sometimes a character or two off: find the name nearest `start`."""
    best = -1
    for delta in sorted(range(-5, 6), key=abs):
        if text[start + delta:start + delta + len(name)] == name and start + delta >= 0:
            return start + delta
    return best


def read_geovirus(limit: int) -> list[dict]:
    docs = []
    for art in ET.parse(GOLD / "geo" / "GeoVirus.xml").getroot().iter("article"):
        text = _text(art, "text") or ""
        tops = [{"start": start, "end": start + len(_text(l, "name") or ""), "type": "Literal",
                 "lat": float(_text(l, "lat")), "lon": float(_text(l, "lon")), "gid": None}
                for l in art.iter("location")
                if (start := _align(text, _text(l, "name") or "", int(_text(l, "start")))) >= 0]
        docs.append({"text": text, "toponyms": tops})
    return docs[:limit]


def recognition(nlp, docs: list[dict]) -> dict:
    tp = fp = fn = 0
    for doc, sdoc in zip(docs, nlp.pipe(d["text"] for d in docs)):
        gold = {(t["start"], t["end"]) for t in doc["toponyms"] if t["type"] in LITERAL}
        assoc = {(t["start"], t["end"]) for t in doc["toponyms"] if t["type"] in ASSOCIATIVE}
        pred = {(s.start_char, s.end_char) for s in sdoc.spans["places"]
                if s._.toponym_kind == "literal"}
        tp += len(pred & gold)
        fn += len(gold - pred)
        fp += len(pred - gold - assoc)  # a literal guess on a gold associative toponym is a kind error, not a spurious span
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def _country_at(lat: float, lon: float) -> str | None:
    """Country of the nearest gazetteer town to a point (a rough reverse geocoder)."""
    gaz, grid = _grid()
    best, best_d = None, 1e9
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for row in grid.get((round(lat) + dlat, round(lon) + dlon), ()):
                d = km(lat, lon, gaz.lat[row], gaz.lon[row])
                if d < best_d:
                    best, best_d = gaz.country[row], d
    return best


_GRID: list = []


def _grid():
    if not _GRID:
        from dateline.resolve.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        grid: dict = {}
        for row, kind in enumerate(gaz.kind):
            if kind == "city":
                grid.setdefault((round(gaz.lat[row]), round(gaz.lon[row])), []).append(row)
        _GRID.extend([gaz, grid])
    return _GRID[0], _GRID[1]


def resolution(nlp, docs: list[dict], need_gid: bool) -> dict:
    from dateline.mentions.places import resolve_spans

    errors, exact, missing, country_ok = [], 0, 0, 0
    for doc, sdoc in zip(docs, nlp.pipe(d["text"] for d in docs)):
        gold = [t for t in doc["toponyms"] if t["type"] in LITERAL and t["lat"] is not None
                and (t["gid"] or not need_gid)]
        places = resolve_spans(sdoc, [(t["start"], t["end"]) for t in gold])
        for t, place in zip(gold, places):
            if place is None or place.lat is None:
                missing += 1
                errors.append(20038.0)
                continue
            errors.append(km(t["lat"], t["lon"], place.lat, place.lon))
            country_ok += errors[-1] <= 161 or (place.precision == "country"
                                                and _country_at(t["lat"], t["lon"]) == place.country)
            exact += bool(t["gid"] and place.geonameid and str(place.geonameid) == t["gid"])
    n = len(errors)
    return {"n": n, "acc161": round(sum(e <= 161 for e in errors) / n, 3) if n else 0.0,
            "median_km": round(statistics.median(errors), 1) if n else None,
            "mean_km": round(statistics.mean(errors), 1) if n else None,
            "exact_id": round(exact / n, 3) if n else 0.0, "unresolved": missing,
            # country-level answers scored by country (gold sets use different country points)
            "acc161_or_same_country": round(country_ok / n, 3) if n else 0.0}


def _char_span(row: dict, span: dict) -> tuple[int, int]:
    """Character offsets from the span's token ids (some rows' character offsets are stale)."""
    tokens = row.get("tokens") or []
    ts, te = span.get("token_start"), span.get("token_end")
    if tokens and ts is not None and te is not None and te < len(tokens):
        return tokens[ts]["start"], tokens[te]["end"]
    return span["start"], span["end"]


def event_location(nlp, limit: int) -> dict:
    from dateline.resolve.location import choose_location_span

    rows = []
    with (GOLD / "event_location" / "event_location.jsonl").open() as fh:
        for line in fh:
            row = json.loads(line)
            verbs = [s for s in row.get("spans", []) if s["label"] == "VERB"]
            if len(verbs) == 1 and row.get("answer", "accept") == "accept":
                rows.append(row)
    rows = rows[:limit]
    right = right_loc = n_loc = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        verb = _char_span(row, next(s for s in row["spans"] if s["label"] == "VERB"))
        gold = {_char_span(row, s) for s in row["spans"] if s["label"] == "LOCATION"}
        vspan = doc.char_span(verb[0], verb[1], alignment_mode="expand")
        span = choose_location_span(doc, vspan.root) if vspan is not None else None
        ok = (span is None and not gold) or (
            span is not None and any(span.start_char < e and s < span.end_char for s, e in gold))
        right += ok
        if gold:
            n_loc += 1
            right_loc += ok
    return {"n": len(rows), "accuracy": round(right / len(rows), 3) if rows else 0.0,
            "accuracy_with_gold_location": round(right_loc / n_loc, 3) if n_loc else 0.0,
            "n_with_location": n_loc}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--sets", default="geowebnews,geovirus,eventloc")
    args = ap.parse_args()
    if not GOLD.is_dir():
        sys.exit(f"{GOLD} not present")
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=["dateline_paragraphs", "dateline_places"])
    out: dict = {}
    start = time.perf_counter()
    if "geowebnews" in args.sets:
        docs = read_geowebnews(args.limit)
        out["geowebnews_recognition"] = recognition(nlp, docs)
        out["geowebnews_resolution_geonames"] = resolution(nlp, docs, need_gid=True)
        out["geowebnews_resolution_all_coords"] = resolution(nlp, docs, need_gid=False)
    if "geovirus" in args.sets:
        out["geovirus_resolution"] = resolution(nlp, read_geovirus(args.limit), need_gid=False)
    if "eventloc" in args.sets:
        out["event_location"] = event_location(nlp, args.limit)
    out["seconds"] = round(time.perf_counter() - start, 1)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
