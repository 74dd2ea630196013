"""Paragraph-wise parsing: a line break starts a new sentence unless it only wraps one."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.clean import SENTENCE_END, WRAPPED_LINE_CHARS


class ParagraphBoundaries:
    """Preset sentence starts at line breaks, before the parser (which respects them).

    Headlines and datelines have no final full stop, and without a preset boundary the parser
    glues them onto the first sentence. Hard-wrapped text (wire copy cut at ~70 characters) is
    the opposite case: a long line that stops mid-sentence continues on the next line, so
    there the boundary is explicitly ruled out rather than left to the parser, which otherwise
    splits at the line end. A blank line always ends a sentence.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        for i in range(1, len(doc)):
            prev, tok = doc[i - 1], doc[i]
            if tok.is_space or "\n" not in prev.text_with_ws:
                continue
            newline = prev.idx + prev.text_with_ws.rindex("\n")
            tok.is_sent_start = not _wraps(text, newline)
        return doc


def _wraps(text: str, newline: int) -> bool:
    """True when the line break at `newline` only wraps a sentence: it is a single break and
    the line before it is long and does not end like a sentence."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if not line:  # a blank line: paragraph break
        return False
    after = text[newline + 1 : newline + 2]
    return after != "\n" and len(line) >= WRAPPED_LINE_CHARS and line[-1] not in SENTENCE_END
