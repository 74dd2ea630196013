"""Event location (Halterman 2019): does Dateline pick the place where the verb's event happened?

Each sentence is parsed as is (places pipeline), the trigger is the root of the gold VERB span,
and `resolve.location.choose_location_span` picks a place. The choice is correct when it
overlaps a gold LOCATION span, or when there is no gold location and it picks none. P/R/F1
treat a chosen span overlapping gold as a hit, any other chosen span as a false positive, and
a gold location not hit as a miss. Records marked rejected or ignored by the annotator are
skipped.

Two readings of the file that a plain pass over `spans` gets wrong:
- About 900 LOCATION spans (and none of the VERB spans) carry token indices in `start`/`end`
  (e.g. start=15, end=15 with token_start=15, token_end=15, text "Algiers"); their character
  offsets come from the row's `tokens`, which then agree with the span's `text`.
- About 450 (text, verb) pairs are annotated more than once: a research assistant's pass
  (source "*_RA", no `answer`) and, for many, a later adjudication (source "RELABEL",
  answer "accept") that corrects it. One item per pair is kept: the adjudicated one when
  present, else an accepted one, else the last.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.metrics import PRF, Accuracy, Metric
from dateline.evaluate.result import ErrorRow, SetResult

NAME = "event_location"
RELPATH = "event_location/event_location.jsonl"


@dataclass
class LocSentence:
    """A sentence, its verb's character span and the gold location spans."""

    doc_id: str
    text: str
    verb: tuple[int, int]
    locations: list[tuple[int, int]] = field(default_factory=list)


def _char_span(row: dict, span: dict) -> tuple[int, int]:
    """A span's character offsets; token indices stored as offsets are mapped through `tokens`."""
    tokens = row.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if (first is not None and last is not None and 0 <= first <= last < len(tokens)
            and (span["start"], span["end"]) == (first, last)):
        return tokens[first]["start"], tokens[last]["end"]
    return span["start"], span["end"]


def _rank(row: dict) -> int:
    """Adjudicated relabel over an accepted item over an unreviewed assistant's item."""
    if row.get("source") == "RELABEL":
        return 2
    return 1 if row.get("answer") == "accept" else 0


def load(path: Path, limit: int | None = None) -> list[LocSentence]:
    """The first `limit` usable sentences, one per (text, verb) pair."""
    best: dict[tuple[str, tuple[int, int]], tuple[int, int, dict]] = {}
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            row = json.loads(line)
            if row.get("answer") not in (None, "accept"):
                continue
            verbs = [_char_span(row, s) for s in row.get("spans") or [] if s.get("label") == "VERB"]
            if not verbs:
                continue
            key = (row["text"], verbs[0])
            if key not in best or _rank(row) >= best[key][0]:
                first = best[key][1] if key in best else i
                best[key] = (_rank(row), first, {**row, "_line": i})
    out: list[LocSentence] = []
    for _, _, row in sorted(best.values(), key=lambda v: v[1]):
        spans = row.get("spans") or []
        verb = next(_char_span(row, s) for s in spans if s.get("label") == "VERB")
        locs = [_char_span(row, s) for s in spans if s.get("label") == "LOCATION"]
        out.append(LocSentence(f"{row.get('_id', 'evloc')}#{row['_line']}", row["text"], verb, locs))
        if limit and len(out) >= limit:
            break
    return out


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether a character span overlaps any of `others`."""
    return any(min(span[1], e) > max(span[0], s) for s, e in others)


def score(sentences: list[LocSentence], chosen: dict[str, tuple[int, int] | None]) -> SetResult:
    """Accuracy of the choice, split by whether gold has a location, and P/R/F1."""
    metrics: dict[str, Metric] = {
        "location choice accuracy": Accuracy(), "accuracy (gold has a location)": Accuracy(),
        "accuracy (gold has none)": Accuracy(), "location span (P/R/F1)": PRF(),
    }
    result = SetResult(name=NAME, gold_file=RELPATH, docs=len(sentences), metrics=metrics)
    for sent in sentences:
        pred = chosen.get(sent.doc_id)
        hit = pred is not None and overlaps(pred, sent.locations)
        ok = hit or (pred is None and not sent.locations)
        metrics["location choice accuracy"].add(ok)  # type: ignore[arg-type]
        part = "accuracy (gold has a location)" if sent.locations else "accuracy (gold has none)"
        metrics[part].add(ok)  # type: ignore[arg-type]
        metrics["location span (P/R/F1)"].add(PRF(  # type: ignore[arg-type]
            tp=int(hit), fp=int(pred is not None and not hit), fn=int(bool(sent.locations) and not hit)))
        if not ok:
            gold = ", ".join(sent.text[s:e] for s, e in sent.locations) or "-"
            verb = sent.text[sent.verb[0]:sent.verb[1]]
            result.errors.append(ErrorRow(sent.doc_id, f"wrong location of '{verb}'", gold,
                                          sent.text[pred[0]:pred[1]] if pred else "-", sent.text))
    return result


def predict(sentences: list[LocSentence]) -> dict[str, tuple[int, int] | None]:
    """The character span Dateline chooses for each sentence's verb (None for no place)."""
    from dateline.evaluate.predict import places_nlp
    from dateline.resolve.location import choose_location_span

    nlp = places_nlp()
    by_id = {s.doc_id: s for s in sentences}

    def make(sent: LocSentence):  # type: ignore[no-untyped-def]
        sdoc = nlp.make_doc(sent.text)
        sdoc._.doc_id = sent.doc_id
        return sdoc

    out: dict[str, tuple[int, int] | None] = {}
    for sdoc in nlp.pipe((make(s) for s in sentences), batch_size=64):
        sent = by_id[sdoc._.doc_id]
        verb = sdoc.char_span(sent.verb[0], sent.verb[1], alignment_mode="expand")
        span = choose_location_span(sdoc, verb.root) if verb is not None and len(verb) else None
        out[sent.doc_id] = (span.start_char, span.end_char) if span is not None else None
    return out


def evaluate(path: Path, limit: int | None) -> list[SetResult]:
    """Load, parse, choose, score."""
    sentences = load(path, limit)
    return [score(sentences, predict(sentences))]
