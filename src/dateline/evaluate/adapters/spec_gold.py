"""Any gold file in SPEC.md section 2 format (`*.gold.jsonl`): detection and per-field scores.

New gold files are scored without code: `dateline evaluate path/to/file.gold.jsonl`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.evaluate.matching import (
    FIELDS, DocMatch, GoldEvent, add_metric, detection_prf, match_events, pair_fields,
)
from dateline.evaluate.metrics import PRF, Accuracy, Metric, normalise_count
from dateline.evaluate.result import ErrorRow, SetResult, describe, evidence_text
from dateline.records import COUNT_FIELDS, Actor, Document, Event, Evidence, Place

NAME = "spec_gold"


@dataclass
class GoldDoc:
    """One gold document: the input the pipeline sees and the events it should find."""

    document: Document
    events: list[GoldEvent]


def _actors(values: list[Any] | None) -> list[Actor]:
    out = []
    for value in values or []:
        if isinstance(value, dict):
            out.append(Actor(name=value.get("name") or value.get("text") or "", text=value.get("text", "")))
        elif value:
            out.append(Actor(name=str(value), text=str(value)))
    return out


def _place(value: dict[str, Any] | None) -> Place | None:
    if not value:
        return None
    name = value.get("name") or value.get("admin1") or value.get("country") or ""
    return Place(name=name, geonameid=value.get("geonameid"), lat=value.get("lat"),
                 lon=value.get("lon"), admin1=value.get("admin1"), country=value.get("country"),
                 precision=value.get("precision") or "")


def _evidence(value: Any, doc_id: str) -> list[Evidence]:
    items = value if isinstance(value, list) else [value] if value else []
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(Evidence(doc_id=doc_id, text=item.get("text", ""),
                                start=item.get("start", -1), end=item.get("end", -1)))
        else:
            out.append(Evidence(doc_id=doc_id, text=str(item), start=-1, end=-1))
    return out


def gold_event(data: dict[str, Any], doc_id: str) -> GoldEvent:
    """A SPEC.md section 2 gold event as a record; vague count strings become integers."""
    event = Event(
        type=str(data.get("type", "")).upper(), mode=data.get("mode") or None,
        context=list(data.get("context") or []), acled=data.get("acled") or None,
        territory=data.get("territory") or None, actors=_actors(data.get("actors")),
        recipients=_actors(data.get("recipients")), location=_place(data.get("location")),
        date=data.get("date") or None, date_precision=data.get("date_precision") or "day",
        modality=data.get("modality") or "asserted", evidence=_evidence(data.get("evidence"), doc_id),
    )
    for count in COUNT_FIELDS:
        setattr(event, count, normalise_count(data.get(count)))
    return GoldEvent(event=event, required=data.get("required", True) is not False)


def parse_line(line: str) -> GoldDoc:
    """One line of a gold file."""
    data = json.loads(line)
    doc_id = str(data.get("doc_id") or data.get("id"))
    document = Document(doc_id=doc_id, text=data.get("text", ""), title=data.get("title"),
                        published=data.get("published"))
    return GoldDoc(document=document, events=[gold_event(e, doc_id) for e in data.get("events", [])])


def load(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """The first `limit` documents of a gold file."""
    docs: list[GoldDoc] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(parse_line(line))
            if limit and len(docs) >= limit:
                break
    return docs


def _errors(doc: GoldDoc, preds: list[Event], match: DocMatch) -> list[ErrorRow]:
    rows = []
    doc_id = doc.document.doc_id
    for gi in match.unmatched_gold:
        g = doc.events[gi]
        kind = "miss" if g.required else "optional not found"
        rows.append(ErrorRow(doc_id, kind, describe(g.event), "-", evidence_text(g.event)))
    for pi in match.unmatched_pred:
        rows.append(ErrorRow(doc_id, "false positive", "-", describe(preds[pi]), evidence_text(preds[pi])))
    for pair in match.pairs:
        g, p = doc.events[pair.gold].event, preds[pair.pred]
        wrong = [name for name, m in pair_fields(g, p).items()
                 if (isinstance(m, Accuracy) and m.correct < m.total)
                 or (not isinstance(m, Accuracy) and (m.fp or m.fn))]
        if wrong:
            rows.append(ErrorRow(doc_id, "wrong " + ", ".join(wrong), describe(g), describe(p),
                                 evidence_text(p)))
    return rows


def score(docs: list[GoldDoc], predictions: dict[str, list[Event]], name: str = NAME) -> SetResult:
    """Detection P/R/F1 and per-field scores over matched pairs, summed over documents."""
    result = SetResult(name=name, gold_file="", docs=len(docs))
    metrics: dict[str, Metric] = {"detection": PRF()}
    metrics.update({f: Accuracy() if f in ("type", "modality") else PRF() for f in FIELDS})
    for doc in docs:
        preds = predictions.get(doc.document.doc_id, [])
        match = match_events(doc.events, preds)
        add_metric(metrics, "detection", detection_prf(doc.events, match))
        for pair in match.pairs:
            fields = pair_fields(doc.events[pair.gold].event, preds[pair.pred])
            for fname in FIELDS:
                add_metric(metrics, fname, fields[fname])
        result.errors.extend(_errors(doc, preds, match))
    result.metrics = metrics
    return result


def evaluate(path: Path, limit: int | None, nlp: Any = None) -> SetResult:
    """Load, run the full pipeline, score."""
    from dateline.evaluate.predict import extract_events

    docs = load(path, limit)
    predictions = extract_events([d.document for d in docs], nlp)
    result = score(docs, predictions, name=path.name)
    result.gold_file = str(path)
    return result
