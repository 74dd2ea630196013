"""The main path: ingest -> clean -> parse -> mentions -> events -> resolve (store/export elsewhere).

`process_document` is the whole story for one article; `process_documents` is the same for a
stream, batching the spaCy work and passing rejections through so a batch never stops on one
bad file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from dateline.clean import clean_text
from dateline.errors import DocumentRejected, Errors
from dateline.nlp.truecase import truecase
from dateline.records import Document, Event, Toponym


@dataclass
class ProcessedDocument:
    """One document after the pipeline: its clean text, its events and its toponyms."""

    document: Document
    events: list[Event] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)


def prepare(doc: Document) -> Document:
    """2. clean: the returned document's text is what offsets index and what is stored."""
    text = clean_text(doc.text)
    if not text.strip():
        raise DocumentRejected(doc.doc_id, Errors.E010)
    return dataclasses.replace(doc, text=text, content_hash="")


def _to_spacy(nlp: Language, doc: Document) -> Doc:
    """3. parse input: all-caps wire copy is true-cased first (the model was trained on mixed
    case); true-casing changes only letter case, so every offset still indexes `doc.text`."""
    sdoc = nlp.make_doc(truecase(doc.text))
    sdoc._.doc_id = doc.doc_id
    sdoc._.published = doc.published
    sdoc._.title = doc.title
    return sdoc


def _finish(doc: Document, sdoc: Doc) -> ProcessedDocument:
    """6. resolve: stable ids and sources for the events of one document."""
    events = list(sdoc._.events or [])
    for event in events:
        if not event.sources:
            event.sources = [doc.doc_id]
        for ev in event.evidence:  # quote the stored text, not the true-cased parse input
            ev.text = doc.text[ev.start:ev.end]
        event.assign_id()
    toponyms = toponyms_of(sdoc)
    for top in toponyms:
        top.text = doc.text[top.start:top.end]
    return ProcessedDocument(document=doc, events=events, toponyms=toponyms)


def toponyms_of(sdoc: Doc) -> list[Toponym]:
    """The `dateline geoparse` records of a parsed document."""
    out = []
    for span in sdoc.spans.get("places", []):
        place = span._.place
        out.append(Toponym(
            doc_id=sdoc._.doc_id, text=span.text, start=span.start_char, end=span.end_char,
            kind=span._.toponym_kind or "literal",
            name=place.name if place else None,
            geonameid=place.geonameid if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            admin1=place.admin1 if place else None, country=place.country if place else None,
            score=float(span._.place_score or 0.0),
        ))
    return out


def process_document(doc: Document, nlp: Language | None = None) -> ProcessedDocument:
    """Run one ingested document through every stage."""
    # 1. ingest happened before: `doc` came from a reader in dateline.ingest
    # 2. clean
    doc = prepare(doc)
    # 3. parse, 4. mentions, 5. events: the spaCy pipeline (order in data/pipeline.cfg)
    nlp = nlp or _default_nlp()
    sdoc = nlp(_to_spacy(nlp, doc))
    # 6. resolve
    return _finish(doc, sdoc)


def process_documents(
    docs: Iterable[Document | DocumentRejected],
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[ProcessedDocument | DocumentRejected]:
    """`process_document` over a stream, in input order; rejections pass straight through."""
    nlp = nlp or _default_nlp()
    buffer: list[Document | DocumentRejected] = []
    for item in docs:
        if isinstance(item, Document):
            try:
                item = prepare(item)
            except DocumentRejected as exc:
                item = exc
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from _run_batch(nlp, buffer, batch_size)
            buffer = []
    if buffer:
        yield from _run_batch(nlp, buffer, batch_size)


def _run_batch(
    nlp: Language, items: list[Document | DocumentRejected], batch_size: int
) -> Iterator[ProcessedDocument | DocumentRejected]:
    docs = [item for item in items if isinstance(item, Document)]
    parsed = iter(nlp.pipe((_to_spacy(nlp, d) for d in docs), batch_size=batch_size))
    for item in items:
        if isinstance(item, DocumentRejected):
            yield item
        else:
            yield _finish(item, next(parsed))


def extract_text(
    text: str, published: str | None = None, doc_id: str = "text", nlp: Language | None = None
) -> list[Event]:
    """Events of one text, for library users and the evaluation adapters."""
    return process_document(Document(doc_id=doc_id, text=text, published=published), nlp).events


def _default_nlp() -> Language:
    from dateline.nlp.load import load_nlp

    return load_nlp()
