"""Ingest: turn paths (files, directories, stdin) into `Document` records or rejections.

STUB: owned by the ingest/clean work; replace the body, keep the interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.errors import DocumentRejected
from dateline.records import Document


def read_paths(paths: list[str], published: str | None = None) -> Iterator[Document | DocumentRejected]:
    """Yield a Document for every readable article and a DocumentRejected for every bad one.

    `published` is the fallback publication date for inputs that carry none.
    """
    for path in paths:
        text = Path(path).read_text("utf-8")
        yield Document(doc_id=path, text=text, published=published)
