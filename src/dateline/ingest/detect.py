"""Pick the reader for an input: sniff its first bytes, then trust the extension, else read it as text."""

from __future__ import annotations

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.registry import Reader, get_reader, readers
from dateline.ingest.source import Source

GZIP_MAGIC = b"\x1f\x8b"
FALLBACK_READER = "text"


def choose_reader(source: Source) -> Reader:
    """The reader for `source`; raises DocumentRejected for archives no reader takes.

    Content wins over the extension, so a `.txt` holding HTML is read as HTML and a `.html`
    holding plain text as text: extensions lie more often than magic bytes.
    """
    head = source.head()
    for reader in readers():
        if reader.sniff is not None and reader.sniff(head):
            return reader
    if head.startswith(GZIP_MAGIC):
        raise DocumentRejected(source.name, Errors.E002.format(detail="gzip archive that is not a WARC"))
    by_extension = extension_reader(source.name)
    if by_extension is not None and (by_extension.trust_extension or by_extension.sniff is None):
        return by_extension
    return get_reader(FALLBACK_READER)


def extension_reader(name: str) -> Reader | None:
    """The reader claiming the longest matching extension of `name` (`.warc.gz` before `.gz`)."""
    lower = name.lower()
    best: tuple[int, Reader] | None = None
    for reader in readers():
        for ext in reader.extensions:
            if lower.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), reader)
    return best[1] if best else None
