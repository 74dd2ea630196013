"""Assemble event records from triggers, arguments and mentions.

STUB: owned by the events work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventExtractor:
    """Set `doc._.events` and `doc._.event_triggers`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        doc._.event_triggers = []
        return doc
