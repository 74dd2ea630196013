"""The JSONL reader: one article per line (`id`, `text` or `html`, `title`, `url`, `published`, `source`).

The file is streamed line by line, so the size limit applies to each record, and a bad line
is one rejection while the other lines still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.encoding import decode
from dateline.ingest.html import html_to_text, sniff_html
from dateline.ingest.published import normalise_date, resolve_published
from dateline.ingest.registry import register_reader
from dateline.ingest.source import Source
from dateline.records import Document

ID_FIELDS = ("id", "doc_id")
DATE_FIELDS = ("published", "date", "published_at")


def sniff_jsonl(head: bytes) -> bool:
    """JSONL when the first line is a JSON object (or, if longer than the head, starts like one)."""
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    if b"\n" not in head.lstrip():
        return b'"' in first
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


@register_reader("jsonl", extensions=(".jsonl", ".ndjson", ".jsonlines"), sniff=sniff_jsonl,
                 streams=True, priority=30, trust_extension=True)
def read_jsonl(source: Source) -> Iterator[Document | DocumentRejected]:
    """One document per line; blank lines are skipped; the file must hold at least one record."""
    seen = 0
    with source.open() as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen += 1
            try:
                yield _record(source, number, raw)
            except DocumentRejected as rejected:
                yield rejected
    if not seen:
        yield DocumentRejected(source.name, Errors.E001)


def _record(source: Source, number: int, raw: bytes) -> Document | DocumentRejected:
    where = f"{source.name}:{number}"
    if len(raw) > source.max_bytes:
        return DocumentRejected(where, Errors.E017.format(line=number, size=len(raw), limit=source.max_bytes))
    line = decode(raw, where)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return DocumentRejected(where, Errors.E005.format(line=number, detail=f"{exc.msg} at column {exc.colno}"))
    if not isinstance(record, dict):
        return DocumentRejected(where, Errors.E018.format(line=number, kind=type(record).__name__))
    doc_id = _first(record, ID_FIELDS)
    return _document(record, str(doc_id) if doc_id is not None else where, number, source.published)


def _document(record: dict[str, Any], doc_id: str, number: int, fallback: str | None) -> Document | DocumentRejected:
    text, title, fmt = record.get("text"), record.get("title"), "jsonl"
    if not (isinstance(text, str) and text.strip()) and isinstance(record.get("html"), str):
        markup = record["html"]
        found = html_to_text(markup, fragment=not sniff_html(markup[:8192].encode("utf-8", "replace")))
        if found is None:
            return DocumentRejected(doc_id, Errors.E004)
        text, title, fmt = found.text, title or found.title, "html"
        fallback_meta = found.published
    else:
        fallback_meta = None
    if not (isinstance(text, str) and text.strip()):
        return DocumentRejected(doc_id, Errors.E006.format(line=number))
    published = resolve_published(normalise_date(_first(record, DATE_FIELDS)) or fallback_meta, text, fallback)
    return Document(doc_id=doc_id, text=text, title=_str(title), url=_str(record.get("url")),
                    published=published, source=_str(record.get("source")), format=fmt)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
