"""Paragraph-wise parsing: a blank line (or any newline) starts a new sentence."""

from __future__ import annotations

from spacy.tokens import Doc


class ParagraphBoundaries:
    """Mark the token after a newline-bearing whitespace token as a sentence start.

    Runs before the parser, which respects preset boundaries; headlines and datelines have
    no final full stop, and without this the parser glues them onto the first sentence.
    """

    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            if "\n" in prev.text_with_ws and not doc[i].is_space:
                doc[i].is_sent_start = True
            elif doc[i].is_space and "\n" in doc[i].text and i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        return doc
