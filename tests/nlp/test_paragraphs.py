"""Paragraph breaks become sentence starts before the parser runs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.nlp.paragraphs import ParagraphBoundaries


@pytest.mark.parametrize("words, spaces, starts", [
    (["Headline", "\n\n", "Body", "text", "."], [False, False, True, False, False], [3 - 1]),
    (["One", "line", "only"], [True, True, False], []),
])
def test_paragraphs_marks_token_after_newline(words, spaces, starts):
    doc = Doc(Vocab(), words=words, spaces=spaces)
    doc = ParagraphBoundaries()(doc)
    marked = [t.i for t in doc[1:] if t.is_sent_start]
    assert marked == starts
