"""Quality gate: per-metric floors pinned with the hash of the gold they were measured on.

A full run (no --limit) is compared with the floors: a figure below its floor is a regression;
a gold file whose hash differs from the pinned one is reported, because its floors no longer
apply. Pinning raises floors to the current figures; lowering one needs an explicit reason,
recorded in the file (trafilatura's eval_gate idea).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from dateline.evaluate.metrics import PRF, Accuracy, Distribution, Metric
from dateline.evaluate.result import SetResult

TOLERANCE = 0.005


def primary(metric: Metric) -> float | None:
    """The figure a floor applies to: F1 for P/R/F1 counts, accuracy for accuracies."""
    if isinstance(metric, PRF):
        return metric.f1 if metric.tp + metric.fp + metric.fn else None
    if isinstance(metric, Accuracy):
        return metric.value if metric.total else None
    return None


def read(path: Path) -> dict[str, Any]:
    """The floors file, or an empty one."""
    if not path.exists():
        return {"sets": {}}
    return json.loads(path.read_text("utf-8"))


def check(results: list[SetResult], floors: dict[str, Any]) -> list[str]:
    """Regressions (and changed gold files) of a full run, one line each; empty when it passes."""
    problems = []
    for result in results:
        pinned = floors.get("sets", {}).get(result.name)
        if not pinned:
            continue
        if pinned.get("gold_sha256") and pinned["gold_sha256"] != result.gold_sha256:
            problems.append(f"{result.name}: gold file changed since the floors were pinned; re-pin them")
            continue
        for name, floor in pinned.get("floors", {}).items():
            metric = result.metrics.get(name)
            value = primary(metric) if metric is not None else None
            if value is None or value + TOLERANCE < floor:
                problems.append(f"{result.name}: {name} = {value if value is None else round(value, 4)} "
                                f"is below its floor {floor}")
    return problems


def pin(results: list[SetResult], floors: dict[str, Any], lower_reason: str | None = None) -> dict[str, Any]:
    """New floors: each metric's current figure, never lower than before unless a reason is given."""
    out = {"sets": dict(floors.get("sets", {})), "history": list(floors.get("history", []))}
    lowered = []
    for result in results:
        old = out["sets"].get(result.name, {})
        same_gold = old.get("gold_sha256") == result.gold_sha256
        new_floors = {}
        for name, metric in result.metrics.items():
            value = primary(metric)
            if value is None:
                continue
            before = old.get("floors", {}).get(name) if same_gold else None
            if before is not None and value < before and not lower_reason:
                value = before
            elif before is not None and value < before:
                lowered.append(f"{result.name}/{name}: {before} -> {round(value, 4)}")
            new_floors[name] = round(value, 4)
        out["sets"][result.name] = {"gold_sha256": result.gold_sha256, "docs": result.docs,
                                    "floors": new_floors}
    if lowered:
        out["history"].append({"date": dt.date.today().isoformat(), "reason": lower_reason,
                               "lowered": lowered})
    return out


def write(path: Path, floors: dict[str, Any]) -> None:
    """Save floors, stable key order so diffs are readable."""
    path.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def results_from_report(path: Path) -> list[SetResult]:
    """The results saved by `--report`, so floors can be pinned without a second full run."""
    data = json.loads(path.read_text("utf-8"))
    results = []
    for item in data["sets"]:
        metrics: dict[str, Metric] = {}
        for name, m in item["metrics"].items():
            if m["kind"] == "prf":
                metrics[name] = PRF(m["tp"], m["fp"], m["fn"])
            elif m["kind"] == "accuracy":
                metrics[name] = Accuracy(m["correct"], m["total"])
            else:
                metrics[name] = Distribution()
        results.append(SetResult(name=item["name"], gold_file=item["gold_file"], docs=item["docs"],
                                 gold_sha256=item["gold_sha256"], metrics=metrics))
    return results
