"""ISAF press releases (one incident each): document-level class, killed, captured, province, date.

How Dateline's events become one document-level record:
- killed / captured: the largest `fatalities` / `arrested` of any event (a release describes one
  incident, so several events are restatements or stages of it; the maximum does not
  double-count a restated figure). The sum over events is reported too. No figure = 0, as in
  the gold's `min_killed`/`min_captured`.
- class: the first rule of `isaf_classes` in data/evaluation.yaml whose features hold.
- province, date: those of the main event, the first violent or coercive event in the text
  (else the first event); province compares first-level names by `metrics.same_admin1`: equal
  `admin_key`s, or names of one and the same admin1 unit of the gazetteer. Reason: the gold
  names some provinces by a short or alternative name ("Wardak" for Maidan Wardak) while
  Dateline reports the gazetteer's display name; comparing spellings only misread those as
  different provinces.
- Publication date: what a reader finds in the release's own dateline
  (`predict.published_from_text`), as for any input without a date field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.evaluate.matching import actor_key
from dateline.evaluate.metrics import PRF, Accuracy, Metric, crosswalks, parse_date, same_admin1, set_prf
from dateline.evaluate.predict import published_from_text
from dateline.evaluate.result import ErrorRow, SetResult, evidence_text
from dateline.records import Document, Event

NAME = "isaf"
RELPATH = "isaf/isaf.jsonl"


@dataclass
class IsafDoc:
    """One press release and its hand-coded record."""

    document: Document
    classes: set[str]
    province: str
    date: str | None
    killed: int
    captured: int
    targets: list[str]


def load(path: Path, limit: int | None = None) -> list[IsafDoc]:
    """The first `limit` releases."""
    out: list[IsafDoc] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            gold = row["gold"]
            doc_id = f"isaf-{row['row']}"
            classes = {c for value in gold.get("event_type", []) for c in value.split(";") if c}
            targets = [t for value in gold.get("target_group", []) for t in value.split(";") if t]
            out.append(IsafDoc(
                document=Document(doc_id=doc_id, text=row["text"],
                                  published=published_from_text(row["text"])), classes=classes,
                province=(gold.get("province") or [""])[0], date=gold.get("start_date") or None,
                killed=int(gold.get("min_killed") or 0), captured=int(gold.get("min_captured") or 0),
                targets=targets))
            if limit and len(out) >= limit:
                break
    return out


def _start(event: Event) -> int:
    return event.evidence[0].start if event.evidence else 0


def main_event(events: list[Event]) -> Event | None:
    """The first violent or coercive event in text order, else the first event."""
    ordered = sorted(events, key=_start)
    for event in ordered:
        if event.type in ("ASSAULT", "COERCE"):
            return event
    return ordered[0] if ordered else None


def features(events: list[Event]) -> dict[str, bool]:
    """The document features the class rules test."""
    table = crosswalks()
    subs = {(e.acled or {}).get("sub_event_type") for e in events}
    modes = {e.mode for e in events}
    civ = set(table["civilian_sectors"])
    return {
        "killed": any((e.fatalities or 0) > 0 for e in events),
        "captured": any((e.arrested or 0) > 0 or e.mode in table["arrest_modes"] for e in events),
        "aerial": bool(modes & set(table["aerial_modes"]) or subs & set(table["aerial_sub_events"])),
        "civilian_harm": any(
            ((e.fatalities or 0) + (e.injured or 0)) > 0
            and any(civ & set(r.sector) for r in e.recipients) for e in events),
        "clash": bool(subs & set(table["clash_sub_events"])),
    }


def classify(events: list[Event]) -> str | None:
    """The ISAF class of a document from its events (None when no rule holds)."""
    feats = features(events)
    for rule in crosswalks()["isaf_classes"]:
        if all(feats.get(k) == v for k, v in rule.items() if k != "class"):
            return rule["class"]
    return None


def _within_day(gold: str | None, pred: str | None) -> bool:
    g, p = parse_date(gold), parse_date(pred)
    return g is not None and p is not None and abs((g - p).days) <= 1


def _score_doc(doc: IsafDoc, events: list[Event], m: dict[str, Any]) -> list[ErrorRow]:
    main = main_event(events)
    killed = [e.fatalities or 0 for e in events]
    captured = [e.arrested or 0 for e in events]
    pred_class = classify(events)
    province = (main.location.admin1 or main.location.name) if main and main.location else None
    date = main.date if main else None
    checks = {
        "event_type": (pred_class in doc.classes, "/".join(sorted(doc.classes)), pred_class),
        "min_killed (max over events)": (max(killed, default=0) == doc.killed, doc.killed, max(killed, default=0)),
        "min_killed (sum over events)": (sum(killed) == doc.killed, doc.killed, sum(killed)),
        "min_captured (max over events)": (max(captured, default=0) == doc.captured, doc.captured, max(captured, default=0)),
        "min_captured (sum over events)": (sum(captured) == doc.captured, doc.captured, sum(captured)),
        "province": (same_admin1(doc.province, province), doc.province, province),
        "date exact": (bool(date) and date == doc.date, doc.date, date),
        "date within 1 day": (_within_day(doc.date, date), doc.date, date),
    }
    m["any event found"].add(bool(events))
    rows = []
    for name, (ok, gold, pred) in checks.items():
        m[name].add(ok)
        if not ok:
            rows.append(ErrorRow(doc.document.doc_id, f"wrong {name}", str(gold), str(pred),
                                 evidence_text(main)))
    recipients = [r.name for e in events if e.type in ("ASSAULT", "COERCE") for r in e.recipients]
    m["target group (alias F1)"].add(set_prf(doc.targets, recipients, actor_key))
    return rows


def score(docs: list[IsafDoc], predictions: dict[str, list[Event]]) -> SetResult:
    """Accuracy of each document-level field, and alias F1 of the target group."""
    names = ["any event found", "event_type", "min_killed (max over events)",
             "min_killed (sum over events)", "min_captured (max over events)",
             "min_captured (sum over events)", "province", "date exact", "date within 1 day"]
    metrics: dict[str, Metric] = {n: Accuracy() for n in names}
    metrics["target group (alias F1)"] = PRF()
    result = SetResult(name=NAME, gold_file=RELPATH, docs=len(docs), metrics=metrics)
    for doc in docs:
        result.errors.extend(_score_doc(doc, predictions.get(doc.document.doc_id, []), metrics))
    result.notes.append("killed/captured: no figure = 0; 'max' is the primary reading (one incident per release)")
    return result


def evaluate(path: Path, limit: int | None) -> list[SetResult]:
    """Load, run the full pipeline, score."""
    from dateline.evaluate.predict import extract_events

    docs = load(path, limit)
    return [score(docs, extract_events([d.document for d in docs]))]
