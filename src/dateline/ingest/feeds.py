"""The RSS/Atom reader: one document per feed entry, parsed from the file's bytes (never fetched)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.html import html_to_text
from dateline.ingest.published import normalise_date, resolve_published
from dateline.ingest.registry import register_reader
from dateline.ingest.source import Source
from dateline.records import Document

FEED_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
                       re.I | re.S)
DATE_KEYS = ("published", "updated", "created", "dc_date")


def sniff_feed(head: bytes) -> bool:
    """A feed when the root element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0)."""
    return bool(FEED_ROOT.match(head.lstrip(b"\xef\xbb\xbf")))


@register_reader("feed", extensions=(".rss", ".atom"), sniff=sniff_feed, priority=20)
def read_feed(source: Source) -> Iterator[Document | DocumentRejected]:
    """One document per entry; entry HTML becomes text through the HTML reader."""
    import feedparser

    # A stream, not a string: feedparser treats strings as URLs or file names and may fetch them.
    parsed = feedparser.parse(io.BytesIO(source.read_bytes()), resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        yield DocumentRejected(source.name, Errors.E019)
        return
    feed_title = parsed.get("feed", {}).get("title")
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, number, source, feed_title)


def _entry_document(entry: Any, number: int, source: Source, feed_title: str | None) -> Document | DocumentRejected:
    doc_id = entry.get("id") or entry.get("link") or f"{source.name}#{number}"
    html = _entry_html(entry)
    found = html_to_text(html, fragment=True) if html else None
    if found is None:
        return DocumentRejected(doc_id, Errors.E014.format(entry=number))
    stated = next((normalise_date(entry.get(key)) for key in DATE_KEYS if normalise_date(entry.get(key))), None)
    return Document(
        doc_id=str(doc_id), text=found.text, title=entry.get("title") or None, url=entry.get("link") or None,
        published=resolve_published(stated, found.text, source.published),
        source=feed_title or None, format="feed",
    )


def _entry_html(entry: Any) -> str:
    """The fullest body the entry carries: content beats summary beats description."""
    bodies = [c.get("value", "") for c in entry.get("content") or []]
    bodies += [entry.get("summary", ""), entry.get("description", "")]
    return max(bodies, key=len, default="") or ""
