"""Count mentions: how many were killed, injured, displaced, arrested or abducted.

STUB: owned by the dates/counts/modality work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def parse_number(text: str) -> int | None:
    """Digits, words, ranges, "at least", vague quantities (ACLED rules, SPEC.md section 3)."""
    return None


class CountTagger:
    """Fill `doc.spans["counts"]` with spans carrying `_.count_value` and `_.count_kind`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["counts"] = []
        return doc
