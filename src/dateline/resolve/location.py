"""Event location: the place where an event happened, not merely a place mentioned nearby.

STUB: owned by the places work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.records import Place


def choose_location(doc: Doc, trigger: Token) -> Place | None:
    """The place of the event whose trigger is `trigger`.

    Prefers a place syntactically attached to the event clause, then the nearest suitable
    place in the sentence, then the document's dateline/focus place at a coarser precision.
    """
    return None
