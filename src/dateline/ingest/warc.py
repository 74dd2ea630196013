"""The WARC reader: HTML and text responses in a web archive (`.warc`, `.warc.gz`) become documents.

Records are streamed, so an archive of any size reads in constant memory and the size limit
applies to each record. Images, scripts, redirects and errors in the archive are skipped.
The doc_id is the record's WARC-Target-URI; WARC-Date (the crawl time) is only the last resort
for the publication date.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import Any

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.encoding import decode
from dateline.ingest.html import html_document, sniff_html
from dateline.ingest.published import normalise_date, resolve_published
from dateline.ingest.registry import register_reader
from dateline.ingest.source import Source
from dateline.records import Document

CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
GZIP_MAGIC = b"\x1f\x8b"


def sniff_warc(head: bytes) -> bool:
    """A WARC file starts with `WARC/`; a .warc.gz does once its first member is unpacked."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"WARC/")


@register_reader("warc", extensions=(".warc", ".warc.gz", ".arc", ".arc.gz"), sniff=sniff_warc,
                 streams=True, priority=10, trust_extension=True)
def read_warc(source: Source) -> Iterator[Document | DocumentRejected]:
    """One document per HTML or text response record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not sniff_warc(source.head()):
        yield DocumentRejected(source.name, Errors.E015.format(record=1, detail="does not start with a WARC header"))
        return
    found = 0
    with source.open() as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                item = _record_document(record, number, source)
                if item is not None:
                    found += 1
                    yield item
        except (ArchiveLoadFailed, OSError, EOFError) as exc:
            yield DocumentRejected(source.name, Errors.E015.format(record=found + 1, detail=exc))
            return
    if not found:
        yield DocumentRejected(source.name, Errors.E020)


def _record_document(record: Any, number: int, source: Source) -> Document | DocumentRejected | None:
    """The document of one record, a rejection, or None for records that are not articles."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if record.rec_type == "response" and (headers is None or not headers.get_statuscode().startswith("2")):
        return None
    ctype = (headers.get_header("Content-Type") if headers is not None else "") or ""
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source.name}#{number}"
    data = record.content_stream().read(source.max_bytes + 1)
    if len(data) > source.max_bytes:
        detail = Errors.E009.format(size=f"more than {source.max_bytes}", limit=source.max_bytes)
        return DocumentRejected(uri, Errors.E015.format(record=number, detail=detail))
    is_html = "html" in ctype.lower() or (not ctype and sniff_html(data[:8192]))
    if not (is_html or ctype.lower().startswith("text/plain")) or not data.strip():
        return None
    charset = CHARSET.search(ctype)
    try:
        text = decode(data, uri, declared=charset.group(1) if charset else None)
    except DocumentRejected as rejected:
        return rejected
    fallback = source.published or normalise_date(record.rec_headers.get_header("WARC-Date"))
    if is_html:
        return html_document(text, uri, fallback_date=fallback, url=uri)
    return Document(doc_id=uri, text=text, url=uri, published=resolve_published(None, text, fallback), format="warc")
