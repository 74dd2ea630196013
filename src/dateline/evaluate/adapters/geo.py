"""Toponyms: GeoWebNews and GeoVirus recognition P/R/F1 and resolution accuracy.

The spaCy doc is built from the gold text itself (no cleaning), so predicted offsets index the
same string as the gold offsets. Recognition pairs gold and predicted spans one-to-one, first
on exact (start, end), and separately on any character overlap. Literal spans (GeoWebNews:
Literal, Literal_Modifier, Mixed, Coercion, Embedded_Literal; every GeoVirus location) are scored
against predictions of kind `literal`; "all toponyms" adds the associative types (metonymic,
demonym, modifiers) against every prediction. Resolution is over gold literal spans with
coordinates that were recognised (overlap): accuracy within 161 km (a prediction without
coordinates is wrong), exact GeoNames id where gold has one, mean and median error in km.
GeoVirus offsets in the distributed file are one-based; they are shifted (checked against the
name) when loading.

GeoVirus has no pragmatic type: its annotators marked every place-name mention, whatever its
use ("confirmed by UK government officials", "the Hong Kong government", "US funding" are all
gold locations), but no demonym or adjective ("Chinese"; one 'Western' in 2,167 spans). Its
spans are therefore scored against every non-demonym prediction (kind `literal` or
`metonymic`), not only the literal ones: a correct GeoWebNews-style reading of "UK officials"
as associative is not a miss there. GeoWebNews keeps the literal-only comparison.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.metrics import PRF, Accuracy, Distribution, Metric, haversine_km
from dateline.evaluate.result import ErrorRow, SetResult
from dateline.records import Toponym

NAME = "geo"
RELPATHS = {"geowebnews": "geo/GeoWebNews.xml", "geovirus": "geo/GeoVirus.xml"}
LITERAL = {"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"}
ASSOCIATIVE = {"Metonymic", "Non_Literal_Modifier", "Demonym", "Embedded_Non_Lit"}
ACCURACY_KM = 161.0


@dataclass
class GoldSpan:
    """One annotated toponym."""

    start: int
    end: int
    text: str
    literal: bool
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class GeoDoc:
    """One article and its annotated toponyms."""

    doc_id: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)
    typed: bool = True  # False: the gold has no literal/associative distinction (GeoVirus)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _children(node: ET.Element, tag: str) -> list[ET.Element]:
    found = node.find(tag)
    return list(found) if found is not None else []


def load_geowebnews(path: Path, limit: int | None = None) -> list[GeoDoc]:
    """GeoWebNews articles with their literal and associative toponyms."""
    out = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        doc = GeoDoc(f"gwn-{art.get('file', i)}", art.findtext("text") or "")
        for t in _children(art, "toponyms"):
            kind = t.findtext("type") or ""
            if kind not in LITERAL | ASSOCIATIVE:
                continue
            gid = (t.findtext("geonamesID") or "").strip()
            doc.spans.append(GoldSpan(int(t.findtext("start")), int(t.findtext("end")),  # type: ignore[arg-type]
                                      t.findtext("extractedName") or "", kind in LITERAL,
                                      _float(t.findtext("latitude")), _float(t.findtext("longitude")),
                                      int(gid) if gid.isdigit() else None))
        out.append(doc)
        if limit and len(out) >= limit:
            break
    return out


def _locate(text: str, name: str, start: int) -> int | None:
    """Where `name` really starts near the given (possibly one-based) offset."""
    for cand in (start - 1, start):
        if text[cand:cand + len(name)] == name:
            return cand
    found = [i for i in range(len(text)) if text.startswith(name, i)]
    return min(found, key=lambda i: abs(i - start)) if found else None


def load_geovirus(path: Path, limit: int | None = None) -> list[GeoDoc]:
    """GeoVirus articles; every location is literal."""
    out = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        doc = GeoDoc(f"geovirus-{i}", text, typed=False)
        for loc in _children(art, "locations"):
            name = loc.findtext("name") or ""
            start = _locate(text, name, int(loc.findtext("start") or 0))
            if start is not None:
                doc.spans.append(GoldSpan(start, start + len(name), name, True,
                                          _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        out.append(doc)
        if limit and len(out) >= limit:
            break
    return out


def pair_spans(gold: list[GoldSpan], pred: list[Toponym], exact: bool) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs, exact offsets or largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if (exact and (g.start, g.end) == (p.start, p.end)) or (not exact and overlap > 0):
                cands.append((-overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _recognition(gold: list[GoldSpan], pred: list[Toponym], exact: bool) -> PRF:
    hits = len(pair_spans(gold, pred, exact))
    return PRF(tp=hits, fp=len(pred) - hits, fn=len(gold) - hits)


def score_doc(doc: GeoDoc, pred: list[Toponym], m: dict[str, Metric]) -> list[ErrorRow]:
    """Add one article's recognition and resolution figures to `m`; return its errors."""
    literal = [s for s in doc.spans if s.literal]
    pred_literal = [p for p in pred
                    if p.kind == "literal" or (not doc.typed and p.kind != "demonym")]
    m["literal recognition (exact span)"].add(_recognition(literal, pred_literal, True))  # type: ignore[union-attr]
    m["literal recognition (overlap)"].add(_recognition(literal, pred_literal, False))  # type: ignore[union-attr]
    m["all toponyms recognition (overlap)"].add(_recognition(doc.spans, pred, False))  # type: ignore[union-attr]
    errors: list[ErrorRow] = []
    matched = dict(pair_spans(literal, pred, False))
    for gi, g in enumerate(literal):
        p = pred[matched[gi]] if gi in matched else None
        if p is None:
            errors.append(ErrorRow(doc.doc_id, "missed toponym", f"{g.text} [{g.start}:{g.end}]", "-",
                                   _context(doc.text, g.start, g.end)))
            continue
        if g.lat is None or g.lon is None:
            continue
        km = haversine_km(g.lat, g.lon, p.lat, p.lon) if p.lat is not None and p.lon is not None else None
        m["resolution within 161 km"].add(km is not None and km <= ACCURACY_KM)  # type: ignore[arg-type]
        if km is not None:
            m["resolution error km"].values.append(km)  # type: ignore[union-attr]
        if g.geonameid is not None:
            m["resolution exact geonameid"].add(p.geonameid == g.geonameid)  # type: ignore[arg-type]
        if km is None or km > ACCURACY_KM:
            errors.append(ErrorRow(doc.doc_id, "wrong place", f"{g.text} ({g.lat}, {g.lon}) id={g.geonameid}",
                                   f"{p.name} ({p.lat}, {p.lon}) id={p.geonameid} "
                                   f"{'' if km is None else f'{km:.0f} km'}", _context(doc.text, g.start, g.end)))
    for p in pred_literal:
        if not any(min(g.end, p.end) > max(g.start, p.start) for g in doc.spans):
            errors.append(ErrorRow(doc.doc_id, "false positive toponym", "-", f"{p.text} [{p.start}:{p.end}]",
                                   _context(doc.text, p.start, p.end)))
    return errors


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    return " ".join(text[max(0, start - width):end + width].split())


def score(name: str, docs: list[GeoDoc], predictions: dict[str, list[Toponym]]) -> SetResult:
    """Recognition and resolution figures summed over articles."""
    metrics: dict[str, Metric] = {
        "literal recognition (exact span)": PRF(), "literal recognition (overlap)": PRF(),
        "all toponyms recognition (overlap)": PRF(), "resolution within 161 km": Accuracy(),
        "resolution exact geonameid": Accuracy(), "resolution error km": Distribution(),
    }
    result = SetResult(name=name, gold_file=RELPATHS[name], docs=len(docs), metrics=metrics)
    for doc in docs:
        result.errors.extend(score_doc(doc, predictions.get(doc.doc_id, []), metrics))
    return result


def predict(docs: list[GeoDoc]) -> dict[str, list[Toponym]]:
    """Toponyms per article, parsing the gold text as is (places pipeline only)."""
    from dateline.evaluate.predict import places_nlp
    from dateline.pipeline import toponyms_of

    nlp = places_nlp()

    def make(doc: GeoDoc):  # type: ignore[no-untyped-def]
        sdoc = nlp.make_doc(doc.text)
        sdoc._.doc_id = doc.doc_id
        return sdoc

    return {sdoc._.doc_id: toponyms_of(sdoc) for sdoc in nlp.pipe((make(d) for d in docs), batch_size=16)}


def evaluate(gold_dir: Path, limit: int | None) -> list[SetResult]:
    """GeoWebNews and GeoVirus, each scored and timed on its own."""
    results = []
    for name, loader in (("geowebnews", load_geowebnews), ("geovirus", load_geovirus)):
        began = time.perf_counter()
        docs = loader(gold_dir / RELPATHS[name], limit)
        result = score(name, docs, predict(docs))
        result.seconds = time.perf_counter() - began
        results.append(result)
    return results
