"""The `dateline` command: parse and validate arguments, call one library function, print.

Logs and progress go to stderr; data goes to stdout or --out.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dateline.errors import DatelineError, DocumentRejected, Errors

if TYPE_CHECKING:
    from rich.table import Table

    from dateline.records import Event
    from dateline.store.queries import EventFilter

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False)
err = Console(stderr=True)

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin")]
PublishedOpt = Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for inputs without one")]


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
    err.print(f"[yellow]skipped[/yellow] {escape(rej.source)}: {escape(rej.reason)}", highlight=False, soft_wrap=True)


def _stream_jsonl(paths: list[str], published: Optional[str], out: Optional[Path], records, noun: str,
                  nlp=None) -> None:
    """Run the pipeline over `paths` and write `records(processed)` as JSON lines to `out`
    (stdout by default); bad inputs are reported and skipped; a summary line goes to stderr."""
    from dateline.ingest import read_paths
    from dateline.pipeline import process_documents

    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    n_docs = n_records = 0
    try:
        for item in process_documents(read_paths(paths, published=_check_date(published)), nlp=nlp):
            if isinstance(item, DocumentRejected):
                report_rejection(item)
                continue
            n_docs += 1
            for record in records(item):
                sink.write(record.to_json() + "\n")
                n_records += 1
    finally:
        if out:
            sink.close()
    err.print(f"{n_records} {noun} from {n_docs} documents" + (f" -> {out}" if out else ""))


@app.command()
def extract(
    paths: PathsArg,
    published: PublishedOpt = None,
    out: Annotated[Optional[Path], typer.Option(help="Write events JSONL here (default stdout)")] = None,
) -> None:
    """Extract events from text, no store needed: text in, events JSONL out."""
    _stream_jsonl(paths, published, out, lambda item: item.events, "events")


@app.command()
def geoparse(
    paths: PathsArg,
    published: PublishedOpt = None,
    out: Annotated[Optional[Path], typer.Option(help="Write toponyms JSONL here (default stdout)")] = None,
) -> None:
    """One JSON record per toponym: text, offsets, kind, resolved place and score."""
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=["dateline_paragraphs", "dateline_places"])
    _stream_jsonl(paths, published, out, lambda item: item.toponyms, "toponyms", nlp=nlp)


@app.command()
def evaluate(
    gold_set: Annotated[str, typer.Argument(metavar="SET", help="A gold set (isaf, ucdp_ged, muc34, plover_gsr, geo, event_location, demo), all, or a *.gold.jsonl file")],
    limit: Annotated[Optional[int], typer.Option(min=1, help="Score only the first N documents")] = None,
    report: Annotated[Optional[Path], typer.Option(help="Write the full report as JSON")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List misses and false positives")] = False,
    gold_dir: Annotated[Optional[Path], typer.Option(help="Folder of the gold sets (default ../shared/gold)")] = None,
    write_doc: Annotated[Optional[Path], typer.Option(help="Write the results as markdown (docs/EVALUATION.md)")] = None,
    floors: Annotated[Optional[Path], typer.Option(help="Quality floors file to check (e.g. tests/quality_floors.json)")] = None,
    pin_floors: Annotated[bool, typer.Option("--pin-floors", help="Raise the floors in --floors to this run's figures")] = False,
    lower_floors: Annotated[Optional[str], typer.Option(help="With --pin-floors: allow lower floors, giving the reason")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="With `all`: score sets in this many processes")] = 1,
) -> None:
    """Score the pipeline on a gold set (or `all`): per-field precision, recall, F1."""
    from dateline.evaluate.run import evaluate_command

    evaluate_command(gold_set, limit=limit, report=report, show_errors=errors, gold_dir=gold_dir,
                     write_doc=write_doc, floors=floors, pin_floors=pin_floors, lower_reason=lower_floors,
                     jobs=jobs)


DbOpt = Annotated[Optional[str], typer.Option("--db", help="Store: a SQLite file path or a database URL (default $DATELINE_DB_URL or DATELINE_HOME/dateline.db)")]
TypeOpt = Annotated[Optional[list[str]], typer.Option("--type", help="PLOVER event type (repeatable)")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="Events on or after YYYY-MM-DD")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Events on or before YYYY-MM-DD")]
CountryOpt = Annotated[Optional[str], typer.Option("--country", help="ISO 3166-1 alpha-3 code of the event's location")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Actor or recipient name contains this")]
DocOpt = Annotated[Optional[str], typer.Option("--doc", help="Reported by this document id")]
SearchOpt = Annotated[Optional[str], typer.Option("--search", help="Evidence, place or actor contains this text")]


def _filter(types: Optional[list[str]], since: Optional[str], until: Optional[str], country: Optional[str],
            actor: Optional[str], doc: Optional[str], search: Optional[str],
            limit: Optional[int] = None, offset: int = 0) -> EventFilter:
    """The shared filter options of `events` and `export`, validated."""
    from dateline.records import PLOVER_TYPES
    from dateline.store.queries import EventFilter

    for name in types or []:
        if name.upper() not in PLOVER_TYPES:
            raise typer.BadParameter(Errors.E013.format(what="event type", name=name, choices=", ".join(PLOVER_TYPES)))
    return EventFilter(types=tuple(types or ()), date_from=_check_date(since), date_to=_check_date(until),
                       country=country, actor=actor, doc_id=doc, text=search, limit=limit, offset=offset)


def _counts(event: Event) -> str:
    from dateline.records import COUNT_FIELDS

    labels = {"fatalities": "killed"}
    return ", ".join(f"{getattr(event, n)} {labels.get(n, n)}" for n in COUNT_FIELDS if getattr(event, n) is not None)


def table_console() -> Console:
    """stdout console; when piped (make demo, logs) Rich would assume 80 columns, too narrow
    for an events table, so a wide fixed width is used instead."""
    return Console(width=None if sys.stdout.isatty() else 150)


def events_table(events: list[Event], title: Optional[str] = None) -> Table:
    """A readable Rich table: date, type, actors, place, counts, evidence excerpt, sources."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Type", min_width=9)
    for name, ratio in (("Actors", 3), ("Place", 2), ("Counts", 2), ("Evidence", 6)):
        table.add_column(name, ratio=ratio)
    table.add_column("Src", justify="right", no_wrap=True)
    for ev in events:
        excerpt = " ".join(ev.evidence[0].text.split()) if ev.evidence else ""
        excerpt = excerpt if len(excerpt) <= 160 else excerpt[:157] + "..."
        actors = ", ".join(a.name for a in ev.actors)
        if ev.recipients:
            actors += " -> " + ", ".join(a.name for a in ev.recipients)
        place = ev.location.name + (f" ({ev.location.country})" if ev.location.country else "") if ev.location else ""
        kind = "\n".join([ev.type] + ([ev.mode] if ev.mode else []) + ([] if ev.modality == "asserted" else [f"[{ev.modality}]"]))
        cells = (ev.date or "", kind, actors, place, _counts(ev), excerpt, str(len(ev.sources)))
        table.add_row(*(escape(cell) for cell in cells))
    return table


@app.command()
def ingest(
    paths: PathsArg,
    published: PublishedOpt = None,
    db: DbOpt = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per NLP batch and per commit")] = 32,
) -> None:
    """Process articles into the store; re-ingesting skips stored articles, a killed run resumes."""
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from dateline.store.database import open_database
    from dateline.store.runs import ingest_paths

    published = _check_date(published)
    columns = (SpinnerColumn(), TextColumn("ingesting"), MofNCompleteColumn(), TimeElapsedColumn())
    with open_database(db) as store, Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        summary = ingest_paths(store, paths, published=published, batch_size=batch_size,
                               on_rejection=report_rejection, on_document=lambda: progress.advance(task))
    resumed = " (resumed an interrupted run)" if summary.resumed else ""
    err.print(f"{summary.new} new documents, {summary.duplicates + summary.already_done} duplicates skipped, "
              f"{summary.events} new events, {summary.merged} merged into stored events, "
              f"{summary.rejected} rejected{resumed} -> {store.url}", highlight=False)


@app.command()
def events(
    db: DbOpt = None, types: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    country: CountryOpt = None, actor: ActorOpt = None, doc: DocOpt = None, search: SearchOpt = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many events first")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
) -> None:
    """List stored events matching the filters, oldest first."""
    from dateline.store.database import open_database
    from dateline.store.queries import count_events, list_events

    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter(Errors.E013.format(what="format", name=fmt, choices="table, jsonl"))
    flt = _filter(types, since, until, country, actor, doc, search, limit, offset)
    with open_database(db) as store:
        found, total = list_events(store, flt), count_events(store, flt)
    if fmt == "jsonl":
        for event in found:
            sys.stdout.write(event.to_json() + "\n")
    else:
        table_console().print(events_table(found))
    err.print(f"{len(found)} of {total} matching events")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, geojson or parquet")] = "jsonl",
    out: Annotated[Optional[Path], typer.Option(help="Write here (default stdout)")] = None,
    db: DbOpt = None, types: TypeOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    country: CountryOpt = None, actor: ActorOpt = None, doc: DocOpt = None, search: SearchOpt = None,
) -> None:
    """Export stored events (all, or those matching the filters) in a registered format."""
    from dateline.export import export_events, exporters
    from dateline.store.database import open_database
    from dateline.store.queries import iter_events

    known = exporters()
    if fmt not in known:
        raise typer.BadParameter(Errors.E013.format(what="format", name=fmt, choices=", ".join(sorted(known))))
    if known[fmt].binary and out is None:
        raise typer.BadParameter(f"{fmt} is a binary format: give --out FILE")
    flt = _filter(types, since, until, country, actor, doc, search)
    with open_database(db) as store:
        n = export_events(iter_events(store, flt), fmt, out)
    err.print(f"{n} events exported as {fmt}" + (f" -> {out}" if out else ""))


@app.command()
def demo(
    db: DbOpt = None,
    out_dir: Annotated[Optional[Path], typer.Option(help="Folder for demo.db and the exports (default DATELINE_HOME/demo)")] = None,
) -> None:
    """Ingest the bundled 20-article demo corpus into a fresh store, export it and show the events."""
    from dateline.demo import run_demo

    result = run_demo(db=db, out_dir=out_dir)
    table_console().print(events_table(result.events, title=f"Dateline demo: {len(result.events)} events from {result.documents} documents"))
    s = result.summary
    if not result.events:
        err.print("[yellow]no events extracted[/yellow]: the documents are stored; check the event stages")
    err.print(f"{s.new} new documents, {s.duplicates + s.already_done} duplicates skipped, {s.events} new events, "
              f"{s.merged} merged across articles, {s.rejected} rejected", highlight=False)
    err.print(f"database: {result.db_url}", highlight=False)
    for fmt, path in result.exports.items():
        err.print(f"{fmt}: {path}", highlight=False)


def main() -> None:
    try:
        app()
    except DatelineError as exc:
        err.print(f"[red]error[/red] {exc}", soft_wrap=True)
        raise SystemExit(2) from exc


if __name__ == "__main__":
    main()
