"""Ingest: turn paths (files, directories, stdin) into `Document` records or rejections.

Readers for each format live in this package and register by name (`registry.py`); this module
walks the inputs, picks a reader per file (`detect.py`), turns every failure into one
`DocumentRejected` so a batch never stops on a bad file, and rejects the second copy of an
article read twice in one run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from dateline.clean import clean_text
from dateline.errors import DocumentRejected, DuplicateDocument, Errors
from dateline.ingest.detect import choose_reader
from dateline.ingest.registry import Reader, get_reader, register_reader, readers
from dateline.ingest.source import Source, file_source, max_bytes_from_env, stdin_source
from dateline.records import Document, content_hash

__all__ = ["Reader", "Source", "get_reader", "read_paths", "read_source", "readers", "register_reader"]

STDIN = "-"


def read_paths(
    paths: list[str], published: str | None = None, *, max_bytes: int | None = None
) -> Iterator[Document | DocumentRejected]:
    """Yield a Document for every readable article and a DocumentRejected for every bad one.

    `published` is the fallback publication date for inputs that carry none. `max_bytes`
    (default DATELINE_MAX_BYTES, else 50 MB) caps a file, or a record of a streamed format.
    """
    limit = max_bytes or max_bytes_from_env()
    first_seen: dict[str, str] = {}
    for given in paths:
        for source in _sources(given, published, limit):
            if isinstance(source, DocumentRejected):
                yield source
                continue
            for item in read_source(source):
                yield _unless_duplicate(item, first_seen)


def read_source(source: Source) -> Iterator[Document | DocumentRejected]:
    """Every document of one input; any failure becomes a rejection naming the input."""
    if source.size == 0:
        yield DocumentRejected(source.name, Errors.E001)
        return
    try:
        yield from choose_reader(source).read(source)
    except DocumentRejected as rejected:
        yield rejected
    except OSError as exc:
        yield DocumentRejected(source.name, Errors.E008.format(detail=exc.strerror or exc))
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch
        yield DocumentRejected(source.name, Errors.E008.format(detail=f"{type(exc).__name__}: {exc}"))


def _sources(given: str, published: str | None, limit: int) -> Iterator[Source | DocumentRejected]:
    """The inputs behind one command-line argument: stdin, a file, or a directory's files."""
    if given == STDIN:
        yield stdin_source(published, limit)
        return
    path = Path(given)
    try:
        if path.is_dir():
            files = list(_walk(given))
            if not files:
                yield DocumentRejected(given, Errors.E021)
            for name in files:
                yield file_source(name, Path(name), published, limit)
        elif path.exists():
            yield file_source(given, path, published, limit)
        else:
            yield DocumentRejected(given, Errors.E007)
    except OSError as exc:
        yield DocumentRejected(given, Errors.E008.format(detail=exc.strerror or exc))


def _walk(top: str) -> Iterator[str]:
    """Files under `top`, recursively, in sorted order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _unless_duplicate(item: Document | DocumentRejected, first_seen: dict[str, str]) -> Document | DocumentRejected:
    """The second document with the same cleaned text in one run is a rejection."""
    if isinstance(item, DocumentRejected):
        return item
    key = content_hash(clean_text(item.text))
    if key in first_seen:
        return DuplicateDocument(item.doc_id, Errors.E016.format(first=first_seen[key]))
    first_seen[key] = item.doc_id
    return item
