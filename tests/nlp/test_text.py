"""The document text cache (nlp/text.py)."""

from __future__ import annotations

import spacy

from dateline.nlp.text import doc_text


def test_text_equals_doc_text_and_is_kept():
    doc = spacy.blank("en")("Rebels shelled Goma on Monday.\nTwo died.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the second read is the kept string, not a new join


def test_text_survives_retokenising():
    doc = spacy.blank("en")("The Mosul Dam fell.")
    before = doc_text(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[1:3])
    assert doc_text(doc) == before == doc.text
