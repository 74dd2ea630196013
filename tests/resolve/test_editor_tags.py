"""Bracketed bylines and speaker labels of wire copy are not place mentions."""

from __future__ import annotations

import pytest
import spacy

from dateline.resolve.editor_tags import in_editor_tag


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _span(doc, word: str) -> tuple[int, int]:
    i = next(t.i for t in doc if t.text == word)
    return i, i + 1


@pytest.mark.parametrize("text, word, tag", [
    ("Managua, 5 Jan 90 (Radio) -- [Report] [Ernesto Rivas] [Text] Rebels attacked", "Rivas", True),
    ("She asked the nation?\n\n[Mendez] Some 40 people drowned", "Mendez", True),
    ("Troops came from Tegus [Tegucigalpa], Choluteca and Olancho", "Tegucigalpa", False),
    ("The Enee [Honduran power company] depot", "Honduran", False),
    ("He said [Rivas] would fall", "Rivas", False),
    ("[Ernesto Rivas] met the press in Rivas", "Rivas", True),
])
def test_editor_tags_are_bylines_and_speaker_labels(nlp, text, word, tag):
    doc = nlp(text)
    assert in_editor_tag(doc, *_span(doc, word)) is tag
