"""PLOVER gold-standard sentences: event type (0.5 labels renamed) and source/target actors.

Each sentence is a document. Type is scored two ways: P/R/F1 of the set of predicted types
against the gold type, and the accuracy of the first predicted event. Actors are scored on the
predicted event of the gold type (else the first): alias F1 of the surface texts, and whether a
predicted actor has the gold country code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.matching import actor_key
from dateline.evaluate.metrics import PRF, Accuracy, Metric, crosswalks, set_prf
from dateline.evaluate.result import ErrorRow, SetResult, describe
from dateline.records import Document, Event

NAME = "plover_gsr"
RELPATH = "plover_gsr/PLOVER_GSR_CAMEO.json"


@dataclass
class GsrActor:
    """A gold actor: its text and code (country alpha-3 or an international code)."""

    text: str
    code: str = ""


@dataclass
class GsrDoc:
    """One gold sentence."""

    document: Document
    type: str
    sources: list[GsrActor] = field(default_factory=list)
    targets: list[GsrActor] = field(default_factory=list)


def _actors(value: object) -> list[GsrActor]:
    if not isinstance(value, list):
        return []
    return [GsrActor(a.get("actorText", ""), a.get("code", "")) for a in value
            if isinstance(a, dict) and a.get("actorText")]


def gold_type(label: str) -> str:
    """A PLOVER 0.5 label in today's ontology."""
    return crosswalks()["plover_renames"].get(label, label)


def load(path: Path, limit: int | None = None) -> list[GsrDoc]:
    """The first `limit` sentences (the file's documentation record is skipped)."""
    out: list[GsrDoc] = []
    for item in json.loads(path.read_text("utf-8")):
        if not item.get("text") or item.get("event") == "DOCUMENT":
            continue
        doc = Document(doc_id=item["id"], text=item["text"], published=item.get("date"))
        out.append(GsrDoc(doc, gold_type(item["event"]), _actors(item.get("source")),
                          _actors(item.get("target"))))
        if limit and len(out) >= limit:
            break
    return out


def _focus(doc: GsrDoc, preds: list[Event]) -> Event | None:
    same = [e for e in preds if e.type == doc.type]
    return (same or preds or [None])[0]


def _score_side(name: str, gold: list[GsrActor], pred: list, m: dict[str, Metric]) -> bool:
    m[f"{name} actor (alias F1)"].add(set_prf([a.text for a in gold], [a.name for a in pred], actor_key))
    codes = {a.code for a in gold if a.code}
    if not codes:
        return True
    ok = bool(codes & {a.country for a in pred})
    m[f"{name} country code"].add(ok)
    return ok


def score(docs: list[GsrDoc], predictions: dict[str, list[Event]]) -> SetResult:
    """Type P/R/F1 and accuracy, actor alias F1 and country code accuracy."""
    metrics: dict[str, Metric] = {
        "event type (P/R/F1)": PRF(), "event type (first event)": Accuracy(),
        "source actor (alias F1)": PRF(), "source country code": Accuracy(),
        "target actor (alias F1)": PRF(), "target country code": Accuracy(),
    }
    result = SetResult(name=NAME, gold_file=RELPATH, docs=len(docs), metrics=metrics)
    for doc in docs:
        preds = predictions.get(doc.document.doc_id, [])
        types = {e.type for e in preds}
        metrics["event type (P/R/F1)"].add(PRF(tp=int(doc.type in types), fp=len(types - {doc.type}),
                                               fn=int(doc.type not in types)))
        metrics["event type (first event)"].add(bool(preds) and preds[0].type == doc.type)
        focus = _focus(doc, preds)
        ok_src = _score_side("source", doc.sources, focus.actors if focus else [], metrics)
        ok_tgt = _score_side("target", doc.targets, focus.recipients if focus else [], metrics)
        if doc.type not in types or not (ok_src and ok_tgt):
            gold = f"{doc.type} [{', '.join(a.text for a in doc.sources)} -> {', '.join(a.text for a in doc.targets)}]"
            result.errors.append(ErrorRow(doc.document.doc_id, "miss" if not preds else "wrong",
                                          gold, describe(focus), doc.document.text))
    return result


def evaluate(path: Path, limit: int | None) -> list[SetResult]:
    """Load, run the full pipeline, score."""
    from dateline.evaluate.predict import extract_events

    docs = load(path, limit)
    return [score(docs, extract_events([d.document for d in docs]))]
