"""Date mentions, resolved against the publication date.

STUB: owned by the dates/counts/modality work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def resolve_date(text: str, published: str | None) -> tuple[str | None, str] | None:
    """Resolve a date phrase ("on Saturday", "June 10", "last week") to (ISO date, precision).

    Returns None when the phrase is not a date; (None, precision) when it is relative and
    there is no publication date to resolve it against.
    """
    return None


class DateTagger:
    """Fill `doc.spans["dates"]` with spans carrying `_.date_value` and `_.date_precision`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dates"] = []
        return doc
