"""Run the pipeline for the evaluation: the shared spaCy pipelines and batched event extraction."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dateline.errors import DocumentRejected
from dateline.records import Document, Event

if TYPE_CHECKING:
    from spacy.language import Language

GEO_COMPONENTS = ["dateline_paragraphs", "dateline_places"]


def full_nlp() -> "Language":
    """The whole pipeline (built once per process by `load_nlp`)."""
    from dateline.nlp.load import load_nlp

    return load_nlp()


@functools.lru_cache(maxsize=1)
def places_nlp() -> "Language":
    """Parser plus paragraphs and places only: what toponyms and event locations need."""
    from dateline.nlp.load import build_nlp

    return build_nlp(components=GEO_COMPONENTS)


def published_from_text(text: str) -> str | None:
    """The publication date a reader would find in the text itself (its dateline), as for any
    input without a date field; gold sets without a publication field use it."""
    try:
        from dateline.ingest.published import resolve_published
    except ImportError:  # the ingest work is optional for scoring
        return None
    return resolve_published(None, text, None)


def extract_events(docs: Iterable[Document], nlp: "Language | None" = None) -> dict[str, list[Event]]:
    """Events per document id, batched through `process_documents` (nlp.pipe); a rejected
    document (for instance empty after cleaning) simply has no events."""
    from dateline.pipeline import process_documents

    out: dict[str, list[Event]] = {}
    for item in process_documents(docs, nlp=nlp or full_nlp()):
        if isinstance(item, DocumentRejected):
            out[item.source] = []
        else:
            out[item.document.doc_id] = item.events
    return out
