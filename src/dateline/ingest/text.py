"""The plain-text reader: `.txt` and any text nothing more specific claims."""

from __future__ import annotations

from collections.abc import Iterator

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.encoding import decode
from dateline.ingest.published import resolve_published
from dateline.ingest.registry import register_reader
from dateline.ingest.source import Source
from dateline.records import Document


@register_reader("text", extensions=(".txt", ".text", ".md"), priority=90, trust_extension=True)
def read_text(source: Source) -> Iterator[Document | DocumentRejected]:
    """One document per file; the publication date may come from a dateline at the top."""
    text = decode(source.read_bytes(), source.name)
    if not text.strip():
        yield DocumentRejected(source.name, Errors.E001)
        return
    published = resolve_published(None, text, source.published)
    yield Document(doc_id=source.name, text=text, published=published, format="text")
