"""Measure the gazetteer (build, size, load time, memory) and what geoparsing adds to the pipeline.

Usage: .venv/bin/python scripts/measure_places.py [--rebuild] [PATH ...]

Geoparsing overhead is the time of the places component over the time of the whole pipeline
on the given texts (default: the sample article in ../shared/corpus, if present).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "000_b8d06358445788ba.txt"


def gazetteer_numbers(rebuild: bool) -> dict:
    from dateline.resolve.gazetteer import cache_path

    path = cache_path()
    out: dict = {}
    if rebuild and path.exists():
        path.unlink()
    if not path.exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from dateline.resolve.gazetteer import load_gazetteer; "
                        "load_gazetteer()"], check=True)
        out["build_seconds"] = round(time.perf_counter() - start, 1)
    code = ("import time, resource; w = time.perf_counter(); c = time.process_time(); "
            "from dateline.resolve.gazetteer import load_gazetteer; g = load_gazetteer(); "
            "print(time.perf_counter() - w, time.process_time() - c, len(g), len(g.index), "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu, places, names, rss = res.stdout.split()
    out.update({"cache_file": str(path), "cache_mb": round(path.stat().st_size / 1e6, 1),
                "places": int(places), "names": int(names), "load_wall_s": round(float(wall), 2),
                "load_cpu_s": round(float(cpu), 2), "load_max_rss_mb": round(int(rss) / 1024)})
    return out


def overhead(paths: list[Path]) -> dict:
    from dateline.nlp.load import load_nlp
    from dateline.resolve.gazetteer import load_gazetteer

    load_gazetteer()
    nlp = load_nlp()
    texts = [p.read_text("utf-8") for p in paths]
    for text in texts:  # warm-up
        nlp(text)
    per_pipe: dict[str, float] = {name: 0.0 for name in nlp.pipe_names}
    total = 0.0
    for _ in range(3):
        for text in texts:
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                per_pipe[name] += time.perf_counter() - start
                total += time.perf_counter() - start
    places = per_pipe.get("dateline_places", 0.0)
    return {"docs": len(texts), "pipeline_s_per_doc": round(total / 3 / len(texts), 3),
            "places_s_per_doc": round(places / 3 / len(texts), 3),
            "places_share": round(places / total, 3) if total else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    out = {"gazetteer": gazetteer_numbers(args.rebuild)}
    paths = args.paths or ([SAMPLE] if SAMPLE.exists() else [])
    if paths:
        out["geoparse_overhead"] = overhead(paths)
    out["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
