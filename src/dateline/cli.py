"""The `dateline` command: parse and validate arguments, call one library function, print.

Logs and progress go to stderr; data goes to stdout or --out.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from dateline.errors import DatelineError, DocumentRejected, Errors

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False)
err = Console(stderr=True)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(Errors.E011.format(value=value)) from exc


def report_rejection(rej: DocumentRejected) -> None:
    """One clear line per bad input; the run goes on."""
    err.print(f"[yellow]skipped[/yellow] {rej.source}: {rej.reason}", highlight=False, markup=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for inputs without one")] = None,
    out: Annotated[Optional[Path], typer.Option(help="Write events JSONL here (default stdout)")] = None,
) -> None:
    """Extract events from text, no store needed: text in, events JSONL out."""
    from dateline.ingest import read_paths
    from dateline.pipeline import process_documents

    published = _check_date(published)
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    n_docs = n_events = 0
    try:
        for item in process_documents(read_paths(paths, published=published)):
            if isinstance(item, DocumentRejected):
                report_rejection(item)
                continue
            n_docs += 1
            for event in item.events:
                sink.write(event.to_json() + "\n")
                n_events += 1
    finally:
        if out:
            sink.close()
    err.print(f"{n_events} events from {n_docs} documents" + (f" -> {out}" if out else ""))


@app.command()
def geoparse(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD")] = None,
    out: Annotated[Optional[Path], typer.Option(help="Write toponyms JSONL here (default stdout)")] = None,
) -> None:
    """One JSON record per toponym: text, offsets, kind, resolved place and score."""
    from dateline.ingest import read_paths
    from dateline.nlp.load import build_nlp
    from dateline.pipeline import process_documents

    nlp = build_nlp(components=["dateline_paragraphs", "dateline_places"])
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for item in process_documents(read_paths(paths, published=_check_date(published)), nlp=nlp):
            if isinstance(item, DocumentRejected):
                report_rejection(item)
                continue
            for top in item.toponyms:
                sink.write(top.to_json() + "\n")
    finally:
        if out:
            sink.close()


@app.command()
def evaluate(
    gold_set: Annotated[str, typer.Argument(metavar="SET", help="A gold set name (see --list) or a *.gold.jsonl file")],
    limit: Annotated[Optional[int], typer.Option(min=1, help="Score only the first N documents")] = None,
    report: Annotated[Optional[Path], typer.Option(help="Write the full report as JSON")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List misses and false positives")] = False,
    gold_dir: Annotated[Optional[Path], typer.Option(help="Folder of the gold sets (default ../shared/gold)")] = None,
) -> None:
    """Score the pipeline on a gold set: per-field precision, recall, F1."""
    from dateline.evaluate.run import evaluate_command

    evaluate_command(gold_set, limit=limit, report=report, show_errors=errors, gold_dir=gold_dir)


def main() -> None:
    try:
        app()
    except DatelineError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise SystemExit(2) from exc


if __name__ == "__main__":
    main()
