"""Toponym mentions: place names found by gazetteer matching and NER, resolved to coordinates.

STUB: owned by the places work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlaceTagger:
    """Fill `doc.spans["places"]` with spans carrying `_.place`, `_.toponym_kind`, `_.place_score`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["places"] = []
        return doc
