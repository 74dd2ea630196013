"""Shared helpers for the ingest tests: the fixture folder and a reader-result splitter."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from dateline.errors import DocumentRejected
from dateline.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """tests/fixtures/ingest: small hand-made inputs of every format."""
    return FIXTURES


@pytest.fixture(scope="session")
def split_items():
    """The `split` helper, as a fixture so test modules need no imports from tests/."""
    return split


def split(items: Iterable[Document | DocumentRejected]) -> tuple[list[Document], list[DocumentRejected]]:
    """Documents and rejections of a read, each in input order."""
    docs: list[Document] = []
    rejected: list[DocumentRejected] = []
    for item in items:
        (docs if isinstance(item, Document) else rejected).append(item)  # type: ignore[arg-type]
    return docs, rejected
