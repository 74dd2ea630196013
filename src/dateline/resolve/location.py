"""Event location: the place where an event happened, not merely a place mentioned nearby.

STUB: owned by the places work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.records import Place


def choose_location_span(doc: Doc, trigger: Token) -> Span | None:
    """The toponym span (from `doc.spans["places"]`) naming where the event of `trigger` happened.

    Prefers a place syntactically attached to the event clause, then the nearest suitable
    place in the sentence; None when the sentence names no suitable place.
    """
    return None


def choose_location(doc: Doc, trigger: Token) -> Place | None:
    """The resolved place of the event of `trigger`; falls back to the document's
    dateline/focus place with a coarser `precision` when the sentence names none."""
    span = choose_location_span(doc, trigger)
    return span._.place if span is not None else None
