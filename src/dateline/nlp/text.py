"""A parsed document's text, built once: spaCy joins every token each time `Doc.text` is read.

Several stages look at the raw characters around a span (a dateline's brackets, a reference
code's hyphen, the line break before a sentence) once per span or sentence; on a long article
re-joining the whole text for each look cost more than the look itself.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data` after the first call (a Doc's text never changes:
    retokenising merges or splits tokens, never characters)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
